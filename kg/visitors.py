"""Visitors and hosts: where the people a page tells of came from, and where they came to.

The context stage reads a page's place against its guests (kg/stages/context.py): 南川区政协考察组来足交流 names
the visitors' district, not the page's; 住粤全国政协委员 and 来琼调研 name the page's own province by its
one-character name (kg/data/province_abbreviations.tsv); 市政协…赴江苏、浙江考察 names where the page's own people
went, not the page's province; a place in a page's head where its people go (赴海宁市), in a byline, a venue's or a
Hong Kong association's name is no place of the page (elsewhere).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import rows
from kg.places import Place, gazetteer

# a 来 of a word that tells no coming (近年来, 以来, 未来, 带来, 迎来, 到来): the characters before it
NOT_COMING = "[年以近未将后从原本带起出回过上下进看向历素往外到迎引招传由]"
# what follows the place of visitors in their clause: 南川区政协考察组来足交流, 某区政协副主席率考察组来我区交流
# (来 and where they came to, then what they came for; not 来到, of a page's own people going somewhere; 到 only
# with 我/本: 玉林市政协到我市考察, 江城区政协考察团到我市开展了考察交流; 开展 or 进行 may take a word before
# what they came for: 某县政协来东开展异地交流)
# (a group, 一行, come to a place of up to six characters, its sentence going on through commas: 某区政协工作研究会一行
# 8人在会长某某的带领下，来凤翔县就…进行学习调研; 某市政协副主席某某一行就我县…进行了考察; and the honorific
# 莅临 to the page's own place, 某市政协主席某某一行11人莅临我市: 莅临 a company is where a page's own people go; and
# 来到 with 我/本, 某市副市长某某带领…等来到我市: 来到 elsewhere is where the page's own people go)
VISITING = re.compile(r"[^，,。；;：:\n]{0,16}?(?:(?<!%s)来(?!到)(?:我|本)?|到[我本])[\u4e00-\u9fff]{1,3}?"
                      r"(?:(?:开展了?|进行)[\u4e00-\u9fff]{0,2}?)?(?:考察|调研|交流|学习|视察|指导|座谈)"
                      r"|[^。；;\n]{0,30}?一行[^。；;\n]{0,20}?(?<!%s)来(?![到自看])(?:我|本)?[\u4e00-\u9fff]{1,6}?"
                      r"(?:就|开展|进行|考察|调研|交流|学习|视察|指导|座谈)"
                      r"|[^。；;\n]{0,30}?一行[^。；;\n]{0,6}?就(?:我|本)[县市区旗州盟]"
                      r"|[^。；;\n]{0,30}?(?:莅临|来到)(?:我|本)[县市区旗州盟]" % (NOT_COMING, NOT_COMING))
# where a one-character province name is the page's own province: 住粤全国政协委员, 来琼调研, 来桂考察
OWN_PROVINCE = re.compile(r"住(.)全国政协委员|来(.)(?=调研|考察|视察|指导|交流|开展)")
# national members living in one province who go to another to inspect it (住黔全国政协委员赴浙考察): the second is
# the page's (not 住粤全国政协委员启程赴京: to the session in Beijing)
MEMBERS_VISITING = re.compile(r"住(.)全国政协委员[^，,。；;]{0,8}?(?:赴|抵|来到?)(.)(?=考察|调研|视察|交流|开展)")
# where a one-character city name is the page's own city: 住厦省政协委员, 驻韶全国政协委员, 来泉调研, 莅榕考察,
# 来蓉学习考察, 在攀期间, a head line ending where guests came (某市政协考察团来温)
OWN_CITY = re.compile(r"(?m)[住驻](.)(?:的)?(?:全国|省|市)?(?:政协委员|人大代表)"
                      r"|(?:来|莅)(.)(?=调研|考察|视察|指导|交流|开展|学习|[ \t]*$)|在(.)期间")
# a line that ends where guests came, the verb left out (安顺市政协考察团来温, 某县政协考察团来我县, …莅临绵阳): what
# follows 来 is one character of a city or province (checked by came_here) or 我市; after 莅临, a place's name
ARRIVAL_END = re.compile(r"(?m)[^，,。；;：:\n]{0,16}?(?:来(?:我[市县区州旗盟]|(.))|莅临([\u4e00-\u9fff]{2,8}))[ \t]*$")
# a group come to a place written by one character, its clause going on (…主席某某一行来璧，考察…, 率考察团来璧，)
GROUP_ARRIVED = re.compile(r"[^，,。；;：:\n]{0,16}?(?:一行|[团组]|率队|带队)(?:来|莅)[\u4e00-\u9fff](?=[，,])")
# the one character of the place guests came to (来璧考察, 一行来璧，, 考察团来璧 at a line's end)
HOST_CHARACTER = re.compile(r"(?m)(?:来|莅)(?!我)([\u4e00-\u9fff])(?=调研|考察|视察|指导|交流|开展|学习|[，,]|[ \t]*$)")
# the page's own people going to a province they name (市政协…赴江苏苏州、浙江嘉兴调研, 前往湖南学习): no one names
# their own province so; a list of destinations goes on through 、 and 和 or right on (江苏苏州)
GOING = re.compile(r"(?:赴|前往|来到|走进|考察)$")   # 考察甘肃、新疆: where they went
TRIP_LIST = re.compile(r"[、和及与]?")
# a local body whose people go (市政协, 南通市政协, 县领导, 省委), not a group of Hong Kong members (港区省级政协委员联谊会)
LOCAL_BODY = re.compile(r"(?<![港澳社园])[省市县区旗州盟](?:领导|政协|委|政府|人大)")
# a county's body whose people go (县政协, 区委, 旗政协, 乾县政协), not a town's or a community's (镇政府, 社区党委),
# nor all of a city's counties (县(市、区)政协: a city's people)
COUNTY_BODY = re.compile(r"(?<![港澳社园镇街乡])[县区旗](?:领导|政协|委|政府|人大)")
COUNTY_GOING = re.compile(r"(?:赴|前往|来到|走进|[先后一行]到)$")   # 一行到, 先后到: not 到我县, 来到 being GOING's
# right after a county gone to: the next one, its body or what the trip is for; not a name it begins (赴嘉定工业区:
# a zone of the page's own district)
COUNTY_TRIP_GOES_ON = re.compile(r"[、和及与，,。；;]|等地|政协|考察|调研|学习|参观|交流|开展|进行|视察|就|围绕")
# after a province gone to: the next destination, the province's own 省, or what the trip is for (not 浙江大学)
TRIP_GOES_ON = re.compile(r"省?(?:[、和及与，,。；;\n]|等地|[\u4e00-\u9fff]{0,3}?(?:考察|调研|学习|参观|交流|开展|进行))")

# a head's place where people go, not where they are from: 赴海宁市, 到绥化市, 来到…, 前往…
DESTINATION = re.compile(r"(?:赴|到|前往|走进|深入)$")
# a hometown in the name of an association of Hong Kong or Macau people (香港佛冈联会, 澳门某某同乡会): where they
# come from, not where the page is
ABROAD_ASSOCIATION = re.compile(r"(?:香港|澳门|旅港|旅澳)$")
# members of a higher committee living in the page's place (住我市的苏州市政协委员): that committee is not the page's
RESIDENT_MEMBERS = re.compile(r"(?:住|驻|在)[^，,。；;]{1,4}的$")
# a venue named after a district (白云国际会议中心 in a photo caption of the head): where a meeting sat
VENUE = re.compile(r"(?:国际)?(?:会议中心|会展中心|宾馆|大?酒店|饭店|大厦|体育馆|大?剧院|礼堂)")
BARE_LOCAL = re.compile(r"(?<![\u4e00-\u9fff])[市县区旗](?:领导|政协|委|政府|人大)|^[市县区旗](?:领导|政协|委|政府|人大)")
# a host receiving guests before they are named (某某热情接待了某县政协委员一行): the place after it is the guests'
RECEIVING = re.compile(r"会见|接见|接待|欢迎|宴请|陪同")
BYLINE = re.compile(r"(?:作者|编辑|记者|通讯员)")
# a meeting held somewhere (在香格里拉隆重开幕), and a body of a city, prefecture or league named bare at a line's start
HELD = re.compile(r"(?:隆重|胜利)?(?:召开|开幕|举行|闭幕)")
PROVINCE_MEETING = re.compile(r"\s*(?:全省|省政协|省委|自治区政协|自治区党委|全区政协)")   # a line of a province's meeting
BARE_HIGHER = re.compile(r"(?:^|(?<![\u4e00-\u9fff]))[市州盟](?:政协|委|政府|人大)")
LEADS_OUT = re.compile(r"(?:率队|带队|率团)")   # 某某率队赴甘孜州: a leader of the page's place goes out
PROVINCE_LEADER = re.compile(r"省|自治区")    # 省政协主席某某率队赴泉州: a province's visit, the city's page


@lru_cache(maxsize=1)
def province_abbreviations() -> dict[str, str]:
    """One-character province name -> the province (kg/data/province_abbreviations.tsv)."""
    return {row[0]: row[1] for row in rows("province_abbreviations.tsv")}


@lru_cache(maxsize=1)
def city_abbreviations() -> dict[str, tuple[str, str]]:
    """One-character city name -> (the city, its province) (kg/data/city_abbreviations.tsv)."""
    return {row[0]: (row[1], row[2]) for row in rows("city_abbreviations.tsv")}


def municipality_abbreviations() -> dict[str, tuple[str, str]]:
    """One-character name of a municipality (渝, 沪, 京, 津) -> (the municipality, itself): a city and a province
    at once, whose guests come to it (来渝考察) as to a city.

    >>> municipality_abbreviations()["渝"]
    ('重庆市', '重庆市')
    """
    return {c: (name, name) for c, name in province_abbreviations().items() if name.endswith("市")}


def own_city_by_abbreviation(text: str) -> Place | None:
    """The prefecture-level city (or municipality, 来渝考察) a page says is its own by its one-character name
    (city_abbreviations.tsv): the members living there (住厦省政协委员, 驻韶全国政协委员), visitors who came there
    (来泉调研, 来蓉学习考察, 在攀期间; a head line ending 考察团来温); one such city only.

    >>> own_city_by_abbreviation("省政协会议在福州开幕,住厦省政协委员参加。").name
    '厦门市'
    """
    names = city_abbreviations() | municipality_abbreviations()
    found = {names[c] for m in OWN_CITY.finditer(text) for c in m.groups() if c in names}
    if len(found) != 1:
        return None
    city, province = found.pop()
    gz = gazetteer()
    return gz.resolve(city, near=[p for p in (gz.resolve(province),) if p is not None])


def own_province_by_abbreviation(text: str) -> Place | None:
    """The province a page says is its own by its one-character name (province_abbreviations.tsv): 住粤全国政协委员
    (the national members living there), 来琼调研 (visitors came there); one such province only, and not the one
    of members who came from there (住黔全国政协委员赴浙考察 is a page of 浙江).

    >>> own_province_by_abbreviation("住黔全国政协委员赴浙考察。省政协对住黔全国政协委员表示欢迎。").name
    '浙江省'
    """
    names = province_abbreviations()
    found = {m.group(1) or m.group(2) for m in OWN_PROVINCE.finditer(text)}
    visits = [m.groups() for m in MEMBERS_VISITING.finditer(text)]
    found = {names[c] for c in found | {own for _from, own in visits} if c in names} \
        - {names.get(home) for home, _own in visits}
    return gazetteer().resolve(found.pop()) if len(found) == 1 else None


def came_here(text: str, end: int) -> bool:
    """The line goes on from end (after a place) to where its guests came and ends there (ARRIVAL_END): the place
    is the guests', as where VISITING follows it.

    >>> came_here("安顺市政协考察团来温", 3), came_here("市政协迎来新春", 0)
    (True, False)
    """
    if GROUP_ARRIVED.match(text, end):
        return True
    m = ARRIVAL_END.match(text, end)
    if m is None:
        return False
    char, name = m.groups()
    if name is not None:
        return gazetteer().resolve(name, near=[]) is not None
    return char is None or char in city_abbreviations() or char in province_abbreviations()


def guest_places(text: str, found) -> set[Place]:
    """The places of found (PlaceMatch, as PlaceIndex.find gives them) whose people the text says came
    (VISITING, came_here): 苏州市 of 苏州市政协主席某某一行来宿迁市考察调研.

    >>> found = gazetteer().find_all("苏州市政协主席某某一行来宿迁市考察调研")
    >>> sorted(p.name for p in guest_places("苏州市政协主席某某一行来宿迁市考察调研", found))
    ['苏州市']
    """
    return {m.places[0] for m in found if VISITING.match(text, m.end) or came_here(text, m.end)}


def without_guests(text: str, head: list[tuple[int, int]], matches) -> list:
    """matches (start, end, places, strong) without the places whose people the page's head (the spans head) says
    came (上海市政协来盐考察调研): the page is their hosts', wherever the text names the guests' place.

    >>> without_guests("上海市政协来盐考察调研。上海市政协秘书长李明参加。", [(0, 11)],
    ...                [(0, 3, gazetteer().lookup("上海市"), True), (12, 15, gazetteer().lookup("上海市"), True)])
    []
    """
    guests = {m[2][0] for m in matches if any(a <= m[0] < b for a, b in head)
              and (VISITING.match(text, m[1]) or came_here(text, m[1]))}
    return [m for m in matches if m[2][0] not in guests]


def visitors_places(text: str, matches) -> set[int]:
    """Starts of the places of visitors (VISITING), with the places written right before one (河南省漯河市 of
    河南省漯河市源汇区政协主席某某一行来…考察: the visitors' province and city, however long the rest)."""
    starts: set[int] = set()
    for m in sorted(matches, key=lambda m: m[0], reverse=True):
        if m[1] in starts or VISITING.match(text, m[1]) or came_here(text, m[1]):
            starts.add(m[0])
    return starts


def host_by_character(text: str, matches) -> Place | None:
    """The one prefecture or county the text names (matches: start, end, places, full) whose name holds the
    character guests came to (巫山县政协一行来璧，… 璧山发展势头良好: 璧山区), none of the guests' own; a character
    of the abbreviation tables is their city's or province's (来蓉 is 成都's, not 芙蓉区's).

    >>> text = "巫山县政协一行来璧，考察工作。璧山发展势头良好。"
    >>> host_by_character(text, [(0, 3, gazetteer().lookup("巫山县"), True), (15, 17, gazetteer().lookup("璧山"), False)]).name
    '璧山区'
    """
    tables = city_abbreviations().keys() | province_abbreviations().keys()
    chars = {m.group(1) for m in HOST_CHARACTER.finditer(text)} - tables
    if not chars:
        return None
    visiting = visitors_places(text, matches)
    guests = {m[2][0] for m in matches if m[0] in visiting}
    named = {m[2][0] for m in matches if m[2][0].level in ("prefecture", "county")
             and any(c in text[m[0]:m[1]] for c in chars)} - guests
    return named.pop() if len(named) == 1 else None


def hosted_place(text: str, matches, place: Place | None) -> Place | None:
    """The place guests came to by its character (host_by_character) over the place found, where that is none,
    the host's own city or province (重庆市 over 璧山区), or the guests' (潼南区政协…一行来璧); else the place."""
    host = host_by_character(text, matches)
    if host is None or place is not None and place not in gazetteer().ancestors(host) \
            and not any(m[2][0] == place for m in matches if m[0] in visitors_places(text, matches)):
        return place
    return host


def destination_provinces(text: str, matches) -> set[Place]:
    """The provinces matches (start, end, places, strong) name where the page's own people (市政协…, own_people_before)
    go (赴江苏、浙江考察, 赴江苏苏州、昆山、浙江嘉兴等市调研): not the page's province, however often the text names
    their places; a group of no local body (港区省级政协委员联谊会赴福建考察) may be the province's guests.

    >>> sorted(p.name for p in destination_provinces("市政协赴江苏苏州、浙江嘉兴调研", [
    ...     (4, 6, gazetteer().lookup("江苏省"), False), (6, 8, gazetteer().lookup("苏州市"), False),
    ...     (9, 11, gazetteer().lookup("浙江省"), False), (11, 13, gazetteer().lookup("嘉兴市"), False)]))
    ['江苏省', '浙江省']
    """
    found: set[Place] = set()
    trip_end = -1   # where the list of destinations that is being read ends
    for start, end, places, _full in sorted(matches, key=lambda m: m[0]):
        if not (GOING.search(text, 0, start) and own_people_before(text, start) or start == trip_end):
            trip_end = -1
            continue
        province = places[0] if places[0].level == "province" else None
        if province is not None and TRIP_GOES_ON.match(text, end) is None and not any(m[0] == end for m in matches):
            continue   # 赴浙江大学: a body's name
        found |= {province} if province else set()
        trip_end = TRIP_LIST.match(text, end).end()
    return found


def destination_counties(text: str, matches) -> set[Place]:
    """The counties matches (start, end, places, strong) name where a county's own people go (旗政协主席某某带队赴
    杭锦后旗、五原县考察学习, 乾县政协副主席一行赴秦都区政协考察): neither is the page's county, however often the
    text names them; where a city's people go (市政协主席赴某县调研, 县委书记陪同) the county may be the page's.

    >>> sorted(p.name for p in destination_counties("旗政协主席带队赴五原县、临河区考察", [
    ...     (8, 11, gazetteer().lookup("五原县"), True), (12, 15, gazetteer().lookup("临河区"), True)]))
    ['临河区', '五原县']
    """
    found: set[Place] = set()
    trip_end = -1
    for start, end, places, _full in sorted(matches, key=lambda m: m[0]):
        if (start == trip_end or COUNTY_GOING.search(text, 0, start) and county_people_before(text, start)) \
                and COUNTY_TRIP_GOES_ON.match(text, end):
            found |= {p for p in places if p.level == "county"}
            trip_end = TRIP_LIST.match(text, end).end()
    return found


def destination_cities(text: str, matches) -> set[Place]:
    """The prefectures matches (start, end, places, strong) name where a city's own people, named bare, go (市政协副
    主席某某率考察团赴眉山市学习考察), with their counties: the page is of the city they come from, however often the
    text names the one they went to.

    >>> sorted(p.name for p in destination_cities("市政协副主席率考察团赴眉山市学习考察", [
    ...     (11, 14, gazetteer().lookup("眉山市"), True)]))[:1]
    ['眉山市']
    """
    gz = gazetteer()
    found: set[Place] = set()
    for start, end, places, _full in matches:
        sentence = max(text.rfind(c, 0, start) for c in "。！？!?\n") + 1
        if GOING.search(text, 0, start) and BARE_HIGHER.search(text, sentence, start) \
                and COUNTY_TRIP_GOES_ON.match(text, end):
            found |= {p for p in places if p.level == "prefecture"}
    return found | {p for _s, _e, places, _f in matches for p in places if gz.prefecture(p) in found}


def county_people_before(text: str, start: int) -> bool:
    """The sentence before start speaks of a county's body (县政协副主席某某一行, 乾县政协…, 旗政协党组书记…).

    >>> county_people_before("区政协主席率队赴", 8), county_people_before("市政协主席率队赴", 8)
    (True, False)
    """
    sentence = max(text.rfind(c, 0, start) for c in "。！？!?\n") + 1
    return COUNTY_BODY.search(text, sentence, start) is not None


def own_people_before(text: str, start: int) -> bool:
    """The sentence before start speaks of a local body (市政协副主席某某率队…, 南通市政协…, 县领导…, 省政协…).

    >>> own_people_before("市政协副主席率队赴江苏考察", 8), own_people_before("港区委员联谊会赴福建考察", 8)
    (True, False)
    """
    sentence = max(text.rfind(c, 0, start) for c in "。！？!?\n") + 1
    return LOCAL_BODY.search(text, sentence, start) is not None


def abbreviated_city(text: str, place: Place | None) -> Place | None:
    """The city the text calls its own by its one-character name (住厦省政协委员, 来泉调研:
    own_city_by_abbreviation) over a place the text only names more (the session's city, 在广州开幕), unless that
    place lies in it; else the place.

    >>> abbreviated_city("省政协会议在广州开幕,驻湛省政协委员出席。", gazetteer().lookup("广州市")[0]).name
    '湛江市'
    """
    city = own_city_by_abbreviation(text)
    return place if city is None or place is not None and gazetteer().prefecture(place) == city else city


def held_there(text: str, start: int, end: int) -> bool:
    """The place at text[start:end] is where a meeting of a body named bare at its line's start sat (州政协十三届五次
    会议在香格里拉开幕, 市政协…在某县召开): the venue of a higher body's meeting, no place of its own page when a county.

    >>> held_there("州政协十三届五次会议在香格里拉隆重开幕", 11, 15), held_there("县政协召开会议", 0, 1)
    (True, False)
    """
    line = text.rfind("\n", 0, start) + 1
    return text[start - 1:start] == "在" and HELD.match(text, end) is not None \
        and BARE_HIGHER.search(text, line, start) is not None


def held_by_province(text: str, start: int, end: int) -> bool:
    """The place at text[start:end] is where a meeting of the province sat, its line opening with the province's
    bodies (全省市州政协主席座谈会在成都召开, 省政协常委会议在某市举行): a venue, no place of the page.

    >>> held_by_province("全省市州政协主席座谈会在成都召开", 12, 14), held_by_province("市政协会议在成都召开", 6, 8)
    (True, False)
    """
    line = text.rfind("\n", 0, start) + 1
    return text[start - 1:start] == "在" and HELD.match(text, end) is not None \
        and PROVINCE_MEETING.match(text, line) is not None


def elsewhere(text: str, start: int, end: int) -> bool:
    """The place at text[start:end] of a head is not the page's own: where a city's or county's people go
    (市领导赴海宁市调研, 某某率队赴甘孜州; where a province's go, 省政协…赴泉州, its bodies are the page's), a site's
    name (南海网), part of a byline's names (作者:王康景 吴兴财), the hometown of a Hong Kong or Macau association
    (香港佛冈联会), a venue's name (白云国际会议中心), or the committee of members living here (住我市的苏州市政协委员).

    >>> elsewhere("香港佛冈联会回乡考察", 2, 4), elsewhere("委员在白云国际会议中心合影", 3, 5)
    (True, True)
    """
    line = text.rfind("\n", 0, start) + 1
    led_out = LEADS_OUT.search(text, line, start) and not PROVINCE_LEADER.search(text, line, start)
    return bool(DESTINATION.search(text, 0, start) and (BARE_LOCAL.search(text, line, start) or led_out)
                or BYLINE.search(text, line, start) or ABROAD_ASSOCIATION.search(text, line, start)
                or RESIDENT_MEMBERS.search(text, line, start) and text.startswith("政协委员", end)) \
        or text[end:end + 1] == "网" or VISITING.match(text, end) is not None or VENUE.match(text, end) is not None \
        or came_here(text, end)
