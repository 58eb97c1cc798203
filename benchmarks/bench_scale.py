"""Scale benchmark of `kg build` and the store, against jieba.posseg on the same text in the same run.

Prints, in one run, every figure of issue 12's table: build throughput (chars/s and its ratio to jieba.posseg),
start-up, 2 jobs against one, one large document (time per MB), peak memory and store size at 10, 200 and
1,200 bulletins, adding ONE bulletin to the largest store end to end, a GROUP BY of posts per person and the
ready-made queries there (with the union graph materialised, and as pyoxigraph's union of the named graphs as
the store was before), then an estimate for 100,000 bulletins. Bulletins come from benchmarks/generate.py.

    .venv/bin/python benchmarks/bench_scale.py            # 10, 200, 1,200 bulletins; documents of 1, 5, 20, 50 MB
    .venv/bin/python benchmarks/bench_scale.py --quick    # 10 and 200 bulletins; a document of 1 MB
    .venv/bin/python benchmarks/bench_scale.py --throughput   # one process only: 200 bulletins, start-up, parts

Builds run as `kg build ... --no-html` subprocesses (the view is another matter); their throughput is counted after
start-up and set against jieba.posseg measured just before and just after each build (the mean: the machine is
shared, its speed varies). Next to it, the same text in this process, part by part (each pipeline stage,
kg.rdf, the store write, graph.ttl), says where a build's time goes. Peak memory is the largest
summed PSS (proportional set size: memory a forked worker shares with
the parent counts once) of the build's process tree, sampled every 50 ms.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmarks import generate  # noqa: E402

KG = [sys.executable, "-m", "kg.cli"]
TARGETS = {"one process / posseg": 0.5, "2 jobs / 1 job": 1.8, "one bulletin into the store (s)": 5.0,
           "ready-made query (ms)": 200.0}
POSTS_PER_PERSON = """SELECT ?person (COUNT(DISTINCT ?m) AS ?posts)
WHERE { ?m a org:Membership ; org:member ?person } GROUP BY ?person ORDER BY DESC(?posts) LIMIT 20"""
# the same counts without the class check (only a membership has org:member): a lookup less for each post
POSTS_BY_MEMBER = POSTS_PER_PERSON.replace("?m a org:Membership ; org:member ?person", "?m org:member ?person")


def children_cpu() -> float:
    """CPU seconds of the processes this one has waited for (with theirs): a build and its workers."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


LAST_CPU = [0.0]   # CPU seconds of the last command run() ran, its workers included
LAST_PARENT_CPU = [0.0]   # ... of its own process alone (RocksDB's threads included, not its workers)


