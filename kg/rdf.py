"""Last stage: the document's facts as RDF triples, for the bulletin's own named graph.

The triples are made as pyoxigraph terms and written as N-Triples (to_ntriples, what a build stores); an rdflib
Graph of them (to_graph) is for SHACL, evaluation and tests. Building an rdflib Graph for every bulletin cost
more than the whole extraction, and its indexes serve nothing on the way to the store.
"""
from __future__ import annotations

from typing import Sequence

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDF, RDFS, SKOS, XSD

from kg import iris, kinds
from kg.document import Document
from kg.iris import CPPCC, ORG, PROV
from kg.orgforms import standard_forms
from kg.themes import labels as theme_labels

EVENT_ROLE = {"chair": CPPCC.chair, "leader": CPPCC.leader, "speaker": CPPCC.speaker, "participant": CPPCC.participant}
DOCUMENT_AGENT = {"author": iris.SCHEMA.author, "handler": CPPCC.handledBy, "supervisor": CPPCC.supervisedBy}
EVENT_NAME_MAX = 60
_DATE, _INTEGER = ox.NamedNode(str(XSD.date)), ox.NamedNode(str(XSD.integer))


class Triples:
    """The triples of one bulletin as N-Triples lines, each kept once in the order first added. IRIs are given
    as rdflib URIRefs (the project's own, iris.py: valid by construction), literals as pyoxigraph Literals (zh,
    xsd_date, xsd_integer), which write themselves escaped; making a pyoxigraph Triple of each cost more.

    >>> t = Triples()
    >>> t.add((iris.ID["a"], RDFS.label, zh("A"))); t.add((iris.ID["a"], RDFS.label, zh("A")))
    >>> len(t), t.ntriples()
    (1, b'<https://w3id.org/cppcc-kg/id/a> <http://www.w3.org/2000/01/rdf-schema#label> "A"@zh .\\n')
    """

    def __init__(self):
        self._lines: dict[str, None] = {}

    def add(self, triple: tuple) -> None:
        s, p, o = triple
        obj = str(o) if isinstance(o, ox.Literal) else f"<{o}>"
        self._lines[f"<{s}> <{p}> {obj} .\n"] = None

    def extend(self, other: "Triples") -> None:
        self._lines.update(other._lines)

    def __len__(self) -> int:
        return len(self._lines)

    def ntriples(self) -> bytes:
        """N-Triples, one triple a line (what Store.add_ntriples takes)."""
        return "".join(self._lines).encode("utf-8")

    def nquads(self, graph: str) -> bytes:
        """The same triples as N-Quads in named graph GRAPH, one a line (a worker of `kg build` makes them, so that
        the store's bulk loader reads them without a triple passing through Python: kg.journal.write_new).

        >>> t = Triples(); t.add((iris.ID["a"], RDFS.label, zh("A")))
        >>> t.nquads("urn:g")
        b'<https://w3id.org/cppcc-kg/id/a> <http://www.w3.org/2000/01/rdf-schema#label> "A"@zh <urn:g> .\\n'
        """
        end = f" <{graph}> .\n"
        return "".join(line[:-3] + end for line in self._lines).encode("utf-8")   # each line ends " .\n"


def zh(text: str) -> ox.Literal:
    return ox.Literal(text, language="zh")


def xsd_date(day: str) -> ox.Literal:
    """An xsd:date literal of an ISO date (the stages give them as date.isoformat())."""
    return ox.Literal(day, datatype=_DATE)


def xsd_integer(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=_INTEGER)


def org_iri(name: str) -> URIRef:
    return iris.iri("org", name)


def person_iri(name: str, anchor: str) -> URIRef:
    return iris.iri("person", name, anchor)


def role_iri(label: str) -> URIRef:
    return iris.iri("role", label)


def theme_iri(theme: str) -> URIRef:
    return iris.ID[f"theme/{theme}"]


def topic_iri(text: str) -> URIRef:
    return iris.iri("topic", text)


def article_iri(doc: Document, index: int) -> URIRef:
    """The IRI of article INDEX of DOC (numbered in the whole document when DOC is one of its windows)."""
    return iris.iri("article", doc.name, index + doc.window.first_article)


