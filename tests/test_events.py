"""Events, documents, themes, post dates and cross-bulletin identity.

The synthetic bulletins are invented (天水 in 甘肃, 绵阳 in 四川); the checks on the Baotou sample bulletin
(seeds/000) were read off its text by hand.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import FOAF, RDF, SKOS

from kg import store as kgstore
from kg import named_queries
from kg.iris import CPPCC, ORG, SCHEMA
from kg.ontology import ontology_files
from kg.pipeline import process
from kg.rdf import to_graph

ROOT = Path(__file__).resolve().parent.parent

TIANSHUI = """\
天水政协工作动态

第1期

天水市政协办公室

2022年1月10日

【协商议政】
市政协召开常委会议……（2）
市政协副主席周海林带队赴浙江开展招商引资……（3）
【学习教育】
市政协党组书记郑光明讲授专题党课……（4）

【协商议政】

市政协召开常委会议
12月28日，政协天水市委员会召开常委会议，围绕“推动文旅产业融合发展”协商议政。市政协党组副书记、主席钱永安主持会议，市委副书记、市长孔德才出席会议。市政协副主席周海林、吴桂芳参加会议。会议传达学习了习近平总书记重要讲话精神。会议还审议了《关于加快发展全域旅游的建议案》。

市政协副主席周海林带队赴浙江开展招商引资
12月20日至24日，市政协副主席周海林带队赴浙江省杭州市、宁波市开展招商引资活动。招商组先后走访了杭州远航新材料股份有限公司、华锦（宁波）智能装备有限公司，与企业负责人座谈交流。

【学习教育】

市政协党组书记郑光明讲授专题党课
1月5日，市政协党组书记郑光明以《赓续红色血脉 汇聚奋进力量》为题，为市政协机关党员干部讲授专题党课。市政协副主席吴桂芳主持。
近日，市政协委员冯晓雪向市政协提交了《关于加强农村饮水安全保障的提案》，市政协提案委员会督办《关于加强农村饮水安全保障的提案》。机关干部还共同阅读了《平凡的世界》。
"""

# A second 天水 bulletin naming 周海林 again, and a 绵阳 bulletin with someone of the same name.
TIANSHUI_2 = """\
天水政协工作动态

第2期

天水市政协办公室

2022年3月2日

【调查研究】
市政协副主席周海林调研物流园区……（2）
市政协委员视察城区供水……（3）
【重要会议】
市政协召开主席会议……（4）

【调查研究】

市政协副主席周海林调研物流园区
2月25日，市政协副主席周海林带领调研组深入天水陆港物流有限公司调研。

市政协委员视察城区供水
2月26日，部分市政协委员视察城区供水工作。

【重要会议】

市政协召开主席会议
近日，中国人民政治协商会议天水市委员会召开主席会议。
"""

MIANYANG = """\
绵阳政协工作动态

第4期

绵阳市政协办公室

2022年4月8日

【调查研究】
市政协副主席周海林调研科技城建设……（2）
市政协机关开展读书活动……（3）

【调查研究】

市政协副主席周海林调研科技城建设
4月6日，市政协副主席周海林带队到绵阳九洲电子有限公司调研。

