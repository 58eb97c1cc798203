"""Scopes: the places a reference is read against, and the places a name starts with.

A bare level word (市, 区, 县) takes the place of the scope (市政协 in a Baotou bulletin is 包头市政协), a county
takes its prefecture when it is the bulletin's own (包头市青山区), and a name's leading places are read against
the scope (南华 is 南华县 only in 云南). The place surfaces of a document are those the analysis stage found
once (``Document.places``).
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.document import Document, Organization
from kg.name_checks import CONJUNCTIONS
from kg.places import Place, gazetteer, short_forms
from kg.visitors import VISITING, came_here, guest_places

BARE_LEVEL = {"全国": "nation", "自治区": "province", "省": "province", "市": "prefecture", "盟": "prefecture",
              "州": "prefecture", "区": "county", "县": "county", "旗": "county",
              # the words of a place's own kind its pages write bare (自治县政协, 自治州委, 林区党委, 特区人大常委会,
              # 地区政协):
              # only for a place of that kind
              "自治州": "prefecture", "自治县": "county", "自治旗": "county", "林区": "county", "特区": "county",
              "地区": "prefecture"}
PROVINCE_KINDS = ("省", "自治区")   # the bare words of a province's kind: only a province of that kind is theirs
OWN_KIND_WORDS = ("自治州", "自治县", "自治旗", "林区", "特区", "地区")
BARE_WORDS = tuple(sorted(BARE_LEVEL, key=len, reverse=True))
SHORT_FORM = 2   # characters of a county's short form (市中 of 市中区)
COUNTY_NAME = 12   # characters a county's official name may take (双江拉祜族佤族布朗族傣族自治县 is longer, and rare)
VISITED = re.compile(r"(?:赴|到|来到|前往|抵达)$")   # before a place people went to
# the bodies a county's name stands right before (珙县政协, 珙县委, 珙县人民政府)
OWN_BODY = re.compile(r"政协|委|人民政府|政府|人大")
# a committee named by its level alone at a paragraph's or clause's start, before any city: the page's own
OWN_BARE_COMMITTEE = re.compile(r"(?:^|(?<=[，,。；;\s]))[市县区]政协")


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
    own: Place | None = None                  # the bulletin's own place (滕州市 of a 滕州 bulletin)
    district: Place | None = None             # with no county: the county or district the article named last
    district_surface: str = ""                # and how the text wrote it (管城区)
    spelled: bool = False                     # the name writes its county after the prefecture (漯河市源汇区)
    chained: frozenset[str] = frozenset()     # counties the text writes after their prefecture (PlaceIndex.chained)
    placeless: bool = False                   # the bulletin is of no place of its own (a province's, a digest's)
    item: Place | None = None                 # and the place the paragraph or article is of (Document.place_at)
    # where the scope's province is of another kind: the province of a kind (省, 自治区) its paragraph named last
    named_provinces: dict[str, Place] = field(default_factory=dict)


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
    if scope.prefecture is None and scope.province is not None and scope.province.is_municipality:
        return scope.province   # a page of 重庆 that names no district: its 市政协 is the municipality's
    return scope.prefecture


def qualified(place: Place | None, scope: Scope, surface: str = "") -> str:
    """How an organization's name writes its place: a county (or county-level city) carries its prefecture
    when that is the bulletin's (包头市青山区, 嘉兴市平湖市), written as the text writes it (包头市土右旗); the
    bulletin's own county-level city or county is named on its own (滕州市, 永嘉县); an autonomous prefecture by its short name
    (湘西州).

    >>> from kg.places import gazetteer
    >>> qualified(gazetteer().resolve("湘西土家族苗族自治州"), Scope())
    '湘西州'
    """
    if place is None:
        return ""
    if place.level != "county":
        return prefecture_name(place)
    if not surface and scope.county is not None and scope.county.adcode == place.adcode:
        surface = scope.county_surface
    written = surface if surface and surface[-1] in "市县区旗" else place.name
    pref = gazetteer().prefecture(place)
    home = _home(place, pref, scope)
    if pref and home and pref.adcode == home.adcode and not named_alone(place, scope):
        return prefecture_name(pref) + written
    return written


def _home(place: Place, pref: Place | None, scope: Scope) -> Place | None:
    """The prefecture whose counties carry its name where place is read: the bulletin's; on a page of no place
    of its own (a province's, a digest's) the prefecture an item is about (赤峰市政协…巴林左旗政协), not one the
    gazetteer puts above the item's own county (大荔县政协… on a 陕西 page is no 渭南市大荔县政协)."""
    if pref is not None and place.adcode in scope.chained and (pref.name.endswith("市") or not is_county_city(place)):
        # the text writes it so somewhere (赴铜川市耀州区…耀州区委书记: 中共铜川市耀州区委); a league's city is
        # named on its own (兴安盟乌兰浩特市…: 乌兰浩特市政协)
        return pref
    if is_county_city(place):
        return pref if _item_of_its_city(pref, place, scope) else scope.home
    if not scope.placeless or scope.home is not None:
        return scope.home or scope.prefecture
    if pref is not None and pref.is_municipality:
        return pref   # a municipality's district keeps its name (上海市奉贤区政协)
    item = scope.item
    return item if item is not None and (item.level == "prefecture" or item.is_municipality) else None


