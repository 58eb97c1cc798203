"""Stage context: the bulletin's place, province and issue date, and each article's own place and date.

The place qualifies bare references later (市政协 in a Baotou bulletin is 包头市政协). It comes from the
masthead (包头政协工作动态), else from a place that dominates the text; a page covering many cities gets
none. An article whose headline names another place's body (江苏响水县政协开展…) takes that place.
"""
from __future__ import annotations

import re
from collections import Counter

from kg import dates
from kg.document import Document
from kg.places import gazetteer

READS = ("text", "toc")
WRITES = ("context", "articles")

# a newspaper article's dateline at the start of its body: 本报酒泉讯
DATELINE = re.compile(r"(?m)^\s*[(（【\[]?本报[\u4e00-\u9fff]{2,10}?讯")
MASTHEAD_LINES = re.compile(r"(?:[^\n，,。]*\n)+")
ORG_WORD = re.compile(r"^(政协|市委|区委|县委|旗委|盟委|党委|人民政府|政府|人大|委员会)")


def place_matches(text: str, short_forms: bool = True):
    for m in gazetteer().find_all(text, short_forms=short_forms):
        yield m.start, m.end, m.places, m.full


def local_place(text: str, near) -> str | None:
    """How a headline or dateline writes the place of the body it is about: a place right before 政协, 市委…"""
    gz = gazetteer()
    for start, end, places, _full in place_matches(text):
        if ORG_WORD.match(text[end:]) or text[end:end + 1] == "讯":
            place = gz.resolve(text[start:end], near=near)
            if place is not None and place.level in ("prefecture", "county"):
                return text[start:end]
    return None


def run(doc: Document) -> None:
    gz = gazetteer()
    ctx = doc.context
    first_article = doc.articles[0].start if doc.articles else len(doc.text)
    masthead = doc.text[:min(doc.toc[0][0] if doc.toc else first_article, first_article, 400)]
    if not masthead.strip():
        # the split took the masthead for the first article's heading (no table of contents): the
        # lines before the first line of running text (one with a comma or a full stop)
        lead = MASTHEAD_LINES.match(doc.text[:400])
        masthead = lead.group() if lead else ""

    m = dates.FULL_DATE.search(masthead)
    if m:
        ctx.date = dates.iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    years = Counter(int(y) for y in dates.YEAR.findall(doc.text))
    ctx.year = int(ctx.date[:4]) if ctx.date else (years.most_common(1)[0][0] if years else None)

    # the bulletin's place: the masthead's, else one prefecture that dominates the text
    candidates = [p for _s, _e, places, _f in place_matches(masthead) for p in places
                  if p.level in ("prefecture", "county")]
    place = None
    deepest = [p for p in candidates
               if all(q.adcode == p.adcode or q in gz.ancestors(p) for q in candidates)]
    if deepest:
        # one place, or one chain of places (重庆市渝北区政协办公室: the district, 渝北 too)
        place = deepest[0]
    else:
        counts = Counter()
        for _s, _e, places, full in place_matches(doc.text):
            prefs = {gz.prefecture(p) for p in places if gz.prefecture(p)}
            if len(prefs) == 1:
                counts[prefs.pop()] += 1
        ranked = counts.most_common(2)
        if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 3 * ranked[1][1]):
            place = ranked[0][0]
    if place:
        ctx.place = place.name
        province = gz.province(place)
        ctx.province = province.name if province else None
    else:
        provinces = Counter(gz.province(p).name for _s, _e, places, _f in place_matches(doc.text)
                            for p in places[:1] if gz.province(p))
        if provinces:
            ctx.province = provinces.most_common(1)[0][0]

    for art in doc.articles:
        headline = doc.text[art.start:art.start + len(art.title) + 2]
        body = doc.text[art.start:art.end]
        dateline = DATELINE.search(body, 0, len(art.title) + 40)
        art.place = local_place(headline, [place] if place else []) or (
            local_place(dateline.group(), [place] if place else []) if dateline else None)
        span = dates.resolve_span(body[:200], ctx.year, ctx.date)
        if span and span[0]:
            art.date = span[0]
