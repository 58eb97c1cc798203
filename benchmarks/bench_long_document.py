"""How one long bulletin scales: time per MB and peak memory of a build, at three sizes, as ratios against the
smallest, measured in the same run (issue 12: a 50 MB file builds in under 2 GB, in time proportional to its size).

Each size runs in a fresh process (peak RSS only grows within a process) on one bulletin of benchmarks/generate.py,
as `kg build` does it (kg.windows): the file read once, each window of about kg.windows.WINDOW_CHARS characters
through the stages and kg.rdf, its N-Triples written into a new store (Store.add_windows) and freed. It prints
CPU and wall seconds per MB of the reading, of the windows (stages and kg.rdf) and of the store write, each as a
ratio to the smallest size (1.0 everywhere = linear time), the main thread's CPU apart ("main CPU": the process's
CPU includes RocksDB's threads, which flush and compact while the next window is made), and the peak RSS after
reading and at the end.
`--one-pass` measures the whole document through every stage at once instead (each stage, kg.rdf.to_ntriples and
the store write timed apart, the peak after each), as builds did before kg.windows.

    .venv/bin/python benchmarks/bench_long_document.py                  # 1, 10 and 50 MB (~25 min under load)
    .venv/bin/python benchmarks/bench_long_document.py --mb 0.3 1 3     # other sizes
    .venv/bin/python benchmarks/bench_long_document.py --one-pass --mb 0.3 1 3
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmarks import generate  # noqa: E402


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # kilobytes on Linux


def measure(path: Path) -> dict:
    """Seconds of each stage, of the RDF conversion and of the store write, and the peak RSS after each part."""
    from kg import rdf, store
    from kg.document import Document
    from kg.pipeline import STAGES
    figures: dict = {"bytes": path.stat().st_size, "seconds": {}, "peak_mb": {}}
    doc = Document(path=path)
    for name, stage in STAGES:
        started = time.perf_counter()
        stage(doc)
        figures["seconds"][name] = time.perf_counter() - started
    figures["peak_mb"]["pipeline"] = peak_mb()
    started = time.perf_counter()
    triples = rdf.to_ntriples(doc)
    figures["seconds"]["rdf"] = time.perf_counter() - started
    figures["peak_mb"]["rdf"] = peak_mb()
    with tempfile.TemporaryDirectory() as directory, store.Store(directory) as db:
        started = time.perf_counter()
        db.add_ntriples(path.name, triples)
        figures["seconds"]["store"] = time.perf_counter() - started
    figures["peak_mb"]["store"] = peak_mb()
    return figures


def measure_windows(path: Path) -> dict:
    """What `kg build` does with a long file (kg.build.extract_windows): the file read once (kg.windows), then
    each window's stages and kg.rdf, its N-Triples written (Store.add_windows) and freed. CPU and wall seconds
    of the extraction (time spent making the windows) and of the store write, peak RSS after reading and at the end."""
    from kg import build, store, windows
    figures: dict = {"bytes": path.stat().st_size, "seconds": {}, "cpu": {}, "peak_mb": {}}
    build.warm_up()   # jieba's dictionary and the lexicons, loaded once by any build: not a cost of the size
    figures["peak_mb"]["start"] = peak_mb()
    wall, cpu = time.perf_counter(), time.process_time()
    long = windows.LongDocument(path)
    figures["seconds"]["read"], figures["cpu"]["read"] = time.perf_counter() - wall, time.process_time() - cpu
    figures["peak_mb"]["read"] = peak_mb()
    spent = {"seconds": 0.0, "cpu": 0.0, "thread": 0.0}

    def timed(chunks):
        while True:
            wall, cpu, thread = time.perf_counter(), time.process_time(), time.thread_time()
            chunk = next(chunks, None)
            spent["seconds"] += time.perf_counter() - wall
            spent["cpu"] += time.process_time() - cpu
            spent["thread"] += time.thread_time() - thread
            if chunk is None:
                return
            yield chunk
    with tempfile.TemporaryDirectory() as directory, store.Store(directory) as db:
        wall, cpu, thread = time.perf_counter(), time.process_time(), time.thread_time()
        figures["triples"] = db.add_windows(path.name, timed(long.ntriples()))
        figures["windows"] = -(-len(long._text) // windows.WINDOW_CHARS)
        total = {"seconds": time.perf_counter() - wall, "cpu": time.process_time() - cpu,
                 "thread": time.thread_time() - thread}
    for unit in ("seconds", "cpu"):
        figures[unit]["windows"] = spent[unit]
        figures[unit]["store"] = total[unit] - spent[unit]
    # the main thread's CPU apart from RocksDB's threads, which flush and compact beside the extraction
    figures["cpu_main"] = {"windows": spent["thread"], "store": total["thread"] - spent["thread"]}
    figures["peak_mb"]["end"] = peak_mb()
    return figures


def run_size(size_mb: float, work: Path, one_pass: bool) -> dict:
    corpus = work / f"doc{size_mb}"
    [path] = generate.write(corpus, 1, chars=int(size_mb * 1e6 / 3))   # 3 bytes per CJK character in UTF-8
    out = subprocess.run([sys.executable, __file__, "--measure", str(path)] + (["--one-pass"] if one_pass else []),
                         capture_output=True, text=True, check=True)
    path.unlink()
    return json.loads(out.stdout.splitlines()[-1])


def report_windows(results: list[dict]) -> None:
    """s/MB (CPU and wall) of each part and in all, as a ratio to the smallest size, and peak memory."""
    sizes = [r["bytes"] / 1e6 for r in results]
    print(f"{'part':16s}" + "".join(f"{mb:>12.2f} MB" for mb in sizes) + "   ratio of s/MB to the smallest")
    label = {"cpu": "CPU ", "cpu_main": "main CPU ", "seconds": "wall "}
    for unit in ("cpu", "cpu_main", "seconds"):
        for part in [*results[0][unit], "total"]:
            spent = [sum(r[unit].values()) if part == "total" else r[unit][part] for r in results]
            per_mb = [v / mb for v, mb in zip(spent, sizes)]
            print(f"{label[unit] + part:16s}" + "".join(f"{v:>10.2f} s/MB" for v in per_mb)
                  + "  " + " ".join(f"{v / per_mb[0]:.2f}" for v in per_mb))
    for part in results[0]["peak_mb"]:
        print(f"{'peak ' + part:16s}" + "".join(f"{r['peak_mb'][part]:>12.0f} MB" for r in results)
              + "  (target < 2048 MB: " + ("met" if all(r["peak_mb"][part] < 2048 for r in results) else "NOT met") + ")")
    print(f"{'windows':16s}" + "".join(f"{r['windows']:>15d}" for r in results))
    print(f"{'triples':16s}" + "".join(f"{r['triples']:>15d}" for r in results))


def report(results: list[dict]) -> None:
    base = results[0]
    parts = list(base["seconds"])
    print(f"{'part':14s}" + "".join(f"{r['bytes'] / 1e6:>10.2f} MB" for r in results) + "   ratio of s/MB to the smallest")
    for part in parts:
        per_mb = [r["seconds"][part] / (r["bytes"] / 1e6) for r in results]
        print(f"{part:14s}" + "".join(f"{v:>10.2f} s " for v in per_mb)
              + "  " + " ".join(f"{v / per_mb[0]:.2f}" if per_mb[0] > 0.005 else "-" for v in per_mb))
    total = [sum(r["seconds"].values()) / (r["bytes"] / 1e6) for r in results]
    print(f"{'total s/MB':14s}" + "".join(f"{v:>10.2f} s " for v in total)
          + "  " + " ".join(f"{v / total[0]:.2f}" for v in total))
    for part in base["peak_mb"]:
        peaks = [r["peak_mb"][part] for r in results]
        print(f"{'peak ' + part:14s}" + "".join(f"{v:>9.0f} MB " for v in peaks)
              + "  " + " ".join(f"{v / peaks[0]:.2f}" for v in peaks) + "  (size ratios "
              + " ".join(f"{r['bytes'] / base['bytes']:.1f}" for r in results) + ")")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[1.0, 10.0, 50.0],
                        help="document sizes in MB (default 1 10 50: ~25 min on the loaded 2-core machine)")
    parser.add_argument("--one-pass", action="store_true",
                        help="the whole document through the stages at once, as before kg.windows (each stage timed)")
    parser.add_argument("--measure", metavar="FILE", help=argparse.SUPPRESS)   # one size, in its own process
    args = parser.parse_args()
    if args.measure:
        print(json.dumps((measure if args.one_pass else measure_windows)(Path(args.measure))))
        return
    with tempfile.TemporaryDirectory() as work:
        results = [run_size(size, Path(work), args.one_pass) for size in sorted(args.mb)]
        (report if args.one_pass else report_windows)(results)


if __name__ == "__main__":
    main()
