"""Events as real news pages of many provinces write them: a photo's placeholder that repeats the headline with its
number (…视察活动(图1)), kind words inside a document's title or the committee's name (《…政治协商工作条例》,
庆祝中国人民政治协商会议成立…大会), a national figure who speaks at the meeting (在大会上，某某总书记…), 担任此团团长,
双招双引 and 分组讨论. The pages are invented (their places, people and companies)."""
from __future__ import annotations

import pytest

from tests.test_events import event_on, write_and_process

# A district page whose photos left the headline again, numbered, between its paragraphs.
PHOTOS = """\
东丰区政协组织委员开展集中视察活动
时间：2023-05-18 来源：东丰区融媒体中心

5月17日，东丰区政协组织委员就制造业发展情况进行集中视察。区政协主席程立远参加。

东丰区政协组织委员开展集中视察活动(图1)

“我们厂去年产值增长了两成。”在东丰华宇电机有限公司，负责人向委员们介绍企业情况。

东丰区政协组织委员开展集中视察活动(图2)

当天，委员们先后来到东丰华宇电机有限公司、东丰市第二中学进行了实地察看。
"""

# A study session on a regulation, a jubilee meeting a national figure spoke at, a delegation led by its 团长.
NAMES = """\
发布时间：2024-09-25
9月23日，东丰区政协党组和区委统战部中心组开展联组学习，学习《中国共产党政治协商工作条例》。区政协主席程立远主持会议。
2024年9月20日，北京隆重举行庆祝中国人民政治协商会议成立75周年大会。在大会上，习近平总书记发表重要讲话。
2024年9月10日至12日，本会组织会员赴杭州考察，联谊会秘书处覃立彬主任担任此团团长。考察团先后参观了杭州某某科技有限公司。
"""

# An investment trip named by its slogan, a meeting of the members in groups.
SLOGANS = """\
发布时间：2023-03-02
2月26日至28日，东丰市政协主席程立远率队赴长三角地区开展“双招双引”工作。
3月1日下午，出席市政协五届二次会议的政协委员围绕常委会工作报告进行分组讨论。
"""

# A closing session, its photo's caption, then a box of its own on the election it held, without a date; a lecture
# series and an open day held in the committee's hall.
SESSION = """\
县政协五届三次会议闭幕
发布时间：2024-01-20
1月19日上午，政协东丰县第五届委员会第三次会议胜利闭幕。县政协主席程立远主持闭幕会。
▲ 1月19日，县政协五届三次会议闭幕会现场。
县政协五届三次会议选举产生秘书长
闭幕会宣布了选举结果：覃立彬当选为政协东丰县第五届委员会秘书长，韦小满当选为常务委员。

县政协举办“东丰讲坛”
1月22日下午，县政协“东丰讲坛”第三讲在县政协机关举行，县政协副主席韦小满出席。
1月23日，县政协举办公众开放日活动，邀请群众代表走进县政协常委会议厅，县政协副主席韦小满出席。
1月24日，县政协主席程立远调研中心城区老旧小区改造工作。
"""


# A provincial tour whose places are listed city by city, parted by commas, closed by 等处; a press conference.
TOUR = """\
发布时间：2023-05-06
5月2日至5日，省政协主席程立远深入东丰、西岭两市考察调研。程立远一行先后考察调研东丰市滨江湿地公园、东丰市规划展示馆，西岭市青禾农业科技有限公司、西岭市北港物流园，西岭宏远新材料有限公司、西岭市盛达食品有限公司等处，详细了解企业生产经营情况。
5月6日上午，省政协十三届二次会议新闻发布会举行。大会新闻发言人韦小满介绍了会议安排。
"""


# January by its old name, with its day in digits and in numerals.
FIRST_MONTH = """\
发布时间：2024-01-08
元月4日，县政协主席程立远主持召开主席会议。
元月五日，县政协副主席韦小满带队视察。
"""


# Datelines that name their day: a lead that names none of its own happened that day; one that plans a day of its
# own, or a happening still to come, did not.
DATELINES = """\
县政协举行新春茶话会
发布时间：2024-02-06
本报东丰2月5日电 新春佳节即将到来之际，县政协隆重举行新春茶话会。县政协主席程立远致辞。

县政协常委会会议将召开
本报东丰2月4日电（记者 韦小满）县政协五届十次常委会议将于2月8日召开，县政协主席程立远将出席。

县政协将举办读书会
本报东丰2月3日电 县政协拟举办“书香东丰”读书会，县政协副主席覃立彬将作导读。

委员建言
本报东丰2月2日电 县政协委员莫小川建议，要加强乡村文化调研，推动政策落地。
"""


