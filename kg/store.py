"""The embedded on-disk store: one pyoxigraph (RocksDB) dataset per output directory.

Layout of a store directory DIR:
    DIR/store/          the pyoxigraph database; one named graph per bulletin (IRI = kg.iris.bulletin(file name))
                        and a default graph holding the union of them all, kept in step by every write
    DIR/manifest.json   which files were built: file name -> path, sha256, build time, triple count
    DIR/writing.json    the write journal (kg.journal): the new bulletins a bulk write is writing; there only during
                        such a write, or after a kill in one, which the next open for writing rolls back
    DIR/graph.ttl       written by `kg build`: the union graph as Turtle, streamed from the store
    DIR/graph.html      written by `kg build` (small stores) / `kg view`

Adding a document REPLACES its named graph, so building the same file again never duplicates anything;
the replacement, with the union's update, is one transaction. Many new bulletins at once (`kg build`) go
through pyoxigraph's bulk loader under the write journal instead (see Store.add_batch). Queries outside GRAPH
read the union.

    with Store("out") as store:
        store.add_document(kg.pipeline.process("seeds/a.txt"))
        variables, rows = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?p a foaf:Person }")
        store.export("out/graph.ttl", "turtle")
        graph = store.to_rdflib()
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import time
from itertools import chain
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox
import rdflib
from rdflib.namespace import DCTERMS, FOAF, RDFS, SKOS, XSD

from kg import iris, journal, kinds
from kg.document import Document
from kg.ontology import vocabulary_links

PREFIXES: dict[str, str] = {
    "cppcc": str(iris.CPPCC),
    "id": str(iris.ID),
    "org": str(iris.ORG),
    "foaf": str(FOAF),
    "skos": str(SKOS),
    "prov": str(iris.PROV),
    "dcterms": str(DCTERMS),
    "schema": str(iris.SCHEMA),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}

# In files the instance namespace stays unabbreviated: its local names hold '/', which Turtle escapes (id:a\/b).
FILE_PREFIXES = {k: v for k, v in PREFIXES.items() if k != "id"}

FORMATS = ("turtle", "nt", "jsonld", "trig")
EXTENSIONS = {"turtle": ".ttl", "nt": ".nt", "jsonld": ".jsonld", "trig": ".trig"}

STORE_SUBDIR = "store"
READ_ONLY_OPEN_TRIES = 5   # opens of a store another process is writing (see Store._open)
MANIFEST = "manifest.json"

_INTEGER_TYPES = {str(XSD[t]) for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                        "positiveInteger", "negativeInteger", "nonPositiveInteger",
                                        "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_FLOAT_TYPES = {str(XSD.decimal), str(XSD.double), str(XSD.float)}


class StoreError(Exception):
    """The store cannot be opened or written; the message says why (one line)."""


class QueryError(StoreError):
    """A SPARQL query is invalid or failed; the message is one line."""


def sha256_file(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def exists(directory: str | Path) -> bool:
    """Whether DIR holds a store built by `kg build`."""
    return (Path(directory) / STORE_SUBDIR).is_dir()


# --- term conversion ---------------------------------------------------------------------------------

def _to_ox(term: rdflib.term.Node):
    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, rdflib.Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot store RDF term {term!r}")


def _to_rdflib(term) -> rdflib.term.Node:
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == str(XSD.string):
            return rdflib.Literal(term.value)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(datatype))
    raise TypeError(f"unsupported RDF term {term!r}")


def to_python(term) -> object:
    """A query result term as a plain Python value: IRIs and strings as str, numbers as int/float,
    booleans as bool, blank nodes as '_:id', unbound as None."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value if term.datatype is not None else ""
        try:
            if datatype in _INTEGER_TYPES:
                return int(term.value)
            if datatype in _FLOAT_TYPES:
                return float(term.value)
            if datatype == str(XSD.boolean):
                return term.value in ("true", "1")
        except ValueError:
            pass
        return term.value
    return str(term)


