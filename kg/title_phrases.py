"""Title phrases: the pieces of a phrase before a name (市委副书记、政法委书记), each split into organization
part and title, and what a part alone names (a place, a national body, a special committee).

Read by the posts stage (kg/stages/posts.py).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.document import Organization
from kg.lexicon import lexicon
from kg.orgnames import TERM_INSIDE, grassroots, head_kind, party_suffixes, sub_body
from kg.places import gazetteer

LEVEL_WORDS = "省市县区州旗盟全"   # where the name of an organization may begin (全国政协 of 住琼全国政协)
# what a phrase says in brackets beside a post: 兼 (held besides another), and the chamber of commerce a
# federation of industry and commerce also is, with its title (工商联(总商会)主席(会长))
CONCURRENT = re.compile(r"[(（](?:兼|主持工作|[\u4e00-\u9fff]{0,6}(?:商会|会长))[)）]")
# between the titles of one phrase: 、 and commas, and 兼 (副校长兼教育长, 国务委员兼公安部部长), not 兼职
TITLE_SEPARATORS = re.compile(r"[、，,]|兼(?![职任])")
# the words of an election for the next holder before the body or between it and the title: 当选新一届市政协主席,
# 当选某市政协新一任主席; how many hold it (政协某市委员会4位副主席)
# the sector a member sits for, written between the committee and the member's title (市政协经济界别委员)
SECTOR_OF_MEMBER = re.compile(r"(?<=政协)[\u4e00-\u9fff]{1,10}?界(?:别)?$")
MEMBER_ROLES = ("委员", "常委", "常务委员")
BARE_GOVERNMENT = ("人民政府", "政府")   # a government named by its head alone before its head's title (政府县长)
RESIDENT = "住"   # 住贵港全国政协委员: the members of a committee who live in a place
BARE_REGION = "自治区"   # the page's own autonomous region, written by its level alone (自治区党委书记)
# the places whose Party committee is a 党委 written by their kind alone: 自治区党委书记, 林区党委书记, 特区党委书记
PARTY_PLACE_WORDS = (BARE_REGION, "林区", "特区")
REGION_CHAIRS = ("主席", "副主席", "常务副主席")
REGION_GOVERNMENT = "{province}人民政府"
# what the holder is, written before the title: 党外副主席, 非中共副主席 (a vice chair who is no Party member)
HOLDER_KIND = re.compile(r"(?:党外|非中共(?:党员)?|无党派)$")
NEW_HOLDER = re.compile(r"^(?:新一[任届]|新任|现任|[名位](?=(?:[省市县区州旗]|全国)?政协))|(?:新一[任届]|新任|首任)$|(?:\d{1,3}|[二三四五六七八九十]{1,3})[位名]$")


def split_title(chunk: str) -> tuple[str, str] | None:
    """(organization part, title) of one 、-separated piece, the title being its longest title suffix."""
    lex = lexicon()
    for length in range(min(len(chunk), 8), 1, -1):
        if chunk[-length:] in lex.titles:
            part, role = without_residence(HOLDER_KIND.sub("", NEW_HOLDER.sub("", chunk[:-length]))), chunk[-length:]
            if role.startswith("党委") and (grassroots(part + "党委") or names_a_place(part) or part in PARTY_PLACE_WORDS):
                part, role = part + "党委", role[2:]   # 镇党委书记, (西藏)自治区党委书记: 书记 of the Party committee
            if role in ("部长", "局长") and part and not part.endswith(role[0]) \
                    and (any((part + role[0]).endswith(d) for d in lex.party_departments) or head_kind(part + role[0])):
                part += role[0]   # 统战部长, 公安局长: 部长 of the Party committee's department, 局长 of the 局
            if part in BARE_GOVERNMENT and lex.titles[role].implies.endswith(BARE_GOVERNMENT[0]):
                part = ""   # 旗委副书记、政府旗长: the 旗长 of the place's people's government, which the title names
            part = SECTOR_OF_MEMBER.sub("", part) if role in MEMBER_ROLES else part   # 市政协经济界别委员: 市政协's
            inner = part.find("中共", 1)   # 小组讨论中共张掖市委: a Party organ's name begins at 中共
            return (part[inner:] if inner > 0 else part), role
    return None


def without_residence(part: str) -> str:
    """The body of an organization part that opens on where its members live (住贵港自治区政协: the region's
    committee, its members living in 贵港), the part itself otherwise.

    >>> without_residence("住贵港自治区政协"), without_residence("贵港市政协")
    ('自治区政协', '贵港市政协')
    """
    found = gazetteer().find_all(part[1:9]) if part.startswith(RESIDENT) else []
    if found and found[0].start == 0 and len(part) > found[0].end + 1:
        return part[1 + found[0].end:]
    return part


def region_government(part: str, role: str) -> str:
    """An autonomous region's 主席 and 副主席 head its people's government, not a committee: the template of the
    organization the title names when the organization part is the region alone, "" otherwise.

    >>> region_government("自治区", "副主席"), region_government("内蒙古自治区", "主席"), region_government("自治区政协", "主席")
    ('{province}人民政府', '{province}人民政府', '')
    """
    region = part == BARE_REGION or part.endswith(BARE_REGION) and names_a_place(part)
    return REGION_GOVERNMENT if region and role in REGION_CHAIRS else ""


def title_chunks(phrase: str) -> list[str]:
    """The pieces of a title phrase, one title each: split at 、, commas and 兼, and where a title runs straight
    into a department of the Party committee (区委常委统战部部长: 区委常委 + 统战部部长)."""
    out = []
    for chunk in TITLE_SEPARATORS.split(CONCURRENT.sub("", phrase)):   # 副主委(兼), 主席(会长): the post
        out += department_after_title().sub("\\1\0", chunk).split("\0")
    return out


BARE_LEVEL_COMMITTEE = re.compile(r"^[省市县区州旗]委(?:会|员会)?$")   # 市委会 of 民进某市政协副主席、市委会主委


def party_led(chunks: list[str]) -> list[str]:
    """The pieces of a phrase that a democratic party's name opens before another body (民进贵阳市政协副主席、市委会主委:
    a member of that party in the committee), with the party's name before a bare level committee after it, which is
    the party's there.

    >>> party_led(["民进贵阳市政协副主席", "市委会主委"])
    ['民进贵阳市政协副主席', '民进市委会主委']
    """
    lead = next((p for p in lexicon().democratic_parties if chunks[0].startswith(p)), "")
    first = split_title(chunks[0]) if lead else None
    if first is None or not (first[0][len(lead):len(lead) + 1] in LEVEL_WORDS or names_a_place_at(first[0], len(lead))):
        return chunks
    return chunks[:1] + [lead + c if (p := split_title(c)) and BARE_LEVEL_COMMITTEE.match(p[0]) else c
                         for c in chunks[1:]]


@lru_cache(maxsize=1)
def department_after_title() -> re.Pattern:
    departments = "|".join(d for d in lexicon().party_departments if d != "常委会")
    return re.compile(rf"((?:常委|委员|副书记))(?=(?:{departments}))")


def names_a_place_at(text: str, at: int) -> bool:
    """A place's name begins at text[at] (广西 of 政协广西委员会)."""
    found = gazetteer().find_all(text[at:at + 6])
    return bool(found) and found[0].start == 0


