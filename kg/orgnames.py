"""Organization-name grammar: a surface form and its scope to a place-qualified organization.

A name is place + body: 市政协 (bare level 市 + 政协), 九原区文旅广电局, 政协包头市委员会,
九三学社包头市委会, 石拐区统战部. Bare levels (市/区/县/旗/自治区) take the place of the scope, a
county takes its prefecture when it is local, and bodies inside a parent (政法委 of 市委, 办公室 of 市政协)
are named after the parent. Companies keep the name the text gives them.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from kg import kinds
from kg.document import Organization
from kg.lexicon import lexicon
from kg.office_units import office_unit
from kg.org_words import MEMBER_WORDS, head_kind, heads, names_inner_body
from kg.org_levels import SEVERAL_LEVELS, party_short_alias, prefecture_party, region_party
from kg.party_names import NO_ORGANIZATION, democratic_party
from kg.places import Place, gazetteer
from kg.scopes import Scope, leading_places, qualified, written_home
from kg.zones import zone, zone_name, zones_in_general

FULL_CPPCC = re.compile(r"^(?:中国人民政治协商会议|政协)(.+?)委员会$")
COUNTED = re.compile(r"新?[一二两三四五六七八九十几多]+[所家个座届]")   # 一所幼儿园, 新一届: no named body
FULL_CPPCC_BODY = re.compile(r"^(?:中国人民政治协商会议|政协)((?:.+?[省市州盟县区旗]|(?:第?[一二三四五六七八九十]+届)?全国)(?:第[一二三四五六七八九十]+届)?)委员会(.+)$")
TERM_AFTER_PLACE = re.compile(r"(?<=[市县区旗州])第?[一二三四五六七八九十]+届(?=人大|人民代表大会|人民政府|政府|政协)")
# a committee's short name, then its term and the full word again: 全国政协十三届全国委员会, 州政协十三届委员会
TERM_AFTER_SHORT = re.compile(r"(?<=[\u4e00-\u9fff]政协)第?[一二三四五六七八九十]+届(?:全国)?委员会$")
TERM_INSIDE = re.compile(r"第?[一二三四五六七八九十]+届")
TERM_BEFORE_CPPCC = re.compile(r"^第?[一二三四五六七八九十]+届(?=政协$)")   # 七届政协 (主席) of a phrase: the committee itself   # the term in a committee's full name (政协十一届全国委员会)
TERM = re.compile(r"^(?:第?[一二三四五六七八九十]+届)(?:委员会)?$")
TERM_BEFORE_STANDING = re.compile(r"^第?[一二三四五六七八九十]+届(?=常委会|常务委员会)")   # 市政协九届常委会
# 市政协十四届五次会议提案委员会: the proposals committee of a session is the committee's own
SESSION_BEFORE_PROPOSALS = re.compile(r"^第?[一二三四五六七八九十]+届[一二三四五六七八九十]+次(?:全体)?会议(?=提案委员会$)")
# the term a post of an earlier committee is written with (七届州政协主席, 十一届省政协副主席), and the terms a
# page names its own committee's sessions by (十届五次会议, 第十届委员会)
# a body of Hong Kong, Macau or Taiwan people or members (港区省级政协委员联谊会): no body of the page's place
ABROAD_BODY = re.compile(r"^(?:港区|澳区|港澳|香港|澳门|台湾)")
TERM_OF_PART = re.compile(r"^[省市县区州旗]?第?([一二三四五六七八九十]{1,3})届")   # 七届州政协, 市十五届政协
TERM_BEFORE_PHRASE = re.compile(r"第?([一二三四五六七八九十]{1,3})届$")
SESSION_TERM = re.compile(r"第?([一二三四五六七八九十]{1,3})届(?:[一二三四五六七八九十]{1,3}次|委员会|常委会|常务委员会)")
# a bracket is dropped from a name unless it is a part of it: Chinese words inside, the name going on after it
# (人大法制(监察和司法)委员会, 金力永磁(包头)科技有限公司)
BRACKETS = re.compile(r"\((?![\u4e00-\u9fff]+\)[\u4e00-\u9fff])[^()]*\)")
# a place's other name in brackets after it, its bodies named after: 松北区(哈尔滨新区)区委 is 松北区区委
PLACE_GLOSS = re.compile(r"(?<=[市县区旗])\([\u4e00-\u9fff]{2,8}(?:新区|市|县|区)\)")
# the units of a town or village, as a regex alternation (their first characters differ: order is irrelevant)
GRASSROOTS_UNITS = "镇|乡|村|街道|社区|苏木|嘎查"
GRASSROOTS_UNIT = re.compile(GRASSROOTS_UNITS)
LIAISON_OFFICE_WORDS = "(?:委员)?联络[室站]|委员之家"   # after a town's 政协: 某某村政协联络室, 某某街道政协委员之家, 某镇政协委员联络站
VILLAGE_UNITS = ("村", "嘎查", "社区")
PARTY_GROUP = "党组"   # the Party group leading a body that is no Party organ (政协, 政府): named after that body
COUNTY_ORGANS = ("党工委", "管委会", "工委")   # sent by the county to the unit they are named after


def party_suffixes() -> tuple[str, ...]:
    """What ends the name of a Party body inside an organization: its cell (党委, 党支部) or organ (党组, 纪委)."""
    return heads("cell", "party_organ")


def grassroots(body: str) -> bool:
    """A body below the county keeps the name the text gives it: 巴音花镇党委, 华余村党总支, 铜铁路办事处."""
    return _grassroots_pattern().search(body) is not None


@lru_cache(maxsize=1)
def _grassroots_pattern() -> re.Pattern:
    ends = "|".join(heads("cell", "labelled") + ("政府", "委员会", "村委会", "居委会"))
    return re.compile(rf"({GRASSROOTS_UNITS})[^市县区旗]*({ends})$|办事处$")



def subsequence(short: str, long: str) -> bool:
    """The characters of short stand in long in order: how abbreviations are made (市执法局 ⊂ 市城管执法局)."""
    it = iter(long)
    return all(ch in it for ch in short)


def cppcc(place: Place | None, scope: Scope, national: bool = False, surface: str = "") -> Organization:
    if national or place is None:
        return Organization("全国政协", "CPPCC", {"全国政协", "中国人民政治协商会议全国委员会"})
    name = qualified(place, scope, surface) + "政协"
    aliases = {name, place.name + "政协", f"政协{place.name}委员会", f"中国人民政治协商会议{place.name}委员会"}
    if place.level == "county" and name != place.name + "政协":
        # as the page writes the county (土右旗) and by its official name (土默特右旗)
        for q in {qualified(place, scope), qualified(place, scope, place.name)}:
            aliases |= {f"政协{q}委员会", q + "政协"}
    if surface:
        aliases.add(surface + "政协")
    return Organization(name, "CPPCC", aliases, place=place.name)


def party_committee(place: Place, scope: Scope, surface: str = "") -> Organization:
    if place.level == "province" and place.name.endswith("自治区"):
        name = place.name + "党委"
        aliases = {name, f"中共{place.name}委员会", f"中共{place.name}委", f"中国共产党{place.name}委员会"}
    else:
        q = qualified(place, scope, surface)
        name = f"中共{q}委"
        aliases = {name, f"{q}委", f"中共{q}委员会", f"中国共产党{q}委员会", f"{place.name}委"}
    return Organization(name, "PARTY", aliases, place=place.name)


def party_department(parent: Organization, dept: str) -> Organization:
    base = parent.name[2:] if parent.name.startswith("中共") else parent.name
    if dept == "纪委" and base.endswith("委"):
        # the discipline commission is the place's own, named by it (县委常委、纪委书记: 某县纪委, not 某县委纪委)
        name = base.removesuffix("党委").removesuffix("委") + dept
        return Organization(name, "PARTY", {name, "中共" + name, base + dept}, parent=parent.name,
                            place=parent.place, parent_org=parent)
    if base.endswith("党委"):
        base = base[:-1]   # 内蒙古自治区党委 -> 内蒙古自治区党委组织部 reads 内蒙古自治区党委 + 组织部
        name = parent.name + dept
    else:
        name = base + dept
    return Organization(name, "PARTY", {name, "中共" + name}, parent=parent.name, place=parent.place,
                        parent_org=parent)


def sub_body(parent: Organization, body: str) -> Organization:
    if parent.kind == "PARTY" and body in lexicon().party_departments:
        return party_department(parent, body)
    if body == "办":
        body = "办公室"
    body = office_unit(body) or body   # 县政府办综合科: the 综合科 of the 办公室
    # a body of a party committee the page writes without its party (市委会社情民意专委会 is no name): its own name
    parties = tuple(w for kv in lexicon().democratic_parties.items() for w in kv)
    name = body if parent.kind == "DEMOCRATIC_PARTY" and not parent.name.startswith(parties) else parent.name + body
    kind = "PARTY" if body.endswith(party_suffixes()) else ("CPPCC_BODY" if parent.kind in ("CPPCC", "CPPCC_BODY")
                                                         else (head_kind(body) or parent.kind))
    if parent.kind == "DEMOCRATIC_PARTY" and body in lexicon().party_departments:
        kind = parent.kind   # 民进某市委会组织部: a department of the democratic party's committee, none of the Party's
    return Organization(name, kind, {name}, parent=parent.name, place=parent.place, parent_org=parent)


FULL_PARTY_COMMITTEE = re.compile(r"^中共(.+?[省市县区州旗盟])委员会$")


# ---- reading a surface form ------------------------------------------------------------------------------
# canonical tries its readers in order; a reader returns the organization, None (not its form: try the next)
# or NO_ORGANIZATION (its form, naming no organization).


def canonical(surface: str, scope: Scope) -> Organization | None:
    """The organization a surface form names in its scope, or None for a place or a generic reference.

    >>> canonical("政协包头市委员会", Scope()).name
    '包头市政协'
    """
    s = TERM_AFTER_PLACE.sub("", BRACKETS.sub("", PLACE_GLOSS.sub("", surface)).strip())   # 福清市十六届人大常委会 is 福清市人大常委会
    s = TERM_BEFORE_CPPCC.sub("", TERM_AFTER_SHORT.sub("", s))
    s = region_party(prefecture_party(s, scope), scope)
    if len(s) < 2:
        return None
    if s != surface.strip() and head_kind(s) == "COMPANY":
        s = surface.strip()   # brackets belong to company names: 金力永磁(包头)科技有限公司
    for reader in (_full_cppcc, _full_cppcc_body, _grassroots_office, _stationed_group, democratic_party, _communist_party,
                   _place_body):
        org = reader(s, scope)
        if org is NO_ORGANIZATION:
            return None
        if org is not None:
            org.aliases.add(surface)
            org.aliases |= party_short_alias(org, surface)
            return short_name(org)
    return None


# full head words whose short form names the organization (广州市工商业联合会 is 广州市工商联)
SHORT_HEADS = {"工商业联合会": "工商联"}


def short_name(org: Organization) -> Organization:
    """The organization named by the short form of its head word, its full name an alias: one organization for
    广州市工商业联合会 and 市工商联 of the same text.

    >>> short_name(Organization("广州市工商业联合会", "MASS_ORG")).name
    '广州市工商联'
    """
    full = next((h for h in SHORT_HEADS if org.name.endswith(h)), None)
    if full is None:
        return org
    name = org.name[:-len(full)] + SHORT_HEADS[full]
    return dataclasses.replace(org, name=name, aliases=org.aliases | {org.name, name})


def _full_cppcc(s: str, scope: Scope) -> Organization | None:
    """政协包头市委员会, 中国人民政治协商会议全国委员会: a CPPCC committee by its full name."""
    m = FULL_CPPCC.match(s)
    if not m or s == "政协委员会":
        return None
    middle = TERM_INSIDE.sub("", m.group(1))   # 政协三亚市第十二届委员会 is 三亚市政协
    lead = leading_places(middle, scope)
    if lead.places and lead.used == len(middle):
        return cppcc(lead.place, written_home(lead, scope))
    return cppcc(None, scope, national=True) if middle == "全国" else None


NATIONAL_SHORT = {"常务委员会": "常委会"}   # the national committee's bodies as bulletins name them


def _full_cppcc_body(s: str, scope: Scope) -> Organization | None:
    """政协洛阳市委员会办公室 is 洛阳市政协办公室: a body written after the committee's full name."""
    m = FULL_CPPCC_BODY.match(s)
    if not m:
        return None
    middle = TERM_INSIDE.sub("", m.group(1))
    lead = leading_places(middle, scope)
    if lead.places and lead.used == len(middle):
        return canonical(lead.place.name + "政协" + m.group(2), scope)
    # 中国人民政治协商会议第十一届全国委员会常务委员会: a body of the national committee, by the short name the
    # bulletins give it (全国政协常委会)
    return canonical("全国政协" + NATIONAL_SHORT.get(m.group(2), m.group(2)), scope) if middle == "全国" else None


