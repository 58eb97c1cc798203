"""Events' shape and visited links as real pages of visits tell them: a day of a visit of several days told as what
that day is, a list of sites in parts closed by the visit word or grouped by place. Pages invented (names, companies)."""
from __future__ import annotations

from tests.test_events import event_on, write_and_process


def test_a_day_of_a_visit_told_as_what_that_day_is_goes_on_with_the_visit(tmp_path):
    page = "省政协主席在松阳市调研\n发布时间：2023-03-02\n2月21日至22日，省政协主席周立群深入松阳市调研。" \
           "市政协主席方海东参加。\n2月21日是松阳第五届茶叶博览会暨招商推介会开幕的日子。周立群来到博览会展区，" \
           "详细了解茶产业发展情况。\n周立群还来到松阳古茶博物馆，了解茶文化传承情况。\n"
    doc = write_and_process(tmp_path, "day.txt", page)
    assert len(doc.events) == 1
    event = event_on(doc, "2023-02-21")
    assert event.end == "2023-02-22" and "松阳古茶博物馆" in event.visited


def test_a_list_of_sites_in_parts_closed_by_the_visit_word_is_visited_whole(tmp_path):
    page = "省政协考察团到我省考察\n发布时间：2018-10-22\n10月15日至19日，省政协副主席何文忠率考察团到松阳市、" \
           "青川县考察。考察团一行先后到松阳市革命纪念馆、青川县民俗博物馆，松阳市便民服务中心、青川县白鹭湖湿地，" \
           "松阳华晟电机股份有限公司、青川集团实地考察，并召开座谈会。\n"
    event = event_on(write_and_process(tmp_path, "parts.txt", page), "2018-10-15")
    assert any(v.endswith("便民服务中心") for v in event.visited)
    assert "松阳华晟电机股份有限公司" in event.visited


def test_a_list_of_sites_grouped_by_place_is_visited_whole(tmp_path):
    page = "省政协调研县级医院\n发布时间：2022-07-30\n7月24日至28日，省政协副主席何文忠率调研组赴太原市、临汾市调研。" \
           "调研组考察了太原市小店区人民医院、太原市中心医院，临汾市人民医院、临汾市洪洞县中医院，" \
           "临汾市襄汾县人民医院，了解了医学人才队伍建设情况。\n"
    event = event_on(write_and_process(tmp_path, "grouped.txt", page), "2022-07-24")
    assert sum("人民医院" in v for v in event.visited) == 3, event.visited
    assert any(v.endswith("洪洞县中医院") for v in event.visited)


def test_two_numbered_meetings_of_one_sentence_are_two_events(tmp_path):
    from rdflib import RDF

    from kg.iris import CPPCC
    from kg.rdf import to_graph
    page = "民盟松阳市委召开全体会议\n发布时间：2022-01-08\n12月30日下午，民盟松阳市委召开五届六次全体会议。" \
           "主委何文忠出席会议并讲话。\n当日还召开了民盟市委会五届十二次常委（扩大）会议和三十一次主委会议，" \
           "审议了有关工作事项。\n"
    doc = write_and_process(tmp_path, "two.txt", page)
    meetings = [e for e in doc.events if e.start == "2021-12-30"]
    assert len(meetings) == 3, [(e.start, doc.sentence_text(e.sentence)) for e in doc.events]
    assert len(set(to_graph(doc).subjects(RDF.type, CPPCC.Event))) == 3


def test_the_talk_a_visits_party_holds_on_one_of_its_days_is_a_part_of_the_visit(tmp_path):
    page = "省政协调研组来我市调研\n发布时间：2023-06-12\n6月8日至9日，省政协副主席林海涛率调研组来我市调研数字经济" \
           "发展情况。\n8日上午，调研组一行来到松阳华晟电机股份有限公司，察看智能生产线。\n6月9日下午，调研组在" \
           "丽水市行政服务中心召开座谈会，听取市政府有关部门汇报。\n"
    doc = write_and_process(tmp_path, "talk.txt", page)
    assert len(doc.events) == 1, [(e.start, doc.sentence_text(e.sentence)) for e in doc.events]
    assert event_on(doc, "2023-06-08").end == "2023-06-09"


def test_a_long_list_between_dui_and_the_investigation_word_is_visited(tmp_path):
    page = "省政协副主席带领委员考察重大项目\n发布时间：2018-04-20\n3月19日至20日，省政协副主席林海涛带领30名委员，" \
           "先后赴松阳、青川等地，分别对华晟电机、青川茶业、白鹭湖湿地、松阳数据中心、天河智能装备、青川无人机、" \
           "松阳超级计算中心和松阳华晟电机股份有限公司等8个松阳重大科技和智能制造项目进行了实地考察。\n"
    event = event_on(write_and_process(tmp_path, "long.txt", page), "2018-03-19")
    assert "松阳华晟电机股份有限公司" in event.visited


