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
    sha256: str | None = None
    error: str | None = None    # "kg: error: ..." one line
    detail: str | None = None   # the traceback, when asked for
    warnings: list[str] = field(default_factory=list)   # what the pipeline noted about the file (doc.warnings)

    @property
    def item(self) -> tuple[str, bytes, str, str | None]:
        """What kg.store.Store.add_batch takes: (file name, N-Triples, path, sha256)."""
        return self.name, self.ntriples, self.path, self.sha256


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
    """Run the pipeline and kg.rdf.to_ntriples on one bulletin; never raises. RAW, when given, is the file's
    content (read by the caller), else the file is read here.

    >>> extract("seeds/000_ea288ff508007a47.txt").error is None      # doctest: +SKIP
    True
    """
    from kg import rdf
    path = Path(path)
    result = Extracted(str(path), path.name)
    try:
        doc = _process(path, raw)
    except _read_errors() as e:
        cause = " ".join(str(e).split()) or type(e).__name__
        cause = cause if str(path) in cause else f"cannot read {path}: {cause}"   # a ReadError names the file
        result.error = f"kg: error: {cause} (skipped; the store keeps what it had)"
        return result
    except Exception as e:   # a bug in a stage must not lose the other files
        result.error = f"kg: error: {path}: processing failed: {type(e).__name__}: {e} (skipped; --traceback shows where)"
        result.detail = _traceback.format_exc() if want_traceback else None
        return result
    result.warnings = list(getattr(doc, "warnings", []))
    try:
        result.ntriples = rdf.to_ntriples(doc)
    except Exception as e:
        result.error = f"kg: error: {path}: RDF conversion failed: {type(e).__name__}: {e} (skipped)"
        result.detail = _traceback.format_exc() if want_traceback else None
        return result
    result.name = doc.name
    result.sha256 = hashlib.sha256(doc.raw).hexdigest() if doc.raw else None
    return result


def batched(results: Iterable[Extracted], quads: int = BATCH_QUADS,
            seconds: float = BATCH_SECONDS) -> Iterator[list[Extracted]]:
    """RESULTS in consecutive lists of about QUADS quads of N-Triples (two a line: a bulletin's graph and the
    union), or of what SECONDS brought since the list was begun: what the store writes at once.

    >>> [len(b) for b in batched(extract_all(["a.txt", "b.txt"]), quads=1)]      # doctest: +SKIP
    [1, 1]
    """
    batch: list[Extracted] = []
    size, began = 0, time.monotonic()
    for result in results:
        if not batch:
            began = time.monotonic()
        batch.append(result)
        size += 2 * result.ntriples.count(b"\n")
        if size >= quads or time.monotonic() - began >= seconds:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def warm_up() -> None:
    """Load what the pipeline loads once (jieba's dictionary, the lexicons) by running it on a short text."""
    _process(Path("warm-up.txt"), _WARM_UP.encode("utf-8"))


def _in_order(submit: Callable[[Path], object], paths: Iterable[Path], window: int) -> Iterator[Extracted]:
    """Results of SUBMIT(path) for each path, in order, with at most WINDOW tasks in flight."""
    pending: collections.deque = collections.deque()
    for path in paths:
        pending.append(submit(path))
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
    return (extract(p, None, want_traceback) for p in paths)
