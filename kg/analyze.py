"""`kg analyze`: who is central, which groups form, how two persons are linked, when bodies are active.

Works on the network of kg.exports.network (persons, organizations, events, documents), seen as an
undirected graph: a person is linked to the bodies where they hold posts and to the events they chair,
lead, speak at or attend; a body to the events it organizes and the bodies it is part of.

    >>> with Store("out", create=False, read_only=True) as store:          # doctest: +SKIP
    ...     report = analyze(store, top=5, path=("张三", "赵六"))
    >>> print(to_text(report))                                             # doctest: +SKIP
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import networkx as nx

from kg import exports
from kg.store import Store, StoreError

# betweenness is exact up to this many nodes, sampled (k pivots, fixed seed) above
EXACT_BETWEENNESS = 3000
SAMPLE_PIVOTS = 500
GROUPS = {"persons": lambda d: d["group"] == "person",
          "bodies": lambda d: d["group"] == "organization" and d["kind"] != "COMPANY",
          "companies": lambda d: d["kind"] == "COMPANY"}


def _undirected(G: nx.MultiDiGraph) -> nx.Graph:
    """One undirected edge per linked pair, weighted by the number of facts linking them."""
    H = nx.Graph()
    H.add_nodes_from(G.nodes(data=True))
    for u, v, data in G.edges(data=True):
        fact = dict(data, subject=u, object=v)
        if H.has_edge(u, v):
            H[u][v]["facts"].append(fact)
        else:
            H.add_edge(u, v, facts=[fact])
    return H


def centrality(H: nx.Graph, top: int) -> dict[str, list[dict]]:
    """The TOP persons, bodies and companies by degree, with their betweenness."""
    degree = dict(H.degree())
    k = None if H.number_of_nodes() <= EXACT_BETWEENNESS else SAMPLE_PIVOTS
    betweenness = nx.betweenness_centrality(H, k=k, seed=0)
    out = {}
    for group, wanted in GROUPS.items():
        nodes = [n for n, d in H.nodes(data=True) if wanted(d)]
        nodes.sort(key=lambda n: (-degree[n], -betweenness[n], H.nodes[n]["label"]))
        out[group] = [{"label": H.nodes[n]["label"], "iri": n, "kind": H.nodes[n]["kind"],
                       "degree": degree[n], "betweenness": round(betweenness[n], 4)} for n in nodes[:top]]
    return out


def communities(H: nx.Graph, top: int) -> list[dict]:
    """The TOP largest communities (Louvain, fixed seed) of persons and bodies, with their best-linked members."""
    found = nx.community.louvain_communities(H, seed=0) if H.number_of_edges() else []
    out = []
    for group in sorted(found, key=len, reverse=True)[:top]:
        members = sorted((n for n in group if H.nodes[n]["group"] in ("person", "organization")),
                         key=lambda n: (-H.degree(n), H.nodes[n]["label"]))
        out.append({"size": len(group), "persons": sum(H.nodes[n]["group"] == "person" for n in group),
                    "members": [H.nodes[n]["label"] for n in members[:8]]})
    return out


def _fact(H: nx.Graph, u: str, v: str) -> dict:
    """The first fact linking U and V, in its own direction (subject, relation, object)."""
    data = H[u][v]["facts"][0]
    return {"subject": H.nodes[data["subject"]]["label"], "relation": data["relation"], "label": data["label"],
            "object": H.nodes[data["object"]]["label"], "bulletin": data["bulletin"], "date": data.get("date", "")}


def shortest_path(H: nx.Graph, first: str, second: str) -> dict:
    """The shortest path between two persons named FIRST and SECOND, with one fact for each step.

    Persons are found by name (several persons may share one; the shortest of their paths is taken).
    Raises StoreError when a name is unknown or the two are not linked.
    """
    ends = []
    for name in (first, second):
        nodes = [n for n, d in H.nodes(data=True) if d["group"] == "person" and d["label"] == name]
        if not nodes:
            raise StoreError(f"no person named {name!r} in the store")
        ends.append(nodes)
    best = None
    for a in ends[0]:
        lengths = nx.single_source_shortest_path_length(H, a)
        for b in ends[1]:
            if b in lengths and (best is None or lengths[b] < best[2]):
                best = (a, b, lengths[b])
    if best is None:
        raise StoreError(f"{first} and {second} are not linked in the store")
    nodes = nx.shortest_path(H, best[0], best[1])
    return {"from": first, "to": second, "length": len(nodes) - 1,
            "nodes": [H.nodes[n]["label"] for n in nodes],
            "facts": [_fact(H, u, v) for u, v in zip(nodes, nodes[1:])]}


def activity(G: nx.MultiDiGraph) -> list[dict]:
    """Events per body per month: the events each body organized, by the month of their date."""
    counts: Counter = Counter()
    for event, body, data in G.edges(data=True):
        if data["relation"] == "organized by" and G.nodes[event]["date"]:
            counts[(G.nodes[body]["label"], G.nodes[event]["date"][:7])] += 1
    return [{"body": body, "month": month, "events": n} for (body, month), n in sorted(counts.items())]


def analyze(store: Store, top: int = 10, path: tuple[str, str] | None = None) -> dict:
    """The report of `kg analyze`: counts, central persons / bodies / companies, communities, activity
    per body per month, and with PATH the shortest path between two persons."""
    G = exports.network(store)
    H = _undirected(G)
    report = {"nodes": H.number_of_nodes(), "links": H.number_of_edges(),
              "central": centrality(H, top), "communities": communities(H, top), "activity": activity(G)}
    if path:
        report["path"] = shortest_path(H, *path)
    return report


def to_json(report: dict) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


def to_text(report: dict) -> str:
    """The report as plain tables."""
    from kg.results import format_results
    parts = [f"{report['nodes']} nodes, {report['links']} links\n"]
    for group, rows in report["central"].items():
        parts.append(f"\nmost central {group} (degree, betweenness)\n")
        parts.append(format_results(["label", "kind", "degree", "betweenness"],
                                    [(r["label"], r["kind"], r["degree"], r["betweenness"]) for r in rows], "table"))
    parts.append("\ncommunities\n")
    parts.append(format_results(["size", "persons", "members"],
                                [(c["size"], c["persons"], "、".join(c["members"])) for c in report["communities"]], "table"))
    parts.append("\nevents per body per month\n")
    parts.append(format_results(["body", "month", "events"],
                                [(a["body"], a["month"], a["events"]) for a in report["activity"]], "table"))
    if "path" in report:
        p = report["path"]
        parts.append(f"\nshortest path {p['from']} → {p['to']} ({p['length']} steps)\n")
        parts.append(format_results(["subject", "relation", "object", "bulletin"],
                                    [(f["subject"], f["label"], f["object"], f["bulletin"]) for f in p["facts"]],
                                    "table", max_width=40))
    return "".join(parts)


def _months(first: str, last: str) -> list[str]:
    """Every month from FIRST to LAST ("YYYY-MM")."""
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def charts(report: dict, folder: str | Path) -> list[Path]:
    """PNG charts of the report into FOLDER: betweenness of the central persons and bodies, and events
    per month of the most active bodies."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK JP", "DejaVu Sans"]
    plt.rcParams["axes.unicode_minus"] = False
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    fig, axes = plt.subplots(1, 2, figsize=(12, 5))
    for ax, group in zip(axes, ("persons", "bodies")):
        rows = report["central"][group][::-1]
        ax.barh([r["label"] for r in rows], [r["betweenness"] for r in rows], color="#4e79a7")
        ax.set_title(f"betweenness: {group}")
    fig.tight_layout()
    written.append(folder / "central.png")
    fig.savefig(written[-1], dpi=110)
    plt.close(fig)
    totals = Counter()
    for a in report["activity"]:
        totals[a["body"]] += a["events"]
    if totals:
        months = _months(min(a["month"] for a in report["activity"]), max(a["month"] for a in report["activity"]))
        fig, ax = plt.subplots(figsize=(10, 4.5))
        for body, _ in totals.most_common(6):
            per = {a["month"]: a["events"] for a in report["activity"] if a["body"] == body}
            ax.plot(months, [per.get(m, 0) for m in months], marker="o", label=body)
        ax.set_ylabel("events organized")
        ax.legend(fontsize=8)
        fig.autofmt_xdate()
        fig.tight_layout()
        written.append(folder / "activity.png")
        fig.savefig(written[-1], dpi=110)
        plt.close(fig)
    return written


# --- the command `kg analyze` (registered by kg/cli.py) ----------------------------------------------

DESCRIPTION = ("With networkx: the most central persons, bodies and companies (degree, betweenness), "
               "communities, events per body per month, and with --path the shortest path between two "
               "persons with the facts along it; --charts writes PNG charts.")


def add_arguments(parser) -> None:
    parser.add_argument("--top", type=int, default=10, metavar="N", help="how many of each (default 10)")
    parser.add_argument("--path", nargs=2, metavar=("PERSON", "PERSON"), help="the shortest path between two persons")
    parser.add_argument("--format", choices=("table", "json"), default="table", help="output format (default table)")
    parser.add_argument("--charts", metavar="DIR", help="also write PNG charts into DIR")


def run_command(args) -> int:
    import sys
    with Store(args.store, create=False, read_only=True) as store:
        report = analyze(store, top=args.top, path=tuple(args.path) if args.path else None)
    if args.charts:
        for path in charts(report, args.charts):
            print(f"wrote {path}", file=sys.stderr)
    sys.stdout.write(to_json(report) if args.format == "json" else to_text(report))
    return 0