def _one_line(error: BaseException, limit: int = 240) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _write_json(path: Path, data: object) -> None:
    """Write DATA to PATH as JSON atomically and synced: a reader or a kill sees the old file or the new one."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        raise StoreError(f"cannot write {path}: {_one_line(e)}") from e


# --- the store ---------------------------------------------------------------------------------------

UNION_LAYOUT = 2
"""manifest.json "layout" 2: the default graph holds the union of the named graphs, kept in step by every
write in the same transaction. Queries read it directly: pyoxigraph's union over a thousand named graphs
repeats every label and type once per bulletin that states it, and grouping over it took minutes."""

LAYOUT = 3
"""Layout 3: every org:Membership has an rdfs:label, its organization's name and its role (kg.rdf.post_label),
so that a query listing posts reads one label instead of the role's and the organization's (bulletin-persons:
four index lookups a post less). A store of an older layout gets them when it is opened for writing."""

MANIFEST_SAVE_SECONDS = 2.0   # during a build the manifest is saved at most this often (and at close):
# saving it after each of N bulletins would write O(N²) bytes; what a kill loses is recovered at open

FLUSH_QUADS = 100_000   # RocksDB keeps writes in memory until a flush: flushing after this many quads
# keeps a build's memory flat (about 100 MB of buffers) however large the store grows

COMPACT_QUADS = 100_000   # a writer that wrote at least this many quads compacts the store as it closes: the bulk
# loader's ingested files and RocksDB's unmerged levels make every index lookup of a query search several files;
# compacted, the lookups of a query cost a half to a third (benchmarks/README.md, bench_endpoint.py), for about
# 2.5 s of CPU per million triples, so a build of one bulletin does not pay it


class ManifestError(StoreError):
    """manifest.json cannot be read or has the wrong shape."""


def repair_hint(directory: str | Path) -> str:
    return f"`kg repair -s {directory}` repairs it"


def manifest_problem(data: object) -> str | None:
    """What is wrong with the shape of a parsed manifest.json, or None."""
    if not isinstance(data, dict):
        return "not a JSON object"
    files = data.get("files", {})
    if not isinstance(files, dict):
        return '"files" is not an object'
    bad = next((name for name, entry in files.items() if not isinstance(entry, dict)), None)
    if bad is not None:
        return f"the entry of {bad!r} is not an object"
    if not isinstance(data.get("layout", 0), int):
        return '"layout" is not a number'
    return None


def read_manifest(directory: str | Path) -> tuple[dict[str, dict], int]:
    """The files and the layout recorded in DIR/manifest.json ({} and 0 when there is none); ManifestError
    (one line, naming the file and the cause) when it cannot be read or has the wrong shape."""
    path = Path(directory) / MANIFEST
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, 0
    except (OSError, UnicodeError) as e:
        raise ManifestError(f"cannot read {path}: {_one_line(e)}; {repair_hint(directory)}") from e
    try:
        data = json.loads(text)
    except ValueError as e:
        raise ManifestError(f"{path} is damaged (not JSON: {_one_line(e)}); {repair_hint(directory)}") from e
    problem = manifest_problem(data)
    if problem:
        raise ManifestError(f"{path} is damaged ({problem}); {repair_hint(directory)}")
    return dict(data.get("files", {})), data.get("layout", 0)


def set_aside(path: Path) -> Path:
    """Rename PATH to PATH.damaged-TIME (kept for inspection) and return the new name."""
    stamp = _dt.datetime.now(_dt.timezone.utc).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    os.replace(path, target)
    return target


class Store:
    """A store directory. Open it for writing (`kg build`) or read-only (`kg query`, `kg export`, ...).

    Each bulletin is a named graph; the default graph is the union of them all (see LAYOUT). Opening for
    writing reconciles manifest.json with the store (the store is the truth) and brings a store of an older
    layout up to date.
    """

    def __init__(self, directory: str | Path, *, create: bool = True, read_only: bool = False):
        self.directory = Path(directory)
        self.path = self.directory / STORE_SUBDIR
        self.read_only = read_only
        if not self.path.is_dir():
            if not create or read_only:
                raise StoreError(f"no store in {self.directory} (build one with: kg build PATH... -o {self.directory})")
            try:
                self.path.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise StoreError(f"cannot create store directory {self.path}: {e.strerror}") from e
        self._db = self._open()
        self._manifest, self.layout = read_manifest(self.directory)
        self._dirty, self._saved_at = False, time.monotonic()
        self._unflushed = 0
        self.unoptimised = 0   # quads written since the open (or the last compaction): see COMPACT_QUADS
        self.reconciled: list[str] = []   # what opening for writing mended in the manifest
        if not read_only:
            self.reconciled = journal.roll_back(self) + self.reconcile()
            if self.layout < LAYOUT:
                self.upgrade()

    def _open(self) -> ox.Store:
        # a read-only open races a writer's compaction: files it lists may be gone when it opens them
        for attempt in range(READ_ONLY_OPEN_TRIES if self.read_only else 1):
            try:
                return ox.Store.read_only(str(self.path)) if self.read_only else ox.Store(str(self.path))
            except (OSError, RuntimeError, ValueError) as e:
                error = e
                if not (self.read_only and "No such file" in str(e)):
                    break
                time.sleep(0.05 * (attempt + 1))
        self._open_failed(error)

    def _open_failed(self, e: Exception) -> None:
        message = _one_line(e)
        if "lock" in message.lower():
            raise StoreError(f"cannot open store {self.path}: the store is in use by another process "
                             f"({message})") from e
        raise StoreError(f"cannot open store {self.path}: {message}; if it is damaged, "
                         f"{repair_hint(self.directory)} from the files in {MANIFEST}") from e

    # context manager / closing: pyoxigraph closes the database when the object is dropped
    def close(self) -> None:
        if getattr(self, "_db", None) is not None:
            if not self.read_only:
                if self._dirty:
                    self._write_manifest()
                try:
                    self._db.flush()
                    if self.unoptimised >= COMPACT_QUADS:
                        self.optimise()
                        self._write_manifest()   # again: kg serve reopens the store when the manifest changes
                except (OSError, StoreError):   # the store stays as written, only not compacted
                    pass
            self._db = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def db(self) -> ox.Store:
        if self._db is None:
            raise StoreError("the store is closed")
        return self._db

    @property
    def materialised(self) -> bool:
        """Whether the default graph holds the union (else queries ask pyoxigraph for the union)."""
        return self.layout >= UNION_LAYOUT

    @property
    def outdated(self) -> str | None:
        """The note for a store of an older layout read as it is (opened read-only), or None.

        >>> Store("out", read_only=True).outdated      # doctest: +SKIP
        """
        if self.layout >= LAYOUT or not self._manifest:
            return None
        return (f"note: {self.directory} was built by an older kg (layout {self.layout}); `kg repair -s "
                f"{self.directory}` brings it up to date (until then bulletin-persons lists no posts)")

    # --- manifest --------------------------------------------------------------------------------

    @property
    def manifest_path(self) -> Path:
        return self.directory / MANIFEST

    def _write_manifest(self) -> None:
        """Write manifest.json atomically: a reader or a kill sees the old file or the new one."""
        _write_json(self.manifest_path, {"layout": self.layout, "files": dict(sorted(self._manifest.items()))})
        self._dirty, self._saved_at = False, time.monotonic()

    def writing(self) -> dict[str, str]:
        """The bulletins a bulk write is writing, or was when a kill stopped it (kg.journal.writing): a reader
        may see part of them.

        >>> Store("out", read_only=True).writing()      # doctest: +SKIP
        {}
        """
        return journal.writing(self.directory)

    def _manifest_changed(self, *, now: bool = False) -> None:
        self._dirty = True
        if now or time.monotonic() - self._saved_at >= MANIFEST_SAVE_SECONDS:
            self._write_manifest()

    def files(self) -> dict[str, dict]:
        """The manifest: file name -> {"path", "sha256", "built", "triples", "graph"}."""
        return {name: dict(entry) for name, entry in sorted(self._manifest.items())}

    def _file_name_of(self, graph: str) -> str:
        rows = self.db.query(f"SELECT ?file WHERE {{ GRAPH <{graph}> {{ ?b a <{iris.CPPCC}Bulletin> ; "
                             f"<{DCTERMS.identifier}> ?file }} }} LIMIT 1")
        return next((solution["file"].value for solution in rows), graph)

    def reconcile(self) -> list[str]:
        """Make manifest.json agree with the store, which is the truth: entries of graphs the store lacks are
        dropped, graphs it lacks an entry for get one (path and hash unknown). Returns what changed.

        >>> with Store("out") as store:      # doctest: +SKIP
        ...     store.reconcile()
        []
        """
        graphs = {n.value for n in self.db.named_graphs() if isinstance(n, ox.NamedNode)}
        changes = []
        for name, entry in list(self._manifest.items()):
            if entry.get("graph", str(iris.bulletin(name))) not in graphs:
                del self._manifest[name]
                changes.append(f"{name}: in {MANIFEST} but not in the store; entry dropped")
        known = {entry.get("graph", str(iris.bulletin(name))) for name, entry in self._manifest.items()}
        for graph in sorted(graphs - known):
            name = self._file_name_of(graph)
            triples = sum(1 for _ in self.db.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
            self._manifest[name] = {"path": None, "sha256": None, "built": None, "triples": triples, "graph": graph}
            changes.append(f"{name}: in the store but not in {MANIFEST}; entry added")
        if changes:
            self._manifest_changed(now=True)
        return changes

    def upgrade(self) -> None:
        """Bring a store of an older layout (or a new, empty one) to LAYOUT: the posts' labels, then the union
        graph. Done when a store is opened for writing."""
        if self.layout < LAYOUT:
            self.label_posts()
        if self.layout < UNION_LAYOUT:
            self.materialise_union()
        self.layout = LAYOUT
        self._manifest_changed(now=True)

    def label_posts(self) -> int:
        """Give every membership of every named graph (and of the union) its rdfs:label (kg.rdf.post_label of
        its organization's and its role's skos:prefLabel), as kg.rdf states it now; returns the quads written.

        >>> with Store("out") as store:      # doctest: +SKIP
        ...     store.label_posts()
        0
        """
        self._check_writable()
        from kg.rdf import post_label
        organization, role, label = (ox.NamedNode(str(iris.ORG.organization)), ox.NamedNode(str(iris.ORG.role)),
                                     ox.NamedNode(str(RDFS.label)))
        names: dict[ox.NamedNode, str | None] = {}

        def name(node) -> str | None:
            if node not in names:
                names[node] = next((q.object.value for q in self.db.quads_for_pattern(
                    node, ox.NamedNode(str(SKOS.prefLabel)), None)), None)
            return names[node]

        def quads() -> Iterator[ox.Quad]:
            for q in self.db.quads_for_pattern(None, role, None, None):
                org = next((o.object for o in self.db.quads_for_pattern(q.subject, organization, None, q.graph_name)),
                           None)
                if org is not None and name(org) is not None and name(q.object) is not None:
                    yield ox.Quad(q.subject, label, ox.Literal(post_label(name(org), name(q.object)), language="zh"),
                                  q.graph_name)
        written = 0
        try:
            for chunk in _chunks(quads(), FLUSH_QUADS):
                self.db.extend(chunk)
                written += len(chunk)
            self.db.flush()
        except OSError as e:
            raise StoreError(f"cannot write the posts' labels of {self.path}: {_one_line(e)}") from e
        self.unoptimised += written
        return written

    def materialise_union(self) -> int:
        """(Re)write the default graph as the union of the named graphs; returns its triple count.
        Done once for a store of an older layout, and by `kg repair`."""
        self._check_writable()
        try:
            self.db.clear_graph(ox.DefaultGraph())
            self.db.bulk_extend(ox.Quad(q.subject, q.predicate, q.object)
                                for q in self.db.quads_for_pattern(None, None, None, None)
                                if not isinstance(q.graph_name, ox.DefaultGraph))
            self.db.flush()
        except OSError as e:
            raise StoreError(f"cannot write the union graph of {self.path}: {_one_line(e)}") from e
        self.layout = LAYOUT
        self._manifest_changed(now=True)
        count = len(self)
        self.unoptimised += count
        return count

    # --- writing ---------------------------------------------------------------------------------

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError("the store is open read-only")

    def _update(self, sparql: str, what: str) -> None:
        """One SPARQL update: pyoxigraph runs it as one transaction, all of it or nothing."""
        try:
            self.db.update(sparql)
        except (OSError, SyntaxError, ValueError, RuntimeError) as e:
            raise StoreError(f"cannot write {what} to the store: {_one_line(e)}") from e

    def add_ntriples(self, file_name: str, ntriples: bytes, *, path: str | Path | None = None,
                     sha256: str | None = None) -> int:
        """Replace the named graph of bulletin FILE_NAME with the N-Triples NTRIPLES (no blank nodes) and keep
        the union in step, in one transaction; returns the triple count.

        A new bulletin is one insert of its quads (pyoxigraph's transactional extend, no SPARQL to parse), or,
        when it is larger than kg.journal.CHUNK_QUADS, chunks of the bulk loader under the write journal;
        a bulletin already there is one SPARQL update of what changed (see _replace).

        >>> with Store("out") as store:      # doctest: +SKIP
        ...     store.add_ntriples("a.txt", b'<http://e/a> <http://e/p> "1" .\\n')
        1
        """
        self._check_writable()
        graph = ox.NamedNode(str(iris.bulletin(file_name)))
        try:
            if self.db.contains_named_graph(graph):
                triples = self._replace(graph, set(_parse(ntriples)), file_name)
            elif 2 * ntriples.count(b"\n") > journal.CHUNK_QUADS:
                triples = journal.write_new(self, {file_name: ntriples})[file_name]
                self.unoptimised += 2 * triples
            else:
                triples = self._insert_new(graph, _parse(ntriples))
        except SyntaxError as e:
            raise StoreError(f"cannot write {file_name} to the store: not N-Triples: {_one_line(e)}") from e
        except (OSError, ValueError, RuntimeError) as e:
            raise StoreError(f"cannot write {file_name} to the store: {_one_line(e)}") from e
        self._record(file_name, triples, path, sha256)
        return triples

    def add_batch(self, bulletins: Iterable[tuple]) -> dict[str, str]:
        """Add many bulletins, each (file name, N-Triples, path or None, sha256 or None[, N-Quads]), later ones
        replacing earlier ones of the same name; returns {file name: one-line error} for those not written ({} when
        all were). The N-Quads, when given, are the same triples in the bulletin's graph as kg.rdf writes them
        (kg.rdf.Triples.nquads, made by `kg build`'s workers): a new bulletin's are then bulk-loaded as they are.

        The new ones (graphs the store lacks) are written together by pyoxigraph's bulk loader (kg.journal.
        write_new: about half the CPU of transactions from tens of thousands of quads on, in chunks that a
        reader sees whole or not at all, under the write journal, so that a kill is rolled back at the next
        open). The others are replaced one by one, one transaction each (add_ntriples).

        >>> with Store("out") as store:      # doctest: +SKIP
        ...     store.add_batch([("a.txt", b'<http://e/a> <http://e/p> "1" .\\n', None, None)])
        {}
        """
        self._check_writable()
        new: dict[str, tuple] = {}
        others: list[tuple] = []
        for item in bulletins:
            item = (*item, b"")[:5]
            if item[0] in new or self.db.contains_named_graph(ox.NamedNode(str(iris.bulletin(item[0])))):
                others.append(item)
            else:
                new[item[0]] = item
        errors = self._add_new(new)
        for name, ntriples, path, sha256, _ in others:
            try:
                self.add_ntriples(name, ntriples, path=path, sha256=sha256)
                errors.pop(name, None)
            except StoreError as e:
                errors[name] = str(e)
        return errors

    def add_windows(self, file_name: str, windows: Iterable[bytes], *, path: str | Path | None = None,
                    sha256: str | None = None) -> int:
        """Write bulletin FILE_NAME from WINDOWS, its N-Triples a part at a time (kg.windows: a document too
        long to hold whole; a triple may come in several parts); returns its triple count.

        The bulletin is written part by part as the parts come (kg.journal.write_windows: memory bounded by a
        part), under the write journal: an error, also one raised while the next part is made, rolls it back
        and is raised again, and a kill leaves nothing of it once the store is opened again. A version the store
        has is dropped first under the same journal (not one transaction, as add_ntriples replaces a bulletin:
        that would hold every triple of the old and the new at once), so a failed replace leaves it absent.

        >>> with Store("out") as store:      # doctest: +SKIP
        ...     store.add_windows("a.txt", iter([b'<http://e/a> <http://e/p> "1" .\n']))
        1
        """
        self._check_writable()
        graph = ox.NamedNode(str(iris.bulletin(file_name)))
        try:
            self._write_windows(file_name, windows)
            [[count]] = self.db.query(f"SELECT (COUNT(*) AS ?n) {{ GRAPH <{graph.value}> {{ ?s ?p ?o }} }}")
        except SyntaxError as e:
            raise StoreError(f"cannot write {file_name} to the store: not N-Triples: {_one_line(e)}") from e
        except (OSError, ValueError, RuntimeError) as e:
            raise StoreError(f"cannot write {file_name} to the store: {_one_line(e)}") from e
        self._record(file_name, int(count.value), path, sha256)
        return int(count.value)

    def _write_windows(self, file_name: str, windows: Iterable[bytes]) -> None:
        try:
            journal.write_windows(self, file_name, windows)
        except BaseException:   # rolled back: a version it replaced is gone with it
            graph = ox.NamedNode(str(iris.bulletin(file_name)))
            if not self.db.contains_named_graph(graph) and self._manifest.pop(file_name, None) is not None:
                self._manifest_changed(now=True)
            raise

    def _add_new(self, bulletins: dict[str, tuple]) -> dict[str, str]:
        """add_batch's new BULLETINS (file name -> item) in one bulk write; returns the errors by file name."""
        try:
            counts = journal.write_new(self, {name: item[1] for name, item in bulletins.items()},
                                       {name: item[4] for name, item in bulletins.items() if item[4]})
        except SyntaxError:   # rolled back: each alone, so that the bad one is named and the others written
            errors = {}
            for name, ntriples, path, sha256, _ in bulletins.values():
                try:
                    self.add_ntriples(name, ntriples, path=path, sha256=sha256)
                except StoreError as e:
                    errors[name] = str(e)
            return errors
        except (OSError, ValueError, RuntimeError, StoreError) as e:
            cause = f"cannot write {len(bulletins)} new bulletins to the store: {_one_line(e)}"
            return {name: cause for name in bulletins}
        self.unoptimised += 2 * sum(counts.values())
        for name, (_, _, path, sha256, _) in bulletins.items():
            self._record(name, counts[name], path, sha256)
        return {}

    def _record(self, file_name: str, triples: int, path: str | Path | None, sha256: str | None) -> None:
        """The manifest entry of a bulletin just written (saved at most every MANIFEST_SAVE_SECONDS)."""
        if path is not None and sha256 is None:
            try:
                sha256 = sha256_file(path)
            except OSError:
                sha256 = None
        self._manifest[file_name] = {
            "path": str(Path(path).resolve()) if path is not None else None,
            "sha256": sha256,
            "built": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
            "triples": triples,
            "graph": str(iris.bulletin(file_name)),
        }
        self._manifest_changed()

    def _insert_new(self, graph: ox.NamedNode, triples: Iterable[ox.Triple]) -> int:
        """Write a graph the store lacks, and its triples into the union, in one transaction (extend):
        nothing can leave the union, so no SPARQL is needed. Returns the triple count."""
        count = 0

        def quads() -> Iterator[ox.Quad]:
            nonlocal count
            for t in triples:
                count += 1
                yield ox.Quad(t.subject, t.predicate, t.object, graph)
                yield ox.Quad(t.subject, t.predicate, t.object)
        self.db.extend(quads())
        self._written(2 * count)
        return count

    def _stated_elsewhere(self, triple: ox.Triple, graph: ox.NamedNode) -> bool:
        """Whether a named graph other than GRAPH states TRIPLE (so it stays in the union without GRAPH)."""
        return any(q.graph_name != graph and not isinstance(q.graph_name, ox.DefaultGraph)
                   for q in self.db.quads_for_pattern(triple.subject, triple.predicate, triple.object, None))

    def _replace(self, graph: ox.NamedNode, new: set[ox.Triple], what: str, *, drop: bool = False) -> int:
        """Make GRAPH hold the triples NEW (and drop it when DROP) in one transaction that deletes and inserts
        only what changed: the triples GRAPH loses (from the union too when no other graph states them) and the
        ones it gains. The store has one writer (RocksDB's lock), so what is read here is still true when the
        update runs. Rebuilding an unchanged bulletin writes nothing. Returns len(NEW)."""
        old = {q.triple for q in self.db.quads_for_pattern(None, None, None, graph)}
        lost, gained = old - new, new - old
        if not lost and not drop:
            if gained:   # nothing leaves: a plain insert is one transaction too
                self._insert_new(graph, gained)
            return len(new)
        gone = [t for t in lost if not self._stated_elsewhere(t, graph)]
        g = f"<{graph.value}>"
        operations = [f"DELETE DATA {{ GRAPH {g} {{\n{_nt(lost)}}}\n{_nt(gone)}}}"] if lost else []
        if drop:
            operations.append(f"DROP SILENT GRAPH {g}")
        elif gained:
            operations.append(f"INSERT DATA {{ GRAPH {g} {{\n{_nt(gained)}}}\n{_nt(gained)}}}")
        self._update(" ;\n".join(operations), what)
        self._written(len(lost) + len(gone) + 2 * len(gained))
        return len(new)

    def optimise(self) -> None:
        """Compact the store (pyoxigraph's optimize: RocksDB merges each index into one sorted run), so that a
        query's index lookups each search one file. Done by close after a large write (COMPACT_QUADS).

        >>> with Store("out") as store:      # doctest: +SKIP
        ...     store.optimise()
        """
        self._check_writable()
        try:
            self.db.optimize()
        except OSError as e:
            raise StoreError(f"cannot compact the store {self.path}: {_one_line(e)}") from e
        self.unoptimised = 0

    def _written(self, quads: int) -> None:
        self.unoptimised += quads
        self._unflushed += quads
        if self._unflushed >= FLUSH_QUADS:
            try:
                self.db.flush()
            except OSError as e:
                raise StoreError(f"cannot flush the store {self.path}: {_one_line(e)}") from e
            self._unflushed = 0

    def add_graph(self, file_name: str, graph: rdflib.Graph, *, path: str | Path | None = None,
                  sha256: str | None = None) -> int:
        """Replace the named graph of bulletin FILE_NAME with GRAPH's triples; returns their number."""
        return self.add_ntriples(file_name, ntriples(graph), path=path, sha256=sha256)

    def add_document(self, doc: Document) -> int:
        """Convert DOC with kg.rdf.to_ntriples and replace its bulletin's named graph; returns the triple count."""
        from kg import rdf
        sha = hashlib.sha256(doc.raw).hexdigest() if doc.raw else None
        path = doc.path if doc.path.exists() else None
        return self.add_ntriples(doc.name, rdf.to_ntriples(doc), path=path, sha256=sha)

    def remove(self, file_name: str) -> bool:
        """Withdraw a bulletin: drop its named graph (and what only it stated from the union) and its
        manifest entry, in one transaction. False when it was not there."""
        self._check_writable()
        g = ox.NamedNode(str(iris.bulletin(file_name)))
        present = self.db.contains_named_graph(g) or file_name in self._manifest
        if self.db.contains_named_graph(g):
            try:
                self._replace(g, set(), f"the removal of {file_name}", drop=True)
            except (OSError, ValueError, RuntimeError) as e:
                raise StoreError(f"cannot write the removal of {file_name} to the store: {_one_line(e)}") from e
        if self._manifest.pop(file_name, None) is not None:
            self._manifest_changed(now=True)
        return present

    # --- reading ---------------------------------------------------------------------------------

    def graph_names(self) -> list[str]:
        return sorted(n.value for n in self.db.named_graphs() if isinstance(n, ox.NamedNode))

    def quad_count(self) -> int:
        """Quads over all named graphs (a triple stated by two bulletins counts twice)."""
        return len(self.db) - (len(self) if self.materialised else 0)

    def __len__(self) -> int:
        """Distinct triples of the union graph (what graph.ttl holds)."""
        where = "?s ?p ?o" if self.materialised else "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }"
        if not self.materialised:
            where = "{ " + where + " }"
        _, rows = self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
        return int(rows[0][0]) if rows else 0

    def raw_query(self, sparql: str):
        """The pyoxigraph result (solutions, triples or boolean). Outside GRAPH, patterns match the union of
        all bulletins: the default graph, or pyoxigraph's union for a read-only store of an older layout."""
        try:
            return self.db.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=not self.materialised)
        except SyntaxError as e:
            raise QueryError(f"invalid SPARQL: {_one_line(e)}") from e
        except (OSError, ValueError, TypeError, RuntimeError) as e:
            raise QueryError(f"query failed: {_one_line(e)}") from e

    def query(self, sparql: str) -> tuple[list[str], list[tuple]]:
        """Run SPARQL over the union of all named graphs; the prefixes of PREFIXES may be used undeclared.

        SELECT gives (variable names, rows of plain Python values, see to_python); ASK gives
        (["ask"], [(bool,)]); CONSTRUCT / DESCRIBE give (["subject", "predicate", "object"], rows).
        """
        result = self.raw_query(sparql)
        try:
            if isinstance(result, ox.QuerySolutions):
                variables = [v.value for v in result.variables]
                rows = [tuple(to_python(solution[v]) for v in variables) for solution in result]
                return variables, rows
            if isinstance(result, ox.QueryBoolean):
                return ["ask"], [(bool(result),)]
            return ["subject", "predicate", "object"], [
                (to_python(t.subject), to_python(t.predicate), to_python(t.object)) for t in result]
        except (OSError, ValueError, TypeError, RuntimeError) as e:   # evaluation errors surface while iterating
            raise QueryError(f"query failed: {_one_line(e)}") from e

    def count(self, where: str, var: str = "x") -> int:
        """COUNT(DISTINCT ?var) of a graph pattern, e.g. count('?x a foaf:Person')."""
        _, rows = self.query(f"SELECT (COUNT(DISTINCT ?{var}) AS ?n) WHERE {{ {where} }}")
        return int(rows[0][0]) if rows else 0

    def stats(self) -> dict[str, int]:
        """Counts over the whole store: files, articles, persons, organizations, posts, events, documents, triples."""
        def values(group: str) -> str:
            return " ".join(f"<{k.cls}>" for k in kinds.of(group))
        return {
            "files": self.count("?x a cppcc:Bulletin"),
            "articles": self.count("?x a cppcc:Article"),
            "persons": self.count("?x a foaf:Person"),
            "organizations": self.count(f"VALUES ?c {{ {values('organization')} org:Organization }} ?x a ?c"),
            "posts": self.count("?x a org:Membership"),
            "events": self.count("?x a cppcc:Event"),
            "documents": self.count(f"VALUES ?c {{ {values('document')} }} ?x a ?c"),
            "triples": len(self),
        }

    def union_triples(self) -> Iterator[ox.Triple]:
        """The distinct triples of the union graph, streamed (a store of an older layout sorts them)."""
        if not self.materialised:
            for solution in self.raw_query("SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"):
                yield ox.Triple(solution["s"], solution["p"], solution["o"])
            return
        for quad in self.db.quads_for_pattern(None, None, None, ox.DefaultGraph()):
            yield quad.triple

    def named_quads(self) -> Iterator[ox.Quad]:
        """The quads of the bulletins' named graphs, streamed (the union in the default graph left out)."""
        for quad in self.db.quads_for_pattern(None, None, None, None):
            if not isinstance(quad.graph_name, ox.DefaultGraph):
                yield quad

    def to_rdflib(self) -> rdflib.Graph:
        """The union of all named graphs as one rdflib Graph (for the HTML view and scripts)."""
        g = rdflib.Graph()
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns, override=True)
        add = g.add
        for triple in self.union_triples():
            add((_to_rdflib(triple.subject), _to_rdflib(triple.predicate), _to_rdflib(triple.object)))
        return g

    def to_rdflib_dataset(self) -> rdflib.Dataset:
        """All named graphs as an rdflib Dataset."""
        ds = rdflib.Dataset()
        for prefix, ns in PREFIXES.items():
            ds.bind(prefix, ns, override=True)
        for quad in self.named_quads():
            ds.add((_to_rdflib(quad.subject), _to_rdflib(quad.predicate), _to_rdflib(quad.object),
                    _to_rdflib(quad.graph_name)))
        return ds

    # --- export ----------------------------------------------------------------------------------

    def export(self, path: str | Path, format: str = "turtle") -> Path:
        """Write the store to PATH, streamed from the store (memory does not grow with it), through a
        temporary file. turtle / nt / jsonld: the union as one graph, led by the ontology's subclass and
        subproperty links (kg.ontology.vocabulary_links) so the file reads alone through standard
        vocabularies; trig: the named graphs.

        >>> with Store("out", read_only=True) as store:      # doctest: +SKIP
        ...     store.export("out/graph.ttl", "turtle")
        PosixPath('out/graph.ttl')
        """
        fmt = format.lower()
        fmt = {"ttl": "turtle", "ntriples": "nt", "n-triples": "nt", "json-ld": "jsonld", "json": "jsonld"}.get(fmt, fmt)
        if fmt not in FORMATS:
            raise StoreError(f"unknown export format {format!r} (one of {', '.join(FORMATS)})")
        path = Path(path)
        if path.parent and not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        rdf_format = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
                      "trig": ox.RdfFormat.TRIG}[fmt]
        prefixes = None if fmt == "nt" else FILE_PREFIXES
        try:
            if fmt == "trig":
                ox.serialize(self.named_quads(), str(tmp), rdf_format, prefixes=prefixes)
            else:
                ox.serialize(chain(vocabulary_links(), self.union_triples()), str(tmp), rdf_format,
                             prefixes=prefixes)
            os.replace(tmp, path)
        except OSError as e:
            tmp.unlink(missing_ok=True)
            raise StoreError(f"cannot write {path}: {_one_line(e)}") from e
        return path


