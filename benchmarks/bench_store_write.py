"""The store write of `kg build` (Store.add_ntriples), against the extraction of the same bulletins in the same run.

Part 1, per bulletin, into one store: CPU ms of writing a new bulletin alone (one transaction), new bulletins in
batches as `kg build` writes them (Store.add_batch of kg.build.BATCH_QUADS quads: the bulk loader under the write
journal), of rebuilding it unchanged and of rebuilding it with half its triples changed, each as a ratio to
extracting it (pipeline + kg.rdf, measured just before). With --jobs 2 the parent writes while two workers extract: it is the bottleneck when a write costs more
than an extraction, and 2 jobs can gain at most (E + W) / max(W, (E + W) / 2) on 2 cores (E extraction, W write).

Part 2, one long document (each size in a fresh process: peak RSS only grows): the N-Triples of the bulletins,
copied under renamed IRIs up to SIZE MB of source text, written as one bulletin in one transaction; seconds per
MB and peak memory, as ratios to the smallest size. A document larger than kg.journal.CHUNK_QUADS is written by
the bulk loader in chunks (before: one transaction, ~650 B of RAM a quad).

    .venv/bin/python benchmarks/bench_store_write.py                   # 40 bulletins; documents of 0.3, 1, 3 MB
    .venv/bin/python benchmarks/bench_store_write.py --mb 1 3 10       # larger documents
"""
from __future__ import annotations

import argparse
import json
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmarks import generate  # noqa: E402


def extracted(paths: list[Path]) -> tuple[list[tuple[str, bytes]], float]:
    """(file name, N-Triples) of each bulletin, and the CPU seconds of extracting one, on average."""
    from kg import build
    build.warm_up()
    started = time.process_time()
    results = [build.extract(p) for p in paths]
    return [(r.name, r.ntriples) for r in results], (time.process_time() - started) / len(paths)


def half_changed(ntriples: bytes) -> bytes:
    """Every other triple kept, the others' objects changed: the rebuild of a bulletin whose rules changed."""
    lines = ntriples.splitlines(True)
    return b"".join(line if i % 2 else line.replace(b'"@zh .', b' (changed)"@zh .') for i, line in enumerate(lines))


def batched(bulletins: list[tuple[str, bytes]]) -> float:
    """CPU seconds per bulletin of writing BULLETINS, new, into a store in the batches of kg.build.batched."""
    from kg import build
    from kg.store import Store
    results = [build.Extracted(name, name, ntriples=ntriples) for name, ntriples in bulletins]
    with tempfile.TemporaryDirectory() as directory, Store(directory) as store:
        started = time.process_time()
        for batch in build.batched(results):
            assert not store.add_batch([result.item for result in batch])
        store.db.flush()
        return (time.process_time() - started) / len(bulletins)


def per_bulletin(bulletins: list[tuple[str, bytes]]) -> dict[str, float]:
    """CPU seconds per bulletin of each kind of write (RocksDB's background threads included)."""
    from kg.store import Store
    seconds = {"new, in batches (kg build)": batched(bulletins)}
    with tempfile.TemporaryDirectory() as directory, Store(directory) as store:
        for label, data in (("new, one by one", bulletins), ("rebuilt unchanged", bulletins),
                            ("rebuilt half changed", [(n, half_changed(nt)) for n, nt in bulletins])):
            started = time.process_time()
            for name, ntriples in data:
                store.add_ntriples(name, ntriples)
            seconds[label] = (time.process_time() - started) / len(data)
    return seconds


