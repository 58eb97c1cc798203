"""The HTML network view (kg/view.py): content, tooltips, legend, offline page, escaping."""
from __future__ import annotations

import json
import re

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDF, RDFS, SKOS

from kg import view
from kg.iris import CPPCC, ID, ORG, PROV, SCHEMA

EVIL_IMG = "<img src=x onerror=alert(1)>"
EVIL_SCRIPT = "</script><script>alert(1)</script>"
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
XSD_INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#integer")
SENTENCE = "包头市政协主席张三主持召开主席会议，副主席李四出席。"


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def small_graph(person_name: str = "张三", org_name: str = "包头市政协") -> Graph:
    g = Graph()
    bulletin = ID["bulletin/b1"]
    g.add((bulletin, RDF.type, CPPCC.Bulletin))
    g.add((bulletin, DCTERMS.identifier, Literal("000_test.txt")))
    g.add((bulletin, DCTERMS.date, Literal("2021-05-01", datatype=XSD_DATE)))
    span = ID["source/s1"]
    g.add((span, RDF.type, CPPCC.SourceSpan))
    g.add((span, DCTERMS.isPartOf, bulletin))
    g.add((span, CPPCC.text, zh(SENTENCE)))
    g.add((span, CPPCC.startOffset, Literal(10, datatype=XSD_INTEGER)))

    zhang, li = ID["person/zhang"], ID["person/li"]
    cppcc, party = ID["org/cppcc"], ID["org/party"]
    for p, name in ((zhang, person_name), (li, "李四")):
        g.add((p, RDF.type, FOAF.Person))
        g.add((p, FOAF.name, zh(name)))
        g.add((p, RDFS.label, zh(name)))
        g.add((p, PROV.wasDerivedFrom, span))
    g.add((cppcc, RDF.type, CPPCC.CPPCCCommittee))
    g.add((cppcc, SKOS.prefLabel, zh(org_name)))
    g.add((cppcc, RDFS.label, zh(org_name)))
    g.add((cppcc, SKOS.altLabel, zh("市政协")))
    g.add((party, RDF.type, CPPCC.PartyOrgan))
    g.add((party, SKOS.prefLabel, zh("中共包头市委员会")))
    g.add((party, SKOS.altLabel, zh("包头市委")))
    g.add((cppcc, ORG.subOrganizationOf, party))

    def post(person, org, role_label, key):
        role = ID[f"role/{key}"]
        g.add((role, RDF.type, ORG.Role))
        g.add((role, SKOS.prefLabel, zh(role_label)))
        m = ID[f"membership/{key}"]
        g.add((m, RDF.type, ORG.Membership))
        g.add((m, ORG.member, person))
        g.add((m, ORG.organization, org))
        g.add((m, ORG.role, role))
        g.add((m, PROV.wasDerivedFrom, span))

    post(zhang, cppcc, "主席", "chair")
    post(zhang, cppcc, "党组书记", "secretary")      # second role, same pair: one edge
    post(li, cppcc, "副主席", "vice")
    post(zhang, party, "常委", "standing")
    return g


def page_data(page: str) -> dict:
    """The JSON handed to the browser (the page's data is the only place data strings live)."""
    m = re.search(r"var DATA = (\{.*?\});\n", page, re.S)
    assert m, "embedded data not found"
    return json.loads(m.group(1))


def node_by_label(data: dict, label: str) -> dict:
    hits = [n for n in data["nodes"] if n["fullLabel"] == label]
    assert len(hits) == 1, [n["fullLabel"] for n in data["nodes"]]
    return hits[0]


@pytest.fixture(scope="module")
def page() -> str:
    return view.render_html(small_graph())


def test_nodes_and_edges_with_roles(page):
    data = page_data(page)
    labels = {n["fullLabel"] for n in data["nodes"]}
    assert labels == {"张三", "李四", "包头市政协", "中共包头市委员会"}
    ids = {n["fullLabel"]: n["id"] for n in data["nodes"]}
    edges = {(e["from"], e["to"]): e for e in data["edges"]}
    assert len(data["edges"]) == 4
    # two roles between the same pair: one edge, roles joined by 、
    assert edges[ids["张三"], ids["包头市政协"]]["label"] == "主席、党组书记"
    assert edges[ids["李四"], ids["包头市政协"]]["label"] == "副主席"
    assert edges[ids["张三"], ids["中共包头市委员会"]]["label"] == "常委"
    sub = edges[ids["包头市政协"], ids["中共包头市委员会"]]
    assert sub["dashes"] is True
    assert not edges[ids["李四"], ids["包头市政协"]].get("dashes")


