"""Read-only SPARQL with limits: the one set of rules for `kg query`, `kg serve` and remote endpoints.

A query is checked before anything is evaluated (`check`): it is parsed with rdflib's SPARQL parser and
translated to algebra, so updates (INSERT, DELETE, LOAD, DROP…) are refused as "read-only", a SERVICE
clause anywhere is refused (it would make the tool send requests to any address the query names), and an
unknown prefix is named in one line. Then `evaluate` runs it on the store in a thread and hands the rows
over one by one, so they stream, memory stays bounded, Ctrl-C stops the wait and a time limit and a row
limit hold.

    >>> from kg.store import Store
    >>> with Store("out", create=False, read_only=True) as store:       # doctest: +SKIP
    ...     answer = run(store, "SELECT ?p WHERE { ?p a foaf:Person }", Limits(seconds=5, rows=10))
    ...     for row in answer.rows:
    ...         print(row)
"""
from __future__ import annotations

import csv
import functools
import io
import json
import queue
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Iterator
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox
import rdflib
from pyparsing import ParseException, ParseResults
from rdflib.plugins.sparql import algebra, parser
from rdflib.plugins.sparql.parserutils import CompValue

from kg import store as kgstore
from kg import named_queries
from kg.store import QueryError

FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
DEFAULT_SECONDS = 30.0
DEFAULT_ROWS = 10000

# how an rdflib update operation is called in a message
_UPDATE_NAMES = {"InsertData": "INSERT DATA", "DeleteData": "DELETE DATA", "DeleteWhere": "DELETE WHERE",
                 "Modify": "INSERT/DELETE", "Load": "LOAD", "Clear": "CLEAR", "Drop": "DROP",
                 "Create": "CREATE", "Add": "ADD", "Move": "MOVE", "Copy": "COPY"}
# the safety net when rdflib cannot parse a query oxigraph may still accept: SERVICE as a keyword outside
# strings, IRIs and comments (kg.store's tokens) is refused all the same
_SERVICE_WORD = re.compile(r"(?<![\w?$:])SERVICE(?![\w:-])", re.IGNORECASE)
_UPDATE_WORD = re.compile(r"^\s*(?:(?:PREFIX\s+[^:\s]*:\s*|BASE\s*)<>\s*)*"
                          r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE)


class Refused(QueryError):
    """The query would change the store or reach out to the network; it is not evaluated."""


class TimeLimit(QueryError):
    """The query ran past its time limit and was stopped."""


@dataclass(frozen=True)
class Limits:
    """Per-query limits: wall-clock seconds and result rows (0 = no limit)."""
    seconds: float = DEFAULT_SECONDS
    rows: int = DEFAULT_ROWS


@dataclass(frozen=True)
class Checked:
    """A query that passed `check`: its form (SELECT, ASK, CONSTRUCT, DESCRIBE; None when only oxigraph's
    parser accepts it)."""
    sparql: str
    form: str | None


def _masked(sparql: str) -> str:
    """SPARQL with strings, IRIs and comments blanked out (kg.store's tokens), so keywords stand alone."""
    return named_queries._TOKENS.sub(lambda m: m.group(0) if m.group(1) else "<>", sparql)


def _refuse_update(request) -> None:
    names = sorted({_UPDATE_NAMES.get(op.name, op.name) for op in request})
    raise Refused(f"read-only: {', '.join(names)} is an update and this store only answers queries")


def _walk(node) -> Iterator:
    """Every algebra / parse node under NODE (CompValue, ParseResults, lists)."""
    if isinstance(node, CompValue):
        yield node
        children = node.values()
    elif isinstance(node, (list, tuple, ParseResults)):
        children = node
    else:
        return
    for child in children:
        yield from _walk(child)


def _plain_literals(tree) -> tuple[str, ...]:
    found = []
    for node in _walk(tree):
        for triple in node.get("triples") or ():
            obj = triple[2] if len(triple) == 3 else None
            if isinstance(obj, rdflib.Literal) and obj.language is None and obj.datatype is None:
                found.append(str(obj))
    return tuple(dict.fromkeys(found))


_PARSER_LOCK = threading.Lock()   # pyparsing, under rdflib's SPARQL parser, is not thread-safe


def _blank_strings(sparql: str) -> str:
    """SPARQL with every string literal emptied (its quotes, language tag or datatype kept): what check
    decides does not depend on the strings, so a ready-made query asked for a thousand persons is parsed once."""
    def blank(m: re.Match) -> str:
        token = m.group(0)
        if token.startswith(('"""', "'''")):
            return token[:3] * 2
        return token[0] * 2 if token[0] in "\"'" else token
    return named_queries._TOKENS.sub(blank, sparql)


