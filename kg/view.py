"""Interactive HTML explorer of a graph: persons, organizations, events, documents and topics, with their sources.

The page is one self-contained file that opens offline: vis-network's script and style sheet, shipped
inside the pyvis package, are inlined with the page's own script (kg/view.js) and style (kg/view.css).

* The data is read from the store with SPARQL (an rdflib graph is first loaded into an in-memory
  pyoxigraph store), never by copying the whole store into rdflib.
* The layout is computed here, before the page opens (igraph's Fruchterman-Reingold per connected
  component, components packed in rows, isolated nodes in a grid): positions are in the file and the
  page runs no physics, so nothing drifts and 20,000 nodes open in seconds.
* The page draws the network; clicking a node opens a details panel built from the embedded tables
  (posts, event roles, sub-bodies, every source sentence with its bulletin's title and date).

Safety: every string read from the data reaches the page only inside the embedded JSON, where ``<``,
``>`` and ``&`` are written as ``\\u003c`` ``\\u003e`` ``\\u0026`` so the data can neither open a tag
nor close the ``<script>``; the page puts them in the document with ``textContent`` only. The few
strings placed directly in HTML (page title, legend) pass through ``html.escape``.

    python -m kg.view graph.ttl view.html

Example
-------
>>> from rdflib import Graph
>>> "vis.Network" in render_html(Graph())
True
"""
from __future__ import annotations

import html
import json
import math
import random
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import igraph
import networkx as nx
import pyoxigraph as ox
from rdflib import Dataset, Graph

from kg import kinds
from kg.store import PREFIXES

LARGE = 1500              # above this many nodes: cheaper drawing (no arrows, edges hidden while moving)
MAX_LABEL = 16            # characters of a node label drawn on the canvas
EDGE_LENGTH = 90.0        # typical edge length of the layout, in canvas units
GRID = 45.0               # spacing of isolated nodes
REFINE = 800             # components up to this size get their overlaps pushed apart
SPACING = 70.0            # side of the square each node of a component has at least, on average
HUB_LABELS = 40           # the best-connected nodes get large labels, readable at overview

# Categories of the view that are not kinds of the ontology table: key -> (legend text, colour, shape)
PERSON = ("person", "人物 person", "#e15759", "dot")
VIEW_CATEGORIES = {
    "organization": ("组织（未分类）organization", "#79706e", "square"),
    "event": ("活动 event", "#76b7b2", "diamond"),
    "topic": ("主题 topic", "#8cd17d", "triangle"),
    "place": ("地点 place", "#d4a6c8", "triangleDown"),
    "document": ("文件 document", "#ff9da7", "star"),
    "other": ("其他 other", "#cccccc", "dot"),
}

# edge categories: key -> (legend text, colour, dashes)
EDGES = {
    "post": ("任职 post (org:Membership)", "#9a9a9a", False),
    "sub": ("隶属 part of (org:subOrganizationOf)", "#4e79a7", True),
    "link": ("活动与文件 event / document link", "#76b7b2", False),
}

# properties of events and documents drawn as links, with the part they name
LINK_ROLES = {
    "cppcc:chair": "主持", "cppcc:leader": "带队", "cppcc:speaker": "发言", "cppcc:participant": "参加",
    "cppcc:organizingBody": "主办", "cppcc:visited": "走访", "cppcc:topic": "主题", "cppcc:theme": "主题",
    "schema:about": "涉及", "schema:organizer": "组织", "schema:attendee": "参加",
    "schema:performer": "发言", "schema:location": "地点",
    "schema:author": "提出", "cppcc:handledBy": "办理", "cppcc:supervisedBy": "督办",
}
TOPIC_ROLES = {"主题"}
LABEL_PROPS = ("skos:prefLabel", "rdfs:label", "foaf:name", "schema:name", "dcterms:title")


def _iri(curie: str) -> str:
    prefix, local = curie.split(":", 1)
    return PREFIXES[prefix] + local


# ---------------------------------------------------------------------------------------------- kinds

def view_kinds() -> dict[str, tuple[str, str, str]]:
    """The legend: kind key -> (text, colour, shape), ontology kinds from kg/kinds.py, in legend order.

    >>> view_kinds()["organization/CPPCC"][0]
    '政协委员会 CPPCC committee'
    """
    table = {PERSON[0]: PERSON[1:]}
    for group in ("organization", "event", "document"):
        table.update({f"{group}/{k.code}": (k.label, k.colour, k.shape) for k in kinds.of(group)})
        table[group] = VIEW_CATEGORIES[group]
    table.update({k: VIEW_CATEGORIES[k] for k in ("topic", "place", "other")})
    return table


