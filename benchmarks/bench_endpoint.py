"""Latency and throughput of the ready-made queries through `kg serve`, on loopback.

For each ready-made query (parameters from its `# example:` line) the benchmark measures the latency
through the endpoint (HTTP POST, SPARQL JSON results) with 1 client and with 8 concurrent clients, and
prints p50 and p99 and, as the reference measured in the same run, the same query evaluated in-process on
the store (kg.sparql.run, no HTTP, no worker): the ratio is what serving costs. Then the throughput of all
queries mixed, 8 clients.

    python benchmarks/bench_endpoint.py --store out-big          # a store built with kg build
    python benchmarks/bench_endpoint.py --triples 200000         # no store: replicate the seeds to ~N triples

A store of about one million triples: generate bulletins with benchmarks/generate.py and build them,
    python benchmarks/generate.py 400 -o /tmp/bulletins && kg build /tmp/bulletins -o /tmp/big --no-html
    python benchmarks/bench_endpoint.py --store /tmp/big
or let this script replicate the seeds: --triples 1000000 (about a minute to build).
"""
from __future__ import annotations

import argparse
import json
import math
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import rdflib

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg import iris, sparql  # noqa: E402
from kg.store import Store, list_queries  # noqa: E402


def example_params(query) -> dict[str, str]:
    values = {}
    for example in query.examples:
        values.update(re.findall(r"--param\s+([\w-]+)=(\S+)", example))
    return {p: values.get(p, "x") for p in query.params}


def replicate_seeds(directory: Path, triples: int) -> None:
    """Build the seeds, then add renamed copies of their bulletin graphs (every instance IRI and file name
    gets a copy suffix, the literals stay) until the store holds about TRIPLES quads."""
    subprocess.run([sys.executable, "-m", "kg.cli", "build", str(ROOT / "seeds"), "-o", str(directory),
                    "--no-html"], check=True, stdout=subprocess.DEVNULL)
    with Store(directory) as store:
        originals = {name: store.db.quads_for_pattern(None, None, None, rdflib_graph(name)) for name in store.files()}
        graphs = {name: [(q.subject, q.predicate, q.object) for q in quads] for name, quads in originals.items()}
        size = sum(len(g) for g in graphs.values())
        copy = 0
        while store.quad_count() < triples:
            copy += 1
            for name, quads in graphs.items():
                store.add_graph(f"copy{copy}-{name}", renamed(quads, copy, name))
            if copy % 20 == 0:
                print(f"  {store.quad_count()} quads ({copy} copies of {size})", file=sys.stderr)


def rdflib_graph(name: str):
    import pyoxigraph as ox
    return ox.NamedNode(str(iris.bulletin(name)))


def renamed(quads, copy: int, name: str) -> rdflib.Graph:
    from kg.store import _to_rdflib
    ns = str(iris.ID)
    g = rdflib.Graph()

    def term(t):
        t = _to_rdflib(t)
        if isinstance(t, rdflib.URIRef) and str(t).startswith(ns):
            return rdflib.URIRef(f"{t}-c{copy}")
        if isinstance(t, rdflib.Literal) and str(t) == name:
            return rdflib.Literal(f"copy{copy}-{name}", datatype=t.datatype, lang=t.language)
        return t
    for s, p, o in quads:
        g.add((term(s), term(p), term(o)))
    return g


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))]


def post(url: str, text: str) -> float:
    """Seconds for one request, read in full; inf when the endpoint cut it at its time limit (503)."""
    data = urllib.parse.urlencode({"query": text}).encode()
    request = urllib.request.Request(url, data=data, headers={"Accept": "application/sparql-results+json"})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=600) as response:
            json.loads(response.read())
    except urllib.error.HTTPError as e:
        if e.code != 503:
            raise
        return math.inf
    return time.perf_counter() - started


def ms(seconds: float) -> str:
    return "cut" if math.isinf(seconds) else f"{seconds * 1000:.1f}"


def measure(url: str, text: str, clients: int, repeat: int, budget: float) -> list[float]:
    """Latencies of REPEAT requests per client with CLIENTS concurrent clients; each client stops early
    (after at least 2 requests) once BUDGET seconds have passed, so a slow query does not stall the run."""
    end = time.monotonic() + budget

    def client(_):
        times = []
        while len(times) < repeat and (len(times) < 2 or time.monotonic() < end):
            times.append(post(url, text))
        return times
    with ThreadPoolExecutor(clients) as pool:
        return [t for times in pool.map(client, range(clients)) for t in times]


