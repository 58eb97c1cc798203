"""Latency and throughput of the ready-made queries through `kg serve`, on loopback.

For each ready-made query the benchmark measures the latency through the endpoint (HTTP POST, SPARQL JSON
results) with 1 client and with 8 concurrent clients, and prints p50 and p99 and, as the reference measured
in the same run, the query evaluated in-process on the store (kg.sparql.run, no HTTP, no worker): the ratio
is what serving costs. A query with parameters is asked for a pool of values drawn from the store (persons
who hold posts, who chaired or led events, who took part in them; bodies with members, bodies that visited
companies; bulletins), each client going through the pool from its own place, as users asking about
different persons would. The whole run is made twice: with kept answers off (`kg serve --keep 0`: every
request is evaluated) and on (the default: a repeated query, a listing above all, is answered from memory
until the store changes). Then the throughput of all queries mixed, 8 clients. kg serve runs with its own
row limit (10,000 rows) unless --limit says otherwise, as a user's would: the longest listings of a million
triples (person-identity: about 80,000 rows, 18 MB of JSON) are sent cut there, marked Results-Incomplete, and
read in pages ("NAME pages"); `--limit 0` sends them whole. The client accepts gzip, as browsers and HTTP
libraries do, and its time includes the decompression.

    python benchmarks/bench_endpoint.py --store out-big          # a store built with kg build
    python benchmarks/bench_endpoint.py --triples 200000         # no store: replicate the seeds to ~N triples

A store of about one million triples: generate bulletins with benchmarks/generate.py and build them,
    python benchmarks/generate.py 400 -o /tmp/bulletins && kg build /tmp/bulletins -o /tmp/big --no-html
    python benchmarks/bench_endpoint.py --store /tmp/big
or let this script replicate the seeds: --triples 1000000 (about a minute to build).
"""
from __future__ import annotations

import argparse
import gzip
import json
import math
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
from kg.named_queries import list_queries  # noqa: E402
from kg.store import Store  # noqa: E402


def example_params(query) -> dict[str, str]:
    """The values of the query's example, "x" for a parameter it does not show."""
    return {p: query.example_values.get(p, "x") for p in query.params}


# the values a parameter is drawn from: the persons, bodies and bulletins the query has something to say about
_PERSONS_WITH_POSTS = "SELECT DISTINCT ?v WHERE { ?m org:member ?p . ?p foaf:name ?v }"
_LEADERS = "SELECT DISTINCT ?v WHERE { ?e cppcc:chair|cppcc:leader ?p . ?p foaf:name ?v }"
_PARTICIPANTS = "SELECT DISTINCT ?v WHERE { ?e cppcc:participant ?p . ?p foaf:name ?v }"
_BODIES = "SELECT DISTINCT ?v WHERE { ?m org:organization ?o . ?o skos:prefLabel ?v }"
_VISITING_BODIES = "SELECT DISTINCT ?v WHERE { ?e cppcc:visited ?c ; cppcc:organizingBody ?o . ?o skos:prefLabel ?v }"
_BULLETINS = "SELECT DISTINCT ?v WHERE { ?b a cppcc:Bulletin ; dcterms:identifier ?v }"
POOLS = {("events-led-by", "person"): _LEADERS, ("co-attendance", "person"): _PARTICIPANTS,
         ("companies-visited", "body"): _VISITING_BODIES, "person": _PERSONS_WITH_POSTS, "org": _BODIES,
         "body": _BODIES, "bulletin": _BULLETINS}


def parameter_pools(directory: Path, queries: dict, size: int, seed: int = 7) -> dict[str, list[str]]:
    """For each query, SIZE renderings with parameter values drawn at random (seeded) from the store;
    one rendering (its example) for a query with one parameter the pools do not know or with none."""
    import random
    rng = random.Random(seed)
    texts = {}
    with Store(directory, create=False, read_only=True) as store:
        for name, query in queries.items():
            params = list(query.params)
            source = POOLS.get((name, params[0]), POOLS.get(params[0])) if len(params) == 1 else None
            values = sorted(row[0] for row in store.query(source)[1]) if source else []
            if not values:
                texts[name] = [query.render(example_params(query))]
                continue
            texts[name] = [query.render({params[0]: v}) for v in rng.sample(values, min(size, len(values)))]
    return texts


