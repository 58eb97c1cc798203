"""Organization-name grammar: a surface form and its scope to a place-qualified organization.

A name is place + body: 市政协 (bare level 市 + 政协), 九原区文旅广电局, 政协包头市委员会,
九三学社包头市委会, 石拐区统战部. Bare levels (市/区/县/旗/自治区) take the place of the scope, a
county takes its prefecture when it is local, and bodies inside a parent (政法委 of 市委, 办公室 of 市政协)
are named after the parent. Companies keep the name the text gives them.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from kg import kinds
from kg.document import Document, Organization
from kg.lexicon import lexicon
from kg.places import Place, gazetteer

BARE_LEVEL = {"全国": "nation", "自治区": "province", "省": "province", "市": "prefecture", "盟": "prefecture",
              "州": "prefecture", "区": "county", "县": "county", "旗": "county"}
FULL_CPPCC = re.compile(r"^(?:中国人民政治协商会议|政协)(.+?)委员会$")
LEVEL_ENDINGS = "省市州盟县区旗"
FULL_CPPCC_BODY = re.compile(r"^(?:中国人民政治协商会议|政协)(.+?[省市州盟县区旗])委员会(.+)$")
TERM = re.compile(r"^(?:第?[一二三四五六七八九十]+届)(?:委员会)?$")
PARTY_SUFFIX = ("党组", "纪委", "党支部", "党委", "党总支", "党工委")
BRACKETS = re.compile(r"\([^()]*\)")
# bodies below the county keep the name the text gives them: 巴音花镇党委, 华余村党总支, 铜铁路办事处
GRASSROOTS = re.compile(r"(镇|乡|村|街道|社区|苏木|嘎查)[^市县区旗]*(党委|党总支|党支部|党工委|政府|委员会|村委会|居委会)$|办事处$")

GRASSROOTS_UNIT = re.compile(r"镇|乡|街道|苏木|村|嘎查|社区")
VILLAGE_UNITS = ("村", "嘎查", "社区")
COUNTY_ORGANS = ("党工委", "管委会", "工委")   # sent by the county to the unit they are named after


@dataclass
class Scope:
    """What a bare reference is read against."""
    prefecture: Place | None = None
    county: Place | None = None
    province: Place | None = None
    parent: Organization | None = None        # the organization a sub-body (政法委, 办公室) belongs to
    county_surface: str = ""                  # how the text writes the county: 土右旗 for 土默特右旗
    home: Place | None = None                 # the bulletin's own prefecture: its counties carry its name
    shared_prefix: str = ""                   # a list's place prefix, given to its bare items
    known: list[Organization] = field(default_factory=list)   # organizations named earlier nearby
    city: Place | None = None                 # a county-level city named nearby in a league or prefecture


def is_county_city(place: Place | None) -> bool:
    """A county-level city (乌兰浩特市, 广汉市): a city, named on its own."""
    return place is not None and place.level == "county" and place.name.endswith("市")


def bare_city(scope: Scope) -> Place | None:
    """What a bare 市 refers to: the county when it is a city, else a county-level city named nearby when the
    prefecture is no city (兴安盟 is a league), else the prefecture."""
    if is_county_city(scope.county):
        return scope.county
    if scope.prefecture is not None and not scope.prefecture.name.endswith("市") and scope.city is not None:
        return scope.city
    return scope.prefecture


def qualified(place: Place | None, scope: Scope, surface: str = "") -> str:
    """County names carry their prefecture when it is the local one (包头市青山区), written as the text
    writes them (包头市土右旗)."""
    if place is None:
        return ""
    gz = gazetteer()
    if is_county_city(place):
        return place.name
    if place.level == "county":
        if not surface and scope.county is not None and scope.county.adcode == place.adcode:
            surface = scope.county_surface
        written = surface if surface and surface[-1] in "市县区旗" else place.name
        pref = gz.prefecture(place)
        home = scope.home or scope.prefecture
        if pref and home and pref.adcode == home.adcode:
            return pref.name + written
        return written
    return place.name


def leading_places(s: str, scope: Scope) -> tuple[list[Place], int, bool]:
    """The places a name starts with, how many characters they take, and whether a bare level was used."""
    places, pos, bare, _surfaces = leading_places_written(s, scope)
    return places, pos, bare


def near_enough(match, anchors: list[Place]) -> bool:
    """A county written by a two-character short form is taken for a place only within the province (or
    under the place) the name already stands in; far away such a short form is more often a word."""
    counties = [p for p in match.places if p.level == "county"]
    if len(counties) < len(match.places) or not anchors:
        return True
    gz = gazetteer()
    return any(a in gz.ancestors(c) or a == gz.province(c) for c in counties for a in anchors)


def leading_places_written(s: str, scope: Scope):
    gz = gazetteer()
    places: list[Place] = []
    surfaces: list[str] = []
    pos, bare = 0, False
    while pos < len(s):
        word = next((w for w in sorted(BARE_LEVEL, key=len, reverse=True) if s.startswith(w, pos)), None)
        matches = [m for m in gz.find_all(s[pos:]) if m.start == 0]
        if matches:
            m = max(matches, key=lambda m: m.end)
            if not m.full and s[pos + m.end:pos + m.end + 1] and s[pos + m.end] in "镇乡村":
                matches = []   # 响水镇 is a town, not 响水(县) + 镇
            elif not m.full and not near_enough(m, places[-1:] or [p for p in (scope.prefecture, scope.province) if p]):
                matches = []   # 南华中心社区 in a 内蒙古 bulletin: a word, not 南华县 of 云南
        if matches:
            if word is None or m.end > len(word):
                near = [p for p in (places[-1:] or [scope.county, scope.prefecture, scope.province]) if p]
                place = gz.resolve(s[pos:pos + m.end], near=near) or m.places[0]
                places.append(place)
                surfaces.append(s[pos:pos + m.end])
                pos += m.end
                continue
        if word and not places:
            level = BARE_LEVEL[word]
            place = {"province": scope.province, "prefecture": scope.prefecture, "county": scope.county}.get(level)
            if word == "市":
                place = bare_city(scope)
                level = place.level if place is not None else level
            if level == "county" and place is None:
                break
            if level != "nation" and place is None:
                break
            if place is not None:
                places.append(place)
                surfaces.append(scope.county_surface if level == "county" and place is scope.county else "")
            bare = True
            pos += len(word)
            if level == "nation":
                return [], pos, True, []
            continue
        break
    return places, pos, bare, surfaces


def subsequence(short: str, long: str) -> bool:
    """The characters of short stand in long in order: how abbreviations are made (市执法局 ⊂ 市城管执法局)."""
    it = iter(long)
    return all(ch in it for ch in short)


UNIT_HEADS = ("科", "处", "股", "室", "站", "所", "队", "中心")


def head_kind(body: str) -> str | None:
    """The kind of the head word a name ends with; a unit (科, 处) takes the kind of the body it is in."""
    heads = lexicon().org_heads
    for length in range(min(len(body), max(map(len, heads))), 0, -1):   # 经济和信息化委员会: 9 characters
        kind = heads.get(body[-length:])
        if kind:
            return kind
    if body.endswith(UNIT_HEADS) and len(body) > 3:
        inner = [x for x in lexicon().org_head_pattern.finditer(body[:-1])]
        if inner:
            return heads[inner[-1].group()]
    return None


def cppcc(place: Place | None, scope: Scope, national: bool = False, surface: str = "") -> Organization:
    if national or place is None:
        return Organization("全国政协", "CPPCC", {"全国政协", "中国人民政治协商会议全国委员会"})
    name = qualified(place, scope, surface) + "政协"
    aliases = {name, place.name + "政协", f"政协{place.name}委员会", f"中国人民政治协商会议{place.name}委员会"}
    if place.level == "county" and name != place.name + "政协":
        aliases.add(f"政协{qualified(place, scope)}委员会")
        aliases.add(qualified(place, scope) + "政协")
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
    name = parent.name + body
    kind = "PARTY" if body.endswith(PARTY_SUFFIX) else ("CPPCC_BODY" if parent.kind in ("CPPCC", "CPPCC_BODY")
                                                         else (head_kind(body) or parent.kind))
    return Organization(name, kind, {name}, parent=parent.name, place=parent.place, parent_org=parent)


def democratic_party(s: str, scope: Scope) -> Organization | None:
    for short, full in sorted(lexicon().democratic_parties.items(), key=lambda kv: -len(kv[1])):
        for party in (full, short):
            if not s.startswith(party):
                continue
            rest = s[len(party):]
            places, used, bare = leading_places(rest, scope)
            tail = rest[used:]
            if not tail:
                return Organization(s, "DEMOCRATIC_PARTY", {s}) if not rest else None
            if places and tail in ("委员会", "委会", "市委会", "市委", "委"):
                name = party + places[-1].name + "委员会" if not bare else party + qualified(places[-1], scope) + "委员会"
                return Organization(name, "DEMOCRATIC_PARTY", {name, s}, place=places[-1].name)
            if tail in ("市委会", "委员会", "委会") and scope.prefecture and not places:
                name = party + scope.prefecture.name + "委员会"
                return Organization(name, "DEMOCRATIC_PARTY", {name, s}, place=scope.prefecture.name)
            if tail.endswith(("支部", "总支", "委员会")):
                return Organization(s, "DEMOCRATIC_PARTY", {s}, place=places[-1].name if places else None)
            return None
    return None


def canonical(surface: str, scope: Scope) -> Organization | None:
    """The organization a surface form names in its scope, or None for a place or a generic reference."""
    s = BRACKETS.sub("", surface).strip()
    if len(s) < 2:
        return None
    if s != surface.strip() and head_kind(s) == "COMPANY":
        s = surface.strip()   # brackets belong to company names: 金力永磁(包头)科技有限公司
    m = FULL_CPPCC.match(s)
    if m and s != "政协委员会":
        places, used, bare = leading_places(m.group(1), scope)
        if places and used == len(m.group(1)):
            org = cppcc(places[-1], scope)
            org.aliases.add(surface)
            return org
        if m.group(1) == "全国":
            return cppcc(None, scope, national=True)
    m = FULL_CPPCC_BODY.match(s)
    if m:
        # 政协洛阳市委员会办公室 is 洛阳市政协办公室: a body written after the committee's full name
        places, used, _bare = leading_places(m.group(1), scope)
        if places and used == len(m.group(1)):
            org = canonical(places[-1].name + "政协" + m.group(2), scope)
            if org is not None:
                org.aliases.add(surface)
                return org
    org = democratic_party(s, scope)
    if org:
        return org
    if s.startswith("中共") and len(s) > 3:
        org = canonical(s[2:], scope)
        if org is not None and org.kind == "PARTY":
            org.aliases.add(surface)
            return org
        return None

    places, used, bare, written = leading_places_written(s, scope)
    body = s[used:]
    place = places[-1] if places else None
    national = bare and s.startswith("全国")
    if not body:
        return None
    if not places and not bare and scope.shared_prefix and head_kind(body) in kinds.codes("organization", "local") \
            and not (scope.parent is not None and _inside_parent(body, scope)):
        # a list item written without the place of the list's first item: 白云矿区政府办公室、发改委
        org = canonical(scope.shared_prefix + s, dataclasses.replace(scope, shared_prefix=""))
        if org is not None:
            org.aliases.add(surface)
        return org
    org = _by_body(s, body, place, bare, national, scope, written[-1] if written else "")
    if org:
        org.aliases.add(surface)
        org.aliases.add(s)
    return org


def _by_body(s: str, body: str, place: Place | None, bare: bool, national: bool, scope: Scope,
             written: str = "") -> Organization | None:
    lex = lexicon()
    # a CPPCC committee and the bodies inside it
    if body.startswith("政协"):
        if place is None and not national:
            if scope.parent is not None and scope.parent.kind == "CPPCC":
                committee = scope.parent
            elif scope.county or scope.prefecture:
                committee = cppcc(scope.county or scope.prefecture, scope)
            else:
                return None
        else:
            committee = cppcc(place, scope, national, written)
        rest = body[2:]
        if not rest or TERM.match(rest):
            return committee
        if rest in ("委员", "常委", "委员会"):
            return committee if rest == "委员会" else None
        return sub_body(committee, rest)
    # Party committees and their departments
    gz = gazetteer()
    if place is not None and body in ("委", "党委", "省委", "区委", "市委", "县委", "旗委", "盟委", "州委"):
        if body == "省委" and place.level != "province":
            place = gz.province(place) or place
        return party_committee(place, scope, written)
    if place is not None and body.startswith(("委", "党委")):
        rest = body[2:] if body.startswith("党委") else body[1:]
        if rest and (rest in lex.party_departments or rest.startswith("常委")):
            return party_department(party_committee(place, scope, written), "常委会" if rest.startswith("常委") else rest)
    if place is not None and body in lex.party_departments and body.endswith("部"):
        return party_department(party_committee(place, scope, written), body)
    if body == "团市委" or (body == "团委" and place is not None):
        pref = place or scope.prefecture
        if pref:
            name = f"共青团{pref.name}委"
            return Organization(name, "MASS_ORG", {name, f"共青团{pref.name}委员会"}, place=pref.name)
    # a sub-body named without its parent: 政法委, 组织部, 办公室, 文化文史委
    if place is None and not bare and scope.parent is not None and _inside_parent(body, scope):
        return sub_body(scope.parent, body)
    # people's governments, congresses
    if place is not None and body in ("人民政府", "政府"):
        q = qualified(place, scope, written)
        return Organization(q + "人民政府", "GOVERNMENT", {q + "人民政府", q + "政府", place.name + "人民政府"},
                            place=place.name)
    if place is not None and body.startswith(("人民政府", "政府")) and len(body) > 2:
        gov = _by_body(s, "人民政府", place, bare, national, scope, written)
        rest = body[4:] if body.startswith("人民政府") else body[2:]
        org = sub_body(gov, rest)
        org.aliases.add(qualified(place, scope, written) + "政府" + rest)
        return org
    kind = head_kind(body)
    if kind is None or (kind == "CPPCC" and place is None) or (
            place is None and body in lex.org_heads and body not in lex.org_heads_alone):
        return None
    if kind == "COMPANY":
        return Organization(s, "COMPANY", {s})
    if national:
        name = "全国" + body
    elif place is not None and kind == "OTHER" and written and written[-1] not in LEVEL_ENDINGS:
        name = s   # 西昌学院, 包头医学院: an institution named with a short place name keeps its name
    elif place is not None and GRASSROOTS.search(body):
        name = s
    elif place is not None and (bare or place.level == "county"):
        name = qualified(place, scope, written) + body
    elif place is not None:
        name = s
    elif GRASSROOTS.search(body):
        # a town's body takes the county it is in (巴音花镇党委 in a 达茂旗 item), and so does a working
        # committee the county sends (中心社区党工委); a village's or community's own body keeps its name: its
        # parent is a town, which the name does not give (华余村党总支)
        unit = GRASSROOTS_UNIT.search(s)
        village = unit is not None and unit.group() in VILLAGE_UNITS and not s.endswith(COUNTY_ORGANS)
        name = s if village else scope.county_surface + s
    elif body.startswith(("中国", "中华")) or any(p.level != "county" for m in gazetteer().find_all(body)
                                                 for p in m.places):
        name = s   # national bodies and names holding a city or province keep their name: 工商联包头分会
    else:
        # no place at all: a local body takes the local place, named bodies elsewhere keep their name
        local = scope.county or scope.prefecture
        if kind in kinds.codes("organization", "local") and local is not None:
            name = qualified(local, scope) + body
            place = local
        else:
            name = s
    if kind == "CPPCC":
        kind = "CPPCC_BODY"
    if kind == "PARTY" and s.endswith(PARTY_SUFFIX):
        # 某某股份有限公司党委: the company's Party committee; a title after it (党委书记、董事长) is the company's
        company = next((s[:-len(suffix)] for suffix in PARTY_SUFFIX if s.endswith(suffix)), "")
        if head_kind(company) == "COMPANY":
            return sub_body(Organization(company, "COMPANY", {company}), s[len(company):])
    return Organization(name, kind, {name}, place=place.name if place else None)


def _inside_parent(body: str, scope: Scope) -> bool:
    """A body named without its parent (政法委, 组织部, 办公室, 文化文史委) that belongs to scope.parent; a
    government or mass body (发改委, 工商联) never is a CPPCC committee's."""
    lex = lexicon()
    return body in lex.party_departments or body in lex.cppcc_bodies or body == "办" or (
        scope.parent.kind in ("CPPCC", "CPPCC_BODY") and re.search(r"(委员会|委|组|室|中心)$", body) is not None
        and head_kind(body) in (None, "CPPCC", "CPPCC_BODY"))


