"""The HTML explorer (kg/view.py): what the page data holds, the layout, the offline page, escaping, ego views.

The page itself (panel, search, filters) is driven in a real browser in tests/test_view_browser.py.
"""
from __future__ import annotations

import json
import re

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDF, RDFS, SKOS

from kg import kinds, view
from kg.iris import CPPCC, ID, ORG, PROV, SCHEMA

EVIL_IMG = "<img src=x onerror=alert(1)>"
EVIL_SCRIPT = "</script><script>alert(1)</script>"
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
XSD_INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#integer")
SENTENCE = "包头市政协主席张三主持召开主席会议，副主席李四出席。"
SENTENCE_2 = "市委常委张三参加调研。"


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def small_graph(person_name: str = "张三", org_name: str = "包头市政协") -> Graph:
    g = Graph()
    bulletin = ID["bulletin/b1"]
    g.add((bulletin, RDF.type, CPPCC.Bulletin))
    g.add((bulletin, DCTERMS.identifier, Literal("000_test.txt")))
    g.add((bulletin, DCTERMS.title, zh("包头政协工作动态")))
    g.add((bulletin, DCTERMS.date, Literal("2021-05-01", datatype=XSD_DATE)))
    span, span2 = ID["source/s1"], ID["source/s2"]
    for s, text, start in ((span, SENTENCE, 10), (span2, SENTENCE_2, 40)):
        g.add((s, RDF.type, CPPCC.SourceSpan))
        g.add((s, DCTERMS.isPartOf, bulletin))
        g.add((s, CPPCC.text, zh(text)))
        g.add((s, CPPCC.startOffset, Literal(start, datatype=XSD_INTEGER)))

    zhang, li = ID["person/zhang"], ID["person/li"]
    cppcc, party = ID["org/cppcc"], ID["org/party"]
    for p, name in ((zhang, person_name), (li, "李四")):
        g.add((p, RDF.type, FOAF.Person))
        g.add((p, FOAF.name, zh(name)))
        g.add((p, RDFS.label, zh(name)))
        g.add((p, PROV.wasDerivedFrom, span))
    g.add((zhang, CPPCC.identityBasis, zh("张三 @ 包头市: 姓名 + 任职机构所在地")))
    g.add((cppcc, RDF.type, CPPCC.CPPCCCommittee))
    g.add((cppcc, SKOS.prefLabel, zh(org_name)))
    g.add((cppcc, RDFS.label, zh(org_name)))
    g.add((cppcc, SKOS.altLabel, zh("市政协")))
    g.add((party, RDF.type, CPPCC.PartyOrgan))
    g.add((party, SKOS.prefLabel, zh("中共包头市委员会")))
    g.add((party, SKOS.altLabel, zh("包头市委")))
    g.add((cppcc, ORG.subOrganizationOf, party))

    def post(person, org, role_label, key, source=span):
        role = ID[f"role/{key}"]
        g.add((role, RDF.type, ORG.Role))
        g.add((role, SKOS.prefLabel, zh(role_label)))
        m = ID[f"membership/{key}"]
        g.add((m, RDF.type, ORG.Membership))
        g.add((m, ORG.member, person))
        g.add((m, ORG.organization, org))
        g.add((m, ORG.role, role))
        g.add((m, PROV.wasDerivedFrom, source))
        g.add((m, CPPCC.firstSeen, Literal("2021-05-01", datatype=XSD_DATE)))
        g.add((m, CPPCC.lastSeen, Literal("2021-05-01", datatype=XSD_DATE)))

    post(zhang, cppcc, "主席", "chair")
    post(zhang, cppcc, "党组书记", "secretary")      # second role, same pair: one edge
    post(li, cppcc, "副主席", "vice")
    post(zhang, party, "常委", "standing", span2)
    return g


def page_data(page: str) -> dict:
    """The JSON handed to the browser (the page's data is the only place data strings live)."""
    m = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S)
    assert m, "embedded data not found"
    return json.loads(m.group(1))


def node(data: dict, name: str) -> int:
    hits = [i for i, n in enumerate(data["name"]) if n == name]
    assert len(hits) == 1, data["name"]
    return hits[0]


