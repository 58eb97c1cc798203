"""Interactive HTML network view of a graph: persons, organizations, events and topics, with their links.

The page is one self-contained file that opens offline: the vis-network script and style sheet shipped
inside the pyvis package are inlined, and nothing is loaded from the network (pyvis' own template pulls
Bootstrap and vis.js from CDNs, so only pyvis' node/edge/option structures are used, with our template).

Safety: every string read from the text (names, roles, sentences) reaches the page only inside the
embedded JSON, where ``<``, ``>`` and ``&`` are written as ``\\u003c`` ``\\u003e`` ``\\u0026`` so the
data can neither open a tag nor close the ``<script>``.  Labels are drawn on the canvas, and tooltips
are built in the browser as DOM elements filled with ``textContent``: vis-network never receives a
string it could treat as markup.  The few strings placed directly in HTML (page title, legend) are
passed through ``html.escape``.

    python -m kg.view graph.ttl view.html
"""
from __future__ import annotations

import html
import json
import math
from functools import lru_cache
from importlib import resources
from pathlib import Path

import networkx as nx
from pyvis.network import Network
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDF, RDFS, SKOS

from kg.iris import CPPCC, ORG, PROV, SCHEMA

LARGE = 1500              # above this many nodes: cheaper physics and drawing
MAX_SOURCES = 4           # source sentences listed per tooltip
MAX_SENTENCE = 160        # characters of one source sentence
MAX_LIST = 12             # posts / aliases listed per tooltip
MAX_TITLE = 1500          # characters of one tooltip
MAX_LABEL = 24            # characters of a node label drawn on the canvas

# kind -> (legend text, colour, vis shape); the order is the legend's and the nodes' order.
KINDS: dict[str, tuple[str, str, str]] = {
    "person": ("人物 person", "#e15759", "dot"),
    "CPPCCCommittee": ("政协委员会 CPPCC committee", "#4e79a7", "square"),
    "CPPCCBody": ("政协机构 CPPCC body", "#a0cbe8", "square"),
    "PartyOrgan": ("党委机构 Party organ", "#f28e2b", "square"),
    "GovernmentBody": ("政府机构 government body", "#59a14f", "square"),
    "DemocraticParty": ("民主党派 democratic party", "#b07aa1", "square"),
    "MassOrganization": ("人民团体 mass organization", "#edc948", "square"),
    "Company": ("企业 company", "#9c755f", "square"),
    "OtherOrganization": ("其他组织 other organization", "#bab0ac", "square"),
    "Organization": ("组织（未分类）organization", "#79706e", "square"),
    "event": ("活动 event", "#76b7b2", "diamond"),
    "topic": ("主题 topic", "#8cd17d", "triangle"),
    "place": ("地点 place", "#d4a6c8", "triangleDown"),
    "document": ("文件 document", "#ff9da7", "star"),
    "other": ("其他 other", "#cccccc", "dot"),
}
ORG_KINDS = ("CPPCCCommittee", "CPPCCBody", "PartyOrgan", "GovernmentBody", "DemocraticParty",
             "MassOrganization", "Company", "OtherOrganization")
ORG_CLASS_KIND = {CPPCC[k]: k for k in ORG_KINDS}
ORG_CLASS_KIND[ORG.Organization] = "Organization"

# edge category -> (legend text, colour, dashes)
EDGES: dict[str, tuple[str, str, bool]] = {
    "post": ("任职 post (org:Membership)", "#888888", False),
    "sub": ("隶属 part of (org:subOrganizationOf)", "#4e79a7", True),
    "event": ("活动关系 event link", "#76b7b2", False),
}

# event properties drawn as edges, with a fallback label; sub-properties declared in the graph count too
EVENT_PROPS: dict[URIRef, str] = {
    SCHEMA.organizer: "组织", SCHEMA.attendee: "参加", SCHEMA.performer: "发言",
    SCHEMA.location: "地点", SCHEMA.about: "主题",
    CPPCC.chair: "主持", CPPCC.leader: "带队", CPPCC.organizingBody: "主办",
    CPPCC.participant: "参加", CPPCC.speaker: "发言", CPPCC.visited: "走访", CPPCC.theme: "主题",
}
TOPIC_PROPS = (SCHEMA.about, CPPCC.theme)
DOCUMENT_CLASSES = (CPPCC.Proposal, CPPCC.Recommendation, CPPCC.Report, CPPCC.Regulation)

