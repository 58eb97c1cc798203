"""Each article's own place and date, for the context stage (kg/stages/context.py): the place its headline or
dateline names before a body (江苏响水县政协开展…, 本报酒泉讯), or a headline that is a place's name alone
(【黔江区】); on a page of many places, each paragraph whose first clause (after its date) names one (4月15日，
太白县政协…) is marked as that place's (Document.place_marks). A page whose items name MANY_PLACES prefectures
(item_prefectures) is of many places, of none of its own.
"""
from __future__ import annotations

import re

from kg import dates
from kg.document import CLAUSE_BOUNDARY, Article, Document
from kg.place_mentions import dateline_place, local_place
from kg.places import Place, PlaceIndex, gazetteer
from kg.place_levels import provincial_page
from kg.visitors import BARE_LOCAL, RECEIVING, guest_places

PARAGRAPH = re.compile(r"(?m)^[^\n]+")
NON_CJK = re.compile(r"[^\u4e00-\u9fff]+")
MANY_PLACES = 3      # prefectures whose items make a page one of many cities
DATELINE_WINDOW = 40   # characters of a paragraph's start a dateline stands in
LEAD_MARK = re.compile(r"[:：丨|]")   # after a place opening a headline (南阳：…)
LEAD_NAME = 8          # characters of the longest place name read before it
# a date (or a span of days) opening a paragraph, and the comma after it
ITEM_BULLET = re.compile(r"\s*[◆●■▲★◇□▶►]")   # an item's mark on a page of items (◆6月2日，浏阳市政协…)
SENTENCE_END = re.compile(r"[。！？!?]")
VISIT_GOING = re.compile(r"(?:到|来到|赴|前往|深入|莅临|在)$")   # before the county the guests went to
# and after it, in its clause, what they did there (到某县调研, 在某县就疫情防控开展督导)
VISIT_ACT = re.compile(r"[^，,。；;：:]{0,20}?(?:调研|考察|视察|检查|督导|指导|走访|慰问|开展)")
# a county's own body among the guests (县政协主席某某带队, 某县政协…), not 自治区政协 nor a town's 镇党委
COUNTY_PEOPLE = re.compile(r"(?<![港澳社园镇街乡治])[县区旗](?:领导|政协|委|政府|人大)")
LEADING_DATE = re.compile(rf"\s*[◆●■▲★◇□▶►]?\s*(?:{dates.RANGE.pattern}|{dates.MONTH_DAY.pattern}|近日|日前|近期)"
                          r"(?:上午|下午|晚)?\s*[，,]")


def item_prefectures(doc: Document) -> set[Place]:
    """The prefectures whose bodies the page's items name in their headlines or datelines (赤峰市政协…, 兴安盟政协…,
    乌兰察布市政协…) or, for an item opening with its date, in its first clause (5月3日，怀化市政协…): MANY_PLACES
    or more make a page of many places, of no place of its own."""
    gz = gazetteer()
    prefectures = set()
    for art in doc.articles:
        body = doc.text[art.start:art.end]
        first = PARAGRAPH.search(doc.text, art.start + len(art.title), art.end)
        dated = first is not None and LEADING_DATE.match(first.group())   # 5月3日，怀化市政协…: an item's own
        written = local_place(*headline_text(body, art.title, [])) or dateline_place(body, len(art.title) + 40, []) \
            or lead_place(art.title, []) or (opening_place(first.group(), [], dated=True) if dated else None)
        places = [gz.resolve(w, near=[]) for w in [written, *dateline_items(doc, art, first)] if w]
        prefectures |= {gz.prefecture(p) for p in places if p is not None and gz.prefecture(p) is not None}
    return prefectures


def dateline_items(doc: Document, art, first) -> list[str]:
    """How the later paragraphs of an article that open with a dateline write its place (本报铜陵讯 6月4日，…): items
    of a digest run on without headlines of their own.

    >>> from pathlib import Path
    >>> doc = Document(Path("x.txt"), text="甲\\n本报讯 市政协召开会议。\\n本报铜陵讯 市政协召开会议。")
    >>> art = Article(0, "甲", 0, len(doc.text))
    >>> dateline_items(doc, art, PARAGRAPH.search(doc.text, 1))
    ['铜陵']
    """
    after = first.end() if first is not None else art.start + len(art.title)
    return [w for line in PARAGRAPH.finditer(doc.text, after, art.end)
            for w in [dateline_place(line.group(), DATELINE_WINDOW, [])] if w]


