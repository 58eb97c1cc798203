"""Exports for other tools: the network as GraphML or GEXF (Gephi, networkx), and CSV tables.

`network` reads the store (through its query method) into a networkx MultiDiGraph: persons,
organizations, events and documents are nodes (attributes: kind, label, date, iri), and posts, event
roles, organizers, visits, parent bodies and document relations are edges (attributes: relation, label,
date, bulletin). `kg analyze` works on the same graph.

    >>> with Store("out", create=False, read_only=True) as store:          # doctest: +SKIP
    ...     write(store, "graph.gexf", "gexf")
    ...     write(store, "tables", "csv")            # tables/persons.csv, organizations.csv, posts.csv, events.csv
"""
from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
import rdflib

from kg import kinds
from kg.store import Store, StoreError

PERSONS = """SELECT ?node ?label (SAMPLE(?basis) AS ?identity) WHERE {
  ?node a foaf:Person ; foaf:name ?label . OPTIONAL { ?node cppcc:identityBasis ?basis } }
GROUP BY ?node ?label"""
TYPED = """SELECT ?node ?label ?class (MIN(?value) AS ?extra) WHERE {
  VALUES ?class { %s } ?node a ?class ; %s ?label . OPTIONAL { ?node %s ?value } }
GROUP BY ?node ?label ?class"""
POSTS = """SELECT DISTINCT ?post ?person ?name ?role ?org ?orgName ?date ?sentence ?bulletin WHERE {
  GRAPH ?g { ?post a org:Membership ; org:member ?person ; org:organization ?org ; org:role ?r .
    ?b a cppcc:Bulletin ; dcterms:identifier ?bulletin .
    OPTIONAL { ?post prov:wasDerivedFrom ?src . ?src cppcc:text ?sentence . OPTIONAL { ?src dcterms:date ?date } } }
  ?person foaf:name ?name . ?r skos:prefLabel ?role . ?org skos:prefLabel ?orgName }
ORDER BY ?post ?bulletin ?sentence"""
# (subject, predicate, object) relations drawn as edges, with their names
RELATIONS = {
    "cppcc:chair": "chair", "cppcc:leader": "leader", "cppcc:speaker": "speaker",
    "cppcc:participant": "participant", "cppcc:organizingBody": "organized by", "cppcc:visited": "visited",
    "org:subOrganizationOf": "part of", "schema:author": "author", "cppcc:handledBy": "handled by",
    "cppcc:supervisedBy": "supervised by", "schema:about": "about",
}
EDGES = """SELECT DISTINCT ?s ?rel ?o ?bulletin WHERE {
  VALUES ?rel { %s } GRAPH ?g { ?s ?rel ?o . ?b a cppcc:Bulletin ; dcterms:identifier ?bulletin } }"""
EVENTS = """SELECT ?event ?kind ?name ?start ?end ?approx ?organizer
  (GROUP_CONCAT(DISTINCT ?leaderName; separator="、") AS ?led_by)
  (GROUP_CONCAT(DISTINCT ?who; separator="、") AS ?participants) ?bulletin WHERE {
  GRAPH ?g { ?event a cppcc:Event , ?class ; schema:name ?name . FILTER(?class != cppcc:Event)
    ?b a cppcc:Bulletin ; dcterms:identifier ?bulletin .
    OPTIONAL { ?event schema:startDate ?start } OPTIONAL { ?event schema:endDate ?end }
    OPTIONAL { ?event cppcc:approximateDate ?approx }
    OPTIONAL { ?event cppcc:organizingBody/skos:prefLabel ?organizer }
    OPTIONAL { ?event cppcc:chair|cppcc:leader ?leader . ?leader foaf:name ?leaderName }
    OPTIONAL { ?event cppcc:participant|cppcc:speaker ?p . ?p foaf:name ?who } }
  BIND(STRAFTER(STR(?class), "#") AS ?kind) }
GROUP BY ?event ?kind ?name ?start ?end ?approx ?organizer ?bulletin ORDER BY ?start ?approx ?event"""
ORGANIZATIONS = """SELECT ?organization ?name ?class (SAMPLE(?parentIri) AS ?parent) (SAMPLE(?where) AS ?place) WHERE {
  ?organization a org:Organization ; skos:prefLabel ?name .
  OPTIONAL { ?organization a ?class FILTER(?class != org:Organization) }
  OPTIONAL { ?organization org:subOrganizationOf ?parentIri }
  OPTIONAL { ?organization cppcc:place ?where } }
GROUP BY ?organization ?name ?class ORDER BY ?name"""


def _text(value) -> str:
    return "" if value is None else str(value)


def _values(group: str) -> str:
    return " ".join(f"<{k.cls}>" for k in kinds.of(group))


def _kind(cls: str | None, default: str) -> str:
    kind = kinds.by_class(rdflib.URIRef(cls)) if cls else None
    return kind.code if kind else default