市政协机关开展读书活动
4月7日，市政协机关开展读书活动，学习习近平总书记重要讲话精神。
"""


def write_and_process(directory: Path, name: str, text: str):
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return process(path)


@pytest.fixture(scope="module")
def tianshui(tmp_path_factory):
    return write_and_process(tmp_path_factory.mktemp("bulletins"), "tianshui-2022-01.txt", TIANSHUI)


@pytest.fixture(scope="module")
def baotou():
    return process(ROOT / "seeds" / "000_ea288ff508007a47.txt")


def event_on(doc, start: str):
    found = [e for e in doc.events if e.start == start and not e.approximate]
    assert len(found) == 1, [(e.start, doc.sentence_text(e.sentence)) for e in doc.events]
    return found[0]


# --- events of a synthetic bulletin -----------------------------------------------------------------

def test_december_event_in_a_january_bulletin_is_dated_the_year_before(tianshui):
    meeting = event_on(tianshui, "2021-12-28")
    assert meeting.kind == "consultation"      # 协商议政 outranks 会议 in event_kinds.tsv
    assert meeting.end is None


def test_range_gives_start_and_end_and_the_leader_and_companies_visited(tianshui):
    trip = event_on(tianshui, "2021-12-20")
    assert trip.kind == "investment" and trip.end == "2021-12-24"
    assert trip.persons == {"周海林": "leader"}
    assert trip.organizers == ["天水市政协"]
    # companies of a 先后走访了 list, brackets inside the name included
    assert trip.visited == ["杭州远航新材料股份有限公司", "华锦(宁波)智能装备有限公司"]
    assert {"浙江省", "杭州市", "宁波市"} <= set(trip.visited_places)


def test_roles_come_from_the_word_after_the_name_or_the_list(tianshui):
    meeting = event_on(tianshui, "2021-12-28")
    assert meeting.persons == {"钱永安": "chair", "孔德才": "participant", "周海林": "participant",
                               "吴桂芳": "participant"}
    assert "习近平" not in meeting.persons     # cited, not present


def test_subject_of_the_dated_clause_led_it_and_topic_from_the_title(tianshui):
    lecture = event_on(tianshui, "2022-01-05")
    assert lecture.kind == "study"
    assert lecture.persons["郑光明"] == "leader" and lecture.persons["吴桂芳"] == "chair"
    assert lecture.topic == "赓续红色血脉汇聚奋进力量"
    # a later sentence of another day (近日…提交) ends the event: its person is not an attendee
    assert "冯晓雪" not in lecture.persons


def test_quoted_subject_after_weirao_is_the_topic_and_gives_themes(tianshui):
    meeting = event_on(tianshui, "2021-12-28")
    assert meeting.topic == "推动文旅产业融合发展"
    assert "culture-tourism" in meeting.themes


def test_recently_is_an_approximate_event_at_the_bulletin_date(tmp_path):
    doc = write_and_process(tmp_path, "tianshui-2022-03.txt", TIANSHUI_2)
    approx = [e for e in doc.events if e.approximate]
    assert [(e.start, e.kind) for e in approx] == [("2022-03-02", "meeting")]
    exact = event_on(doc, "2022-02-25")
    assert exact.visited == ["天水陆港物流有限公司"] and exact.persons == {"周海林": "leader"}
    assert exact.organizers == ["天水市政协"]


def test_no_event_without_a_date(tmp_path):
    text = TIANSHUI_2.replace("2月25日，", "").replace("2月26日，", "").replace("近日，", "")
    doc = write_and_process(tmp_path, "undated.txt", text)
    assert doc.events == []


# --- documents --------------------------------------------------------------------------------------

def test_documents_named_in_title_marks_with_kind_and_agents(tianshui):
    docs = {d.title: d for d in tianshui.documents}
    assert set(docs) == {"关于加快发展全域旅游的建议案", "关于加强农村饮水安全保障的提案"}   # not the novel
    assert docs["关于加快发展全域旅游的建议案"].kind == "Recommendation"
    proposal = docs["关于加强农村饮水安全保障的提案"]
    assert proposal.kind == "Proposal"
    assert proposal.agents == [("author", "person", "冯晓雪"), ("supervisor", "org", "天水市政协提案委员会")]
    assert "rural-revitalization" in proposal.themes


# --- RDF --------------------------------------------------------------------------------------------

def schema_view(g: rdflib.Graph) -> rdflib.Graph:
    """The graph with the ontology, so subclass and sub-property axioms can be followed."""
    for f in ontology_files():
        g.parse(f, format="turtle")
    return g


def test_events_read_through_schema_org(tianshui):
    g = schema_view(to_graph(tianshui))
    rows = g.query("""
        PREFIX schema: <https://schema.org/>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX foaf: <http://xmlns.com/foaf/0.1/>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?start ?end ?who ?where WHERE {
          ?c rdfs:subClassOf* schema:Event . ?e a ?c ; schema:startDate ?start .
          OPTIONAL { ?e schema:endDate ?end }
          ?p rdfs:subPropertyOf* schema:organizer . ?e ?p ?person . ?person foaf:name ?who .
          OPTIONAL { ?l rdfs:subPropertyOf* schema:location . ?e ?l ?o . ?o skos:prefLabel ?where }
        }""")
    facts = {(str(r.start), str(r.end) if r.end else None, str(r.who), str(r.where) if r.where else None)
             for r in rows}
    assert ("2021-12-20", "2021-12-24", "周海林", "华锦(宁波)智能装备有限公司") in facts
    assert ("2021-12-28", None, "钱永安", None) in facts


def test_an_event_is_about_the_documents_its_sentences_name(tianshui):
    g = to_graph(tianshui)
    meeting = next(e for e in g.subjects(SCHEMA.startDate, rdflib.Literal("2021-12-28", datatype=rdflib.XSD.date)))
    about = {str(g.value(o, SCHEMA.name)) for o in g.objects(meeting, SCHEMA.about) if (o, RDF.type, CPPCC.Recommendation) in g}
    assert about == {"关于加快发展全域旅游的建议案"}


def test_approximate_event_has_no_start_date(tmp_path):
    g = to_graph(write_and_process(tmp_path, "t.txt", TIANSHUI_2))
    approx = list(g.subjects(CPPCC.approximateDate, None))
    assert len(approx) == 1 and (approx[0], SCHEMA.startDate, None) not in g


def test_posts_carry_first_and_last_seen(tianshui):
    g = to_graph(tianshui)
    seen = {}
    for m in g.subjects(RDF.type, ORG.Membership):
        person = g.value(g.value(m, ORG.member), FOAF.name)
        role = g.value(g.value(m, ORG.role), SKOS.prefLabel)
        seen[(str(person), str(role))] = (str(g.value(m, CPPCC.firstSeen)), str(g.value(m, CPPCC.lastSeen)))
    # 吴桂芳 is named a vice-chair in the December meeting and in the January lecture
    assert seen[("吴桂芳", "副主席")] == ("2021-12-28", "2022-01-05")


# --- one node per real person, across bulletins -----------------------------------------------------

@pytest.fixture(scope="module")
def three_bulletins(tmp_path_factory):
    src = tmp_path_factory.mktemp("three")
    for name, text in (("tianshui-01.txt", TIANSHUI), ("tianshui-03.txt", TIANSHUI_2), ("mianyang-04.txt", MIANYANG)):
        (src / name).write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("store")
    with kgstore.Store(out / "store") as st:
        kgstore.add_documents(st, (process(p) for p in sorted(src.glob("*.txt"))))
    return out / "store"


def persons_named(store_dir, name: str) -> dict[str, set[str]]:
    with kgstore.Store(store_dir, create=False, read_only=True) as st:
        _, rows = st.query(f"""
            SELECT ?p ?basis ?file WHERE {{ GRAPH ?g {{ ?p foaf:name "{name}"@zh ; cppcc:identityBasis ?basis .
              ?b a cppcc:Bulletin ; dcterms:identifier ?file }} }}""")
    out: dict[str, set[str]] = {}
    for p, basis, file in rows:
        out.setdefault(str(p), set()).add(str(file))
    return out


def test_same_name_and_place_in_two_bulletins_is_one_person(three_bulletins):
    nodes = persons_named(three_bulletins, "周海林")
    tianshui_nodes = [p for p, files in nodes.items() if files == {"tianshui-01.txt", "tianshui-03.txt"}]
    assert len(tianshui_nodes) == 1


def test_same_name_in_another_place_stays_another_person(three_bulletins):
    nodes = persons_named(three_bulletins, "周海林")
    assert len(nodes) == 2
    assert {"mianyang-04.txt"} in nodes.values()


def test_a_national_figure_is_one_person_everywhere(three_bulletins):
    nodes = persons_named(three_bulletins, "习近平")
    assert list(nodes.values()) == [{"tianshui-01.txt", "mianyang-04.txt"}]


def test_merge_is_explained(three_bulletins):
    with kgstore.Store(three_bulletins, create=False, read_only=True) as st:
        _, rows = st.query(named_queries.load_query("person-identity").render())
    by_name = {(str(r[1]), int(r[2])): str(r[3]) for r in rows}
    assert "天水市" in by_name[("周海林", 2)] and "任职机构" in by_name[("周海林", 2)]


def test_organization_forms_are_one_node(three_bulletins):
    with kgstore.Store(three_bulletins, create=False, read_only=True) as st:
        _, rows = st.query("""SELECT DISTINCT ?o WHERE { ?o skos:prefLabel "天水市政协"@zh }""")
        assert len(rows) == 1
        _, labels = st.query(f"SELECT DISTINCT ?l WHERE {{ <{rows[0][0]}> skos:altLabel ?l }}")
    # 政协天水市委员会 in one bulletin, 中国人民政治协商会议天水市委员会 in another, 市政协 in both
    assert {"政协天水市委员会", "中国人民政治协商会议天水市委员会", "市政协"} <= {str(r[0]) for r in labels}


# --- the Baotou sample bulletin, checked by hand against its text ---------------------------------------

def test_investment_trip_led_by_yungang(baotou):
    trip = event_on(baotou, "2021-05-31")
    assert trip.kind == "investment" and trip.end == "2021-06-04"
    assert trip.persons["云港"] == "leader"
    assert trip.organizers == ["包头市政协"]
    assert {"重庆顺博铝合金股份有限公司", "瀚蓝环境(厦门)股份有限公司", "江西格林循环产业股份有限公司",
            "江西金利城市矿产股份有限公司", "华通集团"} == set(trip.visited)
    assert {"重庆市", "厦门市", "宜春市", "阳泉市"} <= set(trip.visited_places)


def test_two_meetings_chaired_on_one_day_stay_two_events(baotou):
    chaired = [e for e in baotou.events if e.start == "2021-06-04" and e.persons.get("杨利民") == "chair"]
    assert len(chaired) == 2
    topics = {e.topic for e in chaired}
    assert "问计于民、问需于民、问政于民" in topics


def test_companies_visited_query_on_the_seeds(tmp_path):
    with kgstore.Store(tmp_path / "store") as st:
        kgstore.add_documents(st, [process(ROOT / "seeds" / "000_ea288ff508007a47.txt")])
        names, rows = st.query(named_queries.load_query("companies-visited").render({"body": "包头市政协"}))
        trip = {r[0] for r in rows if str(r[1]) == "2021-05-31" and str(r[2]) == "2021-06-04" and r[4] == "云港"}
        assert "重庆顺博铝合金股份有限公司" in trip and "华通集团" in trip
        _, led = st.query(named_queries.load_query("events-led-by").render({"person": "云港"}))
        assert {str(r[0]) for r in led} == {"2021-05-31", "2021-06-09"}
        _, met = st.query(named_queries.load_query("co-attendance").render({"person": "杨利民"}))
        assert "刘晓东" in {r[0] for r in met}


def test_store_counts_events_and_documents(three_bulletins):
    with kgstore.Store(three_bulletins, create=False, read_only=True) as st:
        stats = st.stats()
    # 天水 01: three dated events and two documents; 天水 03: three events (one 近日); 绵阳: two events
    assert (stats["events"], stats["documents"]) == (8, 2)


DEYANG = """\
德阳政协工作动态