def _item_of_its_city(pref: Place | None, place: Place, scope: Scope) -> bool:
    """An item about another city (邵阳市政协 visits 武冈市): its county-level cities carry its name; a league's or
    autonomous prefecture's city is named on its own (乌兰浩特市), as bare_city reads it."""
    return scope.county in (None, place) and scope.prefecture is not None and pref is not None \
        and pref.adcode == scope.prefecture.adcode and pref.name.endswith("市") \
        and (not scope.placeless or scope.item == pref)


def named_alone(place: Place, scope: Scope) -> bool:
    """A county-level city or county named on its own, without its prefecture: the bulletin's own (滕州市政协,
    永嘉县政协), and on a county's page any other the text names so (张家港's page: 昆山市政协, 西平县's: 平舆县委);
    a district keeps its city (南通市崇川区政协), and so does a county the text writes after its prefecture.

    >>> gz = gazetteer()
    >>> named_alone(gz.resolve("昆山市"), Scope(own=gz.resolve("张家港市"))), named_alone(gz.resolve("昆山市"), Scope())
    (True, False)
    """
    if not (is_county_city(place) or place.name[-1] in "县旗") or scope.own is None:
        return False
    return scope.own.adcode == place.adcode or scope.own.level == "county" and not scope.spelled \
        and place.adcode not in scope.chained


def prefecture_name(place: Place) -> str:
    """An autonomous prefecture by its short name and 州 (湘西州, 楚雄州), as bulletins name its bodies."""
    if place.name.endswith("自治州"):
        short = next((f for f in short_forms(place.name) if f.endswith("州")), None)
        return short or place.name
    return place.name


@dataclass
class Leading:
    """The places a name starts with: the places, how many characters they take, whether a bare level word
    (市, 县, 全国) stood for one, and how the text writes each place."""
    places: list[Place] = field(default_factory=list)
    used: int = 0
    bare: bool = False
    written: list[str] = field(default_factory=list)

    @property
    def place(self) -> Place | None:
        return self.places[-1] if self.places else None


class _PlaceMatches:
    """find_all over a name, run again only where the name is read on from a point that is no match's end
    (the matches after a chosen match's end are those of the rest of the name)."""

    def __init__(self, s: str):
        self.s, self.base, self.matches = s, -1, []

    def starting_at(self, pos: int) -> list:
        if pos != self.base and pos not in {self.base + m.end for m in self.matches}:
            self.base, self.matches = pos, gazetteer().find_all(self.s[pos:])
        shift = pos - self.base   # offsets relative to pos, as find_all(s[pos:]) gives them
        return [dataclasses.replace(m, start=0, end=m.end - shift) for m in self.matches if m.start == shift]


def leading_places(s: str, scope: Scope, strong_first: bool = False) -> Leading:
    """The places a name starts with, read in its scope. A bare level word (市, 区) stands for the scope's
    place; with strong_first the first place must be written by a strong form (an official name).

    >>> lead = leading_places("包头市青山区政协", Scope())
    >>> [p.name for p in lead.places], lead.used
    (['包头市', '青山区'], 6)
    """
    lead = Leading()
    matches = _PlaceMatches(s)
    while lead.used < len(s):
        pos = lead.used
        word = next((w for w in BARE_WORDS if s.startswith(w, pos)), None)
        m = _place_at(s, pos, lead, scope, matches.starting_at(pos), strong_first)
        if m is not None and (word is None or m.end > len(word)):
            near = [p for p in (lead.places[-1:] or [scope.county, scope.prefecture, scope.province]) if p]
            lead.places.append(gazetteer().resolve(s[pos:pos + m.end], near=near) or m.places[0])
            lead.written.append(s[pos:pos + m.end])
            lead.used += m.end
        elif word is None or lead.places or not _bare_level(word, scope, lead):
            break
        elif BARE_LEVEL[word] == "nation":
            return Leading([], lead.used, True, [])
    return lead