def long_document(source: Path, size_mb: float, text_mb: float, how: str) -> dict:
    """Write one document of SIZE_MB of text (the bulletins of SOURCE stand for TEXT_MB) with add_ntriples, in
    chunks (HOW "chunks") or, as before, in one transaction (HOW "transaction": chunks larger than any document)."""
    from kg import journal
    from kg.store import Store
    if how == "transaction":
        journal.CHUNK_QUADS = 10**12
    with open(source, "rb") as f:
        blob = b"".join(nt for _, nt in pickle.load(f))
    parts, left, copy = [], size_mb / text_mb, 0
    while left > 0:
        part = blob if left >= 1 else blob[:blob.rindex(b"\n", 0, int(len(blob) * left)) + 1]
        parts.append(part.replace(b"/cppcc-kg/id/", f"/cppcc-kg/id/copy{copy}/".encode()))
        left, copy = left - 1, copy + 1
    ntriples = b"".join(parts)
    del parts, blob
    before = psutil.Process().memory_info().rss / 2**20   # what the process holds now (its peak may be higher)
    with tempfile.TemporaryDirectory() as directory, Store(directory) as store:
        started, cpu = time.perf_counter(), time.process_time()
        triples = store.add_ntriples("long.txt", ntriples)
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"mb": size_mb, "how": how, "triples": triples, "wall": wall, "cpu": cpu, "before": before,
            "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}   # kilobytes on Linux


def report(extract_s: float, writes: dict[str, float], documents: list[dict]) -> None:
    print(f"extraction (pipeline + kg.rdf): {extract_s * 1e3:.0f} ms CPU per bulletin (the reference)")
    for label, seconds in writes.items():
        print(f"  write, {label:27s} {seconds * 1e3:6.0f} ms CPU  = {seconds / extract_s:.2f} × extraction")
    new = writes["new, in batches (kg build)"]
    print(f"  2 jobs on 2 cores can gain at most {(extract_s + new) / max(new, (extract_s + new) / 2):.2f} × "
          f"(the parent writes {'slower' if new > extract_s else 'faster'} than a worker extracts)")
    if not documents:
        return
    for how in ("transaction", "chunks"):
        report_documents(how, [d for d in documents if d["how"] == how])


def report_documents(how: str, documents: list[dict]) -> None:
    if not documents:
        return
    base = documents[0]
    print(f"one long document, {'one transaction' if how == 'transaction' else 'in chunks (kg.journal.CHUNK_QUADS)'} "
          f"({base['triples'] / base['mb']:.0f} triples per MB of text):")
    for d in documents:
        extra = (f", {(d['peak'] - base['peak']) / (d['mb'] - base['mb']):.0f} MB more per MB than the smallest"
                 if d is not base else f" ({d['before']:.0f} MB before the write)")
        print(f"  {d['mb']:5.1f} MB  {d['triples']:>9} triples  {d['cpu'] / d['mb']:6.1f} s CPU/MB "
              f"({d['cpu'] / d['mb'] / (base['cpu'] / base['mb']):.2f} × the smallest)  {d['wall'] / d['mb']:6.1f} s wall/MB"
              f"  peak {d['peak']:6.0f} MB{extra}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bulletins", type=int, default=80, help="generated bulletins (default 80)")
    parser.add_argument("--mb", type=float, nargs="*", default=[0.3, 1.0, 3.0], help="long document sizes in MB")
    parser.add_argument("--transaction-mb", type=float, default=3.0,
                        help="sizes up to this are also written in one transaction, as before (default 3)")
    parser.add_argument("--document", nargs=4, metavar=("SOURCE", "MB", "TEXT_MB", "HOW"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.document:   # one size, in its own process
        source, size, text_mb, how = args.document
        print(json.dumps(long_document(Path(source), float(size), float(text_mb), how)))
        return
    with tempfile.TemporaryDirectory() as work:
        paths = generate.write(Path(work) / "bulletins", args.bulletins)
        text_mb = sum(p.stat().st_size for p in paths) / 1e6
        bulletins, extract_s = extracted(paths)
        writes = per_bulletin(bulletins)
        source = Path(work) / "ntriples.pickle"
        source.write_bytes(pickle.dumps(bulletins))
        documents = []
        for how in ("transaction", "chunks"):
            for size in sorted(args.mb):
                if how == "chunks" or size <= args.transaction_mb:
                    out = subprocess.run([sys.executable, __file__, "--document", str(source), str(size), str(text_mb),
                                          how], capture_output=True, text=True, check=True)
                    documents.append(json.loads(out.stdout.splitlines()[-1]))
    report(extract_s, writes, documents)


if __name__ == "__main__":
    main()
