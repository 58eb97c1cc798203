"""Span tests of the organizations stage (kg/stages/organizations.py), kept here to keep that module small: the
special committees a list names after a CPPCC committee's first one by their short names (市政协提案委、文史委、社法委),
a one-character head word that is the middle of a town's or village's name (毛家厂镇, 石灰厂村), a democratic
party's committee written without the party (市委会主委张某, 贵阳市委会调研组: the page's party's), a town or
sub-district named as a body (区财政局、文昌街道相关负责同志; 某某街道相关负责人), the places of a list sharing the head
written after the last (凤县、太白县政协) and a school named by its place and number (某某一中)."""
from __future__ import annotations

import re

from kg.document import Document, Organization
from kg.lexicon import lexicon
from kg.orglists import COMMITTEE_ITEM_RULE, LAST_ITEM_JOINTS, LIST_SEPARATOR, Span
from kg.org_continuations import GROUP, place_group_end
from kg.org_small_bodies import listed_labels
from kg.orgnames import GRASSROOTS_UNIT, canonical, head_kind, heads, sub_body
from kg.party_titles import article_party
from kg.names import common_words
from kg.places import gazetteer
from kg.scopes import Scope, qualified
from kg.spans import TOWN_UNITS   # disjoint endings: their order does not matter

CPPCC = "政协"
COMMITTEE_ENDS = ("委员会", "委")   # a CPPCC committee's special committees: 提案委员会, 文史委
# a CPPCC body of a list's later item, written by its own words: 文史委 of 市政协提案委、文史委
LONG_JOINTS = ("及其",)   # 市政协及其常委会: a body of the one before, no item of its own
COMMITTEE_ITEM = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:委员会|委(?!员))")


def committee_item_spans(reader, end: int, spans: list[Span]):
    """The committees after a CPPCC committee's special committee in a 、-list, written by their short names
    (市政协提案委、文史委、社法委; the last joined by 和 or 及: 提案委、文史委和社法委): each is a committee of the same CPPCC committee, not a government body (发改委:
    a head word of its own). reader is the stage's OrgReader (its text and plain_continuation); spans end at or
    before end."""
    text = reader.text
    for span in spans:
        group = text.endswith(GROUP, 0, span.end)   # 市政协香港组、澳门组: the groups of members of places
        if CPPCC not in text[span.start:span.end] or not (group or text.endswith(COMMITTEE_ENDS, 0, span.end)):
            continue
        e = span.end
        while text.startswith(LIST_SEPARATOR, e) or not group and _pair_joint(text, e):
            m = None if group else COMMITTEE_ITEM.match(text, e + 1, end)
            item_end = place_group_end(text, e + 1) if group else m and m.end()
            if not (item_end and item_end <= end and (group or reader.plain_continuation(m)
                                                      and head_kind(m.group()) in (None, "CPPCC", "CPPCC_BODY"))):
                break
            if text[e] != LIST_SEPARATOR and CPPCC in m.group():
                break   # 市政协社法委和县政协社法委: a committee of its own CPPCC body, named in full
            yield Span(e + 1, item_end, GROUP_RULE if group else COMMITTEE_ITEM_RULE, alone=True)
            e = item_end


def _pair_joint(text: str, e: int) -> bool:
    """和 or 及 at e joins a list's last item (提案委、文史委和社法委; not 及其, which names a body of the one before)."""
    return text[e:e + 1] in LAST_ITEM_JOINTS and not text.startswith(LONG_JOINTS, e)


def place_goes_on(reader, e: int) -> bool:
    """A one-character head word (厂, 局) ending at e is the middle of a town's or village's name: 镇, 乡, 村… follow
    it and end a word (毛家厂镇调研; not 乡村 of 交通局乡村振兴队). reader is the stage's OrgReader."""
    unit = GRASSROOTS_UNIT.match(reader.text, e)
    return bool(unit) and reader.text[e - 1] in reader.lex.org_heads and reader.doc.is_word_start(unit.end())


# a level committee written with 会 (市委会, 省委会): only a democratic party's committee is so named, never the
# Communist Party's (市委)
PARTY_ONLY_COMMITTEE = re.compile(r"[省市区县州盟旗]委会")
PARTY_RULE = "party committee without its party"
PARTY_BODY_RULE = "party body alone"
PARTY_ALONE_RULE = "democratic party alone"
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


