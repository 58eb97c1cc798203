"""The place that dominates a page's text, for the context stage (kg/stages/context.py), when its head names
none: a prefecture named again and again (DOMINANT_MIN times, DOMINANT_RATIO times the next), or one of its
counties instead when the text speaks at county level (区政协, 我县; kg/place_levels.py) and names that county
more than any other; the committee a page names by its full name (政协江阴市第十六届委员会); a county-level city
the page names without its prefecture (滕州市). Visitors' places (kg/visitors.py) never count.
"""
from __future__ import annotations

import re
from collections import Counter

from kg.page_places import committee_place, in_province, named_province
from kg.page_provinces import main_province, seats_a_committee
from kg.place_levels import CITY_WORDS, speaks_of_a_city, speaks_of_counties, speaks_of_its_level
from kg.place_mentions import STRONG_WEIGHT
from kg.place_words import read_as_a_place
from kg.places import Place, gazetteer
from kg.visitors import visitors_places

# a committee named with its term (政协江阴市第十六届委员会): its own session, on the page of its place
COMMITTEE_OF_TERM = re.compile(r"(?:中国人民政治协商会议|政协)([\u4e00-\u9fff]{2,8}?)(?:第[一二三四五六七八九十]+届)?委员会")
PLACE_LEAD = "在赴到于莅"   # what stands before a place where something happens or people go
DOMINANT_MIN = 3     # mentions a place needs to be the page's without a masthead
DOMINANT_RATIO = 3   # ... and so many times the next place's


def dominant_place(text: str, matches, province: Place | None = None) -> Place | None:
    """One prefecture that dominates the text; one of its counties instead when the text speaks at county level
    (区政协, 我县) and names that county more than any other; on a short county page the one county named."""
    matches = own_matches(text, matches, province)
    prefectures, counties = place_counts(matches)
    place = dominant(prefectures)
    if place is None and len(prefectures) == 1 and CITY_WORDS.search(text):
        place = names_itself(text, matches, next(iter(prefectures)))   # 市政协召开…助力四平…: a city page naming no other
    if (own := committee_of_term(text, place) or county_city(text, matches, place, prefectures)) is not None:
        return own
    if not speaks_of_counties(text, matches, place):
        return place
    return lone_county(text, matches, province) if place is None else dominant_county(text, matches, place, counties)


def own_matches(text: str, matches, province: Place | None = None) -> list:
    """The matches that may name the page's place: not the visitors' (某某市政协一行来…考察, wherever their place is
    named), not 台湾省's; where every
    prefecture named shares its name with a place of another province, the places in the province the page names."""
    visiting = visitors_places(text, matches)
    # a place whose people the text says came (清远市政协考察团来我市交流) is theirs wherever it is named again
    # (清远市政协秘书长某某参加), though a county of it may still be the page's
    guests = {m[2][0] for m in matches if m[0] in visiting}
    own = [m for m in matches if m[0] not in visiting and m[2][0] not in guests and seats_a_committee(m[2])]
    # (a visiting province's committee, 广东省政协调研组到我市, tells the province as well)
    return own if place_counts(own)[0] else in_province(own, province or named_province(matches))


def dominant(counts: Counter) -> Place | None:
    """The prefecture named DOMINANT_MIN times and DOMINANT_RATIO times as often as the next; on a page that
    names no other, the one it names officially (政协安庆市委员会) or twice."""
    ranked = counts.most_common(2)
    if len(ranked) == 1 and ranked[0][1] >= STRONG_WEIGHT:
        return ranked[0][0]
    if ranked and ranked[0][1] >= DOMINANT_MIN and (len(ranked) == 1 or ranked[0][1] >= DOMINANT_RATIO * ranked[1][1]):
        return ranked[0][0]
    return None


def place_counts(matches) -> tuple[Counter, Counter]:
    """How often the text names each prefecture (an official name counts double) and each county (officially)."""
    prefectures, counties = Counter(), Counter()
    for _s, _e, places, full in matches:
        if not full and any(p.level == "province" for p in places):
            continue   # 河北 is 河北省 before it is 天津市河北区
        prefs = {own_prefecture(p) for p in places if own_prefecture(p)}
        if len(prefs) == 1:
            prefectures[prefs.pop()] += STRONG_WEIGHT if full else 1   # 卫东 may be a name (曹卫东), 青浦区 is a place
        if full and places[0].level == "county":
            counties[places[0]] += 1
    return prefectures, counties


