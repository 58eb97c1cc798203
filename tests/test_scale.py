"""Store at scale: the union graph kept in step, one-transaction replace (kill -9), manifest reconciliation,
damaged manifest and store with `kg repair`, `kg build --jobs`, and the Dask executor on a local cluster."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from benchmarks.generate import bulletin
from kg import iris
from kg.cli import main
from kg.ontology import vocabulary_links
from kg.store import LAYOUT, ManifestError, Store, StoreError

EX = "http://example.org/"


def triples(tag: str, n: int, shared: int = 0) -> bytes:
    """N triples of version TAG as N-Triples; the first SHARED are the same in every version."""
    lines = [f'<{EX}s{i}> <{EX}p> "{"shared" if i < shared else tag} {i}"@zh .' for i in range(n)]
    return ("\n".join(lines) + "\n").encode("utf-8")


def union_of_named(db: ox.Store) -> set:
    return {q.triple for q in db.quads_for_pattern(None, None, None, None)
            if not isinstance(q.graph_name, ox.DefaultGraph)}


def default_graph(db: ox.Store) -> set:
    return {q.triple for q in db.quads_for_pattern(None, None, None, ox.DefaultGraph())}


def graph_of(db: ox.Store, name: str) -> set:
    return {q.triple for q in db.quads_for_pattern(None, None, None, ox.NamedNode(str(iris.bulletin(name))))}


def parse(data: bytes) -> set:
    return {q.triple for q in ox.parse(data, ox.RdfFormat.N_TRIPLES)}


def test_the_default_graph_is_the_union_through_replace_and_remove(tmp_path):
    with Store(tmp_path / "s") as store:
        store.add_ntriples("a.txt", triples("a1", 50, shared=10))
        store.add_ntriples("b.txt", triples("b", 30, shared=10))
        assert default_graph(store.db) == union_of_named(store.db)
        store.add_ntriples("a.txt", triples("a2", 20, shared=10))      # replace: a1's own triples leave
        assert default_graph(store.db) == union_of_named(store.db)
        assert not any("a1" in t.object.value for t in default_graph(store.db))
        store.remove("b.txt")                                          # shared triples stay while a states them
        assert default_graph(store.db) == union_of_named(store.db) == parse(triples("a2", 20, shared=10))
        assert len(store) == 20 and store.quad_count() == 20
        assert store.count("?s <http://example.org/p> ?o", "s") == 20


def test_a_literal_with_quotes_backslashes_and_newlines_survives_the_update(tmp_path):
    odd = ox.Literal('引号"、反斜杠\\u0022、\\、换行\n与\t制表')
    data = ox.serialize([ox.Triple(ox.NamedNode(EX + "s"), ox.NamedNode(EX + "p"), odd)], None,
                        ox.RdfFormat.N_TRIPLES)
    with Store(tmp_path / "s") as store:
        store.add_ntriples("odd.txt", data)
        assert [t.object for t in default_graph(store.db)] == [odd]


REPLACER = """
import sys
from kg.store import Store
sys.path.insert(0, {tests!r})
from test_scale import triples
with Store({store!r}) as store:
    print("ready", flush=True)
    version = 0
    while True:
        version = 1 - version
        store.add_ntriples("a.txt", triples(f"v{{version}}", 3000 if version else 1000, shared=200))