COUNTY_LEVEL_ENDS = "县市区旗"   # what a county or county-level city written in full ends with
# 某镇政协委员联络室, and with 政协 left out 某社区委员之家, 某镇委员联络站 (委员 kept: 某村联络室 alone is any body's)
GRASSROOTS_OFFICE = re.compile(rf"^[\u4e00-\u9fff]{{2,16}}?(?:{GRASSROOTS_UNITS})"
                               rf"(?:政协(?:{LIAISON_OFFICE_WORDS})|委员(?:联络[室站]|之家))$")


def _grassroots_office(s: str, scope: Scope) -> Organization | None:
    """某某镇某某村政协联络室: a town's or village's liaison office of the CPPCC committee, named as written (a body
    below the county keeps the name the text gives it).

    >>> _grassroots_office("青柳镇王庄村政协联络室", Scope()).kind
    'CPPCC_BODY'
    """
    if not GRASSROOTS_OFFICE.match(s):
        return None
    # 五原县隆兴昌镇委员联络站: named by its town, as dev writes it, the county before it an alias (a town the gazetteer
    # reads as a county's short name, 金川 of 金川街道, is no county written)
    lead = leading_places(s, scope)
    town = s[lead.used:] if lead.places and s[lead.used - 1] in COUNTY_LEVEL_ENDS else s
    return Organization(town, "CPPCC_BODY", {s, town}) if GRASSROOTS_OFFICE.match(town) else \
        Organization(s, "CPPCC_BODY", {s})


