"""Events as pages of places not read before write them: weekly items closed by a credit in brackets, a meeting
the one reported decided on, a day range without its month, a day after the subject (…座谈会16日在…召开), a
heading with a colon before the date, a meeting held 会前 on the same day, a year's review under a later issue,
a list of dated entries without kind words. The pages are invented (places of 贵州 and 四川, their people)."""
from __future__ import annotations

import pytest

from tests.test_events import event_on, write_and_process

# A weekly page of county items, each closed by its writer's name in brackets.
WEEKLY = """\
县区政协工作动态
发布时间：2024-11-25
● 凤冈县 ●
11月18日，凤冈县政协主席龙启明调研茶叶加工园区建设情况。（田晓雨）
● 湄潭县 ●
11月19日，湄潭县政协主席罗文斌参加县政协经济委2024年工作总结会并讲话。（简小川 杨帆）
● 余庆县 ●
11月20日，余庆县政协召开常委会会议，审议有关事项。县政协主席苏丽娟出席。（石磊）
"""

# A provincial page: a meeting that decides on the next one, a meeting held before the one reported on its day,
# a Xinhua-style day after the subject, a range of days without the month, a host whose date is in brackets.
PROVINCE = """\
省政协召开十三届第九次主席会议
发布时间：2024-06-14
6月12日，省政协十三届第九次主席会议在贵阳召开。省政协主席韩德明主持会议，副主席吴小平、朱立群出席。
会议决定，6月26日至27日召开省政协十三届常委会第六次会议。

省政协常委会第五次会议召开
发布时间：2024-06-14
6月13日下午，省政协十三届常委会第五次会议在贵阳召开。省政协主席韩德明主持会议。
会前，韩德明主持召开省政协十三届第十次主席会议，审议提交常委会会议的有关文件。

全省政协文史工作座谈会召开
本报讯（记者 田野）全省政协文史工作座谈会11日在遵义召开，省政协副主席吴小平出席。

八市州政协联席会议在都匀召开
都匀网讯（记者 罗琴）7日至9日，八市州政协第十五次联席会议在都匀召开，州政协主席杨国庆主持会议。

韩德明与省政协港澳委员座谈
今天（6月14日）上午，省政协主席韩德明与省政协港澳委员座谈交流。
"""

# A county's review of 2023, in an issue of January 2024, and a heading before a date.
REVIEW = """\
县政协2023年工作大事记
发布时间：2024-01-08
1. 1月5日，县政协组织机关干部学习全会精神。
2. 1月6日，县政协主席陈志远赴龙坪镇走访企业。
3. 1月15日，县政协主席陈志远赴市政协汇报文史馆筹建工作进展情况。
4. 12月20日，县政协副主席何春燕主持召开界别召集人座谈会。

县政协组织开展会前准备工作
会前委员视察活动：近日，县政协副主席王立新、周云分别带队赴各乡镇开展视察活动。
县政协常委会第九次会议：12月15日下午，县政协常委会第九次会议召开，县政协主席陈志远主持会议。
"""


@pytest.fixture(scope="module")
def weekly(tmp_path_factory):
    return write_and_process(tmp_path_factory.mktemp("bulletins"), "zunyi-weekly.txt", WEEKLY)


@pytest.fixture(scope="module")
def province(tmp_path_factory):
    return write_and_process(tmp_path_factory.mktemp("bulletins"), "guizhou-2024-06.txt", PROVINCE)


@pytest.fixture(scope="module")
def review(tmp_path_factory):
    return write_and_process(tmp_path_factory.mktemp("bulletins"), "county-review.txt", REVIEW)


def test_a_credit_in_brackets_is_no_participant(weekly):
    everyone = {name for e in weekly.events for name in e.persons}
    assert not everyone & {"田晓雨", "简小川", "杨帆", "石磊"}
    assert event_on(weekly, "2024-11-18").persons == {"龙启明": "leader"}


def test_each_weekly_item_is_its_own_event(weekly):
    assert sorted(e.start for e in weekly.events) == ["2024-11-18", "2024-11-19", "2024-11-20"]
    assert event_on(weekly, "2024-11-19").kind == "meeting"   # 工作总结会
    assert "苏丽娟" in event_on(weekly, "2024-11-20").persons


def test_a_meeting_decided_on_is_no_event(province):
    assert "2024-06-26" not in [e.start for e in province.events]
    assert {"吴小平", "朱立群"} <= set(event_on(province, "2024-06-12").persons)


