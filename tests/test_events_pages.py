"""Events as real news items tell them: a purpose clause before the date, 当天/次日 after it, a photo caption of
the item's own happening. The bulletin is invented (a 广西 city, its people and companies)."""
from __future__ import annotations

import pytest

from kg.pipeline import process
from tests.test_events import event_on, write_and_process

# Items of a 柳州 bulletin: a month-long campaign dated after a purpose clause, with no kind word; a ceremony
# followed by a visit 当天下午 and a trip 次日; a caption showing the campaign.
LIUZHOU = """\
柳州政协工作动态

2023年第3期

2023年6月20日

市政协领导带队开展“助企纾困”行动
为落实市委经济工作会议部署，2023年5月4日至5月31日，市政协主席覃志刚，副主席韦丽萍、黄海涛分别带队，深入各区企业开展“助企纾困”行动。
▲ 5月4日，覃志刚一行在柳州螺霸王食品有限公司了解生产情况。

市政协港澳委员联谊会换届
2023年6月8日，市政协港澳委员联谊会在南宁举行换届大会，市政协副主席韦丽萍出席。
当天下午，联谊会成员参观了广西民族博物馆。
次日，联谊会成员赴钦州市考察港口物流。
"""


@pytest.fixture(scope="module")
def liuzhou(tmp_path_factory):
    return write_and_process(tmp_path_factory.mktemp("bulletins"), "liuzhou-2023-06.txt", LIUZHOU)


def test_date_after_a_purpose_clause_opens_the_items_event(liuzhou):
    campaign = event_on(liuzhou, "2023-05-04")
    assert campaign.end == "2023-05-31"
    assert {"覃志刚", "韦丽萍", "黄海涛"} <= set(campaign.persons)
    assert campaign.persons["覃志刚"] == "leader"


def test_a_caption_of_the_same_days_happening_is_no_event_of_its_own(liuzhou):
    assert [e.start for e in liuzhou.events].count("2023-05-04") == 1


def test_same_day_and_next_day_count_from_the_day_told_before(liuzhou):
    starts = [e.start for e in liuzhou.events]
    assert starts.count("2023-06-08") == 2   # the meeting, and the visit 当天下午
    assert "2023-06-09" in starts            # the trip 次日


# Visits as items write them: the place of each company before it (百色市的A), a company in apposition after a
# dash, the plain 先后到 of a group's tour.
VISITS = """\
河池政协工作动态

2023年第4期

2023年7月15日

市政协考察组赴百色学习
7月10日，市政协副主席蓝天明率考察组赴百色市考察学习。考察组实地走访了百色市的广西田园生化股份有限公司、广西百矿集团有限公司，以及田阳区的广西隆林康达食品有限公司。

市政协调研委员企业
7月12日，市政协副主席覃春燕到宜州区，走访调研委员企业——广西宜州丝绸有限公司。

市政协调研新能源产业
7月13日，市政协主席韦家华率调研组调研新能源产业。调研组一行先后到广西河池能源有限公司、广西金城江风电有限公司实地调研。
"""


@pytest.fixture(scope="module")
def visits(tmp_path_factory):
    return write_and_process(tmp_path_factory.mktemp("bulletins"), "hechi-2023-07.txt", VISITS)


def test_companies_each_after_its_place_are_visited(visits):
    visited = event_on(visits, "2023-07-10").visited
    assert any("田园生化" in v for v in visited) and any("百矿集团" in v for v in visited)
    assert any("康达食品" in v for v in visited)


def test_a_company_in_apposition_after_a_dash_is_visited(visits):
    assert any("宜州丝绸" in v for v in event_on(visits, "2023-07-12").visited)


def test_a_tour_with_xianhou_dao_visits_its_companies(visits):
    visited = event_on(visits, "2023-07-13").visited
    assert any("河池能源" in v for v in visited) and any("金城江风电" in v for v in visited)


def test_our_city_is_the_place_the_text_speaks_of(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("河池政协工作动态\n\n2023年7月15日\n\n自治区政协来河池调研\n"
                    "7月11日，自治区政协副主席黄德林率调研组到我市调研边贸物流。\n", encoding="utf-8")
    doc = process(path)
    assert doc.context.place == "河池市"
    assert "河池市" in event_on(doc, "2023-07-11").visited_places


def test_a_caption_of_the_items_day_joins_its_event_whatever_word_it_uses(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("河池政协工作动态\n\n2023年8月30日\n\n自治区政协来河池调研基层协商\n"
                    "8月25日上午，自治区政协副主席黄德林率队到南丹县，就基层协商民主建设开展调研。市政协主席韦家华陪同。\n"
                    "▲ 8月25日，黄德林（左二）在南丹县芒场镇观摩协商议事活动。\n", encoding="utf-8")
    doc = process(path)
    visit = event_on(doc, "2023-08-25")   # one event of that day, not the caption's second one
    assert visit.persons["黄德林"] == "leader" and "韦家华" in visit.persons


def test_same_day_sentence_of_the_same_kind_goes_on_telling_of_the_event(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("宜州区政协五届二次会议开幕\n\n2024-01-12 09:00:00来源：宜州新闻网\n\n"
                    "1月11日上午，区政协五届二次会议在区会议中心开幕。区政协主席莫立新作工作报告。\n"
                    "当天大会由区政协副主席蒙海燕、韦小平主持。\n", encoding="utf-8")
    doc = process(path)
    meeting = event_on(doc, "2024-01-11")   # one meeting, not a second one 当天
    assert {"莫立新", "蒙海燕", "韦小平"} <= set(meeting.persons) and meeting.persons["蒙海燕"] == "chair"


def test_an_item_going_on_with_that_day_adds_to_the_event_before(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("河池政协工作简报\n\n2023年9月8日\n\n市政协主席赴东兰县调研\n"
                    "9月5日，市政协主席韦家华率队到东兰县调研，市政协秘书长覃明参加。\n\n"
                    "东兰委员工作室亮点纷呈\n"
                    "调研当天，韦家华一行还走进东兰县政协委员黄丽的委员工作室，并走访了广西东兰红水河农业有限公司。\n",
                    encoding="utf-8")
    doc = process(path)
    visit = event_on(doc, "2023-09-05")
    assert "黄丽" in visit.persons
    assert any("红水河农业" in v for v in visit.visited)


def test_a_dated_lead_without_a_kind_word_takes_its_headlines(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("市政协主席韦家华到巴马县调研\n\n发布时间：2023-03-10\n\n"
                    "3月8日，市政协主席韦家华到巴马县，听取巴马县经济社会发展情况汇报。\n", encoding="utf-8")
    doc = process(path)
    assert event_on(doc, "2023-03-08").kind == "investigation"