def ntriples(graph: rdflib.Graph) -> bytes:
    """GRAPH as N-Triples bytes, one triple a line (what Store.add_ntriples takes)."""
    return ox.serialize((ox.Triple(_to_ox(s), _to_ox(p), _to_ox(o)) for s, p, o in graph), None,
                        ox.RdfFormat.N_TRIPLES)


def _parse(ntriples: bytes) -> Iterator[ox.Triple]:
    """The triples of N-Triples bytes, parsed as they are read (SyntaxError on bad text)."""
    return (quad.triple for quad in ox.parse(ntriples, ox.RdfFormat.N_TRIPLES))


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    """ITEMS in lists of SIZE (the last one shorter), read as they come."""
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _nt(triples: Iterable[ox.Triple]) -> str:
    """TRIPLES as N-Triples text, which is also the triple syntax of a SPARQL DATA block."""
    return ox.serialize(triples, None, ox.RdfFormat.N_TRIPLES).decode("utf-8")


def add_documents(store: Store, docs: Iterable[Document]) -> int:
    """Add several documents; returns the total number of triples written."""
    return sum(store.add_document(doc) for doc in docs)


# --- ready-made queries (kg/queries/NAME.rq) ----------------------------------------------------------
#
# A query file starts with comment lines: the first ones describe it, `# param NAME: text` lines declare
# its parameters, `# example: ...` shows a call. In the query body a parameter is written `$NAME` (a SPARQL
# variable, so the file stays valid SPARQL); render_query replaces it with an escaped string literal.
