"""Days a report names from its own date: 昨天, 今晚; 本周一, 上周五, 星期二 (weekdays of its week or the week
before); 上月28日, 本月3日 (days of its month or the month before). The words are kg/data/relative_days.tsv."""
from __future__ import annotations

import re
from datetime import date, timedelta

from kg.lexicon import rows

# a weekday that is no day: 每周一 (every Monday), 周一至周五 (office hours)
NOT_BEFORE = r"(?<![每逢隔])"
# …or the weekday of the date before it: 6月14日（星期五）, 6月14日 周五
NOT_AFTER_DATE = r"(?<![(（日号])(?<![日号]\s)"
NOT_A_SPAN = r"(?!\s*(?:至|到|-|—|~|－|和|、|及))"
# a bare 周 before a weekday's name may be a surname (周一鸣): only before a part of the day or a comma
BARE_WEEKDAY_AFTER = r"(?=[上下中]午|早上|晚上?|[，,（(\s])"


def _table() -> dict[str, dict[str, tuple[int, str]]]:
    table: dict[str, dict[str, tuple[int, str]]] = {}
    for row in rows("relative_days.tsv"):
        word, group = row[0], row[1]
        value = int(row[2]) if len(row) > 2 and row[2] else 0
        table.setdefault(group, {})[word] = (value, row[3] if len(row) > 3 else "")
    return table


TABLE = _table()


def _words(group: str) -> str:
    return "|".join(re.escape(w) for w in sorted(TABLE[group], key=len, reverse=True))


def _day_words() -> str:
    return "|".join(re.escape(w) + (f"(?![{not_after}])" if not_after else "")
                    for w, (_, not_after) in sorted(TABLE["day"].items(), key=lambda i: -len(i[0])))


WEEKDAY = rf"(?:(?P<week>{_words('week')})(?:{_words('weekday')})|(?:{_words('weekday')})(?=(?:{_words('name')}))" \
          rf"(?P<bare>))(?P<name>{_words('name')}){NOT_A_SPAN}"
RELATIVE_DAY = re.compile(rf"(?P<day>{_day_words()})"
                          rf"|{NOT_BEFORE}(?P<month>{_words('month')})\s*(?P<mday>[1-9]|[12]\d|3[01])\s*[日号]"
                          rf"|{NOT_BEFORE}{NOT_AFTER_DATE}{WEEKDAY}")


def relative_day(m: re.Match, reported: date) -> date | None:
    """The day a RELATIVE_DAY match names in a report of the day reported; None for one ahead of it (本周五 in a
    Wednesday's report) or a bare 周一 that may be a name.

    >>> friday = date(2024, 6, 14)
    >>> [relative_day(RELATIVE_DAY.search(s), friday).isoformat() for s in ("昨天上午", "本周一", "上周五", "上月28日")]
    ['2024-06-13', '2024-06-10', '2024-06-07', '2024-05-28']
    """
    if m.group("day"):
        return reported + timedelta(days=TABLE["day"][m.group("day")][0])
    if m.group("month"):
        return month_day(reported, TABLE["month"][m.group("month")][0], int(m.group("mday")))
    if m.group("bare") is not None and m.group().startswith("周") and not re.match(BARE_WEEKDAY_AFTER, m.string[m.end():]):
        return None
    return weekday(reported, TABLE["week"][m.group("week")][0] if m.group("week") else None, TABLE["name"][m.group("name")][0])


def weekday(reported: date, weeks: int | None, number: int) -> date | None:
    """The weekday number (Monday 1) of the report's week (weeks 0; None when unsaid: the latest on or before the
    report's day) or of the week before (-1); None for one ahead of the report.

    >>> weekday(date(2024, 6, 10), -1, 5), weekday(date(2024, 6, 10), None, 3), weekday(date(2024, 6, 10), 0, 3)
    (datetime.date(2024, 6, 7), datetime.date(2024, 6, 5), None)
    """
    if weeks is None:
        return reported - timedelta(days=(reported.isoweekday() - number) % 7)
    day = reported + timedelta(days=number - reported.isoweekday() + 7 * weeks)
    return day if day <= reported else None


def month_day(reported: date, months: int, day: int) -> date | None:
    """That day of the report's month (months 0) or of the month before (-1, December of the year before for a
    January report); None for no such day or one ahead of the report.

    >>> month_day(date(2024, 1, 10), -1, 28), month_day(date(2024, 6, 14), 0, 20)
    (datetime.date(2023, 12, 28), None)
    """
    month = reported.replace(day=1)
    for _ in range(-months):
        month = (month - timedelta(days=1)).replace(day=1)
    try:
        found = month.replace(day=day)
    except ValueError:
        return None
    return found if found <= reported else None
