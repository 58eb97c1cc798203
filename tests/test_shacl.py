"""SHACL: ontology/shapes.ttl accepts well-formed graphs, rejects broken ones with the right message, and
accepts what the real pipeline builds from the seed bulletins."""
from __future__ import annotations

import copy
from pathlib import Path

import pyshacl
import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, RDF, SH, SKOS

from kg.iris import CPPCC, ID, ORG, PROV, SCHEMA

ROOT = Path(__file__).resolve().parents[1]
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")   # open: rdflib's XSD warns when pytest probes its attributes
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


PREFIXES = """
@prefix cppcc:   <https://w3id.org/cppcc-kg/ontology#> .
@prefix bulletin: <https://w3id.org/cppcc-kg/id/bulletin/> .
@prefix article: <https://w3id.org/cppcc-kg/id/article/> .
@prefix source: <https://w3id.org/cppcc-kg/id/source/> .
@prefix person: <https://w3id.org/cppcc-kg/id/person/> .
@prefix organization: <https://w3id.org/cppcc-kg/id/org/> .
@prefix role: <https://w3id.org/cppcc-kg/id/role/> .
@prefix membership: <https://w3id.org/cppcc-kg/id/membership/> .
@prefix event: <https://w3id.org/cppcc-kg/id/event/> .
@prefix proposal: <https://w3id.org/cppcc-kg/id/proposal/> .
@prefix org:     <http://www.w3.org/ns/org#> .
@prefix foaf:    <http://xmlns.com/foaf/0.1/> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix prov:    <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix schema:  <https://schema.org/> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
"""

# A small graph in the shape kg/rdf.py writes (docs/DATA_MODEL.md), plus the event / proposal terms.
CONFORMING = PREFIXES + """
bulletin:b1 a cppcc:Bulletin ;
    dcterms:identifier "000_test.txt" ;
    dcterms:title "包头政协工作动态"@zh ;
    dcterms:date "2021-06-15"^^xsd:date ;
    dcterms:spatial "包头市"@zh ;
    cppcc:province "内蒙古自治区"@zh .

article:a1 a cppcc:Article ;
    dcterms:isPartOf bulletin:b1 ;
    dcterms:title "市政协主席杨利民主持召开座谈会"@zh ;
    dcterms:date "2021-06-10"^^xsd:date ;
    cppcc:section "党史学习教育"@zh .

source:s1 a cppcc:SourceSpan ;
    dcterms:isPartOf bulletin:b1 ;
    cppcc:article article:a1 ;
    cppcc:text "6月10日，市政协党组副书记、主席杨利民主持召开座谈会。"@zh ;
    cppcc:startOffset "120"^^xsd:integer ;
    cppcc:endOffset "148"^^xsd:integer ;
    dcterms:date "2021-06-10"^^xsd:date .

person:p1 a foaf:Person ;
    foaf:name "杨利民"@zh ;
    rdfs:label "杨利民"@zh ;
    prov:wasDerivedFrom source:s1 .

organization:o1 a cppcc:CPPCCCommittee ;
    skos:prefLabel "包头市政协"@zh ;
    rdfs:label "包头市政协"@zh ;
    skos:altLabel "市政协"@zh , "中国人民政治协商会议包头市委员会"@zh ;
    cppcc:place "包头市"@zh .

organization:o2 a cppcc:CPPCCBody ;
    skos:prefLabel "包头市政协党组"@zh ;
    rdfs:label "包头市政协党组"@zh ;
    org:subOrganizationOf organization:o1 ;
    cppcc:place "包头市"@zh .

role:r1 a org:Role ; skos:prefLabel "主席"@zh ; rdfs:label "主席"@zh .
role:r2 a org:Role ; skos:prefLabel "副书记"@zh ; rdfs:label "副书记"@zh .

membership:m1 a org:Membership ;
    org:member person:p1 ;
    org:organization organization:o1 ;
    org:role role:r1 ;
    prov:wasDerivedFrom source:s1 ;
    cppcc:firstSeen "2021-06-10"^^xsd:date ;
    cppcc:lastSeen "2021-06-15"^^xsd:date .

membership:m2 a org:Membership ;
    org:member person:p1 ;
    org:organization organization:o2 ;
    org:role role:r2 ;
    prov:wasDerivedFrom source:s1 .

event:e1 a cppcc:Meeting ;
    schema:name "问计于民座谈会"@zh ;
    schema:startDate "2021-06-10"^^xsd:date ;
    schema:endDate "2021-06-10"^^xsd:date ;
    cppcc:chair person:p1 ;
    cppcc:organizingBody organization:o1 ;
    cppcc:participant organization:o2 ;
    cppcc:theme <https://w3id.org/cppcc-kg/id/theme/party-history-education> ;
    prov:wasDerivedFrom source:s1 .

proposal:x1 a cppcc:Proposal ;
    schema:name "关于加快推进现代物流业的提案"@zh ;
    cppcc:theme <https://w3id.org/cppcc-kg/id/theme/logistics> ;
    prov:wasDerivedFrom source:s1 .
"""