第3期

德阳市政协办公室

2023年3月10日

【协商议政】
市政协召开专题议政性常委会议……（2）
市政协主席会议成员视察城区供水……（3）

【协商议政】

市政协召开专题议政性常委会议
今年以来，全市上下聚焦“三大攻坚战”持续发力。3月6日，德阳市政协召开专题议政性常委会议，围绕“提升城市精细化管理水平”议政建言。市政协党组书记、主席林国栋主持会议。
▲ 3月3日，市政协主席会议成员视察城区供水工作。
市政协副主席黄晓燕、韩立新出席会议。
"""


@pytest.fixture(scope="module")
def deyang(tmp_path_factory):
    return write_and_process(tmp_path_factory.mktemp("deyang"), "deyang-2023-03.txt", DEYANG)


def test_photo_caption_is_an_event_of_its_own(deyang):
    caption = event_on(deyang, "2023-03-03")
    assert caption.persons == {}
    meeting = event_on(deyang, "2023-03-06")
    # the sentence after the caption still tells of the meeting
    assert meeting.persons == {"林国栋": "chair", "黄晓燕": "participant", "韩立新": "participant"}


def test_a_kind_word_naming_a_group_is_no_kind(deyang):
    assert event_on(deyang, "2023-03-03").kind == "investigation"   # 主席会议成员…视察: not a meeting


def test_the_opening_sentence_gives_the_topic_before_the_lead(deyang):
    assert event_on(deyang, "2023-03-06").topic == "提升城市精细化管理水平"


def test_places_and_themes_are_labelled_nodes(tianshui):
    g = to_graph(tianshui)
    places = {str(g.value(p, rdflib.RDFS.label)) for p in g.subjects(RDF.type, SCHEMA.Place)}
    assert {"杭州市", "宁波市"} <= places
    theme = rdflib.URIRef("https://w3id.org/cppcc-kg/id/theme/culture-tourism")
    assert (None, CPPCC.theme, theme) in g
    assert {str(label) for label in g.objects(theme, SKOS.prefLabel)} == {"文化旅游", "culture and tourism"}


JIUQUAN = """\
酒泉日报

