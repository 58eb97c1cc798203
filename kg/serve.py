"""`kg serve`: the store as a read-only SPARQL 1.1 Protocol endpoint (starlette, run by uvicorn).

    GET  /sparql?query=…                 a query (SPARQL 1.1 Protocol); without one: the service description
    POST /sparql                         form-encoded (query=…) or direct (Content-Type: application/sparql-query)
    GET  /                               the query page (YASGUI, vendored in kg/static) with the ready-made queries
    GET  /queries, /queries/NAME?k=v     the ready-made queries, one rendered with its parameters
    GET  /graph                          the graph view DIR/graph.html

Every query is checked in this process first (kg.sparql.check: updates, LOAD and SERVICE get a 400 and are
never evaluated), then evaluated by one of a few worker processes, each holding the store open read-only.
A worker streams the serialized results back in pieces; a query past the time limit is answered 503 and its
worker is killed and replaced, since an evaluation running in Rust cannot be stopped from Python.

The endpoint follows the store: when a build rewrites DIR/manifest.json (at its end, and every few seconds
during it), the workers reopen the store before their next query. Complete answers are kept (Answers, an LRU
bounded in bytes) until the store changes: a listing over a million triples takes seconds to evaluate and a
moment to send again, and the ready-made listings are evaluated once at start and after each change, whole
(past the row limit), so that the pages of a listing (a query ending with LIMIT n OFFSET m, kg.sparql.paged)
are cut from it. The same query asked again while it is evaluated waits for that evaluation (single flight).

    >>> app = create_app("out", workers=2)                    # doctest: +SKIP
    >>> uvicorn.run(app, host="127.0.0.1", port=7878)         # doctest: +SKIP
"""
from __future__ import annotations

import asyncio
import collections
import contextlib
import gzip
import multiprocessing
import os
import sys
import time
import urllib.parse
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from kg import sparql
from kg import store as kgstore
from kg import named_queries

STATIC = Path(__file__).parent / "static"
GRACE = 2.0   # seconds a worker may overrun the limit (to report it itself) before it is killed
INCOMPLETE = "Results-Incomplete"   # response header: why the rows are not all the query's (a limit cut them)

QUERY_TYPES = ("application/sparql-query",)
JSON_RESULTS = "application/sparql-results+json"
COMPRESS_MIN = 64 * 1024   # a kept answer this large or larger is sent gzip-compressed to a client accepting it
FORM_TYPE = "application/x-www-form-urlencoded"


# --- worker processes --------------------------------------------------------------------------------

def _work(directory: str, conn) -> None:
    """A worker process: evaluate (query, accept, seconds, rows, generation) jobs, send back
    ("head", media, incomplete) ("data", bytes)… ("end", retiring), or at any point ("error", status, message);
    a worker retiring (cut at the time limit half-way) exits after its message. Under a row limit the rows
    are drawn before the head, so INCOMPLETE can say whether a limit cut them (None when not). A job of a
    newer generation (the store changed) first reopens the store."""
    store, opened = kgstore.Store(directory, create=False, read_only=True), 0
    while True:
        try:
            text, accept, seconds, rows, generation = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if generation != opened:
                store.close()
                store, opened = kgstore.Store(directory, create=False, read_only=True), generation
            answer = sparql.evaluate(store, text, sparql.Limits(seconds, rows))
            if rows:
                sparql.settle(answer)
            media = sparql.negotiate(accept, graph=answer.form == "TRIPLES")
            if media is None:
                conn.send(("error", 406, f"cannot answer a {answer.form} query as {accept}"))
                continue
            conn.send(("head", media, sparql.incomplete(answer)))
            sparql.write(answer, media, lambda piece: conn.send(("data", piece)))
            conn.send(("end", bool(answer.cut)))
            if answer.cut:   # the rows so far went out as a valid document; the evaluation goes on: retire
                os._exit(0)
        except sparql.TimeLimit as e:
            conn.send(("error", 503, str(e)))
            os._exit(0)   # the evaluation thread cannot be stopped: end the process, the pool starts another
        except kgstore.QueryError as e:
            conn.send(("error", 400, str(e)))
        except kgstore.StoreError as e:   # reopening failed (a writer compacting it): the next job tries again
            opened = -1
            conn.send(("error", 503, f"the store cannot be read just now: {e}"))