_SCRIPT = """
(function () {
  var DATA = __DATA__;
  function tip(text) {
    var el = document.createElement("div");
    el.className = "kg-tip";
    el.textContent = text;
    return el;
  }
  var nodes = DATA.nodes.map(function (n) {
    var o = Object.assign({}, n);
    if (typeof o.title === "string") { o.title = tip(o.title); }
    return o;
  });
  var edges = DATA.edges.map(function (e, i) {
    var o = Object.assign({id: "e" + i}, e);
    if (typeof o.title === "string") { o.title = tip(o.title); }
    return o;
  });
  var container = document.getElementById("kg-network");
  var status = document.getElementById("kg-status");
  var dsNodes = new vis.DataSet(nodes);
  var network = new vis.Network(container, {nodes: dsNodes, edges: new vis.DataSet(edges)},
                                DATA.options);
  network.on("stabilizationProgress", function (p) {
    status.textContent = "布局中 layout " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", function () {
    status.textContent = "";
    if (DATA.freeze) { network.setOptions({physics: {enabled: false}}); }
  });
  if (!DATA.options.physics.enabled || nodes.length === 0) { status.textContent = ""; }
  var search = document.getElementById("kg-search");
  search.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") { return; }
    var q = search.value.trim();
    if (!q) { network.unselectAll(); network.fit(); return; }
    var hits = dsNodes.get({filter: function (n) { return (n.fullLabel || "").indexOf(q) >= 0; }});
    if (hits.length === 0) { status.textContent = "未找到 not found"; return; }
    status.textContent = hits.length + " 个结果 found";
    network.selectNodes(hits.map(function (n) { return n.id; }));
    network.focus(hits[0].id, {scale: 1.2, animation: true});
  });
  window.kgNetwork = network;
})();
"""

_CSS = """
html, body { margin: 0; height: 100%; font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC",
  sans-serif; color: #222; background: #fafafa; }
#kg-header { display: flex; align-items: center; gap: 16px; padding: 6px 12px; border-bottom: 1px solid #ddd;
  background: #fff; height: 36px; box-sizing: border-box; }
#kg-header h1 { font-size: 16px; margin: 0; font-weight: 600; white-space: nowrap; overflow: hidden;
  text-overflow: ellipsis; }
#kg-header .stats { font-size: 12px; color: #666; white-space: nowrap; }
#kg-search { font-size: 13px; padding: 2px 6px; width: 180px; }
#kg-status { font-size: 12px; color: #a33; }
#kg-main { display: flex; height: calc(100% - 36px); }
#kg-network { flex: 1; position: relative; background: #fff; }
#kg-legend { width: 230px; overflow-y: auto; padding: 8px 12px; border-left: 1px solid #ddd; font-size: 12px;
  box-sizing: border-box; }
#kg-legend h2 { font-size: 13px; margin: 8px 0 4px; }
#kg-legend ul { list-style: none; margin: 0; padding: 0; }
#kg-legend li { display: flex; align-items: center; gap: 6px; margin: 3px 0; }
#kg-legend .n { color: #888; margin-left: auto; }
.sw { display: inline-block; width: 12px; height: 12px; flex: none; }
.sw.dot { border-radius: 50%; }
.sw.diamond { transform: rotate(45deg) scale(0.8); }
.sw.triangle { clip-path: polygon(50% 0, 100% 100%, 0 100%); }
.sw.triangleDown { clip-path: polygon(0 0, 100% 0, 50% 100%); }
.ln { display: inline-block; width: 24px; height: 0; border-top: 2px solid; flex: none; }
.ln.dashed { border-top-style: dashed; }
div.vis-tooltip { max-width: 420px; white-space: normal; font-size: 12px; }
.kg-tip { white-space: pre-wrap; word-break: break-all; }
"""


# ---------------------------------------------------------------------------------------------- graph

def _union(graph: Graph) -> Graph:
    """A Dataset's default graph need not hold the named graphs' triples: view the union of all."""
    if isinstance(graph, Dataset) and not getattr(graph, "default_union", False):
        g = Graph()
        for s, p, o, _c in graph.quads((None, None, None, None)):
            g.add((s, p, o))
        return g
    return graph


