"""The days of events as news pages tell them: 今晚 (a meeting reported the night it was held), 今天 of a later sentence
counted from the item's dateline (not the page's date) past a planned date, two days listed with 、 (7月31日、8月1日),
the days a training course lasts told in a later sentence (本次培训班为期六天). The pages are invented (places of 云南,
their people)."""
from __future__ import annotations

import pytest

from kg import dates
from tests.test_events import event_on, write_and_process

EVENING = """\
市政协举行常委会议
发布时间：2021-01-25
今晚，市政协举行九届十次常委会议。市政协主席和春林主持会议并讲话，副主席段丽萍、普建华出席。
"""

# a national item whose first sentence names no kind word after its body's name, a planned date before the
# meeting's day; the page was published the day after
DATELINE = """\
省政协常委会议开幕
发布时间：2019-02-28
据新华社昆明2月27日电（记者 李明）政协云南省第十二届委员会常务委员会第四次会议今天在昆明开幕。会议决定：省政协十二届二次会议于3月3日在昆明召开。
今天上午的会议由省政协主席杨正华主持，副主席罗永斌、王雪梅出席。
"""

LISTED = """\
省政协调研组到弥勒开展调研
发布时间：2024-08-02
7月31日、8月1日，省政协副秘书长李昌平率调研组到弥勒开展专题调研。弥勒市政协主席张丽华陪同调研。
"""

COURSE = """\
建水县政协委员履职培训班开班
发布时间：2023-05-30
5月29日，建水县政协委员履职培训班在昆明开班，县政协主席杨光明出席开班式并讲话。
据悉，本次培训班为期六天，采取专题讲授与现场教学相结合的方式。
"""

# a visit of three days told on a page published two months later: 16日 is a day of those three
LATER_PAGE = """\
省政协视察团到红河州视察
发布时间：2023-10-10
8月15日至17日，省政协副主席李建明率视察团到红河州视察。
16日，视察团一行来到个旧市，察看了锡文化广场。州政协主席王海燕陪同。
"""


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    directory = tmp_path_factory.mktemp("bulletins")
    return {name: write_and_process(directory, f"{name}.txt", text)
            for name, text in (("evening", EVENING), ("dateline", DATELINE), ("listed", LISTED), ("course", COURSE),
                                              ("later", LATER_PAGE))}


def test_a_meeting_of_tonight_is_of_the_page_day(pages):
    meeting = event_on(pages["evening"], "2021-01-25")
    assert meeting.persons.get("和春林") == "chair"


def test_today_counts_from_the_item_dateline(pages):
    meeting = event_on(pages["dateline"], "2019-02-27")
    assert meeting.persons.get("杨正华") == "chair"
    assert not [e for e in pages["dateline"].events if e.start in ("2019-02-28", "2019-03-03")]


def test_today_before_a_planned_date_dates_the_sentence():
    text = "据新华社昆明2月27日电 省政协常委会议今天开幕。会议决定：省政协全会于3月3日召开。"
    span = dates.find_happening(text, 2019, dates.report_day(dates.opening_dateline(text), "2019-02-28"))
    assert span.start == "2019-02-27"


def test_two_listed_days_are_one_happening(pages):
    trip = event_on(pages["listed"], "2024-07-31")
    assert trip.end == "2024-08-01"
    assert "李昌平" in trip.persons and "张丽华" in trip.persons


def test_listed_days_of_the_issue_month():
    assert dates.resolve_span("11日、12日，县政协调研组赴某镇调研", 2024, "2024-06-20") == \
        ("2024-06-11", "2024-06-12", False)
    assert dates.resolve_span("3月5日和6日，县政协视察组赴某镇视察", 2024, "2024-04-01") == ("2024-03-05", "2024-03-06", False)
    # days apart are two happenings' days, no range
    assert dates.resolve_span("3月5日、3月20日，县政协两次召开主席会议", 2024, "2024-04-01") == ("2024-03-05", None, False)