STATIONED_GROUP = re.compile(r"^(.+?(?:纪委|纪检委|纪工委)(?:监委)?)(派驻.+纪检(?:监察)?组)$")


def _stationed_group(s: str, scope: Scope) -> Organization | None:
    """市纪检委派驻市委组织部纪检组: a discipline committee's group stationed in a body, named by its committee's name
    and the rest as written.

    >>> _stationed_group("县纪委派驻县政协纪检组", Scope()).kind
    'PARTY'
    """
    m = STATIONED_GROUP.match(s)
    owner = canonical(m.group(1), scope) if m else None
    if owner is None or owner.kind != "PARTY":
        return None
    return Organization(owner.name + m.group(2), "PARTY", {s, owner.name + m.group(2)})


def _communist_party(s: str, scope: Scope) -> Organization | None:
    """中共包头市委, 中共石拐区委统战部: only a Party body is written after 中共."""
    if not (s.startswith("中共") and len(s) > 3):
        return None
    full = FULL_PARTY_COMMITTEE.match(s)   # 中共湖北省委员会: the 省委 (湖北省委) by its full name
    org = canonical(full.group(1) + "委" if full else s[2:], scope)
    if org is not None and org.kind == "OTHER" and head_kind(s) == "OTHER":
        return Organization(s, "OTHER", {s})   # 中共某某地委旧址陈列馆: a site named after the Party body keeps 中共
    if org is None or org.kind != "PARTY":
        return NO_ORGANIZATION
    if not org.name.startswith("中共") and not org.name.endswith(("党委", PARTY_GROUP)):
        # 中共辽源市纪委, 中共九江市委统战部: a Party body written with 中共 keeps it (X市委统战部 an alias); a Party
        # group is named by the body it leads (中共政协某省委员会党组: 某省政协党组)
        org = dataclasses.replace(org, name="中共" + org.name, aliases=org.aliases | {org.name, "中共" + org.name})
    return org


