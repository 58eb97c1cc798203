"""The kg command line: build, query (formats, errors), export, view, evaluate wiring.

Tests that run the real pipeline assert only what does not depend on extraction quality (files built,
bulletin nodes, counts stable across rebuilds, decoding); answers of the queries are checked on the
hand-made store of conftest.py.
"""
from __future__ import annotations

import csv
import io
import json
import sys
import types
import unicodedata
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from kg import iris
from kg.cli import main
from kg.ontology import vocabulary_links
from kg.store import Store

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

TINY = ("包头政协工作动态\n2021年6月15日\n\n【协商议政】\n\n市政协召开常委会议\n"
        "6月10日，市政协主席杨利民主持召开常委会议。市政协副主席云港出席会议，市政协秘书长刘晓东参加。\n")


def build(capsys, *args) -> tuple[int, str, str]:
    code = main(["build", *map(str, args), "--no-html"])
    out, err = capsys.readouterr()
    return code, out, err


def literals(directory, file_name) -> set[str]:
    g = iris.bulletin(file_name)
    with Store(directory, create=False, read_only=True) as store:
        _, rows = store.query(f"SELECT DISTINCT ?o WHERE {{ GRAPH <{g}> {{ ?s ?p ?o FILTER(isLiteral(?o)) }} }}")
    return {r[0] for r in rows} - {file_name}


def counts(directory) -> tuple[int, int, list[str]]:
    with Store(directory, create=False, read_only=True) as store:
        return store.quad_count(), len(store), store.graph_names()


# --- build ----------------------------------------------------------------------------------------

def test_build_utf8_and_gb18030_bulletins(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "utf8.txt").write_text(TINY, encoding="utf-8")
    gb = TINY.encode("gb18030")
    with pytest.raises(UnicodeDecodeError):
        gb.decode("utf-8")     # the GB18030 file really is not UTF-8
    (src / "sub").mkdir()
    (src / "sub" / "gb.txt").write_bytes(gb)
    (src / "notes.md").write_text("not a bulletin", encoding="utf-8")   # folders contribute *.txt only

    code, out, err = build(capsys, src, "-o", tmp_path / "out")
    assert code == 0, err
    quads, triples, graphs = counts(tmp_path / "out")
    assert graphs == sorted(str(iris.bulletin(n)) for n in ("utf8.txt", "gb.txt"))
    # the same text in two encodings gives the same facts
    assert literals(tmp_path / "out", "gb.txt") == literals(tmp_path / "out", "utf8.txt")
    assert "包头政协工作动态" in literals(tmp_path / "out", "gb.txt")
    assert "2 files" in out and f"{triples} triples" in out
    assert (tmp_path / "out" / "graph.ttl").is_file()


