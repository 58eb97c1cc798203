"""Events as pages of provinces not read before write them: a meeting on what visits yielded (…调研课题成果会商会),
a visit with a reading joined to it by 暨, a meeting held before the one reported (常委会会议前，…), persons whose
part follows an adverb (还主持, 分别带队), a report's day before its byline and the day of the happening. The pages
are invented (places of 宁夏, 四川, 海南, 福建 and 黑龙江, their people)."""
from __future__ import annotations

import pytest

from kg.event_kinds import event_kind, first_joined
from tests.test_events import event_on, write_and_process

RESULTS = """\
区党委委托调研课题成果会商会召开
发布时间：2025-11-20
11月19日，区党委委托重点调研课题与专项监督成果会商会在固原召开。区党委常委马文清主持会议，区政协副主席杨立新出席。
"""

JOINED = """\
县政协组织开展专项视察暨读书活动
发布时间：2023-03-10
3月9日，县政协组织开展“县城道路提升工程”专项视察调研暨“书香政协”读书活动。县政协主席罗开明参加活动。
"""

BEFORE = """\
省政协常委会第九次会议召开
发布时间：2025-06-20
6月19日，省政协八届常委会第九次会议在海口召开。省政协主席符永康主持会议，副主席邢小梅出席。
常委会会议前，符永康还主持召开八届省政协第二十次主席会议，审议有关事项。
"""

SEVERAL = """\
县政协开展会前视察
发布时间：2023-12-22
12月18日，县政协领导陈晓东、林木生分别带队赴各乡镇开展会前视察活动。
"""

BYLINE = """\
市政协党组召开扩大会议
时间：2022-06-02
5月6日 ( 王晓雪 ) 5月5日，市政协党组书记、主席赵长林主持召开市政协党组（扩大）会议，孙红梅出席会议。
"""


ATTENDING = """\
市政协组织港澳委员开展会前考察活动
发布时间：2019-01-14
2019年1月12日，市政协组织出席市政协十四届二次会议的港澳委员开展会前考察活动。市政协副主席韩立东参加。
"""

AFTER_OPENING = """\
市政协领导与港澳委员和海外顾问座谈
发布日期：2024-01-16
1月15日，市政协十五届三次会议开幕会后，市政协主席钱立华与参加会议的港澳委员和海外顾问座谈。市政协副主席许文昌参加座谈。
"""


HOSTED = """\
港区政协委员联谊会考察团赴苏考察
发布时间：2019-09-10
2019年9月4日至7日，本会组织会员赴苏州考察，会长周永成任团长，顾问林晓峰秘书长参加。
会议由陈立山主委主持。5日晚上，苏州市委常委、统战部部长钱志明等宴请考察团一行。
"""


STUDIED = """\
县政协副主席参加分组讨论
发布时间：2020-05-29
5月27日，县政协十届四次会议开幕，县委书记王建平出席并讲话。
5月28日下午，县政协副主席张建国到各组参加政协分组讨论，与委员们一起学习讨论王建平书记讲话。县政协委员学习联络委主任周丽参加讨论。
"""


DAY_FIRST = """\
省政协召开党组（扩大）会议
2023年12月12日19:49 | 来源：龙江日报
12日，省政协召开党组（扩大）会议，传达学习11月27日中共中央政治局会议精神。省政协党组副书记孙立平主持会议。
"""

STUDIO = """\
县政协委员赴邻县考察学习
2023-10-17 20:08:59 来源：各界新闻网
10月11日至12日，县政协副主席刘文昌带领部分委员赴邻县考察学习，先后深入县政协机关、王德春委员工作室等地，聚焦企业发展开展交流。
"""


QUOTED_NAME = """\
经济委员会主任率队赴韶关市调研
2022-04-11 16:55:59 来源：广东政协网
4月6至7日，省政协经济委员会主任罗家明率调研组赴韶关，围绕“粤商·省长面对面协商座谈会”关于“推动区域协调发展”主题开展专题调研。
"""