def kind_key(data: dict, i: int) -> str:
    return data["kinds"][data["kind"][i]][0]


@pytest.fixture(scope="module")
def page() -> str:
    return view.render_html(small_graph())


def test_nodes_posts_and_one_edge_per_pair(page):
    data = page_data(page)
    assert set(data["name"]) == {"张三", "李四", "包头市政协", "中共包头市委员会"}
    zhang, li, cppcc, party = (node(data, n) for n in ("张三", "李四", "包头市政协", "中共包头市委员会"))
    pairs = {(min(a, b), max(a, b)): c for a, b, c in data["edges"]}
    assert len(data["edges"]) == 4 and len(pairs) == 4                   # 2 roles of 张三 at 包头市政协: one edge
    assert data["edgeKinds"][pairs[min(cppcc, party), max(cppcc, party)]][0] == "sub"
    posts = {(p, o, role) for p, o, role, *_rest in data["posts"]}
    assert posts == {(zhang, cppcc, "主席"), (zhang, cppcc, "党组书记"), (li, cppcc, "副主席"), (zhang, party, "常委")}
    assert data["subs"] == [[cppcc, party]]


def test_panel_facts_every_source_with_its_bulletin(page):
    data = page_data(page)
    zhang, cppcc, party = node(data, "张三"), node(data, "包头市政协"), node(data, "中共包头市委员会")
    spans = {text: (b, date) for text, b, date in data["spans"]}
    assert set(spans) == {SENTENCE, SENTENCE_2}
    assert data["bulletins"] == [["000_test.txt", "包头政协工作动态", "2021-05-01"]]
    assert spans[SENTENCE] == (0, "2021-05-01")                  # the bulletin's date when the span has none
    standing = next(p for p in data["posts"] if p[1] == party)
    assert [data["spans"][s][0] for s in standing[5]] == [SENTENCE_2]
    assert standing[3:5] == ["2021-05-01", "2021-05-01"]        # first and last seen
    info = data["info"][str(zhang)]
    assert info["basis"] == ["张三 @ 包头市: 姓名 + 任职机构所在地"]
    assert [data["spans"][s][0] for s in info["src"]] == [SENTENCE]
    assert data["info"][str(cppcc)]["aliases"] == ["市政协"]
    assert "包头市委" in data["info"][str(party)]["aliases"]


def test_kinds_come_from_the_kinds_table(page):
    data = page_data(page)
    table = {k[0]: k[1:] for k in data["kinds"]}
    committee = kinds.get("organization", "CPPCC")
    assert table["organization/CPPCC"] == [committee.label, committee.colour, committee.shape]
    assert kind_key(data, node(data, "中共包头市委员会")) == "organization/PARTY"
    assert set(table) == {"person", "organization/CPPCC", "organization/PARTY"}    # only kinds present
    legend = page[page.index('id="kg-kinds"'):]
    for key in table:
        assert f'data-kind="{key}"' in legend
    assert committee.colour in legend and 'class="ln dashed"' in legend


def test_layout_in_the_file_sizes_by_degree(page):
    data = page_data(page)
    assert len(data["x"]) == len(data["y"]) == len(data["name"])
    points = set(zip(data["x"], data["y"]))
    assert len(points) == len(data["name"])                      # no two nodes on one spot
    zhang, li = node(data, "张三"), node(data, "李四")
    assert data["degree"][zhang] == 2 and data["degree"][li] == 1


def test_isolated_nodes_packed_in_a_grid_below_the_components():
    g = small_graph()
    for i in range(30):
        p = ID[f"person/lone{i}"]
        g.add((p, RDF.type, FOAF.Person))
        g.add((p, FOAF.name, zh(f"孤{i}")))
    data = page_data(view.render_html(g))
    lone = [i for i, n in enumerate(data["name"]) if n.startswith("孤")]
    linked = [i for i in range(len(data["name"])) if i not in lone]
    assert min(data["y"][i] for i in lone) > max(data["y"][i] for i in linked)
    rows = {data["y"][i] for i in lone}
    assert 1 < len(rows) < 30                                   # a grid of rows, not a ring or a line
    per_row = {y: sorted(data["x"][i] for i in lone if data["y"][i] == y) for y in rows}
    steps = {round(b - a, 1) for xs in per_row.values() for a, b in zip(xs, xs[1:])}
    assert steps == {view.GRID}


