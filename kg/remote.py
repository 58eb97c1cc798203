"""A remote triple store: write bulletins into any SPARQL 1.1 Graph Store Protocol endpoint, query any
SPARQL 1.1 Protocol endpoint under the rules of kg.sparql.

Each bulletin is one named graph (its IRI is kg.iris.bulletin(file name)); `push` PUTs it, which replaces
what the graph held, so pushing or building again never duplicates. For the ready-made queries the remote
store must query the union of its named graphs by default, as the local store does (Oxigraph server:
`--union-default-graph`; Fuseki: `tdb2:unionDefaultGraph true`; GraphDB and Virtuoso do by default).

    >>> with Store("out", create=False, read_only=True) as store:                     # doctest: +SKIP
    ...     for name, triples, problem in push(store, "http://127.0.0.1:7879/store"):
    ...         print(name, triples, problem)
    >>> answer = query("http://127.0.0.1:7879/query", "SELECT * WHERE { ?s ?p ?o } LIMIT 3")  # doctest: +SKIP
"""
from __future__ import annotations

import os
import re
import socket
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import BinaryIO, Iterator, Sequence

import pyoxigraph as ox

from kg import iris, sparql
from kg import store as kgstore

RESULTS_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"
_DECLARED = re.compile(r"PREFIX\s+([^\s:]*):", re.IGNORECASE)


def _one_line(e: BaseException) -> str:
    if isinstance(e, urllib.error.HTTPError):
        body = e.read().decode("utf-8", errors="replace")
        return f"HTTP {e.code} {e.reason}: {' '.join(body.split())[:200]}"
    reason = getattr(e, "reason", None) or e
    return " ".join(str(reason).split()) or type(e).__name__


def graph_ntriples(store: kgstore.Store, file_name: str, output: BinaryIO) -> int:
    """Write the named graph of bulletin FILE_NAME as N-Triples to OUTPUT, streamed from the store (a bulletin
    of a long document has millions of triples); returns their number."""
    graph = ox.NamedNode(str(iris.bulletin(file_name)))
    count = 0

    def triples() -> Iterator[ox.Triple]:
        nonlocal count
        for q in store.db.quads_for_pattern(None, None, None, graph):
            count += 1
            yield q.triple
    ox.serialize(triples(), output, format=ox.RdfFormat.N_TRIPLES)
    return count


def put_graph(url: str, graph: str, body: bytes | BinaryIO, timeout: float = 60) -> None:
    """PUT BODY (N-Triples, bytes or a file read from its start) as the named graph GRAPH of the Graph Store at
    URL (replacing it)."""
    target = url + ("&" if "?" in url else "?") + urllib.parse.urlencode({"graph": graph})
    headers = {"Content-Type": "application/n-triples"}
    if not isinstance(body, bytes):   # a file: urllib sends it in blocks, given its length
        headers["Content-Length"] = str(os.fstat(body.fileno()).st_size)
    request = urllib.request.Request(target, data=body, method="PUT", headers=headers)
    with urllib.request.urlopen(request, timeout=timeout) as response:
        response.read()


def push(store: kgstore.Store, url: str, names: Sequence[str] | None = None) -> Iterator[tuple[str, int, str | None]]:
    """PUT the named graph of each bulletin of NAMES (default: all in the store) to the Graph Store at URL.

    Yields (file name, triples, problem): problem is None when the graph was written, else one line
    saying why not (a bulletin not in the store is never pushed, so a failed build never empties a
    remote graph).
    """
    known = store.files()
    for name in names or list(known):
        if name not in known:
            yield name, 0, "not in the store (nothing pushed)"
            continue
        with tempfile.TemporaryFile() as body:
            count = graph_ntriples(store, name, body)
            body.seek(0)
            try:
                put_graph(url, str(iris.bulletin(name)), body)
            except (urllib.error.URLError, OSError, ValueError) as e:
                yield name, count, f"cannot write to {url}: {_one_line(e)}"
                continue
        yield name, count, None


