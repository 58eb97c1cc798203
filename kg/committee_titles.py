"""Bare titles of a CPPCC committee (副主席A、B, 秘书长C) and the committee they take from outside their phrase:
the one the sentence before ended on, or the one their own sentence named. Read by the posts stage
(kg/stages/posts.py).
"""
from __future__ import annotations

import re

from kg.document import Document, Organization
from kg.title_phrases import split_title, title_chunks

BARE_COMMITTEE = re.compile(r"[省市县区州旗]政协")
CONVENES = re.compile(r"主持召开了?")
CLAUSE_STARTS = "，,。；;：: \n"   # what may stand between a sentence's start and its first title
COMMITTEE_TITLES = {"主席", "副主席", "常务副主席", "专职副主席", "秘书长", "副秘书长", "党组成员", "党组副书记"}   # phrase_posts' anchor when the phrase ended on an organization it could not read


def bare_title(phrase: str) -> bool:
    """The phrase opens on a title with no organization of its own (秘书长, 副主席A、B).

    >>> bare_title("副主席"), bare_title("市政协副主席")
    (True, False)
    """
    parsed = split_title(title_chunks(phrase)[0])
    return parsed is not None and not parsed[0]


def carried_committee(doc: Document, previous_by_sentence: dict, sentence: int, start: int,
                      phrase: str) -> Organization | None:
    """市政协主席X主持会议。副主席A、B，秘书长C出席: a sentence opening on a bare title of a CPPCC committee takes the
    committee the sentence before it, in its article, ended on."""
    committee = previous_by_sentence.get((sentence - 1, False))
    sentences = doc.sentences
    if committee is None or committee.kind != "CPPCC" or sentence == 0 \
            or sentences[sentence - 1].article != sentences[sentence].article \
            or doc.text[sentences[sentence].start:start].strip(CLAUSE_STARTS):
        return None
    parsed = split_title(title_chunks(phrase)[0])
    return committee if bare_title(phrase) and parsed[1] in COMMITTEE_TITLES else None


def held_before(doc: Document, phrase: str, names: list) -> Organization | None:
    """The organization where the names already hold the bare title of the phrase on the page (市政协秘书长李光忠会见了
    某市政协秘书长某某…。李光忠秘书长对某市政协调研组表示欢迎: 李光忠 is still his city's 秘书长), when one."""
    chunks = title_chunks(phrase)
    parsed = split_title(chunks[0]) if len(chunks) == 1 else None
    if parsed is None or parsed[0] or not names:
        return None
    held = [{p.org for p in doc.posts if p.person == m.name and p.role == parsed[1]} for m in names]
    orgs = set.union(*held)
    return doc.organizations.get(orgs.pop()) if len(orgs) == 1 and all(held) else None


def bare_title_committee(doc: Document, previous_by_sentence: dict, sentence: int, start: int,
                         phrase: str, names: list) -> Organization | None:
    """The CPPCC committee a bare title takes from outside its phrase: the sentence before it ended on it, or (no
    phrase before it in its sentence) its sentence named it last."""
    held = held_before(doc, phrase, names)
    if held is not None:
        return held
    carried = carried_committee(doc, previous_by_sentence, sentence, start, phrase)
    if carried is not None or (sentence, False) in previous_by_sentence or (sentence, True) in previous_by_sentence \
            or any(m.end <= start for m in names):
        return carried   # (汪洋主席、王某主席: a title after the name is no committee's of the sentence)
    return sentence_committee(doc, sentence, start, phrase) or convened_committee(doc, names, phrase)


def convened_committee(doc: Document, names: list, phrase: str) -> Organization | None:
    """吴某主席主持召开了县政协常委会议: a bare committee title after a name, whose holder convenes a meeting of a
    CPPCC committee named right after, is that committee's."""
    if not names or not bare_title(phrase) or split_title(title_chunks(phrase)[0])[1] not in COMMITTEE_TITLES:
        return None
    convenes = CONVENES.match(doc.text, names[0].title_end)
    org = next((doc.organizations[m.org] for m in doc.org_mentions if convenes and m.start == convenes.end()
                and m.org in doc.organizations), None)
    return org if org is not None and org.kind == "CPPCC" else None


def sentence_committee(doc: Document, sentence: int, start: int, phrase: str) -> Organization | None:
    """区政协领导A、B及秘书长C: a bare title of a CPPCC committee with no phrase before it in its sentence takes the
    committee the sentence named last before it, when that is the last organization named there."""
    if not bare_title(phrase) or split_title(title_chunks(phrase)[0])[1] not in COMMITTEE_TITLES:
        return None
    s = doc.sentences[sentence]
    before = [m for m in doc.org_mentions if s.start <= m.start < start and m.org in doc.organizations]
    last = doc.organizations[max(before, key=lambda m: m.start).org] if before else unplaced_before(doc, s.start, start)
    return last if last is not None and last.kind == "CPPCC" else None


def unplaced_before(doc: Document, start: int, end: int) -> Organization | None:
    """The committee a bare level (区政协) names between start and end where the organizations stage read none
    there (a page naming no place): the page's own, kept as written (区政协领导A、B及秘书长C)."""
    found = list(BARE_COMMITTEE.finditer(doc.text, start, end))
    if not found or any(m.start <= found[-1].start() < m.end for m in doc.org_mentions):
        return None   # read as an organization of a place: not a page naming none
    surface = found[-1].group()
    return doc.organizations.get(surface) or Organization(surface, "CPPCC", {surface})