class Worker:
    def __init__(self, directory: Path):
        context = multiprocessing.get_context("spawn")   # no fork of a process running uvicorn's threads
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_work, args=(str(directory), child), daemon=True)
        self.process.start()
        child.close()

    def receive(self, deadline: float):
        """The next message, or None when the worker is silent past DEADLINE (+GRACE) or died."""
        try:
            if self.conn.poll(max(0.0, deadline + GRACE - time.monotonic())):
                return self.conn.recv()
        except (EOFError, OSError):
            pass
        return None

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class Pool:
    """SIZE worker processes over the store DIRECTORY; a query borrows one."""

    def __init__(self, directory: Path, size: int):
        self.directory, self.size = directory, max(1, size)
        self.idle: asyncio.Queue[Worker] = asyncio.Queue()
        self.all: set[Worker] = set()
        self.generation = 0   # raised when the store changed: a worker reopens it before its next query

    async def start(self) -> None:
        for _ in range(self.size):
            await self.replace(None)

    async def replace(self, worker: Worker | None) -> None:
        if worker is not None:
            self.all.discard(worker)
            await asyncio.to_thread(worker.kill)
        fresh = await asyncio.to_thread(Worker, self.directory)
        self.all.add(fresh)
        self.idle.put_nowait(fresh)

    def release(self, worker: Worker) -> None:
        self.idle.put_nowait(worker)

    def stop(self) -> None:
        for worker in self.all:
            worker.kill()
        self.all.clear()


# --- answers kept while the store is unchanged ---------------------------------------------------------

class Answers:
    """Complete answers (media type, body, time kept) by (query, media type), least recently used dropped
    first once they pass LIMIT bytes; an answer larger than an eighth of LIMIT is not kept. LIMIT 0 keeps none.

    >>> answers = Answers(1 << 20)
    >>> answers.put(("ASK {}", "*/*"), "application/sparql-results+json", b'{"boolean": true}')
    >>> answers.get(("ASK {}", "*/*"))[:2]
    ('application/sparql-results+json', b'{"boolean": true}')
    """

    def __init__(self, limit: int):
        self.limit, self.size = limit, 0
        self.kept: collections.OrderedDict[tuple, tuple[str, bytes, float]] = collections.OrderedDict()
        self.starts: dict[int, list[int] | None] = {}   # id(body) -> where its rows start (sparql.row_starts)
        self.compressed: dict[int, bytes] = {}   # id(body) -> the kept body gzip-compressed

    async def gzipped(self, kept: bytes, body: bytes, whole: bool) -> bytes:
        """BODY (KEPT itself, or cut from it) gzip-compressed, in a thread (zlib lets go of the GIL); when WHOLE
        (BODY is what the query itself is answered with) the compressed form is kept until KEPT is dropped."""
        found = self.compressed.get(id(kept)) if whole else None
        if found is None:
            found = await asyncio.to_thread(gzip.compress, body, 6, mtime=0)
            if whole and any(value[1] is kept for value in self.kept.values()):
                self.compressed[id(kept)] = found
        return found

    def row_starts(self, media: str, body: bytes) -> list[int] | None:
        """Where the rows of a kept BODY start, found once (a page of a listing is then one slice)."""
        if id(body) not in self.starts:
            self.starts[id(body)] = sparql.row_starts(media, body)
        return self.starts[id(body)]

    def get(self, key: tuple) -> tuple[str, bytes, float] | None:
        found = self.kept.get(key)
        if found is not None:
            self.kept.move_to_end(key)
        return found

    def put(self, key: tuple, media: str, body: bytes, headers: dict | None = None) -> None:
        """Keep BODY under KEY (in place of what was kept there: a listing kept whole replaces its first rows)."""
        if not self.limit or len(body) * 8 > self.limit:
            return
        if key in self.kept:
            if (headers or {}).get(INCOMPLETE) and not self.kept[key][3].get(INCOMPLETE):
                return   # a listing kept whole stays
            self.size -= len(self.kept[key][1])
            self._forget(self.kept.pop(key)[1])
        self.kept[key] = (media, body, time.monotonic(), headers or {})
        self.size += len(body)
        while self.size > self.limit:
            _, (_, dropped, *_) = self.kept.popitem(last=False)
            self.size -= len(dropped)
            self._forget(dropped)

    def _forget(self, body: bytes) -> None:
        self.starts.pop(id(body), None)
        self.compressed.pop(id(body), None)

    def clear(self) -> None:
        self.kept.clear()
        self.starts.clear()
        self.compressed.clear()
        self.size = 0


