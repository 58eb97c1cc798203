"""The kind of a happening from the words of the clause that reports it (event_kinds.tsv, in order of precedence),
the part of the event reader (kg/stages/events.py) that tells a meeting from a visit, a study or a consultation.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import alternation, rows

# 主席会议成员, 调研组, 视察团: a group; 商量工作室, 常委会议厅, 人民大会堂, 会议中心: a room or hall; …会议精神,
# 在…会议上的讲话: a meeting cited; 协商民主: an idea; not the event
# 调研课题, 视察报告, 考察成果: what a visit yields, named in a meeting on it (…调研课题成果会商会), not the visit
NOT_KIND_AFTER = re.compile(r"成员|组(?!织)|团|(?:工作)?室|(?<=[会议])(?:厅|堂|中心)|员|议?精神|上的(?:重要)?讲话|民主|(?<=调研|视察|考察)(?:课题|报告|成果)")
ATTENDED = re.compile(r"(?:出席|参加|列席)[^，,。；;]{0,24}$")   # …出席…会议的委员: the meeting names who they are
# 调研…，并（主持）召开座谈会: the visit, then the talk added to it
ADDED_MEETING = re.compile(r"(调研|视察|考察|走访)[^。；;]{0,40}?并(?:主持)?(?:召开|举行|进行)[^。；;，,]{0,12}$")
CALLED_MEETING = re.compile(r"召开[^，,。；;]{0,16}?(?:会议|例会)[，,]")   # 召开党组（扩大）会议，专题学习…


@lru_cache(maxsize=1)
def cues() -> dict:
    """The lexicon's words for events, compiled once: kind words in order of precedence (the parts persons play
    are kg/event_persons.py's, the visit words kg/event_visits.py's)."""
    kinds = rows("event_kinds.tsv")
    return {
        "kinds": [(w, k) for w, k in kinds],
        "kind_pattern": alternation(w for w, _ in kinds),
    }


def is_attended(clause: str, at: int, word: str, kind: str) -> bool:
    """Whether the meeting word at `at` only says who the subject is (出席市政协十四届二次会议的委员开展会前考察: those
    who attend it, on a visit of their own).

    >>> is_attended("组织出席市政协二次会议的委员开展考察", 9, "会议", "meeting")
    True
    """
    return kind == "meeting" and clause.startswith("的", at + len(word)) and ATTENDED.search(clause, 0, at) is not None


def event_kind(clause: str) -> tuple[str, int] | None:
    """(kind, offset of its word) by the precedence of event_kinds.tsv; None when no word names one."""
    for word, kind in cues()["kinds"]:
        at = clause.find(word)
        while at >= 0 and (NOT_KIND_AFTER.match(clause, at + len(word)) or is_attended(clause, at, word, kind)):
            at = clause.find(word, at + 1)   # 主席会议成员, 调研组: a group, not the event
        if at >= 0:
            return kind, at
    return None


QUOTED = re.compile(r"“[^“”]{1,40}”|《[^《》]{1,60}》")   # a quote, a document's title (《…政治协商工作条例》)


def unquoted_kind(clause: str) -> tuple[str, int] | None:
    """event_kind of the clause's words outside quotes and documents' titles, else of the whole clause: a quote
    names another event or a brand (围绕“粤商·省长面对面协商座谈会”主题开展专题调研: an investigation; 学习《…政治协商
    工作条例》: a study), unless nothing else names one (“委员讲堂”开讲) or only a word of kind other (参加“渝事好商量”
    活动: a consultation).

    >>> unquoted_kind("围绕“省长面对面协商座谈会”主题开展调研"), unquoted_kind("参加“渝事好商量”活动")
    (('investigation', 18), ('consultation', 6))
    """
    outside = event_kind(QUOTED.sub(lambda q: "\u3000" * len(q.group()), clause))
    return outside if outside and outside[0] != "other" else event_kind(clause)


def first_joined(clause: str, found: tuple[str, int] | None) -> tuple[str, int] | None:
    """The kind of the first of two happenings joined by 暨 (专项视察调研暨读书活动: a visit with a reading added to it),
    when the word found (found: event_kind of the clause) names the second and a study (a reading, a lecture added
    to the day); else found (常委会会议暨民主协商会: a consultation, which the meeting holds).

    >>> first_joined("开展专项视察暨读书活动", event_kind("开展专项视察暨读书活动"))
    ('investigation', 4)
    """
    joined = clause.rfind("暨", 0, found[1]) if found and found[0] == "study" else -1
    first = event_kind(clause[:joined]) if joined > 0 else None
    return first or found


def main_kind(clause: str) -> tuple[str, int] | None:
    """event_kind, but a visit told first keeps its kind when a meeting is only added to it (到某县调研，并主持召开座谈会:
    an investigation with a talk, not a meeting), and a meeting called keeps its kind when it studies (召开党组会议，
    专题学习…).

    >>> main_kind("到某县调研，并主持召开座谈会")
    ('investigation', 3)
    """
    found = first_joined(clause, unquoted_kind(clause))
    if found and found[0] == "study" and CALLED_MEETING.search(clause, 0, found[1]):
        return "meeting", CALLED_MEETING.search(clause, 0, found[1]).start()   # 召开党组会议，专题学习…: a meeting
    if found and found[0] == "meeting":
        visit = ADDED_MEETING.search(clause, 0, found[1])
        if visit and event_kind(visit.group(1)):
            return event_kind(visit.group(1))[0], visit.start(1)
    return found
