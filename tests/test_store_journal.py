"""The bulk write of new bulletins (Store.add_batch, kg.journal) and its write journal: whole or absent after kill -9 at any
point, rolled back at open without losing what other bulletins state, a bulletin larger
than a chunk written in chunks; and kg.build.batched, which makes the batches of `kg build`."""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import build, iris, journal
from kg.journal import JOURNAL
from kg.store import Store, StoreError
from test_scale import default_graph, graph_of, parse, triples, union_of_named

TESTS = str(Path(__file__).parent)


def item(name: str, data: bytes) -> tuple:
    return name, data, None, None


def nquads(name: str, data: bytes) -> bytes:
    """DATA (one triple a line, as kg.rdf and triples() write them) as N-Quads in bulletin NAME's graph."""
    return data.replace(b" .\n", f" <{iris.bulletin(name)}> .\n".encode())


def loaded(name: str, data: bytes) -> tuple:
    """An item of add_batch with its N-Quads, as `kg build`'s workers make it (kg.build.Extracted.item)."""
    return name, data, None, None, nquads(name, data)


def assert_whole_or_absent(store: Store, size: int, shared: int) -> int:
    """Each bulletin graph of the store holds a whole version (triples(version, SIZE, SHARED)), the union is the
    union of the graphs, the journal is gone and the manifest has entries for them; returns how many."""
    graphs = list(store.db.named_graphs())
    for graph in graphs:
        content = {q.triple for q in store.db.quads_for_pattern(None, None, None, graph)}
        version = min(t.object.value for t in content).split()[0]     # "n7 100" (before "shared 0")
        assert content == parse(triples(version, size, shared=shared)), graph
    assert default_graph(store.db) == union_of_named(store.db)
    assert {entry["graph"] for entry in store.files().values()} == {g.value for g in graphs}
    assert not (store.directory / JOURNAL).exists()
    return len(graphs)


def test_add_batch_writes_new_bulletins_replaces_known_ones_and_names_a_bad_one(tmp_path):
    with Store(tmp_path / "s") as store:
        store.add_ntriples("old.txt", triples("o1", 30, shared=10))
        errors = store.add_batch([item("a.txt", triples("a", 40, shared=10)), item("old.txt", triples("o2", 5)),
                                  item("bad.txt", b"<http://example.org/s> oops .\n"),
                                  item("b.txt", triples("b1", 20)), item("b.txt", triples("b2", 7))])
        assert list(errors) == ["bad.txt"] and "bad.txt" in errors["bad.txt"] and "\n" not in errors["bad.txt"]
        assert graph_of(store.db, "a.txt") == parse(triples("a", 40, shared=10))
        assert graph_of(store.db, "old.txt") == parse(triples("o2", 5))
        assert graph_of(store.db, "b.txt") == parse(triples("b2", 7))       # the later one of the same name
        assert default_graph(store.db) == union_of_named(store.db)
        assert {name: e["triples"] for name, e in store.files().items()} == {"a.txt": 40, "old.txt": 5, "b.txt": 7}
        assert not (tmp_path / "s" / JOURNAL).exists()


class Spy:
    """A pyoxigraph store that records the size of each bulk_extend call."""
    def __init__(self, db: ox.Store):
        self.db, self.calls = db, []

    def bulk_extend(self, quads) -> None:
        quads = list(quads)
        self.calls.append(len(quads))
        self.db.bulk_extend(quads)

    def __getattr__(self, name: str):
        return getattr(self.db, name)


def test_a_bulletin_larger_than_a_chunk_is_written_in_chunks_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(journal, "CHUNK_QUADS", 500)
    with Store(tmp_path / "s") as store:
        spy = store._db = Spy(store.db)
        assert store.add_ntriples("long.txt", triples("l", 2000, shared=100)) == 2000
        store._db = spy.db
        assert graph_of(store.db, "long.txt") == parse(triples("l", 2000, shared=100))
        assert default_graph(store.db) == union_of_named(store.db)
    assert spy.calls == [500] * 8                  # 4,000 quads, never more than a chunk at once


def test_new_bulletins_with_their_n_quads_are_bulk_loaded_as_bytes_without_a_parse(tmp_path, monkeypatch):
    """The items `kg build` gives (N-Quads made in the worker) reach the bulk loader as bytes, in chunks of at most
    CHUNK_QUADS lines, and make the same store as the N-Triples parsed here; no triple passes through Python."""
    def no_parse(*_):
        raise AssertionError("parsed in Python")
    monkeypatch.setattr(journal, "CHUNK_QUADS", 500)
    batch = [("a.txt", triples("a", 100, shared=30)), ("b.txt", triples("b", 60, shared=30)),
             ("long.txt", triples("l", 700, shared=30))]
    with Store(tmp_path / "parsed") as store:
        assert store.add_batch([item(name, data) for name, data in batch]) == {}
        expected = set(store.db)
    calls = []
    with Store(tmp_path / "s") as store:
        monkeypatch.setattr(journal, "_quads", no_parse)
        db = store.db
        monkeypatch.setattr(store, "_db", type("Spy", (), {
            "bulk_load": lambda self, input, **options: calls.append(input.count(b"\n")) or db.bulk_load(
                input=input, **options),
            "__getattr__": lambda self, name: getattr(db, name)})())
        assert store.add_batch([loaded(name, data) for name, data in batch]) == {}
        store._db = db
        assert set(store.db) == expected and default_graph(store.db) == union_of_named(store.db)
        assert {name: e["triples"] for name, e in store.files().items()} == {"a.txt": 100, "b.txt": 60,
                                                                            "long.txt": 700}
    assert calls == [320, 500, 500, 400]     # a and b in one call; long.txt's 1,400 lines in chunks