def party_body_spans(reader, start: int, end: int):
    """参政议政委员会 alone (kg/data/party_bodies.txt), a word's end after it: spans of PARTY_BODY_RULE, read as a body
    of the article's democratic party committee (party_body_alone)."""
    text = reader.text
    for k in range(start, end):
        body = next((w for w in reader.lex.party_bodies if text.startswith(w, k)), None)
        if body and reader.doc.is_word_start(k) and reader.word_start(k + len(body), end) \
                and not reader.taken.any_in(k, k + len(body)):
            yield Span(k, k + len(body), PARTY_BODY_RULE)


def party_alone_spans(reader, start: int, end: int):
    """九三学社 named alone as the subject or object of a verb (集体提案是九三学社履行参政党职能的载体): the party itself,
    a span of PARTY_ALONE_RULE; not before a place or a body of it (九三学社某市委), a member (社员) or a list that
    shares a place (民革、民盟某州委会)."""
    text, doc = reader.text, reader.doc
    for m in _party_names().finditer(text, start, end):
        after = doc.next_word_start(m.end(), end)
        if doc.is_word_start(m.start()) and doc.is_word_start(m.end()) and not reader.taken.any_in(m.start(), m.end()) \
                and common_words().get(text[m.end():after], "").startswith("v"):
            yield Span(m.start(), m.end(), PARTY_ALONE_RULE)


def party_body_alone(doc: Document, surface: str, start: int) -> Organization:
    """The body of a democratic party committee written alone (参政议政委员会): of the party committee the article named
    last (九三学社某市委参政议政委员会), else the body as written, on a page that names no party's committee."""
    sentence = next(i for i, s in enumerate(doc.sentences) if s.start <= start < s.end)
    party = article_party(doc, start, sentence)
    return sub_body(party, surface) if party is not None else Organization(surface, "DEMOCRATIC_PARTY", {surface})


def _department_end(reader, e: int) -> int:
    """Where a department of the committee ending at e ends (市委会宣传部: the party committee's 宣传部, no Communist
    Party's body), else e."""
    word = max((w for w in reader.lex.party_departments if w.endswith("部") and reader.text.startswith(w, e)),
               key=len, default="")
    return e + len(word)


def party_without_name(doc: Document, surface: str, start: int, scope: Scope) -> Organization | None:
    """The democratic party committee a bare 市委会 names: of the party whose committee the article named last before
    start, else of the first party the page names at all (民建西安市委会 after 市委会主委姜某); on a page that names no
    democratic party (its site's party), the committee as written (市委会: no party to qualify it by)."""
    article = doc.sentences[next(i for i, s in enumerate(doc.sentences) if s.start <= start < s.end)].article
    named = [doc.organizations[m.org] for m in doc.org_mentions if m.start < start and m.org in doc.organizations
             and doc.sentences[m.sentence].article == article]
    party = next((_party_of(o.name) for o in reversed(named) if o.kind == "DEMOCRATIC_PARTY"), None)
    if party is None:
        found = _party_names().search(doc.text)
        party = _party_of(found.group()) if found else None
    if party is None:
        return Organization(surface, "DEMOCRATIC_PARTY", {surface})
    org = canonical(party + surface, scope)
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
AFTER_BODY = re.compile(r"以及|[、和及]|等?(?:相关|有关)?(?:主要)?负责|等(?:部门|单位)")   # (…、水利局以及某某镇等部门人员)
TOWN_RULE = "town in a list of bodies"
ITEM_JOINTS = "、和及"
LONG_JOINT = "以及"
# a town's people named right after it (火花街道相关负责人, 留各庄镇的相关负责同志, 金泽镇相关分管领导陪同): the town's
# government takes part there as a body, not as a place visited
TOWN_STAFF = re.compile(r"的?(?:相关|有关)?(?:主要)?(?:负责同志|负责人|分管领导|领导班子|班子成员|领导)")
# a kind of town, no town named (各乡镇负责人, 古镇, 特色小镇)
GENERIC_TOWNS = ("乡镇", "城镇", "村镇", "集镇", "小镇", "古镇", "重镇", "名镇")
GENERIC_LEADS = "各全该本每我此"
GENERIC_WORDS = ("部分", "有关", "相关", "所在", "辖区", "周边", "沿线")   # 部分街道负责人: some of them, none named
LEVEL_LEAD = "市县区旗"   # 区火花街道: the district's level word before the town, the district named by the scope
MIN_TOWN_NAME = 2   # characters of a town's own name before its unit (兴福街道; 该镇 names none)


