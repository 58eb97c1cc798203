"""The ontology files: they parse, declare what the code emits, and the themes scheme is well formed."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from kg import kinds
from kg.iris import ORG, PROV, SCHEMA

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY_DIR = ROOT / "ontology"
TTL_FILES = ("cppcc.ttl", "themes.ttl", "shapes.ttl")

CPPCC = Namespace("https://w3id.org/cppcc-kg/ontology#")   # open: these tests look for terms in the ontology
THEME = "https://w3id.org/cppcc-kg/id/theme/"

ORG_KINDS = tuple(k.cls.removeprefix(str(CPPCC)) for k in kinds.of("organization"))
EVENT_KINDS = tuple(k.cls.removeprefix(str(CPPCC)) for k in kinds.of("event"))
DOCUMENT_KINDS = tuple(k.cls.removeprefix(str(CPPCC)) for k in kinds.of("document"))


def parse(name: str) -> Graph:
    return Graph().parse(ONTOLOGY_DIR / name, format="turtle")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return parse("cppcc.ttl")


@pytest.fixture(scope="module")
def themes() -> Graph:
    return parse("themes.ttl")


def declared_terms(g: Graph) -> set[URIRef]:
    """cppcc: IRIs the ontology declares (typed as a class or property)."""
    kinds = {OWL.Class, RDFS.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property}
    return {s for s, o in g.subject_objects(RDF.type)
            if isinstance(s, URIRef) and s.startswith(str(CPPCC)) and o in kinds}


def declared_names(ontology: Graph, themes: Graph) -> set[str]:
    """Local names of the cppcc: terms declared by the ontology, and of the theme scheme (cppcc:themes)."""
    terms = declared_terms(ontology) | set(themes.subjects(RDF.type, SKOS.ConceptScheme))
    return {str(t)[len(str(CPPCC)):] for t in terms if str(t).startswith(str(CPPCC))}


# --- parsing ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", TTL_FILES)
def test_parses_with_rdflib_and_pyoxigraph(name):
    path = ONTOLOGY_DIR / name
    g = Graph().parse(path, format="turtle")
    assert len(g) > 0
    with open(path, "rb") as f:
        quads = list(pyoxigraph.parse(f, format=pyoxigraph.RdfFormat.TURTLE, base_iri=path.as_uri()))
    assert len(quads) == len(g), f"{name}: rdflib and pyoxigraph read different numbers of triples"


def test_ontology_header(ontology):
    header = URIRef("https://w3id.org/cppcc-kg/ontology")
    assert (header, RDF.type, OWL.Ontology) in ontology
    titles = set(ontology.objects(header, DCTERMS.title))
    assert {t.language for t in titles} >= {"en", "zh"}
    assert ontology.value(header, OWL.versionInfo) is not None


# --- classes and properties ------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ORG_KINDS)
def test_org_kind_is_a_direct_subclass_of_org_organization(ontology, kind):
    cls = CPPCC[kind]
    assert (cls, RDF.type, OWL.Class) in ontology
    assert (cls, RDFS.subClassOf, ORG.Organization) in ontology


def test_only_the_eight_org_kinds_are_declared_subclasses_of_org_organization(ontology):
    # An evaluation reads an organization's kind from the local name of its class: no other class of
    # this file may be a subclass of org:Organization.
    subclasses = set(ontology.subjects(RDFS.subClassOf, ORG.Organization))
    assert subclasses == {CPPCC[k] for k in ORG_KINDS}


def test_documents_classes(ontology):
    assert (CPPCC.Bulletin, RDFS.subClassOf, DCTERMS.BibliographicResource) in ontology
    assert (CPPCC.Bulletin, RDFS.subClassOf, PROV.Entity) in ontology
    assert (CPPCC.Article, RDFS.subClassOf, PROV.Entity) in ontology
    assert (CPPCC.SourceSpan, RDFS.subClassOf, PROV.Entity) in ontology
    for name in ("text", "startOffset", "endOffset", "article"):
        assert (CPPCC[name], RDFS.domain, CPPCC.SourceSpan) in ontology
    assert (CPPCC.article, RDFS.range, CPPCC.Article) in ontology
    assert (CPPCC.section, RDFS.domain, CPPCC.Article) in ontology
    assert (CPPCC.province, RDFS.domain, CPPCC.Bulletin) in ontology


def test_event_model(ontology):
    assert (CPPCC.Event, RDFS.subClassOf, SCHEMA.Event) in ontology
    for kind in EVENT_KINDS:
        assert (CPPCC[kind], RDFS.subClassOf, CPPCC.Event) in ontology
    participation = {SCHEMA.organizer, SCHEMA.attendee, SCHEMA.performer}
    for prop in ("chair", "leader", "participant", "speaker", "organizingBody"):
        assert set(ontology.objects(CPPCC[prop], RDFS.subPropertyOf)) & participation, prop
    assert (CPPCC.chair, RDFS.subPropertyOf, SCHEMA.organizer) in ontology
    # who chairs or leads an event is also among those who attend it
    assert {(p, RDFS.subPropertyOf, SCHEMA.attendee) for p in (CPPCC.chair, CPPCC.leader)} <= set(ontology)
    assert (CPPCC.visited, RDFS.subPropertyOf, SCHEMA.location) in ontology
    assert (CPPCC.theme, RDFS.subPropertyOf, SCHEMA.about) in ontology
    for doc in ("Proposal", "Report"):
        assert (CPPCC[doc], RDFS.subClassOf, SCHEMA.CreativeWork) in ontology
    xsd_date = URIRef("http://www.w3.org/2001/XMLSchema#date")
    for prop in ("firstSeen", "lastSeen"):
        assert (CPPCC[prop], RDFS.domain, ORG.Membership) in ontology
        assert (CPPCC[prop], RDFS.range, xsd_date) in ontology


def test_every_term_has_labels_in_english_and_chinese_and_a_comment(ontology):
    terms = declared_terms(ontology)
    assert len(terms) > 30
    for term in sorted(terms):
        langs = {label.language for label in ontology.objects(term, RDFS.label)}
        assert {"en", "zh"} <= langs, f"{term} lacks an rdfs:label @en or @zh"
        assert ontology.value(term, RDFS.comment) is not None, f"{term} lacks an rdfs:comment"


def test_every_cppcc_iri_mentioned_in_the_ontology_is_declared(ontology):
    terms = declared_terms(ontology)
    mentioned = {t for triple in ontology for t in triple if isinstance(t, URIRef) and t.startswith(str(CPPCC))}
    assert mentioned <= terms, f"undeclared: {sorted(mentioned - terms)}"


def test_domains_and_ranges_name_classes(ontology):
    classes = {s for s in ontology.subjects(RDF.type, OWL.Class)}
    for prop in declared_terms(ontology):
        for pred in (RDFS.domain, RDFS.range):
            for cls in ontology.objects(prop, pred):
                if cls.startswith(str(CPPCC)):
                    assert cls in classes, f"{prop} {pred} {cls}: not a declared class"


# --- what the code emits ---------------------------------------------------------------------------

def cppcc_attributes(source: str) -> set[str]:
    """Names NAME of every CPPCC.NAME and CPPCC["NAME"] in Python source."""
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "CPPCC":
            names.add(node.attr)
        elif (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "CPPCC"
              and isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str)):
            names.add(node.slice.value)
    return names


def test_every_cppcc_term_used_by_kg_rdf_is_declared(ontology, themes):
    used = cppcc_attributes((ROOT / "kg" / "rdf.py").read_text(encoding="utf-8"))
    # kinds' classes come from kg/data/kinds.tsv (checked against the ontology elsewhere)
    assert {"Bulletin", "Article", "SourceSpan", "text", "startOffset", "endOffset"} <= used
    declared = declared_names(ontology, themes)
    assert used <= declared, f"kg/rdf.py uses undeclared cppcc: terms {sorted(used - declared)}"


def test_the_kinds_table_matches_the_ontology_and_the_shapes(ontology):
    # each kind's class is declared under its group's class, and the shapes name every one of them
    parent = {"organization": ORG.Organization, "event": CPPCC.Event}
    shapes = parse("shapes.ttl")
    in_shapes = {o for o in shapes.objects() if isinstance(o, URIRef)}
    for k in kinds.table():
        assert (k.cls, RDF.type, OWL.Class) in ontology, k.code
        if k.group in parent:
            assert (k.cls, RDFS.subClassOf, parent[k.group]) in ontology, k.code
        assert k.cls in in_shapes, f"ontology/shapes.ttl does not name {k.cls}"
    kind_classes = {k.cls for k in kinds.of("event")}
    assert set(ontology.subjects(RDFS.subClassOf, CPPCC.Event)) == kind_classes


def test_a_kind_whose_class_the_ontology_does_not_declare_is_a_one_line_error():
    row = ["event", "ceremony", "Ceremony", "仪式 ceremony", "#76b7b2", "diamond", "0", "0", "0"]
    with pytest.raises(ValueError, match=r"^my_kinds.tsv: row 2: class Ceremony is not declared in the ontology"):
        kinds.parse([list(kinds.COLUMNS), row], "my_kinds.tsv")


def test_the_namespaces_are_closed_a_misspelt_term_fails_where_it_is_written():
    from kg import iris
    assert iris.CPPCC.Meeting == URIRef(str(CPPCC) + "Meeting")
    assert (iris.SCHEMA.startDate, iris.ORG.Membership, iris.PROV.wasDerivedFrom) == (
        URIRef("https://schema.org/startDate"), URIRef("http://www.w3.org/ns/org#Membership"),
        URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"))
    for namespace, typo in ((iris.CPPCC, "Meetng"), (iris.SCHEMA, "startDat"), (iris.ORG, "Membershp"),
                            (iris.PROV, "wasDerivedFro")):
        with pytest.raises(AttributeError, match=typo):
            getattr(namespace, typo)


CPPCC_PREFIXED = re.compile(r"\bcppcc:([A-Za-z_][A-Za-z0-9_]*)")


def test_every_cppcc_term_used_anywhere_in_the_package_is_declared(ontology, themes):
    """CPPCC.x in any kg module and cppcc:x in its SPARQL strings and kg/queries/*.rq."""
    declared = declared_names(ontology, themes)
    undeclared = {}
    for path in sorted((ROOT / "kg").rglob("*.py")) + sorted((ROOT / "kg" / "queries").glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        used = set(CPPCC_PREFIXED.findall(text))
        if path.suffix == ".py":
            used |= cppcc_attributes(text)
        missing = used - declared
        if missing:
            undeclared[str(path.relative_to(ROOT))] = sorted(missing)
    assert not undeclared, f"undeclared cppcc: terms: {undeclared}"


# --- themes ----------------------------------------------------------------------------------------

def concepts(themes: Graph) -> set[URIRef]:
    return set(themes.subjects(RDF.type, SKOS.Concept))


def test_themes_scheme(themes):
    assert (CPPCC.themes, RDF.type, SKOS.ConceptScheme) in themes
    all_concepts = concepts(themes)
    assert len(all_concepts) >= 20
    for c in all_concepts:
        assert (c, SKOS.inScheme, CPPCC.themes) in themes, f"{c} is not in cppcc:themes"
        assert re.fullmatch(re.escape(THEME) + r"[a-z0-9-]+", str(c)), f"{c}: not an ASCII theme IRI"
    tops = set(themes.objects(CPPCC.themes, SKOS.hasTopConcept))
    assert tops == set(themes.subjects(SKOS.topConceptOf, CPPCC.themes))
    for top in tops:
        assert themes.value(top, SKOS.broader) is None, f"top concept {top} has a broader concept"
    for c in all_concepts - tops:
        assert themes.value(c, SKOS.broader) is not None, f"{c} is neither a top concept nor has a broader one"
    for _, broader in themes.subject_objects(SKOS.broader):
        assert broader in all_concepts


def test_themes_labels(themes):
    for c in concepts(themes):
        pref = list(themes.objects(c, SKOS.prefLabel))
        langs = [label.language for label in pref]
        assert sorted(langs) == ["en", "zh"], f"{c}: wants exactly one skos:prefLabel @zh and one @en"
        alts = set(themes.objects(c, SKOS.altLabel))
        assert all(isinstance(a, Literal) and a.language == "zh" for a in alts), c
        assert not alts & set(pref), f"{c}: a label is both preferred and alternative"


def test_themes_keywords_are_unambiguous(themes):
    """A keyword (altLabel or Chinese prefLabel) leads to one concept only."""
    owner: dict[str, URIRef] = {}
    for c in concepts(themes):
        words = [str(a) for a in themes.objects(c, SKOS.altLabel)]
        words += [str(p) for p in themes.objects(c, SKOS.prefLabel) if p.language == "zh"]
        for word in words:
            assert owner.setdefault(word, c) == c, f"{word!r} labels both {owner[word]} and {c}"


def test_required_themes_are_there(themes):
    zh_labels = {str(o) for o in themes.objects(None, SKOS.prefLabel)} | {str(o) for o in themes.objects(None, SKOS.altLabel)}
    for word in ("生态环保", "营商环境", "乡村振兴", "民族团结", "铸牢中华民族共同体意识", "党史学习教育", "疫情防控",
                 "碳达峰碳中和", "碳达峰", "黄河流域", "基层协商", "招商引资", "产业发展", "民生", "教育", "医疗卫生",
                 "文化旅游", "提案工作", "民主监督", "社情民意"):
        assert word in zh_labels, word
    carbon = URIRef(THEME + "carbon-neutrality")
    assert (carbon, SKOS.broader, URIRef(THEME + "ecology")) in themes


def test_broader_has_no_cycles(themes):
    broader: dict[URIRef, set[URIRef]] = {}
    for s, o in themes.subject_objects(SKOS.broader):
        broader.setdefault(s, set()).add(o)
    WHITE, GREY, BLACK = 0, 1, 2
    state: dict[URIRef, int] = {}

    def visit(node: URIRef, path: list[URIRef]) -> None:
        state[node] = GREY
        for parent in broader.get(node, ()):
            if state.get(parent, WHITE) == GREY:
                raise AssertionError(f"skos:broader cycle: {' -> '.join(map(str, path + [node, parent]))}")
            if state.get(parent, WHITE) == WHITE:
                visit(parent, path + [node])
        state[node] = BLACK

    for c in list(broader):
        if state.get(c, WHITE) == WHITE:
            visit(c, [])
