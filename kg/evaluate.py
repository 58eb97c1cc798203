"""Score built graphs against gold annotations: `kg evaluate GOLD_DIR CORPUS_DIR`.

For every gold file GOLD_DIR/NAME.json whose bulletin CORPUS_DIR/NAME.txt exists, the bulletin is run
through the pipeline, turned into RDF (kg.rdf.to_graph), merged with the ontology files (ontology/*.ttl,
so that cppcc:Company and the other classes count as subclasses of org:Organization) and scored.

The matching is a faithful reimplementation of the reference scorer score.py (and events_score.py for
events) that comes with the gold annotations (see their GUIDELINE.md): the graph is read through standard
vocabularies only, names are compared after `norm` (NFKC, all whitespace removed), persons by name,
organizations by a one-to-one alignment (exact main name first, then any alias), posts as
(person name, role label, aligned gold organization id). Per-document figures equal what score.py prints
for the same graph; the TOTAL row is micro-averaged (true positives, system and gold counts summed over
documents, then precision, recall and F1).

Python API:
    score(gold, graph)                  the dict score.py --json prints (lists cut at 40)
    score_detailed(gold, graph)         the same numbers, full missed/spurious lists, raw share counts
    score_events(egold, gold, graph)    the dict events_score.py prints
    evaluate(gold_dir, corpus_dir, events_dir=None, build=pipeline_graph)   per-document and total results
    format_report(report, show_errors=15)
    load_ontology(graph), pipeline_graph(path)
CLI glue: add_arguments(parser), run(args) -> int.

Nothing here reads the gold data at import time; the gold and corpus directories are arguments.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from pathlib import Path
from typing import Callable, Iterable

import rdflib
from rdflib.namespace import FOAF, RDF, RDFS, SKOS

from kg.ontology import ontology_files

ORG = rdflib.Namespace("http://www.w3.org/ns/org#")
SCHEMA = rdflib.Namespace("https://schema.org/")
SCHEMA_HTTP = rdflib.Namespace("http://schema.org/")
NAME_PROPS = (RDFS.label, SKOS.prefLabel, FOAF.name, SCHEMA.name, SCHEMA_HTTP.name)
ALT_PROPS = (SKOS.altLabel,)

# gold type -> (words one of which a class local name contains, words it must not contain); as in score.py
TYPE_WORDS = {
    "CPPCC": (("cppcc",), ("body", "special", "sub", "office", "group", "sector", "unit")),
    "CPPCC_BODY": (("cppccbody", "cppccspecial", "cppccsub", "cppccoffice", "cppccunit", "cppccsector",
                    "specialcommittee"), ()),
    "PARTY": (("party",), ("democratic",)),
    "GOVERNMENT": (("government", "agency", "bureau", "congress", "court", "administrat"), ()),
    "DEMOCRATIC_PARTY": (("democratic",), ()),
    "MASS_ORG": (("mass", "association", "federation", "chamber", "union"), ()),
    "COMPANY": (("company", "enterprise", "corporation", "business", "firm"), ()),
    "OTHER": (("other", "institution", "school", "university", "museum", "media", "hospital", "research"), ()),
}

CATEGORIES = ("persons", "organizations", "posts")
REFERENCE_LIST_LIMIT = 40   # score.py cuts its missed/spurious lists here

# --------------------------------------------------------------------------------------------------
# matching (mirrors score.py)

def norm(s) -> str:
    s = unicodedata.normalize("NFKC", str(s))
    return "".join(s.split())


def subclasses(g: rdflib.Graph, root) -> set:
    seen, todo = {root}, [root]
    while todo:
        c = todo.pop()
        for s in g.subjects(RDFS.subClassOf, c):
            if s not in seen:
                seen.add(s)
                todo.append(s)
    return seen


def instances(g: rdflib.Graph, roots: Iterable) -> set:
    classes = set()
    for r in roots:
        classes |= subclasses(g, r)
    return {s for c in classes for s in g.subjects(RDF.type, c)}


def names(g: rdflib.Graph, node) -> tuple[list[str], list[str]]:
    """(main names, alternative names) of a node, normalised; a literal names itself."""
    main = [norm(o) for p in NAME_PROPS for o in g.objects(node, p)]
    alt = [norm(o) for p in ALT_PROPS for o in g.objects(node, p)]
    if isinstance(node, rdflib.Literal):
        main.append(norm(node))
    return main, alt


def prf(tp: int, n_sys: int, n_gold: int) -> dict:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "tp": tp, "sys": n_sys, "gold": n_gold}


def typed_as(g: rdflib.Graph, node, gold_type: str) -> bool:
    """The organization's own classes (not their superclasses) name its kind, e.g. cppcc:Company."""
    want, avoid = TYPE_WORDS[gold_type]
    for c in g.objects(node, RDF.type):
        local = str(c).rsplit("#", 1)[-1].rsplit("/", 1)[-1].lower()
        if any(w in local for w in want) and not any(w in local for w in avoid):
            return True
    return False


