"""A long document read through windows (kg.windows): a document of one window gives one pass's N-Triples byte for
byte; one of several windows the same facts as one pass where none crosses a boundary (offsets of the whole
document, the page's context read once, a person's anchor and a membership's first and last day over all
windows); `kg build`'s path for a long file (kg.build) writes it window by window, and a failure or kill -9 in
the middle leaves no half-written bulletin."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg import build, iris, journal, pipeline, rdf, windows
from kg.journal import JOURNAL
from kg.store import Store
from test_scale import default_graph, triples, union_of_named

TESTS = Path(__file__).parent
SEEDS = sorted((TESTS.parent / "seeds").glob("*.txt"))

# invented: a bulletin of 德阳 whose items each name their own people and bodies; 罗振华, 邓秋云 and 贺晓林 come
# back in later items (贺晓林 without a post: the post of the second item, at 旌阳区, anchors him there), and
# 邓秋云's post is stated on three days
BULLETIN = """德阳政协工作动态

第 3 期

德阳市政协办公室

2024 年 5 月 20 日

【重要会议】

市政协召开主席会议

5月6日，市政协主席罗振华主持召开主席会议，专题协商“职业教育发展”工作。市政协副主席邓秋云、彭立新参加会议。

【调研视察】

市政协组织委员视察园区建设

5月9日，市政协副主席邓秋云带队赴德阳恒昌机械制造有限公司调研，详细了解企业生产经营情况。旌阳区政协主席贺晓林陪同调研。

【提案工作】

市政协提案委员会召开办理协商会

5月13日，市政协提案委员会主任魏淑芬主持召开重点提案办理协商会，会议审议了《关于加快职业教育发展的建议案》。

【委员风采】

委员履职在基层

5月15日，市政协委员、德阳蓝峰食品有限公司董事长侯建勋走访社区，听取群众意见。市政协副主席彭立新参加活动。

【重要会议】

市政协召开常委会议

