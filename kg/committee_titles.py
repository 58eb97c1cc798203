"""Bare titles of a CPPCC committee (副主席A、B, 秘书长C) and the committee they take from outside their phrase:
the one the sentence before ended on, or the one their own sentence named. Read by the posts stage
(kg/stages/posts.py).
"""
from __future__ import annotations

import re

from kg.document import Document, Organization
from kg.lexicon import lexicon
from kg.title_phrases import split_title, title_chunks

BARE_COMMITTEE = re.compile(r"(?:自治区|[省市县州旗]|(?<!自治)区)政协")   # 区政协, not the 区政协 of 自治区政协
CONVENES = re.compile(r"主持召开了?")
CLAUSE_STARTS = "，,。；;：: \n"   # what may stand between a sentence's start and its first title
# a word of time or place that may open such a sentence before its comma (同日，副主席A、B分别…; 会上，秘书长C通报…)
SENTENCE_LEAD = re.compile(r"(?:同日|当日|当天|随后|会上|会后|会前|其间|期间|同时|此外)?")   # (its comma stripped)
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
    # 县政协召开常委会议。副主席A主持: no title phrase before; 县政协召开会议，县委常委B出席。副主席A主持: the phrase
    # before it ended on a body no chair heads
    unchaired = committee is None or committee.kind not in CHAIRED_KINDS
    if unchaired and (sentence - 1, True) not in previous_by_sentence and sentence > 0:
        committee = last_committee(doc, sentence - 1)
    if committee is None or committee.kind != "CPPCC" or sentence == 0 \
            or sentences[sentence - 1].article != sentences[sentence].article \
            or not SENTENCE_LEAD.fullmatch(doc.text[sentences[sentence].start:start].strip(CLAUSE_STARTS)):
        return None
    parsed = split_title(title_chunks(phrase)[0])
    return committee if bare_title(phrase) and parsed[1] in COMMITTEE_TITLES else None


CHAIRED_KINDS = ("CPPCC", "MASS_ORG", "DEMOCRATIC_PARTY")   # the bodies whose heads are 主席 and 副主席


def last_committee(doc: Document, sentence: int) -> Organization | None:
    """The CPPCC committee the sentence named last, itself or by a body of it (区政协主席会议), when no other body a
    chair heads (县工商联) was named after it; a government's or the Party's named after it (听取县发改委…) is none
    of a chair's. None otherwise."""
    s = doc.sentences[sentence]
    named = sorted((m for m in doc.org_mentions if s.start <= m.start < s.end and m.org in doc.organizations),
                   key=lambda m: -m.start)
    for m in named:
        org = doc.organizations[m.org]
        while org.parent_org is not None:
            org = org.parent_org
        if org.kind in CHAIRED_KINDS:
            return org if org.kind == "CPPCC" else None
    return None


def bare_title_committee(doc: Document, previous_by_sentence: dict, sentence: int, start: int,
                         phrase: str, names: list, after_name: bool = False) -> Organization | None:
    """The CPPCC committee a bare title takes from outside its phrase: the sentence before it ended on it, or (no
    phrase before it in its sentence) its sentence named it last. A title written after the name (after_name: 会议由
    黄某副主席主持) is last the committee the article named (one its holder was named with before: held_post)."""
    carried = carried_committee(doc, previous_by_sentence, sentence, start, phrase)
    if carried is not None or (sentence, False) in previous_by_sentence or (sentence, True) in previous_by_sentence \
            or not after_name and any(m.end <= start for m in names):
        return carried   # (汪洋主席、王某主席: a title after the name is no committee's of the sentence)
    return sentence_committee(doc, sentence, start, phrase) or convened_committee(doc, names, phrase) \
        or (article_committee(doc, sentence, start, phrase) if after_name else None)


def committee_role(phrase: str) -> str:
    """The title of a bare phrase when it is one of a CPPCC committee's (副主席), else ""."""
    if not bare_title(phrase):
        return ""
    role = split_title(title_chunks(phrase)[0])[1]
    return role if role in COMMITTEE_TITLES else ""


RANKS = re.compile(r"^(?:专职|常务|驻会|兼职)")   # 专职副主委 is the post 副主委 after the name repeats


def held_post(doc: Document, names: list, phrase: str) -> tuple[str, Organization] | None:
    """The post a bare title written after the name repeats: the one its holder was named with before, of that
    title or that title with a rank before it (市政协主席周某…周某主席强调; 专职副主委李某…李某副主委参观; a party
    committee's too: 宝山区委副主委全某…全某副主委介绍, not the party committee named since)."""
    role = committee_role(phrase) or party_role(phrase)
    held = [p for p in doc.posts if role and names and p.person == names[0].name
            and RANKS.sub("", p.role) == role and p.org in doc.organizations]
    return (held[-1].role, doc.organizations[held[-1].org]) if held else None


def party_role(phrase: str) -> str:
    """The title of a bare phrase when it is one of a democratic party's committee's (副主委), else ""."""
    role = split_title(title_chunks(phrase)[0])[1] if bare_title(phrase) else ""
    return role if role in lexicon().party_committee_titles else ""


SPOKEN_FOR = "代表"   # 代表某市政协发言: the committee a member speaks for at a session, not the one holding it


def session_committee(doc: Document, before: int, article: int) -> Organization | None:
    """The CPPCC committee named last before offset before in the article, one a member spoke for left out; when
    the article names only such (a speaker's section under its own heading: 王某委员发言), the one the page named
    last before it (云南省政协举行全体会议。王某委员代表曲靖市政协发言: 云南省政协; tests/test_posts_speakers.py)."""
    named = sorted((m for m in doc.org_mentions if m.org in doc.organizations
                    and doc.organizations[m.org].kind == "CPPCC"), key=lambda m: -m.start)
    spoken_for = {m.start for m in named if doc.text.endswith(SPOKEN_FOR, 0, m.start)}
    own = [m for m in named if m.start < before and m.start not in spoken_for]
    in_article = [m for m in own if doc.sentences[m.sentence].article == article]
    if in_article or not any(doc.sentences[m.sentence].article == article for m in named if m.start in spoken_for):
        own = in_article
    return doc.organizations[own[0].org] if own else None


def article_committee(doc: Document, sentence: int, start: int, phrase: str) -> Organization | None:
    """The CPPCC committee the article named last before start (a body's committee for a body of it), for a bare
    committee title written after a name with no committee in its sentence (县政协召开常委会议。会议由黄某副主席主持)."""
    article = doc.sentences[sentence].article
    named = sorted((m for m in doc.org_mentions if m.start < start and m.org in doc.organizations
                    and doc.sentences[m.sentence].article == article), key=lambda m: -m.start)
    for m in named if committee_role(phrase) else ():
        org = doc.organizations[m.org]
        while org.parent_org is not None:
            org = org.parent_org
        if org.kind == "CPPCC":
            return org
    return None


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
    surface = found[-1].group() if found else ""
    if not found or any(m.start <= found[-1].start() < m.end and not _body_of(doc, m.org, surface)
                        for m in doc.org_mentions):
        return None   # read as an organization of a place: not a page naming none
    return doc.organizations.get(surface) or Organization(surface, "CPPCC", {surface})


def _body_of(doc: Document, name: str, committee: str) -> bool:
    """The organization named name is a body of the unplaced committee written committee (省政协经济委员会)."""
    org = doc.organizations.get(name)
    return org is not None and org.parent == committee and org.place is None
