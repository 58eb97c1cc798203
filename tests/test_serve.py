"""`kg serve` and `kg query` as a hostile or an ordinary client meets them.

`kg serve` runs as a real process on a free loopback port; SPARQLWrapper queries it in JSON, XML, CSV and a
CONSTRUCT as Turtle, and the answers equal the local store's. SERVICE, LOAD and updates are refused before
evaluation: a canary HTTP server on loopback, named in those queries, must receive no request. An endless
query is cut at the time limit and the endpoint answers the next one.
"""
from __future__ import annotations

import csv
import http.server
import io
import itertools
import json
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import rdflib
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper

from kg.store import Store

KG = [sys.executable, "-m", "kg.cli"]
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
NAMES = "SELECT DISTINCT ?name WHERE { ?p a foaf:Person ; foaf:name ?name } ORDER BY ?name"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, seconds: float = 30) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            urllib.request.urlopen(url, timeout=1).read()
            return
        except (urllib.error.URLError, ConnectionError, OSError):
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer in {seconds} s")


BULLETINS = {
    "qinghe-1.txt": "清河政协工作动态\n2022年3月8日\n\n【协商议政】\n\n市政协召开主席会议\n"
                    "3月2日，市政协主席高远山主持召开主席会议。市政协副主席林雪梅、周正出席会议，"
                    "市政协秘书长钱文博参加。\n",
    "qinghe-2.txt": "清河政协工作动态\n2022年4月12日\n\n【调研视察】\n\n市政协调研民营企业发展\n"
                    "4月8日，市政协主席高远山带队到清河机械有限公司调研。市政协副主席周正陪同。\n",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A store built by `kg build` from two invented bulletins (its answers are compared, not its extraction)."""
    from kg.cli import main
    folder = tmp_path_factory.mktemp("bulletins")
    for name, text in BULLETINS.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("served") / "out"
    assert main(["build", str(folder), "-o", str(out)]) == 0
    return out


def serving(directory: Path, *options: str):
    """kg serve over DIRECTORY with OPTIONS, on a free port: yields (base URL, directory), then stops it."""
    port = free_port()
    process = subprocess.Popen([*KG, "serve", "-s", str(directory), "--port", str(port), *options],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/queries")
        yield base, directory
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="module")
def served(built):
    """kg serve over the built store (time limit 5 s: room for a loaded machine; row limit 50): (base URL, store directory)."""
    yield from serving(built, "--timeout", "5", "--limit", "50", "--workers", "2")


class Canary:
    """An HTTP server on loopback that records every request it gets."""

    def __init__(self):
        self.requests: list[str] = []
        canary = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _record(self):
                canary.requests.append(f"{self.command} {self.path}")
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.end_headers()
                self.wfile.write(b'{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"literal","value":"leak"}}]}}')
            do_GET = do_POST = _record

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sparql"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()


@pytest.fixture
def canary():
    c = Canary()
    yield c
    c.close()


def hostile(url: str) -> dict[str, str]:
    """Queries and updates that would reach URL or change the store."""
    return {
        "service": f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        "service silent": f"SELECT ?s WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
        "nested service": f"SELECT * WHERE {{ ?x a foaf:Person . OPTIONAL {{ SERVICE <{url}> {{ ?x ?p ?o }} }} }}",
        "load": f"LOAD <{url}>",
        "load into": f"LOAD SILENT <{url}> INTO GRAPH <http://example.org/g>",
        "insert": "INSERT DATA { <http://example.org/a> <http://example.org/b> 'c' }",
        "delete": "DELETE WHERE { ?s ?p ?o }",
        "drop": "DROP ALL",
    }


def post(base: str, data: dict | bytes, content_type: str = "application/x-www-form-urlencoded",
         accept: str = "application/sparql-results+json", headers: dict | None = None):
    body = urllib.parse.urlencode(data).encode() if isinstance(data, dict) else data
    req = urllib.request.Request(base + "/sparql", data=body, method="POST",
                                 headers={"Content-Type": content_type, "Accept": accept, **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=20) as response:
            return response.status, response.headers, response.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode("utf-8")


def local_names(directory: Path) -> list[str]:
    with Store(directory, create=False, read_only=True) as store:
        return [row[0] for row in store.query(NAMES)[1]]


def wrapper(base: str, query: str, fmt) -> SPARQLWrapper:
    client = SPARQLWrapper(base + "/sparql")
    client.setQuery(query)
    client.setReturnFormat(fmt)
    return client


# --- an ordinary client ----------------------------------------------------------------------------

def test_sparqlwrapper_json_xml_csv_equal_the_local_store(served):
    base, directory = served
    expected = local_names(directory)
    assert len(expected) >= 4
    data = wrapper(base, NAMES, JSON).queryAndConvert()
    assert [b["name"]["value"] for b in data["results"]["bindings"]] == expected
    assert {b["name"].get("xml:lang") for b in data["results"]["bindings"]} == {"zh"}
    xml = wrapper(base, NAMES, XML).queryAndConvert()
    assert xml.documentElement.namespaceURI == "http://www.w3.org/2005/sparql-results#"
    assert [e.firstChild.data for e in xml.getElementsByTagName("literal")] == expected
    text = wrapper(base, NAMES, CSV).queryAndConvert().decode("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["name"] and [r[0] for r in rows[1:]] == expected


def test_construct_as_turtle_equals_the_local_construct(served):
    base, directory = served
    construct = "CONSTRUCT { ?p foaf:name ?n } WHERE { ?p a foaf:Person ; foaf:name ?n }"
    body = wrapper(base, construct, TURTLE).queryAndConvert()
    graph = rdflib.Graph().parse(data=body, format="turtle")
    with Store(directory, create=False, read_only=True) as store:
        expected = {(s, p, o) for s, p, o in store.query(construct)[1]}
    assert {(str(s), str(p), str(o)) for s, p, o in graph} == expected
    assert all(o.language == "zh" for o in graph.objects())


@pytest.mark.parametrize("accept,parse", [
    ("application/n-triples", lambda text: rdflib.Graph().parse(data=text, format="nt")),
    ("application/ld+json", lambda text: rdflib.Graph().parse(data=text, format="json-ld")),
])
def test_construct_in_other_rdf_formats(served, accept, parse):
    base, directory = served
    status, headers, text = post(base, {"query": "CONSTRUCT WHERE { ?p a foaf:Person }"}, accept=accept)
    assert status == 200 and headers["Content-Type"].startswith(accept)
    with Store(directory, create=False, read_only=True) as store:
        expected = store.count("?x a foaf:Person")
    assert len(parse(text)) == expected >= 4


def test_get_direct_post_tsv_and_ask(served):
    base, directory = served
    url = base + "/sparql?" + urllib.parse.urlencode({"query": NAMES})
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "text/tab-separated-values"})) as r:
        lines = r.read().decode("utf-8").splitlines()
    assert lines[0] == "?name" and lines[1:] == [f'"{n}"@zh' for n in local_names(directory)]
    status, _, text = post(base, b"ASK { ?p a foaf:Person }", content_type="application/sparql-query")
    assert status == 200 and json.loads(text)["boolean"] is True


def test_row_limit_and_not_acceptable(served):
    base, _ = served
    status, headers, text = post(base, {"query": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"})
    assert status == 200 and len(json.loads(text)["results"]["bindings"]) == 50
    assert "row limit of 50" in headers["Results-Incomplete"]   # a client can tell a cut answer
    status, headers, text = post(base, {"query": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 50"})
    assert status == 200 and len(json.loads(text)["results"]["bindings"]) == 50
    assert "Results-Incomplete" not in headers   # exactly the limit is not cut
    status, _, text = post(base, {"query": NAMES}, accept="image/png")
    assert status == 406


def test_service_description_and_cors(served):
    base, _ = served
    req = urllib.request.Request(base + "/sparql", headers={"Accept": "text/turtle", "Origin": "http://elsewhere.example"})
    with urllib.request.urlopen(req) as r:
        assert r.headers["Access-Control-Allow-Origin"] == "*"
        graph = rdflib.Graph().parse(data=r.read().decode("utf-8"), format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    assert (rdflib.URIRef(base + "/sparql"), sd.supportedLanguage, sd.SPARQL11Query) in graph
    req = urllib.request.Request(base + "/sparql", method="OPTIONS", headers={
        "Origin": "http://elsewhere.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    with urllib.request.urlopen(req) as r:
        assert r.status == 200 and "POST" in r.headers["Access-Control-Allow-Methods"]


def test_ready_made_queries_and_graph_view_are_served(served):
    base, _ = served
    queries = json.loads(urllib.request.urlopen(base + "/queries").read())
    assert "person-posts" in {q["name"] for q in queries}
    text = urllib.request.urlopen(base + "/queries/person-posts?" + urllib.parse.urlencode({"person": '张三"'})).read()
    assert '"张三\\""' in text.decode("utf-8")   # the value became one escaped literal
    assert b"<html" in urllib.request.urlopen(base + "/graph").read().lower()


# --- a hostile client ------------------------------------------------------------------------------

def test_service_load_and_updates_are_refused_before_evaluation(served, canary):
    base, _ = served
    for name, text in hostile(canary.url).items():
        for data, kind in (({"query": text}, "application/x-www-form-urlencoded"),
                           ({"update": text}, "application/x-www-form-urlencoded"),
                           (text.encode(), "application/sparql-query"),
                           (text.encode(), "application/sparql-update")):
            status, _, message = post(base, data, content_type=kind)
            assert status == 400, (name, kind, message)
            assert ("read-only" in message) or ("SERVICE is refused" in message), (name, message)
    time.sleep(0.3)
    assert canary.requests == []


def test_endless_query_is_cut_at_the_limit_and_the_endpoint_goes_on(served):
    base, directory = served
    started = time.monotonic()
    status, _, message = post(base, {"query": ENDLESS})
    assert status == 503 and "time limit" in message
    assert time.monotonic() - started < 2 + 4
    data = wrapper(base, NAMES, JSON).queryAndConvert()   # a worker is there again
    assert [b["name"]["value"] for b in data["results"]["bindings"]] == local_names(directory)


# --- kg query keeps the same rules -----------------------------------------------------------------

def kg_query(*args: str, timeout: float = 30) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, "query", *args], capture_output=True, text=True, timeout=timeout)


def test_kg_query_refuses_service_load_and_updates(built, canary):
    for name, text in hostile(canary.url).items():
        result = kg_query(text, "-s", str(built))
        assert result.returncode == 2, (name, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1
        assert "read-only" in result.stderr or "SERVICE is refused" in result.stderr, (name, result.stderr)
    assert canary.requests == []


def test_kg_query_endless_query_is_cut_and_ctrl_c_stops_it(built):
    started = time.monotonic()
    result = kg_query(ENDLESS, "-s", str(built), "--timeout", "1")
    assert result.returncode == 2 and "time limit of 1 s" in result.stderr
    assert time.monotonic() - started < 10
    process = subprocess.Popen([*KG, "query", ENDLESS, "-s", str(built), "--timeout", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(2.5)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=10)
    assert process.returncode == 130 and "interrupted" in err


def test_kg_query_streams_rows_of_a_large_product(built):
    """A product of the store with itself (tens of thousands of rows) prints its first rows at once."""
    process = subprocess.Popen([*KG, "query", "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "-s",
                                str(built), "--format", "csv", "--limit", "0", "--timeout", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watchdog = threading.Timer(20, process.kill)
    watchdog.start()
    started = time.monotonic()
    try:
        first = [process.stdout.readline() for _ in range(100)]
        assert time.monotonic() - started < 10   # printing all rows would take minutes
        assert first[0].strip() == "a,b,c,d,e,f,g,h,i" and all(line.count(",") >= 8 for line in first[1:])
    finally:
        watchdog.cancel()
        process.kill()
        process.wait()


# --- the query page ----------------------------------------------------------------------------------

def test_query_page_runs_a_ready_made_query_offline(served, page):
    base, directory = served
    outside = []

    def only_loopback(route):
        if route.request.url.startswith(base):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_loopback)
    page.goto(base + "/")
    page.click("button[data-query='top-persons']")
    page.wait_for_selector(".yasr table tbody tr", timeout=15000)
    shown = page.inner_text(".yasr table")
    with Store(directory, create=False, read_only=True) as store:
        from kg.named_queries import load_query
        _, rows = store.query(load_query("top-persons").render())
    assert rows and all(str(row[0]) in shown for row in rows)
    assert outside == [] and page.console_errors == []


CUT_SCRIPT = """
import json, os, sys
from kg import sparql
from kg.store import Store
pieces = []
with Store(sys.argv[1], create=False, read_only=True) as store:
    answer = sparql.run(store, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", sparql.Limits(seconds=1, rows=0))
    sparql.write(answer, sys.argv[2], pieces.append)
print(json.dumps({"cut": answer.cut, "body": b"".join(pieces).decode("utf-8")}))
sys.stdout.flush()
os._exit(0)   # the evaluation thread is still running
"""


@pytest.mark.parametrize("media,parse", [
    ("application/sparql-results+json", lambda body: len(json.loads(body)["results"]["bindings"])),
    ("application/sparql-results+xml", lambda body: len(__import__("lxml.etree").etree.fromstring(
        body.encode()).findall("{http://www.w3.org/2005/sparql-results#}results/*"))),
])
def test_rows_cut_at_the_time_limit_half_way_still_make_a_valid_document(built, media, parse):
    done = subprocess.run([sys.executable, "-c", CUT_SCRIPT, str(built), media], capture_output=True, text=True,
                          timeout=60)
    result = json.loads(done.stdout)
    assert "time limit of 1 s" in result["cut"]
    assert parse(result["body"]) > 100   # many rows streamed before the cut, and the document is closed


def test_answers_are_kept_until_a_build_changes_the_store(tmp_path):
    """A second ask of the same query is answered from the kept answers (Age header, same body); a build
    into the served store is seen by the next query, and the answers kept before it are dropped."""
    from kg.cli import main
    (tmp_path / "first").mkdir()
    (tmp_path / "second").mkdir()
    (tmp_path / "first" / "qinghe-1.txt").write_text(BULLETINS["qinghe-1.txt"], encoding="utf-8")
    (tmp_path / "second" / "qinghe-2.txt").write_text(
        BULLETINS["qinghe-2.txt"].replace("周正", "唐明远"), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "first"), "-o", str(out), "--no-view"]) == 0
    port = free_port()
    process = subprocess.Popen([*KG, "serve", "-s", str(out), "--port", str(port), "--workers", "1"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/queries")
        status, headers, first = post(base, {"query": NAMES})
        assert status == 200 and "Age" not in headers and "周正" in first and "唐明远" not in first
        status, headers, again = post(base, {"query": NAMES})
        assert status == 200 and headers["Age"].isdigit() and again == first
        # another spelling of the same media type (q-values, a wildcard) finds the same kept answer
        status, headers, spelled = post(base, {"query": NAMES}, accept="text/csv;q=0.1, application/sparql-results+json")
        assert status == 200 and headers["Age"].isdigit() and spelled == first
        assert main(["build", str(tmp_path / "second"), "-o", str(out), "--no-view"]) == 0
        status, headers, after = post(base, {"query": NAMES})
        assert status == 200 and "Age" not in headers and "唐明远" in after
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(10)


def test_kept_answers_are_bounded_and_least_recently_used_go_first():
    from kg.serve import Answers
    answers = Answers(800)
    for name in "abc":
        answers.put((name, "*/*"), "text/csv", b"x" * 100)
    answers.get(("a", "*/*"))                                # a is used again: b is now the oldest
    for name in "defghi":
        answers.put((name, "*/*"), "text/csv", b"x" * 100)
    assert answers.size <= 800 and answers.get(("b", "*/*")) is None and answers.get(("a", "*/*"))
    answers.put(("big", "*/*"), "text/csv", b"x" * 101)        # over an eighth of the limit: not kept
    assert answers.get(("big", "*/*")) is None
    none = Answers(0)
    none.put(("a", "*/*"), "text/csv", b"")
    assert not none.kept


SETTLE_SCRIPT = """
import json, os, sys
from kg import sparql
from kg.store import Store
with Store(sys.argv[1], create=False, read_only=True) as store:
    answer = sparql.run(store, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                        sparql.Limits(seconds=1, rows=10 ** 9))
    sparql.settle(answer)
print(json.dumps({"why": sparql.incomplete(answer), "rows": len(list(answer.rows))}))
sys.stdout.flush()
os._exit(0)   # the evaluation thread is still running
"""


def test_rows_drawn_before_writing_say_that_the_time_limit_cut_them(built):
    """kg serve draws the rows (up to the row limit) before its head, so the Results-Incomplete header can
    say a limit cut them; past the time limit the rows so far are kept."""
    done = subprocess.run([sys.executable, "-c", SETTLE_SCRIPT, str(built)], capture_output=True, text=True,
                          timeout=60)
    result = json.loads(done.stdout)
    assert "time limit of 1 s" in result["why"] and result["rows"] > 100


# --- pages of the listings, one evaluation for identical asks ---------------------------------------

def _rows(text: str) -> list[dict]:
    return json.loads(text)["results"]["bindings"]


def ask(base: str, text: str, accept: str = "application/sparql-results+json"):
    """(status, headers, body) of TEXT posted directly (application/sparql-query)."""
    return post(base, text.encode("utf-8"), "application/sparql-query", accept=accept)


@pytest.fixture(scope="module")
def served_in_pages(built):
    """kg serve over the built store with a row limit of 2, so that the listings pass it: (base, directory)."""
    yield from serving(built, "--limit", "2", "--workers", "1")


def _kept_listing(base: str, name: str, seconds: float = 30) -> str:
    """The text of listing NAME once kg serve keeps it whole (evaluated at start): a page past the row limit
    is then answered from the kept answer."""
    text = urllib.request.urlopen(f"{base}/queries/{name}").read().decode("utf-8")
    end = time.monotonic() + seconds
    for offset in itertools.count(2):   # a new text each time: only the kept listing answers it at once
        if "Age" in ask(base, f"{text}LIMIT 1 OFFSET {offset}")[1]:
            return text
        assert time.monotonic() < end, f"{name} was not kept in {seconds} s"
        time.sleep(0.2)


def test_pages_of_a_listing_are_cut_from_its_kept_answer(served_in_pages):
    """The listings are kept whole (past the row limit); the whole listing is sent cut at the row limit, and
    each page (/queries/NAME?page=N&size=M) is cut from the kept answer: the rows of the local store's query."""
    base, directory = served_in_pages
    text = _kept_listing(base, "person-identity")
    with Store(directory, create=False, read_only=True) as store:
        local = [row[0] for row in store.query(text)[1]]
    assert len(local) > 4   # the test needs three pages of two
    status, headers, whole = ask(base, text)
    assert status == 200 and [r["person"]["value"] for r in _rows(whole)] == local[:2]
    assert "row limit of 2" in headers["Results-Incomplete"]
    for page in (1, 2, 3, 9):
        paged = urllib.request.urlopen(f"{base}/queries/person-identity?page={page}&size=2").read().decode("utf-8")
        status, headers, answer = ask(base, paged)
        assert status == 200 and headers["Age"].isdigit() and "Results-Incomplete" not in headers
        assert [r["person"]["value"] for r in _rows(answer)] == local[2 * (page - 1):2 * page]
    status, headers, tsv = ask(base, text + "LIMIT 3 OFFSET 1", accept="text/tab-separated-values")   # not kept as TSV: evaluated
    assert status == 200 and "Age" not in headers and len(tsv.splitlines()) == 3   # head + 2 (the row limit)


def test_a_bad_page_is_refused_in_one_line(served_in_pages):
    base, _ = served_in_pages
    for query in ("page=0", "page=x", "page=2&size=-1", "size=1000000"):
        try:
            urllib.request.urlopen(f"{base}/queries/events?{query}")
            raise AssertionError(f"{query} was accepted")
        except urllib.error.HTTPError as e:
            message = e.read().decode("utf-8")
            assert e.code == 400 and message.startswith("query events: page") and message.count("\n") == 1


def test_identical_concurrent_asks_are_evaluated_once(served_in_pages):
    """Single flight: four clients asking the same slow query at once get one evaluation; the three that came
    while it ran get its kept answer (an Age header), the same body."""
    base, _ = served_in_pages
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } # " + str(time.time())
    answers: list = [None] * 4

    def client(i):
        answers[i] = ask(base, slow)
    threads = [threading.Thread(target=client, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert all(a[0] == 200 for a in answers) and len({a[2] for a in answers}) == 1
    assert sorted("Age" in a[1] for a in answers) == [False, True, True, True]


def test_kg_query_pages_a_ready_made_query(built):
    whole = kg_query("--name", "person-identity", "-s", str(built), "--format", "tsv", "--limit", "0")
    rows = whole.stdout.splitlines()
    page = kg_query("--name", "person-identity", "-s", str(built), "--format", "tsv", "--page", "2",
                    "--page-size", "2")
    assert page.returncode == 0 and page.stdout.splitlines() == [rows[0], *rows[3:5]]
    bad = kg_query("--name", "person-identity", "-s", str(built), "--page", "two")
    assert bad.returncode != 0 and bad.stderr.strip().count("\n") == 0
    assert "page takes a whole number from 1, not 'two'" in bad.stderr


def test_a_page_is_judged_as_its_query(canary):
    """A page (LIMIT … OFFSET … appended) is parsed once for all pages of its query, and what check refuses
    in the query it refuses in each page."""
    from kg import sparql
    from kg.store import QueryError
    for text in hostile(canary.url).values():
        with pytest.raises(QueryError):
            sparql.check(sparql.paged(text, 2, 10))
    assert sparql.check(sparql.paged(NAMES, 3, 10)).form == "SELECT"
    assert canary.requests == []


def test_a_large_kept_answer_is_sent_gzip_compressed_to_clients_that_accept_it(served):
    """An answer kept in memory and larger than COMPRESS_MIN goes gzip-compressed to a client whose
    Accept-Encoding allows it (the bytes decompress to the plain answer), and plain to any other client."""
    import gzip

    from kg.serve import COMPRESS_MIN
    base, _ = served
    text = "SELECT (GROUP_CONCAT(STR(?o)) AS ?all) WHERE { ?s ?p ?o . ?a ?b ?c } # " + str(time.time())

    def raw(headers: dict):
        req = urllib.request.Request(base + "/sparql", data=text.encode("utf-8"), method="POST", headers={
            "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json", **headers})
        with urllib.request.urlopen(req, timeout=20) as response:
            return response.headers, response.read()
    first_headers, plain = raw({})                      # evaluated and streamed, then kept
    assert "Age" not in first_headers and len(plain) >= COMPRESS_MIN
    headers, packed = raw({"Accept-Encoding": "gzip, deflate"})
    assert headers["Content-Encoding"] == "gzip" and "Accept-Encoding" in headers["Vary"]
    assert len(packed) < len(plain) / 4 and gzip.decompress(packed) == plain
    for refused in ({}, {"Accept-Encoding": "gzip;q=0"}):
        headers, body = raw(refused)
        assert headers["Age"].isdigit() and "Content-Encoding" not in headers and body == plain