def run(cmd: list[str], timeout: float) -> tuple[float, int, int | None]:
    """(wall seconds, peak memory of the process tree in bytes (PSS: pages a fork shares count once), exit
    status or None when killed at TIMEOUT); the command's CPU seconds go to LAST_CPU[0]."""
    cpu = children_cpu()
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    top = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            times = top.cpu_times()
            LAST_PARENT_CPU[0] = times.user + times.system
            tree = [top, *top.children(recursive=True)]
            peak = max(peak, sum(p.memory_full_info().pss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        if time.perf_counter() - started > timeout:
            for p in [top, *top.children(recursive=True)]:
                p.kill()
            proc.wait()
            return time.perf_counter() - started, peak, None
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    LAST_CPU[0] = children_cpu() - cpu
    if proc.returncode not in (0, 1):
        print(proc.stderr.read().decode("utf-8", "replace")[-2000:], file=sys.stderr)
    return seconds, peak, proc.returncode


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def chars_in(directory: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8")) for p in directory.glob("*.txt"))


def posseg_rate(directory: Path, limit: int = 100) -> float:
    """jieba.posseg characters per second over (the first LIMIT) files of DIRECTORY, dictionary loaded
    beforehand. Measured again next to each build: the machine is shared, its speed varies."""
    import jieba
    import jieba.posseg
    jieba.setLogLevel(60)
    jieba.initialize()
    texts = [p.read_text(encoding="utf-8") for p in sorted(directory.glob("*.txt"))[:limit]]
    started = time.perf_counter()
    for text in texts:
        for _ in jieba.posseg.cut(text):
            pass
    return sum(map(len, texts)) / (time.perf_counter() - started)


class Report:
    def __init__(self):
        self.rows: list[tuple[str, str, str]] = []

    def add(self, what: str, value: str, note: str = "") -> None:
        self.rows.append((what, value, note))
        print(f"  {what}: {value}  {note}", file=sys.stderr, flush=True)

    def print(self) -> None:
        print("| what | measured | vs reference / target |")
        print("|---|---|---|")
        for row in self.rows:
            print("| " + " | ".join(row) + " |")


def startup_parts() -> tuple[float, float]:
    """(seconds to import the kg command, seconds to load the lexicons and jieba's dictionary), in a fresh
    interpreter: what a build pays before its first bulletin, beside the store's opening."""
    code = ("import time; t = time.perf_counter(); import kg.cli, kg.build; i = time.perf_counter() - t; "
            "kg.build.warm_up(); print(i, time.perf_counter() - t - i)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=HERE.parent, check=True)
    imported, loaded = map(float, out.stdout.split())
    return imported, loaded


def build_parts(directory: Path, limit: int = 100) -> tuple[int, dict[str, float]]:
    """(characters, seconds of each part) of building the first LIMIT files of DIRECTORY in this process, after a
    warm-up: each pipeline stage, kg.rdf.to_ntriples, Store.add_batch into a new store (batches of kg.build.batched,
    as kg build writes), graph.ttl at the end."""
    from kg import build, iris, rdf
    from kg import store as kgstore
    from kg.document import Document
    from kg.pipeline import STAGES
    build.warm_up()
    seconds: collections.Counter = collections.Counter()
    chars = 0

    def timed(part: str, fn, *args):
        started = time.perf_counter()
        result = fn(*args)
        seconds[part] += time.perf_counter() - started
        return result

    def extracted():
        nonlocal chars
        for path in sorted(directory.glob("*.txt"))[:limit]:
            doc = Document(path=path)
            for name, stage in STAGES:
                timed(name, stage, doc)
            chars += len(doc.text)
            triples = timed("rdf", rdf.triples, doc)
            yield build.Extracted(str(path), doc.name, ntriples=timed("rdf", triples.ntriples),
                                  nquads=timed("rdf", triples.nquads, iris.bulletin(doc.name)))

    with tempfile.TemporaryDirectory() as out, kgstore.Store(Path(out)) as db:
        for batch in build.batched(extracted()):   # as kg build writes them
            timed("store write", db.add_batch, [result.item for result in batch])
        timed("graph.ttl", db.export, Path(out) / "graph.ttl", "turtle")
    return chars, dict(seconds)


def measure_parts(directory: Path, report: Report, limit: int = 100) -> None:
    """The extraction alone (pipeline + kg.rdf) against posseg on the same files, and the share of each part."""
    before = posseg_rate(directory, limit)
    chars, seconds = build_parts(directory, limit)
    rate = (before + posseg_rate(directory, limit)) / 2
    extraction = sum(v for k, v in seconds.items() if k not in ("store write", "graph.ttl"))
    total = sum(seconds.values())
    report.add(f"extraction alone (pipeline + kg.rdf), {limit} bulletins in this process",
               f"{chars / extraction / 1e3:.1f} kchar/s", f"{chars / extraction / rate:.2f} × posseg "
               f"({rate / 1e3:.1f} kchar/s, mean of before and after)")
    shares = ", ".join(f"{k} {v:.1f} s ({v / total:.0%})" for k, v in sorted(seconds.items(), key=lambda kv: -kv[1]))
    report.add(f"parts of building {limit} bulletins in this process", f"{total:.1f} s", shares)


def mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB"


def verdict(value: float, target: float, higher: bool = True) -> str:
    ok = value >= target if higher else value < target
    return f"target {'≥' if higher else '<'} {target:g}: {'met' if ok else 'NOT met'}"


def measure_builds(work: Path, counts: list[int], report: Report, startup: float, one_job_only: bool = False) -> dict:
    stores = {}
    for count in counts:
        corpus = work / f"b{count}"
        generate.write(corpus, count)
        chars = chars_in(corpus)
        for jobs in ((1,) if one_job_only else (1, 2) if count == 200 else (2,) if count > 200 else (1,)):
            before = posseg_rate(corpus)
            out = work / f"o{count}-j{jobs}"
            seconds, peak, status = run([*KG, "build", str(corpus), "-o", str(out), "--no-html",
                                         "--jobs", str(jobs)], timeout=3600)
            after = posseg_rate(corpus)
            rate = (before + after) / 2
            speed = chars / max(seconds - startup, 1e-9)
            report.add(f"build {count} bulletins ({chars} chars), {jobs} job{'s' if jobs > 1 else ''}",
                       f"{seconds:.1f} s ({LAST_CPU[0]:.1f} CPU s with the workers), {speed / 1e3:.1f} kchar/s "
                       f"after start-up; load average {os.getloadavg()[0]:.1f}",
                       f"{speed / rate:.2f} × posseg ({rate / 1e3:.1f} kchar/s: {before / 1e3:.1f} just before, "
                       f"{after / 1e3:.1f} just after)" + (f"; {verdict(speed / rate, 0.5)}" if jobs == 1 else ""))
            report.add(f"peak memory, {count} bulletins, {jobs} job{'s' if jobs > 1 else ''}", mb(peak),
                       "exit status " + str(status))
            stores[(count, jobs)] = {"out": out, "seconds": seconds, "speed": speed, "peak": peak, "chars": chars,
                                     "rate": rate, "cpu": LAST_CPU[0]}
        out = stores[(count, jobs)]["out"]
        triples = json.loads(subprocess.run([*KG, "query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "-s", str(out),
                                             "--format", "json"], capture_output=True, text=True).stdout)[0]["n"]
        report.add(f"store at {count} bulletins", f"{triples} triples, {mb(size_of(out / 'store'))} on disk",
                   f"graph.ttl {mb(size_of(out / 'graph.ttl'))}")
        stores[count] = {"out": out, "triples": triples, **stores[(count, jobs)]}
    if (200, 1) in stores and (200, 2) in stores:
        ratio = stores[(200, 1)]["seconds"] / stores[(200, 2)]["seconds"]
        report.add("2 jobs / 1 job, 200 bulletins", f"{ratio:.2f} ×", verdict(ratio, 1.8) + "; CPU seconds "
                   f"{stores[(200, 1)]['cpu']:.1f} / {stores[(200, 2)]['cpu']:.1f} (the work itself; wall time "
                   "on 2 shared cores also measures the others' load)")
    return stores


def measure_parallel(work: Path, report: Report, rounds: int, count: int = 200) -> None:
    """`kg build` of COUNT bulletins with 1 job and with 2, one after the other, ROUNDS times (the machine is
    shared: each pair is measured minutes apart at most). For each pair the wall-time ratio, the target, and the
    CPU view, which the others' load changes less: the CPU seconds of each build, with 2 jobs the parent's (the
    store writes: the part that stays serial) and the workers' (the extraction), and the ratio the CPU seconds allow
    on two cores of the build's own if 1 job kept one busy: 1 job's CPU / max(2 jobs' CPU / 2, the parent's)."""
    corpus = work / f"b{count}"
    if not corpus.is_dir():
        generate.write(corpus, count)
    ratios, bounds = [], []
    for round_ in range(1, rounds + 1):
        figures = {}
        for jobs in (1, 2):
            out = work / f"parallel-j{jobs}"
            shutil.rmtree(out, ignore_errors=True)
            seconds, peak, _ = run([*KG, "build", str(corpus), "-o", str(out), "--no-html", "--jobs", str(jobs)], 3600)
            figures[jobs] = (seconds, LAST_CPU[0], LAST_PARENT_CPU[0], os.getloadavg()[0], peak)
        (wall1, cpu1, _, _, peak1), (wall2, cpu2, parent, load, peak2) = figures[1], figures[2]
        ratios.append(wall1 / wall2)
        bounds.append(cpu1 / max(cpu2 / 2, parent))
        report.add(f"2 jobs / 1 job, {count} bulletins, round {round_}", f"{ratios[-1]:.2f} × (wall {wall1:.1f} / "
                   f"{wall2:.1f} s; load average {figures[1][3]:.1f} / {load:.1f})",
                   f"CPU: 1 job {cpu1:.1f} s ({cpu1 / wall1:.2f} cores busy); 2 jobs {cpu2:.1f} s = parent {parent:.1f} "
                   f"(store writes) + workers {cpu2 - parent:.1f} ({cpu2 / cpu1:.2f} × the work of 1 job); "
                   f"CPU bound {bounds[-1]:.2f} ×; peak memory {mb(peak1)} / {mb(peak2)}")
    ratios.sort()
    report.add(f"2 jobs / 1 job, {count} bulletins, {rounds} rounds", f"median {ratios[len(ratios) // 2]:.2f} × "
               f"(min {ratios[0]:.2f}, max {ratios[-1]:.2f})", verdict(ratios[len(ratios) // 2], 1.8)
               + f"; CPU bound {min(bounds):.2f}–{max(bounds):.2f} ×")


def measure_documents(work: Path, sizes_mb: list[float], report: Report, startup: float, timeout: float) -> None:
    for size in sizes_mb:
        corpus = work / f"doc{size}"
        generate.write(corpus, 1, chars=int(size * 1e6 / 3))   # 3 bytes per CJK character in UTF-8
        real = size_of(corpus)
        seconds, peak, status = run([*KG, "build", str(corpus), "-o", str(work / f"odoc{size}"), "--no-html"], timeout)
        if status is None:
            report.add(f"one document of {mb(real)}", f"killed at {timeout:.0f} s", f"peak {mb(peak)}")
            break
        report.add(f"one document of {mb(real)}", f"{seconds:.1f} s, {(seconds - startup) / (real / 1e6):.1f} s per MB",
                   f"peak {mb(peak)}")


def time_query(store_dir: Path, sparql: str, union: bool) -> float:
    """Seconds of one query, run in this process."""
    import pyoxigraph as ox
    from kg import store as kgstore
    db = ox.Store.read_only(str(store_dir / "store"))
    started = time.perf_counter()
    for _ in db.query(sparql, prefixes=kgstore.PREFIXES, use_default_graph_as_union=union):
        pass
    return time.perf_counter() - started


def time_query_apart(store_dir: Path, sparql: str, union: bool, timeout: float) -> float | None:
    """time_query in a subprocess (a query cannot be interrupted in-process); None when over TIMEOUT."""
    code = (f"import sys; sys.path.insert(0, {str(HERE.parent)!r}); from pathlib import Path; "
            f"from benchmarks.bench_scale import time_query; "
            f"print(time_query(Path({str(store_dir)!r}), {sparql!r}, {union!r}))")
    try:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout)
        return float(out.stdout.strip())
    except (subprocess.TimeoutExpired, ValueError):
        return None


def query_parameters(store_dir: Path) -> dict[str, str]:
    from kg.store import Store
    with Store(store_dir, create=False, read_only=True) as store:
        _, people = store.query(POSTS_PER_PERSON.replace("?person (", "?name (").replace(
            "org:member ?person }", "org:member ?person . ?person foaf:name ?name }").replace("GROUP BY ?person", "GROUP BY ?name"))
        _, orgs = store.query("SELECT ?label (COUNT(?m) AS ?n) WHERE { ?m org:organization ?o . ?o skos:prefLabel ?label } "
                              "GROUP BY ?label ORDER BY DESC(?n) LIMIT 1")
        bulletin = next(iter(store.files()))
    return {"person": people[0][0], "org": orgs[0][0], "body": orgs[0][0], "bulletin": bulletin}


def measure_queries(store_dir: Path, triples: int, report: Report, timeout: float, before_timeout: float) -> None:
    from kg import named_queries
    params = query_parameters(store_dir)
    before = store_dir.with_name(store_dir.name + "-union")   # the layout of before: no union graph
    shutil.rmtree(before, ignore_errors=True)
    shutil.copytree(store_dir, before)
    import pyoxigraph as ox
    db = ox.Store(str(before / "store"))
    db.clear_graph(ox.DefaultGraph())
    db.flush()
    del db
    queries = {"GROUP BY posts per person": POSTS_PER_PERSON,
               "GROUP BY posts per person, org:member alone": POSTS_BY_MEMBER}
    for name, q in named_queries.list_queries().items():
        queries[name] = q.render({k: v for k, v in params.items() if k in q.params})
    worst = 0.0
    for name, sparql in queries.items():
        now = time_query_apart(store_dir, sparql, False, timeout)
        then = time_query_apart(before, sparql, True, before_timeout)
        then_text = f"{then * 1e3:.0f} ms" if then is not None else f"> {before_timeout:.0f} s"
        if now is None:
            report.add(f"query {name} at {triples} triples", f"> {timeout:.0f} s", f"union of named graphs: {then_text}")
            continue
        worst = max(worst, now)
        report.add(f"query {name} at {triples} triples", f"{now * 1e3:.0f} ms",
                   f"union of named graphs: {then_text}; {verdict(now * 1e3, 200, higher=False)}")
    report.add("slowest ready-made query", f"{worst * 1e3:.0f} ms", verdict(worst * 1e3, 200, higher=False))
    shutil.rmtree(before, ignore_errors=True)


def measure_one_more(work: Path, store_dir: Path, triples: int, report: Report) -> float:
    corpus = work / "one-more"
    generate.write(corpus, 1, seed=99)
    for extra, what in (([], "with graph.ttl"), (["--no-export"], "without graph.ttl")):
        seconds, peak, _ = run([*KG, "build", str(corpus), "-o", str(store_dir), "--no-html", *extra], timeout=1800)
        report.add(f"add ONE bulletin to {triples} triples, end to end, {what}", f"{seconds:.1f} s",
                   f"peak {mb(peak)}; {verdict(seconds, 5, higher=False)}")
    return seconds


def estimate(stores: dict, report: Report, counts: list[int]) -> None:
    largest = stores[max(counts)]
    per_bulletin_disk = size_of(largest["out"] / "store") / max(counts)
    chars = largest["chars"] / max(counts) * 100_000
    one = stores.get((200, 1), largest)["speed"]
    two = stores.get((200, 2), largest)["speed"]
    report.add("100,000 bulletins (estimate)",
               f"{chars / one / 3600:.1f} h in one process, {chars / two / 3600:.1f} h with 2 jobs",
               f"store ≈ {per_bulletin_disk * 1e5 / 1e9:.0f} GB, ≈ {largest['triples'] / max(counts) * 1e5 / 1e6:.0f}M "
               f"triples; peak memory as at {max(counts)} (it does not grow with the store); one bulletin added "
               f"costs about the same (indexes are logarithmic), graph.ttl export grows linearly: use --no-export")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="10 and 200 bulletins, one document of 1 MB")
    parser.add_argument("--throughput", action="store_true",
                        help="only the one-process figures: start-up, 200 bulletins in one job, the parts of a build")
    parser.add_argument("--parallel", action="store_true",
                        help="only 200 bulletins in 1 and 2 jobs (2 jobs / 1 job), --rounds times, with start-up")
    parser.add_argument("--rounds", type=int, default=3, help="pairs of builds (1 job, 2 jobs) of --parallel")
    parser.add_argument("--work", metavar="DIR", help="working folder (default: a temporary one, removed)")
    parser.add_argument("--timeout", type=float, default=900, help="seconds before a large document is killed")
    args = parser.parse_args()
    counts = [10, 200] if args.quick else [10, 200, 1200]
    sizes = [1] if args.quick else [1, 5, 20, 50]
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    report = Report()
    try:
        reference = work / "reference"
        generate.write(reference, 200)
        rate = posseg_rate(reference)
        report.add("jieba.posseg (reference)", f"{rate / 1e3:.1f} kchar/s", "same text, same run, dictionary loaded")
        tiny = work / "tiny"
        generate.write(tiny, 1, chars=200)
        startup, peak, _ = run([*KG, "build", str(tiny), "-o", str(work / "otiny"), "--no-html"], timeout=300)
        imported, loaded = startup_parts()
        report.add("start-up (kg build of a 200-character bulletin)", f"{startup:.1f} s",
                   f"peak {mb(peak)}; of which import {imported:.1f} s, lexicons and jieba's dictionary {loaded:.1f} s")
        if args.parallel:
            measure_parallel(work, report, args.rounds)
            return
        if args.throughput:
            measure_builds(work, [200], report, startup, one_job_only=True)
            measure_parts(work / "b200", report)
            return
        stores = measure_builds(work, counts, report, startup)
        measure_parts(work / "b200", report)
        largest = stores[max(counts)]
        measure_one_more(work, largest["out"], largest["triples"], report)
        measure_queries(largest["out"], largest["triples"], report, timeout=60, before_timeout=30)
        measure_documents(work, sizes, report, startup, args.timeout)
        estimate(stores, report, counts)
    finally:
        report.print()
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
