"""Extraction of many bulletins: in this process, in worker processes (`--jobs N`) or on a Dask cluster
(`--executor dask --scheduler ADDRESS`). Each bulletin is one task (pipeline + kg.rdf, giving N-Triples);
the store write stays with the caller, which receives the results in the order of the files, and writes them
a batch at a time (batched: the store's bulk write is cheap for many bulletins at once, not for one).

    from kg import build, store
    with store.Store("out") as s:
        for batch in build.batched(build.extract_all(["a.txt", "b.txt"], jobs=2)):
            s.add_batch([r.item for r in batch if r.error is None])
"""
from __future__ import annotations

import collections
import hashlib
import multiprocessing
import time
import traceback as _traceback
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from kg import pipeline
from kg.document import Document

EXECUTORS = ("local", "dask")
WINDOW_PER_WORKER = 64   # tasks in flight per worker: enough to keep the workers extracting while the parent
# writes a batch (BATCH_QUADS, about 80 bulletins: with 4 they stood idle through each write); few enough to bound
# memory (a result holds its bulletin's N-Triples, a few hundred kB)
BATCH_QUADS = 200_000   # new bulletins written to the store at once (kg.store.Store.add_batch): the bulk loader
# costs about half a transaction per quad from a few tens of thousands of quads on (bench_store_write.py)
TAIL_QUADS = 20_000   # the smallest batch of the end of a build (tail_quads): a few bulletins, written in well
# under a second; a bulk write has a fixed cost (its files), so batches do not shrink further
BATCH_SECONDS = 5.0     # ... or what this many seconds brought: what a query sees of a build, and what a kill loses

# A bulletin-like text run once before the workers start, so each forked worker inherits jieba's
# dictionary and the lexicons instead of loading them again.
_WARM_UP = "示例政协工作动态\n\n2020 年 1 月 1 日\n\n【重要会议】\n\n市政协召开主席会议\n\n市政协主席王某主持会议。\n"


SCHEDULER_TIMEOUT = "20s"   # how long a scheduler that refuses connections is retried before giving up


class ExecutorError(Exception):
    """The executor cannot run (Dask missing, scheduler unreachable); the message is one line."""


@dataclass
class Extracted:
    """What one task gives back: the bulletin as N-Triples, or the one-line reason it was skipped."""
    path: str
    name: str
    ntriples: bytes = b""
    nquads: bytes = b""         # the same triples in the bulletin's graph, as N-Quads (kg.rdf.Triples.nquads)
    sha256: str | None = None
    error: str | None = None    # "kg: error: ..." one line
    detail: str | None = None   # the traceback, when asked for
    warnings: list[str] = field(default_factory=list)   # what the pipeline noted about the file (doc.warnings)
    # a file larger than kg.windows.WINDOW_BYTES: its N-Triples a window at a time, made as they are asked for
    # (then ntriples is empty); a failure raises ExtractionFailed, so that the store rolls back what it wrote
    windows: Iterator[bytes] | None = field(default=None, repr=False)

    @property
    def item(self) -> tuple[str, bytes, str, str | None, bytes]:
        """What kg.store.Store.add_batch takes: (file name, N-Triples, path, sha256, N-Quads in its graph)."""
        return self.name, self.ntriples, self.path, self.sha256, self.nquads


class ExtractionFailed(Exception):
    """A window of a long document could not be read or processed; the message is Extracted.error's line."""


def _failure(path: Path, e: Exception) -> str:
    """The one-line error of a file whose reading or processing raised E."""
    if isinstance(e, _read_errors()):
        cause = " ".join(str(e).split()) or type(e).__name__
        cause = cause if str(path) in cause else f"cannot read {path}: {cause}"   # a ReadError names the file
        return f"kg: error: {cause} (skipped; the store keeps what it had)"
    return f"kg: error: {path}: processing failed: {type(e).__name__}: {e} (skipped; --traceback shows where)"


def _read_errors() -> tuple[type[BaseException], ...]:
    from kg.stages.read import ReadError
    return ReadError, OSError, UnicodeError


def _process(path: Path, raw: bytes | None) -> Document:
    if raw is None:
        return pipeline.process(path)
    doc = Document(path=path, raw=raw)   # bytes shipped to a worker that may not see the file
    for _name, stage in pipeline.STAGES:
        stage(doc)
    return doc


