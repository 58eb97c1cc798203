"""The standard other forms of an organization's name are written as its aliases (skos:altLabel)."""
from rdflib.namespace import SKOS

from kg.evaluate import pipeline_graph


def _labels(tmp_path, text):
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    g = pipeline_graph(page)
    return {str(g.value(o, SKOS.prefLabel)): {str(a) for a in g.objects(o, SKOS.altLabel)}
            for o in set(g.subjects(SKOS.prefLabel, None))}


TEXT = ("佛山市顺德区政协动态  2024年5月6日，区政协主席王大明带队到区委统战部调研，区政协提案委员会、"
        "区政协常委会、区政府、顺德区人大常委会有关负责人参加。")


def test_short_and_full_endings_are_both_aliases(tmp_path):
    labels = _labels(tmp_path, TEXT)
    assert "佛山市顺德区政协提案委" in labels["佛山市顺德区政协提案委员会"]
    assert "区政协常务委员会" in labels["佛山市顺德区政协常委会"]
    assert "顺德区人民代表大会常务委员会" in labels["佛山市顺德区人大常委会"]


def test_county_body_without_its_prefecture(tmp_path):
    labels = _labels(tmp_path, TEXT)
    assert "顺德区政府" in labels["佛山市顺德区人民政府"]
    assert "中共顺德区委统战部" in labels["佛山市顺德区委统战部"]
    assert "顺德区委员会" not in labels["佛山市顺德区政协"]   # 政协 before the prefecture is no place
