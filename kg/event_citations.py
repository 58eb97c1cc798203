"""Dates that are only cited: 会议传达学习了3月5日全国两会精神, 学习贯彻习近平总书记9月3日重要讲话精神.

Such a date is the day of another body's meeting or speech, which the item studies; it opens no event. A date
is cited when, in its clause, a citing verb (传达, 学习, 贯彻…) stands before it and a cited object (精神, 讲话,
批示…) after it (citing_words.txt). Both are needed: 3月11日，县政协召开会议，传达学习…精神 has its verb and object in
another clause than its date, which dates the meeting.
"""
from __future__ import annotations

from functools import lru_cache

from kg.dates import DateSpan
from kg.document import CLAUSE_BOUNDARY
from kg.lexicon import alternation, rows

VERB_BEFORE = 16   # characters from the citing verb to the date: 学习贯彻习近平总书记9月3日, 传达学习省政协主席某某在


@lru_cache(maxsize=1)
def citing_words() -> dict:
    """The verbs and objects of citing_words.txt as two patterns, compiled once."""
    table = rows("citing_words.txt")
    return {part: alternation(w for w, p in table if p == part) for part in ("verb", "object")}


def is_cited(text: str, span: DateSpan) -> bool:
    """Whether the date of span is only cited in text: a citing verb shortly before it and a cited object after it,
    in its clause.

    >>> is_cited("会议传达学习了3月5日全国两会精神。", DateSpan("2024-03-05", None, False, 7, 4))
    True
    >>> is_cited("3月11日，县政协召开会议，传达学习全国两会精神。", DateSpan("2024-03-11", None, False, 0, 5))
    False
    """
    end = span.offset + span.length
    window = max(0, span.offset - VERB_BEFORE)   # from the verb's farthest place or the clause's start
    first = max((m.end() for m in CLAUSE_BOUNDARY.finditer(text, window, span.offset)), default=window)
    after = CLAUSE_BOUNDARY.search(text, end)
    words = citing_words()
    verb = words["verb"].search(text, first, span.offset)
    return verb is not None and words["object"].search(text, end, after.start() if after else len(text)) is not None
