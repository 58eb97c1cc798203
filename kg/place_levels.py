"""Level words: how a page speaks of its own bodies without naming its place (市政协, 区委, 我县, 省政协, 全州).

The context stage reads a page's level from them (kg/dominant_places.py, kg/mastheads.py): a page that says
区政协 is a county's, one that says 市政协 a city's, one that says only 省政协 a province's; a level word right after a place (长乐区委)
names that place's body, not the page's.
"""
from __future__ import annotations

import re
from collections import Counter

from kg.places import Place, gazetteer

# a bare reference at county level: the page is a county's (区政协, 我县, 全区); not the 区 of a zone, park,
# community or of the towns of a city without counties (望奎经济开发区政协委员工作站, 社区党委, 镇区政协工作室)
# (nor all of a city's counties: 县(市)区政协, 各县区政协, 周边区县政协; nor an autonomous region's 自治区政协, though an
# autonomous county's 自治县政协 is one; nor a 地区's 地区政协; nor the members
# from Hong Kong or Macau: 港区委员, 澳区委员)
COUNTY_WORDS = re.compile(r"(?<![\u4e00-\u9fff]{2}[市省])(?<![园社景街片镇)）县各港澳])(?:(?<!开发|自治)(?<!地)区|(?<!区)县|旗)(?:政协|委|政府|人大)"
                          r"|[我本全](?:区|县|旗)")
# a bare reference at city level: the page is a city's (市政协, 我市)
# (州委, 全州, 盟政协: an autonomous prefecture's or a league's page speaks of its bodies the same way)
CITY_WORDS = re.compile(r"(?<![\u4e00-\u9fff]{2}[省区县])[市州盟](?:政协|委|政府|人大)|[我本全][市州盟]")
# a province's bodies (省政协, 自治区党委, 全省): what a provincial page speaks of
PROVINCE_WORDS = re.compile(r"省(?:政协|委|政府|人民政府|人大)|自治区(?:党委|政协|政府|人民政府|人大)|全省")


def provincial_page(text: str, matches) -> bool:
    """The text speaks of its province's bodies (省政协, 自治区政协) and never of a city's or county's by a bare
    word (市政协, 我市, 县委; 大连市委 names its city): the cities it names are where the meeting sat or where
    members come from (政协…第一次会议在南宁召开), no place of the page.

    >>> provincial_page("省政协十二届一次会议在昆明召开", [])
    True
    """
    return PROVINCE_WORDS.search(text) is not None and not bare(CITY_WORDS, text, matches) \
        and not bare(COUNTY_WORDS, text, matches)


def speaks_of_counties(text: str, matches, city: Place | None) -> bool:
    """The text speaks of a county's bodies (区政协, 县委), and not, on the page of a city it speaks of bare
    (市政协), only of counties it names (市政协主席率队赴长乐区调研，长乐区委书记陪同: the city's page).

    >>> from kg.places import gazetteer
    >>> speaks_of_counties("市政协主席赴长乐区调研，长乐区委书记陪同", [(5, 8, gazetteer().lookup("长乐区"), True),
    ...                    (12, 15, gazetteer().lookup("长乐区"), True)], gazetteer().lookup("福州市")[0])
    False
    """
    if not COUNTY_WORDS.search(text):
        return False
    return city is None or not bare(CITY_WORDS, text, matches) or bare(COUNTY_WORDS, text, matches)


def bare(pattern: re.Pattern, text: str, matches) -> bool:
    """The text writes a level word of pattern (市政协, 区委) bare somewhere, not after a place (长乐区委).

    >>> from kg.places import gazetteer
    >>> bare(COUNTY_WORDS, "长乐区委书记李明陪同", [(0, 3, gazetteer().lookup("长乐区"), True)])
    False
    """
    return any(not any(s < m.start() < e for s, e, _p, _f in matches) for m in pattern.finditer(text))


def speaks_of_its_level(text: str, county: Place, most: bool = False) -> bool:
    """The text's bare level words (区政协, 县委, 我旗) fit the county: a 县 on a page that speaks only of 区
    bodies is a place it names in passing; a county-level city (市) fits any. With most, only the words after no
    place's name count (not 沙湾区政协), and the county must be of the level they speak most (县政协… on a county's
    page that names a district's guests, 沙湾区政协, and their 区政协 once).

    >>> speaks_of_its_level("区政协组织委员赴桐庐县参观", gazetteer().lookup("桐庐县")[0])
    False
    """
    words = [m for m in COUNTY_WORDS.finditer(text) if not most or not closes_a_place(text, m.start())]
    levels = Counter(m.group()[1] if m.group()[0] in "我本全" else m.group()[0] for m in words)
    if county.name[-1] not in "区县旗" or not levels:
        return True
    return levels[county.name[-1]] == max(levels.values()) if most else county.name[-1] in levels


def closes_a_place(text: str, at: int) -> bool:
    """The level character at text[at] ends a place's name (秦都区 of 秦都区政协, 乾县 of 乾县政协)."""
    gz = gazetteer()
    return any(gz.lookup(text[at - k:at + 1]) for k in range(1, 7) if k <= at)


def speaks_of_a_city(text: str) -> bool:
    """The text speaks of 市 bodies bare (市委, 市政协, 我市) more often than of 州's or 盟's (州委, 盟政协): the page of a
    county-level city, though its prefecture's 州委 holds its secretary (州委常委、市委书记).

    >>> speaks_of_a_city("州委常委、市委书记某某，市委副书记、市长某某，市政协主席某某"), speaks_of_a_city("州政协主席到凯里市调研，市政协主席陪同")
    (True, False)
    """
    levels = city_levels(text)
    return levels["市"] > levels["州"] + levels["盟"]


def speaks_of_a_prefecture(text: str) -> bool:
    """The text speaks of 州 or 盟 bodies bare (州政协, 盟委) more often than of 市 bodies: the page of an
    autonomous prefecture or a league, not of one of its county-level cities.

    >>> speaks_of_a_prefecture("州政协主席到凯里市调研，州委常委陪同"), speaks_of_a_prefecture("市政协主席主持会议")
    (True, False)
    """
    levels = city_levels(text)
    return levels["州"] + levels["盟"] > levels["市"]


def city_levels(text: str) -> Counter:
    """How often the text writes each level character of CITY_WORDS bare (市 of 市政协 and 我市, 州, 盟)."""
    return Counter(m.group()[1] if m.group()[0] in "我本全" else m.group()[0] for m in CITY_WORDS.finditer(text))
