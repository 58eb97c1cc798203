"""How the organization grammar (kg/orgnames.py) reads a democratic party's bodies: its committees of a place
(民革苏州市委, 九三学社包头市委会, 社市委), its branches (民盟包头支部), the offices of its committees (九三学社贵州省委
调研处) and the departments of its central committee (民革中央宣传部).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.document import Organization
from kg.lexicon import lexicon
from kg.org_words import central_office, head_kind, heads
from kg.scopes import Scope, leading_places, prefecture_name, qualified

# canonical's readers return the organization, None (not their form: try the next) or NO_ORGANIZATION (their form,
# naming no organization)
NO_ORGANIZATION = False


# what ends a democratic party's committee of a place: 民革苏州市委, 农工党郑州市委会, 致公党某某区工委 (a working
# committee where the party has no committee of that level; 民革省直工委: its working committee of the province's organs)
PARTY_COMMITTEE_TAILS = ("委员会", "委会", "市委会", "市委", "委", "工委", "直工委", "直属工委")
PARTY_TERM = re.compile(r"^第?[一二三四五六七八九十]+届(?=委)")   # 民盟某市第六届委员会, 九三学社某市六届委员会
REGION_COMMITTEE = re.compile(r"^区(?=委会?$|第?[一二三四五六七八九十]+届委)")   # 区 of a province-level region's committee
# a body of one term of a party's committee, named after the place and term: 民进某市第五届监督委员会 is the
# 监督委员会 of 民进某市委会 (not 民盟某市第六届委员会, the committee itself)
TERM_BODY = re.compile(r"^(.+?[省市区县州盟旗])第?[一二三四五六七八九十]+届(?!委)([\u4e00-\u9fff]{2,6}委员会)$")
PARTY_LEVEL_COMMITTEE = re.compile(r"^(.)([省市区县旗])委会?$")   # 社市委, 社市委会


@lru_cache(maxsize=1)
def _parties_longest_first() -> list[tuple[str, str]]:
    """(short, full name) of the democratic parties, longest full name first (sorted once, not per name read)."""
    return sorted(lexicon().democratic_parties.items(), key=lambda kv: -len(kv[1]))


def democratic_party(s: str, scope: Scope) -> Organization | None:
    """九三学社包头市委会, 民盟市委会, 民革支部: a democratic party's committee or branch; 社省委, 社市委 (九三学社
    writes 社 for itself): its committee of the scope's province or city."""
    letter = PARTY_LEVEL_COMMITTEE.match(s)
    party = lexicon().democratic_party_letters.get(letter.group(1)) if letter else None
    if party is not None:
        place = scope.province if letter.group(2) == "省" else scope.county if letter.group(2) in "区县旗" \
            else scope.prefecture
        return _party_body(party + place.name + s[2:], party, scope) if place is not None else NO_ORGANIZATION
    party = lexicon().democratic_party_letters.get(s[0])
    if party is not None and len(s) > 3 and leading_places(s[1:], scope).places:
        return _party_body(party + s[1:], party, scope)   # 社贵阳市委: 九三学社贵阳市委
    for short, full in _parties_longest_first():
        party = next((p for p in (full, short) if s.startswith(p)), None)
        if s == party:
            return Organization(short, "DEMOCRATIC_PARTY", {short, full})   # the party itself (九三学社履行…职能)
        if party is not None:
            return _party_body(TERM_BODY.sub(r"\1委会\2", s), party, scope) or _unplaced_party_office(s, party)
    return None


BARE_PARTY_COMMITTEE = re.compile(r"[省市区县州盟旗]委会?")   # 市委会 of 民盟市委会社会服务处, 民盟市委


