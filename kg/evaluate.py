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
from itertools import product
from pathlib import Path
from typing import Callable, Iterable

import networkx as nx
import rdflib
from rdflib.namespace import FOAF, RDF, RDFS, SKOS

from kg.iris import ORG, SCHEMA
from kg.ontology import ontology_files

SCHEMA_HTTP = rdflib.Namespace("http://schema.org/")   # schema.org as other systems may write it; read only
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


def below(g: rdflib.Graph, roots: Iterable, prop=RDFS.subClassOf) -> set:
    """The roots and every class (or property) under one by prop: rdfs:subClassOf* or rdfs:subPropertyOf*.

    Example
    -------
    >>> g = rdflib.Graph()
    >>> _ = g.add((SCHEMA.Hackathon, RDFS.subClassOf, SCHEMA.Event))
    >>> sorted(below(g, [SCHEMA.Event]))
    [rdflib.term.URIRef('https://schema.org/Event'), rdflib.term.URIRef('https://schema.org/Hackathon')]
    """
    return {s for r in roots for s in g.transitive_subjects(prop, r)}


def instances(g: rdflib.Graph, roots: Iterable) -> set:
    """The nodes typed with one of the roots or a subclass of one."""
    return {s for c in below(g, roots) for s in g.subjects(RDF.type, c)}


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


def _pick_name(candidates: set[str], gold_names: set[str], fallback: str) -> str:
    """The name a node is scored by: the first (sorted) that gold knows, else its first, else the fallback."""
    return next(iter(sorted(candidates & gold_names)), None) or (sorted(candidates)[0] if candidates else fallback)


def _score_persons(gold: dict, g: rdflib.Graph) -> tuple[dict, dict, set[str]]:
    """(persons result, the names of each system person, the gold names)."""
    person_names = {p: set(sum(names(g, p), [])) for p in instances(g, [FOAF.Person, SCHEMA.Person, SCHEMA_HTTP.Person])}
    gold_persons = {norm(p["name"]) for p in gold["persons"]}
    sys_person_set = {_pick_name(ns, gold_persons, str(p)) for p, ns in person_names.items()}
    res = prf(len(sys_person_set & gold_persons), len(sys_person_set), len(gold_persons))
    res["missed"] = sorted(gold_persons - sys_person_set)
    res["spurious"] = sorted(sys_person_set - gold_persons)
    return res, person_names, gold_persons


def _align(gold_orgs: list[dict], org_names: dict) -> dict:
    """gold id -> system organization, one to one: exact main name first, then any alias."""
    gold_alias = {go["id"]: {norm(go["name"])} | {norm(a) for a in go.get("aliases", [])} for go in gold_orgs}

    def hit(go: dict, o, exact: bool) -> bool:
        main, alt = org_names[o]
        return (norm(go["name"]) in main) if exact else bool(set(main + alt) & gold_alias[go["id"]])

    align: dict = {}
    ordered = sorted(org_names, key=str)
    for exact in (True, False):
        for go in gold_orgs:
            if go["id"] in align:
                continue
            used = set(align.values())
            o = next((o for o in ordered if o not in used and hit(go, o, exact)), None)
            if o is not None:
                align[go["id"]] = o
    return align


def _score_organizations(gold: dict, g: rdflib.Graph) -> tuple[dict, dict]:
    """(organizations result with the raw `qualified` and `typed` counts, gold id -> system organization)."""
    sys_orgs = instances(g, [ORG.Organization, ORG.FormalOrganization, ORG.OrganizationalUnit,
                             SCHEMA.Organization, SCHEMA_HTTP.Organization])
    org_names = {o: names(g, o) for o in sys_orgs}
    gold_orgs = gold["organizations"]
    align = _align(gold_orgs, org_names)
    used = set(align.values())
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
    return orgs, align


def _system_posts(g: rdflib.Graph, person_names: dict, gold_persons: set[str], align: dict) -> set[tuple]:
    """(person name, role name, gold organization id or sys:IRI) of every membership in the graph."""
    org_of = {o: gid for gid, o in align.items()}
    posts = set()
    for m in set(g.subjects(RDF.type, ORG.Membership)) | set(g.subjects(ORG.member, None)):
        for p, o, r in product(g.objects(m, ORG.member), g.objects(m, ORG.organization), g.objects(m, ORG.role)):
            rmain, ralt = names(g, r)
            pname = _pick_name(person_names.get(p) or set(sum(names(g, p), [])), gold_persons, str(p))
            posts.add((pname, (rmain or ralt or [str(r)])[0], org_of.get(o, "sys:" + str(o))))
    return posts


def score_detailed(gold: dict, g: rdflib.Graph) -> dict:
    """score.py's matching, with the full missed/spurious lists and the raw counts behind the shares
    (organizations: `qualified`, `typed`), so that results can be summed over documents.

    Example
    -------
    >>> g = rdflib.Graph()
    >>> _ = g.add((rdflib.URIRef("urn:p"), RDF.type, FOAF.Person))
    >>> _ = g.add((rdflib.URIRef("urn:p"), FOAF.name, rdflib.Literal("张 三")))
    >>> r = score_detailed({"persons": [{"name": "张三"}], "organizations": [], "posts": []}, g)
    >>> r["persons"]["f1"], r["organizations"]["gold"]
    (1.0, 0)
    """
    persons, person_names, gold_persons = _score_persons(gold, g)
    orgs, align = _score_organizations(gold, g)
    sys_posts = _system_posts(g, person_names, gold_persons, align)
    gold_posts = {(norm(p["person"]), norm(p["role"]), p["org"]) for p in gold["posts"]}
    posts = prf(len(sys_posts & gold_posts), len(sys_posts), len(gold_posts))
    gname = {go["id"]: go["name"] for go in gold["organizations"]}
    posts["missed"] = sorted(f"{p}|{r}|{gname.get(o, o)}" for p, r, o in gold_posts - sys_posts)
    posts["spurious"] = sorted(f"{p}|{r}|{gname.get(o, o)}" for p, r, o in sys_posts - gold_posts)
    return {"persons": persons, "organizations": orgs, "posts": posts}


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

