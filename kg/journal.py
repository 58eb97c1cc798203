"""The bulk write of new bulletins into a store, and the write journal that makes it safe.

pyoxigraph's bulk loader writes SST files and ingests them, with no transaction: about half the CPU of a
transaction per quad once a call holds tens of thousands of quads (benchmarks/README.md, bench_store_write.py).
So that a kill never leaves half a bulletin, DIR/writing.json (the journal, beside manifest.json) names the
bulletins before the write and is removed after it; the next open for writing rolls back whatever it names
(kg.store.Store calls roll_back before it reconciles the manifest).

Each call of the bulk loader (a chunk, at most CHUNK_QUADS quads) is one ingestion of the SST files of every
index, which RocksDB applies as one atomic change: a reader sees a chunk whole or not at all (the reader test
in tests/test_store_journal.py). A bulletin larger than a chunk is written over several and a reader may see
part of it while it is written (Store.writing names it); what a kill leaves of it is rolled back.

    from kg import journal
    from kg.store import Store
    with Store("out") as store:
        counts = journal.write_new(store, {"a.txt": b'<http://e/a> <http://e/p> "1" .\\n'})
"""
from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox

from kg import iris
from kg import store as kgstore   # kg.store imports this module: its names are used at call time only

JOURNAL = "writing.json"

CHUNK_QUADS = 200_000   # quads of one call of the bulk loader: memory stays bounded by it (pyoxigraph buffers a
# call; a transaction held ~650 B a quad, so a bulletin larger than a chunk is never one huge transaction)

ROLLBACK_TRIPLES = 20_000   # triples of an interrupted bulk write deleted per transaction when it is rolled back


def path(directory: str | Path) -> Path:
    return Path(directory) / JOURNAL


def writing(directory: str | Path) -> dict[str, str]:
    """The bulletins the journal of store DIRECTORY names, file name -> graph IRI ({} when there is none):
    being written now, or half written by a process that was killed.

    >>> writing("out")      # doctest: +SKIP
    {}
    """
    journal = path(directory)
    try:
        data = json.loads(journal.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as e:   # it is written atomically: not what a kill leaves
        raise kgstore.StoreError(f"cannot read {journal}: {kgstore._one_line(e)}; "
                                 f"{kgstore.repair_hint(directory)}") from e
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict):
        raise kgstore.StoreError(f'{journal} is damaged (no "files" object); {kgstore.repair_hint(directory)}')
    return {str(name): str(graph) for name, graph in files.items()}


def _record(directory: Path, files: dict[str, str] | None) -> None:
    """Write the journal (synced, atomically) naming FILES, or remove it (None)."""
    if files is not None:
        kgstore._write_json(path(directory), {"files": files})
        return
    try:
        path(directory).unlink(missing_ok=True)
    except OSError as e:
        raise kgstore.StoreError(f"cannot remove {path(directory)}: {kgstore._one_line(e)}") from e


def roll_back(store: kgstore.Store) -> list[str]:
    """Undo the bulk write the journal of STORE names: drop each of its graphs, and from the union what no other
    graph states, ROLLBACK_TRIPLES triples a transaction; then remove the journal (a kill during the rollback
    leaves it, and the next open goes on). Returns what it undid, one line a bulletin.

    >>> with Store("out") as store:      # doctest: +SKIP
    ...     roll_back(store)
    []
    """
    files = writing(store.directory)
    for name, iri in files.items():
        _drop(store, iri, f"the rollback of {name}")
    if files:
        store.db.flush()
        _record(store.directory, None)
    return [f"{name}: half written when a build was stopped; rolled back" for name in files]


def _drop(store: kgstore.Store, iri: str, what: str) -> None:
    """Drop graph IRI, and from the union what no other graph states, ROLLBACK_TRIPLES triples a transaction."""
    graph = ox.NamedNode(iri)
    while chunk := [q.triple for q in itertools.islice(
            store.db.quads_for_pattern(None, None, None, graph), ROLLBACK_TRIPLES)]:
        gone = [t for t in chunk if not store._stated_elsewhere(t, graph)]
        store._update(f"DELETE DATA {{ GRAPH <{iri}> {{\n{kgstore._nt(chunk)}}}\n{kgstore._nt(gone)}}}", what)
    store.db.remove_graph(graph)


def write_new(store: kgstore.Store, bulletins: dict[str, bytes], graphs: dict[str, bytes] | None = None
              ) -> dict[str, int]:
    """Write BULLETINS (file name -> N-Triples), graphs STORE lacks, each triple in its graph and in the union,
    with the bulk loader under the journal, in chunks of at most CHUNK_QUADS quads holding whole bulletins where
    they fit. Any error rolls back what was written and is raised again. Returns the triple count of each.

    GRAPHS (file name -> the same triples as N-Quads in its graph, as kg.rdf writes them: one a line) spares the
    parse: a chunk whose bulletins all have theirs is given to the bulk loader as bytes (its N-Quads and, for the
    union, its N-Triples), which reads them without the GIL, so that `kg build`'s workers are not held up; the
    others are parsed here, a quad at a time.

    >>> with Store("out") as store:      # doctest: +SKIP
    ...     write_new(store, {"a.txt": b'<http://e/a> <http://e/p> "1" .\\n'})
    {'a.txt': 1}
    """
    counts = dict.fromkeys(bulletins, 0)
    _write(store, list(bulletins), _groups(bulletins, CHUNK_QUADS), counts, graphs=graphs or {})
    return counts