def _share(count: int, of: int) -> float:
    return round(count / of, 3) if of else 0.0


def score_detailed(gold: dict, g: rdflib.Graph) -> dict:
    """score.py's matching, with the full missed/spurious lists and the raw counts behind the shares
    (organizations: `qualified`, `typed`), so that results can be summed over documents."""
    # persons
    sys_persons = instances(g, [FOAF.Person, SCHEMA.Person, SCHEMA_HTTP.Person])
    person_names = {}
    for p in sys_persons:
        main, alt = names(g, p)
        person_names[p] = set(main + alt)
    gold_persons = {norm(p["name"]) for p in gold["persons"]}
    sys_person_set = set()
    for p, ns in person_names.items():
        sys_person_set.add(next(iter(sorted(ns & gold_persons)), None) or (sorted(ns)[0] if ns else str(p)))
    tp = len(sys_person_set & gold_persons)
    res = {"persons": prf(tp, len(sys_person_set), len(gold_persons))}
    res["persons"]["missed"] = sorted(gold_persons - sys_person_set)
    res["persons"]["spurious"] = sorted(sys_person_set - gold_persons)

    # organizations: one-to-one alignment, exact main name first, then any alias
    sys_orgs = instances(g, [ORG.Organization, ORG.FormalOrganization, ORG.OrganizationalUnit,
                             SCHEMA.Organization, SCHEMA_HTTP.Organization])
    org_names = {o: names(g, o) for o in sys_orgs}
    gold_orgs = gold["organizations"]
    gold_alias = {go["id"]: {norm(go["name"])} | {norm(a) for a in go.get("aliases", [])} for go in gold_orgs}
    align, used = {}, set()
    ordered = sorted(sys_orgs, key=str)
    for exact in (True, False):
        for go in gold_orgs:
            if go["id"] in align:
                continue
            for o in ordered:
                if o in used:
                    continue
                main, alt = org_names[o]
                hit = (norm(go["name"]) in main) if exact else bool(set(main + alt) & gold_alias[go["id"]])
                if hit:
                    align[go["id"]] = o
                    used.add(o)
                    break
    orgs = prf(len(align), len(sys_orgs), len(gold_orgs))
    orgs["missed"] = [go["name"] for go in gold_orgs if go["id"] not in align]
    orgs["spurious"] = sorted((org_names[o][0] or [str(o)])[0] for o in sys_orgs if o not in used)
    qualified = sum(1 for gid, o in align.items()
                    if norm(next(go["name"] for go in gold_orgs if go["id"] == gid)) in org_names[o][0])
    typed = sum(1 for go in gold_orgs if go["id"] in align and typed_as(g, align[go["id"]], go["type"]))
    orgs["qualified_name_share"] = _share(qualified, len(align))
    orgs["type_share"] = _share(typed, len(align))
    orgs["qualified"] = qualified
    orgs["typed"] = typed
    res["organizations"] = orgs

    # posts
    org_of = {o: gid for gid, o in align.items()}
    sys_posts = set()
    for m in set(g.subjects(RDF.type, ORG.Membership)) | set(g.subjects(ORG.member, None)):
        for p in g.objects(m, ORG.member):
            for o in g.objects(m, ORG.organization):
                for r in g.objects(m, ORG.role):
                    rmain, ralt = names(g, r)
                    pnames = person_names.get(p) or set(sum(names(g, p), []))
                    pname = next(iter(sorted(pnames & gold_persons)), None) or (
                        sorted(pnames)[0] if pnames else str(p))
                    oid = org_of.get(o, "sys:" + str(o))
                    for role in (rmain or ralt or [str(r)])[:1]:
                        sys_posts.add((pname, role, oid))
    gold_posts = {(norm(p["person"]), norm(p["role"]), p["org"]) for p in gold["posts"]}
    tp = len(sys_posts & gold_posts)
    res["posts"] = prf(tp, len(sys_posts), len(gold_posts))
    gname = {go["id"]: go["name"] for go in gold_orgs}
    res["posts"]["missed"] = sorted(f"{p}|{r}|{gname.get(o, o)}" for p, r, o in gold_posts - sys_posts)
    res["posts"]["spurious"] = sorted(f"{p}|{r}|{gname.get(o, o)}" for p, r, o in sys_posts - gold_posts)
    return res