"""


def test_kill_9_during_a_replace_leaves_the_old_graph_or_the_new_never_none(tmp_path):
    directory = tmp_path / "s"
    with Store(directory) as store:
        store.add_ntriples("a.txt", triples("v0", 1000, shared=200))
        store.add_ntriples("b.txt", triples("b", 100, shared=200))
    versions = [parse(triples("v0", 1000, shared=200)), parse(triples("v1", 3000, shared=200))]
    code = REPLACER.format(tests=str(Path(__file__).parent), store=str(directory))
    for delay in (0.3, 0.7, 1.1):
        proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        with Store(directory) as store:
            assert graph_of(store.db, "a.txt") in versions
            assert default_graph(store.db) == union_of_named(store.db)
            assert set(store.files()) == {"a.txt", "b.txt"}     # reconciled, whatever the manifest said


def test_a_query_while_another_process_replaces_sees_the_old_graph_or_the_new(tmp_path):
    directory = tmp_path / "s"
    with Store(directory) as store:
        store.add_ntriples("a.txt", triples("v0", 1000, shared=200))
    code = REPLACER.format(tests=str(Path(__file__).parent), store=str(directory))
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
    try:
        assert proc.stdout.readline().strip() == b"ready"
        for _ in range(3):
            time.sleep(0.1)
            with Store(directory, read_only=True) as store:
                n = store.count("?s <http://example.org/p> ?o", "s")
                named = len(graph_of(store.db, "a.txt"))
            assert n == named and n in (1000, 3000)
    finally:
        proc.kill()
        proc.wait()


def test_a_replace_keeps_in_the_union_what_another_bulletin_still_states(tmp_path):
    with Store(tmp_path / "s") as store:
        store.add_ntriples("a.txt", triples("a1", 40, shared=20))
        store.add_ntriples("b.txt", triples("b", 10, shared=10))      # b states 10 of a's shared triples
        store.add_ntriples("a.txt", triples("a2", 5, shared=5))        # a drops 15 shared ones, b keeps 10 of them
        assert default_graph(store.db) == union_of_named(store.db)
        assert graph_of(store.db, "a.txt") == parse(triples("a2", 5, shared=5))
        assert default_graph(store.db) == parse(triples("b", 10, shared=10))   # a's 5 are among b's 10
        assert store.add_ntriples("a.txt", triples("a2", 5, shared=5)) == 5    # unchanged: same store
        assert default_graph(store.db) == union_of_named(store.db)
        store.add_ntriples("b.txt", triples("b2", 12, shared=0))
        assert default_graph(store.db) == union_of_named(store.db)
        assert store.files()["b.txt"]["triples"] == 12


@pytest.mark.parametrize("existing", [False, True])
def test_text_that_is_not_n_triples_gives_one_line_and_changes_nothing(tmp_path, existing):
    with Store(tmp_path / "s") as store:
        if existing:
            store.add_ntriples("a.txt", triples("a", 20))
        before = set(store.db)
        with pytest.raises(StoreError) as caught:
            store.add_ntriples("a.txt", triples("a2", 30) + b"<http://example.org/s> oops .\n")
        assert "a.txt" in str(caught.value) and "\n" not in str(caught.value)
        assert set(store.db) == before
        assert ("a.txt" in store.files()) == existing


ADDER = """
import sys
from kg.store import Store
sys.path.insert(0, {tests!r})
from test_scale import triples
with Store({store!r}) as store:
    print("ready", flush=True)
    for n in range(10_000):
        store.add_ntriples(f"new{{n}}.txt", triples(f"n{{n}}", 3000, shared=100))
