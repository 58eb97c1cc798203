"""Places of a page's own committee and of its ambiguous place names, for the dominant place (kg/dominant_places.py)."""
from __future__ import annotations

from kg.places import Place, gazetteer


def committee_place(name: str, prefecture: Place | None) -> Place | None:
    """The place a committee's full name is of: one place (江阴市), or a chain written down from the prefecture
    (政协广州市南沙区委员会: the district, known by its city).

    >>> committee_place("广州市南沙区", None).name
    '南沙区'
    """
    gz = gazetteer()
    place = gz.resolve(name, near=[prefecture] if prefecture else [])
    found = gz.find_all(name, short_forms=False)
    if place is None and len(found) == 2 and found[0].start == 0 and found[0].end == found[1].start \
            and found[1].end == len(name):
        place = gz.resolve(name[found[1].start:], near=list(found[0].places))
        return place if place is not None and set(found[0].places) & set(gz.ancestors(place)) else None
    return place


def in_province(matches, province: Place | None) -> list:
    """The (start, end, places, full) matches with their places narrowed to those in the province, where that
    leaves some: 中山 on a page of 广东 that names no other city is 中山市, not 大连's 中山区.

    >>> [[p.name for p in m[2]] for m in in_province([(0, 2, gazetteer().lookup("中山"), False)],
    ...                                              gazetteer().lookup("广东省")[0])]
    [['中山市']]
    """
    if province is None:
        return matches
    gz = gazetteer()
    return [(s, e, tuple(p for p in places if gz.province(p) == province) or places, full)
            for s, e, places, full in matches]


def named_province(matches) -> Place | None:
    """The one province the text names by itself (广东省政协), not through a place of it."""
    provinces = {places[0] for _s, _e, places, _f in matches if all(p.level == "province" for p in places)}
    return provinces.pop() if len(provinces) == 1 else None