# --- helpers ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ROOT / "ontology" / "shapes.ttl", format="turtle")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ROOT / "ontology" / "cppcc.ttl", format="turtle")


def validate(data: Graph, shapes: Graph, ontology: Graph) -> tuple[bool, Graph, str]:
    return pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")


def messages(results: Graph) -> list[str]:
    return sorted(str(m) for m in results.objects(None, SH.resultMessage))


def conforming() -> Graph:
    return Graph().parse(data=CONFORMING, format="turtle")


def assert_conforms(data: Graph, shapes: Graph, ontology: Graph) -> None:
    ok, _, text = validate(data, shapes, ontology)
    assert ok, text


def assert_violation(data: Graph, shapes: Graph, ontology: Graph, expected: str) -> None:
    ok, results, text = validate(data, shapes, ontology)
    assert not ok, "the broken graph validated"
    found = messages(results)
    assert any(expected in m for m in found), f"no message containing {expected!r} in {found}"


# --- the shapes file -------------------------------------------------------------------------------

def test_shapes_are_valid_shacl(shapes):
    ok, _, text = pyshacl.validate(Graph(), shacl_graph=shapes, meta_shacl=True)
    assert ok, text


def test_every_constraint_has_a_message(shapes):
    property_shapes = set(shapes.objects(None, SH.property))
    assert len(property_shapes) > 20
    for ps in property_shapes:
        assert shapes.value(ps, SH.message) is not None, f"property shape on {shapes.value(ps, SH.path)} lacks sh:message"


# --- hand-made graphs ------------------------------------------------------------------------------

def test_conforming_graph_validates(shapes, ontology):
    assert_conforms(conforming(), shapes, ontology)


def test_membership_without_role_fails(shapes, ontology):
    g = conforming()
    g.remove((ID["membership/m1"], ORG.role, None))
    assert_violation(g, shapes, ontology, "exactly one org:role")


def test_membership_with_a_role_without_label_fails(shapes, ontology):
    g = conforming()
    g.remove((ID["role/r1"], SKOS.prefLabel, None))
    assert_violation(g, shapes, ontology, "exactly one org:role, an org:Role with a skos:prefLabel")


def test_membership_without_source_fails(shapes, ontology):
    g = conforming()
    g.remove((ID["membership/m2"], URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), None))
    assert_violation(g, shapes, ontology, "prov:wasDerivedFrom at least one cppcc:SourceSpan")


def test_membership_of_a_non_organization_fails(shapes, ontology):
    g = conforming()
    g.set((ID["membership/m1"], ORG.organization, ID["role/r1"]))
    assert_violation(g, shapes, ontology, "exactly one org:organization, an org:Organization")


@pytest.mark.parametrize("start,end", [(148, 120), (130, 130)])
def test_source_span_with_start_not_before_end_fails(shapes, ontology, start, end):
    g = conforming()
    span = ID["source/s1"]
    g.set((span, CPPCC.startOffset, Literal(start, datatype=XSD.integer)))
    g.set((span, CPPCC.endOffset, Literal(end, datatype=XSD.integer)))
    assert_violation(g, shapes, ontology, "cppcc:startOffset of a cppcc:SourceSpan is less than its cppcc:endOffset")