def test_self_contained_offline(page):
    assert not re.search(r"<script[^>]*\ssrc\s*=", page, re.I)
    assert not re.search(r"<link[^>]*\shref\s*=", page, re.I)
    assert not re.search(r"@import", page, re.I)
    js, css, own_js, own_css = view._assets()
    assert len(js) > 100_000 and js in page and css in page     # vis-network inlined
    assert own_js in page and own_css in page
    # outside the inlined library, the only URLs are the graph's own IRIs in the data
    own = page.replace(js, "").replace(css, "")
    urls = set(re.findall(r"https?://[^\s\"'<>\\]*", own))
    assert urls and all(u.startswith(str(ID)) for u in urls), urls
    assert not re.search(r"\burl\(", own) and "src=" not in own


def test_malicious_names_are_escaped():
    page = view.render_html(small_graph(person_name=EVIL_IMG, org_name=EVIL_SCRIPT))
    for raw in ("<img", "onerror=alert(1)>", "<script>alert", "</script><script>"):
        assert raw not in page, raw
    # exactly the page's own script elements close (vis-network, the data, the page script)
    assert page.count("</script>") == 3
    data = page_data(page)
    assert EVIL_IMG in data["name"] and EVIL_SCRIPT in data["name"]
    # the page script writes data strings with textContent, never as markup
    _js, _css, own_js, _own_css = view._assets()
    assert "textContent" in own_js and "innerHTML" not in own_js and "insertAdjacentHTML" not in own_js


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
    assert len(data["name"]) == 4 and len(data["edges"]) == 4


def event_graph() -> Graph:
    g = small_graph()
    ev, topic = ID["event/e1"], URIRef("https://w3id.org/cppcc-kg/id/theme/economy")
    g.add((ev, RDF.type, CPPCC.Event))
    g.add((ev, RDF.type, CPPCC.Meeting))
    g.add((ev, SCHEMA.name, zh(SENTENCE)))
    g.add((ev, SCHEMA.startDate, Literal("2021-04-28", datatype=XSD_DATE)))
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
    return g


def test_events_labelled_by_date_and_kind_with_roles():
    data = page_data(view.render_html(event_graph()))
    ev = node(data, SENTENCE)
    assert kind_key(data, ev) == "event/meeting"
    assert data["label"][ev] == "2021-04-28 " + kinds.get("event", "meeting").label.split()[0]
    assert data["info"][str(ev)]["startDate"] == "2021-04-28"
    assert [data["spans"][s][0] for s in data["info"][str(ev)]["src"]] == [SENTENCE]
    roles = {(data["name"][o], role) for s, o, role in data["links"] if s == ev}
    assert roles == {("张三", "主持"), ("李四", "参加"), ("包头市政协", "主办"), ("经济发展", "主题")}
    assert kind_key(data, node(data, "经济发展")) == "topic"
    assert "文化" not in data["name"]                              # unlinked themes stay out
    # the event's date is a date of the people in it, for the date filter
    zhang = node(data, "张三")
    assert "2021-04-28" in {data["dates"][d] for d in data["nodeDates"][zhang]}


def test_event_class_declared_by_the_ontology_documents_and_places():
    g = small_graph()
    hearing = URIRef("http://example.org/Hearing")   # a class of another ontology (CPPCC is a closed namespace)
    g.add((hearing, RDFS.subClassOf, CPPCC.Meeting))
    g.add((CPPCC.Meeting, RDFS.subClassOf, SCHEMA.Event))
    ev, doc, place = ID["event/e2"], ID["document/d1"], ID["place/p1"]
    g.add((ev, RDF.type, hearing))
    g.add((ev, RDFS.label, zh("听证会")))
    g.add((ev, SCHEMA.about, doc))
    g.add((doc, RDF.type, CPPCC.Proposal))
    g.add((doc, RDFS.label, zh("关于加快发展物流业的提案")))
    g.add((ev, CPPCC.visited, place))
    g.add((place, RDF.type, SCHEMA.Place))
    g.add((place, RDFS.label, zh("厦门市")))
    data = page_data(view.render_html(g))
    assert kind_key(data, node(data, "听证会")) == "event"
    assert kind_key(data, node(data, "关于加快发展物流业的提案")) == "document/Proposal"
    assert kind_key(data, node(data, "厦门市")) == "place"