def store_state(directory: Path) -> tuple[int, int] | None:
    """What changes when a build writes the store: manifest.json's modification time and size."""
    try:
        info = (directory / kgstore.MANIFEST).stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


def _follow_store(app_state) -> None:
    """When the store changed since the last query: drop the kept answers, let the workers reopen it,
    evaluate the ready-made listings again."""
    state = store_state(app_state.directory)
    if state == app_state.store_state:
        return
    app_state.store_state = state
    app_state.answers.clear()
    app_state.pool.generation += 1
    app_state.warming.cancel()
    app_state.warming = asyncio.create_task(_warm(app_state))


async def _warm(app_state) -> None:
    """Evaluate the ready-made queries without parameters and keep their answers (as SPARQL JSON, what the
    query page asks for), one at a time, so queries from clients still find idle workers. They are evaluated
    without the row limit, so that every page of a listing (kg.sparql.paged) is cut from the kept answer."""
    if not app_state.answers.limit:
        return
    whole = sparql.Limits(app_state.limits.seconds, 0)
    for query in named_queries.list_queries().values():
        if query.params:
            continue
        kept = app_state.answers.get((query.render().strip(), JSON_RESULTS))
        if kept is None or kept[3].get(INCOMPLETE):   # not kept, or only its first rows
            response = await _answer(app_state, query.render(), JSON_RESULTS, whole)
            if isinstance(response, StreamingResponse):
                async for _ in response.body_iterator:   # _stream keeps the answer as it ends
                    pass


# --- the SPARQL endpoint -----------------------------------------------------------------------------

def _error(status: int, message: str) -> PlainTextResponse:
    return PlainTextResponse(message + "\n", status_code=status)


async def _request_query(request: Request) -> tuple[str | None, str | None]:
    """(query, problem) of a SPARQL 1.1 Protocol request."""
    params = request.query_params
    if "update" in params:
        return None, "read-only: updates are refused (this endpoint only answers queries)"
    text = params.get("query")
    if request.method == "POST":
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind in QUERY_TYPES:
            text = (await request.body()).decode("utf-8", errors="replace")
        elif kind == FORM_TYPE:
            form = urllib.parse.parse_qs((await request.body()).decode("utf-8", errors="replace"))
            if "update" in form:
                return None, "read-only: updates are refused (this endpoint only answers queries)"
            text = (form.get("query") or [None])[0]
        elif kind == "application/sparql-update":
            return None, "read-only: updates are refused (this endpoint only answers queries)"
        else:
            return None, f"unsupported Content-Type {kind or '(none)'}: use application/sparql-query or a form"
    if "default-graph-uri" in params or "named-graph-uri" in params:
        return None, "default-graph-uri / named-graph-uri are not supported: the default graph is the union " \
                     "of all bulletins; use GRAPH in the query"
    return text, None


async def endpoint(request: Request) -> Response:
    text, problem = await _request_query(request)
    if problem:
        return _error(400, problem)
    if not text:
        return service_description(request)
    try:
        checked = await asyncio.to_thread(sparql.check, text)   # parsing takes milliseconds: not on the event loop
    except kgstore.QueryError as e:
        return _error(400, str(e))
    accept = request.headers.get("accept")
    if checked.form is not None:   # kept answers are found by media type, not by how a client spells Accept
        accept = sparql.negotiate(accept, graph=checked.form in ("CONSTRUCT", "DESCRIBE"))
        if accept is None:
            return _error(406, f"cannot answer a {checked.form} query as {request.headers.get('accept')}")
    _follow_store(request.app.state)
    return await _answer(request.app.state, text, accept, gzip_ok=accepts_gzip(request.headers))


def _kept_cut(state, kept: tuple, offset: int = 0, limit: int | None = None) -> tuple[bytes, dict] | None:
    """(body, headers) of a kept answer, or of its rows OFFSET to OFFSET + LIMIT, cut at the row limit (a listing
    is kept whole); None when the rows asked for cannot be cut from it (a format not one row a line, or past the
    rows a row limit left in it): then the query is evaluated."""
    media, body, kept_at, headers = kept
    rows = state.limits.rows or None
    whole = not offset and limit is None
    if whole and rows is None:
        return body, headers
    wanted = min(n for n in (limit, rows) if n is not None)
    cut = sparql.rows_of(media, body, offset, wanted, state.answers.row_starts(media, body))
    if cut is None:   # only a whole answer, which a row limit held, can be sent as it is
        return (body, headers) if whole else None
    body, total = cut
    truncated = INCOMPLETE in headers   # kept cut at the row limit: there are rows past its last
    if truncated and offset + wanted > total:
        return None
    headers = {k: v for k, v in headers.items() if k != INCOMPLETE}
    beyond = total - offset > wanted or (truncated and offset + wanted >= total)
    if beyond and rows is not None and (limit is None or limit > rows):   # the row limit, not the page, cut it
        headers[INCOMPLETE] = f"rows cut at the row limit of {rows} (set it with --limit)"
    return body, headers


