"""What a reader sees of a build: `kg build --jobs 2` of generated bulletins in another process while this one
opens the store read-only again and again, counting each bulletin's triples. A bulletin seen with a count other
than its final one was seen half-written; the reader's memory is printed too (repeated read-only opens must not
grow it).

    .venv/bin/python benchmarks/bench_reader_during_build.py [--bulletins 200] [--pause 0.3]
"""
from __future__ import annotations

import argparse
import collections
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.store import Store, StoreError  # noqa: E402

PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


def rss_mb() -> int:
    status = Path("/proc/self/status").read_text()
    return int(status.split("VmRSS:")[1].split()[0]) // 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bulletins", type=int, default=200)
    ap.add_argument("--pause", type=float, default=0.3, help="seconds between two opens")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        sources, out = Path(tmp) / "in", Path(tmp) / "out"
        subprocess.run([sys.executable, str(REPO / "benchmarks" / "generate.py"), str(args.bulletins), "-o",
                        str(sources)], check=True, stdout=subprocess.DEVNULL)
        build = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(sources), "-o", str(out), "--jobs",
                                  "2", "--no-view", "--no-export"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        seen, opens, refused, start_rss = collections.defaultdict(set), 0, 0, rss_mb()
        while build.poll() is None:
            try:
                with Store(out, read_only=True) as store:
                    for graph, count in store.query(PER_GRAPH)[1]:
                        seen[str(graph)].add(count)
                opens += 1
            except StoreError:
                refused += 1   # no store yet, or a compaction under way
            time.sleep(args.pause)
        with Store(out, read_only=True) as store:
            final = {str(graph): count for graph, count in store.query(PER_GRAPH)[1]}
    partial = [graph for graph, counts in seen.items() if counts != {final.get(graph)}]
    print(f"read-only opens during the build: {opens} ({refused} refused); bulletins seen: {len(seen)} of "
          f"{len(final)}; seen half-written: {len(partial)}; reader memory {start_rss} -> {rss_mb()} MB")
    return 1 if partial else 0


if __name__ == "__main__":
    sys.exit(main())