def extract(path: str | Path, raw: bytes | None = None, want_traceback: bool = False) -> Extracted:
    """Run the pipeline and kg.rdf on one bulletin, giving its N-Triples and the same triples as N-Quads in its
    graph; never raises. RAW, when given, is the file's content (read by the caller), else the file is read here.
    Both serialisations are made here, in the worker: the store's writer only joins bytes and bulk-loads them.

    >>> extract("seeds/000_ea288ff508007a47.txt").error is None      # doctest: +SKIP
    True
    """
    from kg import iris, rdf
    path = Path(path)
    result = Extracted(str(path), path.name)
    try:
        doc = _process(path, raw)
    except Exception as e:   # a bug in a stage must not lose the other files
        result.error = _failure(path, e)
        result.detail = None if isinstance(e, _read_errors()) or not want_traceback else _traceback.format_exc()
        return result
    result.warnings = list(getattr(doc, "warnings", []))
    try:
        triples = rdf.triples(doc)
        result.ntriples = triples.ntriples()
        result.nquads = triples.nquads(iris.bulletin(doc.name))
    except Exception as e:
        result.error = f"kg: error: {path}: RDF conversion failed: {type(e).__name__}: {e} (skipped)"
        result.detail = _traceback.format_exc() if want_traceback else None
        return result
    result.name = doc.name
    result.sha256 = hashlib.sha256(doc.raw).hexdigest() if doc.raw else None
    return result


def is_long(path: Path, raw: bytes | None = None) -> bool:
    """Whether a file is read through windows (larger than kg.windows.WINDOW_BYTES)."""
    from kg.windows import WINDOW_BYTES
    try:
        return (len(raw) if raw is not None else path.stat().st_size) > WINDOW_BYTES
    except OSError:
        return False   # extract reports why it cannot be read


def extract_windows(path: str | Path, raw: bytes | None = None, want_traceback: bool = False) -> Extracted:
    """extract() of a long file (is_long), in this process: a result whose windows (Extracted.windows) are read,
    processed and converted as they are asked for, so that only one window is held at a time. A failure then
    sets the result's error and raises ExtractionFailed (the store rolls back what it wrote of the file).

    >>> b"".join(extract_windows("year.txt").windows).count(b"Bulletin>")      # doctest: +SKIP
    1
    """
    path = Path(path)
    result = Extracted(str(path), path.name)
    result.windows = _windows(result, raw, want_traceback)
    return result


def _windows(result: Extracted, raw: bytes | None, want_traceback: bool) -> Iterator[bytes]:
    from kg import windows
    path = Path(result.path)
    try:
        yield from windows.LongDocument(path, raw).ntriples(result.warnings)
    except Exception as e:
        result.error = _failure(path, e)
        result.detail = None if isinstance(e, _read_errors()) or not want_traceback else _traceback.format_exc()
        raise ExtractionFailed(result.error) from e


def _here(path: Path, raw: bytes | None, want_traceback: bool) -> Extracted:
    """extract() of a file in this process, through windows when it is long."""
    return (extract_windows if is_long(path, raw) else extract)(path, raw, want_traceback)


def write(store, batch: list[Extracted]) -> dict[str, str]:
    """Write the results of BATCH that were extracted into STORE (a kg.store.Store): the short ones with one
    add_batch, a long one's windows as they are made (Store.add_windows). Returns {file name: one-line error}
    of those the store could not write; a long one that failed while it was made has its error in its result.

    >>> with Store("out") as store:      # doctest: +SKIP
    ...     write(store, list(extract_all(["a.txt"])))
    {}
    """
    from kg.store import StoreError
    errors = store.add_batch([r.item for r in batch if r.error is None and r.windows is None])
    for result in batch:
        if result.error is None and result.windows is not None:
            try:
                store.add_windows(result.name, result.windows, path=result.path)
            except ExtractionFailed:
                pass   # result.error says why
            except StoreError as e:
                errors[result.name] = str(e)
    return errors