def score(gold: dict, g: rdflib.Graph) -> dict:
    """Exactly the result score.py computes (and prints with --json) for this gold and graph."""
    res = score_detailed(gold, g)
    for cat in CATEGORIES:
        r = res[cat]
        r["missed"] = r["missed"][:REFERENCE_LIST_LIMIT]
        r["spurious"] = r["spurious"][:REFERENCE_LIST_LIMIT]
    res["organizations"].pop("qualified")
    res["organizations"].pop("typed")
    return res


# --------------------------------------------------------------------------------------------------
# events (mirrors events_score.py)

def _subprops(g: rdflib.Graph, roots) -> set:
    out = set(roots)
    todo = list(roots)
    while todo:
        p = todo.pop()
        for s in g.subjects(RDFS.subPropertyOf, p):
            if s not in out:
                out.add(s)
                todo.append(s)
    return out


def _subclasses(g: rdflib.Graph, roots) -> set:
    out = set(roots)
    todo = list(roots)
    while todo:
        c = todo.pop()
        for s in g.subjects(RDFS.subClassOf, c):
            if s not in out:
                out.add(s)
                todo.append(s)
    return out


def system_events(g: rdflib.Graph) -> list[dict]:
    S1, S2 = SCHEMA, SCHEMA_HTTP
    ev_classes = _subclasses(g, [S1.Event, S2.Event])
    start_p = _subprops(g, [S1.startDate, S2.startDate])
    end_p = _subprops(g, [S1.endDate, S2.endDate])
    who_p = _subprops(g, [S1.organizer, S2.organizer, S1.attendee, S2.attendee, S1.performer, S2.performer])
    loc_p = _subprops(g, [S1.location, S2.location])
    events = []
    for e in {s for c in ev_classes for s in g.subjects(RDF.type, c)}:
        starts = {str(o)[:10] for p in start_p for o in g.objects(e, p)}
        ends = {str(o)[:10] for p in end_p for o in g.objects(e, p)}
        people = set()
        for p in who_p:
            for o in g.objects(e, p):
                m, a = names(g, o)
                people |= set(m + a)
        places = set()
        for p in loc_p:
            for o in g.objects(e, p):
                m, a = names(g, o)
                places |= set(m + a)
        events.append({"starts": starts, "ends": ends, "people": people, "places": places})
    return events