def names_a_place(part: str) -> bool:
    """The organization part is one place's name and nothing else (西藏自治区 of 西藏自治区党委书记)."""
    found = gazetteer().find_all(part)
    return len(found) == 1 and (found[0].start, found[0].end) == (0, len(part))


@lru_cache(maxsize=1)
def national_bodies() -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """alias -> (name, kind, aliases) of the national bodies (national_orgs.tsv)."""
    return {alias: (name, kind, tuple(aliases)) for name, kind, aliases in lexicon().national_orgs for alias in aliases}


def national_body(part: str) -> Organization | None:
    """A national body the organization part names (全国人大常委会副委员长, 国台办主任, 公安部部长), though the text
    names it first in the title phrase.

    >>> national_body("国务院台湾事务办公室").name, national_body("市委")
    ('国台办', None)
    """
    found = national_bodies().get(part)
    return Organization(found[0], found[1], set(found[2])) if found else national_committee(part)


def national_committee(part: str) -> Organization | None:
    """A special committee of a national body named before it (全国人大财政经济委员会副主任委员).

    >>> national_committee("全国人大财政经济委员会").name
    '全国人大财政经济委员会'
    """
    for alias, (name, kind, aliases) in sorted(national_bodies().items(), key=lambda kv: -len(kv[0])):
        # not the body's term and full name again (全国政协十三届全国委员会 is 全国政协 itself)
        if part.startswith(alias) and not TERM_INSIDE.match(part, len(alias)) and special_committee(part[len(alias):]):
            return sub_body(Organization(name, kind, set(aliases)), part[len(alias):])
    return None


def special_committee(part: str) -> bool:
    """The organization part is a special committee's name and nothing else: 提案委员会, 文史委, not 市委, 党委.

    >>> special_committee("提案委员会"), special_committee("文史委"), special_committee("县委")
    (True, True, False)
    """
    named = len(part) > 3 and part.endswith("委员会") or len(part) >= 3 and part.endswith("委")
    return named and not part.endswith(party_suffixes()) and part[0] not in LEVEL_WORDS and not names_a_place_at(part, 0)
