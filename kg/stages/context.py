"""Stage context: the bulletin's place, province and issue date, and each article's own place and date.

The place qualifies bare references later (市政协 in a Baotou bulletin is 包头市政协). It comes from the
page's head (kg/mastheads.py: the masthead split found, 包头政协工作动态; a web page's headline and header lines,
来源：济南政协 among them), else from a place that dominates the text (kg/dominant_places.py); a page covering
many cities gets none (kg/article_places.py). The province is the place's, else the head's or the one the
places lie in most (kg/page_provinces.py). The date is the head's (发布时间：2024-05-30): a year named in the
body does not override it. Each article takes its own place and date (kg/article_places.py). The places the
text names are found by kg/place_mentions.py, less its guests' (kg/visitors.py).
"""
from __future__ import annotations

from dataclasses import replace

from kg import dates
from kg.article_places import MANY_PLACES, item_prefectures, set_articles
from kg.document import Document
from kg.dominant_places import dominant_place, namesake_in_named_prefecture, unresolved_namesake
from kg.mastheads import (chain_end, head_places, medium_city, page_head, page_head_spans, page_header_date,
                          page_medium)
from kg.page_provinces import head_province, main_province
from kg.place_levels import provincial_page, speaks_of_a_prefecture, speaks_of_its_level
from kg.place_mentions import text_places
from kg.places import Place, gazetteer
from kg.visitors import (abbreviated_city, destination_cities, destination_counties, destination_provinces, hosted_place,
                         own_province_by_abbreviation, without_guests)

READS = ("text", "masthead", "articles", "sentences", "places", "word_starts", "window",
         "soft_breaks")   # window: of a long document; soft_breaks: the spaces that end a source line's medium
WRITES = ("context", "articles", "place_marks", "page_place")


def run(doc: Document) -> None:
    """Sets doc.context (date, year, place, province, medium), doc.page_place, each article's place and date,
    and doc.place_marks."""
    if doc.window.page is not None:   # a later window of a long document: the page's context is the first's
        doc.context, doc.page_place = replace(doc.window.page), doc.window.place
        set_articles(doc, doc.page_place)
        return
    ctx = doc.context
    head = page_head(doc)
    ctx.date, ctx.year = page_date_and_year(doc.text, head, page_header_date(doc))
    ctx.medium = page_medium(head, doc.text, doc.soft_breaks)   # before the place: its city may be the page's (medium_city)
    matches = own_places(doc)
    items = item_prefectures(doc)
    place = None if len(items) >= MANY_PLACES else bulletin_place(doc, head, matches)
    set_place(doc, place, matches, head)
    if len(items) >= MANY_PLACES and len({gazetteer().province(p) for p in items}) > 1:
        ctx.province = None   # a digest of several provinces' items (北京市政协…, 邯郸市政协…, 怀化市…) is of none
    set_articles(doc, place)
    doc.page_place = place if place is None or not unresolved_namesake(place, matches) else None


def page_date_and_year(text: str, head: str, date: str | None = None) -> tuple[str | None, int | None]:
    """The head's date (dates.page_date, or date when given: page_header_date) and its year; without a date, the
    year the text tells of (dates.text_year).

    >>> page_date_and_year("2023年工作要点，2023年……2022年", "")
    (None, 2023)
    """
    date = date or dates.page_date(head)
    return date, int(date[:4]) if date else dates.text_year(text)


def own_places(doc: Document) -> list:
    """The text's place matches (text_places) less its guests' (without_guests), those in the provinces the
    page's people go to (赴浙江调研), the counties a county's people go to (县政协…赴某县考察学习) and the
    cities a city's people go to (市政协…前往某市考察), with their counties."""
    matches = without_guests(doc.text, page_head_spans(doc), text_places(doc))
    gone = destination_provinces(doc.text, matches)
    counties = destination_counties(doc.text, matches)   # 县政协…赴某县考察学习: a county gone to is no own place
    counties |= destination_cities(doc.text, matches)    # 市政协…赴某市学习考察: nor a city gone to, nor its counties
    return [m for m in matches if (not gone or gazetteer().province(m[2][0]) not in gone)
            and not counties & set(m[2])]


def bulletin_place(doc: Document, head: str, matches) -> Place | None:
    """The page's place: the deepest of one chain of places its head names; else the place that dominates the
    text (none on a province's page), or over it the city the text calls its own by its abbreviation (来泉调研,
    kg/visitors.py) or the place it names with the character guests came to (一行来璧，… 璧山…); then the city
    of the page's medium (梧州日报讯, medium_city) and, among namesakes, the one in the prefecture the text
    names most; never a place outside the province the head names."""
    headline = doc.articles[0].title if doc.articles else ""
    own = head_province(head)
    # a head naming its province (…现代化四川) names no county of another (同心 of 同心共建 is no 同心县 of 宁夏)
    # nor a county its people go to (县政协组织委员赴浏阳市、醴陵市考察学习)
    gone = destination_counties(doc.text, text_places(doc))
    heads_places = [p for p in head_places(doc) if (own is None or gazetteer().province(p) == own) and p not in gone]
    place = level_fitting(doc.text, chain_end(heads_places), matches) or hosted_place(doc.text, matches, abbreviated_city(
        doc.text, None if provincial_page(doc.text, matches) else
        dominant_place(doc.text, matches, head_province(head + "\n" + headline))))
    place = medium_city(doc.text, doc.context.medium, place)
    place = namesake_in_named_prefecture(place, matches)
    # a page of 陕西政协 about 天津市政协's visit: the visitors' city, however often named, is not the page's
    return None if place and own and gazetteer().province(place) != own else place


def level_fitting(text: str, place: Place | None, matches) -> Place | None:
    """A head's county whose level the page's bare words do not speak gives way to its prefecture, where the text
    names that: a county-level city's station (来源：某市广播电视台) over a page of 州政协 (speaks_of_a_prefecture),
    a 县 over a page of 区 bodies.

    >>> level_fitting("州政协主席康某主持，州委常委出席。延边州", gazetteer().lookup("珲春市")[0],
    ...               [(18, 21, gazetteer().lookup("延边州"), True)]).name
    '延边朝鲜族自治州'
    """
    prefecture = gazetteer().prefecture(place) if place is not None and place.level == "county" else None
    if prefecture is None or not any(prefecture in places for _s, _e, places, _f in matches):
        return place
    fits = speaks_of_its_level(text, place) and not (place.name.endswith("市") and speaks_of_a_prefecture(text))
    return place if fits else prefecture


def set_place(doc: Document, place: Place | None, matches, head: str = "") -> None:
    """The context's place and its province; without a place, the province the page's head names (广西政协动态
    over a 北京市政协 visit), else the one its places lie in most."""
    gz = gazetteer()
    ctx = doc.context
    if place:
        ctx.place = place.name
        province = gz.province(place)
        ctx.province = province.name if province else None
        return
    province = own_province_by_abbreviation(doc.text) or head_province(head) or main_province(matches, doc.text)
    if province:
        ctx.province = province.name