def system_events(g: rdflib.Graph) -> list[dict]:
    """Each event of the graph (a schema:Event or subclass) as its start and end days and the names of its
    people (organizer, attendee, performer and their subproperties) and places (location)."""
    S1, S2 = SCHEMA, SCHEMA_HTTP
    ev_classes = below(g, [S1.Event, S2.Event])
    start_p = below(g, [S1.startDate, S2.startDate], RDFS.subPropertyOf)
    end_p = below(g, [S1.endDate, S2.endDate], RDFS.subPropertyOf)
    who_p = below(g, [S1.organizer, S2.organizer, S1.attendee, S2.attendee, S1.performer, S2.performer],
                  RDFS.subPropertyOf)
    loc_p = below(g, [S1.location, S2.location], RDFS.subPropertyOf)

    def named(e, props) -> set[str]:
        return {n for p in props for o in g.objects(e, p) for n in sum(names(g, o), [])}

    events = []
    for e in {s for c in ev_classes for s in g.subjects(RDF.type, c)}:
        starts = {str(o)[:10] for p in start_p for o in g.objects(e, p)}
        ends = {str(o)[:10] for p in end_p for o in g.objects(e, p)}
        events.append({"starts": starts, "ends": ends, "people": named(e, who_p), "places": named(e, loc_p)})
    return events


def _pair(ge: dict, se: dict, alias: dict) -> tuple | None:
    """How system event se can stand for gold event ge: (links shared, end day agrees, persons shared,
    visited shared), or None when it cannot (another start day, or nothing shared that gold names)."""
    if ge["start"] not in se["starts"]:
        return None
    gp = {norm(p) for p in ge.get("leaders", []) + ge.get("attendees", [])}
    gv = ge.get("visited", [])
    share_p = gp & se["people"]
    share_v = [v for v in gv if alias.get(v, {norm(v)}) & se["places"]]
    if not (share_p or (not gp and share_v) or (not gp and not gv)):
        return None
    end_ok = (ge.get("end") in se["ends"]) if ge.get("end") else not se["ends"]
    return len(share_p) + len(share_v), end_ok, share_p, share_v


def _match(gold_events: list[dict], sys_ev: list[dict], alias: dict) -> tuple[dict, dict]:
    """(gold index -> system index, the possible pairs): the one-to-one matching with most pairs, then most
    links shared, then most end days agreeing (networkx max_weight_matching, as events_score.py), so the
    figures do not depend on the order events are listed in."""
    pairs = {(gi, si): m for gi, ge in enumerate(gold_events) for si, se in enumerate(sys_ev)
             if (m := _pair(ge, se, alias)) is not None}
    b = nx.Graph()
    for (gi, si), (shared, end_ok, _, _) in pairs.items():
        b.add_edge(("g", gi), ("s", si), weight=10000 + 10 * shared + int(end_ok))
    matched = {}
    for u, v in nx.max_weight_matching(b):
        g_node, s_node = (u, v) if u[0] == "g" else (v, u)
        matched[g_node[1]] = s_node[1]
    return matched, pairs


def _score_events_counts(egold: dict, ent: dict, g: rdflib.Graph) -> dict:
    alias = {o["name"]: {norm(o["name"])} | {norm(a) for a in o.get("aliases", [])} for o in ent["organizations"]}
    sys_ev = sorted(system_events(g), key=lambda e: (sorted(e["starts"]), sorted(e["people"]), sorted(e["places"])))
    gold_events = egold["events"]
    matched, pairs = _match(gold_events, sys_ev, alias)
    c = dict.fromkeys(("found", "people_hit", "people_all", "vis_hit", "vis_all", "end_ok"), 0)
    missed = []
    for gi, ge in enumerate(gold_events):
        c["people_all"] += len({norm(p) for p in ge.get("leaders", []) + ge.get("attendees", [])})
        c["vis_all"] += len(ge.get("visited", []))
        if gi not in matched:
            who = "、".join(ge.get("leaders", []) + ge.get("attendees", []))
            missed.append(f"{ge['start']} {ge.get('kind', '')} {who}".strip())
            continue
        _, end_ok, share_p, share_v = pairs[gi, matched[gi]]
        c["found"] += 1
        c["people_hit"] += len(share_p)
        c["vis_hit"] += len(share_v)
        c["end_ok"] += int(end_ok)
    used = set(matched.values())
    spurious = [f"{min(se['starts'])} {'、'.join(sorted(se['people']))}".strip()
                for i, se in enumerate(sys_ev) if i not in used and se["starts"]]
    return {"gold": len(gold_events), "sys": len([e for e in sys_ev if e["starts"]]), **c,
            "missed": missed, "spurious": sorted(spurious)}


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