def scope_for(doc: Document, article: int, position: int = -1) -> Scope:
    """The places bare references are read against at a point of the document: the article's place, else
    the bulletin's; on a page covering many cities (no bulletin place), the city the paragraph names last."""
    gz = gazetteer()
    ctx = doc.context
    written = doc.articles[article].place if 0 <= article < len(doc.articles) and doc.articles[article].place \
        else ctx.place
    if ctx.place is None and position >= 0:
        line_start = doc.text.rfind("\n", 0, position) + 1
        named = [m for m in gz.find_all(doc.text[line_start:position], short_forms=False)
                 if any(p.level == "prefecture" for p in m.places)]
        if named:
            written = named[-1].surface
    home = gz.resolve(ctx.place) if ctx.place else None
    place = gz.resolve(written, near=[home] if home else []) if written else None
    if place is not None and home is not None and place in gz.ancestors(home):
        # an article about a visit from above (株洲市政协领导来攸调研) in a county's bulletin: 县政协 is still
        # the county's
        place, written = home, ctx.place
    scope = Scope(home=gz.prefecture(home) if home and home.level != "province" else None)
    if place is not None:
        if place.level == "county":
            scope.county = place
            scope.county_surface = written
        scope.prefecture = gz.prefecture(place) if place.level != "province" else None
        scope.province = gz.province(place)
    elif ctx.province:
        scope.province = gz.resolve(ctx.province)
    pref = scope.prefecture
    if pref is not None and not pref.name.endswith("市") and 0 <= article < len(doc.articles) and position >= 0:
        before = doc.text[doc.articles[article].start:position]
        cities = [p for m in gz.find_all(before, short_forms=False) for p in m.places[:1]
                  if is_county_city(p) and gz.prefecture(p) == pref]
        scope.city = cities[-1] if cities else None
    return scope