def check(sparql: str) -> Checked:
    """Parse SPARQL and refuse what a read-only, offline endpoint must not run.

    Raises Refused for an update (INSERT, DELETE, LOAD, DROP, …) or a SERVICE clause, QueryError for an
    unknown prefix or a query neither rdflib nor oxigraph could parse; nothing is evaluated.

    >>> check("SELECT * WHERE { ?s ?p ?o }").form
    'SELECT'
    >>> check("DROP ALL")
    Traceback (most recent call last):
    kg.sparql.Refused: read-only: DROP is an update and this store only answers queries
    """
    page = page_of_query(sparql)   # a page of a query is judged as the query: one parse for all its pages
    return Checked(sparql, _verdict(_blank_strings(page[0] if page else sparql)))


@functools.lru_cache(maxsize=512)
def _verdict(sparql: str) -> str | None:
    """The form of SPARQL, or the error check raises; rdflib's parser takes tens of milliseconds."""
    with _PARSER_LOCK:
        return _check(sparql)


def _parse(sparql: str):
    """rdflib's parse and algebra of a query (CompValue), or None when rdflib cannot parse it; QueryError
    for an unknown prefix (named in one line)."""
    try:
        parsed = parser.parseQuery(sparql)
    except ParseException:
        return None
    try:
        return algebra.translateQuery(parsed, initNs=kgstore.PREFIXES)
    except Exception as e:   # rdflib raises a bare Exception for an unknown prefix
        message = " ".join(str(e).split())
        if m := re.match(r"Unknown namespace prefix : (\S*)", message):
            raise QueryError(f"unknown prefix {m.group(1)}: (declare it with PREFIX {m.group(1)}: <…>; "
                             f"predeclared: {' '.join(p + ':' for p in kgstore.PREFIXES)})") from None
        raise QueryError(f"invalid SPARQL: {message}") from None


def _check(sparql: str) -> str | None:
    translated = _parse(sparql)
    if translated is None:
        try:
            update = parser.parseUpdate(sparql)
        except ParseException:
            update = None
        if update is not None and len(update.request):
            _refuse_update(update.request)
        if _UPDATE_WORD.match(_masked(sparql)):
            raise Refused("read-only: this is an update and this store only answers queries") from None
        if _SERVICE_WORD.search(_masked(sparql)):
            raise Refused("SERVICE is refused: queries run on this store only, never on other endpoints") from None
        return None   # oxigraph's parser has the last word (and the clearer message)
    if any(node.name == "ServiceGraphPattern" for node in _walk(translated.algebra)):
        raise Refused("SERVICE is refused: queries run on this store only, never on other endpoints")
    form = translated.algebra.name.removesuffix("Query").upper()
    return form if form in FORMS else None


def plain_literals(sparql: str) -> tuple[str, ...]:
    """The plain string literals a (checked) query matches triples against, e.g. the "杨利民" of
    `?p foaf:name "杨利民"` (for the language-tag hint)."""
    with _PARSER_LOCK:
        translated = _parse(sparql)
    return _plain_literals(translated.algebra) if translated is not None else ()


# --- evaluation --------------------------------------------------------------------------------------

_DONE = object()


@dataclass
class Answer:
    """What a query gives: its form, its variables (SELECT), and rows: tuples of pyoxigraph terms
    (SELECT), triples (CONSTRUCT, DESCRIBE) or one (bool,) (ASK). `truncated` is set once the row
    limit cut the rows short; iterating past the time limit raises TimeLimit."""
    form: str
    variables: list[str]
    rows: Iterator
    truncated: bool = False
    limits: Limits = field(default_factory=Limits)
    cut: str | None = None   # set by `write` when the time limit stopped the rows half-way