def test_the_days_of_a_course_told_later_end_it(pages):
    course = event_on(pages["course"], "2023-05-29")
    assert course.end == "2023-06-03"


def test_a_course_closing_tells_no_later_end():
    assert dates.told_end("本次培训班为期三天，今天圆满结业。", "2023-05-29") is None
    assert dates.told_end("本次培训班为期三天。", "2023-05-29") == "2023-05-31"


def test_the_days_told_further_on_in_the_sentence_end_it():
    text = "7日下午，考察团抵达昆明，开始对云南进行为期4天的考察。"
    span = dates.with_duration(text, dates.find_happening(text, 2011, "2011-07-08"))
    assert (span.start, span.end) == ("2011-07-07", "2011-07-10")


def test_a_half_day_more_is_a_day_more_of_the_calendar():
    text = "1月13日上午，市政协全会开幕，会期五天半。"
    span = dates.with_duration(text, dates.find_happening(text, 2011, "2011-01-20"))
    assert (span.start, span.end) == ("2011-01-13", "2011-01-18")
    assert dates.told_end("本次会议会期两天半。", "2011-01-13") == "2011-01-15"


def test_the_paper_named_tonight_names_no_day():
    span = dates.find_happening("今晚报讯（记者 王某）12日，市政协召开常委会议。", 2023, "2023-05-14")
    assert span.start == "2023-05-12"


def test_a_day_alone_is_of_the_month_told_before(pages):
    visit = event_on(pages["later"], "2023-08-15")
    assert visit.end == "2023-08-17"
    assert "王海燕" in visit.persons
    assert not [e for e in pages["later"].events if e.start == "2023-09-16"]


def test_a_day_alone_after_a_period_takes_its_month():
    told = dates.DateSpan("2023-05-25", "2023-06-08", False, 0, 10)
    text = "7日，副主席到省政协视察工作。"
    span = dates.day_of_told(text, dates.find_happening(text, 2023, "2023-07-20"), told)
    assert span.start == "2023-06-07"
    # 昨（15）日 counts from the report's day still
    text = "昨（15）日，省政协召开座谈会。"
    assert dates.day_of_told(text, dates.find_happening(text, 2023, "2023-07-16"), told).start == "2023-07-15"


def test_days_listed_before_one_day_word():
    # 6月11、12日: one happening of two days (not the 12th of the issue's month)
    assert dates.resolve_span("6月11、12日，市政协调研组赴某县调研", 2024, "2024-07-20") == \
        ("2024-06-11", "2024-06-12", False)
    assert dates.resolve_span("6月5、20日，县政协两次召开主席会议", 2024, "2024-07-20") == ("2024-06-05", None, False)


def test_a_day_after_a_clause_of_purpose_dates_the_sentence(tmp_path):
    page = "区政协组织委员集中视察\n发布时间：2024-12-20\n本报讯（记者 李明）为提升委员知情明政水平，更好地在全会期间" \
           "建言献策，昨天上午，区政协组织委员到盘龙区开展集中视察活动。区政协主席杨正华参加。\n"
    visit = event_on(write_and_process(tmp_path, "purpose.txt", page), "2024-12-19")
    assert "杨正华" in visit.persons and "李明" not in visit.persons


def test_a_day_on_a_line_of_its_own_dates_the_line_after(tmp_path):
    page = "市政协全会开幕\n发布时间：2021-01-12\n1月11日上午\n政协曲靖市第五届委员会第五次会议隆重开幕。" \
           "市政协主席杨正华出席，副主席罗永斌主持会议。\n"
    meeting = event_on(write_and_process(tmp_path, "bare.txt", page), "2021-01-11")
    assert meeting.persons.get("罗永斌") == "chair" and "杨正华" in meeting.persons


def test_the_days_a_later_sentence_gives_the_meeting_end_it():
    assert dates.told_end("会议为期3天。", "2023-06-05") == "2023-06-07"
    assert dates.told_end("大会会期两天，共有委员320名出席。", "2023-06-05") == "2023-06-06"
    assert dates.told_end("委员们表示，将为期三天的考察成果带回去。", "2023-06-05") is None