async def _kept_response(state, kept: tuple, offset: int, limit: int | None, gzip_ok: bool) -> Response | None:
    """The response of _kept_cut; gzip-compressed when the client accepts it and it is large (a listing of a
    million triples is tens of megabytes of JSON, and sending it to several clients at once is what took the
    time, not finding it). The compressed form of an answer itself (not a page of it) is kept beside it."""
    cut = _kept_cut(state, kept, offset, limit)
    if cut is None:
        return None
    body, headers = cut
    if gzip_ok and len(body) >= COMPRESS_MIN:
        body = await state.answers.gzipped(kept[1], body, offset == 0 and limit is None)
        headers = {**headers, "Content-Encoding": "gzip"}
    # Age (RFC 9111): the answer was kept, this many seconds ago
    return Response(body, media_type=_with_charset(kept[0]),
                    headers={"Age": str(int(time.monotonic() - kept[2])), "Vary": "Accept, Accept-Encoding",
                             **headers})


async def _from_kept(state, text: str, accept: str | None, gzip_ok: bool) -> Response | None:
    """The response cut from a kept answer: of TEXT itself, or of the query TEXT is a page of (LIMIT … OFFSET …
    appended). When the same query is being evaluated for another client, its answer is awaited (single
    flight: identical concurrent asks are evaluated once)."""
    page = sparql.page_of_query(text)
    for key, offset, limit in (((text.strip(), accept), 0, None),
                               *([((page[0], accept), page[1], page[2])] if page else [])):
        if key in state.flights and state.answers.get(key) is None:
            with contextlib.suppress(asyncio.TimeoutError):   # past the time limit: evaluate it here
                await asyncio.wait_for(state.flights[key].wait(), (state.limits.seconds or 10 ** 6) + GRACE)
        kept = state.answers.get(key)
        if kept is not None:
            response = await _kept_response(state, kept, offset, limit, gzip_ok)
            if response is not None:
                return response
    return None


async def _answer(state, text: str, accept: str | None, limits: sparql.Limits | None = None,
                  gzip_ok: bool = False) -> Response:
    """The response to a checked query: cut from a kept answer (gzip-compressed when GZIP_OK and it is large),
    or the rows a worker streams, or an error."""
    response = None if limits is not None else await _from_kept(state, text, accept, gzip_ok)
    if response is not None:
        return response
    key = (text.strip(), accept)
    flight = asyncio.Event()
    if state.answers.limit and key not in state.flights:
        state.flights[key] = flight

    def landed() -> None:   # the answer is kept (or will not be): whoever waits for it goes on
        if state.flights.get(key) is flight:
            del state.flights[key]
        flight.set()
    try:
        return await _evaluate(state, text, accept, limits or state.limits, landed)
    except BaseException:
        landed()
        raise


async def _evaluate(state, text: str, accept: str | None, limits: sparql.Limits, landed) -> Response:
    """The rows of TEXT a worker streams (kept as they end, then LANDED is called), or an error."""
    key = (text.strip(), accept)
    generation = state.pool.generation
    worker = await state.pool.idle.get()
    deadline = time.monotonic() + (limits.seconds or 10 ** 9)
    worker.conn.send((text, accept, limits.seconds, limits.rows, generation))
    head = await asyncio.to_thread(worker.receive, deadline)
    first = await asyncio.to_thread(worker.receive, deadline) if head and head[0] == "head" else head
    if not first or first[0] not in ("data", "end"):   # no result: an error, or silent past the limit
        if first and first[1] != 503:
            state.pool.release(worker)
        else:
            await state.pool.replace(worker)
        landed()
        if first:
            return _error(first[1], first[2])
        return _error(503, f"query cut at the time limit of {limits.seconds:g} s")

    def keep(body: bytes | None) -> None:   # an answer read while the store changed is not kept
        if body is not None and generation == state.pool.generation:
            state.answers.put(key, head[1], body, headers)
        landed()
    headers = {INCOMPLETE: head[2]} if head[2] else {}
    body = _stream(state.pool, worker, first, deadline, keep, state.answers.limit)
    if not limits.rows and state.limits.rows:   # a listing evaluated whole (_warm) is sent cut at the row limit
        return StreamingResponse(_kept_stream(state, body, key), media_type=_with_charset(head[1]))
    return StreamingResponse(body, media_type=_with_charset(head[1]), headers=headers)