2023年5月20日

肃州区政协委员走进企业
本报酒泉讯（通讯员 高丽娟）近日，肃州区政协组织部分委员深入酒泉钢铁（集团）有限责任公司开展调研。

市政协召开主席会议
本报讯 5月18日，市政协党组书记、主席马国华主持召开主席会议。
"""


def test_newspaper_dateline_does_not_hide_the_date_of_the_lead(tmp_path):
    doc = write_and_process(tmp_path, "jiuquan-2023-05-20.txt", JIUQUAN)
    approx = [e for e in doc.events if e.approximate]
    assert [(e.start, e.kind) for e in approx] == [("2023-05-20", "investigation")]
    assert approx[0].visited == ["酒泉钢铁(集团)有限责任公司"]
    assert "高丽娟" not in approx[0].persons   # the reporter of the byline
    meeting = event_on(doc, "2023-05-18")
    assert meeting.kind == "meeting" and meeting.persons == {"马国华": "chair"}


def test_without_the_theme_scheme_events_get_no_themes_but_are_read(tianshui, monkeypatch, tmp_path):
    from kg import themes
    for cached in (themes.scheme, themes.keywords, themes.labels, themes._pattern):
        cached.cache_clear()
    monkeypatch.setattr(themes, "ontology_dir", lambda: tmp_path)
    try:
        with pytest.warns(UserWarning, match="theme scheme not found"):
            doc = write_and_process(tmp_path, "tianshui.txt", TIANSHUI)
        assert [e.themes for e in doc.events] == [[], [], []] and len(doc.events) == 3
    finally:
        monkeypatch.undo()
        for cached in (themes.scheme, themes.keywords, themes.labels, themes._pattern):
            cached.cache_clear()


def test_documents_query_names_authors_and_supervisors(three_bulletins):
    with kgstore.Store(three_bulletins, create=False, read_only=True) as st:
        names, rows = st.query(named_queries.load_query("documents").render())
    by_title = {r[0]: dict(zip(names, r)) for r in rows}
    proposal = by_title["关于加强农村饮水安全保障的提案"]
    assert (proposal["kind"], proposal["authors"], proposal["supervised_by"]) == \
        ("Proposal", "冯晓雪", "天水市政协提案委员会")
    assert by_title["关于加快发展全域旅游的建议案"]["kind"] == "Recommendation"


def test_the_organizer_is_the_body_named_first_in_the_text(tmp_path):
    # the county's committee stands first (县政协主席…), the city's members after it (市政协委员): the organizer is
    # the body the sentence names first, whichever stage read it
    doc = write_and_process(tmp_path, "jingning.txt", "静宁县政协工作动态\n\n2024年6月28日\n\n"
                            "6月20日，县政协党组书记、主席马明带领省、市政协委员和县政协常委对我县重点项目开展视察，"
                            "县政协副主席李华参加视察。\n")
    assert doc.events[0].organizers == ["静宁县政协"]


def test_what_a_reporter_learnt_that_day_is_no_event(tmp_path):
    doc = write_and_process(tmp_path, "gansu.txt", "甘肃省政协提案工作综述\n来源:每日甘肃网 2021-01-06\n\n"
                            "1月5日，记者从甘肃省政协提案委员会获悉，省政协十二届三次会议以来立案的提案已全部办复。"
                            "提案委员会主任王明介绍，提案办理质量进一步提高。\n")
    assert doc.events == []


def test_companies_studied_on_site_were_visited(tmp_path):
    doc = write_and_process(tmp_path, "lanzhou.txt", "兰州政协工作动态\n\n2023年5月10日\n\n"
                            "5月8日，市政协经济委员会组织委员开展专题调研。调研组先后实地调研兰州某某电子有限公司、"
                            "甘肃某某新材料股份有限公司，听取企业情况介绍。\n")
    assert doc.events[0].visited == ["兰州某某电子有限公司", "甘肃某某新材料股份有限公司"]


def test_a_leader_whose_speech_on_a_subject_is_studied_is_cited_not_present(tmp_path):
    doc = write_and_process(tmp_path, "baishan.txt", "白山政协工作动态\n\n2020年12月2日\n\n"
                            "11月30日，市政协召开专题议政性常委会议。市政协主席王明出席会议并讲话。"
                            "王明强调，要认真学习市委书记李强关于市政协工作的重要讲话精神。\n")
    assert "王明" in doc.events[0].persons and "李强" not in doc.events[0].persons


def test_a_bodys_projects_seen_on_a_visit_are_not_the_body_visited(tmp_path):
    doc = write_and_process(tmp_path, "jingan.txt", "静安政协工作动态\n\n2015年11月28日\n\n"
                            "11月25日，区政协副主席王明带领部分政协委员视察区政府实事项目进展情况。"
                            "委员们先后实地察看了静安福寿养老院和育英中学。\n")
    visited = doc.events[0].visited
    assert "静安福寿养老院" in visited and not any("政府" in v for v in visited)


def test_companies_visited_each_with_the_member_who_runs_it(tmp_path):
    doc = write_and_process(tmp_path, "qiqihar.txt", "齐齐哈尔政协工作动态\n\n2013年1月24日\n\n"
                            "1月23日，市政协主席王明走访了齐齐哈尔北方药业有限公司董事长李强，齐齐哈尔重工集团党委书记、"
                            "董事长赵刚和黑龙江鹤城绿色食品有限责任公司董事长孙丽，了解企业生产经营情况。\n")
    assert doc.events[0].visited == ["齐齐哈尔北方药业有限公司", "齐齐哈尔重工集团", "黑龙江鹤城绿色食品有限责任公司"]


def test_a_day_of_a_visit_of_several_days_goes_on_with_it(tmp_path):
    doc = write_and_process(tmp_path, "dalian.txt", "大连政协工作动态\n\n2016年12月16日\n\n"
                            "12月14日至15日，市政协组织委员进行大视察，市政协主席王明参加视察。"
                            "14日上午，第一视察组的委员们先后来到大连重工集团、大连华锐港口机械有限公司，视察装备制造业发展情况。\n")
    assert [(e.start, e.end) for e in doc.events] == [("2016-12-14", "2016-12-15")]
    assert doc.events[0].visited == ["大连重工集团", "大连华锐港口机械有限公司"]