def test_a_meeting_held_before_is_an_event_of_the_same_day(province):
    same_day = [e for e in province.events if e.start == "2024-06-13"]
    assert len(same_day) == 2
    assert all(e.persons.get("韩德明") == "chair" for e in same_day)


def test_a_day_after_the_subject_dates_the_meeting(province):
    seminar = event_on(province, "2024-06-11")
    assert seminar.kind == "meeting" and "吴小平" in seminar.persons


def test_a_range_of_days_without_the_month(province):
    joint = event_on(province, "2024-06-07")
    assert joint.end == "2024-06-09" and joint.persons.get("杨国庆") == "chair"


def test_the_person_after_a_date_in_brackets_leads(province):
    assert event_on(province, "2024-06-14").persons["韩德明"] == "leader"


def test_a_review_takes_the_year_of_its_headline(review):
    starts = [e.start for e in review.events if not e.approximate]
    assert {"2023-01-05", "2023-01-06", "2023-12-20"} <= set(starts)
    assert not [s for s in starts if s.startswith("2022")]


def test_a_listed_entry_without_a_kind_word_is_an_event(review):
    report = event_on(review, "2023-01-15")
    assert report.persons == {"陈志远": "leader"}


def test_a_heading_with_a_colon_before_the_date(review):
    recent = [e for e in review.events if e.approximate]
    assert len(recent) == 1 and {"王立新", "周云"} <= set(recent[0].persons)
    assert event_on(review, "2023-12-15").persons == {"陈志远": "chair"}


def test_a_numbered_standing_committee_session_is_a_meeting(tmp_path):
    doc = write_and_process(tmp_path, "aba-2023-03.txt", "州政协召开常委会\n发布时间：2023-03-22\n"
                            "本报讯（记者 杨林）3月21日，州政协十二届九次常委会召开。州政协主席泽让主持会议。\n")
    assert event_on(doc, "2023-03-21").kind == "meeting"


def test_a_talk_on_the_first_day_of_a_tour_is_its_own_meeting(tmp_path):
    doc = write_and_process(tmp_path, "sichuan-2022-05.txt", "全国政协视察团来川视察\n发布时间：2022-05-11\n"
                            "5月8日至10日，全国政协视察团在川开展视察。全国政协常委林国栋参加视察。\n"
                            "5月8日下午，视察团一行与省领导进行座谈。省政协主席范文海主持座谈会。\n")
    talk = [e for e in doc.events if e.start == "2022-05-08" and e.end is None]
    assert len(talk) == 1 and talk[0].kind == "meeting" and talk[0].persons["范文海"] == "chair"


def test_a_sentence_opening_with_a_period_ends_the_event_before(tmp_path):
    doc = write_and_process(tmp_path, "yunnan-2023-04.txt", "省政协领导密集调研\n发布时间：2023-04-23\n"
                            "4月17日至20日，省政协副主席段红云率调研组在曲靖调研。\n"
                            "记者注意到，3月中旬至今，已有多位省政协副主席率调研组赴州市调研：\n"
                            "省政协副主席李文华率调研组到大理调研；\n")
    tour = event_on(doc, "2023-04-17")
    assert "段红云" in tour.persons and "李文华" not in tour.persons


def test_a_meeting_whose_spirit_is_studied_names_no_kind_and_who_organizes_leads(tmp_path):
    doc = write_and_process(tmp_path, "hunan-2023-09.txt", "省政协调研组来湘调研\n发布时间：2023-09-22\n"
                            "9月18日至20日，省政协副主席龙建华率调研组就“落实全省政协工作会议精神情况”来永州开展调研。\n"
                            "9月21日，市政协副主席邓秋萍组织经济界委员走进园区企业参观。\n")
    assert event_on(doc, "2023-09-18").kind == "investigation"
    assert event_on(doc, "2023-09-21").persons["邓秋萍"] == "leader"


def test_a_duration_ends_the_meeting_and_a_line_of_credits_names_no_participant(tmp_path):
    doc = write_and_process(tmp_path, "hami-2022-06.txt", "地区政协常委会议开幕\n发布时间：2022-06-21\n"
                            "20日上午，为期两天的地区政协五届九次常委会议开幕。地区政协主席马新民主持会议。\n"
                            "全媒体记者：宋立平 许文静\n")
    meeting = event_on(doc, "2022-06-20")
    assert meeting.end == "2022-06-21"
    assert not {"宋立平", "许文静"} & set(meeting.persons)


