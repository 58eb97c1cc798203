"""Development zones in organization names (kg/orgnames.py): which names are zones or their bodies, which name the
local place's zone by its kind alone (经开区管委会), and which speak of zones in general (经济开发区建设).

A zone keeps the name the text gives it (崇川经济开发区, 汾湖高新区管委会), whose place words are part of that name.
"""
from __future__ import annotations

import re

from kg.places import Place, gazetteer
from kg.scopes import qualified

# the kind of zone a name ends with (经济开发区, 高新技术产业开发区): what is left before it is the zone's own name
ZONE_KIND = re.compile(r"(?:经济技术|经济|高新技术产业|高新技术|工业|产业|现代农业)?(?:开发区|经开区|高新区|农高区|园区|产业园|示范区|新区|片区|综合保税区|保税区|保税港区)$")
ZONE_KIND_ALONE = re.compile(ZONE_KIND.pattern.removesuffix("$"))
# a zone named by its kind alone, no place nor name of its own: 经开区管委会 and 高新区 (the local place's zone; 经开区 and
# 高新区 are the short forms a page writes for its own), 经济开发区建设 (zones in general)
ZONE_COMMITTEE = re.compile(rf"(?:{ZONE_KIND_ALONE.pattern})(?:管委会|管理委员会|党工委)")
# a free-trade zone, whose 片区 are zones of their own (某某自贸试验区某某片区); a 片区 alone is an area of a town
FREE_TRADE_ZONE = re.compile(r"自贸试验区|自由贸易试验区|自贸区")
ZONE_DISTRICT = "片区"
# a city's new area (宣传推介某某新区) is a body only named after its city, as an item of a list of bodies
# (省某某局、某某新区、某某区等负责同志); a town's (某某镇迁建新区) is a site
LISTED_ZONES = ("新区",)
CITY_LEVELS = ("prefecture", "province")
LOCAL_ZONE = re.compile(r"经开区|高新区|农高区")
ZONE_WORDS = ("开发区", "经开区", "高新区", "农高区", "园区", "产业园", "旅游区", "保护区", "示范区", "新区", "片区", "保税区", "保税港区")   # zones keep their names
OWN_NAME = 2   # characters a zone's own name takes at least before its kind (某某 of 某某经济开发区)


def city_new_area(own_name: str) -> bool:
    """The words before 新区 name a city or province (长春 of 长春新区), not a town (某某镇迁建新区).

    >>> city_new_area("长春"), city_new_area("李庄镇迁建")
    (True, False)
    """
    return any(p.level in CITY_LEVELS for p in gazetteer().lookup(own_name))


def zone(s: str) -> bool:
    """A development zone or one of its bodies (岐山经济技术开发区管委会): it keeps the name the text gives it,
    whose place words (岐山) are part of that name.

    >>> zone("岐山经济技术开发区管委会"), zone("岐山县政协")
    (True, False)
    """
    return any(z in s for z in ZONE_WORDS)


def zones_in_general(n) -> bool:
    """A kind of zone written with no place nor name of its own (n is an orgnames.Name): 经济开发区建设, 产业园 (zones
    in general); not 经开区 and 高新区, the short forms a page writes for its own place's zone."""
    return n.place is None and not n.bare and ZONE_KIND_ALONE.fullmatch(n.body) is not None \
        and not LOCAL_ZONE.fullmatch(n.body)


def local_zone(n) -> bool:
    """经开区管委会, 高新区 written alone, with no place (n is an orgnames.Name): the local place's zone or its body."""
    return n.place is None and (n.scope.county or n.scope.prefecture) is not None \
        and (ZONE_COMMITTEE.fullmatch(n.body) is not None or LOCAL_ZONE.fullmatch(n.body) is not None)


def has_own_name(body: str) -> bool:
    """The zone's body has a name of its own before its kind (某某经济开发区), not a kind alone (经济开发区)."""
    return len(ZONE_KIND.sub("", body)) >= OWN_NAME


def zone_name(n) -> tuple[str, Place | None]:
    """The name and place of a zone or its body (n is an orgnames.Name): the name the text gives it; written after its
    province, city and county (福建省福州市晋安区某某经济开发区), its own words, as the text names it again (某某经济开发区);
    named by its kind alone (经开区管委会), the local place's, qualified like the place's other bodies."""
    if local_zone(n):
        local = n.scope.county or n.scope.prefecture
        return qualified(local, n.scope) + n.body, local
    placed = n.place is not None and n.place.level == "county" and len(n.s) - len(n.body) > len(n.written)
    if placed and has_own_name(n.body):
        return n.body, n.place   # not 某某区经济开发区: a zone named by its kind only keeps its places
    return n.s, n.place


# the kinds of zone a page's short kind stands for (经开区: 某某经济技术开发区): a zone named by its short kind alone is
# the one zone of those kinds the page names
SHORT_KINDS = {"经开区": ("经济技术开发区", "经济开发区"), "高新区": ("高新技术产业开发区", "高新技术开发区")}
ZONE_BODIES = re.compile(r"(?:管委会|管理委员会|党工委|工委)$")   # what a zone's bodies are named with after it
COMMITTEES = ("管委会", "管理委员会")   # the zone's administration: a name of the zone itself


def zone_body(name: str) -> tuple[str, str]:
    """(zone, body) of a zone's body's name, body "" for the zone itself.

    >>> zone_body("某某经开区党工委"), zone_body("某某片区")
    (('某某经开区', '党工委'), ('某某片区', ''))
    """
    m = ZONE_BODIES.search(name)
    return (name[:m.start()], m.group()) if m else (name, "")


def kind_of(zone_name: str) -> str:
    """The kind a zone's name ends with (经济技术开发区 of 某某经济技术开发区), "" for no zone."""
    m = ZONE_KIND.search(zone_name)
    return m.group() if m else ""


def kind_alone(zone_name: str) -> bool:
    """A zone written by its kind alone (经开区, 综合保税区), no name of its own."""
    return ZONE_KIND.fullmatch(zone_name) is not None and not has_own_name(zone_name)


def same_kind(short: str, kind: str) -> bool:
    """Whether a zone of kind is meant by the kind short (经开区 and 经济技术开发区; 综合保税区 and itself).

    >>> same_kind("经开区", "经济技术开发区"), same_kind("经开区", "高新技术产业开发区")
    (True, False)
    """
    return kind == short or kind in SHORT_KINDS.get(short, ())


def zone_of_committee(name: str) -> str:
    """The zone a 管委会 is named after (某某片区 of 某某片区管委会), "" for any other name.

    >>> zone_of_committee("某某片区管委会"), zone_of_committee("某某片区党工委")
    ('某某片区', '')
    """
    stem, body = zone_body(name)
    return stem if body in COMMITTEES else ""