def own_prefecture(place: Place) -> Place | None:
    """The prefecture a place counts for on a page: its own, or itself for a county-level city directly under its
    province (天门市, 仙桃市 of 湖北省), whose pages speak of 市政协 as a prefecture's do.

    >>> own_prefecture(gazetteer().lookup("天门市")[0]).name
    '天门市'
    """
    gz = gazetteer()
    parent = gz.parent(place) if place.level == "county" else None
    return gz.prefecture(place) or (place if parent is not None and parent.level == "province" else None)


def names_itself(text: str, matches, prefecture: Place) -> Place | None:
    """The prefecture if matches name it, or one of its counties by a form jieba reads as a place (read_as_a_place:
    a place name, a rare name like 阳春, or no word at all), or where a place stands (州委州政府在会理…: a county of 凉山); a lone 同心 (书香政协同心筑梦, a short form of
    吴忠市's 同心县) or 温泉 (温泉养生) is a word first, no city's page.

    >>> names_itself("书香政协同心筑梦", [(4, 6, gazetteer().lookup("同心"), False)], gazetteer().lookup("吴忠市")[0]) is None
    True
    """
    return prefecture if any(prefecture in places or full or read_as_a_place(text[s:e])
                             or text[s - 1:s] in PLACE_LEAD for s, e, places, full in matches
                             if any(own_prefecture(p) == prefecture for p in places)) else None


def committee_of_term(text: str, prefecture: Place | None) -> Place | None:
    """The one county (a county-level city among them) of the page's prefecture whose CPPCC committee the text
    names by its full name (政协江阴市第十六届委员会第三次会议, 政协定州市委员会关于…的调研报告): a page of the
    committee's session or reports is of its place, though it names the prefecture too (无锡市委常委、江阴市委书记)
    and calls the committee 市政协; on a page of no prefecture, the one prefecture so named (政协吉林市第十二届委员会)."""
    gz = gazetteer()
    named = {committee_place(m.group(1), prefecture) for m in COMMITTEE_OF_TERM.finditer(text)}
    named.discard(None)
    own = named.pop() if len(named) == 1 else None
    if own is not None and own.level == "prefecture" and prefecture is None:
        return own
    return own if own is not None and own.level == "county" \
        and (prefecture is None or gz.prefecture(own) == prefecture) else None


def county_city(text: str, matches, prefecture: Place | None, prefectures: Counter) -> Place | None:
    """The one county-level city (滕州市; by any form, 京山 too) of the prefecture that a page names, when it never
    writes the prefecture itself: its 市政协 and 市委 are that city's, the prefecture is known only through it; of
    an autonomous prefecture or a league (州委常委、市委书记, 盟委委员、市委书记), or of the one prefecture the page's
    places lie in when none dominates, where the page speaks of 市 bodies more than of 州's or 盟's (speaks_of_a_city).

    >>> county_city("", [(0, 3, gazetteer().lookup("滕州市"), True)], gazetteer().lookup("枣庄市")[0], Counter()).name
    '滕州市'
    """
    if prefecture is None and len(prefectures) == 1 and speaks_of_a_city(text):
        prefecture = next(iter(prefectures))
    if prefecture is None or any(prefecture in places for _s, _e, places, _f in matches) \
            or not prefecture.name.endswith("市") and not speaks_of_a_city(text):
        return None   # a 州's or 盟's page speaks of its bodies as 州委, 盟政协
    gz = gazetteer()
    named = {places[0] for _s, _e, places, _f in matches if gz.prefecture(places[0]) == prefecture}
    city = named.pop() if len(named) == 1 else None
    return city if city is not None and city.level == "county" and city.name.endswith("市") else None