def town_item_spans(reader, start: int, end: int, spans: list[Span]):
    """文昌街道、崮云湖街道相关负责同志 after 区政协农业农村委、: a town or sub-district that is an item of a 、-list whose
    item before is a body (or such a town), followed by the next item or 负责同志: the town's government is a body
    there (spans of TOWN_RULE), not a place visited; the last town of such a list too (市残联、某区甲街道以及乙街道).
    reader is the stage's OrgReader."""
    text = reader.text
    ends = {s.end for s in spans}
    towns: set[int] = set()
    for k in range(start, end):
        joint = text[k] in ITEM_JOINTS and (k in ends or text.startswith(LONG_JOINT, k - 1) and k - 1 in ends)
        e = town_end(reader, k + 1, end) if joint else None
        if e is not None and (AFTER_BODY.match(text, e) or k in towns or k - 1 in towns) and not generic_town(text[k + 1:e]) \
                and reader.doc.is_word_start(e) and not reader.taken.any_in(k + 1, e):
            ends.add(e)
            towns.add(e)
            yield Span(k + 1, e, TOWN_RULE)
    yield from town_staff_spans(reader, start, end)


def town_end(reader, pos: int, end: int) -> int | None:
    """Where a town's name that begins at pos ends, a county or district before it (浑江区新建街道); None when none
    begins there."""
    after_place = max((m.end for m in reader.doc.places.find(pos, end) if m.start == pos), default=pos)
    # (东兴街道: a town whose name is also a place's short form, 东兴)
    m = TOWN_ITEM.match(reader.text, after_place, end) or TOWN_ITEM.match(reader.text, pos, end)
    return m.end() if m else None


def town_staff_spans(reader, start: int, end: int):
    """火花街道相关负责人, 留各庄镇的相关负责同志: a town named by its own words right before its people (TOWN_STAFF),
    a span of TOWN_RULE; not a kind of town (各乡镇负责人). reader is the stage's OrgReader."""
    text = reader.text
    for m in TOWN_STAFF.finditer(text, start, end):
        unit = next((u for u in TOWN_UNITS if text.endswith(u, start, m.start())), None)
        if unit is None or not reader.doc.is_word_start(m.start()):
            continue
        u = m.start() - len(unit)
        s = reader.scan.org_part_start(m.start())
        if reader.doc.word_before(m.start()) == unit and reader.doc.is_word_start(u) and (s == u or verb_before(reader, u)):
            if text.endswith(GENERIC_WORDS, 0, u) or text[u - 1:u] in GENERIC_LEADS:
                continue   # 部分街道负责人, 各街道: some or every one, no town referred to
            named = named_town(reader, u, unit)
            if named is not None:
                reader.town_refs[u] = named
                yield Span(u, m.start(), TOWN_RULE)   # 走访慰问街道领导班子: the 街道 named before
            continue
        surface = text[s:m.start()]
        if len(surface) - len(unit) < MIN_TOWN_NAME or generic_town(surface) or not reader.doc.is_word_start(s) \
                or reader.taken.any_in(s, m.start()):
            continue
        yield Span(s, m.start(), TOWN_RULE)


def generic_town(surface: str) -> bool:
    """A kind of town or some towns, none named: 各乡镇, 特色小镇, 部分街道."""
    return surface.endswith(GENERIC_TOWNS) or surface[0] in GENERIC_LEADS or surface.startswith(GENERIC_WORDS)


def verb_before(reader, pos: int) -> bool:
    """The jieba word that ends at pos is a verb (走访慰问街道领导班子: no town's name before 街道)."""
    return common_words().get(reader.doc.word_before(pos), "").startswith("v")


def named_town(reader, pos: int, unit: str, window: int = 300) -> tuple[int, str] | None:
    """The start and surface of the last town of the unit (街道, 镇) named by its own name before pos in the same
    article (兴福街道 of 来到兴福街道，走访慰问街道领导班子); None when none is named. reader is the stage's OrgReader."""
    doc, text = reader.doc, reader.text
    article = next((a for a in doc.articles if a.start <= pos < a.end), None)
    lo = max(article.start if article is not None else 0, pos - window)
    u = text.rfind(unit, lo, pos)
    while u >= 0:
        s = reader.scan.org_part_start(u + len(unit))
        surface = text[s:u + len(unit)]
        if len(surface) - len(unit) >= MIN_TOWN_NAME and not generic_town(surface) and doc.is_word_start(s):
            return s, surface
        u = text.rfind(unit, lo, u)
    return None