"""


def test_kill_9_while_adding_new_bulletins_leaves_each_whole_or_absent(tmp_path):
    directory = tmp_path / "s"
    code = ADDER.format(tests=str(Path(__file__).parent), store=str(directory))
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
    assert proc.stdout.readline().strip() == b"ready"
    time.sleep(1.5)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Store(directory) as store:
        graphs = list(store.db.named_graphs())
        assert graphs, "the adder wrote nothing before the kill: give it longer"
        for graph in graphs:
            content = {q.triple for q in store.db.quads_for_pattern(None, None, None, graph)}
            version = min(t.object.value for t in content).split()[0]     # "n7 100" (before "shared 0")
            assert content == parse(triples(version, 3000, shared=100))
        assert default_graph(store.db) == union_of_named(store.db)
        assert len(store.files()) == len(graphs)     # reconciled, whatever the manifest said


def test_the_manifest_is_reconciled_with_the_store_at_open(tmp_path, hand_docs):
    directory = tmp_path / "s"
    with Store(directory) as store:
        counts = {doc.name: store.add_document(doc) for doc in hand_docs}
    manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    manifest["files"]["ghost.txt"] = {"graph": str(iris.bulletin("ghost.txt")), "triples": 3}
    del manifest["files"]["hand-b.txt"]    # as after a kill between the store write and the manifest write
    (directory / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with Store(directory) as store:
        assert {name: entry["triples"] for name, entry in store.files().items()} == counts
        assert len(store.reconciled) == 2
    assert sorted(json.loads((directory / "manifest.json").read_text(encoding="utf-8"))["files"]) == sorted(counts)


def test_a_store_of_the_older_layout_gets_its_union_graph(tmp_path, hand_docs):
    directory = tmp_path / "s"
    with Store(directory) as store:
        for doc in hand_docs:
            store.add_document(doc)
        expected = len(store)
    db = ox.Store(str(directory / "store"))              # make it as stores were: named graphs only
    db.clear_graph(ox.DefaultGraph())
    db.flush()
    del db
    (directory / "manifest.json").unlink()
    with Store(directory, read_only=True) as store:      # read-only: queries ask for the union
        assert not store.materialised and len(store) == expected
    with Store(directory) as store:                      # writable: the union graph is written once
        assert store.layout == LAYOUT and len(store) == expected
        assert default_graph(store.db) == union_of_named(store.db)
        assert sorted(store.files()) == ["hand-a.txt", "hand-b.txt"]


def test_a_store_of_layout_2_gets_its_posts_labelled_and_stays_read_as_the_union(tmp_path, hand_docs):
    """Layout 3 labels every membership (kg.rdf.post_label): a store built before has none until it is opened
    for writing, which writes them into each bulletin's graph and the union, as a build now would."""
    directory, label = tmp_path / "s", ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    with Store(directory) as store:
        for doc in hand_docs:
            store.add_document(doc)
        built = {q for q in store.db.quads_for_pattern(None, None, None, None)}
        labels = {q for q in built if q.predicate == label and "membership/" in q.subject.value}
    assert {q.object.value for q in labels} >= {"包头市政协主席", "包头市委常委"}
    db = ox.Store(str(directory / "store"))              # make it as layout 2 left it: no posts' labels
    for q in labels:
        db.remove(q)
    db.flush()
    del db
    manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    (directory / "manifest.json").write_text(json.dumps(dict(manifest, layout=2)), encoding="utf-8")
    with Store(directory, read_only=True) as store:      # read-only: the union graph is read as it is
        assert store.materialised and store.layout == 2 and "kg repair" in store.outdated
    with Store(directory) as store:
        assert store.layout == LAYOUT == 3
        assert {q for q in store.db.quads_for_pattern(None, None, None, None)} == built
        assert store.outdated is None
    assert json.loads((directory / "manifest.json").read_text(encoding="utf-8"))["layout"] == LAYOUT