def test_ego_view_keeps_the_nodes_within_depth():
    g = event_graph()
    full = page_data(view.render_html(g))
    one = page_data(view.render_html(g, focus="李四", depth=1))
    assert set(one["name"]) == {"李四", "包头市政协", SENTENCE}
    assert [one["name"][i] for i in one["focus"]] == ["李四"]
    two = page_data(view.render_html(g, focus="市政协", depth=2))     # an alias names the node too
    assert set(two["name"]) == set(full["name"])                  # the topic is two links away, via the event
    zero = page_data(view.render_html(g, focus="李四", depth=0))
    assert zero["name"] == ["李四"] and zero["edges"] == []
    with pytest.raises(ValueError, match="王五"):
        view.render_html(g, focus="王五")


def test_store_read_with_sparql_equals_the_graph_read(hand_store):
    from kg.store import Store
    with Store(hand_store, create=False, read_only=True) as store:
        from_store = view.render_html(store)
        from_graph = view.render_html(store.to_rdflib())
    assert from_store == from_graph
    data = page_data(from_store)
    zhang = node(data, "张三")
    titles = {data["bulletins"][data["spans"][s][1]][1] for p in data["posts"] if p[0] == zhang for s in p[5]}
    assert titles == {"包头政协工作动态", "鄂尔多斯政协工作动态"}     # bulletins carry their title


def test_cli_view_focus_and_remove_rewrites_the_view(hand_store, capsys):
    from kg.cli import main
    out = hand_store / "ego.html"
    assert main(["view", "-s", str(hand_store), "-o", str(out), "--focus", "赵六", "--depth", "1"]) == 0
    assert set(page_data(out.read_text(encoding="utf-8"))["name"]) == {"赵六", "鄂尔多斯市政协"}
    assert main(["view", "-s", str(hand_store), "--focus", "无此人"]) == 2
    assert "无此人" in capsys.readouterr().err
    assert main(["view", "-s", str(hand_store), "--focus", "张三"]) == 0       # beside graph.html, not over it
    assert "张三" in page_data((hand_store / "focus.html").read_text(encoding="utf-8"))["name"]
    assert main(["view", "-s", str(hand_store)]) == 0
    before = page_data((hand_store / "graph.html").read_text(encoding="utf-8"))
    assert "赵六" in before["name"]
    assert main(["remove", "hand-b.txt", "-s", str(hand_store)]) == 0
    after = page_data((hand_store / "graph.html").read_text(encoding="utf-8"))
    assert "赵六" not in after["name"] and "张三" in after["name"]
    assert [b[0] for b in after["bulletins"]] == ["hand-a.txt"]


def test_empty_graph():
    page = view.render_html(Graph())
    data = page_data(page)
    assert data["name"] == [] and data["edges"] == []
    assert "空图" in page


def test_real_pipeline_graph():
    from kg.pipeline import process
    from kg.rdf import to_graph
    g = to_graph(process("seeds/000_ea288ff508007a47.txt"))
    data = page_data(view.render_html(g))
    persons = {str(p) for p in g.subjects(RDF.type, FOAF.Person)}
    assert {data["iri"][i] for i in range(len(data["iri"])) if kind_key(data, i) == "person"} == persons
    pairs = {(str(p), str(o)) for m in g.subjects(RDF.type, ORG.Membership)
             for p in g.objects(m, ORG.member) for o in g.objects(m, ORG.organization)}
    assert {(data["iri"][p], data["iri"][o]) for p, o, *_ in data["posts"]} == pairs
    events = {str(e) for e in g.subjects(RDF.type, CPPCC.Event)}
    assert {data["iri"][i] for i in range(len(data["iri"])) if kind_key(data, i).startswith("event")} == events