def town_body(doc: Document, start: int, surface: str, scope: Scope) -> Organization:
    """The government of a town named as a body (文昌街道), qualified by the county the page or article is in, or by
    the county or district written before it (浑江区新建街道). surface is the town's name (兴福街道 for a bare 街道
    that refers to it), start where the text names it."""
    place = max((m for m in doc.places.find(start, start + len(surface)) if m.start == start
                 and m.end < start + len(surface)), key=lambda m: m.end, default=None)
    county = scope.county or scope.district
    own = doc.text[place.start:place.end] if place is not None else ""
    rest = surface[len(own):]
    unit = next((u for u in TOWN_UNITS if rest.endswith(u)), "")
    # (东兴街道: the place's short form is the town's own name, no county before it)
    written = _county_written(place, scope) if place is not None and len(rest) - len(unit) >= MIN_TOWN_NAME else None
    if written is not None:
        name = qualified(written, scope, own) + surface[len(own):]
        return Organization(name, "GOVERNMENT", {name, surface}, place=written.name)
    own = surface[1:] if county is not None and surface[0] in LEVEL_LEAD else surface
    named = next((o for o in doc.organizations.values() if o.kind == "GOVERNMENT" and o.name.endswith(own)), None)
    if named is not None:
        return named   # 张家堡街道 named again where the article names no district: the town named before
    name = (qualified(county, scope) if county is not None else "") + own
    return Organization(name, "GOVERNMENT", {name, surface, own}, place=county.name if county is not None else None)


def _county_written(match, scope: Scope):
    """The county or district a place match names, the one in the scope's prefecture first; None when it names none."""
    counties = [p for p in match.places if p.level == "county"]
    pref = scope.prefecture
    home = [p for p in counties if pref is not None and (q := gazetteer().prefecture(p)) is not None
            and q.adcode == pref.adcode]
    return (home or counties or [None])[0]


# the head a list of places shares: 甲县、乙区政协 (each place's committee), 甲区、乙区等各区县(市)政协 (each one named,
# then the rest in general)
SHARED_HEADS = ("政协", "人民政府", "政府", "人大常委会", "人大")
SHARED_RULE = "place of a list sharing a head"
EACH_LEVEL_HEAD = re.compile(r"等各[区县市旗州盟]*(?:[(（][区县市旗州盟]+[)）])?(" + "|".join(SHARED_HEADS) + ")")
PLACE_JOINTS = "、和及"
PLACE_ENDS = "区县市旗州盟"
LEVELS_LISTED = "省" + PLACE_ENDS   # 省、市政协, 省、市委全会: bare levels listed before the head's
COMMITTEE_WORD = "委"   # the head of a bare level's Party committee (市委 of 省、市委全会)


def shared_head_spans(reader, start: int, end: int, spans: list[Span]):
    """The places listed before a place that a head word ends (甲县、乙区政协: 甲县 is 甲县政协 too) or before 等各…政协
    (甲区、乙区等各区县(市)政协), the labels listed before a room's (王某、李某委员工作室): spans of SHARED_RULE, each place's body by the head kept in reader.shared_heads.
    reader is the stage's OrgReader."""
    text = reader.text
    for span in spans:
        head = next((h for h in SHARED_HEADS if text.endswith(h, span.start, span.end)), None)
        first = _place_ending(reader, span.start, span.end - len(head)) if head else None
        if first is not None and first.start == span.start:
            yield from _listed_places(reader, span.start - 1, start, head)
        elif head and span.end - len(head) == span.start + 1:
            yield from _listed_levels(reader, span.start - 1, start, head)
        elif bare_level_committee(text[span.start:span.start + 2]):   # 省、市、县委常委会: the 县委's levels before
            yield from _listed_levels(reader, span.start - 1, start, COMMITTEE_WORD)
    for m in EACH_LEVEL_HEAD.finditer(text, start, end):
        yield from _listed_places(reader, m.start(), start, m.group(1), last=True)
    for span in spans:
        # 分别为王某、李某委员工作室: each listed member's room, the head written once
        head = next((h for h in heads("labelled") if text.endswith(h, span.start, span.end)), None)
        for a, b in listed_labels(reader, span.start) if head and span.start < span.end - len(head) else ():
            reader.shared_heads[a] = head
            yield Span(a, b, SHARED_RULE)


def _place_ending(reader, start: int, end: int):
    """The county or city named by text[start:end] as a whole, written with its level word (甲县, 乙市); else None."""
    return next((m for m in reader.doc.places.find(start, end) if m.start == start and m.end == end
                 and reader.text[end - 1] in PLACE_ENDS and m.end - m.start > 1
                 and any(p.level in ("county", "prefecture") for p in m.places)), None)


def bare_level_committee(name: str) -> bool:
    """A bare level's Party committee (市委, 县委), whose level another may be listed before (省、市委全会, 省、市、县委常委会).

    >>> bare_level_committee("市委"), bare_level_committee("文史委")
    (True, False)
    """
    return len(name) == 2 and name[0] in LEVELS_LISTED and name.endswith(COMMITTEE_WORD)