def document_iri(title: str) -> URIRef:
    return iris.iri("document", title)


def place_iri(name: str) -> URIRef:
    return iris.iri("place", name)


def bind_prefixes(g: Graph) -> None:
    g.bind("cppcc", CPPCC)
    g.bind("id", iris.ID)
    g.bind("org", ORG)
    g.bind("prov", PROV)
    g.bind("foaf", FOAF)
    g.bind("skos", SKOS)
    g.bind("dcterms", DCTERMS)
    g.bind("schema", iris.SCHEMA)


def to_ntriples(doc: Document, seen: dict | None = None) -> bytes:
    """All triples read from one bulletin (or one window of it: see triples), as N-Triples (one triple a line).

    >>> from kg import pipeline
    >>> b"Bulletin>" in to_ntriples(pipeline.process("seeds/000_ea288ff508007a47.txt"))      # doctest: +SKIP
    True
    """
    return triples(doc, seen).ntriples()


def to_graph(doc: Document) -> Graph:
    """All triples read from one bulletin, as an rdflib Graph with the project's prefixes.

    >>> from kg import pipeline
    >>> len(to_graph(pipeline.process("seeds/000_ea288ff508007a47.txt"))) > 100      # doctest: +SKIP
    True
    """
    g = Graph()
    bind_prefixes(g)
    return g.parse(data=to_ntriples(doc), format="nt")


def triples(doc: Document, seen: dict | None = None) -> Triples:
    """All triples read from one bulletin. For a window of a long one (kg.windows), the bulletin's own triples
    come with the first window only, and the first and last day each membership is seen on are kept in SEEN
    (membership -> (first, last)) for seen_triples to state once the last window is done, not stated here."""
    g = Triples()
    bulletin = iris.bulletin(doc.name)
    if doc.window.index == 0:
        add_bulletin(g, doc, bulletin)
    article_iris = add_articles(g, doc, bulletin)
    source = sources(g, doc, bulletin, article_iris)
    add_organizations(g, doc)
    add_persons(g, doc, source)
    days = add_posts(g, doc, source)
    if seen is None:
        g.extend(seen_triples(days))
    else:   # the first and last day only: a long document states a post on many days
        for m, on in days.items():
            first, last = seen.get(m, (min(on), max(on)))
            seen[m] = (min(first, *on), max(last, *on))
    add_events(g, doc, source)
    add_documents(g, doc, source)
    return g


def seen_triples(seen: dict[URIRef, Sequence[str]]) -> Triples:
    """The first and last day each membership of SEEN (membership -> days its post is stated on, or the first
    and the last of them) is seen."""
    g = Triples()
    for m, days in seen.items():
        g.add((m, CPPCC.firstSeen, xsd_date(min(days))))
        g.add((m, CPPCC.lastSeen, xsd_date(max(days))))
    return g


def add_bulletin(g: Triples, doc: Document, bulletin: URIRef) -> None:
    ctx = doc.context
    g.add((bulletin, RDF.type, CPPCC.Bulletin))
    g.add((bulletin, DCTERMS.identifier, ox.Literal(doc.name)))
    title = doc.articles[0].title if doc.articles else doc.name
    g.add((bulletin, DCTERMS.title, zh(doc.title or title)))
    if ctx.date:
        g.add((bulletin, DCTERMS.date, xsd_date(ctx.date)))
    if ctx.place:
        g.add((bulletin, DCTERMS.spatial, zh(ctx.place)))
    if ctx.province:
        g.add((bulletin, CPPCC.province, zh(ctx.province)))


def add_articles(g: Triples, doc: Document, bulletin: URIRef) -> dict[int, URIRef]:
    article_iris = {}
    for art in doc.articles:
        a = article_iri(doc, art.index)
        article_iris[art.index] = a
        g.add((a, RDF.type, CPPCC.Article))
        g.add((a, DCTERMS.isPartOf, bulletin))
        g.add((a, DCTERMS.title, zh(art.title)))
        if art.section:
            g.add((a, CPPCC.section, zh(art.section)))
        if art.date:
            g.add((a, DCTERMS.date, xsd_date(art.date)))
    return article_iris


