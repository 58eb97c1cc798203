"""Dates as bulletins write them: 2021年6月15日, 6月15日, 5月31日至6月4日, 6月11—12日, 近日."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

NUM = r"(\d{1,4}|[〇零一二三四五六七八九十]{1,4})"
FULL_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
MONTH_DAY = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日")
RANGE = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日?\s*(?:至|到|-|—|–|~|－)\s*(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日")
APPROXIMATE = re.compile(r"近日|日前|近期|前不久")
YEAR = re.compile(r"(?<!\d)(19\d{2}|20\d{2})\s*年")
# A date that bounds a period (截至6月30日, 7月31日前, 自7月1日起) tells of no happening on that day.
BOUND_BEFORE = re.compile(r"(?:截至|截止|截止到|截止至|直至)\s*$")
BOUND_AFTER = re.compile(r"\s*(?:前(?!往|去|来)|以前|之前|起(?!草)|以来|为止|止|之后|以后)")
FUTURE_SLACK = 7   # days: a bulletin reports what happened, so a date well after its issue is of the year before


def iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def infer_year(month: int, year: int | None, issue: str | None, day: int = 1) -> int | None:
    """A date without a year belongs to the bulletin's year, unless that puts it after the issue (by more than a
    few days): a December date in a January bulletin, 3月28日 in the annual review of a January issue, are of
    the year before."""
    if year is None:
        return None
    if issue:
        issue_month = int(issue[5:7])
        if month - issue_month > 6:
            return year - 1
        try:
            if int(issue[:4]) == year and \
                    date(year, month, day) > date.fromisoformat(issue) + timedelta(days=FUTURE_SLACK):
                return year - 1
        except ValueError:
            pass
    return year


@dataclass(frozen=True)
class DateSpan:
    """A resolved date expression: ISO start (and end), whether it is only approximate (近日), where it stands."""
    start: str | None
    end: str | None
    approximate: bool
    offset: int     # of the expression in the text searched
    length: int


def is_bound(text: str, span: DateSpan) -> bool:
    """Whether the date of span bounds a period (截至6月30日, 7月31日前, 自7月1日起) rather than dates a happening."""
    return not span.approximate and bool(BOUND_BEFORE.search(text, 0, span.offset)
                                         or BOUND_AFTER.match(text, span.offset + span.length))


def find_happening(text: str, year: int | None, issue: str | None) -> DateSpan | None:
    """The first date expression in text that dates a happening: bounds of a period are passed over."""
    at = 0
    while True:
        span = find_span(text, year, issue, at)
        if span is None or not is_bound(text, span):
            return span
        at = span.offset + span.length


def find_span(text: str, year: int | None, issue: str | None, pos: int = 0) -> DateSpan | None:
    """The first date expression in text (from pos), resolved; None when there is none or its year is unknown."""
    m = RANGE.search(text, pos)
    single = MONTH_DAY.search(text, pos)
    if m and (not single or m.start() <= single.start()):
        y1 = int(m.group(1)) if m.group(1) else infer_year(int(m.group(2)), year, issue, int(m.group(3)))
        if y1 is None:
            return None
        start = iso(y1, int(m.group(2)), int(m.group(3)))
        m2 = int(m.group(5)) if m.group(5) else int(m.group(2))
        y2 = int(m.group(4)) if m.group(4) else (y1 + 1 if m2 < int(m.group(2)) else y1)
        end = iso(y2, m2, int(m.group(6)))
        return DateSpan(start, end, False, m.start(), m.end() - m.start())
    if single:
        y = int(single.group(1)) if single.group(1) else infer_year(int(single.group(2)), year, issue, int(single.group(3)))
        if y is None:
            return None
        start = iso(y, int(single.group(2)), int(single.group(3)))
        return DateSpan(start, None, False, single.start(), single.end() - single.start())
    approx = APPROXIMATE.search(text, pos)
    if approx and issue:
        return DateSpan(issue, None, True, approx.start(), approx.end() - approx.start())
    return None


def resolve_span(text: str, year: int | None, issue: str | None) -> tuple[str | None, str | None, bool] | None:
    """(start, end, approximate) for the first date expression in text; None when there is none."""
    span = find_span(text, year, issue)
    return (span.start, span.end, span.approximate) if span else None
