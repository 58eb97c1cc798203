"""Events in layouts other than the Baotou sample: newspaper pages, annual reviews, work bulletins with a table
of contents. The bulletins are invented (names and companies); the places are real."""
from __future__ import annotations

import pytest

from tests.test_events import event_on, write_and_process

# A newspaper page of 张掖 (甘肃): datelines, bylines, an editor's line, a visit list with an item the
# organizations stage does not know (…种植基地).
ZHANGYE = """\
张掖日报

2023年6月12日

市政协调研现代农业发展
本报讯（记者 刘海燕、周小敏）6 月 9 日，市政协党组书记、主席陈建华带领部分市政协委员，先后深入甘州区祁连绿源农业科技有限公司、临泽县丹霞果蔬种植基地和高台县金润种业有限公司，调研现代农业发展情况。市政协副主席王志刚参加调研。
（责任编辑：孙丽）

山丹县政协召开常委会议
本报山丹讯（通讯员 赵文博）6月8日上午，山丹县政协召开常委会议，围绕“推进全域旅游高质量发展”开展专题协商。县政协主席李德明主持会议。会议要求，各专委会要在7月31日前完成年度调研任务。截至6月30日，县政协今年共收到提案118件。县政协副主席杨学军出席会议。

民乐县政协视察城区供水
本报民乐讯 6月5—6日，民乐县政协副主席钱立新率队视察城区供水工作。
"""

# The annual review of a January issue of 拉萨 (西藏): several dated items in one sentence, joined by ；.
LHASA = """\
拉萨政协

2024年第1期

拉萨市政协办公室

2024年1月15日

一年来市政协工作综述
一年来，市政协坚持团结和民主两大主题，扎实履职。3月28日至4月2日，市政协主席张德华率调研组赴堆龙德庆区、曲水县调研乡村振兴工作；5月16日，市政协副主席王建国带队赴成都市考察招商引资项目，与四川锦华新材料有限公司负责人座谈。
"""


@pytest.fixture(scope="module")
def zhangye(tmp_path_factory):
    return write_and_process(tmp_path_factory.mktemp("zhangye"), "zhangye-2023-06-12.txt", ZHANGYE)


@pytest.fixture(scope="module")
def lhasa(tmp_path_factory):
    return write_and_process(tmp_path_factory.mktemp("lhasa"), "lhasa-2024-01.txt", LHASA)


def test_an_unknown_item_of_a_visit_list_does_not_end_the_list(zhangye):
    visit = event_on(zhangye, "2023-06-09")
    assert visit.visited == ["甘州区祁连绿源农业科技有限公司", "高台县金润种业有限公司"]


def test_every_reporter_of_a_byline_is_no_participant(zhangye):
    visit = event_on(zhangye, "2023-06-09")
    assert visit.persons == {"陈建华": "leader", "王志刚": "participant"}


def test_a_deadline_or_a_cut_off_date_reports_no_event_and_does_not_end_one(zhangye):
    assert [e.start for e in zhangye.events] == ["2023-06-09", "2023-06-08", "2023-06-05"]
    meeting = event_on(zhangye, "2023-06-08")
    # the sentences after 7月31日前 and 截至6月30日 still tell of the meeting
    assert meeting.persons == {"李德明": "chair", "杨学军": "participant"}


def test_a_day_range_with_one_day_sign(zhangye):
    inspection = event_on(zhangye, "2023-06-05")
    assert inspection.end == "2023-06-06" and inspection.persons == {"钱立新": "leader"}


def test_a_date_after_the_issue_is_of_the_year_before(lhasa):
    trip = event_on(lhasa, "2023-03-28")
    assert trip.end == "2023-04-02"


def test_a_clause_of_another_day_is_not_part_of_the_event(lhasa):
    trip = event_on(lhasa, "2023-03-28")
    assert trip.kind == "investigation"      # not 招商引资 of the clause of 5月16日
    assert trip.persons == {"张德华": "leader"}
    assert trip.visited == [] and "成都市" not in trip.visited_places


def test_each_dated_item_of_a_review_sentence_is_an_event(lhasa):
    # …调研乡村振兴工作；5月16日，市政协副主席王建国带队赴成都市考察招商引资项目…
    second = event_on(lhasa, "2023-05-16")
    assert second.kind == "investment" and second.persons == {"王建国": "leader"}
    assert second.visited_places == ["成都市"]