def _place_body(s: str, scope: Scope) -> Organization | None:
    """Place + body (九原区文旅广电局, 市政协), read by the rules of the grammar."""
    n = read_name(s, scope)
    if not n.body or COUNTED.match(n.body) or SEVERAL_LEVELS.match(n.body):
        # 金水区一所幼儿园, 新一届联谊会: one of a kind, a new term; 延安市市县政协: the committees of two levels
        return NO_ORGANIZATION
    if n.place is None and not n.bare and scope.shared_prefix \
            and head_kind(n.body) in kinds.codes("organization", "local") \
            and not (scope.parent is not None and _inside_parent(n.body, scope)):
        # a list item written without the place of the list's first item: 白云矿区政府办公室、发改委; its bare
        # level is the prefix's (吴江区委、区政府: 吴江区政府)
        item = s[1:] if s[0] in "县区旗市" and scope.shared_prefix.endswith(s[0]) else s
        return canonical(scope.shared_prefix + item, dataclasses.replace(scope, shared_prefix="")) or NO_ORGANIZATION
    other = _other_level_body(n)
    if other is not None:
        return other
    higher = HIGHER_LEVEL.match(n.body)
    if n.place is not None and higher and LEVEL_RANK[higher.group(1)] < LEVEL_RANK[n.place.level] \
            and not (n.place.name.endswith(higher.group(1)) and higher.group().endswith("委")):
        # 驻长清区省政协委员: the members of the province's committee living in the district; 长清区 is theirs,
        # not the committee's (but 邛崃市市委 is the county-level city's own Party committee)
        gz = gazetteer()
        at = dataclasses.replace(scope, province=gz.province(n.place), prefecture=gz.prefecture(n.place), county=None)
        return canonical(n.body, at) or NO_ORGANIZATION
    if zones_in_general(n):
        return NO_ORGANIZATION
    org = apply_rules(n)
    if org is None:
        return NO_ORGANIZATION
    org.aliases.add(s)
    return org


