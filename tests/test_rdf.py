"""kg.rdf writes N-Triples itself (no rdflib Graph on the way to the store): each triple once, every literal
read back as it was, and to_graph holds the same triples."""
from pathlib import Path

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, RDF, RDFS

from kg import rdf
from kg.document import Article, Context, Document, Organization, PersonMention, Post, Sentence

# quotes, a backslash, line breaks, a tab and a control character: what N-Triples must escape
AWKWARD = '柳江县政协"简报"\\第2期\n\r\t\x01 完'


def hand_filled() -> Document:
    text = "县政协主席韦德福出席会议。韦德福讲话。"
    doc = Document(path=Path("awkward.txt"), text=text, title=AWKWARD)
    doc.context = Context(place="柳江县", date="2021-03-05")
    doc.articles = [Article(0, "县政协召开会议", 0, len(text), section="重要会议", date="2021-03-04")]
    doc.sentences = [Sentence(0, 13, 0), Sentence(13, len(text), 0)]
    doc.persons = {"韦德福": "柳江县"}
    doc.person_mentions = [PersonMention("韦德福", 5, 8, 0, "title"), PersonMention("韦德福", 13, 16, 1, "list")]
    doc.organizations = {"柳江县政协": Organization("柳江县政协", "CPPCC", {"县政协"}, None, "柳江县")}
    # the same post stated twice: its membership and role triples must still be written once
    doc.posts = [Post("韦德福", "主席", "柳江县政协", 0, 8, 0), Post("韦德福", "主席", "柳江县政协", 0, 8, 0)]
    return doc


def test_each_triple_is_written_once_and_literals_read_back_unchanged():
    data = rdf.to_ntriples(hand_filled())
    lines = data.decode("utf-8").splitlines()
    assert len(lines) == len(set(lines))
    triples = list(ox.parse(data, ox.RdfFormat.N_TRIPLES))
    assert len(triples) == len(lines)
    titles = {t.object.value for t in triples if t.predicate.value == str(DCTERMS.title)}
    assert AWKWARD in titles
    offsets = {t.object.value for t in triples if t.predicate.value.endswith("Offset")}
    assert offsets == {"0", "13", "19"}
    memberships = [t for t in triples if t.predicate.value == str(RDF.type) and t.object.value == str(ORG.Membership)]
    assert len(memberships) == 1


def test_to_graph_holds_the_triples_of_to_ntriples():
    doc = hand_filled()
    g = rdf.to_graph(doc)
    assert len(g) == len(list(ox.parse(rdf.to_ntriples(doc), ox.RdfFormat.N_TRIPLES)))
    bulletin = URIRef(str(rdf.iris.bulletin("awkward.txt")))
    assert (bulletin, DCTERMS.title, Literal(AWKWARD, lang="zh")) in g
    assert (rdf.person_iri("韦德福", "柳江县"), FOAF.name, Literal("韦德福", lang="zh")) in g
    assert g.namespace_manager.store.namespace("cppcc") is not None


def test_a_membership_is_labelled_as_its_post_reads():
    """bulletin-persons reads a post by its membership's label: the organization's name and the role."""
    g = rdf.to_graph(hand_filled())
    [m] = g.subjects(RDF.type, ORG.Membership)
    assert set(g.objects(m, RDFS.label)) == {Literal("柳江县政协主席", lang="zh")}
