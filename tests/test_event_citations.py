"""Dates only cited (传达学习了3月5日全国两会精神, 学习贯彻习近平总书记9月3日重要讲话精神) open no event: they date
another body's meeting or speech, which the item studies. The pages are invented (a county of 湖北, its people)."""
from __future__ import annotations

from kg import dates
from kg.event_citations import is_cited
from tests.test_events import write_and_process

# the meeting's own day, the cited day later in its sentence: one event, of the meeting's day
OWN_DAY = """\
县政协召开党组会议
发布时间：2024-03-12
3月11日，县政协党组书记、主席王明远主持召开党组会议，会议传达学习了3月5日全国两会精神。县政协副主席李春华参加会议。
"""

# no day of the meeting told: the sentences name cited days only, no event
CITED_ONLY = """\
区政协机关专题学习
发布时间：2025-09-10
区政协机关干部认真学习贯彻习近平总书记9月3日重要讲话精神，区政协主席赵文涛主持学习。
会议传达学习了9月5日市委常委会会议精神，区政协副主席孙丽参加。
"""

# the same words in another clause than the date: the date is the meeting's
MEETING_DAY = """\
县政协召开主席会议
发布时间：2024-03-12
3月11日，县政协召开主席会议，传达学习全国两会精神。县政协主席王明远主持会议。
"""


def test_cited_day_opens_no_event(tmp_path):
    doc = write_and_process(tmp_path, "cited.txt", CITED_ONLY)
    assert doc.events == []


def test_meeting_keeps_its_day_and_persons_past_a_cited_day(tmp_path):
    doc = write_and_process(tmp_path, "own.txt", OWN_DAY)
    assert [(e.start, e.kind) for e in doc.events] == [("2024-03-11", "meeting")]
    assert doc.events[0].persons == {"王明远": "chair", "李春华": "participant"}


def test_citing_words_in_another_clause_leave_the_date(tmp_path):
    doc = write_and_process(tmp_path, "meeting.txt", MEETING_DAY)
    assert [e.start for e in doc.events] == ["2024-03-11"]


def test_is_cited_needs_verb_and_object_in_the_date_clause():
    text = "学习贯彻习近平总书记9月3日重要讲话精神"
    span = dates.find_span(text, 2025, "2025-09-10")
    assert is_cited(text, span)
    text = "9月3日，区政协召开会议，学习贯彻重要讲话精神"
    assert not is_cited(text, dates.find_span(text, 2025, "2025-09-10"))
    text = "学习贯彻9月3日，区政协召开会议"   # no object in the clause
    assert not is_cited(text, dates.find_span(text, 2025, "2025-09-10"))