class _Producer(threading.Thread):
    """Evaluates in its own thread (pyoxigraph releases the GIL) and passes items through a bounded
    queue; the consumer waits in short steps, so Ctrl-C and the deadline are seen at once. A query cut
    off keeps its thread until it ends: `kg query` exits, a `kg serve` worker process is replaced."""

    def __init__(self, store: kgstore.Store, sparql: str):
        super().__init__(daemon=True, name="sparql")
        self.store, self.sparql = store, sparql
        self.items: queue.Queue = queue.Queue(maxsize=1024)
        self.stopped = threading.Event()

    def _put(self, item) -> bool:
        while not self.stopped.is_set():
            try:
                self.items.put(item, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False

    def run(self) -> None:
        try:
            result = self.store.raw_query(self.sparql)
            if isinstance(result, ox.QueryBoolean):
                self._put(("head", "ASK", []))
                self._put((bool(result),))
            elif isinstance(result, ox.QuerySolutions):
                variables = [v.value for v in result.variables]
                self._put(("head", "SELECT", variables))
                for solution in result:
                    if not self._put(tuple(solution[v] for v in variables)):
                        return
            else:
                self._put(("head", "TRIPLES", []))
                for triple in result:
                    if not self._put(triple):
                        return
            self._put(_DONE)
        except QueryError as e:
            self._put(e)
        except (OSError, ValueError, TypeError, RuntimeError, SyntaxError) as e:
            self._put(QueryError(f"query failed: {kgstore._one_line(e)}"))

    def next(self, deadline: float, seconds: float):
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self.stopped.set()
                raise TimeLimit(f"query cut at the time limit of {seconds:g} s (set it with --timeout)")
            try:
                item = self.items.get(timeout=min(remaining, 0.1))
            except queue.Empty:
                continue
            if isinstance(item, QueryError):
                raise item
            return item


def evaluate(store: kgstore.Store, sparql: str, limits: Limits = Limits()) -> Answer:
    """Start evaluating SPARQL (already checked) over the store's union graph; rows stream from the answer.

    Raises QueryError at once for a parse error, TimeLimit when even the first row is later than the limit.
    """
    producer = _Producer(store, sparql)
    deadline = time.monotonic() + limits.seconds if limits.seconds else float("inf")
    producer.start()
    _, form, variables = producer.next(deadline, limits.seconds)
    answer = Answer(form, variables, iter(()), limits=limits)

    def rows() -> Iterator:
        count = 0
        try:
            while True:
                item = producer.next(deadline, limits.seconds)
                if item is _DONE:
                    return
                if limits.rows and count >= limits.rows:
                    answer.truncated = True
                    return
                count += 1
                yield item
        finally:
            producer.stopped.set()

    answer.rows = rows()
    return answer


def settle(answer: Answer) -> Answer:
    """Draw ANSWER's rows up to its row limit before anything is written, so that whether a limit cut them
    is known first (kg serve says so in a header): the rows then come from memory. Past the time limit the
    rows so far stay and answer.cut says so; TimeLimit when there are none. Memory is bounded by the limit.

    >>> answer = settle(evaluate(store, "SELECT ?s WHERE { ?s ?p ?o }", Limits(rows=2)))   # doctest: +SKIP
    >>> answer.truncated, len(list(answer.rows))                                         # doctest: +SKIP
    (True, 2)
    """
    rows = []
    try:
        rows.extend(answer.rows)
    except TimeLimit as e:
        if not rows:
            raise
        answer.cut = str(e)
    answer.rows = iter(rows)
    return answer


def incomplete(answer: Answer) -> str | None:
    """Why ANSWER's rows are not all the query's (a limit cut them), or None."""
    if answer.cut:
        return answer.cut
    if answer.truncated:
        return f"rows cut at the row limit of {answer.limits.rows} (set it with --limit)"
    return None


def run(store: kgstore.Store, sparql: str, limits: Limits = Limits()) -> Answer:
    """check, then evaluate: the whole read-only rule set.

    >>> with Store("out", create=False, read_only=True) as store:     # doctest: +SKIP
    ...     list(run(store, "ASK { ?s ?p ?o }").rows)
    [(True,)]
    """
    check(sparql)
    return evaluate(store, sparql, limits)


def language_hint(store: kgstore.Store, sparql: str) -> str | None:
    """When a query matched a plain string the store only holds with a language tag (foaf:name "杨利民"
    against "杨利民"@zh), the note that says so; None otherwise."""
    for text in plain_literals(sparql):
        probe = ("SELECT (LANG(?o) AS ?lang) WHERE { ?s ?p ?o FILTER(isLiteral(?o) && LANG(?o) != '' && "
                 f"STR(?o) = {named_queries.sparql_string(text)}) }} LIMIT 1")
        answer = evaluate(store, probe, Limits(seconds=10, rows=1))
        for (lang,) in answer.rows:
            return (f'note: "{text}" is stored with a language tag: write "{text}"@{lang.value}, '
                    f'or FILTER(STR(?x) = "{text}")')
    return None


# --- SPARQL results formats, written as the rows come ---------------------------------------------------

RESULT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
               "text/plain": ox.RdfFormat.N_TRIPLES, "application/ld+json": ox.RdfFormat.JSON_LD,
               "application/rdf+xml": ox.RdfFormat.RDF_XML}


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def _xml_term(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if term.language:
        return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
    if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
    return f"<literal>{escape(term.value)}</literal>"


def _csv_term(term) -> str:
    if term is None:
        return ""
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value


def _json_lines(answer: Answer) -> Iterator[str]:
    if answer.form == "ASK":
        yield json.dumps({"head": {}, "boolean": next(answer.rows)[0]})
        return
    yield json.dumps({"head": {"vars": answer.variables}})[:-1] + ', "results": {"bindings": [\n'
    for i, row in enumerate(answer.rows):
        binding = {n: _json_term(t) for n, t in zip(answer.variables, row) if t is not None}
        yield ("," if i else "") + json.dumps(binding, ensure_ascii=False) + "\n"
    yield "]}}\n"


def _xml_lines(answer: Answer) -> Iterator[str]:
    yield '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>'
    yield "".join(f"<variable name={quoteattr(n)}/>" for n in answer.variables) + "</head>\n"
    if answer.form == "ASK":
        yield f"<boolean>{'true' if next(answer.rows)[0] else 'false'}</boolean>\n</sparql>\n"
        return
    yield "<results>\n"
    for row in answer.rows:
        yield "<result>" + "".join(f"<binding name={quoteattr(n)}>{_xml_term(t)}</binding>"
                                   for n, t in zip(answer.variables, row) if t is not None) + "</result>\n"
    yield "</results>\n</sparql>\n"


def _csv_lines(answer: Answer) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    if answer.form == "ASK":
        writer.writerows([["boolean"], ["true" if next(answer.rows)[0] else "false"]])
        yield buf.getvalue()
        return
    writer.writerow(answer.variables)
    for row in answer.rows:
        writer.writerow([_csv_term(t) for t in row])
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()
    yield buf.getvalue()


def _tsv_lines(answer: Answer) -> Iterator[str]:
    """Terms in their N-Triples / SPARQL syntax."""
    yield "\t".join(f"?{n}" for n in answer.variables) + "\n"
    for row in answer.rows:
        if answer.form == "ASK":
            yield "true\n" if row[0] else "false\n"
        else:
            yield "\t".join("" if t is None else str(t) for t in row) + "\n"


# SPARQL 1.1 Query Results formats, one piece per row
_RESULT_WRITERS = {"json": _json_lines, "xml": _xml_lines, "csv": _csv_lines, "tsv": _tsv_lines}

# --- pages of a listing ---------------------------------------------------------------------------

PAGE_ROWS = 1000   # rows of a page of a listing (kg query --page, kg serve's /queries/NAME?page=N)
MAX_PAGE_ROWS = 100_000


def whole_number(name: str, value: int | str, low: int, high: int | None = None) -> int:
    """VALUE as an int from LOW (to HIGH); QueryError in one line naming NAME otherwise.

    >>> whole_number("page", "3", 1)
    3
    """
    text = str(value).strip()
    number = int(text) if re.fullmatch(r"[0-9]{1,9}", text) else None
    if number is None or number < low or (high is not None and number > high):
        upto = f" to {high}" if high is not None else ""
        raise QueryError(f"{name} takes a whole number from {low}{upto}, not {str(value)!r}")
    return number


def paged(sparql: str, page: int | str | None, size: int | str | None = None) -> str:
    r"""SPARQL (a SELECT ending with its ORDER BY) cut to page PAGE (from 1) of SIZE rows: LIMIT and OFFSET
    appended, which kg serve answers from the kept answer of SPARQL when it has one.

    >>> paged("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s", 3, 10)
    'SELECT * WHERE { ?s ?p ?o } ORDER BY ?s\nLIMIT 10 OFFSET 20\n'
    """
    number = whole_number("page", 1 if page is None else page, 1)
    rows = whole_number("page size", PAGE_ROWS if size is None else size, 1, MAX_PAGE_ROWS)
    return f"{sparql.rstrip()}\nLIMIT {rows} OFFSET {(number - 1) * rows}\n"


_PAGE = re.compile(r"\s+LIMIT\s+([0-9]{1,9})\s+OFFSET\s+([0-9]{1,12})\s*$", re.IGNORECASE)


def page_of_query(sparql: str) -> tuple[str, int, int] | None:
    r"""(the query without it, offset, limit) of a query ending with `LIMIT n OFFSET m` (as kg.sparql.paged
    writes them), or None.

    >>> page_of_query("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s\nLIMIT 10 OFFSET 20\n")
    ('SELECT * WHERE { ?s ?p ?o } ORDER BY ?s', 20, 10)
    """
    m = _PAGE.search(sparql)
    return (sparql[:m.start()].strip(), int(m.group(2)), int(m.group(1))) if m else None


def row_starts(media_type: str, body: bytes) -> list[int] | None:
    """Where each row of a SELECT answer BODY that `write` made in MEDIA_TYPE starts, and (last) where its
    rows end; None for a format whose rows are not one a line (XML and CSV may hold a line break in a value;
    SPARQL JSON and TSV escape it) or a body of another shape (ASK)."""
    kind = RESULT_TYPES.get(media_type)
    if kind not in ("json", "tsv") or not body.endswith(b"\n"):
        return None
    starts = [m.end() for m in re.finditer(b"\n", body)]
    if kind == "tsv":
        return starts
    if len(starts) < 2 or body[starts[-2]:] != b"]}}\n" or not body[:starts[0]].endswith(b"[\n"):
        return None
    return starts[:-1]


def rows_of(media_type: str, body: bytes, offset: int = 0, limit: int | None = None,
            starts: list[int] | None = None) -> tuple[bytes, int] | None:
    r"""The rows OFFSET to OFFSET + LIMIT of a SELECT answer BODY that `write` made in MEDIA_TYPE, as an
    answer of its own, and how many rows BODY holds; None when row_starts finds no rows (STARTS: what it
    found, kept by the caller, so that a page costs what its rows do).

    >>> rows_of("text/tab-separated-values", b"?s\n<a>\n<b>\n<c>\n", 1, 1)
    (b'?s\n<b>\n', 3)
    """
    starts = starts if starts is not None else row_starts(media_type, body)
    if starts is None:
        return None
    total = len(starts) - 1
    first = min(offset, total)
    last = total if limit is None else min(total, offset + limit)
    rows = body[starts[first]:starts[last]]
    if RESULT_TYPES[media_type] == "json" and first and rows:
        rows = rows[1:]   # the first row of a page has no comma before it
    return body[:starts[0]] + rows + body[starts[-1]:], total



class _Sink:
    """A file-like object for pyoxigraph's serializers: buffers bytes and hands on pieces of ~16 KB."""

    def __init__(self, write: Callable[[bytes], None], size: int = 1 << 14):
        self.write_out, self.size, self.buffer = write, size, bytearray()
        self.sent = False

    def write(self, data) -> int:
        self.buffer += data
        if len(self.buffer) >= self.size:
            self.flush()
        return len(data)

    def flush(self) -> None:
        if self.buffer:
            self.write_out(bytes(self.buffer))
            self.buffer.clear()
            self.sent = True


def _until_time_limit(answer: Answer, rows: Iterator) -> Iterator:
    """ROWS (of ANSWER) until the time limit; then answer.cut says so and the rows end."""
    try:
        yield from rows
    except TimeLimit as e:
        answer.cut = str(e)


def write(answer: Answer, media_type: str, out: Callable[[bytes], None]) -> None:
    """Serialize ANSWER in MEDIA_TYPE (a key of RESULT_TYPES or GRAPH_TYPES), handing bytes to OUT in
    pieces as rows arrive: SELECT / ASK as SPARQL results, CONSTRUCT / DESCRIBE with pyoxigraph's RDF
    serializers (prefixes of kg.store.FILE_PREFIXES).

    Past the time limit the document is closed as it stands, so it stays valid, and answer.cut is set;
    when nothing was handed to OUT yet, TimeLimit is raised instead (the caller can still answer 503)."""
    sink = _Sink(out)
    answer.rows = _until_time_limit(answer, answer.rows)
    if answer.form == "TRIPLES":
        ox.serialize(answer.rows, sink, GRAPH_TYPES[media_type], prefixes=kgstore.FILE_PREFIXES)
    else:
        for piece in _RESULT_WRITERS[RESULT_TYPES[media_type]](answer):
            sink.write(piece.encode("utf-8"))
    if answer.cut and not sink.sent:
        raise TimeLimit(answer.cut)
    sink.flush()


def negotiate(accept: str | None, graph: bool) -> str | None:
    """The media type to answer with, from an Accept header (q-values honoured): SPARQL results for
    SELECT / ASK, RDF for CONSTRUCT / DESCRIBE (GRAPH true); the first offered (JSON results, Turtle) for
    */*; None when nothing offered fits.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", graph=False)
    'application/sparql-results+xml'
    """
    offered = list(GRAPH_TYPES if graph else RESULT_TYPES)
    choices = []
    for order, part in enumerate((accept or "*/*").split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = next((float(p[2:]) for p in params if p.startswith("q=") and _is_number(p[2:])), 1.0)
        if q > 0:
            choices.append((-q, order, media.lower()))
    for _, _, media in sorted(choices):
        if media == "*/*":
            return offered[0]
        for candidate in offered:
            if media == candidate or (media.endswith("/*") and candidate.startswith(media[:-1])):
                return candidate
    return None


def _is_number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False