def _score_events_counts(egold: dict, ent: dict, g: rdflib.Graph) -> dict:
    alias = {o["name"]: {norm(o["name"])} | {norm(a) for a in o.get("aliases", [])} for o in ent["organizations"]}
    sys_ev = system_events(g)
    used = set()
    found = people_hit = people_all = vis_hit = vis_all = date_end_ok = 0
    missed = []
    for ge in egold["events"]:
        gp = {norm(p) for p in ge.get("leaders", []) + ge.get("attendees", [])}
        gv = ge.get("visited", [])
        best, best_key = None, None
        for i, se in enumerate(sys_ev):
            if i in used or ge["start"] not in se["starts"]:
                continue
            share_p = gp & se["people"]
            share_v = [v for v in gv if alias.get(v, {norm(v)}) & se["places"]]
            if share_p or (not gp and share_v) or (not gp and not gv):
                end_ok = (ge.get("end") in se["ends"]) if ge.get("end") else not se["ends"]
                key = (len(share_p) + len(share_v), end_ok)
                if best_key is None or key > best_key:
                    best, best_key = (i, se, share_v), key
        people_all += len(gp)
        vis_all += len(gv)
        if best:
            i, se, share_v = best
            used.add(i)
            found += 1
            people_hit += len(gp & se["people"])
            vis_hit += len(share_v)
            if (ge.get("end") and ge["end"] in se["ends"]) or (not ge.get("end") and not se["ends"]):
                date_end_ok += 1
        else:
            who = "、".join(ge.get("leaders", []) + ge.get("attendees", []))
            missed.append(f"{ge['start']} {ge.get('kind', '')} {who}".strip())
    spurious = []
    for i, se in enumerate(sys_ev):
        if i not in used and se["starts"]:
            spurious.append(f"{min(se['starts'])} {'、'.join(sorted(se['people']))}".strip())
    return {"gold": len(egold["events"]), "sys": len([e for e in sys_ev if e["starts"]]), "found": found,
            "people_hit": people_hit, "people_all": people_all, "vis_hit": vis_hit, "vis_all": vis_all,
            "end_ok": date_end_ok, "missed": missed, "spurious": sorted(spurious)}


def _events_result(c: dict) -> dict:
    found, n_sys, n_gold = c["found"], c["sys"], c["gold"]
    p = found / n_sys if n_sys else 0
    r = found / n_gold if n_gold else 0
    f = 2 * p * r / (p + r) if p + r else 0
    return {"events_p": round(p, 3), "events_r": round(r, 3), "events_f1": round(f, 3), "gold": n_gold,
            "sys": n_sys, "found": found,
            "person_link_r": round(c["people_hit"] / c["people_all"], 3) if c["people_all"] else None,
            "visited_link_r": round(c["vis_hit"] / c["vis_all"], 3) if c["vis_all"] else None,
            "end_date_ok": round(c["end_ok"] / found, 3) if found else None}


def score_events(egold: dict, ent: dict, g: rdflib.Graph) -> dict:
    """Exactly the result events_score.py prints for this event gold, entity gold and graph."""
    return _events_result(_score_events_counts(egold, ent, g))


EVENT_COUNT_KEYS = ("gold", "sys", "found", "people_hit", "people_all", "vis_hit", "vis_all", "end_ok")


# --------------------------------------------------------------------------------------------------
# building graphs

def load_ontology(g: rdflib.Graph) -> list[Path]:
    """Parse the repository's ontology/*.ttl into g (the subclass axioms the scorer needs). Missing
    directory: nothing loaded; a file that does not parse: a warning on stderr. Returns the files loaded."""
    loaded = []
    for f in ontology_files():
        try:
            g.parse(f, format="turtle")
            loaded.append(f)
        except Exception as exc:  # noqa: BLE001 - a broken ontology file must not stop the evaluation
            print(f"warning: ontology file {f} not loaded: {exc}", file=sys.stderr)
    return loaded


def pipeline_graph(path: str | Path) -> rdflib.Graph:
    """The project's graph for one bulletin (kg.pipeline.process, kg.rdf.to_graph)."""
    from kg import pipeline, rdf
    return rdf.to_graph(pipeline.process(path))


# --------------------------------------------------------------------------------------------------
# evaluation over directories

def pairs(gold_dir: str | Path, corpus_dir: str | Path) -> tuple[list[tuple[str, Path, Path]], list[str]]:
    """(name, gold file, bulletin file) for each GOLD_DIR/NAME.json with CORPUS_DIR/NAME.txt; and the
    names of gold files without a bulletin."""
    gold_dir, corpus_dir = Path(gold_dir), Path(corpus_dir)
    found, skipped = [], []
    for gf in sorted(gold_dir.glob("*.json")):
        txt = corpus_dir / (gf.stem + ".txt")
        if txt.is_file():
            found.append((gf.stem, gf, txt))
        else:
            skipped.append(gf.stem)
    return found, skipped