QUOTED_PART = """\
市政协组织港澳委员开展专题视察
发布日期：2024-01-16
1月15日，市政协组织港澳委员开展专题视察，走进青年人才社区、常州运河工业遗产展览馆、“两江”科创区规划展示馆和江南数字能源股份有限公司。
"""


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    d = tmp_path_factory.mktemp("provinces")
    return {name: write_and_process(d, f"{name}.txt", text) for name, text in
            [("results", RESULTS), ("joined", JOINED), ("before", BEFORE), ("several", SEVERAL), ("byline", BYLINE),
             ("attending", ATTENDING), ("after_opening", AFTER_OPENING), ("hosted", HOSTED),
             ("studied", STUDIED), ("day_first", DAY_FIRST), ("studio", STUDIO),
             ("quoted_name", QUOTED_NAME), ("quoted_part", QUOTED_PART)]}


def test_a_meeting_on_what_visits_yielded_is_no_visit(pages):
    meeting = event_on(pages["results"], "2025-11-19")
    assert meeting.kind == "consultation"     # 会商会, not the 调研 of 调研课题
    assert meeting.persons == {"马文清": "chair", "杨立新": "participant"}


def test_the_first_of_two_happenings_joined_by_ji_gives_the_kind(pages):
    assert event_on(pages["joined"], "2023-03-09").kind == "investigation"
    assert first_joined("召开座谈会", event_kind("召开座谈会")) == ("meeting", 2)


def test_a_meeting_held_before_the_one_reported_is_an_event_of_its_own(pages):
    events = [e for e in pages["before"].events if e.start == "2025-06-19"]
    assert len(events) == 2
    assert all(e.kind == "meeting" and e.persons.get("符永康") == "chair" for e in events)


def test_an_adverb_before_the_part_keeps_it(pages):
    visit = event_on(pages["several"], "2023-12-18")
    assert visit.persons == {"陈晓东": "leader", "林木生": "leader"}


def test_the_day_before_a_byline_is_the_report_s(pages):
    meeting = event_on(pages["byline"], "2022-05-05")
    assert meeting.persons["赵长林"] == "chair"
    assert not [e for e in pages["byline"].events if e.start == "2022-05-06"]


def test_a_meeting_that_says_who_attends_it_is_not_the_event(pages):
    assert event_on(pages["attending"], "2019-01-12").kind == "investigation"


def test_the_subject_after_a_clause_of_when_led_it_and_overseas_is_no_name(pages):
    talk = event_on(pages["after_opening"], "2024-01-15")
    assert talk.persons == {"钱立华": "leader", "许文昌": "participant"}   # not 海外 (of 海外顾问)


def test_a_meeting_joined_to_a_consultation_keeps_the_consultation():
    clause = "县政协常委会会议暨“绿色发展”民主协商会召开"
    assert first_joined(clause, event_kind(clause))[0] == "consultation"


def test_who_hosts_a_group_does_not_lead_it(pages):
    trip = event_on(pages["hosted"], "2019-09-04")
    assert trip.persons["钱志明"] == "participant"   # 宴请考察团一行: the host, not the 一行's leader


def test_a_title_after_the_name_keeps_the_part_after_it(pages):
    trip = event_on(pages["hosted"], "2019-09-04")
    assert trip.persons["周永成"] == "leader"   # 任团长
    assert trip.persons["陈立山"] == "chair"    # 陈某主委主持


def test_whose_speech_is_studied_took_no_part(pages):
    talk = event_on(pages["studied"], "2020-05-28")
    assert "王建平" not in talk.persons   # 学习讨论王某书记讲话
    assert talk.persons["周丽"] == "participant"   # 委员学习联络委主任: a committee's name, no study of her


def test_a_day_alone_opening_the_sentence_dates_it_before_a_month_s_day_cited(pages):
    meeting = event_on(pages["day_first"], "2023-12-12")
    assert meeting.kind == "meeting" and meeting.persons == {"孙立平": "chair"}


def test_a_room_named_after_a_member_names_no_participant_and_the_topic_ends_at_its_verb(pages):
    trip = event_on(pages["studio"], "2023-10-11")
    assert trip.persons == {"刘文昌": "leader"}   # not 王某 of 王某委员工作室
    assert trip.topic == "企业发展"   # not 企业发 (展开 inside 发展开展)


def test_a_meeting_named_in_quotes_is_not_the_kind_of_the_visit(pages):
    visit = event_on(pages["quoted_name"], "2022-04-06")
    assert visit.kind == "investigation" and visit.end == "2022-04-07"


def test_a_quoted_part_of_a_name_does_not_end_the_list_of_what_was_visited(pages):
    visit = event_on(pages["quoted_part"], "2024-01-15")
    assert "江南数字能源股份有限公司" in visit.visited