def test_source_span_outside_a_bulletin_fails(shapes, ontology):
    g = conforming()
    g.remove((ID["source/s1"], URIRef("http://purl.org/dc/terms/isPartOf"), None))
    assert_violation(g, shapes, ontology, "cppcc:SourceSpan is dcterms:isPartOf exactly one cppcc:Bulletin")


def test_organization_with_two_chinese_preflabels_fails(shapes, ontology):
    g = conforming()
    g.add((ID["org/o1"], SKOS.prefLabel, Literal("中国人民政治协商会议包头市委员会", lang="zh")))
    assert_violation(g, shapes, ontology, "exactly one skos:prefLabel @zh")


def test_organization_without_chinese_preflabel_fails(shapes, ontology):
    g = conforming()
    g.set((ID["org/o1"], SKOS.prefLabel, Literal("Baotou CPPCC", lang="en")))
    assert_violation(g, shapes, ontology, "exactly one skos:prefLabel @zh")


def test_organization_of_two_kinds_fails(shapes, ontology):
    g = conforming()
    g.add((ID["org/o1"], RDF.type, CPPCC.GovernmentBody))
    assert_violation(g, shapes, ontology, "exactly one of the eight organization kinds")


def test_person_without_chinese_name_fails(shapes, ontology):
    g = conforming()
    g.set((ID["person/p1"], FOAF.name, Literal("Yang Limin", lang="en")))
    assert_violation(g, shapes, ontology, "at least one foaf:name @zh")


def test_bulletin_without_identifier_fails(shapes, ontology):
    g = conforming()
    g.remove((ID["bulletin/b1"], URIRef("http://purl.org/dc/terms/identifier"), None))
    assert_violation(g, shapes, ontology, "exactly one dcterms:identifier")


def test_post_seen_in_two_bulletins_conforms(shapes, ontology):
    # each bulletin graph states its own first/last seen: their union has two pairs
    g = conforming()
    g.add((ID["membership/m1"], CPPCC.firstSeen, Literal("2021-07-01", datatype=XSD.date)))
    g.add((ID["membership/m1"], CPPCC.lastSeen, Literal("2021-07-05", datatype=XSD.date)))
    ok, _, text = validate(g, shapes, ontology)
    assert ok, text


def test_post_seen_date_not_a_date_fails(shapes, ontology):
    g = conforming()
    g.add((ID["membership/m1"], CPPCC.firstSeen, Literal("July")))
    assert_violation(g, shapes, ontology, "cppcc:firstSeen values are valid xsd:date")


def test_date_not_xsd_date_fails(shapes, ontology):
    g = conforming()
    g.set((ID["article/a1"], URIRef("http://purl.org/dc/terms/date"), Literal("2021年6月10日", lang="zh")))
    assert_violation(g, shapes, ontology, "dcterms:date values are valid xsd:date")


def test_event_ending_before_it_starts_fails(shapes, ontology):
    g = conforming()
    g.set((ID["event/e1"], SCHEMA.endDate, Literal("2021-06-09", datatype=XSD.date)))
    assert_violation(g, shapes, ontology, "schema:endDate of a cppcc:Event is not before its schema:startDate")


def test_event_without_start_date_fails(shapes, ontology):
    g = conforming()
    g.remove((ID["event/e1"], SCHEMA.startDate, None))
    assert_violation(g, shapes, ontology, "either a schema:startDate")


def test_event_derived_from_something_else_than_sources_and_articles_fails(shapes, ontology):
    g = conforming()
    g.add((ID["event/e1"], PROV.wasDerivedFrom, ID["person/p1"]))
    assert_violation(g, shapes, ontology, "nothing else")


def test_event_with_both_exact_and_approximate_date_fails(shapes, ontology):
    g = conforming()
    g.add((ID["event/e1"], CPPCC.approximateDate, Literal("2021-06-15", datatype=XSD.date)))
    assert_violation(g, shapes, ontology, "either a schema:startDate")


def test_topic_without_label_fails(shapes, ontology):
    g = conforming()
    g.add((ID["event/e1"], CPPCC.topic, ID["topic/t1"]))
    g.add((ID["topic/t1"], RDF.type, CPPCC.Topic))
    assert_violation(g, shapes, ontology, "one skos:prefLabel")


