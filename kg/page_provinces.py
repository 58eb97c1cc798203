"""The province of a page, for the context stage (kg/stages/context.py): the one its head names (宁夏政协召开…,
广西政协动态), else the one its places lie in most; a page naming a bare 自治区 (自治区党委) is an autonomous
region's. Provinces with no local CPPCC committee (台湾省, 香港, 澳门) are never a page's.
"""
from __future__ import annotations

import re
from collections import Counter

from kg.place_mentions import STRONG_WEIGHT, place_matches
from kg.places import Place, gazetteer
from kg.visitors import VISITING, destination_provinces

# provinces where no local CPPCC committee sits: a page naming them (澳门茂名同乡会, 港区委员) is of a mainland place
NO_COMMITTEES = ("台湾省", "香港特别行政区", "澳门特别行政区")
# 自治区 standing for the page's own autonomous region, not the end of one's official name (宁夏回族自治区)
BARE_REGION = re.compile(r"(?<![族尔古藏])自治区(?:党委|政协|政府|人民政府|人大|主席|领导|工商联)")


def seats_a_committee(places: tuple[Place, ...]) -> bool:
    """Some of the places sit in a province with CPPCC committees: the districts of 台湾省 (新社区 of 台中市, met
    in 聚新社区) are no bulletin's place; the province itself stays a place the text speaks of.

    >>> seats_a_committee(gazetteer().lookup("新社区"))
    False
    """
    gz = gazetteer()
    return any(p.level == "province" or (gz.province(p) and gz.province(p).name not in NO_COMMITTEES)
               for p in places)


def head_province(head: str) -> Place | None:
    """The province a page's head names (宁夏政协召开…), or names most (广西政协动态 … 北京市政协调研组来桂调研 …
    来源:广西政协报); never one without local committees (a meeting held in 澳门 is of the page of a mainland city),
    nor one the page's people go to (市政协…赴浙江调研).

    >>> head_province("[茂名]澳门茂名同乡会联席会议在澳门召开") is None
    True
    """
    found = list(place_matches(head))
    gone = destination_provinces(head, found)
    named = Counter(p for _s, e, places, _f in found for p in places[:1] if p.level == "province"
                    and p.name not in NO_COMMITTEES and p not in gone and not VISITING.match(head, e))
    ranked = named.most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def main_province(matches, text: str = "") -> Place | None:
    """The province the text's places lie in most often; when the text speaks of a bare 自治区 (自治区党委,
    自治区政协主席), the autonomous region it names most (a 宁夏 page receiving 吉林省政协's visitors)."""
    gz = gazetteer()
    provinces = Counter()
    for _s, _e, places, full in matches:
        own = gz.province(places[0]) if places else None
        if own and own.name not in NO_COMMITTEES and seats_a_committee(places):
            provinces[own] += STRONG_WEIGHT if full else 1   # as place_counts weighs them
    regions = [p for p, _n in provinces.most_common() if p.name.endswith("自治区")]
    if regions and BARE_REGION.search(text) and not provinces.most_common(1)[0][0].name.endswith("自治区"):
        return regions[0]
    return provinces.most_common(1)[0][0] if provinces else None