async def _kept_stream(state, body, key):
    """Drain BODY (which keeps the answer), then send what _kept_cut cuts from it (nothing when it was not
    kept: only _warm, which reads nothing, asks for a listing whole)."""
    async for _ in body:
        pass
    kept = state.answers.get(key)
    cut = _kept_cut(state, kept) if kept is not None else None
    if cut is not None:
        yield cut[0]


def accepts_gzip(headers) -> bool:
    """Whether a request's Accept-Encoding allows gzip (RFC 9110: not when its weight is 0).

    >>> accepts_gzip({"accept-encoding": "gzip, deflate, br"}), accepts_gzip({"accept-encoding": "gzip;q=0"})
    (True, False)
    """
    weights = {}
    for item in headers.get("accept-encoding", "").split(","):
        coding, *params = [part.strip().lower() for part in item.split(";")]
        weight = next((part[2:] for part in params if part.startswith("q=")), "1")
        try:
            weights[coding] = float(weight)
        except ValueError:
            weights[coding] = 0.0
    return weights.get("gzip", weights.get("*", 0.0)) > 0


def _with_charset(media: str) -> str:
    return media + "; charset=utf-8" if media.startswith("text/") else media


async def _stream(pool: Pool, worker: Worker, first, deadline: float, keep, keep_limit: int):
    """The response body: the pieces the worker sends; a worker cut off or left half-way is replaced. A
    complete answer of at most KEEP_LIMIT / 8 bytes is handed to KEEP."""
    finished = False
    pieces, size = [], 0
    try:
        message = first
        while message and message[0] == "data":
            yield message[1]
            size += len(message[1])
            if size * 8 <= keep_limit:
                pieces.append(message[1])
            message = await asyncio.to_thread(worker.receive, deadline)
        finished = bool(message) and message[0] == "end" and not message[1]
    finally:
        if finished:
            pool.release(worker)
        else:
            await pool.replace(worker)
        keep(b"".join(pieces) if finished and size * 8 <= keep_limit else None)


SERVICE_DESCRIPTION = """@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix f: <http://www.w3.org/ns/formats/> .
<{url}> a sd:Service ;
  sd:endpoint <{url}> ;
  sd:supportedLanguage sd:SPARQL11Query ;
  sd:feature sd:UnionDefaultGraph ;
  sd:resultFormat f:SPARQL_Results_JSON, f:SPARQL_Results_XML, f:SPARQL_Results_CSV, f:SPARQL_Results_TSV,
    f:Turtle, f:N-Triples, f:JSON-LD ;
  sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ] ] .
"""


def service_description(request: Request) -> Response:
    """The SPARQL 1.1 Service Description of this endpoint, as Turtle, N-Triples or JSON-LD."""
    import pyoxigraph as ox
    turtle = SERVICE_DESCRIPTION.format(url=str(request.url.replace(query="")))
    media = sparql.negotiate(request.headers.get("accept"), graph=True) or "text/turtle"
    if media == "text/turtle":
        return Response(turtle, media_type="text/turtle; charset=utf-8")
    body = ox.serialize(ox.parse(turtle, format=ox.RdfFormat.TURTLE), format=sparql.GRAPH_TYPES[media])
    return Response(body, media_type=_with_charset(media))


# --- the query page and the ready-made queries --------------------------------------------------------

async def list_ready_made(request: Request) -> Response:
    return JSONResponse([{"name": q.name, "summary": q.summary, "description": q.description,
                          "params": q.params, "example": q.example_values}
                         for q in named_queries.list_queries().values()])


async def ready_made(request: Request) -> Response:
    """The text of a ready-made query with its parameters filled in (kg.named_queries.render_query escapes them)."""
    name = request.path_params["name"].removesuffix(".rq")
    queries = named_queries.list_queries()
    if name not in queries:
        return _error(404, f"no ready-made query {name!r}")
    params = dict(request.query_params)
    page, size = params.pop("page", None), params.pop("size", None)   # a page of the rows (kg.sparql.paged)
    try:
        text = queries[name].render(params)
        if page is not None or size is not None:
            text = sparql.paged(text, page, size)
    except kgstore.QueryError as e:
        return _error(400, f"query {name}: {e}")
    return PlainTextResponse(text, media_type="application/sparql-query")