@pytest.fixture(scope="module")
def datelines(tmp_path_factory):
    return write_and_process(tmp_path_factory.mktemp("bulletins"), "dongfeng-datelines.txt", DATELINES)


@pytest.fixture(scope="module")
def first_month(tmp_path_factory):
    return write_and_process(tmp_path_factory.mktemp("bulletins"), "dongfeng-january.txt", FIRST_MONTH)


@pytest.fixture(scope="module")
def tour(tmp_path_factory):
    return write_and_process(tmp_path_factory.mktemp("bulletins"), "dongfeng-tour.txt", TOUR)


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    return write_and_process(tmp_path_factory.mktemp("bulletins"), "dongfeng-session.txt", SESSION)


@pytest.fixture(scope="module")
def photos(tmp_path_factory):
    return write_and_process(tmp_path_factory.mktemp("bulletins"), "dongfeng-photos.txt", PHOTOS)


@pytest.fixture(scope="module")
def names(tmp_path_factory):
    return write_and_process(tmp_path_factory.mktemp("bulletins"), "dongfeng-names.txt", NAMES)


@pytest.fixture(scope="module")
def slogans(tmp_path_factory):
    return write_and_process(tmp_path_factory.mktemp("bulletins"), "dongfeng-slogans.txt", SLOGANS)


def test_a_numbered_photo_placeholder_does_not_start_another_item(photos):
    assert len(photos.articles) == 1
    visit = event_on(photos, "2023-05-17")
    assert any("华宇电机" in name for name in visit.visited)
    assert any("第二中学" in name for name in visit.visited)


def test_a_documents_title_names_no_kind(names, tmp_path):
    assert event_on(names, "2024-09-23").kind == "study"   # 联组学习, not the 协商 of the regulation's title
    text = "发布时间：2024-05-12\n5月10日，县政协举办《东丰讲堂》第三期，县政协主席程立远出席。\n"
    assert event_on(write_and_process(tmp_path, "dongfeng-lecture.txt", text), "2024-05-10").kind == "study"
    # (a title that alone names the kind still names it)


def test_the_committees_name_names_no_kind_and_a_speaker_at_the_meeting_attended(names, tmp_path):
    jubilee = event_on(names, "2024-09-20")
    assert jubilee.kind == "meeting"   # 大会, not the 协商会 of 政治协商会议
    assert "习近平" in jubilee.persons
    text = ("发布时间：2024-05-12\n5月10日，县政协党组召开理论学习中心组学习会。会议指出，在中央政协工作会议上，"
            "习近平总书记强调要发挥专门协商机构作用。县政协主席程立远主持。\n")
    study = event_on(write_and_process(tmp_path, "dongfeng-study.txt", text), "2024-05-10")
    assert "习近平" not in study.persons   # a meeting named, whose words are studied: not this one


def test_who_heads_the_delegation_led_it(names, tmp_path):
    assert event_on(names, "2024-09-10").persons.get("覃立彬") == "leader"
    text = "发布时间：2024-05-12\n5月9日，由县政协主席程立远任组长的调研组到县第二中学开展调研。\n"
    assert event_on(write_and_process(tmp_path, "dongfeng-group.txt", text), "2024-05-09").persons == {"程立远": "leader"}


def test_slogans_and_group_discussions_name_their_kind(slogans):
    assert event_on(slogans, "2023-02-26").kind == "investment"
    assert event_on(slogans, "2023-03-01").kind == "meeting"


def test_a_box_on_the_sessions_election_after_its_caption_tells_of_that_session(session):
    closing = event_on(session, "2024-01-19")
    assert {"程立远", "覃立彬", "韦小满"} <= set(closing.persons)


def test_a_lecture_series_is_a_study_and_a_hall_names_no_meeting(session):
    assert event_on(session, "2024-01-22").kind == "study"   # 讲坛
    assert event_on(session, "2024-01-23").kind == "other"   # 活动, not the 会议 of 常委会议厅
    assert event_on(session, "2024-01-24").kind == "investigation"   # 调研中心城区: no hall after 调研