def write_windows(store: kgstore.Store, name: str, windows: Iterable[bytes]) -> None:
    """Write bulletin NAME from WINDOWS (its N-Triples a part at a time, as kg.windows makes them, a triple
    possibly in several), each part's quads with the bulk loader as it comes, under the journal; a version the
    store has is dropped first, under the same journal. Any error, in the store or while the next part is made,
    rolls back all that was written of it and is raised again; so does a kill, at the next open. So a kill
    leaves the bulletin whole or absent (a replace: new, or absent; never the old and the new mixed).

    >>> with Store("out") as store:      # doctest: +SKIP
    ...     write_windows(store, "a.txt", iter([b'<http://e/a> <http://e/p> "1" .\\n']))
    """
    _write(store, [name], ({name: ntriples} for ntriples in windows), {name: 0}, replace=True)


def _write(store: kgstore.Store, names: list[str], parts: Iterable[dict[str, bytes]], counts: dict[str, int],
           replace: bool = False, graphs: dict[str, bytes] | None = None) -> None:
    """Write PARTS (each file name -> N-Triples) with the bulk loader under a journal naming NAMES (whose graphs are
    dropped first when REPLACE), a part in one call when it fits in CHUNK_QUADS quads, else in chunks of
    CHUNK_QUADS; COUNTS[name] counts the triples written. Any error rolls back what was written and is raised
    again. The first part is made before the store is touched: a file that cannot be read leaves it as it was."""
    parts = iter(parts)
    first = next(parts, None)
    _record(store.directory, {name: str(iris.bulletin(name)) for name in names})
    try:
        for name in names if replace else ():
            _drop(store, str(iris.bulletin(name)), f"the replace of {name}")
        for part in itertools.chain([first] if first is not None else [], parts):
            _load(store, part, graphs or {}, counts)
    except BaseException:
        roll_back(store)
        raise
    _record(store.directory, None)


def _load(store: kgstore.Store, part: dict[str, bytes], graphs: dict[str, bytes], counts: dict[str, int]) -> None:
    """Bulk-load PART (file name -> N-Triples) into STORE's graphs and union: as N-Quads bytes when GRAPHS has
    every bulletin's (see write_new), else parsed here; a part that fits in CHUNK_QUADS quads is one call."""
    if all(graphs.get(name) for name in part):
        for piece in _nquads(part, graphs, counts):
            # lenient: kg.rdf's IRIs are hashes and vocabulary terms, its literals escaped by pyoxigraph, so the
            # loader's IRI and language-tag checks only cost time (about a fifth of the write's CPU)
            store.db.bulk_load(input=piece, format=ox.RdfFormat.N_QUADS, lenient=True)
        return
    quads = _quads(part, counts)
    # a part that fits is one call (what its lines foretold may be off by a last line without \n)
    size = CHUNK_QUADS if _size(part) > CHUNK_QUADS else None
    while piece := list(itertools.islice(quads, size)):
        store.db.bulk_extend(piece)


def _nquads(part: dict[str, bytes], graphs: dict[str, bytes], counts: dict[str, int]) -> Iterator[bytes]:
    """PART's quads as N-Quads bytes, in pieces of at most CHUNK_QUADS lines: each bulletin's N-Quads in its graph
    (GRAPHS) and its N-Triples for the union (a triple is an N-Quads line in the default graph). kg.rdf writes
    one triple a line, so COUNTS[name] gets the lines of its N-Triples."""
    for name, ntriples in part.items():
        counts[name] += ntriples.count(b"\n")
    data = b"".join(piece for name, ntriples in part.items() for piece in (graphs[name], ntriples))
    if _size(part) <= CHUNK_QUADS:
        yield data
        return
    lines = data.splitlines(keepends=True)   # one bulletin larger than a chunk (short files only come here)
    for start in range(0, len(lines), CHUNK_QUADS):
        yield b"".join(lines[start:start + CHUNK_QUADS])


def _size(bulletins: dict[str, bytes]) -> int:
    """The quads BULLETINS make: two a line of N-Triples (the graph's and the union's)."""
    return sum(2 * ntriples.count(b"\n") for ntriples in bulletins.values())


def _groups(bulletins: dict[str, bytes], quads: int) -> Iterator[dict[str, bytes]]:
    """BULLETINS in consecutive groups of at most QUADS quads, or of one bulletin when it alone is larger."""
    group: dict[str, bytes] = {}
    size = 0
    for name, ntriples in bulletins.items():
        more = _size({name: ntriples})
        if group and size + more > quads:
            yield group
            group, size = {}, 0
        group[name] = ntriples
        size += more
    if group:
        yield group


def _quads(bulletins: dict[str, bytes], counts: dict[str, int]) -> Iterator[ox.Quad]:
    """Each triple of BULLETINS in its bulletin's graph and in the default graph (the union), parsed as they are
    read; COUNTS[name] counts the triples of each."""
    for name, ntriples in bulletins.items():
        graph = ox.NamedNode(str(iris.bulletin(name)))
        for t in kgstore._parse(ntriples):
            counts[name] += 1
            yield ox.Quad(t.subject, t.predicate, t.object, graph)
            yield ox.Quad(t.subject, t.predicate, t.object)
