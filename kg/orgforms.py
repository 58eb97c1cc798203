"""The standard forms of an organization's name besides the one the text writes: the short and the full
ending of its head (kg/data/org_name_forms.tsv) and the name without the prefecture that qualifies a county's
body (佛山市顺德区政府 is also 顺德区政府). They are aliases only: the main name stays the qualified one.

Example
-------
>>> from kg.document import Organization
>>> sorted(standard_forms(Organization("嘉兴市嘉善县政协常委会", "CPPCC_BODY", place="嘉善县")))
['嘉兴市嘉善县政协常务委员会', '嘉兴市嘉善县政协常委会', '嘉善县政协常务委员会', '嘉善县政协常委会']
"""
from __future__ import annotations

from functools import lru_cache

from kg.document import Organization
from kg.lexicon import rows
from kg.places import gazetteer

PARTY_PREFIX = "中共"


@lru_cache(maxsize=1)
def _endings() -> list[tuple[str, str, set[str]]]:
    """(ending, its other form, kinds) for both directions of each row, longest ending first."""
    pairs = []
    for row in rows("org_name_forms.tsv"):
        short, full = row[0], row[1]
        kinds = set(filter(None, row[2].split(","))) if len(row) > 2 else set()
        pairs += [(short, full, kinds), (full, short, kinds)]
    return sorted(pairs, key=lambda p: -len(p[0]))


def other_ending(name: str, kind: str) -> str | None:
    """The name with the other standard form of its ending, or None.

    >>> other_ending("永嘉县政协提案委", "CPPCC_BODY")
    '永嘉县政协提案委员会'
    >>> other_ending("市人民政府", "GOVERNMENT")
    '市政府'
    """
    for ending, other, kinds in _endings():
        if name.endswith(ending) and (not kinds or kind in kinds):
            return name[:-len(ending)] + other if len(name) > len(ending) else None
    return None


def unqualified(name: str, place: str | None) -> str | None:
    """The name without the places written before the organization's own place (佛山市顺德区政协 → 顺德区政协;
    中共 stays in front), or None when it has none.

    >>> unqualified("中共嘉兴市嘉善县委统战部", "嘉善县")
    '中共嘉善县委统战部'
    """
    lead = PARTY_PREFIX if name.startswith(PARTY_PREFIX) else ""
    rest = name[len(lead):]
    at = rest.find(place) if place else -1
    if at <= 0 or not gazetteer().lookup(rest[:at]):
        return None   # 政协佛山市顺德区委员会: what comes before the place is no place
    return lead + rest[at:]


def standard_forms(org: Organization) -> set[str]:
    """The organization's name and aliases with their standard other forms."""
    names = {org.name} | org.aliases
    names |= {u for u in (unqualified(n, org.place) for n in names) if u}
    return names | {o for o in (other_ending(n, org.kind) for n in names) if o}