def written_home(lead: Leading, scope: Scope) -> Scope:
    """scope for a name that writes its county after the county's prefecture (漯河市源汇区政协 on another
    place's page): that prefecture is the name's home, so the county keeps it (qualified drops a prefecture
    that is not the bulletin's only where the text left it out).

    >>> from kg.places import gazetteer
    >>> written_home(leading_places("漯河市源汇区政协", Scope()), Scope()).home.name
    '漯河市'
    """
    place = lead.place
    if lead.bare or len(lead.places) < 2 or place is None or place.level != "county":
        return scope
    pref = gazetteer().prefecture(place)
    if pref is None or lead.places[-2].adcode != pref.adcode:
        return scope
    return dataclasses.replace(scope, home=pref, spelled=True)


def _place_at(s: str, pos: int, lead: Leading, scope: Scope, matches: list, strong_first: bool):
    """The longest place match at pos that reads as a place here, or None."""
    if strong_first and not lead.places:   # an official name, or the short name organizations use (湘西州)
        matches = [m for m in matches if m.full or m.kind == "full"
                   or any(prefecture_name(p) == s[pos:pos + m.end] for p in m.places)]
    if not matches:
        return None
    m = max(matches, key=lambda m: m.end)
    if not m.full and s.startswith(BARE_WORDS, pos) and m.end <= SHORT_FORM:
        return None   # 市中医院, 市中级人民法院: the bare level 市, not 市中(区) written short
    if not m.full and s[pos + m.end:pos + m.end + 1] and s[pos + m.end] in "镇乡村湖":
        return None   # 响水镇 is a town, not 响水(县) + 镇; 微山湖, 洪泽湖 a lake, no 微山县 + 湖
    anchors = lead.places[-1:] or [p for p in (scope.prefecture, scope.province) if p]
    if not m.full and not near_enough(m, anchors) and not county_before_body(s, pos, m):
        return None   # 南华中心社区 in a 内蒙古 bulletin: a word, not 南华县 of 云南
    return m


def county_before_body(s: str, pos: int, m) -> bool:
    """A two-character county's official name (珙县, 乾县) before the body it names (珙县政协, 乾县委): the county,
    however far from the bulletin's place; not after a conjunction's character (和县 of 乡镇和县政协).

    >>> m = gazetteer().find_all("珙县政协")[0]
    >>> county_before_body("珙县政协", 0, m), county_before_body("珙县人民医院", 0, m)
    (True, False)
    """
    return m.kind == "full" and m.end == 2 and s[pos + 1] == "县" and s[pos] not in CONJUNCTIONS \
        and OWN_BODY.match(s, pos + m.end) is not None


def _bare_level(word: str, scope: Scope, lead: Leading) -> bool:
    """Read a bare level word (市, 县, 全国) as the scope's place of that level; False where it names none."""
    level = BARE_LEVEL[word]
    place = {"province": scope.province, "prefecture": scope.prefecture, "county": scope.county}.get(level)
    if level == "county" and place is None and scope.district is not None and scope.district.name.endswith(word):
        place = scope.district   # 新城区委书记某某，区政府副区长某某: the bare 区 is the district just named
        lead.places.append(place)
        lead.written.append(scope.district_surface)
        lead.bare = True
        lead.used += len(word)
        return True
    if word in PROVINCE_KINDS and place is not None and not place.name.endswith(word):
        # 上海市工商联主席…赴江苏省工商联，与省工商联主席: a 省 is no municipality; a bare 自治区 is never a 省's
        # (a digest: 浙江省政协…。宁夏自治区政协召开…，自治区政协主席某某)
        place = scope.named_provinces.get(word, place if word == "省" else None)
    if word == "市":
        place = bare_city(scope)
        level = place.level if place is not None else level
    if level != "nation" and place is None or word in OWN_KIND_WORDS and not place.name.endswith(word):
        return False
    if place is not None:
        lead.places.append(place)
        lead.written.append(scope.county_surface if level == "county" and place is scope.county else "")
    lead.bare = True
    lead.used += len(word)
    return True


def near_enough(match, anchors: list[Place]) -> bool:
    """A county written by a two-character short form is taken for a place only within the province (or
    under the place) the name already stands in; far away such a short form is more often a word."""
    counties = [p for p in match.places if p.level == "county"]
    if len(counties) < len(match.places) or not anchors:
        return True
    gz = gazetteer()
    return any(a in gz.ancestors(c) or a == gz.province(c) for c in counties for a in anchors)