def test_tooltips_show_sources_posts_aliases(page):
    data = page_data(page)
    zhang = node_by_label(data, "张三")
    assert SENTENCE in zhang["title"]
    assert "000_test.txt" in zhang["title"] and "2021-05-01" in zhang["title"]
    assert "包头市政协 主席、党组书记" in zhang["title"]           # the person's posts
    assert "市政协" in node_by_label(data, "包头市政协")["title"]  # aliases
    assert "包头市委" in node_by_label(data, "中共包头市委员会")["title"]
    edge = next(e for e in data["edges"] if e["label"] == "副主席")
    assert SENTENCE in edge["title"]
    assert all(len(x["title"]) <= view.MAX_TITLE for x in data["nodes"] + data["edges"])


def test_legend_and_colours_by_kind(page):
    assert 'id="kg-legend"' in page
    legend = page[page.index('id="kg-legend"'):]
    for kind in ("person", "CPPCCCommittee", "PartyOrgan"):
        assert f'data-kind="{kind}"' in legend
        assert view.KINDS[kind][1] in legend
    assert 'data-kind="Company"' not in legend        # only kinds present
    assert 'class="ln dashed"' in legend              # sub-organization edges explained
    data = page_data(page)
    colour = {n["fullLabel"]: n["color"] for n in data["nodes"]}
    shape = {n["fullLabel"]: n["shape"] for n in data["nodes"]}
    assert colour["张三"] == colour["李四"]
    assert len({colour["张三"], colour["包头市政协"], colour["中共包头市委员会"]}) == 3
    assert shape["张三"] != shape["包头市政协"]
    # networkx degree drives the size: 张三 has more links than 李四
    sizes = {n["fullLabel"]: n["size"] for n in data["nodes"]}
    assert sizes["张三"] > sizes["李四"]


def test_self_contained_offline(page):
    assert not re.search(r"<script[^>]*\ssrc\s*=", page, re.I)
    assert not re.search(r"<link[^>]*\shref\s*=", page, re.I)
    assert not re.search(r"@import", page, re.I)
    assert "bootstrap" not in page.lower()
    js, css = view._vis_assets()
    assert len(js) > 100_000 and js in page                   # vis-network inlined
    assert "vis-network" in css and css in page
    # outside the inlined library (whose strings name a licence and the SVG namespace), the only URLs
    # are the graph's own IRIs used as node ids in the data
    own = page.replace(js, "").replace(css, "")
    urls = set(re.findall(r"https?://[^\s\"'<>]*", own))
    assert urls and all(u.startswith(str(ID)) for u in urls), urls
    assert not re.search(r"\burl\(", own) and "src=" not in own
    assert "new vis.Network(" in page


def test_malicious_names_are_escaped():
    page = view.render_html(small_graph(person_name=EVIL_IMG, org_name=EVIL_SCRIPT))
    for raw in ("<img", "onerror=alert(1)>", "<script>alert", "</script><script>"):
        assert raw not in page, raw
    # exactly the page's own script elements close, nothing from the data
    assert page.count("</script>") == 2
    data = page_data(page)
    # the names are there, as text, unchanged (shown with textContent / drawn on canvas)
    assert node_by_label(data, EVIL_IMG)["title"].startswith(EVIL_IMG)
    org = node_by_label(data, EVIL_SCRIPT)
    assert org["title"].startswith(EVIL_SCRIPT)
    assert any(EVIL_IMG in e["title"] for e in data["edges"])
    # tooltips are turned into elements by textContent, never innerHTML
    script = page[page.rindex("<script>"):]
    assert "textContent = text" in script and "innerHTML" not in script


def test_html_in_title_argument_escaped():
    page = view.render_html(small_graph(), title=EVIL_IMG)
    assert "<img" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_deterministic_and_write(tmp_path):
    a = view.render_html(small_graph())
    g = Graph()
    for t in sorted(small_graph(), reverse=True):     # other insertion order
        g.add(t)
    assert view.render_html(g) == a
    out = tmp_path / "v.html"
    view.write_html(small_graph(), out)
    assert out.read_text(encoding="utf-8") == a


def test_dataset_union_of_named_graphs():
    ds = Dataset()
    named = ds.graph(ID["bulletin/b1"])
    for t in small_graph():
        named.add(t)
    data = page_data(view.render_html(ds))
    assert len(data["nodes"]) == 4 and len(data["edges"]) == 4