def test_a_list_of_visits_in_parts_closed_by_deng_chu_is_read_to_its_end(tour):
    visited = event_on(tour, "2023-05-02").visited
    assert any("宏远新材料" in name for name in visited)
    assert any("盛达食品" in name for name in visited)


def test_a_sessions_spokesman_took_part_in_the_press_conference(tour):
    assert "韦小满" in event_on(tour, "2023-05-06").persons


def test_yuan_yue_is_january(first_month):
    assert "程立远" in event_on(first_month, "2024-01-04").persons
    assert "韦小满" in event_on(first_month, "2024-01-05").persons


def test_a_lead_without_a_day_of_its_own_happened_on_its_datelines_day(datelines):
    gala = event_on(datelines, "2024-02-05")
    assert gala.kind == "meeting"   # 茶话会
    assert "程立远" in gala.persons


def test_a_solemn_holding_starts_no_organizations_name(tmp_path):
    doc = write_and_process(tmp_path, "dongfeng-gala.txt", "发布时间：2024-02-06\n2月5日，县政协隆重举行新春联谊会。\n")
    assert not [name for name in doc.organizations if "举行" in name]   # 隆重举行 is one word to the segmenter


def test_a_dateline_over_a_plan_dates_no_happening(datelines):
    assert {e.start for e in datelines.events if not e.approximate} == {"2024-02-05"}


def test_a_flashs_label_opens_no_subject(tmp_path):
    text = "发布时间：2024-03-08\n两会快讯：县政协五届三次会议8日下午在县会议中心举行第二次全体会议。县政协主席程立远出席。\n"
    session = event_on(write_and_process(tmp_path, "dongfeng-flash.txt", text), "2024-03-08")
    assert "程立远" in session.persons   # the day after the subject, past the label 两会快讯：


def test_another_meeting_called_that_afternoon_is_an_event_of_its_own(tmp_path):
    text = ("发布时间：2024-05-12\n5月10日上午，县政协召开五届三十次主席会议，县政协主席程立远主持。"
            "当天下午，县政协召开五届十二次常委会议，县政协副主席韦小满出席。\n")
    doc = write_and_process(tmp_path, "dongfeng-day.txt", text)
    meetings = [e for e in doc.events if e.start == "2024-05-10"]
    assert len(meetings) == 2
    assert "韦小满" in meetings[1].persons and "韦小满" not in meetings[0].persons


def test_a_headlines_day_the_body_tells_is_still_to_come_opens_no_event(tmp_path):
    text = ("县政协五届四次会议8日上午开幕\n发布时间：2024-03-08\n"
            "本报东丰3月7日电（记者 韦小满）县政协五届四次会议将于3月8日上午在县会议中心开幕，会期两天。\n")
    doc = write_and_process(tmp_path, "dongfeng-preview.txt", text)
    assert [e.start for e in doc.events if not e.approximate] == []


VISITS = """\
发布时间：2024-05-12
5月10日，县政协副主席韦小满调研东丰华宇电机有限公司。
5月9日，市政协主席程立远一行莅东丰实地调研县政协工作。市政协副主席覃立彬参加走访；县委书记黎明，县政协主席韦大成陪同。
"""


@pytest.fixture(scope="module")
def visits(tmp_path_factory):
    return write_and_process(tmp_path_factory.mktemp("bulletins"), "dongfeng-visits.txt", VISITS)


def test_a_body_right_after_diaoyan_was_visited(visits):
    assert any("华宇电机" in name for name in event_on(visits, "2024-05-10").visited)


def test_a_committees_work_and_the_posts_of_those_who_came_along_are_no_bodies_visited(visits):
    assert event_on(visits, "2024-05-09").visited == []


def test_a_ceremony_held_at_a_law_firm_visited_it(tmp_path):
    text = "发布时间：2025-11-26\n11月25日，县政协律师界别委员工作室揭牌仪式在东丰明信律师事务所举行。县政协副主席韦小满参加。\n"
    ceremony = event_on(write_and_process(tmp_path, "dongfeng-firm.txt", text), "2025-11-25")
    assert ceremony.visited == ["东丰明信律师事务所"]


def test_a_national_leader_named_before_chuxi_attended(tmp_path):
    text = "发布时间：2016-03-12\n3月12日下午，全国政协十二届四次会议举行第四次全体会议。15位委员作大会发言。俞正声出席。\n"
    assert "俞正声" in event_on(write_and_process(tmp_path, "national-plenary.txt", text), "2016-03-12").persons
