"""Units inside an office named by its shortened name: 县委办秘书科 is the 秘书科 of the 县委办公室.

The organization grammar reads 县委办 (办, an office_abbrev head, after a committee) and 市政协办公室综合科; a
shortened office with a unit after it (办秘书科, 办综合科) names the office in full before the unit.
"""
from __future__ import annotations

from kg.lexicon import lexicon


def office_unit(rest: str) -> str | None:
    """The full name of a unit of a shortened office (办 and a unit name of three characters or more ending in a
    unit head: 科, 处, 股, 室…), else None (办公室, 办事处 are no shortened office).

    >>> office_unit("办秘书科"), office_unit("办公室"), office_unit("办事处")
    ('办公室秘书科', None, None)
    """
    lex = lexicon()
    office = next((h for h in lex.heads("office_abbrev") if rest.startswith(h)), None)
    unit = rest[len(office):] if office else ""
    if len(unit) < 3 or unit.startswith("公") or not unit.endswith(lex.heads("unit")):
        return None
    return "办公室" + unit