def with_prefixes(text: str) -> str:
    """TEXT with PREFIX declarations of kg.store.PREFIXES it uses undeclared (a remote store knows none)."""
    declared = {m.group(1) for m in _DECLARED.finditer(text)}
    missing = [f"PREFIX {p}: <{ns}>" for p, ns in kgstore.PREFIXES.items() if p not in declared]
    return "\n".join(missing + [text])


def query(endpoint: str, text: str, limits: sparql.Limits = sparql.Limits()) -> sparql.Answer:
    """Run TEXT on the SPARQL endpoint (POST, form-encoded); an Answer as kg.sparql.evaluate gives,
    rows streaming from the response. The caller checks TEXT first (kg.sparql.check)."""
    body = urllib.parse.urlencode({"query": with_prefixes(text)}).encode("utf-8")
    request = urllib.request.Request(endpoint, data=body, method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": RESULTS_ACCEPT})
    deadline = time.monotonic() + limits.seconds if limits.seconds else float("inf")
    try:
        response = urllib.request.urlopen(request, timeout=limits.seconds or None)
    except urllib.error.HTTPError as e:
        raise kgstore.QueryError(f"{endpoint}: {_one_line(e)}") from None
    except (urllib.error.URLError, OSError) as e:
        if isinstance(getattr(e, "reason", e), socket.timeout):
            raise sparql.TimeLimit(f"{endpoint}: no answer within the time limit of {limits.seconds:g} s") from None
        raise kgstore.QueryError(f"cannot reach {endpoint}: {_one_line(e)}") from None
    media = response.headers.get("Content-Type", "").split(";")[0].strip()
    if media == "application/n-triples":
        answer = sparql.Answer("TRIPLES", [], iter(()), limits=limits)
        items = ox.parse(response, format=ox.RdfFormat.N_TRIPLES)
    else:
        result = ox.parse_query_results(response, format=ox.QueryResultsFormat.JSON)
        if isinstance(result, ox.QueryBoolean):
            return sparql.Answer("ASK", [], iter([(bool(result),)]), limits=limits)
        variables = [v.value for v in result.variables]
        answer = sparql.Answer("SELECT", variables, iter(()), limits=limits)
        items = (tuple(solution[v] for v in variables) for solution in result)

    def rows():
        try:
            for count, item in enumerate(items):
                if limits.rows and count >= limits.rows:
                    answer.truncated = True
                    return
                if time.monotonic() > deadline:
                    raise sparql.TimeLimit(f"{endpoint}: cut at the time limit of {limits.seconds:g} s")
                yield item
        finally:
            response.close()

    answer.rows = rows()
    return answer


def report_push(store: kgstore.Store, url: str, names: Sequence[str] | None = None) -> int:
    """push, saying on stdout what was pushed and on stderr what was not; returns how many failed."""
    import sys
    failed = 0
    for name, triples, problem in push(store, url, names):
        if problem:
            failed += 1
            print(f"kg: error: {name}: {problem}", file=sys.stderr)
        else:
            print(f"pushed {name} ({triples} triples) to {url}")
    return failed


# --- the command `kg push` (registered by kg/cli.py) -------------------------------------------------

DESCRIPTION = ("PUT each bulletin's named graph to a SPARQL 1.1 Graph Store Protocol endpoint (Oxigraph: "
               "http://HOST:7878/store, Fuseki: http://HOST:3030/DATASET/data), replacing what that graph "
               "held, so pushing again never duplicates.")


def add_arguments(parser) -> None:
    parser.add_argument("--to", required=True, metavar="URL", help="the Graph Store endpoint")
    parser.add_argument("names", nargs="*", metavar="FILE_NAME", help="only these bulletins (default: all)")


def run_command(args) -> int:
    with kgstore.Store(args.store, create=False, read_only=True) as store:
        return 1 if report_push(store, args.to, args.names or None) else 0
