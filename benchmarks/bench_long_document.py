"""How one long bulletin scales: time per MB and peak memory of each part of a build, at three sizes, as ratios
against the smallest, measured in the same run (issue 12: time proportional to size, memory bounded).

Each size runs in a fresh process (peak RSS only grows within a process) on one bulletin of benchmarks/generate.py:
the pipeline stages (kg.pipeline.STAGES, each timed), kg.rdf.to_ntriples, and the
replace of the bulletin's named graph in a store (Store.add_ntriples). A ratio of 1.0 for time per MB means
linear time; the peak-memory ratio should grow no faster than the size ratio.

    .venv/bin/python benchmarks/bench_long_document.py                  # 0.1, 0.3 and 1 MB
    .venv/bin/python benchmarks/bench_long_document.py --mb 0.3 1 3     # other sizes
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


def run_size(size_mb: float, work: Path) -> dict:
    corpus = work / f"doc{size_mb}"
    [path] = generate.write(corpus, 1, chars=int(size_mb * 1e6 / 3))   # 3 bytes per CJK character in UTF-8
    out = subprocess.run([sys.executable, __file__, "--measure", str(path)], capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.splitlines()[-1])


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
    parser.add_argument("--mb", type=float, nargs="+", default=[0.1, 0.3, 1.0], help="document sizes in MB")
    parser.add_argument("--measure", metavar="FILE", help=argparse.SUPPRESS)   # one size, in its own process
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(Path(args.measure))))
        return
    with tempfile.TemporaryDirectory() as work:
        report([run_size(size, Path(work)) for size in sorted(args.mb)])


if __name__ == "__main__":
    main()