@lru_cache(maxsize=8192)   # resolve compares every pair of organization names
def place_prefix(name: str) -> str:
    """The place names a name starts with, official first: 包头市土右旗 of 包头市土右旗水务局, 株洲市攸县 of
    株洲市攸县政协; after a first place a county may be written short (木里县 as 木里).

    >>> place_prefix("包头市青山区政协")
    '包头市青山区'
    """
    lead = leading_places(name, Scope(), strong_first=True)
    return name[:lead.used] if lead.places else ""


def scope_for(doc: Document, article: int, position: int = -1) -> Scope:
    """The places bare references are read against at a point of the document: the article's place, else
    the bulletin's; on a page covering many cities (no bulletin place), the city the paragraph names last, else
    the province its people went to.

    Place surfaces are looked up in ``doc.places`` (the analysis stage), not scanned again.
    """
    gz = gazetteer()
    ctx = doc.context
    in_article = 0 <= article < len(doc.articles)
    written = doc.articles[article].place if in_article and doc.articles[article].place else ctx.place
    if position >= 0 and doc.place_marks:
        written = doc.place_at(position) or written   # a paragraph opening with a place of its own (context)
    if ctx.place is None and position >= 0:
        written = _paragraph_place(doc, position) or written
    home = bulletin_home(doc)
    place = gz.resolve(written, near=[home] if home else []) if written else None
    if place is not None and home is not None and place in gz.ancestors(home):
        # an article about a visit from above (株洲市政协领导来攸调研) in a county's bulletin: 县政协 is still
        # the county's
        place, written = home, ctx.place
    # a municipality (天津市) is its own prefecture: its districts carry its name (天津市西青区政协)
    scope = Scope(home=gz.prefecture(home) if home and (home.level != "province" or home.is_municipality) else None,
                  own=home)
    _place_scope(scope, place, written, ctx.province)
    scope.placeless, scope.item = scope.home is None, place
    scope.chained = doc.places.chained if doc.places is not None else frozenset()
    if position >= 0:
        _sentence_county(doc, scope, position)
        _named_before(doc, scope, article if in_article else -1, position)
    return scope


def _named_before(doc: Document, scope: Scope, article: int, position: int) -> None:
    """The places named before position the scope keeps besides its own: the 省 of its paragraph (where the scope's
    province is none), and in an article a county-level city and, with no county, the district it named last."""
    if scope.province is not None:
        scope.named_provinces = {kind: named for kind in PROVINCE_KINDS if not scope.province.name.endswith(kind)
                                 and (named := _province_named_before(doc, position, kind)) is not None}
    if article >= 0:
        scope.city = _city_named_before(doc, scope.prefecture, doc.articles[article].start, position)
        if scope.county is None:
            scope.district, scope.district_surface = _county_named_before(doc, scope.prefecture,
                                                                          doc.articles[article].start, position)


def _paragraph_place(doc: Document, position: int) -> str | None:
    """How the paragraph before position last writes a city (a municipality too: 北京市政协组织…。市政协主席某某参加),
    not its guests'; else a province its people went to (全国政协副主席某某赴江苏省调研。省政协主席…陪同)."""
    line_start = doc.text.rfind("\n", 0, position) + 1
    found = doc.places.find(line_start, position, short_forms=False)
    # not the guests' city (清远市政协副主席某某一行来我市考察。市政协副主席某某陪同: the host's committee)
    guests = guest_places(doc.text, found)
    found = [m for m in found if m.places[0] not in guests]
    named = [m for m in found if any(p.level == "prefecture" or p.is_municipality for p in m.places)] \
        or [m for m in found if any(p.level == "province" for p in m.places) and VISITED.search(doc.text, 0, m.start)]
    if named and OWN_BARE_COMMITTEE.search(doc.text, line_start, named[0].start):
        return None   # 市政协主席某某率队在甲市、乙市调研。市政协副主席某某参加: the page's own committee, not theirs
    return named[-1].surface if named else None


def _province_named_before(doc: Document, position: int, kind: str) -> Place | None:
    """The province of a kind (省, 自治区) the paragraph before position names last, or None."""
    line_start = doc.text.rfind("\n", 0, position) + 1
    provinces = [p for m in doc.places.find(line_start, position, short_forms=False) for p in m.places[:1]
                 if p.level == "province" and p.name.endswith(kind)]
    return provinces[-1] if provinces else None


