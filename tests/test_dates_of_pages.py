"""The year of a page that prints no date of its own, and dates its head writes in unusual forms.

The pages are invented: a January meeting reviewing last year's work, a bulletin numbered 2023年第5期 whose
text names 2022 more, an equal count of two years on a December page and on a mid-year one, a page naming a
year of birth only, a visit across the new year, a header date written with spaces, and a header line under a
headline that ends with a question mark, a December page planning next year's work, a masthead of a month in
Chinese numerals, and a header line opened by a table's bar.
"""
from __future__ import annotations

import pytest

from kg import dates
from kg.pipeline import process

JANUARY_REVIEW = """\
县政协召开十一届六次常委会议

1月8日，县政协召开十一届六次常委会议，县政协主席顾青原主持。会议听取了2022年县政协工作情况的通报和2022年提案办理情况的通报。顾青原强调，2023年要围绕中心工作履职尽责。
"""

NUMBERED_ISSUE = """\
政协工作动态
2023年第5期
县政协办公室

县政协开展乡村产业专题调研
3月15日，县政协副主席温立行带队开展乡村产业专题调研。2022年以来，全县乡村产业稳步发展，2022年特色种植面积扩大。
"""

DECEMBER_TIE = """\
县政协召开主席会议

12月20日，县政协召开主席会议，县政协主席顾青原主持。会议研究了2022年协商计划，听取了各委室2021年工作情况的汇报。
"""

MIDYEAR_TIE = """\
县政协开展调研

6月12日，县政协副主席温立行带队开展调研，听取2022年以来项目进展和2023年计划的汇报。
"""

BIRTH_YEAR_ONLY = """\
县政协新任秘书长简介

5月6日，县政协召开主席会议，县政协主席顾青原主持。会议通过了任命，新任秘书长柯望舒，1968年3月生。
"""

ACROSS_NEW_YEAR = """\
县政协开展走访委员活动

12月28日至1月4日，县政协副主席温立行带队走访委员。2024年县政协将持续开展走访委员活动。
"""

SPACED_HEADER = """\
2023 05 / 18 09:30:00
来源:县融媒体中心

5月17日，县政协召开主席会议，县政协主席顾青原主持。
"""

QUESTION_HEADLINE = """\
专访｜乡村振兴，委员们在关心什么？
2022-07-09 某某新闻网
7月6日，县政协副主席温立行带队开展调研。
"""

DECEMBER_PLANS = """\
县政协召开2024年度工作务虚会

12月15日，县政协召开2024年度工作务虚会，县政协主席顾青原主持。各专委会总结2023年工作，提出2024年工作思路，会议要求谋划好2024年工作。
"""

DECEMBER_NEXT_ONLY = """\
县政协开展委员走访活动

12月6日，县政协副主席温立行带队走访委员，征求委员对2024年政协工作的意见和建议。
"""

MONTH_MASTHEAD = """\
政协工作简报
二〇二三年五月
县政协办公室编

县政协开展乡村产业调研
4月20日，县政协副主席温立行带队调研。2022年以来全县产业稳步发展，2022年种植面积扩大。
"""

BARRED_HEADER = """\
| 2023-01-04 08:10:03编辑: 秦书语 审核人:方听澜 |
县政协十一届二次会议1月4日开幕，县政协主席顾青原主持。
"""

PAGES = {"january": JANUARY_REVIEW, "issue": NUMBERED_ISSUE, "december": DECEMBER_TIE, "midyear": MIDYEAR_TIE,
         "birth": BIRTH_YEAR_ONLY, "new_year": ACROSS_NEW_YEAR, "spaced": SPACED_HEADER, "question": QUESTION_HEADLINE,
         "december_plans": DECEMBER_PLANS, "december_next": DECEMBER_NEXT_ONLY, "month_masthead": MONTH_MASTHEAD, "barred": BARRED_HEADER}


def processed(folder, name: str, text: str):
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return process(path)


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dated_pages")
    return {name: processed(folder, name, text) for name, text in PAGES.items()}


def starts(doc) -> list[tuple[str | None, str | None]]:
    return [(e.start, e.end) for e in doc.events]


