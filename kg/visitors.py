"""Visitors and hosts: where the people a page tells of came from, and where they came to.

The context stage reads a page's place against its guests (kg.stages.context): 南川区政协考察组来足交流 names
the visitors' district, not the page's; 住粤全国政协委员 and 来琼调研 name the page's own province by its
one-character name (kg/data/province_abbreviations.tsv).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import rows
from kg.places import Place, gazetteer

# what follows the place of visitors in their clause: 南川区政协考察组来足交流, 某区政协副主席率考察组来我区交流
# (来 and where they came to, then what they came for; not 来到, of a page's own people going somewhere; 到 only
# with 我/本: 玉林市政协到我市考察, 江城区政协考察团到我市开展了考察交流)
VISITING = re.compile(r"[^，,。；;：:\n]{0,16}?(?:来(?!到)(?:我|本)?|到[我本])[\u4e00-\u9fff]{1,3}?(?:开展了?|进行)?"
                      r"(?:考察|调研|交流|学习|视察|指导|座谈)")
# where a one-character province name is the page's own province: 住粤全国政协委员, 来琼调研, 来桂考察
OWN_PROVINCE = re.compile(r"住(.)全国政协委员|来(.)(?=调研|考察|视察|指导|交流|开展)")
# national members living in one province who go to another to inspect it (住黔全国政协委员赴浙考察): the second is
# the page's (not 住粤全国政协委员启程赴京: to the session in Beijing)
MEMBERS_VISITING = re.compile(r"住(.)全国政协委员[^，,。；;]{0,8}?(?:赴|抵|来到?)(.)(?=考察|调研|视察|交流|开展)")


@lru_cache(maxsize=1)
def province_abbreviations() -> dict[str, str]:
    """One-character province name -> the province (kg/data/province_abbreviations.tsv)."""
    return {row[0]: row[1] for row in rows("province_abbreviations.tsv")}


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


def without_guests(text: str, head: list[tuple[int, int]], matches) -> list:
    """matches (start, end, places, strong) without the places whose people the page's head (the spans head) says
    came (上海市政协来盐考察调研): the page is their hosts', wherever the text names the guests' place.

    >>> without_guests("上海市政协来盐考察调研。上海市政协秘书长李明参加。", [(0, 11)],
    ...                [(0, 3, gazetteer().lookup("上海市"), True), (12, 15, gazetteer().lookup("上海市"), True)])
    []
    """
    guests = {m[2][0] for m in matches if any(a <= m[0] < b for a, b in head) and VISITING.match(text, m[1])}
    return [m for m in matches if m[2][0] not in guests]


def visitors_places(text: str, matches) -> set[int]:
    """Starts of the places of visitors (VISITING), with the places written right before one (河南省漯河市 of
    河南省漯河市源汇区政协主席某某一行来…考察: the visitors' province and city, however long the rest)."""
    starts: set[int] = set()
    for m in sorted(matches, key=lambda m: m[0], reverse=True):
        if m[1] in starts or VISITING.match(text, m[1]):
            starts.add(m[0])
    return starts