def batched(results: Iterable[Extracted], quads: int = BATCH_QUADS, seconds: float = BATCH_SECONDS,
            total: int | None = None) -> Iterator[list[Extracted]]:
    """RESULTS in consecutive lists of at most QUADS quads of N-Triples (two a line: a bulletin's graph and the
    union; a bulletin larger alone is a list of its own), or of what SECONDS brought since the list was begun:
    what the store writes at once. With TOTAL, the number of results to come, the last lists shrink (tail_quads):
    the write after the last extraction is short.

    >>> [len(b) for b in batched(extract_all(["a.txt", "b.txt"]), quads=1)]      # doctest: +SKIP
    [1, 1]
    """
    batch: list[Extracted] = []
    size, began, seen, made = 0, time.monotonic(), 0, 0
    for result in results:
        seen += 1
        if result.windows is not None:   # a long document is a batch of its own, written window by window
            if batch:
                yield batch
            yield [result]
            batch, size = [], 0
            continue
        more = 2 * result.ntriples.count(b"\n")
        made += more
        limit = quads if total is None else tail_quads(quads, made / seen * (total - seen))
        if batch and size + more > quads:   # closed before it outgrows QUADS: a batch is then one call of the
            yield batch                     # bulk loader (kg.journal.CHUNK_QUADS), not a chunk and a sliver,
            batch, size = [], 0             # each an extra file for RocksDB to compact
        if not batch:
            began = time.monotonic()
        batch.append(result)
        size += more
        if size >= limit or time.monotonic() - began >= seconds:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def tail_quads(quads: int, to_come: float) -> int:
    """The size of the batch to close now, TO_COME quads being expected after it: QUADS, or half what is to
    come near the end (at least TAIL_QUADS). With other processes extracting, the parent writes the last batches
    while they still work, so what is left to write after the last extraction is about TAIL_QUADS.

    >>> tail_quads(200_000, 10**6), tail_quads(200_000, 100_000), tail_quads(200_000, 0)
    (200000, 50000, 20000)
    """
    return int(max(TAIL_QUADS, min(quads, to_come / 2)))


def warm_up() -> None:
    """Load what the pipeline loads once (jieba's dictionary, the lexicons) by running it on a short text."""
    _process(Path("warm-up.txt"), _WARM_UP.encode("utf-8"))


@dataclass
class _Done:
    """A result made in this process, in the queue of a pool's futures (a long file's windows)."""
    extracted: Extracted

    def result(self) -> Extracted:
        return self.extracted


def _in_order(submit: Callable[[Path], object], paths: Iterable[Path], window: int) -> Iterator[Extracted]:
    """Results of SUBMIT(path) for each path, in order, with at most WINDOW tasks in flight; a long file's
    (is_long) is made here, its windows when they are asked for: a worker could not hand them over one by one."""
    pending: collections.deque = collections.deque()
    for path in paths:
        pending.append(_Done(extract_windows(path)) if is_long(path) else submit(path))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _in_processes(paths: list[Path], jobs: int, want_traceback: bool) -> Iterator[Extracted]:
    warm_up()
    # fork: the workers start with the parent's loaded dictionaries (no second start-up per worker)
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        yield from _in_order(lambda p: pool.submit(extract, p, None, want_traceback), paths,
                             jobs * WINDOW_PER_WORKER)


def _read_or_none(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None   # the worker reads it again and reports why it cannot


def _on_dask(paths: list[Path], scheduler: str | None, jobs: int, want_traceback: bool) -> Iterator[Extracted]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as e:
        raise ExecutorError("the dask executor needs dask.distributed: pip install 'cppcc-kg[dask]'") from e
    cluster = None if scheduler else LocalCluster(n_workers=jobs, threads_per_worker=1)
    try:
        try:
            client = Client(scheduler or cluster, timeout=SCHEDULER_TIMEOUT)
        except (OSError, TimeoutError) as e:
            raise ExecutorError(f"cannot reach the Dask scheduler at {scheduler}: {' '.join(str(e).split())}") from e
        with client:
            # the file's bytes travel with the task: the workers need not share this machine's disk
            def submit(path: Path):
                return client.submit(extract, str(path), _read_or_none(path), want_traceback, pure=False)
            yield from _in_order(submit, paths, max(jobs, len(client.nthreads()) or 1) * WINDOW_PER_WORKER)
    finally:
        if cluster is not None:
            cluster.close()


def extract_all(paths: Iterable[str | Path], *, jobs: int = 1, executor: str = "local",
                scheduler: str | None = None, want_traceback: bool = False) -> Iterator[Extracted]:
    """extract() for each path, in the order given: here (jobs=1), in JOBS worker processes, or on Dask
    (EXECUTOR "dask": the scheduler at SCHEDULER, or a local cluster of JOBS workers when None).

    >>> [r.name for r in extract_all(["a.txt", "b.txt"], jobs=2)]      # doctest: +SKIP
    ['a.txt', 'b.txt']
    """
    paths = [Path(p) for p in paths]
    if executor not in EXECUTORS:
        raise ValueError(f"unknown executor {executor!r} (one of {', '.join(EXECUTORS)})")
    if executor == "dask":
        return _on_dask(paths, scheduler, jobs, want_traceback)
    if jobs > 1 and len(paths) > 1:
        return _in_processes(paths, jobs, want_traceback)
    return (_here(p, None, want_traceback) for p in paths)