def lone_county(text: str, matches, province: Place | None) -> Place | None:
    """The one county of a county page that names no dominant prefecture (only_county), if it lies in the
    province (the head's, else the one the places lie in most) and fits the page's level words: a lone county
    named only in passing (铁力 in 司马义·铁力瓦尔地, 赴桐庐县参观 on a 区 page) or only by a word (温泉养生) is no
    place of the page."""
    county = only_county(matches)
    if county is not None and (not speaks_of_its_level(text, county) or not named_as_a_place(text, matches, county)):
        return None
    province = province or main_province(matches)
    return county if county is None or province is None or gazetteer().province(county) == province else None


def named_as_a_place(text: str, matches, county: Place) -> bool:
    """Some match names the county by its official name or by a form jieba reads as a place (read_as_a_place):
    a lone 温泉 (温泉养生) or 同心 (同心共建) is a word first, no county's page.

    >>> named_as_a_place("温泉养生", [(0, 2, gazetteer().lookup("温泉"), False)], gazetteer().lookup("温泉县")[0])
    False
    """
    return any(full or read_as_a_place(text[s:e]) for s, e, places, full in matches if county in places)


def only_county(matches, within: Place | None = None) -> Place | None:
    """The one county a short page names, by any form (我县…县政协…事关永嘉未来发展), or the one it names by its
    official name when it names others only by short forms; with `within`, the one county of that prefecture."""
    gz = gazetteer()
    named = {p for _s, _e, places, _f in matches for p in places if p.level != "province"
             and (within is None or p.level == "county" and gz.prefecture(p) == within)}
    if len(named) > 1:   # 沁县 named by its name, 南湖 only by a short form (南湖文化园): the county named
        named = {p for _s, _e, places, full in matches for p in places[:1] if full and p in named}
    return named.pop() if len(named) == 1 and next(iter(named)).level == "county" else None


def dominant_county(text: str, matches, city: Place, counties: Counter) -> Place | None:
    """The county of the dominant city a county page names officially twice and twice as often as the next;
    else, on a district page of a municipality that names no other district (中共重庆市大足区委…新大足), that
    district; else the one county of the city whose level the page's bare words speak most; else the city; each
    only where it is of the level the page's bare words speak most."""
    ranked = [(c, n) for c, n in counties.most_common(2) if gazetteer().prefecture(c) == city]
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]) \
            and speaks_of_its_level(text, ranked[0][0], most=True):
        return ranked[0][0]
    county = only_county(matches, within=city)
    if county is not None and speaks_of_its_level(text, county, most=True):
        return county
    # the one county of the city whose level the page's bare words speak (县政协 on a page that names 沙湾区's
    # guests twice and 夹江 once: 夹江县)
    fitting = {p for _s, _e, places, _f in matches for p in places[:1] if p.level == "county"
               and gazetteer().prefecture(p) == city and p.name[-1] in "县区旗" and speaks_of_its_level(text, p, most=True)}
    return fitting.pop() if len(fitting) == 1 else city


def unresolved_namesake(place: Place, matches) -> bool:
    """The place shares its name with others (鼓楼区) and the text names none of their prefectures: which one it
    is stays unknown, its bodies are named without a prefecture."""
    gz = gazetteer()
    prefectures, _counties = place_counts(matches)
    return len(gz.lookup(place.name)) > 1 and gz.prefecture(place) not in prefectures


def namesake_in_named_prefecture(place: Place | None, matches) -> Place | None:
    """Of the counties sharing the place's name (鼓楼区 of 南京, 徐州, 福州, 开封), the one in the prefecture the
    text names most (a 鼓楼区 page naming 福州市政协 is 福州's); the place itself when the text names none of theirs.

    >>> county = namesake_in_named_prefecture(gazetteer().lookup("鼓楼区")[0], [(0, 3, gazetteer().lookup("福州市"), True)])
    >>> gazetteer().prefecture(county).name
    '福州市'
    """
    gz = gazetteer()
    if place is None or place.level != "county":
        return place
    prefectures, _counties = place_counts(matches)
    ranked = [(prefectures[gz.prefecture(p)], p) for p in gz.lookup(place.name)
              if p.level == "county" and prefectures[gz.prefecture(p)] > 0]
    return max(ranked, key=lambda r: r[0])[1] if ranked else place