def test_january_page_reviewing_last_year_is_of_this_year(pages):
    doc = pages["january"]
    assert doc.context.date is None and doc.context.year == 2023   # 2022 named more, as the year reviewed
    assert starts(doc) == [("2023-01-08", None)]


def test_numbered_issue_names_the_year(pages):
    doc = pages["issue"]
    assert doc.context.year == 2023
    assert starts(doc) == [("2023-03-15", None)]


def test_tie_of_years_on_a_december_page_is_the_earlier(pages):
    assert starts(pages["december"]) == [("2021-12-20", None)]   # the plans name the next year


def test_tie_of_years_on_a_midyear_page_is_the_later(pages):
    assert starts(pages["midyear"]) == [("2023-06-12", None)]   # the earlier is the one looked back on


def test_year_of_birth_dates_no_page(pages):
    doc = pages["birth"]
    assert doc.context.year is None and doc.events == []   # no year to resolve 5月6日 with


def test_visit_across_the_new_year_ends_in_the_page_year(pages):
    assert starts(pages["new_year"]) == [("2023-12-28", "2024-01-04")]


def test_header_date_written_with_spaces(pages):
    doc = pages["spaced"]
    assert doc.context.date == "2023-05-18"
    assert starts(doc) == [("2023-05-17", None)]


def test_header_line_under_a_question_headline(pages):
    assert pages["question"].context.date == "2022-07-09"


def test_text_year_prefers_numbered_issue_and_later_year_in_january():
    assert dates.text_year("2月3日，会议总结2021年工作，2021年成效明显，部署2022年工作。") == 2022
    assert dates.text_year("县政协召开2023年第二次主席会议。会议回顾2022年、2022年工作。") == 2023
    assert dates.text_year("8月3日，2021年、2021年、2022年") == 2021   # in August: the most named


def test_a_january_page_looking_back_on_the_year_before_only_is_of_the_next():
    # 回望过去的2022年 on a page of 1月2日 naming no other year: the page is of 2023
    assert dates.text_year("今天（1月2日）下午，委员们报到。回望过去的2022年，工作成效明显。") == 2023
    assert dates.text_year("8月2日，委员们报到。回望2022年，工作成效明显。") == 2022   # mid-year: as named


def test_december_page_planning_next_year_is_of_this_year(pages):
    assert starts(pages["december_plans"]) == [("2023-12-15", None)]   # 2024 named more, as the year planned


def test_december_page_naming_only_next_years_plans(pages):
    assert starts(pages["december_next"]) == [("2023-12-06", None)]


def test_masthead_month_names_the_year(pages):
    doc = pages["month_masthead"]
    assert doc.context.year == 2023 and starts(doc) == [("2023-04-20", None)]


def test_header_line_opened_by_a_bar(pages):
    assert pages["barred"].context.date == "2023-01-04"


def test_only_the_planned_year_moves_back_in_december():
    assert dates.text_year("12月24日，听取2021年工作情况和2022年工作打算的汇报。") == 2021
    assert dates.text_year("12月2日，会议谋划2024年工作，2024年要抓好协商。") == 2023


def test_work_retreat_meeting_reported_days_ago(tmp_path):
    doc = processed(tmp_path, "retreat", "县政协召开工作务虚会\n发布时间：2023-01-10\n\n"
                    "日前，县政协召开工作务虚会，总结2022年度工作。县政协主席顾青原主持会议并讲话。\n")
    assert [(e.kind, e.start) for e in doc.events] == [("meeting", "2023-01-10")]   # 务虚会 names a meeting


def test_page_signed_with_its_date(tmp_path):
    doc = processed(tmp_path, "signed", "县政协开展视察\n\n日前，县政协副主席温立行带队视察重点项目。\n\n"
                    "县政协办公室\n2023年6月2日\n")
    assert doc.context.date == "2023-06-02"
    assert [(e.start, e.end) for e in doc.events] == [("2023-06-02", None)]   # 日前: about the page's day


def test_a_year_of_founding_told_since_is_no_year_of_the_page():
    assert dates.text_year("10月29日，副主席赴某县调研。该委员工作室自2023年成立以来，带动群众增收。") is None
    assert dates.text_year("2024年10月29日，该委员工作室自2023年成立以来成效明显。") == 2024