def test_a_day_alone_far_from_the_day_told_keeps_the_issue_month():
    # a digest out of order: 3日 after 12月5日 is no January day, it is of the issue's month
    told = dates.DateSpan("2024-12-05", None, False, 0, 6)
    text = "3日，市政协主席到某区调研。"
    assert dates.day_of_told(text, dates.find_happening(text, 2024, "2024-12-20"), told).start == "2024-12-03"


def test_a_day_a_speaker_recalls_is_no_happening(tmp_path):
    page = "市政协召开纪念座谈会\n发布时间：2024-09-22\n9月20日，市政协召开庆祝人民政协成立75周年座谈会，市政协主席杨正华主持。" \
           "\n杨正华指出，1949年9月21日，中国人民政治协商会议第一届全体会议在北平隆重召开。\n"
    doc = write_and_process(tmp_path, "recall.txt", page)
    assert [e.start for e in doc.events] == ["2024-09-20"]


def test_a_day_alone_after_an_app_dateline_takes_its_month():
    # the page went up weeks after the report: 7日 is the dateline's month, 30日 (after its 3rd) the month before
    text = "云南日报·云报客户端1月8日讯（记者 李明）7日，曲靖市政协召开常委会议。"
    issue = dates.report_day(dates.opening_dateline(text), "2026-02-10")
    assert dates.find_happening(text, 2026, issue).start == "2026-01-07"
    text = "云南日报·云报客户端1月3日讯（记者 李明）30日，曲靖市政协召开主席会议。"
    issue = dates.report_day(dates.opening_dateline(text), "2026-02-10")
    assert dates.find_happening(text, 2026, issue).start == "2025-12-30"


def test_the_first_day_of_a_period_of_weeks_is_no_happening():
    assert dates.find_happening("区政协领导走访委员企业工作自今年2月21日开始，将历时约一个月。", 2024, "2024-03-01") is None
    assert dates.find_happening("2月21日开始，调研组分三路走访委员企业。", 2024, "2024-03-01").start == "2024-02-21"


def test_a_plan_named_in_a_clause_of_purpose_plans_no_date():
    text = "根据省政协年度协商计划，11月11日，省政协召开专题协商会。"
    assert dates.find_happening(text, 2025, "2025-11-20").start == "2025-11-11"
    assert dates.find_happening("会议决定，11月26日至27日召开常委会议。", 2025, "2025-11-20") is None
    assert dates.find_happening("市政协计划于11月26日召开常委会议。", 2025, "2025-11-20") is None


def test_the_days_a_meeting_lasts_in_all():
    assert dates.told_end("本次会议会期共四天，主要议程有六项。", "2017-01-15") == "2017-01-18"


def test_numbers_that_name_no_year_are_no_page_date():
    assert dates.page_date("http://www.example.com/thread-9329-1-1.html\n县政协会议隆重开幕") is None
    assert dates.page_date("http://www.example.com/2024-05-30/1.html\n县政协会议隆重开幕") == "2024-05-30"


def test_today_right_after_the_subject_dates_the_sentence(tmp_path):
    page = "县政协全会开幕\n发布时间：2015-02-02\n本报讯 县政协十二届四次会议今天上午在县会议中心开幕，县政协主席杨正华出席。\n"
    meeting = event_on(write_and_process(tmp_path, "today.txt", page), "2015-02-02")
    assert "杨正华" in meeting.persons


def test_the_date_of_a_header_line_goes_before_the_date_of_the_address():
    # a page reposted under an address of a later day: its own header line tells when it was published
    head = "http://www.example.cn/html/dongtai/2013-10-29/25685.html\n县政协会议今日开幕\n发布时间:2012-02-12 00:00:00"
    assert dates.page_date(head) == "2012-02-12"