def set_articles(doc: Document, place: Place | None) -> None:
    """Each article's own place (its headline's or dateline's) and date (of its first dated sentence), and the
    paragraphs with a place of their own (Document.place_at)."""
    gz = gazetteer()
    ctx = doc.context
    near = [place] if place else []
    # on a province's page a dateline (中新网呼和浩特1月11日电) names where the reporter is, no place of the item
    provincial = place is None and provincial_page(doc.text, [])
    # on a page of its own, the city of its guests (苏州市政协主席某某一行来宿迁市考察) opens no paragraph of that city:
    # 苏州市政协副主席某某参加考察。市领导…，市政协秘书长某某 is still the hosts'
    guests = guest_places(doc.text, doc.places.find(0, len(doc.text), short_forms=False)) - {place} \
        if place is not None and doc.places is not None else set()
    for art in doc.articles:
        body = doc.text[art.start:art.end]
        art.place = local_place(*headline_text(body, art.title, near)) or place_heading(art.title, near) \
            or lead_place(art.title, near) \
            or (None if provincial else dateline_place(body, len(art.title) + 40, near)) \
            or place_heading(art.section, near)   # 【化州市】
        span = dates.resolve_span(body[:200], ctx.year, ctx.date)
        if span and span[0]:
            art.date = span[0]
        own = gz.resolve(art.place, near=near) if art.place else None
        doc.place_marks += paragraph_marks(doc, art.start + len(art.title), art.end, [own] if own else near, guests)


def headline_text(body: str, title: str, near) -> tuple[str, list, int]:
    """The text local_place reads an article's place from, and where its places must start: the headline (and the
    two characters after it); a title cut from a longer first line (an item without a headline) is read on to the
    line's end, so that guests' clauses are seen whole (安徽省某区政协副主席某某一行9人来米脂县考察: the guests').

    >>> headline_text("某区政协副主席某某一行来米脂县考察\\n正文", "某区政协副主席", [])
    ('某区政协副主席某某一行来米脂县考察', [], 9)
    """
    line = body.split("\n", 1)[0]
    within = len(title) + 2
    return body[:max(len(line), within)], near, within


def place_heading(title: str, near) -> str | None:
    """A headline that is nothing but a county's or city's name (● 长寿区 ●, 【黔江区】): the heading of that
    place's items on a page of many; a short form (【信宜】, the county-level city without its 市) only for a place
    under the page's (near).

    >>> place_heading("【信宜】", gazetteer().lookup("茂名市")), place_heading("【信宜】", [])
    ('信宜', None)
    """
    gz = gazetteer()
    name = "".join(NON_CJK.split(title))
    place = gz.resolve(name, near=near) if 2 <= len(name) <= 8 else None
    return name if place is not None and place.level in ("prefecture", "county") and (
        gz.kind(name) == "full" or any(q in gz.ancestors(place) for q in near)) else None


def lead_place(title: str, near) -> str | None:
    """The place a headline opens with before a colon or bar (南阳：市政协召开常委会议, 信阳丨民主监督…): the heading of
    that place's item on a page of many; a county by a short form only under the page's place (near).

    >>> lead_place("全省政协动态南阳：市政协召开常委会议", []), lead_place("王明远：要把工作做实", [])
    ('南阳', None)
    """
    gz = gazetteer()
    mark = LEAD_MARK.search(title)
    head = title[:mark.start()] if mark else ""
    for k in range(min(LEAD_NAME, len(head)), 1, -1):
        name = head[-k:]
        place = gz.resolve(name, near=near)
        if place is not None and place.level in ("prefecture", "county") and (
                gz.kind(name) == "full" or place.level == "prefecture" or any(q in gz.ancestors(place) for q in near)):
            return name
    return None