def test_an_interrupted_bulk_write_is_rolled_back_at_open_keeping_what_others_state(tmp_path):
    directory = tmp_path / "s"
    with Store(directory) as store:
        store.add_ntriples("b.txt", triples("b", 30, shared=20))
        before = set(store.db)
    # as a kill leaves it: the journal names a.txt, part of a.txt is in the store (its graph and the union)
    graph = ox.NamedNode(str(iris.bulletin("a.txt")))
    half = list(parse(triples("a", 60, shared=20)))[:45]
    db = ox.Store(str(directory / "store"))
    db.bulk_extend([q for t in half for q in (ox.Quad(*t, graph), ox.Quad(*t))])
    del db
    (directory / JOURNAL).write_text(json.dumps({"files": {"a.txt": graph.value}}), encoding="utf-8")
    with Store(directory, read_only=True) as store:
        assert store.writing() == {"a.txt": graph.value}        # a reader can tell
    with Store(directory) as store:
        assert store.reconciled == ["a.txt: half written when a build was stopped; rolled back"]
        assert set(store.db) == before                           # b's shared triples stay in the union
        assert store.writing() == {} and sorted(store.files()) == ["b.txt"]


def test_a_damaged_journal_gives_one_line(tmp_path):
    with Store(tmp_path / "s") as store:
        store.add_ntriples("a.txt", triples("a", 3))
    (tmp_path / "s" / JOURNAL).write_text("[1]", encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        Store(tmp_path / "s")
    assert JOURNAL in str(caught.value) and "\n" not in str(caught.value)


BATCH_WRITER = """
import sys
sys.path.insert(0, {tests!r})
from kg import journal
from kg.store import Store
from test_scale import triples
from test_store_journal import item, loaded
journal.CHUNK_QUADS = {chunk}
with Store({store!r}) as store:
    print("ready", flush=True)
    for b in range(10_000):
        store.add_batch([{make}(f"n{{b}}-{{k}}.txt", triples(f"n{{b}}-{{k}}", {size}, shared=100))
                         for k in range(4)])
"""


@pytest.mark.parametrize("make", ["item", "loaded"])   # N-Triples parsed here, or N-Quads as kg build gives them
def test_kill_9_at_random_points_of_bulk_writes_leaves_each_bulletin_whole_or_absent(tmp_path, make):
    directory = tmp_path / "s"
    # chunks of 1,000 quads: each bulletin of 1,000 triples is written in 2 ingestions, so most kills cut one
    code = BATCH_WRITER.format(tests=TESTS, store=str(directory), chunk=1000, size=1000, make=make)
    seen, rolled_back = 0, 0
    # up to 8 kills, until one falls inside a bulk write (the fast N-Quads load leaves the journal little of the time)
    for tried, delay in enumerate(random.Random(12).sample([x / 10 for x in range(15, 35)], 8)):
        if tried >= 2 and rolled_back:
            break
        proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, cwd=Path(TESTS).parent)
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        rolled_back += (directory / JOURNAL).exists()
        with Store(directory) as store:
            count = assert_whole_or_absent(store, 1000, 100)
        assert count >= seen
        seen = count
    assert seen, "the writer wrote nothing before the kills: give it longer"
    assert rolled_back, "no kill fell inside a bulk write: the test tested nothing"


def result(name: str, lines: int) -> build.Extracted:
    return build.Extracted(name, name, ntriples=b"<http://e/s> <http://e/p> <http://e/o> .\n" * lines)


def test_batched_cuts_at_a_number_of_quads_or_of_seconds():
    results = [result(f"{n}.txt", 10) for n in range(7)]
    assert [len(b) for b in build.batched(results, quads=60)] == [3, 3, 1]     # 20 quads each
    assert [r.name for b in build.batched(results, quads=60) for r in b] == [r.name for r in results]

    def slow():
        for r in results:
            time.sleep(0.1)
            yield r
    batches = list(build.batched(slow(), quads=10**6, seconds=0.25))
    assert len(batches) > 1 and [r.name for b in batches for r in b] == [r.name for r in results]


def test_batched_never_holds_more_than_its_quads_unless_one_bulletin_does():
    """A batch that would outgrow QUADS is closed before the next bulletin, so that kg.journal writes it in one
    call of the bulk loader (BATCH_QUADS = CHUNK_QUADS) instead of a full chunk and a sliver of one bulletin."""
    results = [result(f"{n}.txt", 12) for n in range(7)]   # 24 quads each
    assert [len(b) for b in build.batched(results, quads=60)] == [2, 2, 2, 1]
    assert [len(b) for b in build.batched([result("big.txt", 40), *results[:2]], quads=60)] == [1, 2]
    assert build.BATCH_QUADS <= journal.CHUNK_QUADS


def test_batched_shrinks_the_last_batches_when_it_knows_how_many_results_come(monkeypatch):
    """With the total known, the batches near the end hold half of what is still to come (at least a floor), so
    the write left after the last extraction is small; without it the last batch is whatever is left."""
    monkeypatch.setattr(build, "TAIL_QUADS", 40)
    results = [result(f"{n}.txt", 10) for n in range(40)]   # 20 quads each
    plain = [len(b) for b in build.batched(results, quads=400)]
    tapered = [len(b) for b in build.batched(results, quads=400, total=len(results))]
    assert plain == [20, 20]
    assert sum(tapered) == 40 and tapered[-1] <= 2 < plain[-1] and tapered == sorted(tapered, reverse=True)
    assert [r.name for b in build.batched(results, quads=400, total=40) for r in b] == [r.name for r in results]
