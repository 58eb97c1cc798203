"""Events dated by days a report names from its own date (kg/relative_days.py): weekdays of its week or the week
before (本周一, 上周五, 星期二, 礼拜三), days of its month or the month before (上月28日, 本月3日), and the page's
date on a line of its buttons at its foot (【打印】【关闭】 2024-06-12). The pages are invented; 2024-06-14 was a
Friday."""
from __future__ import annotations

from datetime import date

import pytest

from kg.relative_days import RELATIVE_DAY, relative_day
from kg.stages.read import Rewriting, keep_controls_date
from tests.test_events import write_and_process

WEEK = """\
青禾县政协开展乡村振兴调研

发布时间：2024-06-14 09:30  来源：青禾县政协

本周一，县政协主席林望舒带领调研组到城关镇调研乡村振兴工作。
上周五下午，县政协召开党组会议，县政协主席林望舒主持会议。
星期二上午，县政协召开主席会议，林望舒主持会议。
上个礼拜三，县政协副主席白晓川带队视察城区老旧小区改造。
"""

MONTH = """\
青禾县政协开展视察

发布时间：2024-06-14 09:30  来源：青禾县政协

上月28日，县政协副主席白晓川带队视察县城老旧小区改造情况。
本月3日至5日，县政协组织委员到禾源镇开展调研。
"""

JANUARY = """\
青禾县政协召开主席会议

发布时间：2024-01-10 09:30  来源：青禾县政协

上月28日，县政协召开主席会议，县政协主席林望舒主持会议。
"""

# 每周一 is every Monday, 周一至周五 office hours, 周一鸣 a person; 本周五 in a Wednesday's report is ahead
NO_DAY = """\
青禾县政协委员工作室开放

发布时间：2024-06-12 09:30  来源：青禾县政协

每周一，县政协委员工作室接待群众来访，周一至周五开放。
周一鸣委员参加调研。
本周五，县政协将召开常委会议。
"""

FOOT = """\
青禾县政协开展调研

6月12日，县政协主席林望舒带领调研组到禾源镇调研茶产业发展。

{line}
"""


def events(tmp_path, text: str) -> list[tuple[str, str, str | None]]:
    doc = write_and_process(tmp_path, "page.txt", text)
    return [(e.kind, e.start, e.end) for e in doc.events]


def test_weekdays_of_the_reports_week_and_the_week_before(tmp_path):
    assert events(tmp_path, WEEK) == [("investigation", "2024-06-10", None), ("meeting", "2024-06-07", None),
                                      ("meeting", "2024-06-11", None), ("investigation", "2024-06-05", None)]


def test_days_of_the_reports_month_and_the_month_before(tmp_path):
    assert events(tmp_path, MONTH) == [("investigation", "2024-05-28", None),
                                       ("investigation", "2024-06-03", "2024-06-05")]


def test_the_month_before_january_is_last_years_december(tmp_path):
    assert [e[1] for e in events(tmp_path, JANUARY)] == ["2023-12-28"]


def test_every_monday_office_hours_a_name_and_a_day_ahead_date_nothing(tmp_path):
    assert events(tmp_path, NO_DAY) == []


@pytest.mark.parametrize("text, day", [("周三下午", "2024-06-12"), ("周五，", "2024-06-14"), ("星期日", "2024-06-09"),
                                       ("上星期一", "2024-06-03"), ("这周四", "2024-06-13"), ("本月14日", "2024-06-14")])
def test_relative_days_of_a_friday(text, day):
    assert relative_day(RELATIVE_DAY.search(text), date(2024, 6, 14)).isoformat() == day


@pytest.mark.parametrize("line", ["【打印】【关闭】 2024-06-12", "[打印本页] [关闭窗口] 2024-06-12"])
def test_a_foot_line_of_buttons_gives_the_pages_date(tmp_path, line):
    doc = write_and_process(tmp_path, "page.txt", FOOT.format(line=line))
    assert doc.context.date == "2024-06-12"
    assert [e.start for e in doc.events] == ["2024-06-12"]


def test_the_buttons_go_and_the_date_keeps_its_offsets():
    r = Rewriting("正文。\n【打印】【关闭】 2024-06-12 10:30\n")
    keep_controls_date(r)
    assert r.text == "正文。\n2024-06-12 10:30\n"
    assert r.origin[r.text.index("2024")] == "正文。\n【打印】【关闭】 2024".index("2024")


# 当月 after a day told is of that day's month; alone, of the report's
TOLD_MONTH = """\
青禾县政协开展调研

发布时间：2024-06-28 09:30  来源：青禾县政协

3月5日，县政协副主席白晓川带队到禾源镇调研茶产业发展。当月20日，调研组召开座谈会，白晓川主持会议。
"""

REPORTS_MONTH = """\
青禾县政协召开座谈会

发布时间：2024-06-28 09:30  来源：青禾县政协

当月20日，县政协召开座谈会，县政协主席林望舒主持会议。
"""


def test_a_day_of_the_month_told_before(tmp_path):
    assert "2024-03-20" in [e[1] for e in events(tmp_path, TOLD_MONTH)]
    assert "2024-06-20" not in [e[1] for e in events(tmp_path, TOLD_MONTH)]


def test_a_day_of_the_reports_month(tmp_path):
    assert [e[1] for e in events(tmp_path, REPORTS_MONTH)] == ["2024-06-20"]


@pytest.mark.parametrize("text", ["截至6月14日（星期五），", "6月14日 周五", "每周三下午", "周一至周五", "周一鸣"])
def test_no_day_of_its_own(text):
    m = RELATIVE_DAY.search(text)
    assert m is None or relative_day(m, date(2024, 6, 14)) is None