def _other_level_body(n: Name) -> Organization | None:
    """A place before a body of another level than its own: 广东省全国政协委员 (the national committee's members
    from the province: 全国政协), 辽宁省市政协主席 (the province's and the cities' chairs, 省、市政协: no one body);
    None when the body is the place's own.

    >>> _other_level_body(read_name("广东省全国政协", Scope())).name
    '全国政协'
    """
    if n.place is None:
        return None
    if n.body.startswith(NATIONAL_LEVEL):
        return canonical(n.body, n.scope) or NO_ORGANIZATION
    if n.place.level == "province" and LOWER_BARE_LEVEL.match(n.body):
        return NO_ORGANIZATION
    return None


NATIONAL_LEVEL = "全国"
# 省市政协: 省、市政协 (not 区: 广西区委 is the region's own committee)
LOWER_BARE_LEVEL = re.compile(r"[市县州](?:政协|委(?!员)|人大|政府)")
PREFECTURE_WORK = re.compile(r"^([\u4e00-\u9fff]{2,8}?)地区工委$")   # 政协某某地区工委 (地区: a prefecture)
HIGHER_LEVEL = re.compile(r"([省市])(?:政协|委(?!员))")   # a level word that begins a body: 省政协, 市委
LEVEL_RANK = {"省": 0, "province": 0, "市": 1, "prefecture": 1, "county": 2}


# ---- the organization grammar: place + body --------------------------------------------------------------
@dataclass
class Name:
    """A name read as place + body: 包头市 + 九原区 + 文旅广电局. What the rules match and build from."""
    s: str                      # the whole name, without brackets
    body: str                   # what follows its places
    place: Place | None         # the last place it starts with
    bare: bool                  # a bare level word (市, 县) stood for a place
    national: bool              # it starts with 全国
    scope: Scope
    written: str = ""           # how the text writes the last place


@dataclass(frozen=True)
class Rule:
    """One rule of the organization grammar, in the spirit of spaCy's span ruler patterns: the head-word
    groups of org_heads.tsv its body matches (the body is one, or starts with one), whether it needs a
    place before the body (True), none (False) or either (None), a further condition, and the builder that
    qualifies the name."""
    name: str
    heads: tuple[str, ...]
    match: str                                  # "is": body is a head; "starts": body starts with one; "any"
    place: bool | None
    build: Callable[[Name], Organization | None]
    when: Callable[[Name], bool] = lambda n: True

    def matches(self, n: Name) -> bool:
        if self.place is not None and (n.place is not None) != self.place:
            return False
        words = heads(*self.heads) if self.heads else ()
        if self.match == "is" and n.body not in words or self.match == "starts" and not n.body.startswith(words):
            return False
        return self.when(n)


def read_name(s: str, scope: Scope) -> Name:
    """A name read as its leading places and the body after them, in its scope.

    >>> read_name("包头市九原区文旅广电局", Scope()).body
    '文旅广电局'
    """
    lead = leading_places(s, scope)
    return Name(s, s[lead.used:], lead.place, lead.bare, lead.bare and s.startswith("全国"),
                written_home(lead, scope), lead.written[-1] if lead.written else "")


def first_rule(n: Name) -> Rule | None:
    """The first rule of RULES that matches the name.

    >>> from kg.places import gazetteer
    >>> first_rule(Name("九原区委", "委", gazetteer().resolve("九原区"), False, False, Scope())).name
    'party committee'
    """
    return next((r for r in RULES if r.matches(n)), None)


def apply_rules(n: Name) -> Organization | None:
    """The organization the first matching rule builds, or None."""
    rule = first_rule(n)
    return rule.build(n) if rule else None


def _cppcc_committee(n: Name) -> Organization | None:
    """市政协, 政协第十二届, 市政协提案委: a CPPCC committee and the bodies inside it."""
    scope = n.scope
    work = PREFECTURE_WORK.match(n.body[2:]) if n.place is None else None
    lead = leading_places(work.group(1), scope) if work else None
    if lead is not None and lead.places and lead.used == len(work.group(1)):
        # 政协某某地区工委: the working committee a province's CPPCC committee keeps in a prefecture, named as written
        return Organization(n.body, "CPPCC_BODY", {n.body}, place=lead.place.name)
    if n.place is not None or n.national:
        committee = cppcc(n.place, scope, n.national, n.written)
    elif scope.parent is not None and scope.parent.kind == "CPPCC":
        committee = scope.parent
    elif scope.county or scope.prefecture:
        committee = cppcc(scope.county or scope.prefecture, scope)
    else:
        return None
    # the standing committee of one term is the standing committee; a session's proposals committee the committee's
    rest = SESSION_BEFORE_PROPOSALS.sub("", TERM_BEFORE_STANDING.sub("", n.body[2:]))
    if rest in MEMBER_WORDS:
        return None
    if not rest or TERM.match(rest) or rest == "委员会" or not names_inner_body(rest):
        return committee
    return sub_body(committee, rest)