def sources(g: Triples, doc: Document, bulletin: URIRef, article_iris: dict[int, URIRef]):
    """source(i): the IRI of sentence I as a source span, its triples added the first time it is asked for;
    offsets are the whole document's."""
    source_iris: dict[int, URIRef] = {}
    offset, ctx = doc.window.offset, doc.context

    def source(sentence_index: int) -> URIRef:
        if sentence_index in source_iris:
            return source_iris[sentence_index]
        s = doc.sentences[sentence_index]
        node = iris.iri("source", doc.name, s.start + offset, s.end + offset)
        source_iris[sentence_index] = node
        g.add((node, RDF.type, CPPCC.SourceSpan))
        g.add((node, DCTERMS.isPartOf, bulletin))
        g.add((node, CPPCC.text, zh(doc.text[s.start:s.end])))
        g.add((node, CPPCC.startOffset, xsd_integer(s.start + offset)))
        g.add((node, CPPCC.endOffset, xsd_integer(s.end + offset)))
        if s.article in article_iris:
            g.add((node, CPPCC.article, article_iris[s.article]))
        date = doc.articles[s.article].date if s.article >= 0 else None
        if date or ctx.date:
            g.add((node, DCTERMS.date, xsd_date(date or ctx.date)))
        return node
    return source


def add_organizations(g: Triples, doc: Document) -> None:
    for org in doc.organizations.values():
        o = org_iri(org.name)
        g.add((o, RDF.type, kinds.get("organization", org.kind).cls))
        g.add((o, RDF.type, ORG.Organization))
        g.add((o, SKOS.prefLabel, zh(org.name)))
        g.add((o, RDFS.label, zh(org.name)))
        for alias in sorted(standard_forms(org) - {org.name}):
            g.add((o, SKOS.altLabel, zh(alias)))
        if org.parent and org.parent in doc.organizations:
            g.add((o, ORG.subOrganizationOf, org_iri(org.parent)))
        if org.place:
            g.add((o, CPPCC.place, zh(org.place)))


def add_persons(g: Triples, doc: Document, source) -> None:
    for name, anchor in doc.persons.items():
        p = person_iri(name, anchor)
        g.add((p, RDF.type, FOAF.Person))
        g.add((p, FOAF.name, zh(name)))
        g.add((p, RDFS.label, zh(name)))
        if name in doc.identity_basis:   # stated by resolve
            g.add((p, CPPCC.identityBasis, zh(doc.identity_basis[name])))
    for m in doc.person_mentions:
        if m.name in doc.persons and m.sentence >= 0:
            g.add((person_iri(m.name, doc.persons[m.name]), PROV.wasDerivedFrom, source(m.sentence)))


def add_posts(g: Triples, doc: Document, source) -> dict[URIRef, list[str]]:
    """The memberships of the posts; returns the days each is stated on (membership -> days)."""
    seen: dict[URIRef, list[str]] = {}
    for post in doc.posts:
        if post.person not in doc.persons or post.org not in doc.organizations:
            continue
        person = person_iri(post.person, doc.persons[post.person])
        org = org_iri(post.org)
        role = role_iri(post.role)
        g.add((role, RDF.type, ORG.Role))
        g.add((role, SKOS.prefLabel, zh(post.role)))
        g.add((role, RDFS.label, zh(post.role)))
        m = iris.iri("membership", person, post.role, post.org)
        g.add((m, RDF.type, ORG.Membership))
        # the post as it reads (organization + role): a query listing posts reads one label, not four
        g.add((m, RDFS.label, zh(post_label(post.org, post.role))))
        g.add((m, ORG.member, person))
        g.add((m, ORG.organization, org))
        g.add((m, ORG.role, role))
        if post.sentence >= 0:
            g.add((m, PROV.wasDerivedFrom, source(post.sentence)))
        day = sentence_date(doc, post.sentence)
        if day:
            seen.setdefault(m, []).append(day)
    return seen


def post_label(org: str, role: str) -> str:
    """The label of a membership: its organization's name and its role, as bulletins write a post.

    >>> post_label("包头市政协", "副主席")
    '包头市政协副主席'
    """
    return org + role