def paragraph_marks(doc: Document, start: int, end: int, near, guests=frozenset()) -> list[tuple[int, int, str]]:
    """(offset, place) of the paragraphs of text[start:end] that open with a place of their own: a place before
    政协/市委… in their first clause (九江市政协主席…, 本报南昌讯), none of the page's guests (guests)."""
    gz = gazetteer()
    marks = []
    for line in PARAGRAPH.finditer(doc.text, start, end):
        # on a page of many places (no place of its own), each dated item's: 4月15日，太白县政协专题调研…
        # and on a page of its own, each item marked as one (◆6月2日，浏阳市政协…，市政协副主席…: 浏阳's)
        written = opening_place(line.group(), near, dated=doc.context.place is None
                                or ITEM_BULLET.match(line.group()) is not None)
        place = gz.resolve(written, near=near) if written else visited_place(doc, line.start(), line.end())
        if place is not None and place not in guests:
            marks.append((line.start(), line.end(), place.name))
    return marks


def visited_place(doc: Document, start: int, end: int) -> Place | None:
    """On a county's page, the other county a dated item's guests from above go to (3月23日，省政协副主席某某在市政协
    主席某某的陪同下到某县调研。某县委书记甲，县委副书记、县长乙…): the item is that county's, its bare 县委, 县长 and
    县政协 its hosts'; so on a city's page the other city they go to (省政协主席某某到某市调研。市委书记甲…); not where a county's own people go (县政协主席带队赴某县考察, on a county-level city's page
    市政协组织住我市的委员赴某市视察: the page's people).

    >>> from pathlib import Path
    >>> doc = Document(Path("x.txt"), text="3月2日，省政协副主席李某到平舆县调研。县委书记张某陪同。")
    >>> doc.context.place = "西平县"
    >>> doc.places = PlaceIndex(doc.text)
    >>> visited_place(doc, 0, len(doc.text)).name
    '平舆县'
    """
    own = gazetteer().resolve(doc.context.place) if doc.context.place else None
    lead = LEADING_DATE.match(doc.text, start, end)
    if own is None or own.level not in ("county", "prefecture") or lead is None:
        return None
    stop = SENTENCE_END.search(doc.text, lead.end(), end)
    first = stop.start() if stop else end
    gone = [m.places[0] for m in doc.places.find(lead.end(), first, short_forms=False)
            if m.places[0].level == own.level and VISIT_GOING.search(doc.text, lead.end(), m.start)
            and VISIT_ACT.match(doc.text, m.end)]
    guests = doc.text[lead.end():first]
    level = own.name[-1]   # 市政协 on a county-level city's page is its own, as 县政协 on a county's
    if len(gone) != 1 or gone[0] == own or COUNTY_PEOPLE.search(guests) \
            or re.search(rf"(?<![\u4e00-\u9fff]){level}(?:领导|政协|委|政府|人大)|^{level}|我{level}", guests):
        return None
    return gone[0]


def opening_place(line: str, near, dated: bool) -> str | None:
    """How a paragraph's first clause writes the place of its body (九江市政协主席…, 本报南昌讯), after the date
    that opens it where dated (4月15日，太白县政协专题调研…: 太白县).

    >>> opening_place("4月15日，太白县政协专题调研乡村振兴。", [], dated=True)
    '太白县'
    >>> opening_place("区领导对宜君政协考察团的到来表示欢迎。", [], dated=False) is None
    True
    """
    lead = LEADING_DATE.match(line) if dated else None
    opening = line[lead.end():] if lead else line
    clause = CLAUSE_BOUNDARY.search(opening)
    first = opening[:clause.start() if clause else len(opening)]
    written = local_place(first, near)
    # a clause that opens with the page's own body, named bare (区领导对宜君政协考察团的到来表示欢迎, 市政协主席会见
    # 某县政协考察团), or with a host receiving guests (某某热情接待了某县政协委员一行): its paragraph is the page's,
    # the place named after it the guests'
    at = first.find(written) if written else -1
    return None if written and (BARE_LOCAL.search(first, 0, at) or RECEIVING.search(first, 0, at)) else written
