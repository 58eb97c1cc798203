"""The remote triple store: `kg push`, `kg build --store` and `kg query --endpoint` against a real Oxigraph
server (the `oxigraph` package's binary) that the test starts on loopback; the answers equal the local store's."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from kg.cli import main
from kg.named_queries import list_queries

OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.fixture
def oxigraph(tmp_path):
    """An Oxigraph server over an empty store on a free loopback port: (Graph Store URL, query URL)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen([OXIGRAPH, "serve", "--location", str(tmp_path / "oxigraph"),
                                "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=1).read()
                break
            except (urllib.error.URLError, OSError):
                time.sleep(0.1)
        yield base + "/store", base + "/query"
    finally:
        process.terminate()
        process.wait(10)


def run_json(capsys, *args) -> list[dict]:
    assert main(["query", *args, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def canonical(rows: list[dict]) -> list[str]:
    return sorted(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in rows)


def params_for(name: str) -> list[str]:
    """Parameters that find something in the hand-made store."""
    values = {"person": "张三", "org": "包头市政协", "bulletin": "hand-a.txt", "body": "包头市政协"}
    return [a for p in list_queries()[name].params for a in ("--param", f"{p}={values[p]}")]


def test_push_then_every_ready_made_query_answers_as_locally(hand_store, oxigraph, capsys):
    store_url, query_url = oxigraph
    assert main(["push", "-s", str(hand_store), "--to", store_url]) == 0
    assert "pushed hand-a.txt" in capsys.readouterr().out
    local = run_json(capsys, COUNT, "-s", str(hand_store))
    assert run_json(capsys, COUNT, "--endpoint", query_url) == local
    assert main(["push", "-s", str(hand_store), "--to", store_url]) == 0   # pushing again replaces
    capsys.readouterr()
    assert run_json(capsys, COUNT, "--endpoint", query_url) == local
    for name in list_queries():
        here = run_json(capsys, "--name", name, *params_for(name), "-s", str(hand_store))
        there = run_json(capsys, "--name", name, *params_for(name), "--endpoint", query_url)
        assert canonical(there) == canonical(here), name
    assert any(run_json(capsys, "--name", "person-posts", "--param", "person=张三", "--endpoint", query_url))


def test_build_with_store_url_writes_each_bulletin_graph(tmp_path, oxigraph, capsys):
    store_url, query_url = oxigraph
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("清河政协工作动态\n2022年3月8日\n\n【协商议政】\n\n市政协召开主席会议\n"
                                  "3月2日，市政协主席高远山主持召开主席会议。\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(folder), "-o", str(out), "--no-html", "--store", store_url]) == 0
    assert "pushed a.txt" in capsys.readouterr().out
    graphs = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"
    assert run_json(capsys, graphs, "--endpoint", query_url) == run_json(capsys, graphs, "-s", str(out))
    assert run_json(capsys, COUNT, "--endpoint", query_url) == run_json(capsys, COUNT, "-s", str(out))


def test_remote_query_keeps_the_rules(oxigraph, capsys):
    _, query_url = oxigraph
    assert main(["query", f"SELECT * WHERE {{ SERVICE <{query_url}> {{ ?s ?p ?o }} }}", "--endpoint", query_url]) == 2
    assert "SERVICE is refused" in capsys.readouterr().err
    assert main(["query", "DROP ALL", "--endpoint", query_url]) == 2
    assert "read-only" in capsys.readouterr().err


def test_push_to_nowhere_is_a_one_line_error(hand_store, capsys):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert main(["push", "-s", str(hand_store), "--to", f"http://127.0.0.1:{port}/store"]) == 1
    err = capsys.readouterr().err
    assert "hand-a.txt: cannot write to" in err and "Traceback" not in err


def test_a_dask_build_writes_into_the_remote_store_as_a_local_build_does(tmp_path, oxigraph, capsys):
    """The executor and the store are independent: extraction on a (local) Dask cluster, each bulletin's
    graph pushed to the remote store, the same graphs and triples as a local build in one process."""
    distributed = pytest.importorskip("dask.distributed")
    store_url, query_url = oxigraph
    folder = tmp_path / "in"
    folder.mkdir()
    for n, (chair, month) in enumerate([("高远山", 3), ("林静之", 4)]):
        (folder / f"b{n}.txt").write_text(
            f"清河政协工作动态\n2022年{month}月8日\n\n【协商议政】\n\n市政协召开主席会议\n"
            f"{month}月2日，市政协主席{chair}主持召开主席会议。\n", encoding="utf-8")
    assert main(["build", str(folder), "-o", str(tmp_path / "local"), "--no-html", "--no-export"]) == 0
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        assert main(["build", str(folder), "-o", str(tmp_path / "out"), "--no-html", "--no-export",
                     "--executor", "dask", "--scheduler", cluster.scheduler_address, "--store", store_url]) == 0
    assert "pushed b0.txt" in capsys.readouterr().out
    graphs = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
    assert run_json(capsys, graphs, "--endpoint", query_url) == run_json(capsys, graphs, "-s", str(tmp_path / "local"))