def sentence_date(doc: Document, sentence: int) -> str | None:
    """The date a sentence speaks of: its item's date, else the bulletin's."""
    art = doc.sentences[sentence].article if sentence >= 0 else -1
    return (doc.articles[art].date if art >= 0 else None) or doc.context.date


def agent_iri(doc: Document, kind: str, name: str) -> URIRef | None:
    if kind == "person":
        return person_iri(name, doc.persons[name]) if name in doc.persons else None
    return org_iri(name) if name in doc.organizations else None


def add_themes(g: Triples, node: URIRef, themes: list[str]) -> None:
    """Link node to its themes, each labelled so the bulletin's graph reads on its own."""
    for theme in themes:
        t = theme_iri(theme)
        g.add((node, CPPCC.theme, t))
        g.add((t, RDF.type, SKOS.Concept))
        g.add((t, SKOS.inScheme, CPPCC.themes))
        for label in theme_labels(theme):
            g.add((t, SKOS.prefLabel, ox.Literal(str(label), language=label.language)))


def add_events(g: Triples, doc: Document, source) -> None:
    for event in doc.events:
        s = doc.sentences[event.sentence]
        e = iris.iri("event", doc.name, (event.at if event.at >= 0 else s.start) + doc.window.offset)
        g.add((e, RDF.type, CPPCC.Event))
        g.add((e, RDF.type, kinds.get("event", event.kind).cls))
        text = doc.text[s.start:s.end]
        g.add((e, iris.SCHEMA.name, zh(text if len(text) <= EVENT_NAME_MAX else text[:EVENT_NAME_MAX] + "…")))
        if event.approximate:
            g.add((e, CPPCC.approximateDate, xsd_date(event.start)))
        else:
            g.add((e, iris.SCHEMA.startDate, xsd_date(event.start)))
            if event.end:
                g.add((e, iris.SCHEMA.endDate, xsd_date(event.end)))
        for name, role in event.persons.items():
            person = agent_iri(doc, "person", name)
            if person:
                g.add((e, EVENT_ROLE[role], person))
        for name in event.organizers:
            g.add((e, CPPCC.organizingBody, org_iri(name)))
        for name in event.visited:
            g.add((e, CPPCC.visited, org_iri(name)))
        for name in event.visited_places:
            place = place_iri(name)
            g.add((place, RDF.type, iris.SCHEMA.Place))
            g.add((place, RDF.type, iris.SCHEMA.AdministrativeArea))
            g.add((place, RDFS.label, zh(name)))
            g.add((place, iris.SCHEMA.name, zh(name)))
            g.add((e, CPPCC.visited, place))
        if event.topic:
            topic = topic_iri(event.topic)
            g.add((topic, RDF.type, CPPCC.Topic))
            g.add((topic, SKOS.prefLabel, zh(event.topic)))
            g.add((topic, RDFS.label, zh(event.topic)))
            for theme in event.themes:
                g.add((topic, SKOS.broader, theme_iri(theme)))   # labelled by add_themes below
            g.add((e, CPPCC.topic, topic))
        add_themes(g, e, event.themes)
        for named in doc.documents:
            if event.sentence <= doc.sentence_at(named.start) <= event.last_sentence:
                g.add((e, iris.SCHEMA.about, document_iri(named.title)))   # 会议还审议了《…建议案》
        g.add((e, PROV.wasDerivedFrom, source(event.sentence)))
        if s.article >= 0:
            g.add((e, PROV.wasDerivedFrom, article_iri(doc, s.article)))


def add_documents(g: Triples, doc: Document, source) -> None:
    for named in doc.documents:
        d = document_iri(named.title)
        g.add((d, RDF.type, kinds.get("document", named.kind).cls))
        g.add((d, iris.SCHEMA.name, zh(named.title)))
        g.add((d, RDFS.label, zh(named.title)))
        g.add((d, PROV.wasDerivedFrom, source(named.sentence)))
        for relation, kind, name in named.agents:
            agent = agent_iri(doc, kind, name)
            if agent:
                g.add((d, DOCUMENT_AGENT[relation], agent))
        add_themes(g, d, named.themes)