# A work bulletin of 西宁 (青海) whose photo caption shows the meeting its item reports.
XINING = """\
西宁政协信息

第12期

西宁市政协办公室

2023年9月18日

市政协召开提案办理协商会
9月14日，市政协召开重点提案办理协商会。市政协副主席韩丽萍主持会议。
▲9月14日，市政协副主席韩丽萍、李永福出席重点提案办理协商会。
▲9月13日，市政协副主席李永福调研城区供暖工作。
"""


def test_a_caption_showing_the_event_of_its_item_is_no_second_event(tmp_path):
    doc = write_and_process(tmp_path, "xining-2023-09.txt", XINING)
    assert sorted(e.start for e in doc.events) == ["2023-09-13", "2023-09-14"]
    meeting = event_on(doc, "2023-09-14")
    assert meeting.persons == {"韩丽萍": "chair", "李永福": "participant"}   # the caption's names join it
    assert event_on(doc, "2023-09-13").persons == {"李永福": "leader"}


# A visit received (会见…一行) by a 泉州 (福建) committee: the host leads it, the guests take part.
QUANZHOU = """\
泉州政协工作动态

第6期

泉州市政协办公室

2023年10月9日

市政协会见台商考察团
10月8日，市政协主席陈国栋会见了台湾工商界考察团林志明一行，市政协副主席黄丽华陪同。
"""


def test_the_guest_of_a_visit_received_is_no_leader(tmp_path):
    doc = write_and_process(tmp_path, "quanzhou-2023-10.txt", QUANZHOU)
    visit = event_on(doc, "2023-10-08")
    assert visit.persons == {"陈国栋": "leader", "林志明": "participant", "黄丽华": "participant"}


# Rural units visited by a 张掖 (甘肃) committee: a cooperative, a township health centre, a care home.
ZHANGYE_RURAL = """\
张掖政协工作动态

第3期

张掖市政协办公室

2023年6月12日

市政协调研乡村振兴工作
6月10日，市政协副主席王海军带队先后走访了临泽县丹霞果蔬专业合作社、高台县南华镇卫生院和甘州区梁家墩镇敬老院。
"""


def test_rural_units_visited_are_organizations(tmp_path):
    doc = write_and_process(tmp_path, "zhangye-2023-06.txt", ZHANGYE_RURAL)
    visit = event_on(doc, "2023-06-10")
    assert visit.visited == ["临泽县丹霞果蔬专业合作社", "张掖市高台县南华镇卫生院", "张掖市甘州区梁家墩镇敬老院"]
    assert doc.organizations["临泽县丹霞果蔬专业合作社"].kind == "COMPANY"


def test_more_meeting_words_name_the_kind(tmp_path):
    text = ZHANGYE_RURAL.replace(
        "6月10日，市政协副主席王海军带队先后走访了临泽县丹霞果蔬专业合作社、高台县南华镇卫生院和甘州区梁家墩镇敬老院。",
        "6月10日，市政协副主席王海军出席全市优化营商环境推进大会。6月11日，市政协举行委员履职培训开班式。")
    doc = write_and_process(tmp_path, "zhangye-2023-06b.txt", text)
    assert event_on(doc, "2023-06-10").kind == "meeting"
    assert event_on(doc, "2023-06-10").persons == {"王海军": "participant"}
    assert event_on(doc, "2023-06-11").kind == "study"


def test_a_quote_before_the_kind_word_is_the_topic_but_not_a_named_place(tmp_path):
    text = ZHANGYE_RURAL.replace(
        "6月10日，市政协副主席王海军带队先后走访了临泽县丹霞果蔬专业合作社、高台县南华镇卫生院和甘州区梁家墩镇敬老院。",
        "6月10日，市政协组织开展“学党史悟思想·话团结促发展”庆祝建党102周年知识竞赛。"
        "6月11日，市政协机关干部参观“丝路明珠”展厅。")
    doc = write_and_process(tmp_path, "zhangye-2023-06c.txt", text)
    assert event_on(doc, "2023-06-10").topic == "学党史悟思想·话团结促发展"
    assert event_on(doc, "2023-06-11").topic is None


def test_a_dated_lead_without_its_full_stop_is_no_headline(tmp_path):
    page = "省政协工作动态\n发布时间：2023-11-25\n11月13日，省政协副主席王海燕率队赴云南大学调研。\n" \
           "11月11日，全省政协协商工作现场推进会在曲靖市召开\n11月10日，省政协副主席李明轩出席茶产业大会。\n"
    doc = write_and_process(tmp_path, "digest.txt", page)
    assert sorted(e.start for e in doc.events) == ["2023-11-10", "2023-11-11", "2023-11-13"]
