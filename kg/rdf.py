"""Last stage: the document's facts as RDF triples, for the bulletin's own named graph."""
from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDF, RDFS, SKOS, XSD

from kg import iris
from kg.document import Document
from kg.iris import CPPCC, ORG, PROV

ORG_CLASS = {
    "CPPCC": CPPCC.CPPCCCommittee,
    "CPPCC_BODY": CPPCC.CPPCCBody,
    "PARTY": CPPCC.PartyOrgan,
    "GOVERNMENT": CPPCC.GovernmentBody,
    "DEMOCRATIC_PARTY": CPPCC.DemocraticParty,
    "MASS_ORG": CPPCC.MassOrganization,
    "COMPANY": CPPCC.Company,
    "OTHER": CPPCC.OtherOrganization,
}


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def org_iri(name: str) -> URIRef:
    return iris.iri("org", name)


def person_iri(name: str, anchor: str) -> URIRef:
    return iris.iri("person", name, anchor)


def role_iri(label: str) -> URIRef:
    return iris.iri("role", label)


def bind_prefixes(g: Graph) -> None:
    g.bind("cppcc", CPPCC)
    g.bind("id", iris.ID)
    g.bind("org", ORG)
    g.bind("prov", PROV)
    g.bind("foaf", FOAF)
    g.bind("skos", SKOS)
    g.bind("dcterms", DCTERMS)
    g.bind("schema", iris.SCHEMA)


def to_graph(doc: Document) -> Graph:
    """All triples read from one bulletin."""
    g = Graph()
    bind_prefixes(g)
    bulletin = iris.bulletin(doc.name)
    ctx = doc.context
    g.add((bulletin, RDF.type, CPPCC.Bulletin))
    g.add((bulletin, DCTERMS.identifier, Literal(doc.name)))
    title = doc.articles[0].title if doc.articles else doc.name
    g.add((bulletin, DCTERMS.title, zh(doc.title or title)))
    if ctx.date:
        g.add((bulletin, DCTERMS.date, Literal(ctx.date, datatype=XSD.date)))
    if ctx.place:
        g.add((bulletin, DCTERMS.spatial, zh(ctx.place)))
    if ctx.province:
        g.add((bulletin, CPPCC.province, zh(ctx.province)))

    article_iris = {}
    for art in doc.articles:
        a = iris.iri("article", doc.name, art.index)
        article_iris[art.index] = a
        g.add((a, RDF.type, CPPCC.Article))
        g.add((a, DCTERMS.isPartOf, bulletin))
        g.add((a, DCTERMS.title, zh(art.title)))
        if art.section:
            g.add((a, CPPCC.section, zh(art.section)))
        if art.date:
            g.add((a, DCTERMS.date, Literal(art.date, datatype=XSD.date)))

    source_iris: dict[int, URIRef] = {}

    def source(sentence_index: int) -> URIRef:
        if sentence_index in source_iris:
            return source_iris[sentence_index]
        s = doc.sentences[sentence_index]
        node = iris.iri("source", doc.name, s.start, s.end)
        source_iris[sentence_index] = node
        g.add((node, RDF.type, CPPCC.SourceSpan))
        g.add((node, DCTERMS.isPartOf, bulletin))
        g.add((node, CPPCC.text, zh(doc.text[s.start:s.end])))
        g.add((node, CPPCC.startOffset, Literal(s.start, datatype=XSD.integer)))
        g.add((node, CPPCC.endOffset, Literal(s.end, datatype=XSD.integer)))
        if s.article in article_iris:
            g.add((node, CPPCC.article, article_iris[s.article]))
        date = doc.articles[s.article].date if s.article >= 0 else None
        if date or ctx.date:
            g.add((node, DCTERMS.date, Literal(date or ctx.date, datatype=XSD.date)))
        return node

    for org in doc.organizations.values():
        o = org_iri(org.name)
        g.add((o, RDF.type, ORG_CLASS[org.kind]))
        g.add((o, SKOS.prefLabel, zh(org.name)))
        g.add((o, RDFS.label, zh(org.name)))
        for alias in sorted(org.aliases - {org.name}):
            g.add((o, SKOS.altLabel, zh(alias)))
        if org.parent and org.parent in doc.organizations:
            g.add((o, ORG.subOrganizationOf, org_iri(org.parent)))
        if org.place:
            g.add((o, CPPCC.place, zh(org.place)))

    for name, anchor in doc.persons.items():
        p = person_iri(name, anchor)
        g.add((p, RDF.type, FOAF.Person))
        g.add((p, FOAF.name, zh(name)))
        g.add((p, RDFS.label, zh(name)))
    for m in doc.person_mentions:
        if m.name in doc.persons and m.sentence >= 0:
            g.add((person_iri(m.name, doc.persons[m.name]), PROV.wasDerivedFrom, source(m.sentence)))

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
        g.add((m, ORG.member, person))
        g.add((m, ORG.organization, org))
        g.add((m, ORG.role, role))
        if post.sentence >= 0:
            g.add((m, PROV.wasDerivedFrom, source(post.sentence)))
    return g