def total(documents: list[dict]) -> dict:
    """Micro-average: tp, sys and gold summed over documents, then P/R/F1; the organization shares
    over all aligned organizations; events likewise over the documents that have event gold."""
    out = {}
    for cat in CATEGORIES:
        tp = sum(d[cat]["tp"] for d in documents)
        n_sys = sum(d[cat]["sys"] for d in documents)
        n_gold = sum(d[cat]["gold"] for d in documents)
        out[cat] = prf(tp, n_sys, n_gold)
    qualified = sum(d["organizations"]["qualified"] for d in documents)
    typed = sum(d["organizations"]["typed"] for d in documents)
    aligned = out["organizations"]["tp"]
    out["organizations"]["qualified"] = qualified
    out["organizations"]["typed"] = typed
    out["organizations"]["qualified_name_share"] = _share(qualified, aligned)
    out["organizations"]["type_share"] = _share(typed, aligned)
    with_events = [d for d in documents if d.get("events")]
    if with_events:
        counts = {k: sum(d["events"]["counts"][k] for d in with_events) for k in EVENT_COUNT_KEYS}
        out["events"] = _events_result(counts)
        out["events"]["counts"] = counts
        out["events"]["documents"] = len(with_events)
    out["seconds"] = round(sum(d.get("seconds", 0.0) for d in documents), 3)
    return out


def evaluate(gold_dir: str | Path, corpus_dir: str | Path, events_dir: str | Path | None = None,
             build: Callable[[Path], rdflib.Graph] = pipeline_graph, ontology: bool = True) -> dict:
    """Build and score every gold document that has its bulletin.

    build(path) -> rdflib.Graph makes the system graph of one bulletin (default: this project's
    pipeline); the ontology files are added to it when `ontology` is true. A document whose build raises
    is scored as an empty graph (its gold still counts) and carries the error message.
    Returns {"documents": [...], "total": {...}, "skipped": [...], "ontology": [...]}.
    """
    found, skipped = pairs(gold_dir, corpus_dir)
    onto = rdflib.Graph()
    onto_files = load_ontology(onto) if ontology else []
    documents = []
    for name, gold_file, txt in found:
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        error = None
        t0 = time.perf_counter()
        try:
            built = build(txt)
        except Exception as exc:  # noqa: BLE001 - report and go on with the other documents
            built = rdflib.Graph()
            error = f"{type(exc).__name__}: {exc}"
        seconds = time.perf_counter() - t0
        g = rdflib.Graph()
        for t in built:
            g.add(t)
        for t in onto:
            g.add(t)
        doc = {"doc": name, "seconds": round(seconds, 3), "triples": len(built)}
        doc.update(score_detailed(gold, g))
        if error:
            doc["error"] = error
        if events_dir is not None:
            ef = Path(events_dir) / (name + ".json")
            if ef.is_file():
                counts = _score_events_counts(json.loads(ef.read_text(encoding="utf-8")), gold, g)
                ev = _events_result(counts)
                ev["missed"] = counts.pop("missed")
                ev["spurious"] = counts.pop("spurious")
                ev["counts"] = counts
                doc["events"] = ev
        documents.append(doc)
    return {"documents": documents, "total": total(documents), "skipped": skipped,
            "ontology": [str(f) for f in onto_files]}


# --------------------------------------------------------------------------------------------------
# report

def _cells(r: dict) -> str:
    return f"{r['p']:5.3f} {r['r']:5.3f} {r['f1']:5.3f} {str(r['tp']) + '/' + str(r['sys']) + '/' + str(r['gold']):>11s}"