def network(store: Store) -> nx.MultiDiGraph:
    """The store as a networkx MultiDiGraph of persons, organizations, events and documents.

    Nodes are keyed by IRI and carry kind (person, an organization / event / document code of
    kg/data/kinds.tsv), label, date ("" when unknown) and group; edges carry relation (a post's role
    for posts), label, date and bulletin.

    >>> G = network(store)                                              # doctest: +SKIP
    >>> sorted({d["group"] for _, d in G.nodes(data=True)})             # doctest: +SKIP
    ['document', 'event', 'organization', 'person']
    """
    G = nx.MultiDiGraph()
    for iri, name, identity in store.query(PERSONS)[1]:
        G.add_node(iri, kind="person", group="person", label=name, date="", place="", identity=_text(identity))
    # group, classes, label property, (attribute, its property)
    typed = (("organization", "org:Organization " + _values("organization"), "skos:prefLabel", "place", "cppcc:place"),
             ("event", _values("event"), "schema:name", "date", "schema:startDate|cppcc:approximateDate"),
             ("document", _values("document"), "schema:name", "date", "dcterms:date"))
    for group, classes, label, attribute, prop in typed:
        for iri, name, cls, extra in store.query(TYPED % (classes, label, prop))[1]:
            if iri in G and G.nodes[iri]["kind"] != group and cls.endswith("#Organization"):
                continue   # an organization's own kind wins over org:Organization
            G.add_node(iri, **{"date": "", "place": "", attribute: _text(extra)},
                       kind=_kind(cls, group), group=group, label=name)
    for post, person, name, role, org_iri, org_name, date, sentence, bulletin in _distinct_posts(store):
        G.add_edge(person, org_iri, key=f"{post} {bulletin}", relation="post", label=role, date=_text(date), bulletin=bulletin)
    for s, rel, o, bulletin in store.query(EDGES % " ".join(RELATIONS))[1]:
        if s in G and o in G:
            name = RELATIONS[_prefixed(rel)]
            G.add_edge(s, o, key=f"{rel} {bulletin}", relation=name, label=name,
                       date=G.nodes[s]["date"] if G.nodes[s]["group"] == "event" else "", bulletin=bulletin)
    return G


def _prefixed(iri: str) -> str:
    from kg.store import PREFIXES
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _distinct_posts(store: Store) -> list[tuple]:
    """One row per post and bulletin (its earliest dated sentence)."""
    seen: dict[tuple, tuple] = {}
    for row in store.query(POSTS)[1]:
        key = (row[0], row[8])
        if key not in seen:
            seen[key] = row
    return list(seen.values())


# --- tables ------------------------------------------------------------------------------------------

def tables(store: Store) -> dict[str, tuple[list[str], list[tuple]]]:
    """The CSV tables: name -> (header, rows) for persons, organizations, posts and events."""
    persons = [(iri, name, _text(identity)) for iri, name, identity in store.query(PERSONS)[1]]
    organizations = [(iri, name, _kind(cls, "organization"), _text(parent), _text(place))
                     for iri, name, cls, parent, place in store.query(ORGANIZATIONS)[1]]
    posts = [(post, person, name, role, org, org_name, _text(date), _text(sentence), bulletin)
             for post, person, name, role, org, org_name, date, sentence, bulletin in store.query(POSTS)[1]]
    events = [tuple(_text(v) for v in row) for row in store.query(EVENTS)[1]]
    return {
        "persons": (["person", "name", "identity_basis"], persons),
        "organizations": (["organization", "name", "kind", "parent", "place"], organizations),
        "posts": (["post", "person", "name", "role", "organization", "organization_name", "date",
                   "sentence", "bulletin"], posts),
        "events": (["event", "kind", "name", "start", "end", "approx_date", "organizer", "led_by",
                    "participants", "bulletin"], events),
    }


def write_tables(store: Store, folder: str | Path) -> list[Path]:
    """Write persons.csv, organizations.csv, posts.csv (one row per post and source sentence, with the
    sentence and its bulletin) and events.csv into FOLDER (UTF-8 with a BOM, so spreadsheets read it)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (header, rows) in tables(store).items():
        path = folder / f"{name}.csv"
        with open(path, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(header)
            writer.writerows(rows)
        written.append(path)
    return written


def write(store: Store, output: str | Path, fmt: str) -> list[Path]:
    """Write the store to OUTPUT as graphml, gexf (one file) or csv (a folder of tables)."""
    output = Path(output)
    if fmt == "csv":
        return write_tables(store, output)
    output.parent.mkdir(parents=True, exist_ok=True)
    graph = network(store)
    try:
        if fmt == "graphml":
            nx.write_graphml(graph, output)
        elif fmt == "gexf":
            nx.write_gexf(graph, output)
        else:
            raise StoreError(f"unknown network format {fmt!r} (graphml, gexf or csv)")
    except OSError as e:
        raise StoreError(f"cannot write {output}: {e.strerror or e}") from e
    return [output]