def test_a_discussion_group_named_after_a_body_is_no_visit_of_the_body(tmp_path):
    page = "市政协委员分组讨论政府工作报告\n发布时间：2022-01-11\n1月10日，市政协十五届一次会议各界别委员分组讨论" \
           "政府工作报告。在经济界、松阳市工商联讨论组，市政协委员林海涛表示，报告催人奋进。\n"
    event = event_on(write_and_process(tmp_path, "group.txt", page), "2022-01-10")
    assert not event.visited


def test_a_body_after_our_province_and_its_city_is_visited(tmp_path):
    page = "全国政协调研组来我省调研\n发布时间：2013-09-30\n9月22日至26日，全国政协调研组一行19人，先后到我省" \
           "宜昌市青川镇卫生院及该镇白鹭村卫生室、松阳县人民医院开展实地调研。\n"
    event = event_on(write_and_process(tmp_path, "province.txt", page), "2013-09-22")
    assert any(v.endswith("青川镇卫生院") for v in event.visited), event.visited


def test_a_bodys_stand_at_a_fair_is_no_visit_of_the_body(tmp_path):
    page = "省政协主席参观博览会\n发布时间：2023-03-02\n2月21日，省政协主席周立群来到松阳茶叶博览会松阳农业大学" \
           "科技成果展区，详细了解茶产业科技创新情况。\n"
    event = event_on(write_and_process(tmp_path, "stand.txt", page), "2023-02-21")
    assert not [v for v in event.visited if v.endswith("松阳农业大学")], event.visited


def test_the_stops_of_a_visit_are_visited(tmp_path):
    page = "市政协主席调研民营经济\n发布时间：2023-06-10\n6月8日，市政协主席林海涛率队调研民营经济发展情况。\n" \
           "调研的第一站是松阳华晟电机股份有限公司。\n松阳县青川茶业有限公司是调研组的第二站，林海涛察看了生产车间。\n"
    event = event_on(write_and_process(tmp_path, "stops.txt", page), "2023-06-08")
    assert {"松阳华晟电机股份有限公司", "松阳县青川茶业有限公司"} <= set(event.visited), event.visited


def test_recent_work_a_meeting_studied_names_no_day(tmp_path):
    page = "县政协召开主席会议\n发布时间：2024-03-20\n3月18日上午，县政协召开十一届第二十次主席会议，县政协主席" \
           "林海涛主持会议。\n会议研究了近期工作。\n会议结束后，县政协接着召开十一届第十二次常委会议，林海涛主持。" \
           "县政协副主席王立新出席会议。\n"
    doc = write_and_process(tmp_path, "recent.txt", page)
    assert {e.start for e in doc.events} == {"2024-03-18"}, [(e.start, doc.sentence_text(e.sentence)) for e in doc.events]
    assert any("王立新" in e.persons for e in doc.events)


def test_the_next_sites_gone_to_after_then_are_visited(tmp_path):
    page = "市政协主席调研民营经济\n发布时间：2023-06-10\n6月8日，市政协主席林海涛率队调研民营经济发展情况。\n" \
           "在松阳县民俗博物馆，林海涛察看了展陈情况。随后到松阳县青川茶业有限公司，了解企业经营情况。\n" \
           "接着又到松阳县白鹭纺织有限公司，听取企业负责人介绍。\n"
    event = event_on(write_and_process(tmp_path, "then.txt", page), "2023-06-08")
    assert {"松阳县青川茶业有限公司", "松阳县白鹭纺织有限公司"} <= set(event.visited), event.visited


def test_sites_arrived_at_and_bodies_whose_staff_were_greeted_are_visited(tmp_path):
    page = "市政协主席调研民营经济\n发布时间：2023-06-10\n6月8日，市政协主席林海涛率队调研民营经济发展情况。\n" \
           "调研组一行抵达松阳县青川茶业有限公司，察看生产线。\n随后，调研组到达松阳县白鹭纺织有限公司，听取企业负责人介绍。\n" \
           "林海涛还慰问了松阳县人民医院的医务人员。\n"
    event = event_on(write_and_process(tmp_path, "arrive.txt", page), "2023-06-08")
    assert {"松阳县青川茶业有限公司", "松阳县白鹭纺织有限公司"} <= set(event.visited), event.visited
    assert any(v.endswith("松阳县人民医院") for v in event.visited)


def test_the_leader_of_a_visit_of_two_days_holding_a_talk_on_the_second_goes_on_with_the_visit(tmp_path):
    page = "省政协主席在松阳市调研\n发布时间：2023-03-02\n2月21日至22日，省政协主席周立群深入松阳市调研。" \
           "市政协主席方海东参加。\n2月21日，周立群来到松阳古茶博物馆，了解茶文化传承情况。\n" \
           "2月22日上午，周立群在松阳市政协机关主持召开座谈会，听取市县政协工作汇报。\n"
    visit = event_on(write_and_process(tmp_path, "second.txt", page), "2023-02-21")
    assert visit.end == "2023-02-22" and visit.kind == "investigation"
    assert not [e for e in visit_days_events(tmp_path) if e.start == "2023-02-22"]


def visit_days_events(tmp_path):
    from kg.pipeline import process
    return process(tmp_path / "second.txt").events
