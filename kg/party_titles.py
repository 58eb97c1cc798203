"""Bare titles of a democratic party's committee given by an election or appointment (民盟某市第六届委员会第一次会议
选举王某为主任委员，选举李某、赵某为副主任委员，任命钱某为秘书长) and the committee they are of: the party committee
the sentence named last, or, for a title only a party's committee has (主委, 主任委员), the one its article named last.
The titles are the table kg/data/party_committee_titles.tsv. Read by the posts stage (kg/stages/posts.py).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.document import Document, Organization
from kg.lexicon import lexicon
from kg.orgnames import canonical
from kg.scopes import scope_for
from kg.title_phrases import split_title, title_chunks

PARTY = "DEMOCRATIC_PARTY"
COMMITTEE_KINDS = (PARTY, "CPPCC")   # the committees whose bare titles an election names


def bare_roles(phrase: str) -> list[str]:
    """The titles of a phrase when every one of them names no organization (副主任委员、秘书长), else [].

    >>> bare_roles("副主任委员、秘书长"), bare_roles("民盟市委主委")
    (['副主任委员', '秘书长'], [])
    """
    parsed = [split_title(chunk) for chunk in title_chunks(phrase)]
    return [p[1] for p in parsed] if parsed and all(p is not None and not p[0] for p in parsed) else []


@lru_cache(maxsize=1)
def plenary_pattern() -> re.Pattern:
    """A plenary of a party committee of one term, written by its party, place and term: 民革常州市八届一次全委会议,
    民建某区五届一次全委会 (the committee's name is the party's and the place's: 民革常州市委员会)."""
    parties = "|".join(sorted(lexicon().democratic_parties, key=len, reverse=True))
    return re.compile(rf"({parties})([\u4e00-\u9fff]{{2,12}}?)第?[一二三四五六七八九十]+届[一二三四五六七八九十]+次全(?:委|体)")


def committees_before(doc: Document, start: int, end: int, article: int) -> list[Organization]:
    """The committees (a democratic party's or a CPPCC's, no body inside one) named in text[start:end], in order,
    outside the title phrases of persons (民建某市委主委张某: the title's committee is no election's), and the party
    committees whose plenary is named there (民革某市八届一次全委会议)."""
    titles = [(m.title_start, m.title_end) for m in doc.person_mentions if m.title_start >= 0]
    found = []
    for m in doc.org_mentions:
        org = doc.organizations.get(m.org)
        if start <= m.start < end and org is not None and org.kind in COMMITTEE_KINDS and org.parent_org is None \
                and not any(a <= m.start < b for a, b in titles):
            found.append((m.start, org))
    for m in plenary_pattern().finditer(doc.text, start, end):
        org = canonical(m.group(1) + m.group(2) + "委员会", scope_for(doc, article, m.start()))
        if org and org.kind == PARTY and org.parent_org is None:
            found.append((m.start(), org))
    return [org for _at, org in sorted(found, key=lambda f: f[0])]


def party_committee(doc: Document, phrase: str, start: int, sentence: int,
                    previous: Organization | None) -> Organization | None:
    """The democratic party's committee of a bare title a name was elected or appointed to: the one the sentence's
    election before gave (王某为主任委员，…钱某为秘书长), else the committee the sentence named last when it is a party's,
    else, for a title only a party's committee has, the party committee its article named last. None for a CPPCC's."""
    table = lexicon().party_committee_titles
    roles = bare_roles(phrase)
    if not roles or any(r not in table for r in roles):
        return None
    if previous is not None and previous.kind == PARTY:
        return previous
    s = doc.sentences[sentence]
    named = committees_before(doc, s.start, start, s.article)
    if named:
        return named[-1] if named[-1].kind == PARTY else None
    if all(table[r] == "own" for r in roles):
        return article_party(doc, s.start, sentence)
    return None


def article_party(doc: Document, start: int, sentence: int) -> Organization | None:
    """The democratic party's committee the sentence's article named last before text offset start, or None."""
    s = doc.sentences[sentence]
    first = doc.articles[s.article].start if s.article >= 0 else 0
    party = [o for o in committees_before(doc, first, start, s.article) if o.kind == PARTY]
    return party[-1] if party else None


def party_named_last(doc: Document, start: int, sentence: int) -> Organization | None:
    """The party committee of a shared title (秘书长) in a sentence naming no committee: the one the article named last
    before start, titles of persons too (…九三学社某市委员会主委何某出席会议。秘书长范某主持会议), where the article's
    own is that party committee; None where a CPPCC committee was named after it."""
    s = doc.sentences[sentence]
    first = doc.articles[s.article].start if s.article >= 0 else 0
    named = [doc.organizations.get(m.org) for m in sorted(doc.org_mentions, key=lambda m: m.start)
             if first <= m.start < start]
    committees = [o for o in named if o is not None and o.kind in COMMITTEE_KINDS and o.parent_org is None]
    own = article_party(doc, start, sentence)
    return own if own is not None and committees and committees[-1].name == own.name else None


def party_pairs(doc: Document, phrase: str, start: int, sentence: int,
                previous: Organization | None) -> list[tuple[str, Organization]]:
    """(role, committee) pairs of a bare phrase of a democratic party's committee titles a name was elected to."""
    committee = party_committee(doc, phrase, start, sentence, previous)
    return [(role, committee) for role in bare_roles(phrase)] if committee is not None else []