def _party_committee(n: Name) -> Organization:
    """包头市委, 内蒙古自治区党委; 省委 after a city is its province's."""
    place = n.place
    if n.body == "省委" and place.level != "province":
        place = gazetteer().province(place) or place
    return party_committee(place, n.scope, n.written)


def _committee_rest(n: Name) -> str:
    return n.body[2:] if n.body.startswith("党委") else n.body[1:]


def _party_committee_organ(n: Name) -> Organization:
    """包头市委组织部, 市委常委会: a department of the Party committee written after 委."""
    rest = _committee_rest(n)
    dept = "常委会" if rest.startswith("常委") else "办公室" if rest in heads("office_abbrev") \
        else office_unit(rest) or rest   # 县委办, 县委办秘书科
    return party_department(party_committee(n.place, n.scope, n.written), dept)


def _party_department(n: Name) -> Organization:
    """石拐区统战部: a Party committee's department named after the place; 统战部 alone, the local place's."""
    place = n.place or n.scope.county or n.scope.prefecture
    return party_department(party_committee(place, n.scope, n.written), n.body)


def _local_department(n: Name) -> bool:
    """统战部 alone (a department of org_heads_alone.txt) on a page of a place: the local Party committee's, where no
    body named before holds it (校党委副书记A、统战部副部长B: the university's)."""
    return n.body in lexicon().org_heads_alone and not n.bare and n.scope.parent is None \
        and (n.scope.county or n.scope.prefecture) is not None


def _youth_league(n: Name) -> Organization:
    pref = n.place or n.scope.prefecture
    name = f"共青团{pref.name}委"
    return Organization(name, "MASS_ORG", {name, f"共青团{pref.name}委员会"}, place=pref.name)


def _parent_sub_body(n: Name) -> Organization:
    """政法委, 组织部, 办公室, 文化文史委 named without their parent, in its scope."""
    return sub_body(n.scope.parent, n.body)


def _local_committee_body(n: Name) -> Organization:
    """办公厅, 研究室 written alone: a body of the local CPPCC committee, whose bulletin this is."""
    scope = n.scope
    return sub_body(cppcc(scope.county or scope.prefecture, scope), n.body)


def _government(n: Name) -> Organization:
    q = qualified(n.place, n.scope, n.written)
    return Organization(q + "人民政府", "GOVERNMENT", {q + "人民政府", q + "政府", n.place.name + "人民政府"},
                        place=n.place.name)


def _government_body(n: Name) -> Organization:
    """东河区政府办公室: a body of the people's government."""
    rest = n.body[4:] if n.body.startswith("人民政府") else n.body[2:]
    org = sub_body(_government(n), rest)
    org.aliases.add(qualified(n.place, n.scope, n.written) + "政府" + rest)
    return org


def _headed(n: Name) -> Organization | None:
    """Any other body, by the kind of its head word: 九原区文旅广电局, 包头钢铁集团, 工商联."""
    lex = lexicon()
    kind = head_kind(n.body) or _public_body_kind(n)
    committee = next((h for h in heads("level_committee") if n.body.startswith(h)), "")
    if committee and n.body[len(committee):] in lex.party_departments:
        kind = "PARTY"   # 县委台办 on a page naming no county: the Party committee's office, whatever its head's kind
    if kind is None or (kind == "CPPCC" and n.place is None) or (
            n.place is None and n.body in lex.org_heads and n.body not in lex.org_heads_alone):
        return None
    if kind == "COMPANY":
        return Organization(n.s, "COMPANY", {n.s})
    if kind == "PARTY" and n.s.endswith(party_suffixes()):
        # 某某股份有限公司党委: the company's Party committee; a title after it (党委书记、董事长) is the company's
        company = next(n.s[:-len(suffix)] for suffix in party_suffixes() if n.s.endswith(suffix))
        if head_kind(company) == "COMPANY":
            return sub_body(Organization(company, "COMPANY", {company}), n.s[len(company):])
    namer = next(namer for _label, when, namer in NAMINGS if when(n, kind))
    name, place = namer(n)
    official = _official_name(name, n.body, place.level if place else "")
    return Organization(official, "CPPCC_BODY" if kind == "CPPCC" else kind, {name, official},
                        place=place.name if place else None)


def _public_body_kind(n: Name) -> str | None:
    """A center named by its place and a name of its own (某县国有资产运营中心) is a public body of its own, not a
    unit inside one: OTHER (the guideline's kind of institutes and the like)."""
    public = heads("public")
    if n.place is None or not n.body.endswith(public):
        return None
    own = next(n.body[:-len(h)] for h in public if n.body.endswith(h))
    return "OTHER" if len(own) >= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", own) else None