def test_rebuilding_the_same_file_does_not_change_the_store(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(TINY, encoding="utf-8")
    assert build(capsys, f, "-o", tmp_path / "out")[0] == 0
    before = counts(tmp_path / "out")
    ttl = (tmp_path / "out" / "graph.ttl").read_bytes()
    assert build(capsys, f, "-o", tmp_path / "out")[0] == 0
    assert counts(tmp_path / "out") == before
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == ttl


def test_rebuilding_one_of_two_files_keeps_the_other(tmp_path, capsys):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(TINY, encoding="utf-8")
    b.write_text(TINY.replace("杨利民", "张三丰").replace("包头", "赤峰"), encoding="utf-8")
    assert build(capsys, a, b, "-o", tmp_path / "out")[0] == 0
    b_literals = literals(tmp_path / "out", "b.txt")
    both = counts(tmp_path / "out")
    assert "市政协召开常委会议" in literals(tmp_path / "out", "a.txt")
    a.write_text(TINY.replace("市政协召开常委会议", "市政协召开主席会议"), encoding="utf-8")   # a new headline
    assert build(capsys, a, "-o", tmp_path / "out")[0] == 0
    assert counts(tmp_path / "out")[2] == both[2]
    a_literals = literals(tmp_path / "out", "a.txt")
    assert "市政协召开主席会议" in a_literals and "市政协召开常委会议" not in a_literals   # replaced, not added
    assert literals(tmp_path / "out", "b.txt") == b_literals
    assert main(["remove", "a.txt", "-s", str(tmp_path / "out")]) == 0
    assert counts(tmp_path / "out")[2] == [str(iris.bulletin("b.txt"))]
    assert literals(tmp_path / "out", "b.txt") == b_literals


def test_unreadable_file_is_reported_and_the_others_are_built(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(TINY, encoding="utf-8")
    (src / "broken.txt").write_bytes(b"%PDF-1.4\x00\x00\x01\x02binary\x00" * 20)
    code, out, err = build(capsys, src, "-o", tmp_path / "out")
    assert code == 1
    assert "broken.txt" in err and "error" in err and "Traceback" not in err
    assert counts(tmp_path / "out")[2] == [str(iris.bulletin("good.txt"))]
    assert "1 failed" in out

    # a failing build does not lose what the store already holds
    before = counts(tmp_path / "out")
    code, out, err = build(capsys, src / "broken.txt", tmp_path / "missing.txt", "-o", tmp_path / "out")
    assert code == 1
    assert "missing.txt" in err and "broken.txt" in err
    assert counts(tmp_path / "out") == before


def test_build_of_nothing_is_an_error(tmp_path, capsys):
    code, _, err = build(capsys, tmp_path / "no-such-dir", "-o", tmp_path / "out")
    assert code == 2 and "no-such-dir" in err


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds") / "out"
    assert main(["build", str(SEEDS), "-o", str(out), "--no-html"]) == 0
    return out


def test_seeds_graph_ttl_parses_with_two_parsers(seeds_store):
    ttl = seeds_store / "graph.ttl"
    g = rdflib.Graph().parse(ttl, format="turtle")
    triples = set(ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE))
    with Store(seeds_store, create=False, read_only=True) as store:
        n, files = len(store), store.stats()["files"]
    assert len(g) == len(triples) == n + len(vocabulary_links()) > len(vocabulary_links())  # store + the links
    assert files == len(list(SEEDS.glob("*.txt")))
    assert set(g.subjects(rdflib.RDF.type, iris.CPPCC.Bulletin)) == {
        iris.bulletin(p.name) for p in SEEDS.glob("*.txt")}


def test_seeds_rebuild_is_stable(seeds_store, capsys):
    before = counts(seeds_store)
    assert build(capsys, SEEDS, "-o", seeds_store)[0] == 0
    assert counts(seeds_store) == before


def test_build_writes_graph_html_with_the_view_module(tmp_path, capsys, monkeypatch):
    calls = []
    fake = types.ModuleType("kg.view")
    fake.write_html = lambda store, path: (calls.append((store, path, len(store))), path.write_text("<html></html>"))
    monkeypatch.setitem(sys.modules, "kg.view", fake)
    f = tmp_path / "a.txt"
    f.write_text(TINY, encoding="utf-8")
    assert main(["build", str(f), "-o", str(tmp_path / "out")]) == 0
    (store, path, triples), = calls
    assert isinstance(store, Store) and triples == counts(tmp_path / "out")[1]   # the view reads the store itself
    assert path == tmp_path / "out" / "graph.html" and path.is_file()
    assert str(path) in capsys.readouterr().out


def test_build_without_a_view_module_still_builds(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "kg.view", None)   # import kg.view now fails as if the file were missing
    f = tmp_path / "a.txt"
    f.write_text(TINY, encoding="utf-8")
    assert main(["build", str(f), "-o", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "graph.ttl").is_file() and not (tmp_path / "out" / "graph.html").exists()
    assert main(["view", "-s", str(tmp_path / "out"), "-o", str(tmp_path / "v.html")]) == 2
    assert "view" in capsys.readouterr().err


# --- query ----------------------------------------------------------------------------------------

NAMES = "SELECT DISTINCT ?name ?org WHERE { ?m org:member/foaf:name ?name ; org:organization/skos:prefLabel ?org } ORDER BY ?name ?org"
EXPECTED = [("张三", "包头市政协"), ("李四", "包头市委"), ("李四", "包头市政协"), ("王五", "包头市政协提案委员会"),
            ("赵六", "鄂尔多斯市政协")]


def query(capsys, store, *args) -> tuple[int, str, str]:
    code = main(["query", *args, "-s", str(store)])
    out, err = capsys.readouterr()
    return code, out, err


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def test_query_csv(hand_store, capsys):
    code, out, _ = query(capsys, hand_store, NAMES, "--format", "csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["name", "org"] and [tuple(r) for r in rows[1:]] == EXPECTED


def test_query_tsv_and_json(hand_store, capsys):
    code, out, _ = query(capsys, hand_store, NAMES, "--format", "tsv")
    assert code == 0
    assert [tuple(line.split("\t")) for line in out.splitlines()] == [("name", "org")] + EXPECTED
    code, out, _ = query(capsys, hand_store, NAMES, "--format", "json")
    assert code == 0
    assert [(r["name"], r["org"]) for r in json.loads(out)] == EXPECTED


def test_query_table_is_aligned_in_display_columns(hand_store, capsys):
    code, out, _ = query(capsys, hand_store, NAMES)   # table is the default
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["name", "org"] and lines[-1] == "(5 rows)"
    header_col = width(lines[0][:lines[0].index("org")])
    for line, (name, org) in zip(lines[2:-1], EXPECTED):
        assert line.startswith(name)
        assert width(line[:line.index(org)]) == header_col, line
    assert set(lines[1].replace(" ", "")) == {"-"}


def test_named_query_with_parameter(hand_store, capsys):
    code, out, _ = query(capsys, hand_store, "--name", "person-posts", "--param", "person=张三", "--format", "json")
    assert code == 0
    assert sorted((r["role"], r["bulletin"]) for r in json.loads(out)) == [
        ("主席", "hand-a.txt"), ("主席", "hand-b.txt"), ("党组书记", "hand-a.txt")]
    code, out, _ = query(capsys, hand_store, "--name", "person-posts", "--param", 'person=张三" || true || "',
                         "--format", "json")
    assert code == 0 and json.loads(out) == []


def test_query_file_with_parameter(hand_store, tmp_path, capsys):
    rq = tmp_path / "q.rq"
    rq.write_text("# members of a body\nSELECT DISTINCT ?n WHERE { ?m org:organization/skos:prefLabel ?o ; "
                  "org:member/foaf:name ?n . FILTER(STR(?o) = $body) } ORDER BY ?n\n", encoding="utf-8")
    code, out, _ = query(capsys, hand_store, "--file", str(rq), "--param", "body=包头市政协", "--format", "csv")
    assert code == 0 and out.split() == ["n", "张三", "李四"]
    code, _, err = query(capsys, hand_store, "--file", str(rq))
    assert code == 2 and "missing parameter body" in err


def test_query_list(capsys):
    assert main(["query", "--list"]) == 0
    out = capsys.readouterr().out
    for name in ("person-posts", "body-members", "bodies-by-kind", "bulletin-persons"):
        assert name in out
    assert "param person" in out


def test_bad_sparql_is_a_one_line_error(hand_store, capsys):
    code, out, err = query(capsys, hand_store, "SELECT ?x WHERE { ?x ?y")
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "SPARQL" in err and "Traceback" not in err


def test_query_on_a_missing_store(tmp_path, capsys):
    code, _, err = query(capsys, tmp_path / "nowhere", "ASK {}")
    assert code == 2 and "no store" in err and "nowhere" in err
    assert not (tmp_path / "nowhere").exists()


def test_query_errors_for_unknown_name_and_missing_file(hand_store, tmp_path, capsys):
    code, _, err = query(capsys, hand_store, "--name", "no-such-query")
    assert code == 2 and "no-such-query" in err
    code, _, err = query(capsys, hand_store, "--file", str(tmp_path / "none.rq"))
    assert code == 2 and "none.rq" in err


# --- export, view, evaluate -----------------------------------------------------------------------

@pytest.mark.parametrize("fmt,parse", [
    ("turtle", lambda p: rdflib.Graph().parse(p, format="turtle")),
    ("nt", lambda p: rdflib.Graph().parse(p, format="nt")),
    ("jsonld", lambda p: rdflib.Graph().parse(p, format="json-ld")),
    ("trig", lambda p: rdflib.Dataset().parse(p, format="trig")),
])
def test_export_command(hand_store, tmp_path, capsys, fmt, parse):
    out = tmp_path / f"export.{fmt}"
    assert main(["export", "-s", str(hand_store), "--format", fmt, "-o", str(out)]) == 0
    parsed = parse(out)
    with Store(hand_store, create=False, read_only=True) as store:
        expected = store.quad_count() if fmt == "trig" else len(store) + len(vocabulary_links())
    n = len(list(parsed.quads())) if fmt == "trig" else len(parsed)
    assert n == expected


def test_view_command_calls_write_html(hand_store, tmp_path, capsys, monkeypatch):
    calls = []
    fake = types.ModuleType("kg.view")
    fake.write_html = lambda store, path, **options: calls.append((len(store), path, options))
    monkeypatch.setitem(sys.modules, "kg.view", fake)
    assert main(["view", "-s", str(hand_store), "-o", str(tmp_path / "v.html")]) == 0
    assert main(["view", "-s", str(hand_store), "-o", str(tmp_path / "e.html"), "--focus", "张三", "--depth", "2"]) == 0
    with Store(hand_store, create=False, read_only=True) as store:
        assert calls == [(len(store), tmp_path / "v.html", {"focus": None, "depth": 1}),
                         (len(store), tmp_path / "e.html", {"focus": "张三", "depth": 2})]


def test_evaluate_subcommand_is_wired_to_kg_evaluate(monkeypatch):
    fake = types.ModuleType("kg.evaluate")
    fake.add_arguments = lambda parser: parser.add_argument("gold")
    fake.run = lambda args: 7 if args.gold == "G" else 0
    monkeypatch.setitem(sys.modules, "kg.evaluate", fake)
    assert main(["evaluate", "G"]) == 7