def _unplaced_party_office(s: str, party: str) -> Organization | None:
    """民盟市委会社会服务处 on a page naming no city: the office of the party's committee, named as written (not a
    body of the Communist Party's 市委)."""
    committee = BARE_PARTY_COMMITTEE.match(s, len(party))
    office = s[committee.end():] if committee else None
    if office == "":   # 民盟市委 itself: the party's committee, as written (no Communist Party's 市委)
        return Organization(s, "DEMOCRATIC_PARTY", {s})
    if office and (head_kind(office) or office.endswith(heads("unit") + ("部", "机关"))):
        parent = Organization(s[:committee.end()], "DEMOCRATIC_PARTY", {s[:committee.end()]})
        # the committee its parent: a list's next department (宣传部长、组织部长) is the committee's too
        return Organization(s, "DEMOCRATIC_PARTY", {s}, parent=parent.name, parent_org=parent)
    return None


def _party_body(s: str, party: str, scope: Scope) -> Organization | None:
    """A democratic party's committee or branch (民革苏州市委, 中国民主同盟包头支部), named by the party's short name
    (民盟包头支部), its full name an alias."""
    rest = s[len(party):]
    short = next((k for k, v in lexicon().democratic_parties.items() if party in (k, v)), party)
    lead = leading_places(rest, scope)
    tail, place = rest[lead.used:], lead.place
    if place is not None and place.level == "province":
        tail = REGION_COMMITTEE.sub("", tail)   # 民盟广西区委, 民进广西区第十一届委员会: the region's (自治区)
    term = PARTY_TERM.match(tail) if place is not None else None
    if term:
        # the committee of one term is the committee, named short: 民盟临沂市第六届委员会 is 民盟临沂市委
        tail = tail[term.end():]
        tail = "委" if tail in ("委员会", "委会") else tail
    if not tail:
        return Organization(s, "DEMOCRATIC_PARTY", {s}) if not rest else None
    # a committee keeps the form the text writes (民革苏州市委, 农工党郑州市委会), its place qualified
    if place is not None and tail in PARTY_COMMITTEE_TAILS:
        name = short + (qualified(place, scope) if lead.bare else prefecture_name(place)) + tail
        full = {party + place.name + "委员会"} if not tail.endswith("工委") else set()   # a working committee is no 委员会
        return Organization(name, "DEMOCRATIC_PARTY", {name, s} | full, place=place.name)
    if tail in ("市委会", "委员会", "委会") and scope.prefecture and place is None:
        name = short + scope.prefecture.name + tail.removeprefix("市")
        return Organization(name, "DEMOCRATIC_PARTY", {name, s}, place=scope.prefecture.name)
    if place is None and central_office(tail):
        # 民革中央宣传部: a department of the party's central committee, no department of the Communist Party's
        return Organization(short + rest, "DEMOCRATIC_PARTY", {short + rest, s})
    # 民革省委参政议政委员会: a committee of the province's committee, qualified like it, before 民盟某某委员会
    office = _party_office(s, tail, party, scope) if place is not None else None
    if office is None and tail.endswith(("支部", "总支", "委员会", "监委会", "常委会")):   # 民进监委会, as written
        return Organization(short + rest, "DEMOCRATIC_PARTY", {short + rest, s}, place=place.name if place else None)
    return office


# what ends an office or body of a party's committee besides the unit heads: 调研部, 机关, 参政议政委员会, 医药专委会
# (专委会: a party committee's special committee, written short; 常委会, 监委会: its standing and supervisory committees)
PARTY_OFFICE_ENDS = ("部", "机关", "委员会", "专委会", "常委会", "监委会")


def _party_office(s: str, tail: str, party: str, scope: Scope) -> Organization | None:
    """九三学社贵州省委调研处: an office of a democratic party's committee."""
    committee = max((w for w in ("市委会", "委员会", "委会", "委") if tail.startswith(w)), key=len, default="")
    office = tail[len(committee):]
    parent = _party_body(s[:len(s) - len(office)], party, scope) if committee and office else None
    if not parent or not (head_kind(office) or office.endswith(heads("unit") + PARTY_OFFICE_ENDS)):
        return None
    name = parent.name + office
    return Organization(name, "DEMOCRATIC_PARTY", {name, s}, parent=parent.name, place=parent.place, parent_org=parent)