def _official_name(name: str, body: str, level: str = "") -> str:
    """The main name of a body that is a head word alone, in the form org_heads.tsv gives it for the level of its
    place: 旌阳区法院 is 旌阳区人民法院, 德阳市法院 德阳市中级人民法院, 德阳市人民代表大会 德阳市人大.

    >>> _official_name("德阳市旌阳区检察院", "检察院"), _official_name("德阳市法院", "法院", "prefecture")
    ('德阳市旌阳区人民检察院', '德阳市中级人民法院')
    """
    forms = lexicon().official_heads.get(body, {})
    official = forms.get(level) or forms.get("")
    return name[:-len(body)] + official if official and name.endswith(body) and len(name) > len(body) else name


def _grassroots_name(n: Name) -> tuple[str, Place | None]:
    """A town's body takes the county it is in (巴音花镇党委 in a 达茂旗 item), and so does a working
    committee the county sends (中心社区党工委); a village's or community's own body keeps its name: its
    parent is a town, which the name does not give (华余村党总支)."""
    unit = GRASSROOTS_UNIT.search(n.s)
    village = unit is not None and unit.group() in VILLAGE_UNITS and not n.s.endswith(COUNTY_ORGANS)
    return (n.s if village else n.scope.county_surface + n.s), n.place


NATIONAL_LEADS = ("中国", "中华", "国际", "国家")   # what begins a national or international body's name (国家质检总局)


def _names_a_city(body: str) -> bool:
    """National and international bodies, foreign ones (泰国中华总商会), a region's (华中总裁联合会) and names holding a
    city or province keep their name: 工商联包头分会."""
    return body.startswith(NATIONAL_LEADS + lexicon().regions + lexicon().foreign_countries) \
        or any(p.level != "county" for m in gazetteer().find_all(body) for p in m.places)


COUNTY_LEVEL_WORDS = ("县", "旗")   # bare level words of a county only (区 may be a prefecture city's district)


def _local_name(n: Name) -> tuple[str, Place | None]:
    """No place at all: a local body takes the local place, named bodies elsewhere keep their name."""
    local = n.scope.county or n.scope.prefecture
    if n.scope.county is None and n.body.startswith(COUNTY_LEVEL_WORDS):
        # 县发改局 on a prefecture's page that names no county: a county's body, which the prefecture's name
        # does not qualify (宁波市县发改局 is no body); it keeps the name the text gives it
        return n.body, None
    return qualified(local, n.scope) + n.body, local


def _written_short(n: Name) -> bool:
    """The place is written by its name without the level (西昌 for 西昌市, 定州 for 定州市)."""
    return bool(n.written) and n.place.name.startswith(n.written) and len(n.written) < len(n.place.name)


def _as_written(n: Name) -> tuple[str, Place | None]:
    return n.s, n.place


def _qualified_body(n: Name) -> tuple[str, Place | None]:
    return qualified(n.place, n.scope, n.written) + n.body, n.place


# How _headed names a body, in order: (label, condition on the name and its head kind, namer).
NAMINGS = (
    ("national", lambda n, kind: n.national, lambda n: ("全国" + n.body, n.place)),
    # 红石榴·某某委员工作室, 某某镇“协商于民”政协委员工作站: a body with a label of its own keeps the name the text gives it
    ("labelled body", lambda n, kind: n.body.endswith(heads("labelled")), _as_written),
    # 崇川经济开发区, 汾湖高新区管委会: a zone and its bodies keep the name the text gives them (市稀土高新区: a bare
    # level is still the bulletin's place)
    ("zone", lambda n, kind: zone(n.s), lambda n: _qualified_body(n) if n.bare else zone_name(n)),
    # 西昌学院, 包头医学院, 定州日报: an institution named with a short place name keeps its name
    ("short-place institution", lambda n, kind: n.place is not None and kind == "OTHER" and _written_short(n),
     _as_written),
    ("placed grassroots body", lambda n, kind: n.place is not None and grassroots(n.body), _as_written),
    ("bare or county place", lambda n, kind: n.place is not None and (n.bare or n.place.level == "county"),
     _qualified_body),
    ("placed body", lambda n, kind: n.place is not None, _as_written),
    ("grassroots body", lambda n, kind: grassroots(n.body), _grassroots_name),
    ("city or national body", lambda n, kind: _names_a_city(n.body), _as_written),
    # (人武部 alone: a head word that names the local place's one body is its, of any kind)
    ("local body", lambda n, kind: (kind in kinds.codes("organization", "local") or n.body in lexicon().org_heads_alone)
     and (n.scope.county or n.scope.prefecture) is not None and not ABROAD_BODY.match(n.body), _local_name),
    ("named body", lambda n, kind: True, _as_written),
)

