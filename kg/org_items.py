"""Span tests of the organizations stage (kg/stages/organizations.py), kept here to keep that module small: the
special committees a list names after a CPPCC committee's first one by their short names (市政协提案委、文史委、社法委),
a one-character head word that is the middle of a town's or village's name (毛家厂镇, 石灰厂村), a democratic
party's committee written without the party (市委会主委张某, 贵阳市委会调研组: the page's party's), and a town or
sub-district named as a body among others (区财政局、文昌街道相关负责同志)."""
from __future__ import annotations

import re

from kg.document import Document, Organization
from kg.lexicon import lexicon
from kg.orglists import LIST_SEPARATOR, Span
from kg.orgnames import canonical, head_kind
from kg.scopes import Scope, qualified

CPPCC = "政协"
COMMITTEE_ENDS = ("委员会", "委")   # a CPPCC committee's special committees: 提案委员会, 文史委
# a CPPCC body of a list's later item, written by its own words: 文史委 of 市政协提案委、文史委
COMMITTEE_ITEM = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:委员会|委(?!员))")
PLACE_UNIT_AFTER = re.compile(r"镇|乡|村|街道|社区|苏木|嘎查")   # what ends a town's or village's name


def committee_item_spans(reader, end: int, spans: list[Span]):
    """The committees after a CPPCC committee's special committee in a 、-list, written by their short names
    (市政协提案委、文史委、社法委): each is a committee of the same CPPCC committee, not a government body (发改委:
    a head word of its own). reader is the stage's OrgReader (its text and plain_continuation); spans end at or
    before end."""
    text = reader.text
    for span in spans:
        if CPPCC not in text[span.start:span.end] or not text.endswith(COMMITTEE_ENDS, 0, span.end):
            continue
        e = span.end
        while text.startswith(LIST_SEPARATOR, e):
            m = COMMITTEE_ITEM.match(text, e + 1, end)
            if not (m and reader.plain_continuation(m) and head_kind(m.group()) in (None, "CPPCC", "CPPCC_BODY")):
                break
            yield Span(m.start(), m.end(), "committee in a list", alone=True)
            e = m.end()


def place_goes_on(reader, e: int) -> bool:
    """A one-character head word (厂, 局) ending at e is the middle of a town's or village's name: 镇, 乡, 村… follow
    it and end a word (毛家厂镇调研; not 乡村 of 交通局乡村振兴队). reader is the stage's OrgReader."""
    unit = PLACE_UNIT_AFTER.match(reader.text, e)
    return bool(unit) and reader.text[e - 1] in reader.lex.org_heads and reader.doc.is_word_start(unit.end())


# a level committee written with 会 (市委会, 省委会): only a democratic party's committee is so named, never the
# Communist Party's (市委)
PARTY_ONLY_COMMITTEE = re.compile(r"[省市区县州盟旗]委会")
PARTY_RULE = "party committee without its party"
PARTIES_IN_GENERAL = ("党派", "各")   # 各民主党派市委会: the committees of every party, no one body
MEETING = "议"   # 市委会议, 县委会议室: the Party committee's meeting (市委 + 会议), no party's 市委会


def bare_party_committee_spans(reader, start: int, end: int):
    """市委会, 贵阳市委会 (with the places before it) where no party's name opens it: spans of PARTY_RULE, read as
    the committee of the page's democratic party (party_without_name). reader is the stage's OrgReader."""
    text = reader.text
    for m in PARTY_ONLY_COMMITTEE.finditer(text, start, end):
        s = reader.place_prefix_start(m.start())
        if reader.doc.is_word_start(s) and not reader.taken.any_in(s, m.end()) \
                and not text.endswith(PARTIES_IN_GENERAL, 0, s) and not text.startswith(MEETING, m.end()):
            yield Span(s, _department_end(reader, m.end()), PARTY_RULE)


def _department_end(reader, e: int) -> int:
    """Where a department of the committee ending at e ends (市委会宣传部: the party committee's 宣传部, no Communist
    Party's body), else e."""
    word = max((w for w in reader.lex.party_departments if w.endswith("部") and reader.text.startswith(w, e)),
               key=len, default="")
    return e + len(word)


def party_without_name(doc: Document, surface: str, start: int, scope: Scope) -> Organization | None:
    """The democratic party committee a bare 市委会 names: of the party whose committee the article named last before
    start, else of the first party the page names at all (民建西安市委会 after 市委会主委姜某); None on a page that names
    no democratic party."""
    article = doc.sentences[next(i for i, s in enumerate(doc.sentences) if s.start <= start < s.end)].article
    named = [doc.organizations[m.org] for m in doc.org_mentions if m.start < start and m.org in doc.organizations
             and doc.sentences[m.sentence].article == article]
    party = next((_party_of(o.name) for o in reversed(named) if o.kind == "DEMOCRATIC_PARTY"), None)
    if party is None:
        found = _party_names().search(doc.text)
        party = _party_of(found.group()) if found else None
    org = canonical(party + surface, scope) if party else None
    # 民革苏州市委 named before: the same committee, whichever form (委, 委会) the page wrote then
    same = next((o for o in doc.organizations.values() if org is not None and org.parent_org is None
                 and o.kind == org.kind and o.place == org.place and o.parent_org is None and _party_of(o.name) == party),
                None)
    return same or org