PAGED = ("events", "person-identity")   # the largest listings, asked page by page too


def page_pools(queries: dict, directory: Path, size: int = sparql.PAGE_ROWS) -> dict[str, list[str]]:
    """For each listing of PAGED, its pages of SIZE rows (kg.sparql.paged), the pool of "NAME pages"."""
    listings = [name for name in PAGED if name in queries]
    with Store(directory, create=False, read_only=True) as store:
        counts = {name: len(store.query(queries[name].render())[1]) for name in listings}
    return {f"{name} pages": [sparql.paged(queries[name].render(), n, size)
                              for n in range(1, counts[name] // size + 2)] for name in listings}


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


def post(url: str, text: str, parse: bool = False) -> float:
    """Seconds for one request until its last byte is read and, when it came gzip-compressed (the client
    accepts gzip, as browsers and HTTP libraries do), decompressed; inf when the endpoint cut it at its time
    limit (503). The answer is parsed as SPARQL JSON when PARSE (in the warm-up), outside the time: parsing a
    listing of 10 MB takes the client's threads, under one GIL, longer than the server takes to send it."""
    data = urllib.parse.urlencode({"query": text}).encode()
    request = urllib.request.Request(url, data=data, headers={"Accept": "application/sparql-results+json",
                                                              "Accept-Encoding": "gzip"})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=600) as response:
            body = response.read()
            if response.headers.get("Content-Encoding") == "gzip":
                body = gzip.decompress(body)
    except urllib.error.HTTPError as e:
        if e.code != 503:
            raise
        return math.inf
    seconds = time.perf_counter() - started
    if parse:
        json.loads(body)["results"]["bindings"]
    return seconds


def ms(seconds: float) -> str:
    return "cut" if math.isinf(seconds) else f"{seconds * 1000:.1f}"


def measure(url: str, texts: list[str], clients: int, repeat: int, budget: float) -> list[float]:
    """Latencies of REPEAT requests per client with CLIENTS concurrent clients, client i asking TEXTS from
    the i-th place on; each client stops early (after at least 2 requests) once BUDGET seconds have
    passed, so a slow query does not stall the run."""
    end = time.monotonic() + budget

    def client(i):
        times = []
        while len(times) < repeat and (len(times) < 2 or time.monotonic() < end):
            times.append(post(url, texts[(i * 5 + len(times)) % len(texts)]))
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


def serve(directory: Path, args, keep: float):
    """Start kg serve over DIRECTORY; (process, endpoint URL) once it answers."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "-s", str(directory), "--port", str(port),
                               "--workers", str(args.workers), "--limit", str(args.limit), "--timeout", str(args.timeout),
                               "--keep", str(keep)])
    url = f"http://127.0.0.1:{port}/sparql"
    for _ in range(300):
        try:
            post(url, "ASK {}")
            break
        except OSError:
            time.sleep(0.1)
    return server, url


def run_configuration(url: str, texts: dict[str, list[str]], reference: dict, args) -> float:
    """Print the latency table for one kg serve; returns the worst p99 with 8 clients."""
    for pool in texts.values():   # warm up: every worker parses each query once; the answers are SPARQL JSON
        measure(url, pool[:1], args.workers, 1, 0)
        post(url, pool[0], parse=True)
    print(f"{'query':20} {'values':>6} {'direct p50':>10} {'1 client p50':>12} {'p99':>7} {'8 clients p50':>13}"
          f" {'p99':>7} {'ratio p50':>9}   (ms; ratio = 1-client p50 / direct p50)")
    worst = 0.0
    for name, pool in texts.items():
        one = measure(url, pool, 1, args.repeat, args.budget)
        eight = measure(url, pool, 8, args.repeat, args.budget)
        ref = statistics.median(reference[name])
        worst = max(worst, percentile(eight, 99))
        ratio = statistics.median(one) / ref if not math.isinf(ref) else math.nan
        print(f"{name:20} {len(pool):>6} {ms(ref):>10} {ms(statistics.median(one)):>12} {ms(percentile(one, 99)):>7} "
              f"{ms(statistics.median(eight)):>13} {ms(percentile(eight, 99)):>7} {ratio:9.2f}", flush=True)
    mixed = [pool[i % len(pool)] for i in range(max(2, args.repeat)) for pool in texts.values()]
    started = time.perf_counter()
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda text: post(url, text), mixed))
    seconds = time.perf_counter() - started
    print(f"throughput, all queries mixed, 8 clients: {len(mixed) / seconds:.1f} queries/s "
          f"({len(mixed)} in {seconds:.1f} s); worst p99 with 8 clients: {ms(worst)} ms (target 200 ms)")
    return worst


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, help="a store directory built by kg build (default: replicate the seeds)")
    parser.add_argument("--triples", type=int, default=100_000, help="size of the replicated store (default 100000)")
    parser.add_argument("--repeat", type=int, default=20, help="requests per query and client count (default 20)")
    parser.add_argument("--values", type=int, default=40, help="parameter values per query (default 40)")
    parser.add_argument("--workers", type=int, default=4, help="kg serve worker processes (default 4)")
    parser.add_argument("--budget", type=float, default=10, help="seconds per query and client count (default 10)")
    parser.add_argument("--timeout", type=float, default=600,
                        help="kg serve's time limit per query (default 600); a query cut there shows as 'cut'")
    parser.add_argument("--limit", type=int, default=sparql.DEFAULT_ROWS,
                        help=f"kg serve's row limit (default {sparql.DEFAULT_ROWS}, kg serve's own: a longer listing is "
                             "sent cut there, marked Results-Incomplete, and read in pages); 0 = whole listings")
    parser.add_argument("--only", metavar="NAME,…", help="measure these ready-made queries only (default: all)")
    parser.add_argument("--keep", default="0,256", help="kg serve --keep values to run with, MB (default 0,256)")
    args = parser.parse_args(argv)

    directory = args.store
    if directory is None:
        directory = Path(tempfile.mkdtemp(prefix="bench-endpoint-")) / "store"
        print(f"replicating the seeds to about {args.triples} quads in {directory}", file=sys.stderr)
        replicate_seeds(directory, args.triples)
    with Store(directory, create=False, read_only=True) as store:
        quads, triples = store.quad_count(), len(store)
    queries = {name: q for name, q in list_queries().items() if not args.only or name in args.only.split(",")}
    texts = parameter_pools(directory, queries, args.values)
    reference = reference_times(directory, {name: pool[0] for name, pool in texts.items()}, args.timeout)
    pages = page_pools({name: q for name, q in list_queries().items() if name in queries}, directory)
    reference.update(reference_times(directory, {name: pool[1] for name, pool in pages.items()}, args.timeout))
    for keep in args.keep.split(","):
        # pages are cut from kept answers; without them each page is the whole listing again (measured above)
        asked = {**texts, **pages} if float(keep) else texts
        print(f"\nstore: {directory} ({triples} triples in the union, {quads} quads); kg serve with {args.workers} "
              f"workers, row limit {args.limit or 'none'}, kept answers {'off' if float(keep) == 0 else keep + ' MB'}; up to {args.repeat} requests "
              f"per client and query ({args.budget:g} s budget)", flush=True)
        server, url = serve(directory, args, float(keep))
        try:
            run_configuration(url, asked, reference, args)
        finally:
            server.terminate()
            server.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