5月18日，市政协主席罗振华主持召开常委会议，市政协副主席邓秋云通报了视察情况。5月19日，贺晓林同志主持召开委员座谈会。
"""


@pytest.fixture
def bulletin(tmp_path) -> Path:
    path = tmp_path / "deyang-2024-03.txt"
    path.write_text(BULLETIN, encoding="utf-8")
    return path


def lines(ntriples: bytes) -> set[bytes]:
    return set(ntriples.splitlines())


def test_cut_pieces_make_the_text_and_end_at_the_best_break():
    text = "甲" * 50 + "\n\n" + "乙" * 20 + "\n【会议】\n" + "丙" * 80 + "\n" + "丁" * 300
    pieces = list(windows.cut(text, 100))
    assert "".join(pieces) == text and all(len(p) <= 100 for p in pieces)
    assert pieces[0].endswith("乙\n") and pieces[1].startswith("【会议】")   # a section header before a blank line
    assert pieces[1].endswith("丙\n")                                       # a line end when nothing better
    assert [len(p) for p in pieces[2:]] == [100, 100, 100]                  # no break at all: cut at the size


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_a_document_of_one_window_gives_the_bytes_of_one_pass(path):
    long = windows.LongDocument(path)
    assert not long.several
    assert b"".join(long.ntriples()) == rdf.to_ntriples(pipeline.process(path))


@pytest.mark.parametrize("size", [200, 300])
def test_windows_give_the_facts_of_one_pass_when_none_crosses_a_boundary(bulletin, size):
    docs = list(windows.LongDocument(bulletin, size=size).documents())
    assert len(docs) >= 2
    # offsets and article numbers are the whole document's; the page's context is the first window's
    assert "".join(d.text for d in docs) == pipeline.process(bulletin).text
    assert [d.window.offset for d in docs[1:]] == [sum(len(d.text) for d in docs[:k]) for k in range(1, len(docs))]
    assert all(d.context.place == "德阳市" and d.context.date == "2024-05-20" for d in docs)
    assert not docs[-1].masthead and "罗振华" in docs[-1].persons

    one = rdf.to_ntriples(pipeline.process(bulletin))
    windowed = b"".join(windows.LongDocument(bulletin, size=size).ntriples())
    assert windowed != one                    # written in other pieces, in another order...
    assert lines(windowed) == lines(one)      # ...the same triples
    assert windowed.count(b"firstSeen") == one.count(b"firstSeen")   # one first day per membership, over all windows


def test_a_later_window_keeps_the_anchor_of_a_post_in_an_earlier_one(bulletin):
    docs = list(windows.LongDocument(bulletin, size=200).documents())
    last = docs[-1]
    assert "贺晓林" in last.persons and not any(p.person == "贺晓林" for p in last.posts)
    assert last.persons["贺晓林"] == pipeline.process(bulletin).persons["贺晓林"] == "旌阳区"   # not 德阳市, the page's


def extract_in_windows(path: Path, monkeypatch, size: int) -> list[build.Extracted]:
    monkeypatch.setattr(windows, "WINDOW_CHARS", size)
    monkeypatch.setattr(windows, "WINDOW_BYTES", 3 * size)
    return list(build.extract_all([path]))


def test_kg_build_writes_a_long_file_window_by_window_as_one_bulletin(bulletin, tmp_path, monkeypatch):
    [result] = extract_in_windows(bulletin, monkeypatch, 200)
    assert result.windows is not None and result.ntriples == b""
    assert [len(b) for b in build.batched([build.extract(SEEDS[0]), result, build.extract(SEEDS[1])])] == [1, 1, 1]
    with Store(tmp_path / "s") as store:
        assert build.write(store, [result]) == {}
        graph = {q.triple for q in store.db.quads_for_pattern(None, None, None, store_graph(bulletin.name))}
        one = rdf.to_ntriples(pipeline.process(bulletin))
        assert graph == {q.triple for q in parse_quads(one)}
        assert store.files()[bulletin.name]["triples"] == len(lines(one))
        assert store.files()[bulletin.name]["sha256"] is not None
        assert default_graph(store.db) == union_of_named(store.db)


def store_graph(name: str):
    import pyoxigraph as ox
    return ox.NamedNode(str(iris.bulletin(name)))


def parse_quads(ntriples: bytes):
    import pyoxigraph as ox
    return ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)


def test_a_window_that_fails_leaves_nothing_of_its_bulletin(bulletin, tmp_path, monkeypatch):
    from kg.stages import events
    calls = []

    def fails_in_the_third_window(doc):
        calls.append(doc.window.index)
        if doc.window.index == 2:
            raise RuntimeError("a bug")
        original(doc)
    original = events.run
    monkeypatch.setattr(pipeline, "STAGES", tuple((n, fails_in_the_third_window if n == "events" else s)
                                                  for n, s in pipeline.STAGES))
    monkeypatch.setattr(windows, "STAGES", pipeline.STAGES)
    [result] = extract_in_windows(bulletin, monkeypatch, 200)
    with Store(tmp_path / "s") as store:
        assert build.write(store, [result]) == {}
        assert calls == [0, 1, 2]
        assert result.error.startswith(f"kg: error: {bulletin}: processing failed: RuntimeError: a bug")
        assert not list(store.db.named_graphs()) and len(store.db) == 0 and bulletin.name not in store.files()
        assert not (store.directory / JOURNAL).exists()


def test_a_long_file_that_cannot_be_read_is_an_error_of_its_own(tmp_path, monkeypatch):
    path = tmp_path / "big.pdf"
    path.write_bytes(b"%PDF-1.4 not a PDF after all " * 40)
    [result] = extract_in_windows(path, monkeypatch, 200)
    with Store(tmp_path / "s") as store:
        assert build.write(store, [result]) == {} and len(store.db) == 0
    assert result.error == build.extract(path).error      # what a file of one pass is told
    assert str(path) in result.error and "\n" not in result.error


WINDOW_WRITER = """
import sys, time
sys.path.insert(0, {tests!r})
from kg import journal
from kg.store import Store
from test_scale import triples
journal.CHUNK_QUADS = 1000
def parts():
    print("ready", flush=True)
    for k in range(10_000):
        yield triples(f"w{{k}}", 500, shared=100)   # the shared 100 come in every part, as entities of windows do
        time.sleep(0.01)
with Store({store!r}) as store:
    store.add_windows("kept.txt", iter([triples("kept", 300, shared=100)]))
    if {again}:   # a version of long.txt is there: the windows replace it
        store.add_windows("long.txt", iter([triples("old", 300, shared=100)]))
    store.add_windows("long.txt", parts())