def _party_of(name: str) -> str | None:
    """The short name of the democratic party a name begins with (民建 of 民建西安市委会, 九三学社)."""
    return next((short for short, full in lexicon().democratic_parties.items() if name.startswith((full, short))), None)


def _party_names() -> re.Pattern:
    names = sorted({w for kv in lexicon().democratic_parties.items() for w in kv}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


# a town or sub-district written as an item of a list of bodies, before the next item or the people it sends
TOWN_ITEM = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:街道|镇|乡|苏木)")
AFTER_BODY = re.compile(r"[、和及]|等?(?:相关|有关)?(?:主要)?负责")
TOWN_RULE = "town in a list of bodies"
ITEM_JOINTS = "、和及"


def town_item_spans(reader, start: int, end: int, spans: list[Span]):
    """文昌街道、崮云湖街道相关负责同志 after 区政协农业农村委、: a town or sub-district that is an item of a 、-list whose
    item before is a body (or such a town), followed by the next item or 负责同志: the town's government is a body
    there (spans of TOWN_RULE), not a place visited. reader is the stage's OrgReader."""
    text = reader.text
    ends = {s.end for s in spans}
    for k in range(start, end):
        if text[k] not in ITEM_JOINTS or k not in ends:
            continue
        m = TOWN_ITEM.match(text, k + 1, end)
        if m and AFTER_BODY.match(text, m.end()) and reader.doc.is_word_start(m.end()) \
                and not reader.taken.any_in(m.start(), m.end()):
            ends.add(m.end())
            yield Span(m.start(), m.end(), TOWN_RULE)


def town_body(surface: str, scope: Scope) -> Organization:
    """The government of a town named as a body (文昌街道), qualified by the county the page or article is in."""
    county = scope.county or scope.district
    name = (qualified(county, scope) if county is not None else "") + surface
    return Organization(name, "GOVERNMENT", {name, surface}, place=county.name if county is not None else None)


SHARED_BODY_RULE = "place sharing a body"
# the bodies a 、-list of places shares (海盐县、海宁市政协: each place's 政协)
SHARED_BODIES = ("人大常委会", "人民政府", "政协", "人大", "政府")
MAX_PLACE = 16   # characters a place's official name may take


def shared_body_spans(reader, start: int, end: int):
    """The places of a 、-list that share the body written after its last one (怀宁县、太湖县、迎江区政协: three
    committees; 乌兰察布市、集宁区政协: two): each place's body (spans of SHARED_BODY_RULE, read by shared_body); not a
    list joined by 及 or 和 (深入某区、某区及某市政协机关: the places visited, then the city's body), nor a place
    written short. reader is the stage's OrgReader."""
    text, places = reader.text, reader.doc.places
    found = official_places(places.find(start, end)) if places is not None else []
    ends = {m.start: m for m in found}
    for m in found:
        run, nxt = [m], m
        while text.startswith("、", nxt.end) and (nxt := ends.get(nxt.end + 1)) is not None:
            run.append(nxt)
        if len(run) > 1 and shared_body(text, run[-1].end) and (m.start == start or text[m.start - 1] not in "、"):
            yield from (Span(p.start, p.end, SHARED_BODY_RULE) for p in run[:-1])


def official_places(found) -> list:
    """The place matches written by an official name, two-character ones too (凤县, 眉县), not short forms."""
    return [m for m in found if m.full or any(m.surface == p.name for p in m.places)]


def shared_body(text: str, at: int) -> str:
    """The body a list's last place is written with at offset at (政协 of 迎江区政协), or ''.

    >>> shared_body("迎江区政协负责同志", 3), shared_body("迎江区政府", 3), shared_body("迎江区委员", 3)
    ('政协', '政府', '')
    """
    return next((b for b in SHARED_BODIES if text.startswith(b, at)), "")


def shared_body_of(doc: Document, end: int) -> str:
    """The body the list a place ending at end opens shares: the one written after the list's last place."""
    text = doc.text
    while text.startswith("、", end):
        nxt = next((m for m in official_places(doc.places.find(end + 1, end + 1 + MAX_PLACE)) if m.start == end + 1),
                   None)
        if nxt is None:
            break
        end = nxt.end
    return shared_body(text, end)