def _sentence_county(doc: Document, scope: Scope, position: int) -> None:
    """A bare county's body is of the county whose body the sentence named last before it, not the item's first
    place (兰西县政协…一行到某地考察。某县政协主席甲，县政协副主席乙: the host's; 宜都市政协主席甲，市政协副主席乙 on
    宜昌's page: 宜都's), where its level word is that county's (县政协 after 秦都区政协 is the page's own)."""
    start = max(doc.text.rfind("\n", 0, position), doc.text.rfind("。", 0, position)) + 1
    # the body read at position may be that county's own, named there (三原县政协): read in the same scope
    named = [m for m in doc.places.find(start, position + COUNTY_NAME, short_forms=False)
             if m.start <= position and m.places[0].level == "county" and OWN_BODY.match(doc.text, m.end)
             and not VISITING.match(doc.text, m.end) and not came_here(doc.text, m.end)]
    if not named:
        return
    # a namesake read where the page stands (普陀区 of a 浙江 page is 舟山's, not 上海's)
    near = [p for p in (scope.prefecture, scope.province) if p is not None]
    county = gazetteer().resolve(named[-1].surface, near=near) or named[-1].places[0]
    # (a name of another place written short, 宁海政协 after 宜良县政协考察团, is read where the page stands)
    other_place = named[-1].start != position and any(m.start == position for m in doc.places.find(
        position, position + COUNTY_NAME))
    if county != scope.county and _read_in_named_county(doc.text[position:position + 1], county, scope, other_place):
        _place_scope(scope, county, named[-1].surface, None)


def _read_in_named_county(bare: str, county: Place, scope: Scope, other_place: bool) -> bool:
    """Whether a body whose first character is bare is read in the county its sentence named before: a body
    named bare (政协主席某某 after 某区委书记…区长…), of that county's level (县政协 after 秦都区政协 is no 区's: the
    page's own), or any body on a page of no place; not a name that opens with a place of its own (other_place)."""
    if bare and bare in "县区旗市" and county.name[-1] != bare:
        return False
    return scope.placeless or not other_place


def bulletin_home(doc: Document) -> Place | None:
    """The bulletin's place, read in its province: 龙华区 of a 海南 page is 海口's, not 深圳's."""
    gz, ctx = gazetteer(), doc.context
    if doc.page_place is not None and doc.page_place.name == ctx.place:
        return doc.page_place   # the one the context chose of places sharing a name (福州's 鼓楼区)
    province = gz.resolve(ctx.province) if ctx.province else None
    return gz.resolve(ctx.place, near=[province] if province else []) if ctx.place else None


def _place_scope(scope: Scope, place: Place | None, written: str | None, province: str | None) -> None:
    gz = gazetteer()
    if place is None:
        scope.province = gz.resolve(province) if province else None
        return
    if place.level == "county":
        scope.county, scope.county_surface = place, written
    scope.prefecture = gz.prefecture(place) if place.level != "province" or place.is_municipality else None
    scope.province = gz.province(place)


def place_scope(place: Place, scope: Scope) -> Scope:
    """scope read at another place: its prefecture, county and province those of place."""
    out = dataclasses.replace(scope, county=None, county_surface="", prefecture=None, province=None, city=None)
    _place_scope(out, place, place.name, None)
    return out


def _city_named_before(doc: Document, pref: Place | None, start: int, position: int) -> Place | None:
    """In a league or prefecture that is no city (兴安盟), the county-level city its article named last."""
    if pref is None or pref.name.endswith("市"):
        return None
    cities = [p for p, _surface, _start in _counties_named(doc, pref, start, position) if is_county_city(p)]
    return cities[-1] if cities else None


def _county_named_before(doc: Document, pref: Place | None, start: int, position: int) -> tuple[Place | None, str]:
    """The county or district of the prefecture that the article named last before position, written with
    its level word (瀍河区 for 瀍河回族区 too), and how the text wrote it."""
    counties = _counties_named(doc, pref, start, position, with_level=True) if pref is not None else []
    # in the sentence itself a county of any city (金秀瑶族自治县委常委、县委办主任: 县委办 is that county's)
    sentence = max(start, doc.text.rfind("。", 0, position) + 1)
    counties += _counties_named(doc, None, sentence, position, with_level=True)
    return max(counties, key=lambda c: c[2])[:2] if counties else (None, "")


def _counties_named(doc: Document, pref: Place | None, start: int, position: int, with_level: bool = False) -> list:
    """(county, surface, offset) of the counties of pref (of any prefecture without one) named between start and
    position: by their official names, or also (with_level) by short forms that keep the level word or that people
    went to (赴宁海开展调研: the county they visit)."""
    gz = gazetteer()
    return [(p, m.surface, m.start) for m in doc.places.find(start, position, short_forms=with_level)
            if not with_level or m.full or m.surface[-1] in "区县旗市" or VISITED.search(doc.text, 0, m.start)
            for p in m.places[:1]
            if p.level == "county" and (pref is None or gz.prefecture(p) == pref)]