"""


@pytest.mark.parametrize("again", [False, True], ids=["new", "replace"])
def test_kill_9_during_a_windowed_write_leaves_no_half_written_bulletin(tmp_path, again):
    directory = tmp_path / "s"
    code = WINDOW_WRITER.format(tests=str(TESTS), store=str(directory), again=again)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, cwd=TESTS.parent)
    assert proc.stdout.readline().strip() == b"ready"
    time.sleep(2.0)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert journal.writing(directory) == {"long.txt": str(iris.bulletin("long.txt"))}   # killed mid-write
    with Store(directory) as store:   # the open rolls it back
        assert [g.value for g in store.db.named_graphs()] == [str(iris.bulletin("kept.txt"))]
        assert default_graph(store.db) == union_of_named(store.db)
        assert len(default_graph(store.db)) == 300   # what kept.txt states with the long one stays
        assert not (directory / JOURNAL).exists() and "long.txt" not in store.files()


def test_a_long_file_built_again_replaces_its_bulletin_window_by_window(bulletin, tmp_path, monkeypatch):
    with Store(tmp_path / "s") as store:
        store.add_windows(bulletin.name, iter([triples("old", 50, shared=10)]))
        store.add_ntriples("other.txt", triples("other", 20, shared=10))
        [result] = extract_in_windows(bulletin, monkeypatch, 200)
        assert build.write(store, [result]) == {}
        graph = {q.triple for q in store.db.quads_for_pattern(None, None, None, store_graph(bulletin.name))}
        assert graph == {q.triple for q in parse_quads(rdf.to_ntriples(pipeline.process(bulletin)))}
        assert default_graph(store.db) == union_of_named(store.db)   # the old version's triples left the union
        assert len(union_of_named(store.db) & {q.triple for q in parse_quads(triples("other", 20, shared=10))}) == 20


def test_a_long_file_that_fails_to_be_read_again_leaves_its_old_version(tmp_path, monkeypatch):
    path = tmp_path / "big.pdf"
    with Store(tmp_path / "s") as store:
        store.add_windows(path.name, iter([triples("old", 50)]), path=None)
        path.write_bytes(b"%PDF-1.4 not a PDF after all " * 40)
        [result] = extract_in_windows(path, monkeypatch, 200)
        assert build.write(store, [result]) == {} and result.error
        assert len(store.db) == 100 and path.name in store.files()   # 50 triples, in the graph and the union


def test_with_jobs_a_long_file_is_made_here_window_by_window_and_the_others_in_workers(bulletin, tmp_path,
                                                                                      monkeypatch):
    monkeypatch.setattr(windows, "WINDOW_CHARS", 200)
    monkeypatch.setattr(windows, "WINDOW_BYTES", 600)
    short = []
    for name in ("a.txt", "b.txt"):   # shorter than a window
        short.append(tmp_path / name)
        short[-1].write_text(BULLETIN[:BULLETIN.index("【调研视察】")], encoding="utf-8")
    results = list(build.extract_all([short[0], bulletin, short[1]], jobs=2))
    assert [r.windows is not None for r in results] == [False, True, False]
    with Store(tmp_path / "s") as store:
        for batch in build.batched(results):
            assert build.write(store, batch) == {}
        assert sorted(store.files()) == sorted(["a.txt", bulletin.name, "b.txt"])
        graph = {q.triple for q in store.db.quads_for_pattern(None, None, None, store_graph(bulletin.name))}
        assert graph == {q.triple for q in parse_quads(rdf.to_ntriples(pipeline.process(bulletin)))}


def test_kg_build_of_a_long_file_and_of_a_long_file_that_fails(bulletin, tmp_path, monkeypatch, capsys):
    from kg import cli
    monkeypatch.setattr(windows, "WINDOW_CHARS", 200)
    monkeypatch.setattr(windows, "WINDOW_BYTES", 600)
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 not a PDF after all " * 40)
    assert cli.main(["build", str(bulletin), str(bad), "-o", str(tmp_path / "out"), "--no-html"]) == 1
    out, err = capsys.readouterr()
    assert "built 1 of 2 files" in out and err.count("kg: error:") == 1 and str(bad) in err
    with Store(tmp_path / "out") as store:
        assert list(store.files()) == [bulletin.name]
        assert store.files()[bulletin.name]["triples"] == len(lines(rdf.to_ntriples(pipeline.process(bulletin))))
    assert (tmp_path / "out" / "graph.ttl").stat().st_size > 0