def reference_runs(directory: str, text: str, seconds: float) -> list[float]:
    """In a child process: in-process seconds of three runs of TEXT after a warm-up."""
    with Store(directory, create=False, read_only=True) as store:
        times = []
        for _ in range(4):
            started = time.perf_counter()
            for _ in sparql.run(store, text, sparql.Limits(seconds=seconds, rows=0)).rows:
                pass
            times.append(time.perf_counter() - started)
    return times[1:]


def reference_times(directory: Path, queries: dict[str, str], seconds: float) -> dict[str, list[float]]:
    """reference_runs of each query in a child process, killed when it passes the time limit (an
    evaluation cannot be stopped otherwise): [inf] for those."""
    import multiprocessing
    context = multiprocessing.get_context("spawn")
    out = {}
    pool = context.Pool(1)
    try:
        for name, text in queries.items():
            job = pool.apply_async(reference_runs, (str(directory), text, seconds))
            try:
                out[name] = job.get(timeout=4 * seconds + 30)
            except (multiprocessing.TimeoutError, sparql.TimeLimit):
                out[name] = [math.inf]
                pool.terminate()
                pool = context.Pool(1)
    finally:
        pool.terminate()
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, help="a store directory built by kg build (default: replicate the seeds)")
    parser.add_argument("--triples", type=int, default=100_000, help="size of the replicated store (default 100000)")
    parser.add_argument("--repeat", type=int, default=20, help="requests per query and client count (default 20)")
    parser.add_argument("--workers", type=int, default=4, help="kg serve worker processes (default 4)")
    parser.add_argument("--budget", type=float, default=20, help="seconds per query and client count (default 20)")
    parser.add_argument("--timeout", type=float, default=600,
                        help="kg serve's time limit per query (default 600); a query cut there shows as 'cut'")
    args = parser.parse_args(argv)

    directory = args.store
    if directory is None:
        directory = Path(tempfile.mkdtemp(prefix="bench-endpoint-")) / "store"
        print(f"replicating the seeds to about {args.triples} quads in {directory}", file=sys.stderr)
        replicate_seeds(directory, args.triples)
    with Store(directory, create=False, read_only=True) as store:
        quads = store.quad_count()
    queries = {name: q.render(example_params(q)) for name, q in list_queries().items()}
    reference = reference_times(directory, queries, args.timeout)

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "-s", str(directory), "--port", str(port),
                               "--workers", str(args.workers), "--limit", "0", "--timeout", str(args.timeout)])
    url = f"http://127.0.0.1:{port}/sparql"
    try:
        for _ in range(300):
            try:
                post(url, "ASK {}")
                break
            except OSError:
                time.sleep(0.1)
        for text in queries.values():   # warm up: every worker parses each query once
            measure(url, text, args.workers, 1, 0)
        print(f"store: {directory} ({quads} quads); kg serve with {args.workers} workers; "
              f"up to {args.repeat} requests per client and query ({args.budget:g} s budget)")
        print(f"{'query':20} {'direct p50':>10} {'1 client p50':>12} {'p99':>7} {'8 clients p50':>13} {'p99':>7}"
              f" {'ratio p50':>9}   (ms; ratio = 1-client p50 / direct p50)")
        worst = 0.0
        for name, text in queries.items():
            one = measure(url, text, 1, args.repeat, args.budget)
            eight = measure(url, text, 8, args.repeat, args.budget)
            ref = statistics.median(reference[name])
            worst = max(worst, percentile(eight, 99))
            ratio = statistics.median(one) / ref if not math.isinf(ref) else math.nan
            print(f"{name:20} {ms(ref):>10} {ms(statistics.median(one)):>12} {ms(percentile(one, 99)):>7} "
                  f"{ms(statistics.median(eight)):>13} {ms(percentile(eight, 99)):>7} {ratio:9.2f}")
        mixed = list(queries.values()) * max(2, args.repeat)
        started = time.perf_counter()
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda text: post(url, text), mixed))
        seconds = time.perf_counter() - started
        print(f"throughput, all queries mixed, 8 clients: {len(mixed) / seconds:.1f} queries/s "
              f"({len(mixed)} in {seconds:.1f} s); worst p99 with 8 clients: {ms(worst)} ms (target 200 ms)")
    finally:
        server.terminate()
        server.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