# The organization grammar, in order: the first rule whose heads, place and condition match builds the name.
RULES = (
    Rule("cppcc committee", ("cppcc",), "starts", None, _cppcc_committee,
         when=lambda n: head_kind(n.body) != "OTHER"),   # 广西政协报: the committee's paper, a medium
    Rule("party committee", ("committee_word", "level_committee"), "is", True, _party_committee),
    Rule("party committee organ", ("committee_word",), "starts", True, _party_committee_organ,
         when=lambda n: bool(_committee_rest(n)) and (_committee_rest(n) in lexicon().party_departments
                                                     or _committee_rest(n) in heads("office_abbrev")
                                                     or office_unit(_committee_rest(n)) is not None
                                                     or _committee_rest(n).startswith("常委"))),
    Rule("party department", (), "any", None, _party_department,
         when=lambda n: n.body in lexicon().party_departments and n.body.endswith("部")
         and (n.place is not None or _local_department(n))),
    Rule("youth league", ("youth_league",), "is", None, _youth_league,
         when=lambda n: (n.body == "团市委" or n.place is not None) and (n.place or n.scope.prefecture) is not None),
    Rule("sub-body of the parent", (), "any", False, _parent_sub_body,
         when=lambda n: not n.bare and n.scope.parent is not None and _inside_parent(n.body, n.scope)),
    Rule("committee body alone", (), "any", False, _local_committee_body,
         when=lambda n: not n.bare and n.scope.parent is None and n.body in lexicon().cppcc_bodies_alone
         and (n.scope.county or n.scope.prefecture) is not None),
    Rule("government", ("government",), "is", True, _government),
    Rule("government body", ("government",), "starts", True, _government_body, when=lambda n: len(n.body) > 2),
    Rule("headed body", (), "any", None, _headed),
)


def _inside_parent(body: str, scope: Scope) -> bool:
    """A body named without its parent (政法委, 组织部, 办公室, 文化文史委) that belongs to scope.parent; a
    government or mass body (发改委, 工商联) never is a CPPCC committee's."""
    lex = lexicon()
    return body in lex.party_departments or body in lex.cppcc_bodies or body == "办" or (
        scope.parent.kind in ("CPPCC", "CPPCC_BODY") and re.search(r"(委员会|委|组|室|中心)$", body) is not None
        and head_kind(body) in (None, "CPPCC", "CPPCC_BODY"))


def numeral(text: str) -> int:
    """The number a Chinese numeral of a term writes, one to ninety-nine (十二 is 12, 二十 is 20).

    >>> numeral("十二")
    12
    """
    digits = "一二三四五六七八九"
    tens, _, ones = text.rpartition("十")
    if "十" not in text:
        return digits.index(text) + 1 if text in digits else 0
    return (digits.index(tens) + 1 if tens else 1) * 10 + (digits.index(ones) + 1 if ones else 0)


def page_term(text: str) -> int:
    """The latest term of a committee whose sessions the page names (政协某州十届五次会议: 10); 0 for none."""
    return max((numeral(m.group(1)) for m in SESSION_TERM.finditer(text)), default=0)


# a page's first session of a term (区政协七届一次会议), and the words of an election it may report there
FIRST_SESSION = re.compile(r"第?([一二三四五六七八九十]{1,3})届(?:委员会第)?[一1]次(?:全体)?会议")
ELECTION_REPORTED = re.compile(r"当选|选举产生|(?:选举|补选|增补)[^。；;]{1,40}?为")


def sitting_term(text: str) -> int:
    """The earliest term whose posts the page reports as held: its latest term (page_term), or the one before that on
    a page of the latest term's first session that reports no election yet (区政协七届一次会议主席团会议: 区六届政协主席
    A still chairs the committee; after 当选 the new term's holders do); 0 for a page naming no term.

    >>> sitting_term("区政协七届一次会议召开主席团第一次会议"), sitting_term("七届一次会议选举产生新一届主席")
    (6, 7)
    """
    current = page_term(text)
    first = any(numeral(m.group(1)) == current for m in FIRST_SESSION.finditer(text))
    return current - 1 if current > 1 and first and not ELECTION_REPORTED.search(text) else current


def earlier_term(part: str, current: int, before: str = "") -> bool:
    """The organization part (or the text right before the phrase) names a committee of a term before the
    page's (七届州政协 on a page of its 十届 sessions): the post is a former one."""
    m = TERM_OF_PART.match(part) or TERM_BEFORE_PHRASE.search(before)
    return m is not None and 0 < numeral(m.group(1)) < current