def _local(iri) -> str:
    s = str(iri)
    for sep in ("#", "/"):
        if sep in s:
            s = s.rsplit(sep, 1)[1] or s
    return s


def _pick(values) -> str | None:
    """Deterministic choice among literals: Chinese first, then untagged, then any; shortest then sorted."""
    lits = [v for v in values if isinstance(v, Literal)]
    if not lits:
        return None

    def rank(v: Literal):
        lang = (v.language or "").lower()
        return (0 if lang.startswith("zh") else 1 if not lang else 2, str(v))
    return str(min(lits, key=rank))


def _label(g: Graph, node) -> str:
    for p in (SKOS.prefLabel, RDFS.label, FOAF.name, SCHEMA.name, DCTERMS.title):
        v = _pick(g.objects(node, p))
        if v:
            return v
    return _local(node)


def _short(text: str, n: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _closure(g: Graph, roots, prop) -> set:
    """roots and everything reaching them by prop (rdfs:subClassOf* / rdfs:subPropertyOf*)."""
    seen = set(roots)
    todo = list(roots)
    while todo:
        x = todo.pop()
        for s in g.subjects(prop, x):
            if s not in seen:
                seen.add(s)
                todo.append(s)
    return seen


class _Reader:
    """Collects nodes, edges and tooltip text from an RDF graph."""

    def __init__(self, g: Graph):
        self.g = g
        self.kind: dict = {}

    # -- sources
    def span_line(self, span) -> tuple:
        g = self.g
        text = _pick(g.objects(span, CPPCC.text)) or ""
        bulletin = g.value(span, DCTERMS.isPartOf)
        ident = _pick(g.objects(bulletin, DCTERMS.identifier)) if bulletin is not None else None
        date = _pick(g.objects(span, DCTERMS.date))
        if not date and bulletin is not None:
            date = _pick(g.objects(bulletin, DCTERMS.date))
        start = g.value(span, CPPCC.startOffset)
        try:
            start = int(start) if start is not None else -1
        except (TypeError, ValueError):
            start = -1
        where = " ".join(x for x in (ident, date) if x)
        line = (f"【{where}】" if where else "") + _short(text, MAX_SENTENCE)
        return (ident or "", start, str(span)), line

    def sources(self, *subjects) -> list[str]:
        spans = set()
        for s in subjects:
            spans.update(o for o in self.g.objects(s, PROV.wasDerivedFrom) if not isinstance(o, Literal))
        lines = sorted(self.span_line(sp) for sp in spans)
        out = [line for _k, line in lines if line]
        if len(out) > MAX_SOURCES:
            out = out[:MAX_SOURCES] + [f"……另有 {len(out) - MAX_SOURCES} 条出处"]
        return out

    # -- kinds
    def classify(self) -> None:
        g = self.g
        for p in g.subjects(RDF.type, FOAF.Person):
            self.kind[p] = "person"
        for cls, kind in ORG_CLASS_KIND.items():
            for o in g.subjects(RDF.type, cls):
                if kind == "Organization" and o in self.kind:
                    continue
                if self.kind.get(o) in (None, "Organization"):
                    self.kind[o] = kind
        event_classes = _closure(g, [SCHEMA.Event, CPPCC.Event], RDFS.subClassOf)
        for s, cls in g.subject_objects(RDF.type):
            if s not in self.kind and not isinstance(s, Literal) and (
                    cls in event_classes or "Event" in _local(cls)):
                self.kind[s] = "event"
        # memberships whose ends are not typed in this graph
        for m in g.subjects(RDF.type, ORG.Membership):
            for p in g.objects(m, ORG.member):
                self.kind.setdefault(p, "person")
            for o in g.objects(m, ORG.organization):
                self.kind.setdefault(o, "Organization")
        for child, parent in g.subject_objects(ORG.subOrganizationOf):
            if child in self.kind or parent in self.kind:
                self.kind.setdefault(child, "Organization")
                self.kind.setdefault(parent, "Organization")

    def event_props(self) -> dict:
        """Event property -> fallback label, with the sub-properties the graph declares."""
        props = {}
        for p, lab in EVENT_PROPS.items():
            for q in _closure(self.g, [p], RDFS.subPropertyOf):
                props.setdefault(q, EVENT_PROPS.get(q, lab))
        return props

    def prop_label(self, p, fallback: str) -> str:
        if p in EVENT_PROPS:
            return EVENT_PROPS[p]
        lab = [v for v in self.g.objects(p, RDFS.label) if isinstance(v, Literal)
               and (v.language or "").startswith("zh")]
        return str(min(lab)) if lab else fallback


def _build(g: Graph) -> tuple[nx.DiGraph, dict]:
    """The view as a networkx graph (vis attributes on nodes and edges) and counts per kind."""
    r = _Reader(g)
    r.classify()
    kind = r.kind

    # posts: (person, org) -> roles, memberships
    posts: dict[tuple, dict] = {}
    for m in sorted(g.subjects(RDF.type, ORG.Membership)):
        for p in sorted(g.objects(m, ORG.member)):
            for o in sorted(g.objects(m, ORG.organization)):
                entry = posts.setdefault((p, o), {"roles": set(), "ms": set()})
                entry["ms"].add(m)
                for role in g.objects(m, ORG.role):
                    entry["roles"].add(_label(g, role))

    # event links: (event, target) -> labels
    links: dict[tuple, set] = {}
    props = r.event_props()
    topic_props = set()
    for tp in TOPIC_PROPS:
        topic_props |= _closure(g, [tp], RDFS.subPropertyOf)
    for s, p, o in sorted(t for q in props for t in g.triples((None, q, None))):
        if kind.get(s) == "event" and not isinstance(o, Literal):
            if o not in kind:
                if any((o, RDF.type, c) in g for c in DOCUMENT_CLASSES):
                    kind[o] = "document"   # 《提案》 an event is about
                elif p in topic_props or (o, RDF.type, SKOS.Concept) in g:
                    kind[o] = "topic"
                elif (o, RDF.type, SCHEMA.Place) in g:
                    kind[o] = "place"
                else:
                    kind[o] = "other"
            links.setdefault((s, o), set()).add(r.prop_label(p, props[p]))
    # topics linked from nodes of the view by schema:about / cppcc:topic
    for s, p, o in sorted(t for q in topic_props for t in g.triples((None, q, None))):
        if s in kind and (o, RDF.type, SKOS.Concept) in g:
            kind.setdefault(o, "topic")
            if kind.get(s) != "event":
                links.setdefault((s, o), set()).add(r.prop_label(p, props.get(p, "主题")))

    subs = sorted((c, p) for c, p in g.subject_objects(ORG.subOrganizationOf) if c in kind and p in kind)

    labels = {n: _label(g, n) for n in kind}
    G = nx.DiGraph()
    order = list(KINDS)
    for n in sorted(kind, key=lambda n: (order.index(kind[n]), labels[n], str(n))):
        G.add_node(str(n))

    def add_edge(a, b, category, label, title):
        a, b = str(a), str(b)
        if G.has_edge(a, b):          # same pair, another category: merge
            e = G.edges[a, b]
            e["label"] = "、".join(x for x in (e["label"], label) if x)
            e["title"] = _short_title(e["title"] + "\n\n" + title)
            return
        legend, colour, dashes = EDGES[category]
        G.add_edge(a, b, label=label, title=_short_title(title), dashes=dashes,
                   color=colour, weight=1, category=category)

    for (p, o), entry in sorted(posts.items()):
        roles = "、".join(sorted(entry["roles"])) or "成员"
        lines = [f"{labels[p]} — {roles} — {labels[o]}"]
        src = r.sources(*sorted(entry["ms"]))
        if src:
            lines += ["", "出处："] + src
        add_edge(p, o, "post", roles, "\n".join(lines))
    for c, p in subs:
        lines = [f"{labels[c]} 隶属于 {labels[p]}"]
        add_edge(c, p, "sub", "", "\n".join(lines))
    for (s, o), labs in sorted(links.items()):
        lab = "、".join(sorted(labs))
        lines = [f"{labels[s]} — {lab} — {labels[o]}"]
        src = r.sources(s)
        if src:
            lines += ["", "出处："] + src[:2]
        add_edge(s, o, "event", lab, "\n".join(lines))

    # node attributes; size by degree (networkx)
    by_iri = {str(n): n for n in kind}
    posts_of: dict = {}
    members_of: dict = {}
    for (p, o), entry in posts.items():
        roles = "、".join(sorted(entry["roles"])) or "成员"
        posts_of.setdefault(p, []).append(f"{labels[o]} {roles}")
        members_of.setdefault(o, set()).update(entry["ms"])
    for nid in G.nodes:
        n = by_iri[nid]
        k = kind[n]
        legend, colour, shape = KINDS[k]
        lines = [labels[n], legend]
        if k == "person":
            ps = sorted(set(posts_of.get(n, [])))
            if ps:
                lines += ["", "职务："] + ps[:MAX_LIST]
                if len(ps) > MAX_LIST:
                    lines.append(f"……另有 {len(ps) - MAX_LIST} 项")
        elif k in ORG_KINDS or k == "Organization":
            place = _pick(g.objects(n, CPPCC.place))
            if place:
                lines.append(f"地名：{place}")
            aliases = sorted({str(a) for a in g.objects(n, SKOS.altLabel) if isinstance(a, Literal)}
                             - {labels[n]})
            if aliases:
                more = f" 等 {len(aliases)} 个" if len(aliases) > MAX_LIST else ""
                lines.append("别名：" + "、".join(aliases[:MAX_LIST]) + more)
            parents = sorted(labels[p] for c, p in subs if c == n)
            if parents:
                lines.append("上级：" + "、".join(parents))
        elif k == "event":
            types = sorted(_label(g, t) for t in g.objects(n, RDF.type))
            if types:
                lines[1] = legend + "（" + "、".join(types) + "）"
            start = _pick(g.objects(n, SCHEMA.startDate)) or _pick(g.objects(n, DCTERMS.date))
            if start:
                lines.append(f"日期：{start}")
            loc = [str(x) for x in g.objects(n, SCHEMA.location) if isinstance(x, Literal)]
            if loc:
                lines.append("地点：" + "、".join(sorted(loc)))
        src = r.sources(n)
        if not src and n in members_of:
            src = r.sources(*sorted(members_of[n]))
        if src:
            lines += ["", "出处："] + src
        degree = G.degree(nid)
        G.nodes[nid].update(
            label=_short(labels[n], MAX_LABEL), fullLabel=labels[n], title=_short_title("\n".join(lines)),
            color=colour, shape=shape, kind=k, size=10 + 4 * math.sqrt(degree),
        )
    counts: dict[str, int] = {}
    for n in kind:
        counts[kind[n]] = counts.get(kind[n], 0) + 1
    return G, counts


def _short_title(text: str) -> str:
    return text if len(text) <= MAX_TITLE else text[: MAX_TITLE - 1] + "…"


# ---------------------------------------------------------------------------------------------- page

def _options(n_nodes: int) -> dict:
    large = n_nodes > LARGE
    return {
        "nodes": {"font": {"size": 14, "face": "sans-serif"}, "borderWidth": 1},
        "edges": {
            "font": {"size": 11, "align": "middle", "color": "#444", "strokeWidth": 3,
                     "strokeColor": "#ffffff"},
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "smooth": False if large else {"enabled": True, "type": "continuous"},
            "color": {"inherit": False},
        },
        "physics": {
            "enabled": True,
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -5000 if large else -2500, "centralGravity": 0.3 if large else 1.2,
                          "springLength": 120 if large else 110, "springConstant": 0.04,
                          "damping": 0.2 if large else 0.09, "avoidOverlap": 0 if large else 0.2},
            "stabilization": {"enabled": True, "iterations": 200 if large else 1000,
                              "updateInterval": 25, "fit": True},
            "minVelocity": 1 if large else 0.75,
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": large,
                        "hideEdgesOnZoom": large, "navigationButtons": False, "keyboard": False},
        "layout": {"randomSeed": 7, "improvedLayout": n_nodes <= 300},
    }


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """vis-network's script and style sheet as shipped inside the pyvis package."""
    base = resources.files("pyvis") / "lib" / "vis-9.1.2"
    js = (base / "vis-network.min.js").read_text(encoding="utf-8")
    css = (base / "vis-network.css").read_text(encoding="utf-8")
    # cannot end their element early (no-ops for the shipped files, kept as a guard)
    js = _replace_ci(js, "</script", "<\\/script")
    css = _replace_ci(css, "</style", "<\\/style")
    return js, css


