"""The words of organization names, for the organization grammar (kg/orgnames.py, kg/party_names.py): the head
words of org_heads.tsv and the kind a name's head gives it, whether the words after 政协 name a body inside the
committee (提案委员会) or something else (a verb, a member's post), and whether the words after a democratic
party's 中央 name a department of its central committee.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import lexicon
from kg.name_checks import common_words

VERB_END_TAGS = ("v", "b")   # jieba tags of a verb (承办) or a distinguishing word (主办) that ends no body's name
MEMBER_WORDS = ("委员", "常委")   # a member of the committee (专职常委, 六楼常委 of 六楼常委会议室), no body
JOINED_BODY = re.compile(r"[和与及、]|中共")   # what joins another body to a party's central committee
CENTRAL = "中央"
CENTRAL_OFFICE_ENDS = ("部", "机关")   # 民盟中央组织部, 民进中央机关: what ends a central department beside the heads


def heads(*groups: str) -> tuple[str, ...]:
    """The head words of groups of kg/data/org_heads.tsv (cell, place, government…), longest first."""
    return lexicon().heads(*groups)


def head_kind(body: str) -> str | None:
    """The kind of the head word a name ends with; a unit (科, 处) takes the kind of the body it is in.

    >>> head_kind("九原区文旅广电局"), head_kind("市政协办公室信息科")
    ('GOVERNMENT', 'CPPCC')
    """
    lex = lexicon()
    found = _longest_head(body)
    if found is None and body.endswith(heads("unit")) and len(body) > 3:
        inner = list(lex.org_head_pattern.finditer(body[:-1]))
        return lex.org_heads[inner[-1].group()] if inner else _national_parent_kind(body)
    if found is None and body.endswith(heads("office_abbrev")) and len(body) > 2:
        # 确权办, 乡村振兴办: a government office by its shortened name; 县委办 the office of the body it names
        return head_kind(body[:-1]) or "GOVERNMENT"
    return lex.org_heads[found] if found else None


def _national_parent_kind(body: str) -> str | None:
    """The kind of the national body whose name a unit's name begins with (中科院山西煤化所: the academy's, OTHER)."""
    return next((kind for _name, kind, aliases in lexicon().national_orgs for alias in aliases if body.startswith(alias)),
                None)


def _longest_head(body: str) -> str | None:
    org_heads = lexicon().org_heads
    for length in range(min(len(body), _longest_head_length()), 0, -1):   # 经济和信息化委员会: 9 characters
        if body[-length:] in org_heads:
            return body[-length:]
    return None


@lru_cache(maxsize=1)
def _longest_head_length() -> int:
    return max(map(len, lexicon().org_heads))



def names_inner_body(rest: str) -> bool:
    """The words after 政协 name a body inside the committee (提案委员会, 办公室, 主席会议), not a member's post
    (专职常委, 前退休) or a verb (主办).

    >>> names_inner_body("提案委"), names_inner_body("主办"), names_inner_body("专职常委")
    (True, False, False)
    """
    lex = lexicon()
    if rest in lex.cppcc_bodies:
        return True
    # 主办, 承办: a verb ending in 办 (a jieba word of its own), not the committee's office shortened (政协办)
    verb_end = len(rest) > 1 and common_words().get(rest[-2:]) in VERB_END_TAGS
    return rest.endswith(lex.cppcc_body_ends) and not rest.endswith(MEMBER_WORDS) and not verb_end


def central_office(tail: str) -> bool:
    """tail, after a democratic party's name, names a department of its central committee: 中央宣传部,
    中央参政议政部; not 中央 alone, nor 中央和中共某市委 (two bodies).

    >>> central_office("中央宣传部"), central_office("中央"), central_office("中央和中共上海市委")
    (True, False, False)
    """
    office = tail.removeprefix(CENTRAL)
    if office == tail or not office or JOINED_BODY.search(office):
        return False
    return head_kind(office) is not None or office.endswith(heads("unit") + CENTRAL_OFFICE_ENDS)


NAME_RUN_STOP = re.compile(r"[、，,。；;：:！？!?“”\"《》（(\s]")   # what ends the words a name runs on with
MAX_UNIT_RUN = 14   # characters a unit's own name may take after its parent's short name (山西煤化所)


def unit_run_end(text: str, end: int) -> int | None:
    """Where a unit's name ends that runs on right after a body's name ending at end (中科院山西煤化所: the
    institute, not the academy), up to the next punctuation; None when the words there end in no head word.

    >>> unit_run_end("调研组到中科院山西煤化所、某某集团调研", 7), unit_run_end("中国工程院院士李卫率队", 5)
    (12, None)
    """
    stop = NAME_RUN_STOP.search(text, end, end + MAX_UNIT_RUN + 1)
    if stop is None or stop.start() == end:
        return None
    part = text[end:stop.start()]
    ends_in_head = part.endswith(heads("unit", "facility")) or head_kind(part) is not None
    return stop.start() if ends_in_head else None