@pytest.mark.parametrize("content", ["[1, 2]", '{"files": []}', '{"files": {"a.txt": 3}}', "{not json"])
def test_a_damaged_manifest_gives_one_line_and_kg_repair_mends_it(tmp_path, hand_docs, capsys, content):
    directory = tmp_path / "s"
    with Store(directory) as store:
        for doc in hand_docs:
            store.add_document(doc)
        expected = len(store)
    (directory / "manifest.json").write_text(content, encoding="utf-8")
    with pytest.raises(ManifestError) as info:
        Store(directory, read_only=True)
    assert "\n" not in str(info.value) and "manifest.json" in str(info.value) and "kg repair" in str(info.value)
    capsys.readouterr()
    assert main(["stats", "-s", str(directory)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "damaged" in err
    assert main(["repair", "-s", str(directory)]) == 0
    with Store(directory, read_only=True) as store:
        assert len(store) == expected and len(store.files()) == 2
    assert list(directory.glob("manifest.json.damaged-*"))     # kept for inspection


def write_bulletins(folder: Path, count: int, chars: int = 1200) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"bulletin-{n}.txt"
        path.write_text(bulletin(n, chars=chars, seed=5), encoding="utf-8")
        paths.append(path)
    return paths


def quads_of(directory: Path) -> set:
    with Store(directory, read_only=True) as store:
        return set(store.db.quads_for_pattern(None, None, None, None))


def test_a_corrupted_store_gives_one_line_and_kg_repair_rebuilds_it_from_the_sources(tmp_path, capsys):
    sources = tmp_path / "in"
    write_bulletins(sources, 2)
    directory = tmp_path / "s"
    assert main(["build", str(sources), "-o", str(directory), "--no-html", "--no-export"]) == 0
    before = quads_of(directory)
    for f in (directory / "store").glob("MANIFEST-*"):
        f.write_bytes(b"\0garbage" * 64)
    capsys.readouterr()
    assert main(["stats", "-s", str(directory)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "kg repair" in err
    assert main(["repair", "-s", str(directory)]) == 0
    assert quads_of(directory) == before
    assert list(directory.glob("store.damaged-*"))


def test_jobs_2_builds_the_same_store_as_one_job(tmp_path):
    sources = tmp_path / "in"
    write_bulletins(sources, 4)
    assert main(["build", str(sources), "-o", str(tmp_path / "one"), "--no-html", "--no-export"]) == 0
    assert main(["build", str(sources), "-o", str(tmp_path / "two"), "--no-html", "--no-export", "--jobs", "2"]) == 0
    assert quads_of(tmp_path / "one") == quads_of(tmp_path / "two")


def test_a_bad_file_in_a_parallel_build_is_reported_and_the_others_are_built(tmp_path, capsys):
    sources = tmp_path / "in"
    write_bulletins(sources, 2)
    (sources / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    assert main(["build", str(sources), "-o", str(tmp_path / "s"), "--no-html", "--jobs", "2"]) == 1
    err = capsys.readouterr().err
    assert "binary.txt" in err and err.count("kg: error") == 1
    with Store(tmp_path / "s", read_only=True) as store:
        assert sorted(store.files()) == ["bulletin-0.txt", "bulletin-1.txt"]


def test_the_dask_executor_on_a_local_cluster_builds_the_same_store(tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    sources = tmp_path / "in"
    write_bulletins(sources, 2)
    assert main(["build", str(sources), "-o", str(tmp_path / "local"), "--no-html", "--no-export"]) == 0
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        assert main(["build", str(sources), "-o", str(tmp_path / "dask"), "--no-html", "--no-export",
                     "--executor", "dask", "--scheduler", cluster.scheduler_address]) == 0
    assert quads_of(tmp_path / "local") == quads_of(tmp_path / "dask")


def test_a_second_build_into_the_same_store_is_refused_with_one_line(tmp_path):
    sources = tmp_path / "in"
    write_bulletins(sources, 1)
    with Store(tmp_path / "s"):
        out = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(sources), "-o", str(tmp_path / "s"),
                              "--no-html"], capture_output=True, text=True)
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "in use by another process" in out.stderr


def test_build_leaves_graph_ttl_out_when_asked_and_writes_it_streamed_otherwise(tmp_path):
    sources = tmp_path / "in"
    write_bulletins(sources, 1)
    assert main(["build", str(sources), "-o", str(tmp_path / "s"), "--no-html", "--no-export"]) == 0
    assert not (tmp_path / "s" / "graph.ttl").exists()
    assert main(["build", str(sources), "-o", str(tmp_path / "s"), "--no-view"]) == 0
    with Store(tmp_path / "s", read_only=True) as store:
        expected = set(store.union_triples()) | set(vocabulary_links())
    assert {q.triple for q in ox.parse(path=str(tmp_path / "s" / "graph.ttl"), format=ox.RdfFormat.TURTLE)} == expected


def test_an_unreachable_dask_scheduler_is_a_one_line_error_and_nothing_is_written(tmp_path, capsys, monkeypatch):
    pytest.importorskip("dask.distributed")
    from kg import build
    monkeypatch.setattr(build, "SCHEDULER_TIMEOUT", "2s")
    sources = tmp_path / "in"
    write_bulletins(sources, 1)
    with socket.socket() as s:   # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code = main(["build", str(sources), "-o", str(tmp_path / "s"), "--no-html", "--no-export",
                 "--executor", "dask", "--scheduler", f"tcp://127.0.0.1:{port}"])
    err = capsys.readouterr().err
    assert code != 0 and err.count("\n") == 1 and f"cannot reach the Dask scheduler at tcp://127.0.0.1:{port}" in err
    assert not (tmp_path / "s" / "manifest.json").exists() or not Store(tmp_path / "s", read_only=True).files()


def test_the_word_tags_come_from_jiebas_dictionary_without_importing_its_tagger():
    """kg.names.common_words is jieba.posseg's word_tag_tab, read in one split: the pipeline's start-up no longer
    imports jieba.posseg, whose import parses the dictionary a line at a time."""
    code = ("import sys, jieba; from kg.names import common_words; tags = common_words(); "
            "print('jieba.posseg' in sys.modules); import jieba.posseg; print(tags == jieba.posseg.dt.word_tag_tab)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "True"]