async def query_page(request: Request) -> Response:
    return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")


async def graph_view(request: Request) -> Response:
    path = request.app.state.directory / "graph.html"
    if not path.is_file():
        return _error(404, f"no graph view in {request.app.state.directory} (write one with: kg view)")
    return FileResponse(path, media_type="text/html; charset=utf-8")


KEEP_MB = 256   # default memory for kept answers (kg serve --keep)


def create_app(directory: str | Path, *, workers: int = 2, limits: sparql.Limits = sparql.Limits(),
               keep_mb: float = KEEP_MB) -> Starlette:
    """The ASGI application serving the store in DIRECTORY (see the module's docstring for the routes)."""
    directory = Path(directory)
    if not kgstore.exists(directory):
        raise kgstore.StoreError(f"no store in {directory} (build one with: kg build PATH... -o {directory})")

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        app.state.store_state = store_state(directory)
        app.state.pool = Pool(directory, workers)
        await app.state.pool.start()
        app.state.warming = asyncio.create_task(_warm(app.state))
        try:
            yield
        finally:
            app.state.warming.cancel()
            app.state.pool.stop()

    app = Starlette(
        routes=[Route("/sparql", endpoint, methods=["GET", "POST"]),
                Route("/", query_page), Route("/graph", graph_view),
                Route("/queries", list_ready_made), Route("/queries/{name}", ready_made),
                Mount("/static", StaticFiles(directory=STATIC), name="static")],
        middleware=[Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"],
                               allow_headers=["*"], expose_headers=[INCOMPLETE, "Age"], max_age=3600)],
        lifespan=lifespan)
    app.state.directory = directory
    app.state.limits = limits
    app.state.answers = Answers(int(keep_mb * (1 << 20)))
    app.state.flights = {}   # (query, media type) -> asyncio.Event set once its answer is kept (or not)
    return app


def run(directory: str | Path, *, host: str = "127.0.0.1", port: int = 7878, workers: int = 2,
        limits: sparql.Limits = sparql.Limits(), keep_mb: float = KEEP_MB) -> None:
    """Serve DIRECTORY with uvicorn until interrupted (binds 127.0.0.1 unless told otherwise)."""
    import uvicorn
    app = create_app(directory, workers=workers, limits=limits, keep_mb=keep_mb)
    with contextlib.suppress(kgstore.StoreError), kgstore.Store(directory, create=False, read_only=True) as store:
        if store.outdated:
            print(store.outdated, file=sys.stderr)
    print(f"kg serve: http://{host}:{port}/ (query page), http://{host}:{port}/sparql (endpoint); "
          f"time limit {limits.seconds:g} s, row limit {limits.rows or 'none'}", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", timeout_graceful_shutdown=2)


# --- the command `kg serve` (registered by kg/cli.py) ------------------------------------------------

DESCRIPTION = ("A SPARQL 1.1 Protocol endpoint at /sparql (GET and POST; results as SPARQL JSON, XML, CSV, TSV; "
               "graphs as Turtle, N-Triples, JSON-LD, by the Accept header), the query page at / with the "
               "ready-made queries, the graph view at /graph. Read-only: updates, LOAD and SERVICE are "
               "refused; each query has a time limit and a row limit.")


def add_arguments(parser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    parser.add_argument("--port", type=int, default=7878, help="port (default 7878)")
    parser.add_argument("--timeout", type=float, default=sparql.DEFAULT_SECONDS, metavar="S",
                        help=f"time limit per query in seconds (default {sparql.DEFAULT_SECONDS:g})")
    parser.add_argument("--limit", type=int, default=sparql.DEFAULT_ROWS, metavar="N",
                        help=f"row limit per query (default {sparql.DEFAULT_ROWS}; 0 = none)")
    parser.add_argument("--workers", type=int, default=2, metavar="N",
                        help="query worker processes (default 2); a query past its time limit costs its worker")
    parser.add_argument("--keep", type=float, default=KEEP_MB, metavar="MB",
                        help=f"memory for answers kept until the store changes (default {KEEP_MB}; 0 = none)")


def run_command(args) -> int:
    run(args.store, host=args.host, port=args.port, workers=args.workers,
        limits=sparql.Limits(seconds=args.timeout, rows=args.limit), keep_mb=args.keep)
    return 0