def test_events_and_topics_when_present():
    g = small_graph()
    ev, topic = ID["event/e1"], URIRef("https://w3id.org/cppcc-kg/id/theme/economy")
    g.add((ev, RDF.type, CPPCC.Meeting))           # no ontology in the graph: found by the name
    g.add((ev, RDFS.label, zh("主席会议")))
    g.add((ev, CPPCC.chair, ID["person/zhang"]))
    g.add((ev, CPPCC.participant, ID["person/li"]))
    g.add((ev, CPPCC.organizingBody, ID["org/cppcc"]))
    g.add((ev, CPPCC.theme, topic))
    g.add((ev, PROV.wasDerivedFrom, ID["source/s1"]))
    g.add((topic, RDF.type, SKOS.Concept))
    g.add((topic, SKOS.prefLabel, zh("经济发展")))
    unused = URIRef("https://w3id.org/cppcc-kg/id/theme/culture")
    g.add((unused, RDF.type, SKOS.Concept))
    g.add((unused, SKOS.prefLabel, zh("文化")))
    # an event class declared only through the ontology (classes of another ontology: not CPPCC terms)
    hearing, event_like = URIRef("http://example.org/Hearing"), URIRef("http://example.org/EventLike")
    g.add((hearing, RDFS.subClassOf, CPPCC.Meeting))
    g.add((CPPCC.Meeting, RDFS.subClassOf, event_like))
    g.add((event_like, RDFS.subClassOf, SCHEMA.Event))
    ev2 = ID["event/e2"]
    g.add((ev2, RDF.type, hearing))
    g.add((ev2, RDFS.label, zh("听证会")))
    page = view.render_html(g)
    data = page_data(page)
    meeting = node_by_label(data, "主席会议")
    assert meeting["kind"] == "event" and SENTENCE in meeting["title"]
    assert node_by_label(data, "听证会")["kind"] == "event"
    assert node_by_label(data, "经济发展")["kind"] == "topic"
    assert "文化" not in {n["fullLabel"] for n in data["nodes"]}   # unlinked themes stay out
    edge_labels = {(e["from"], e["to"]): e["label"] for e in data["edges"]}
    ids = {n["fullLabel"]: n["id"] for n in data["nodes"]}
    assert edge_labels[ids["主席会议"], ids["张三"]] == "主持"
    assert edge_labels[ids["主席会议"], ids["李四"]] == "参加"
    assert edge_labels[ids["主席会议"], ids["包头市政协"]] == "主办"
    assert edge_labels[ids["主席会议"], ids["经济发展"]] == "主题"
    legend = page[page.index('id="kg-legend"'):]
    assert 'data-kind="event"' in legend and 'data-kind="topic"' in legend


def test_documents_and_places_an_event_names():
    g = small_graph()
    ev, doc, place = ID["event/e1"], ID["document/d1"], ID["place/p1"]
    g.add((ev, RDF.type, CPPCC.Event))
    g.add((ev, RDF.type, CPPCC.Meeting))
    g.add((ev, RDFS.label, zh("常委会议")))
    g.add((ev, CPPCC.chair, ID["person/zhang"]))
    g.add((ev, PROV.wasDerivedFrom, ID["source/s1"]))
    g.add((ev, SCHEMA.about, doc))
    g.add((doc, RDF.type, CPPCC.Proposal))
    g.add((doc, RDFS.label, zh("关于加快发展物流业的提案")))
    g.add((ev, CPPCC.visited, place))
    g.add((place, RDF.type, SCHEMA.Place))
    g.add((place, RDFS.label, zh("厦门市")))
    data = page_data(view.render_html(g))
    assert node_by_label(data, "关于加快发展物流业的提案")["kind"] == "document"
    assert node_by_label(data, "厦门市")["kind"] == "place"


def test_large_graph_options():
    g = Graph()
    org = ID["org/big"]
    g.add((org, RDF.type, CPPCC.OtherOrganization))
    g.add((org, SKOS.prefLabel, zh("大组织")))
    for i in range(view.LARGE + 10):
        p = ID[f"person/{i}"]
        g.add((p, RDF.type, FOAF.Person))
        g.add((p, FOAF.name, zh(f"人{i}")))
    data = page_data(view.render_html(g))
    assert len(data["nodes"]) == view.LARGE + 11
    opts = data["options"]
    assert opts["physics"]["enabled"] and opts["physics"]["solver"] == "barnesHut"
    assert opts["physics"]["stabilization"]["iterations"] <= 300
    assert opts["edges"]["smooth"] is False and data["freeze"] is True
    small = page_data(view.render_html(small_graph()))
    assert small["options"]["physics"]["stabilization"]["enabled"] and small["freeze"] is False


def test_empty_graph():
    page = view.render_html(Graph())
    data = page_data(page)
    assert data["nodes"] == [] and data["edges"] == []
    assert "空图" in page


def test_real_pipeline_graph():
    try:
        from kg.pipeline import process
        from kg.rdf import to_graph
        g = to_graph(process("seeds/000_ea288ff508007a47.txt"))
    except Exception as exc:  # extraction is being written elsewhere; the view must not depend on it
        pytest.skip(f"pipeline not usable: {exc!r}")
    page = view.render_html(g)
    data = page_data(page)
    persons = set(g.subjects(RDF.type, FOAF.Person))
    assert {n["id"] for n in data["nodes"] if n["kind"] == "person"} == {str(p) for p in persons}
    pairs = {(str(p), str(o)) for m in g.subjects(RDF.type, ORG.Membership)
             for p in g.objects(m, ORG.member) for o in g.objects(m, ORG.organization)}
    person_ids = {str(p) for p in persons}
    assert {(e["from"], e["to"]) for e in data["edges"] if e["from"] in person_ids} == pairs
    assert not re.search(r"<script[^>]*\ssrc\s*=", page, re.I)