def _class_kinds() -> dict[str, str]:
    """Class IRI -> view kind key, for the classes that make a node of the view by themselves."""
    out = {_iri("foaf:Person"): "person", _iri("org:Organization"): "organization",
           _iri("cppcc:Event"): "event", _iri("schema:Event"): "event"}
    for group in ("organization", "event", "document"):
        out.update({str(k.cls): f"{group}/{k.code}" for k in kinds.of(group)})
    return out


# ---------------------------------------------------------------------------------------------- reading

def _database(source) -> ox.Store:
    """The pyoxigraph database to query: a kg Store's own, or an in-memory one holding an rdflib graph."""
    db = getattr(source, "db", None)
    if isinstance(db, ox.Store):
        return db
    db = ox.Store()
    if isinstance(source, Dataset):
        db.load(source.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS)
    else:
        db.load(source.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return db


def _text(term) -> str | None:
    if term is None:
        return None
    return "_:" + term.value if isinstance(term, ox.BlankNode) else term.value


def _select(db: ox.Store, sparql: str) -> list[tuple]:
    """Rows of a SELECT over the union of the named graphs, as strings (None when unbound)."""
    result = db.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
    return [tuple(_text(t) for t in solution) for solution in result]


def _curie(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _values(terms) -> str:
    """A VALUES list of IRIs given as CURIEs or in full."""
    return " ".join(f"<{t}>" if t.startswith("http") else f"<{_iri(t)}>" for t in terms)


@dataclass
class Node:
    """What the panel tells about one node."""
    kind: str
    labels: dict[str, list[tuple[str, str]]] = field(default_factory=dict)   # property -> (lang, text)
    aliases: set[str] = field(default_factory=set)
    basis: set[str] = field(default_factory=set)
    place: set[str] = field(default_factory=set)
    dates: dict[str, str] = field(default_factory=dict)   # startDate / endDate / approximateDate
    sources: set[str] = field(default_factory=set)

    def label(self, iri: str) -> str:
        """Chinese first, then untagged, then any; among those the smallest, so the choice is stable."""
        for prop in LABEL_PROPS:
            values = self.labels.get(prop)
            if values:
                return min(values, key=lambda v: (0 if v[0].startswith("zh") else 1 if not v[0] else 2, v[1]))[1]
        return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


@dataclass
class Post:
    person: str
    org: str
    roles: set[str] = field(default_factory=set)
    first: str | None = None
    last: str | None = None
    sources: set[str] = field(default_factory=set)


@dataclass
class Model:
    """The graph as the view sees it, read from the store."""
    nodes: dict[str, Node] = field(default_factory=dict)
    posts: dict[str, Post] = field(default_factory=dict)
    links: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    subs: set[tuple[str, str]] = field(default_factory=set)
    spans: dict[str, tuple[str, str | None, str | None, int]] = field(default_factory=dict)
    bulletins: dict[str, tuple[str, str, str]] = field(default_factory=dict)

    def add(self, iri: str, kind: str) -> Node:
        node = self.nodes.get(iri)
        if node is None:
            node = self.nodes[iri] = Node(kind)
        return node


def group_of(kind: str) -> str:
    """The group of a view kind: organization/CPPCC -> organization, person -> person."""
    return kind.split("/")[0]


_KIND_RANK = {"person": 0, "organization": 2, "event": 4, "document": 4}


def _rank(kind: str) -> int:
    """Which of a node's classes decides its kind: person, then a specific kind before its group."""
    group, _, code = kind.partition("/")
    return _KIND_RANK.get(group, 6) - (1 if code else 0)


def _read_nodes(db: ox.Store, model: Model) -> None:
    class_kind = _class_kinds()
    rows = _select(db, f"""SELECT DISTINCT ?x ?c WHERE {{
        {{ VALUES ?c {{ {_values(class_kind)} }} ?x a ?c }}
        UNION {{ ?x a ?c . ?c rdfs:subClassOf+ ?e . VALUES ?e {{ schema:Event cppcc:Event }} }} }}""")
    best: dict[str, str] = {}
    for x, c in rows:
        kind = class_kind.get(c, "event")
        if x not in best or _rank(kind) < _rank(best[x]):
            best[x] = kind
    for x, kind in best.items():
        model.add(x, kind)


def _pairs(db: ox.Store, curie: str) -> dict[str, set[str]]:
    """Subject -> objects of one predicate (the callers pick with min, so the choice is stable)."""
    # One triple pattern a query: oxigraph answers those fast, while joins and OPTIONALs over the union
    # of hundreds of named graphs cost seconds at 20,000 nodes; the joins are done here instead.
    out: dict[str, set[str]] = defaultdict(set)
    for subject, obj in _select(db, f"SELECT ?s ?o WHERE {{ ?s <{_iri(curie)}> ?o }}"):
        out[subject].add(obj)
    return out


def _read_posts(db: ox.Store, model: Model) -> None:
    members, organizations = _pairs(db, "org:member"), _pairs(db, "org:organization")
    roles, first, last = _pairs(db, "org:role"), _pairs(db, "cppcc:firstSeen"), _pairs(db, "cppcc:lastSeen")
    typed = {m for (m,) in _select(db, "SELECT ?m WHERE { ?m a org:Membership }")}
    label = _pairs(db, "skos:prefLabel")
    for m in sorted(typed & members.keys() & organizations.keys()):
        p, o = min(members[m]), min(organizations[m])
        model.posts[m] = Post(p, o, {min(label[r]) for r in roles.get(m, ()) if r in label},
                              min(first[m]) if m in first else None, max(last[m]) if m in last else None)
        model.add(p, "person")
        model.add(o, "organization")


def _read_links(db: ox.Store, model: Model) -> None:
    """Event and document properties, with the sub-properties the graph declares."""
    roles = {_iri(c): r for c, r in LINK_ROLES.items()}
    for p, q in _select(db, f"SELECT DISTINCT ?p ?q WHERE {{ ?p rdfs:subPropertyOf+ ?q VALUES ?q {{ {_values(roles)} }} }}"):
        roles.setdefault(p, roles[q])
    concepts = {x for (x,) in _select(db, "SELECT DISTINCT ?x WHERE { ?x a ?c VALUES ?c { skos:Concept cppcc:Topic } }")}
    places = {x for (x,) in _select(db, "SELECT DISTINCT ?x WHERE { ?x a ?c VALUES ?c { schema:Place schema:AdministrativeArea } }")}
    rows = _select(db, f"SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?p {{ {_values(roles)} }} ?s ?p ?o FILTER(!isLiteral(?o)) }}")
    for s, p, o in rows:
        subject = model.nodes.get(s)
        if subject is None or group_of(subject.kind) not in ("event", "document"):
            continue
        role = roles[p]
        if o not in model.nodes:
            kind = "topic" if o in concepts or role in TOPIC_ROLES else "place" if o in places else "other"
            model.add(o, kind)
        model.links.setdefault((s, o), set()).add(role)


def _read_properties(db: ox.Store, model: Model) -> None:
    """Labels, aliases, identity bases, places, dates and sources of the nodes already found."""
    nodes = model.nodes
    for x, p, lang, text in _select(db, f"""SELECT DISTINCT ?x ?p (LANG(?l) AS ?lang) ?l WHERE {{
            VALUES ?p {{ {_values(LABEL_PROPS)} }} ?x ?p ?l FILTER(isLiteral(?l)) }}"""):
        if x in nodes:
            nodes[x].labels.setdefault(_curie(p), []).append((lang, text))
    simple = {"skos:altLabel": "aliases", "cppcc:identityBasis": "basis", "cppcc:place": "place"}
    for x, p, value in _select(db, f"SELECT DISTINCT ?x ?p ?v WHERE {{ VALUES ?p {{ {_values(simple)} }} ?x ?p ?v }}"):
        if x in nodes:
            getattr(nodes[x], simple[_curie(p)]).add(value)
    dates = ("schema:startDate", "schema:endDate", "cppcc:approximateDate")
    for x, p, value in _select(db, f"SELECT DISTINCT ?x ?p ?d WHERE {{ VALUES ?p {{ {_values(dates)} }} ?x ?p ?d }}"):
        if x in nodes:
            key = _curie(p).split(":")[1]
            nodes[x].dates[key] = min(value, nodes[x].dates.get(key, value))


def _read_sources(db: ox.Store, model: Model) -> None:
    """Source sentences and the bulletins they were read from (identifier, title, date)."""
    for b, ident, title, date in _select(db, """SELECT ?b (SAMPLE(?i) AS ?id) (MIN(?t) AS ?title) (MIN(?d) AS ?date)
            WHERE { ?b a cppcc:Bulletin OPTIONAL { ?b dcterms:identifier ?i } OPTIONAL { ?b dcterms:title ?t }
            OPTIONAL { ?b dcterms:date ?d } } GROUP BY ?b"""):
        model.bulletins[b] = (ident or b.rsplit("/", 1)[-1], title or "", date or "")
    part_of, dates, starts = _pairs(db, "dcterms:isPartOf"), _pairs(db, "dcterms:date"), _pairs(db, "cppcc:startOffset")
    for s, texts in _pairs(db, "cppcc:text").items():
        b = min(part_of[s]) if s in part_of else None
        if b is not None and b not in model.bulletins:      # a bulletin the graph does not describe
            model.bulletins[b] = (b.rstrip("/").rsplit("/", 1)[-1], "", "")
        date = (min(dates[s]) if s in dates else None) or (model.bulletins[b][2] if b else None) or None
        model.spans[s] = (min(texts), b, date, min(int(x) for x in starts[s]) if s in starts else -1)
    for x, spans in _pairs(db, "prov:wasDerivedFrom").items():
        target = model.nodes[x] if x in model.nodes else model.posts.get(x)
        if target is not None:
            target.sources.update(s for s in spans if s in model.spans)


def read(source) -> Model:
    """The view's model of a kg Store or an rdflib graph, read with SPARQL.

    >>> from rdflib import Graph
    >>> read(Graph()).nodes
    {}
    """
    db = _database(source)
    model = Model()
    _read_nodes(db, model)
    _read_posts(db, model)
    _read_links(db, model)
    for child, parent in _select(db, "SELECT DISTINCT ?c ?p WHERE { ?c org:subOrganizationOf ?p }"):
        model.add(child, "organization")
        model.add(parent, "organization")
        model.subs.add((child, parent))
    _read_properties(db, model)
    _read_sources(db, model)
    return model


# ---------------------------------------------------------------------------------------------- focus

def _network(model: Model) -> nx.Graph:
    """The undirected graph of the drawn edges (posts, sub-organizations, links)."""
    g = nx.Graph()
    g.add_nodes_from(model.nodes)
    g.add_edges_from((p.person, p.org) for p in model.posts.values())
    g.add_edges_from(model.subs)
    g.add_edges_from(model.links)
    return g


_EXAMPLE = """@prefix foaf: <http://xmlns.com/foaf/0.1/> .
<http://example.org/a> a foaf:Person ; foaf:name "甲" ."""


def names_of(model: Model, iri: str) -> set[str]:
    """Every name a node is known by: its labels and aliases.

    >>> from rdflib import Graph
    >>> names_of(read(Graph().parse(data=_EXAMPLE, format="turtle")), "http://example.org/a")
    {'甲'}
    """
    node = model.nodes[iri]
    return {text for values in node.labels.values() for _lang, text in values} | node.aliases | {node.label(iri)}


def ego(model: Model, name: str, depth: int = 1) -> tuple[Model, list[str]]:
    """The part of the model within depth links of the nodes named name (a name or an alias), and those nodes.

    A ValueError says when no node has that name.

    >>> from rdflib import Graph
    >>> ego(read(Graph().parse(data=_EXAMPLE, format="turtle")), "甲", 1)[1]
    ['http://example.org/a']
    """
    centres = sorted(iri for iri in model.nodes if name in names_of(model, iri))
    if not centres:
        raise ValueError(f"no node is named {name!r} (a name or an alias, exactly)")
    g = _network(model)
    keep: set[str] = set()
    for c in centres:
        keep |= set(nx.single_source_shortest_path_length(g, c, cutoff=depth))
    part = Model(nodes={k: v for k, v in model.nodes.items() if k in keep},
                 posts={m: p for m, p in model.posts.items() if p.person in keep and p.org in keep},
                 links={k: v for k, v in model.links.items() if k[0] in keep and k[1] in keep},
                 subs={s for s in model.subs if s[0] in keep and s[1] in keep},
                 spans=model.spans, bulletins=model.bulletins)
    return part, centres


# ---------------------------------------------------------------------------------------------- layout

def _component_layout(g: igraph.Graph) -> list[tuple[float, float]]:
    """Fruchterman-Reingold (igraph's, grid-accelerated when large), refined by graphopt when small,
    scaled to EDGE_LENGTH per edge."""
    if g.vcount() == 1:
        return [(0.0, 0.0)]
    coords = g.layout_fruchterman_reingold(niter=300 if g.vcount() < 2000 else 150,
                                          grid=g.vcount() > 1000).coords
    if g.vcount() <= REFINE:    # graphopt's charges push overlapping nodes apart (O(n^2) a step: small parts only)
        coords = g.layout_graphopt(niter=200, seed=coords).coords
    lengths = sorted(math.dist(coords[a], coords[b]) for a, b in g.get_edgelist())
    scale = EDGE_LENGTH / max(lengths[len(lengths) // 2], 1e-6)
    xs, ys = [c[0] * scale for c in coords], [c[1] * scale for c in coords]
    # and room for each node: a dense core spreads until its nodes rarely overlap
    area = max(max(xs) - min(xs), SPACING) * max(max(ys) - min(ys), SPACING)
    spread = max(1.0, SPACING * math.sqrt(g.vcount() / area))
    return [(x * spread, y * spread) for x, y in zip(xs, ys)]


def _pack(boxes: list[tuple[float, float]], width: float) -> list[tuple[float, float]]:
    """Shelf packing: offsets placing boxes (w, h) in rows no wider than width, in the given order."""
    x = y = row = 0.0
    out = []
    for w, h in boxes:
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row + EDGE_LENGTH, 0.0
        out.append((x, y))
        x, row = x + w + EDGE_LENGTH, max(row, h)
    return out


def _components(g: igraph.Graph, seed: int) -> list[tuple[list[int], list[tuple[float, float]], tuple[float, float]]]:
    """Each connected component of two or more nodes, biggest first: its members, their coordinates from
    its top left corner, and its width and height."""
    igraph.set_random_number_generator(random.Random(seed))
    try:
        parts = sorted((c for c in g.connected_components() if len(c) > 1), key=lambda c: (-len(c), c[0]))
        placed = []
        for members in parts:
            coords = _component_layout(g.induced_subgraph(members))
            left, top = min(c[0] for c in coords), min(c[1] for c in coords)
            placed.append((members, [(x - left, y - top) for x, y in coords],
                           (max(c[0] for c in coords) - left, max(c[1] for c in coords) - top)))
    finally:
        igraph.set_random_number_generator(random)
    return placed


def layout(n: int, edges: list[tuple[int, int]], seed: int = 7) -> list[tuple[float, float]]:
    """Positions of nodes 0..n-1: components laid out apart and packed in rows, biggest first, isolated
    nodes in a grid below. Deterministic for a given seed.

    >>> pos = layout(3, [(0, 1)])
    >>> len(pos), pos[2][1] > max(pos[0][1], pos[1][1])
    (3, True)
    """
    g = igraph.Graph(n=n, edges=edges)
    placed = _components(g, seed)
    area = sum((w + EDGE_LENGTH) * (h + EDGE_LENGTH) for _m, _c, (w, h) in placed)
    width = max([math.sqrt(area) * 1.3] + [w for _m, _c, (w, _h) in placed[:1]])
    pos: list[tuple[float, float]] = [(0.0, 0.0)] * n
    bottom = 0.0
    for (members, coords, (w, h)), (ox_, oy) in zip(placed, _pack([p[2] for p in placed], width)):
        for v, (x, y) in zip(members, coords):
            pos[v] = (x + ox_, y + oy)
        bottom = max(bottom, oy + h)
    lone = [v for v in range(n) if g.degree(v) == 0]
    columns = max(1, int(width // GRID) if placed else math.ceil(math.sqrt(len(lone))))
    top = bottom + 2 * EDGE_LENGTH if placed else 0.0
    for i, v in enumerate(lone):
        pos[v] = ((i % columns) * GRID, top + (i // columns) * GRID)
    return pos


# ---------------------------------------------------------------------------------------------- page data

def _short(text: str, n: int = MAX_LABEL) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


class _Tables:
    """Index numbers for nodes, sentences and bulletins, and the embedded tables built with them."""

    def __init__(self, model: Model, legend: list[str]):
        self.model = model
        self.legend = legend
        order = {k: i for i, k in enumerate(legend)}
        labels = {iri: node.label(iri) for iri, node in model.nodes.items()}
        self.iris = sorted(model.nodes, key=lambda i: (order[model.nodes[i].kind], labels[i], i))
        self.labels = [labels[i] for i in self.iris]
        self.index = {iri: n for n, iri in enumerate(self.iris)}
        used = set().union(*(n.sources for n in model.nodes.values()), *(p.sources for p in model.posts.values()))
        self.span_ids = sorted((s for s in used if s in model.spans),
                               key=lambda s: (model.spans[s][1] or "", model.spans[s][3], s))
        self.span_index = {s: n for n, s in enumerate(self.span_ids)}
        self.bulletin_ids = sorted(model.bulletins, key=lambda b: (model.bulletins[b][2], model.bulletins[b][0]))
        self.bulletin_index = {b: n for n, b in enumerate(self.bulletin_ids)}

    def sources(self) -> dict[str, list]:
        """The bulletins (identifier, title, date) and the sentences (text, bulletin, date) the panel cites."""
        spans = self.model.spans
        return {"bulletins": [list(self.model.bulletins[b]) for b in self.bulletin_ids],
                "spans": [[spans[s][0], self.bulletin_index.get(spans[s][1], -1), spans[s][2] or ""]
                          for s in self.span_ids]}

    def spans(self, ids) -> list[int]:
        return sorted(self.span_index[s] for s in ids if s in self.span_index)

    def posts(self) -> list[list]:
        rows = []
        for post in self.model.posts.values():
            rows.append([self.index[post.person], self.index[post.org], "、".join(sorted(post.roles)) or "成员",
                         post.first or "", post.last or "", self.spans(post.sources)])
        return sorted(rows, key=lambda r: (r[0], r[3], r[1], r[2]))

    def links(self) -> list[list]:
        return sorted([self.index[s], self.index[o], "、".join(sorted(roles))]
                      for (s, o), roles in self.model.links.items())

    def edges(self) -> list[list[int]]:
        """One drawn edge per pair of nodes, whatever links them (post, part of, event or document link)."""
        seen: dict[tuple[int, int], int] = {}
        for category, pairs in (("post", ((p.person, p.org) for p in self.model.posts.values())),
                                ("sub", self.model.subs), ("link", self.model.links)):
            c = list(EDGES).index(category)
            for a, b in pairs:
                i, j = self.index[a], self.index[b]
                seen.setdefault((min(i, j), max(i, j)), c)
        return sorted([i, j, c] for (i, j), c in seen.items())

    def info(self, iri: str) -> dict:
        """The panel's facts of one node, only the fields it has."""
        node = self.model.nodes[iri]
        out = {"names": sorted(names_of(self.model, iri) - node.aliases - {self.labels[self.index[iri]]}),
               "aliases": sorted(node.aliases), "basis": sorted(node.basis), "place": sorted(node.place),
               "src": self.spans(node.sources), **node.dates}
        return {k: v for k, v in out.items() if v}

    def evidence(self, posts: list[list], links: list[list]) -> tuple[list[list[int]], list[str], list[list[int]]]:
        """Per node: the bulletins it is read from and the dates it is seen on (what the filters test);
        the dates as indexes into a sorted table of them, which is returned too."""
        spans, days = self._seen(posts, links)
        rows = self.model.spans
        bulletins = [sorted({self.bulletin_index[rows[self.span_ids[s]][1]] for s in sp
                             if rows[self.span_ids[s]][1] in self.bulletin_index}) for sp in spans]
        for i, sp in enumerate(spans):
            if not days[i] or group_of(self.model.nodes[self.iris[i]].kind) != "event":   # an event has its own date
                days[i].update(rows[self.span_ids[s]][2] for s in sp if rows[self.span_ids[s]][2])
        table = sorted(set().union(*days))
        at = {d: k for k, d in enumerate(table)}
        return bulletins, table, [sorted(at[d] for d in ds) for ds in days]

    def _seen(self, posts: list[list], links: list[list]) -> tuple[list[set[int]], list[set[str]]]:
        """Per node: its source sentences and own dates, with those of its posts and of the events it is in."""
        spans: list[set[int]] = [set(self.spans(self.model.nodes[i].sources)) for i in self.iris]
        days: list[set[str]] = [set() for _ in self.iris]
        for person, org, _role, first, last, src in posts:
            for v in (person, org):
                spans[v].update(src)
                days[v].update(d for d in (first, last) if d)
        for i, iri in enumerate(self.iris):
            dates = self.model.nodes[iri].dates
            days[i].update(d for k, d in dates.items() if k != "endDate")
        for s, o, _role in links:
            spans[o].update(spans[s])
            days[o].update(days[s])
        return spans, days


def _label(tables: _Tables, i: int, legend: dict) -> str:
    """Events are drawn with their date and kind; the sentence is in the panel."""
    node = tables.model.nodes[tables.iris[i]]
    if group_of(node.kind) != "event":
        return _short(tables.labels[i])
    day = node.dates.get("startDate") or ("≈" + node.dates["approximateDate"] if "approximateDate" in node.dates else "")
    return " ".join(x for x in (day, legend[node.kind][0].split()[0]) if x)


def payload(model: Model, centres: list[str] = (), title: str = "") -> dict:
    """The data embedded in the page: legend, tables and positions (see kg/view.js for their use).

    >>> from rdflib import Graph
    >>> data = payload(read(Graph().parse(data=_EXAMPLE, format="turtle")))
    >>> data["name"], data["kinds"][0][0]
    (['甲'], 'person')
    """
    legend = view_kinds()
    present = [k for k in legend if any(n.kind == k for n in model.nodes.values())]
    tables = _Tables(model, list(legend))
    edges = tables.edges()
    positions = layout(len(tables.iris), [(a, b) for a, b, _c in edges])
    degree = [0] * len(tables.iris)
    for a, b, _c in edges:
        degree[a] += 1
        degree[b] += 1
    posts, links = tables.posts(), tables.links()
    bulletins, days, node_days = tables.evidence(posts, links)
    kind_no = {k: n for n, k in enumerate(present)}
    return {
        "title": title,
        "kinds": [[k, *legend[k]] for k in present],
        "edgeKinds": [[k, *v] for k, v in EDGES.items()],
        **tables.sources(),
        "dates": days,
        "iri": tables.iris,
        "name": tables.labels,
        "label": [_label(tables, i, legend) for i in range(len(tables.iris))],
        "kind": [kind_no[model.nodes[i].kind] for i in tables.iris],
        "x": [round(p[0], 1) for p in positions],
        "y": [round(p[1], 1) for p in positions],
        "degree": degree,
        "hub": sorted(v for v in sorted(range(len(degree)), key=lambda v: -degree[v])[:HUB_LABELS] if degree[v] > 2),
        "info": {str(i): tables.info(iri) for i, iri in enumerate(tables.iris)},
        "nodeBulletins": bulletins,
        "nodeDates": node_days,
        "edges": edges,
        "posts": posts,
        "links": links,
        "subs": sorted([tables.index[c], tables.index[p]] for c, p in model.subs),
        "focus": [tables.index[c] for c in centres],
        "large": len(tables.iris) > LARGE,
    }


# ---------------------------------------------------------------------------------------------- page

@lru_cache(maxsize=1)
def _assets() -> tuple[str, str, str, str]:
    """vis-network's script and style sheet as shipped inside pyvis, and the page's own."""
    base = resources.files("pyvis") / "lib" / "vis-9.1.2"
    own = resources.files("kg")
    js = (base / "vis-network.min.js").read_text(encoding="utf-8")
    css = (base / "vis-network.css").read_text(encoding="utf-8")
    # none can end its element early (no-ops for the shipped files, kept as a guard)
    return (_replace_ci(js, "</script", "<\\/script"), _replace_ci(css, "</style", "<\\/style"),
            (own / "view.js").read_text(encoding="utf-8"), (own / "view.css").read_text(encoding="utf-8"))


def _replace_ci(text: str, needle: str, repl: str) -> str:
    low, n, out, i = text.lower(), needle.lower(), [], 0
    while (j := low.find(n, i)) >= 0:
        out += [text[i:j], repl]
        i = j + len(n)
    return "".join(out) + text[i:]


def json_for_script(obj) -> str:
    """JSON that is also safe inside <script>: no '<', '>' or '&' survive, nor JS line separators.

    >>> json_for_script({"n": "</script>"})
    '{"n":"\\\\u003c/script\\\\u003e"}'
    """
    s = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _legend(data: dict) -> str:
    e = html.escape
    counts = [0] * len(data["kinds"])
    for k in data["kind"]:
        counts[k] += 1
    rows = [f'<li data-kind="{e(key)}" data-k="{n}" title="点击隐藏/显示 click to hide or show">'
            f'<span class="sw {e(shape)}" style="background:{e(colour)}"></span>{e(text)}'
            f'<span class="n">{counts[n]}</span></li>'
            for n, (key, text, colour, shape) in enumerate(data["kinds"])] or ["<li>（空图 empty graph）</li>"]
    used = {c for _a, _b, c in data["edges"]}
    erows = [f'<li data-edge="{e(key)}"><span class="ln{" dashed" if dashes else ""}" '
             f'style="border-color:{e(colour)}"></span>{e(text)}</li>'
             for n, (key, text, colour, dashes) in enumerate(data["edgeKinds"]) if n in used]
    return ('<h2>图例 legend</h2><ul id="kg-kinds">' + "".join(rows) + "</ul>"
            + ('<h2>连线 edges</h2><ul>' + "".join(erows) + "</ul>" if erows else ""))


_FILTERS = """<h2>筛选 filters</h2>
<label>简报 bulletin <select id="kg-bulletin"><option value="-1">全部 all</option></select></label>
<label>自 from <input id="kg-from" type="date"></label><label>至 to <input id="kg-to" type="date"></label>
<label class="check"><input id="kg-isolated" type="checkbox"> 隐藏孤立节点 hide isolated</label>
<button id="kg-reset" type="button">重置 reset</button>
<p class="help">点击节点查看详情与出处；搜索名称、别名、简报或日期（↑↓ 回车）；滚轮缩放。
Click a node for its details and sources; search names, aliases, bulletins or dates.</p>"""


def render_html(source, title: str = "政协知识图谱 CPPCC knowledge graph", focus: str | None = None,
                depth: int = 1) -> str:
    """The whole view of a kg Store or an rdflib graph as one self-contained HTML page.

    focus: a name or alias; the page then holds only the nodes within depth links of it (an ego view).

    >>> from rdflib import Graph
    >>> "甲" in render_html(Graph().parse(data=_EXAMPLE, format="turtle"), focus="甲", depth=0)
    True
    """
    model = read(source)
    centres: list[str] = []
    if focus is not None:
        model, centres = ego(model, focus, depth)
    data = payload(model, centres, title)
    js, css, own_js, own_css = _assets()
    e = html.escape
    stats = f'{len(data["iri"])} 个节点 nodes · {len(data["edges"])} 条连线 edges'
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="zh"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title>",
        f"<style>{css}</style>",
        f"<style>{own_css}</style>",
        f"<script>{js}</script>",
        "</head><body>",
        f'<div id="kg-header"><h1>{e(title)}</h1><span id="kg-stats" class="stats">{e(stats)}</span>'
        '<div id="kg-find"><input id="kg-search" type="search" autocomplete="off" '
        'placeholder="搜索 search: 名称 别名 简报 日期"><ul id="kg-results" role="listbox" hidden></ul></div>'
        '<span id="kg-status"></span></div>',
        '<div id="kg-main"><div id="kg-network"></div>'
        '<div id="kg-panel" hidden><button id="kg-close" type="button" title="关闭 close">×</button>'
        '<div id="kg-details"></div></div>'
        f'<div id="kg-side">{_legend(data)}{_FILTERS}</div></div>',
        f'<script id="kg-data" type="application/json">{json_for_script(data)}</script>',
        f"<script>{own_js}</script>",
        "</body></html>",
        "",
    ])


def write_html(source, path, title: str = "政协知识图谱 CPPCC knowledge graph", focus: str | None = None,
               depth: int = 1) -> Path:
    """Write the view of a kg Store or an rdflib graph to path (one self-contained HTML file).

    >>> import tempfile, os
    >>> from rdflib import Graph
    >>> write_html(Graph(), os.path.join(tempfile.mkdtemp(), "g.html")).name
    'g.html'
    """
    path = Path(path)
    text = render_html(source, title=title, focus=focus, depth=depth)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return path


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