def test_document_authored_by_a_role_fails(shapes, ontology):
    g = conforming()
    g.add((ID["proposal/x1"], SCHEMA.author, ID["role/r1"]))
    assert_violation(g, shapes, ontology, "schema:author of a document")


def test_event_attended_by_a_role_fails(shapes, ontology):
    # cppcc:participant is a sub-property of schema:attendee: the shape on schema:attendee sees it through RDFS inference
    g = conforming()
    g.add((ID["event/e1"], CPPCC.participant, ID["role/r1"]))
    assert_violation(g, shapes, ontology, "schema:attendee of an event")


def test_event_chaired_by_a_role_fails(shapes, ontology):
    # cppcc:chair has rdfs:range foaf:Person: RDFS inference makes the role a person, which then lacks a name
    g = conforming()
    g.add((ID["event/e1"], CPPCC.chair, ID["role/r1"]))
    assert_violation(g, shapes, ontology, "A foaf:Person has at least one foaf:name @zh")


# --- graphs the real pipeline builds ---------------------------------------------------------------

@pytest.fixture(scope="module")
def documents():
    from kg.pipeline import process
    return {path.name: process(path) for path in SEEDS}


def test_there_are_seeds():
    assert SEEDS


@pytest.mark.parametrize("seed", [p.name for p in SEEDS])
def test_pipeline_graph_conforms(seed, documents, shapes, ontology):
    from kg.rdf import to_graph
    doc = documents[seed]
    g = to_graph(doc)
    # the graph holds what the document holds, so the validation covers every extracted fact
    assert len(list(g.subjects(RDF.type, CPPCC.Bulletin))) == 1
    assert len(list(g.subjects(RDF.type, CPPCC.Article))) == len(doc.articles)
    assert len(list(g.subjects(RDF.type, FOAF.Person))) == len(doc.persons)
    kinds = {CPPCC[k] for k in ("CPPCCCommittee", "CPPCCBody", "PartyOrgan", "GovernmentBody", "DemocraticParty",
                                "MassOrganization", "Company", "OtherOrganization")}
    orgs = {s for s, o in g.subject_objects(RDF.type) if o in kinds}
    assert len(orgs) == len(doc.organizations)
    assert_conforms(g, shapes, ontology)


def test_union_of_pipeline_graphs_conforms(documents, shapes, ontology):
    """The union (graph.ttl) must conform too: an entity seen in two bulletins must not get two kinds or labels."""
    from kg.rdf import to_graph
    union = Graph()
    for doc in documents.values():
        union += to_graph(doc)
    assert_conforms(union, shapes, ontology)


def test_pipeline_graph_with_injected_facts_conforms(documents, shapes, ontology):
    """Exercise every branch of kg.rdf.to_graph (organizations, parents, aliases, persons, mentions, posts)
    on a real document, whatever the extraction stages find today."""
    from kg.document import Organization, PersonMention, Post
    from kg.rdf import to_graph
    doc = copy.deepcopy(documents[SEEDS[0].name])
    text = doc.text
    name = "杨利民"
    at = text.find(name)
    assert at >= 0, "the first seed names 杨利民"
    sentence = doc.sentence_at(at)
    assert sentence >= 0
    doc.organizations.setdefault("包头市政协", Organization("包头市政协", "CPPCC", {"市政协"}, None, "包头市"))
    doc.organizations.setdefault("包头市政协党组", Organization("包头市政协党组", "CPPCC_BODY", {"市政协党组"},
                                                           "包头市政协", "包头市"))
    doc.persons.setdefault(name, "包头市")
    doc.person_mentions.append(PersonMention(name, at, at + len(name), sentence, "test"))
    doc.posts.append(Post(name, "主席", "包头市政协", max(at - 2, 0), at + len(name), sentence))
    doc.posts.append(Post(name, "副书记", "包头市政协党组", max(at - 5, 0), at + len(name), sentence))
    g = to_graph(doc)
    assert len(list(g.subjects(RDF.type, ORG.Membership))) >= 2
    assert_conforms(g, shapes, ontology)