# Items whose date stands in the headline only, and a closing session with an election held before it.
HEADLINES = """\
政协动态
发布时间：2023-03-10
3月6日县政协召开主席会议
会议由县政协主席张建国主持，副主席李红梅、王志强出席。会议审议了有关事项。

县政协十届二次会议闭幕
3月9日下午，县政协十届二次会议完成各项议程后闭幕。
在闭幕大会前举行的选举大会上，委员们以无记名投票方式，增补陈晓东、刘丽为县政协常务委员。
县政协主席张建国主持闭幕大会并讲话。
"""


@pytest.fixture(scope="module")
def headlines(tmp_path_factory):
    return write_and_process(tmp_path_factory.mktemp("bulletins"), "county-2023-03.txt", HEADLINES)


def test_a_date_in_the_headline_of_an_undated_body_opens_its_event(headlines):
    meeting = event_on(headlines, "2023-03-06")
    assert meeting.kind == "meeting" and meeting.persons["张建国"] == "chair"
    assert {"李红梅", "王志强"} <= set(meeting.persons)


def test_a_session_held_before_the_one_told_of_is_its_own_event(headlines):
    same_day = {frozenset(e.persons) for e in headlines.events if e.start == "2023-03-09"}
    assert same_day == {frozenset({"陈晓东", "刘丽"}), frozenset({"张建国"})}


def test_a_dated_headline_over_a_body_of_recently_dates_the_event(tmp_path):
    doc = write_and_process(tmp_path, "county-2023-06.txt", "政协动态\n发布时间：2023-06-10\n"
                            "6月5日县政协召开十届五次常委会议\n"
                            "近日，县政协召开十届五次常委会议，县政协主席张建国主持会议。\n")
    assert [(e.start, e.approximate) for e in doc.events] == [("2023-06-05", False)]
    assert event_on(doc, "2023-06-05").persons == {"张建国": "chair"}


def test_a_site_and_time_under_the_headline_give_the_page_its_date(tmp_path):
    doc = write_and_process(tmp_path, "hubei-app.txt", "省政协召开主席会议\n荆楚云新闻 2025-03-07 19:50:06\n"
                            "今天（7日），省政协召开主席会议。省政协主席胡安民主持会议。\n")
    assert doc.context.date == "2025-03-07"
    assert event_on(doc, "2025-03-07").persons == {"胡安民": "chair"}


def test_a_date_after_the_subject_dates_the_sentence_but_not_after_a_purpose(tmp_path):
    doc = write_and_process(tmp_path, "qinghai-2016-09.txt", "省政协常委会议开幕\n发布时间：2016-09-28\n"
                            "政协青海省十一届十六次常委会议9月27日上午在西宁开幕。省政协主席马长青主持会议。\n\n"
                            "县政协学习会议精神\n按照9月5日全省会议要求，县政协组织机关干部集中学习。\n")
    assert event_on(doc, "2016-09-27").persons == {"马长青": "chair"}
    assert "2016-09-05" not in [e.start for e in doc.events]


def test_a_period_told_again_is_the_same_event_one_day_told_again_in_a_list_is_not(tmp_path):
    doc = write_and_process(tmp_path, "danzhou-2018-08.txt", "省政协调研组来儋调研\n发布时间：2018-08-01\n"
                            "7月26—27日，省政协副主席吴丽娟率省政协调研组来儋调研。图为吴丽娟一行合影留念。\n"
                            "本报消息 7月26—27日，省政协副主席吴丽娟率省政协调研组来儋，开展视察调研活动。\n\n"
                            "县政协大事记\n1月20日，县政协主席石建华主持召开征求意见座谈会。\n"
                            "1月20日，县政协召开党组扩大会议，各委室主任列席会议。\n")
    assert [e.end for e in doc.events if e.start == "2018-07-26"] == ["2018-07-27"]
    assert len([e for e in doc.events if e.start == "2018-01-20"]) == 2


def test_numbered_entries_of_one_day_are_two_events(tmp_path):
    doc = write_and_process(tmp_path, "county-2021.txt", "县政协2021年工作大事记\n发布时间：2022-01-10\n"
                            "⑤ 1月7日，县政协召开文史资料征集座谈会。\n"
                            "⑥ 1月7日，县政协组织人员赴立新镇采访老党员，收集文史资料。\n")
    assert [e.start for e in doc.events] == ["2021-01-07", "2021-01-07"]