def _replace_ci(text: str, needle: str, repl: str) -> str:
    low, n, out, i = text.lower(), needle.lower(), [], 0
    while (j := low.find(n, i)) >= 0:
        out += [text[i:j], repl]
        i = j + len(n)
    return "".join(out) + text[i:]


def _json_for_script(obj) -> str:
    """JSON that is also safe inside <script>: no '<', '>' or '&' survive, nor JS line separators."""
    s = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _legend(counts: dict[str, int], edge_counts: dict[str, int]) -> str:
    e = html.escape
    rows = []
    for k, (text, colour, shape) in KINDS.items():
        if counts.get(k):
            rows.append(f'<li data-kind="{e(k)}"><span class="sw {e(shape)}" style="background:{e(colour)}">'
                        f'</span>{e(text)}<span class="n">{counts[k]}</span></li>')
    if not rows:
        rows.append("<li>（空图 empty graph）</li>")
    erows = []
    for k, (text, colour, dashes) in EDGES.items():
        if edge_counts.get(k):
            erows.append(f'<li data-edge="{e(k)}"><span class="ln{" dashed" if dashes else ""}" '
                         f'style="border-color:{e(colour)}"></span>{e(text)}'
                         f'<span class="n">{edge_counts[k]}</span></li>')
    return ('<div id="kg-legend"><h2>图例 legend</h2><ul>' + "".join(rows) + "</ul>"
            + ("<h2>连线 edges</h2><ul>" + "".join(erows) + "</ul>" if erows else "")
            + "<h2>说明</h2><p>悬停节点或连线查看原文出处；节点大小按连接数。"
            "回车搜索名称；拖动、滚轮缩放。</p></div>")