def _listed_levels(reader, joint: int, start: int, head: str):
    """The bare levels listed before a bare level that a head ends (省、市政协: the province's committee and the city's;
    省、市、县委: each level's Party committee), each a level word of its own before a 、, right to left from joint."""
    text = reader.text
    level = joint - 1
    while level >= start and text[joint] == LIST_SEPARATOR and text[level] in LEVELS_LISTED \
            and reader.doc.is_word_start(level) and not reader.taken.any_in(level, joint):
        reader.shared_heads[level] = head
        yield Span(level, joint, SHARED_RULE)
        joint, level = level - 1, level - 2


def _listed_places(reader, joint: int, start: int, head: str, last: bool = False):
    """The places of a list that ends before text[joint] (a 、, 和 or 及 before the place of the head's span; or 等 when
    last, the place before it being the list's last), right to left."""
    text = reader.text
    while joint > start and (last or text[joint] in PLACE_JOINTS):
        place = next((m for m in reader.doc.places.find(max(start, joint - 12), joint) if m.end == joint
                      and _place_ending(reader, m.start, m.end) is not None and reader.doc.is_word_start(m.start)), None)
        if place is None or reader.taken.any_in(place.start, place.end):
            return
        reader.shared_heads[place.start] = head
        yield Span(place.start, place.end, SHARED_RULE)
        joint, last = place.start - 1, False


# a school named by its place and number (某某一中, 某某二中: the county's first or second middle school); not 第二中学
NUMBERED_SCHOOL = re.compile(r"(?<=[\u4e00-\u9fff])[一二三四五六七八九十]中(?![学心央国间])")
SCHOOL_RULE = "numbered school"


def numbered_school_spans(reader, start: int, end: int):
    """云溪一中: a place (a county or district's short form too) and a number before 中, a word's end; spans of
    SCHOOL_RULE. reader is the stage's OrgReader."""
    for m in NUMBERED_SCHOOL.finditer(reader.text, start, end):
        s = reader.scan.org_part_start(m.start())
        if m.start() - s >= MIN_TOWN_NAME and reader.scan.place_starts_at(s) and reader.doc.is_word_start(m.end()) \
                and not reader.taken.any_in(s, m.end()):
            yield Span(s, m.end(), SCHOOL_RULE)


GROUP_RULE = "group in a list"   # 澳门组 of 市政协香港组、澳门组
ITEM_RULES = (SHARED_RULE, TOWN_RULE, SCHOOL_RULE, GROUP_RULE)


def item_org(doc: Document, reader, span: Span, scope: Scope) -> Organization | None:
    """The organization a span of ITEM_RULES names: a listed place's body by the head it shares (甲县 of 甲县、乙区政协:
    甲县政协), a town's government (文昌街道; a bare 街道, the town named before it), a numbered school as written
    (渭滨一中), a group of a committee after its first (澳门组 of 市政协香港组、澳门组). reader is the stage's OrgReader."""
    surface = doc.text[span.start:span.end]
    if span.rule == SHARED_RULE:
        return canonical(surface + reader.shared_heads[span.start], scope)
    if span.rule == GROUP_RULE:
        return sub_body(scope.parent, surface) if scope.parent is not None else None   # the first group's committee's
    if span.rule == TOWN_RULE:
        at, name = reader.town_refs.get(span.start, (span.start, surface))
        org = town_body(doc, at, name, scope)
        org.aliases.add(name)
        return org
    return Organization(surface, "OTHER", {surface})


def committee_named_before(doc: Document, surface: str) -> Organization | None:
    """A head word alone (经科委) that a CPPCC committee's body named before ends (某市政协经科委, then 经科委向委员介绍):
    that body, no government office of the name; None when none was named."""
    if surface not in lexicon().org_heads:
        return None
    return next((o for o in doc.organizations.values() if o.kind == "CPPCC_BODY" and o.name.endswith(CPPCC + surface)),
                None)


def named_mention(doc: Document, org: Organization, start: int, surface: str) -> None:
    """The town a bare 街道 refers to is named where the text wrote its name (来到兴福街道): a mention there too, unless
    another organization's mention holds it (兴福街道党工委)."""
    if any(m.start <= start < m.end for m in doc.org_mentions):
        return
    sentence = next(k for k, s in enumerate(doc.sentences) if s.start <= start < s.end)
    doc.add_organization(org, surface, start, start + len(surface), sentence)