def format_report(report: dict, show_errors: int = 15) -> str:
    docs = report["documents"]
    width = max([len("TOTAL")] + [len(d["doc"]) for d in docs])
    cell_head = f"{'P':>5s} {'R':>5s} {'F1':>5s} {'tp/sys/gold':>11s}"
    lines = [
        f"{'':{width}s}  {'persons':<29s} | {'organizations':<29s} {'':11s} | {'posts':<29s}",
        f"{'document':{width}s}  {cell_head} | {cell_head} {'qual':>5s} {'typed':>5s} | {cell_head}",
    ]
    rule = "-" * len(lines[1])
    lines.append(rule)

    def row(label: str, r: dict) -> str:
        o = r["organizations"]
        return (f"{label:{width}s}  {_cells(r['persons'])} | {_cells(o)} {o['qualified_name_share']:5.3f} "
                f"{o['type_share']:5.3f} | {_cells(r['posts'])}")

    for d in docs:
        lines.append(row(d["doc"], d))
    lines.append(rule)
    lines.append(row("TOTAL", report["total"]))
    lines.append("(TOTAL is micro-averaged: tp, sys and gold summed over documents; qual = share of matched "
                 "organizations whose main name is the gold name, typed = share typed as gold)")

    if any("events" in d for d in docs):
        lines.append("")
        ev_head = f"{'P':>5s} {'R':>5s} {'F1':>5s} {'found/sys/gold':>14s} {'person_r':>8s} {'visit_r':>8s} {'end_ok':>8s}"
        lines.append(f"{'events':{width}s}  {ev_head}")

        def evrow(label: str, e: dict) -> str:
            def opt(x):
                return f"{x:8.3f}" if x is not None else f"{'-':>8s}"
            counts = f"{e['found']}/{e['sys']}/{e['gold']}"
            return (f"{label:{width}s}  {e['events_p']:5.3f} {e['events_r']:5.3f} {e['events_f1']:5.3f} "
                    f"{counts:>14s} {opt(e['person_link_r'])} {opt(e['visited_link_r'])} {opt(e['end_date_ok'])}")
        for d in docs:
            if "events" in d:
                lines.append(evrow(d["doc"], d["events"]))
        if "events" in report["total"]:
            lines.append(evrow("TOTAL", report["total"]["events"]))

    for d in docs:
        if "error" in d:
            lines.append(f"error in {d['doc']} (scored as an empty graph): {d['error']}")
    if report.get("skipped"):
        lines.append(f"skipped (no bulletin in the corpus directory): {', '.join(report['skipped'])}")
    if not report.get("ontology"):
        lines.append("note: no ontology/*.ttl loaded; project classes are then not known as org:Organization")

    if show_errors and show_errors > 0:
        for d in docs:
            lines.append("")
            lines.append(f"== {d['doc']}")
            cats = list(CATEGORIES) + (["events"] if "events" in d else [])
            for cat in cats:
                for kind in ("missed", "spurious"):
                    items = d[cat][kind]
                    if not items:
                        continue
                    shown = items[:show_errors]
                    more = f" … (+{len(items) - len(shown)})" if len(items) > len(shown) else ""
                    lines.append(f"  {cat} {kind} ({len(items)}): {'; '.join(shown)}{more}")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------------
# CLI

def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold_dir", metavar="GOLD_DIR", help="directory of gold annotations NAME.json")
    parser.add_argument("corpus_dir", metavar="CORPUS_DIR", help="directory of bulletins NAME.txt")
    parser.add_argument("--json", action="store_true",
                        help="print the results as JSON (per document, with full missed/spurious lists, and TOTAL)")
    parser.add_argument("--show-errors", type=int, default=15, metavar="N",
                        help="list up to N missed and N spurious items per document and category (0: none; default 15)")
    parser.add_argument("--events", metavar="GOLD_EVENTS_DIR", default=None,
                        help="also score events against GOLD_EVENTS_DIR/NAME.json where it exists")


def run(args: argparse.Namespace) -> int:
    report = evaluate(args.gold_dir, args.corpus_dir, events_dir=getattr(args, "events", None))
    if getattr(args, "json", False):
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        print(format_report(report, show_errors=getattr(args, "show_errors", 15)))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kg evaluate", description=__doc__.split("\n\n")[0])
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