def render_html(graph: Graph, title: str = "政协知识图谱 CPPCC knowledge graph") -> str:
    """The whole view as one self-contained HTML page."""
    G, counts = _build(_union(graph))
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    net.from_nx(G, default_node_size=10, show_edge_weights=False)
    edge_counts: dict[str, int] = {}
    for _a, _b, d in G.edges(data=True):
        edge_counts[d["category"]] = edge_counts.get(d["category"], 0) + 1
    net.options = _options(len(net.nodes))
    nodes, edges, _heading, _h, _w, options = net.get_network_data()
    order = {nid: i for i, nid in enumerate(G.nodes)}
    keep_node = ("id", "label", "fullLabel", "title", "color", "shape", "size", "kind")
    keep_edge = ("from", "to", "label", "title", "color", "dashes", "arrows", "width")
    nodes = sorted(({k: n[k] for k in keep_node if k in n} for n in nodes), key=lambda n: order[n["id"]])
    edges = sorted(({k: e[k] for k in keep_edge if k in e} for e in edges),
                   key=lambda e: (order[e["from"]], order[e["to"]]))
    for e in edges:
        e["width"] = 1.5
    data = {"nodes": nodes, "edges": edges, "options": json.loads(options),
            "freeze": len(nodes) > LARGE}
    js, css = _vis_assets()
    script = _SCRIPT.replace("__DATA__", _json_for_script(data))
    stats = f"{len(nodes)} 个节点 nodes · {len(edges)} 条连线 edges"
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="zh"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(title)}</title>",
        f"<style>{css}</style>",
        f"<style>{_CSS}</style>",
        f"<script>{js}</script>",
        "</head><body>",
        f'<div id="kg-header"><h1>{html.escape(title)}</h1><span class="stats">{html.escape(stats)}</span>'
        '<input id="kg-search" type="search" placeholder="搜索名称 search, Enter">'
        '<span id="kg-status">布局中 layout…</span></div>',
        '<div id="kg-main"><div id="kg-network"></div>' + _legend(counts, edge_counts) + "</div>",
        f"<script>{script}</script>",
        "</body></html>",
        "",
    ])


def write_html(graph: Graph, path, title: str = "政协知识图谱 CPPCC knowledge graph") -> None:
    """Write the view of graph to path (one self-contained HTML file)."""
    Path(path).write_text(render_html(graph, title=title), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    import argparse
    ap = argparse.ArgumentParser(prog="python -m kg.view", description=__doc__.splitlines()[0])
    ap.add_argument("graph", help="an RDF file (Turtle, TriG, N-Quads, ...)")
    ap.add_argument("out", help="the HTML file to write")
    args = ap.parse_args(argv)
    src = Path(args.graph)
    fmt = {".trig": "trig", ".nq": "nquads"}.get(src.suffix)
    g = Dataset() if fmt else Graph()
    g.parse(src, format=fmt) if fmt else g.parse(src)
    write_html(g, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
