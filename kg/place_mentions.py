"""Where a text names a place, for the context stage (kg/stages/context.py): every place surface the page's
place is counted from (text_places), and the place a headline or dateline writes before its body (local_place:
江苏响水县政协开展…, 本报酒泉讯).

A short form counts only as a word of its own (召开州政协 names no 开州, 与会同志 no 会同), never inside a name
(kg/place_words.py) or as a person's given name (曹卫东 … 曹卫东一行: no 卫东区).
"""
from __future__ import annotations

import re
from collections import Counter

from kg import dates
from kg.document import Document
from kg.lexicon import lexicon
from kg.place_words import after_a_place, inside_a_name
from kg.places import Place, gazetteer
from kg.visitors import VISITING, came_here

LINE_START = re.compile(r"(?m)^\s*")
# 委 alone after a full name (凉山州委), not the 委 of a word (沈阳委托: a person's name before 委托, 委员)
ORG_WORD = re.compile(r"^(政协|市委|区委|县委|旗委|盟委|党委|委(?![托员屈婉派])|人民政府|政府|人大|委员会)")
# after a place in a dateline: 讯, or the place's paper or site and 讯 (甘孜日报讯, 宁海新闻网讯)
DATELINE_END = re.compile(r"(?:日报|晚报|新闻网|融媒|在线)?讯")   # not 网讯 alone: 南海网 is 海南's site
STRONG_WEIGHT = 2    # an official name counts for two short forms


def place_matches(text: str, short_forms: bool = True):
    """(start, end, places, full) of each place the gazetteer finds in text, outside the names of other things.

    >>> [(s, e, f) for s, e, _p, f in place_matches("赴河北省调研")]
    [(1, 4, True)]
    """
    for m in gazetteer().find_all(text, short_forms=short_forms):
        if not inside_a_name(text, m.start, m.end, m.full):
            yield m.start, m.end, province_first(m.places, m.full), m.full


def province_first(places: tuple[Place, ...], full: bool) -> tuple[Place, ...]:
    """A short form that names a province (河北, 山西, 吉林) is the province, not a district or city of that name
    (天津的河北区, 吉林市: their own names say so)."""
    provinces = tuple(p for p in places if p.level == "province")
    return provinces if provinces and not full else places


def word_bounds(text: str) -> set[int]:
    """Offsets in text where a jieba word starts or ends."""
    import jieba
    jieba.setLogLevel(60)
    bounds, pos = {0}, 0
    for token in jieba.cut(text, HMM=False):
        pos += len(token)
        bounds.add(pos)
    return bounds


def local_place(text: str, near, within: int | None = None) -> str | None:
    """How a headline or dateline writes the place of the body it is about: a place right before 政协, 市委…; a
    short form only as a word of its own (召开州政协 names no 开州); not the guests' (某市政协考察团来温, kg.visitors);
    with within, the place and its body read in text[:within] only, the text after it read for what guests came
    to do.

    >>> local_place("江苏响水县政协开展调研", [])
    '响水县'
    """
    gz = gazetteer()
    head = text if within is None else text[:within]
    bounds = None
    for start, end, places, full in place_matches(head):
        if not full:
            bounds = bounds if bounds is not None else word_bounds(head)
            if start not in bounds or end not in bounds:
                continue
        if (ORG_WORD.match(head[end:]) or DATELINE_END.match(head, end)) \
                and not VISITING.match(text, end) and not came_here(text, end):
            place = gz.resolve(text[start:end], near=near)
            if place is not None and place.level in ("prefecture", "county"):
                return text[start:end]
    return None


def dateline_place(body: str, within: int, near) -> str | None:
    """The place of a dateline at the start of a line of the body (本报酒泉讯): where the item reports from."""
    for line in LINE_START.finditer(body, 0, within):
        dateline = dates.DATELINE.match(body, line.end())
        if dateline and dateline.group(1):
            return local_place(dateline.group(1) + "讯", near)
    return None


def given_names(doc: Document, found) -> set[str]:
    """Short place forms the text only ever writes after one and the same surname, twice or more: the given
    name of a person (曹卫东 … 曹卫东一行: not 卫东区), not a place."""
    surnames = lexicon().surnames
    before: dict[str, set[str]] = {}
    count: Counter = Counter()
    for m in found:
        if not m.full:
            before.setdefault(m.surface, set()).add(doc.text[m.start - 1:m.start])
            count[m.surface] += 1
    return {s for s, chars in before.items() if count[s] >= 2 and len(chars) == 1 and chars <= surnames}


def text_places(doc: Document) -> list[tuple[int, int, tuple[Place, ...], bool]]:
    """(start, end, places, strong) of every place surface of the text: the analysis stage's index. A short form
    counts only where it is a word of its own: not the 会同 of 与会同志, the 同心 of 同心圆, the 富裕 of 共同富裕,
    nor a person's given name (given_names)."""
    found = doc.places.find(0, len(doc.text)) if doc.places is not None else gazetteer().find_all(doc.text)
    starts = set(doc.word_starts)
    names = given_names(doc, found)
    out = []
    for m in found:
        word = not starts or (m.start in starts and m.end in starts)
        if (m.full and not after_a_place(doc, m.start) or word and m.surface not in names) \
                and not inside_a_name(doc.text, m.start, m.end, m.full):
            # a two-character official name (沁县, 代县) is official where it is a word of its own
            out.append((m.start, m.end, province_first(m.places, m.full), m.full or word and m.surface == m.places[0].name))
    return namesakes_by_parent(doc.text, out)


def namesakes_by_parent(text: str, matches: list) -> list:
    """Matches whose surface names several places (宝山区 of 上海 and of 双鸭山) narrowed to the one the text writes
    right after its prefecture or province somewhere (政协上海市宝山区委员会): the page means that one each time.

    >>> found = namesakes_by_parent("上海市宝山区", [(0, 3, gazetteer().lookup("上海市"), True),
    ...                                            (3, 6, gazetteer().lookup("宝山区"), True)])
    >>> [p.adcode[:4] for p in found[1][2]]
    ['3101']
    """
    gz = gazetteer()
    ends = {e: places for _s, e, places, _f in matches}
    chosen = {}
    for start, end, places, _f in matches:
        under = [p for p in places if any(q in gz.ancestors(p) for q in ends.get(start, ()))] if len(places) > 1 else []
        if len(under) == 1:
            chosen[text[start:end]] = tuple(under)
    return [(s, e, chosen.get(text[s:e], places), f) for s, e, places, f in matches]
