"""Level words inside organization names, for the organization grammar (kg/orgnames.py): the bodies of several
levels at once (市县政协: no body of one place), and a 地区's Party committee written by its kind alone (地委).
"""
from __future__ import annotations

import re

from kg.document import Organization

# the bodies of several levels at once, after a place (咸阳市和延安市市县政协工作, 某市县区两级政协)
SEVERAL_LEVELS = re.compile(r"^(?:市县区?|县市区?|县区|区县|市区县)(?:两级|三级)?(?:政协|党委|政府|人大)")
PREFECTURE_PARTY = "地委"   # a 地区's Party committee written by its kind alone (地委副书记, 地委组织部)
REGION_PARTY = "区党委"   # an autonomous region's Party committee, its 自治 left out (区党委常委; a district's is 区委)


def prefecture_party(s: str, scope) -> str:
    """A name opening on 地委 in the scope of a 地区 (喀什地区) read as that 地区's 委, as 州委 is a 州's.

    >>> from kg.scopes import Scope
    >>> from kg.places import gazetteer
    >>> prefecture_party("地委组织部", Scope(prefecture=gazetteer().resolve("和田地区"))), prefecture_party("地委", Scope())
    ('地区委组织部', '地委')
    """
    if s.startswith(PREFECTURE_PARTY) and scope.prefecture is not None and scope.prefecture.name.endswith("地区"):
        return "地区" + s[1:]
    return s


def region_party(s: str, scope) -> str:
    """A name opening on 区党委 in the scope of an autonomous region read as its 自治区党委 (a district's Party
    committee is its 区委).

    >>> from kg.scopes import Scope
    >>> from kg.places import gazetteer
    >>> region_party("区党委统战部", Scope(province=gazetteer().resolve("西藏自治区"))), region_party("区党委", Scope())
    ('自治区党委统战部', '区党委')
    """
    if s.startswith(REGION_PARTY) and scope.province is not None and scope.province.name.endswith("自治区"):
        return "自治" + s
    return s


def party_short_alias(org: Organization, surface: str) -> set[str]:
    """The short name a 地区's Party committee goes by (中共喀什地委 for 中共喀什地区委), where the text wrote 地委.

    >>> party_short_alias(Organization("中共喀什地区委", "PARTY"), "地委")
    {'中共喀什地委'}
    """
    return {org.name.replace("地区委", "地委")} if surface.startswith(PREFECTURE_PARTY) and "地区委" in org.name else set()
