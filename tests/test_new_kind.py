"""Adding a kind touches the kinds table, the ontology and the shapes only (and, for an event kind, the words
that name it). A copy of kg/data with an event kind `ceremony` and its word 揭牌仪式, and a copy of the
ontology with the class cppcc:Ceremony in the kinds' lists of cppcc.ttl and shapes.ttl, are handed to
`kg` (KG_DATA_DIR, KG_ONTOLOGY_DIR); an invented bulletin built with them has a ceremony, which the store's
counts, the ready-made `events` query, the graph view and the shapes all take in."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pyshacl
import pytest
from rdflib import Graph

from kg import pipeline
from kg.lexicon import DATA_DIR_VARIABLE
from kg.ontology import ONTOLOGY_DIR_VARIABLE, ontology_dir

ROOT = Path(__file__).resolve().parents[1]
BULLETIN = """政协工作动态
2024年第5期
凉山州政协办公室    2024年5月20日

州政协委员工作室揭牌
5月16日，州政协主席王建国出席州政协委员工作室揭牌仪式并讲话，州政协副主席李明主持。
"""
KIND_ROW = "event\tceremony\tCeremony\t仪式 ceremony\t#e15759\thexagon\t0\t0\t0"
CEREMONY_CLASS = """
cppcc:Ceremony a owl:Class ;
    rdfs:subClassOf cppcc:Event ;
    rdfs:label "ceremony"@en , "仪式"@zh ;
    rdfs:comment "A ceremony: an unveiling, an opening, a signing."@en , "揭牌、开幕、签约等仪式。"@zh .
"""
KIND_LISTS = "cppcc:OtherEvent )"   # the closing of the event kinds' list in cppcc.ttl and in shapes.ttl


def add_line(path: Path, line: str, first: bool = False) -> None:
    """line as the file's first data row (after its comment header), or its last."""
    rows = path.read_text(encoding="utf-8").splitlines()
    at = next(i for i, r in enumerate(rows) if r.strip() and not r.startswith("#")) if first else len(rows)
    path.write_text("\n".join(rows[:at] + [line] + rows[at:]) + "\n", encoding="utf-8")


def add_to_kind_lists(path: Path, extra: str = "") -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(KIND_LISTS) == 1, f"{path.name}: the event kinds' list is not where this test looks"
    path.write_text(text.replace(KIND_LISTS, "cppcc:OtherEvent cppcc:Ceremony )") + extra, encoding="utf-8")


@pytest.fixture(scope="module")
def with_ceremony(tmp_path_factory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("ceremony")
    data, onto = tmp / "data", tmp / "ontology"
    shutil.copytree(ROOT / "kg" / "data", data)
    add_line(data / "kinds.tsv", KIND_ROW)
    add_line(data / "event_kinds.tsv", "揭牌仪式\tceremony", first=True)   # first word of the precedence
    shutil.copytree(ontology_dir(), onto, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    add_to_kind_lists(onto / "cppcc.ttl", CEREMONY_CLASS)
    add_to_kind_lists(onto / "shapes.ttl")
    (tmp / "b.txt").write_text(BULLETIN, encoding="utf-8")
    env = {**os.environ, DATA_DIR_VARIABLE: str(data), ONTOLOGY_DIR_VARIABLE: str(onto)}

    def kg(*args: str) -> str:
        done = subprocess.run([sys.executable, "-m", "kg.cli", *args], cwd=tmp, env=env, capture_output=True,
                              text=True)
        assert done.returncode == 0, done.stderr
        return done.stdout

    stats = kg("build", "b.txt", "-o", "out")   # ends with the store's counts
    events = json.loads(kg("query", "--name", "events", "-s", "out", "--format", "json"))
    return {"dir": tmp, "ontology": onto, "stats": stats, "events": events}


def test_without_the_new_kind_the_ceremony_is_another_event(tmp_path):
    (tmp_path / "b.txt").write_text(BULLETIN, encoding="utf-8")
    assert [e.kind for e in pipeline.process(tmp_path / "b.txt").events] == ["other"]


def test_the_ceremony_is_typed_listed_and_counted(with_ceremony):
    rows = with_ceremony["events"]
    assert [r["kind"] for r in rows] == ["Ceremony"], rows
    assert rows[0]["start"] == "2024-05-16" and "揭牌仪式" in rows[0]["event"]
    assert re.search(r"\b1 events\b", with_ceremony["stats"]), with_ceremony["stats"]


def test_the_graph_view_draws_the_ceremony_as_an_event(with_ceremony):
    page = (with_ceremony["dir"] / "out" / "graph.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S).group(1))
    kind_keys = [data["kinds"][k][0] for k in data["kind"]]
    assert kind_keys.count("event/ceremony") == 1, kind_keys
    assert next(k for k in data["kinds"] if k[0] == "event/ceremony")[1] == "仪式 ceremony"   # the table's label


def test_the_graph_conforms_to_the_shapes_with_the_ceremony_and_not_without(with_ceremony):
    graph = Graph().parse(with_ceremony["dir"] / "out" / "graph.ttl")
    onto = with_ceremony["ontology"]
    for shapes_dir, conforming in ((onto, True), (ontology_dir(), False)):
        conforms, _, text = pyshacl.validate(graph, shacl_graph=Graph().parse(shapes_dir / "shapes.ttl"),
                                             ont_graph=Graph().parse(onto / "cppcc.ttl"), inference="rdfs")
        assert conforms is conforming, text
