"""The page's head and the place it names, for the context stage (kg/stages/context.py): the masthead split
found (包头政协工作动态), on a web page its headline and header lines too (来源：济南政协 among them); the
prefectures and counties those lines name (head_places); the paper or site the page is from (page_medium: 梧州日报讯,
来源：定州日报) and the city that medium is of (medium_city).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg import dates
from kg.document import Document, is_page_header
from kg.lexicon import byline_bracket
from kg.place_levels import CITY_WORDS, COUNTY_WORDS, speaks_of_its_level
from kg.page_provinces import seats_a_committee
from kg.place_mentions import DATELINE_END, LINE_START, ORG_WORD, given_names, local_place
from kg.place_words import PAPER_WORD, inside_a_name, read_as_a_place
from kg.places import Place, gazetteer
from kg.visitors import elsewhere, held_by_province, held_there

MASTHEAD_LINES = re.compile(r"(?:[^\n，,。]*\n)+")
HEAD_MAX = 400       # characters of a page's head read for its place and date
# a paragraph of running text: a line of 50 characters or more up to its sentence end (a caption, 图为会议现场。, is short)
RUNNING_TEXT = re.compile(r"[^\n]{50,}[。！？]")


def page_head_spans(doc: Document) -> list[tuple[int, int]]:
    """Where the lines that say what the page is stand: the masthead split found; on a web page (header lines
    only) its headline too, the text before the first line of running text (one with a comma or a full stop)."""
    spans = list(doc.masthead)
    if any(not is_page_header(doc.text[a:b].strip()) for a, b in spans):
        return spans
    lead = MASTHEAD_LINES.match(doc.text[:HEAD_MAX])
    return ([(0, lead.end())] if lead else []) + spans


def page_head(doc: Document) -> str:
    """The text of the page's head (page_head_spans), its lines joined."""
    return "\n".join(doc.text[a:b] for a, b in page_head_spans(doc))


def page_header_date(doc: Document) -> str | None:
    """The date of the page's head (page_head), else of a header line among its first lines that no headline
    block took in (独家专访｜…，…？ then 2017-03-18 中国西藏网), else the date it is signed with on its last lines
    (（县政协办公室 2023年6月2日）): the page's own date either way."""
    lines = (line.strip() for line in doc.text[:HEAD_MAX].splitlines())
    return dates.page_date(page_head(doc)) or dates.page_date("\n".join(x for x in lines if is_page_header(x))) \
        or dates.signature_date(doc.text)


def head_places(doc: Document) -> list[Place]:
    """The prefectures and counties the page's head names, not a county where a higher body's meeting sat
    (州政协…会议在香格里拉开幕: held_there) nor a city where the province's sat (全省…座谈会在成都召开). A short
    form counts where it is a word of its own (搭建平台 names no 建平县), not a word first (head_word_a_place:
    同心共建), not where it also names a province (河北新闻网 is of 河北省, not of 天津市河北区), never a district of
    台湾省 (三峡日报 is no paper of 新北市); a head line outside the sentences (a masthead) has no words to check."""
    spans = [(s.start, s.end) for s in doc.sentences]
    everywhere = doc.places.find(0, len(doc.text))
    names = given_names(doc, everywhere)
    found = []
    for a, b in page_head_spans(doc):
        found += doc.places.find(a, b)
    return [p for m in found if not elsewhere(doc.text, m.start, m.end) and m.surface not in names
            and not inside_a_name(doc.text, m.start, m.end, m.full) and head_word_a_place(doc.text, m, everywhere) and (
            m.full or not any(p.level == "province" for p in m.places)
            and (not any(s <= m.start < e for s, e in spans) or doc.is_word_start(m.start) and doc.is_word_start(m.end)))
            for p in prefecture_first(m.places, m.full) if not venue_or_no_seat(doc.text, m, p)]


def venue_or_no_seat(text: str, m, place: Place) -> bool:
    """The head's place is no page's: a province, a district of 台湾省 (no committee sits there), a county where
    a higher body's meeting sat (held_there), a city where the province's sat (held_by_province)."""
    return place.level not in ("prefecture", "county") or not seats_a_committee((place,)) \
        or place.level == "county" and held_there(text, m.start, m.end) or held_by_province(text, m.start, m.end)


def head_word_a_place(text: str, m, everywhere) -> bool:
    """A head's short form names a place where jieba reads it as one (read_as_a_place), a body, a dateline or a
    paper follows it (温泉政协, 同心讯, 来源:遵义日报) or the text names that place again (everywhere: all its
    matches); a word first that the text never takes up (同心共建促发展 on a page of no 同心县) names no county."""
    return m.full or read_as_a_place(m.surface) or bool(ORG_WORD.match(text[m.end:])) \
        or DATELINE_END.match(text, m.end) is not None or PAPER_WORD.match(text, m.end) is not None \
        or any(o.start != m.start and set(o.places) & set(m.places) for o in everywhere)


def prefecture_first(places: tuple[Place, ...], full: bool) -> tuple[Place, ...]:
    """A short form of a head naming a prefecture and counties of other names elsewhere (中山: 中山市, and 中山区 of
    大连 and of 台北) is the prefecture's (来源: 中山政协)."""
    prefectures = tuple(p for p in places if p.level == "prefecture")
    return prefectures if not full and prefectures else places


def chain_end(candidates: list[Place]) -> Place | None:
    """The deepest of one chain of places (重庆市渝北区政协办公室: the district, 渝北 too); None for two
    unrelated places."""
    gz = gazetteer()
    deepest = [p for p in candidates
               if all(q.name == p.name or q in gz.ancestors(p) for q in candidates)]   # one name in two tables too
    return deepest[0] if deepest else None


def page_medium(head: str, body: str, breaks=frozenset()) -> str | None:
    """The newspaper or site a page is from: its first dateline's (沈阳日报讯, 滁州网讯, 某某网-某某日报讯: the
    paper), else, for 本报讯, its source line's (来源：定州日报作者：…; breaks: the spaces the page wrote inside CJK,
    as body's offsets), else its masthead's (《某某新报》(2017年1月18日) 01版)."""
    for line in LINE_START.finditer(body, 0, HEAD_MAX * 2):
        if story_before(body, line.start()):
            break   # a dateline after the page's own story opens another item (a digest's 新华网…电)
        dateline = dates.DATELINE.match(body, line.end())
        media = [body[a:b] for a, b in dates.dateline_media(dateline)] if dateline else []
        if media:   # of a site and a paper named together (梧州某某网-梧州日报讯), the paper
            return next((m for m in media if m.endswith("报")), media[-1])
    found = next(dates.source_media(head), None)
    if found is not None:
        return dates.medium_name(head[found[0]:found[1]])
    found = next(dates.source_media(body, 0, HEAD_MAX * 2, breaks), None) \
        or next(dates.furniture_media(body, 0, HEAD_MAX), None)
    return dates.medium_name(body[found[0]:found[1]]) if found else None


def story_before(body: str, at: int) -> bool:
    """The page's own story is told before at: a paragraph of running text (RUNNING_TEXT) or an item closed by
    its credit (…凝聚共识。(记者 某某)).

    >>> story_before("县政协召开会议。会议要求，要凝聚共识。(记者 苏明月)\\n晨风网南宁6月1日电", 27)
    True
    """
    return RUNNING_TEXT.search(body, 0, at) is not None or closing_credit().search(body, 0, at) is not None


@lru_cache(maxsize=1)
def closing_credit() -> re.Pattern:
    """A credit in brackets closing an item's last sentence at the end of its line: 。(记者 某某)."""
    return re.compile(rf"[。！？]\s*{byline_bracket().pattern}\s*$", re.M)


def medium_city(text: str, medium: str | None, place: Place | None) -> Place | None:
    """The city whose paper the page's medium is (page_medium: its dateline's or source's, 梧州日报讯) when the page
    speaks of its city's bodies (市政协, 全市) and names no place of its own outside that city: a city paper's meeting
    held in one of its counties (全市政协主席座谈会在蒙山县召开) is the city's; a county's site (宁海新闻网讯) on a page that speaks
    of its level's bodies (县政协) and names no other place is the county's; else the place found.

    >>> medium_city("梧州日报讯 全市政协座谈会在蒙山县召开。", "梧州日报", gazetteer().lookup("蒙山县")[0]).name
    '梧州市'
    >>> medium_city("宁海新闻网讯 县政协召开会议。", "宁海新闻网", None).name
    '宁海县'
    """
    gz = gazetteer()
    written = local_place(medium + "讯", []) if medium else None
    city = gz.resolve(written, near=[place] if place else []) if written else None
    if city is not None and city.level == "county" and place is None and speaks_of_its_level(text, city) \
            and COUNTY_WORDS.search(text):
        return city
    if city is None or city.level != "prefecture" or not CITY_WORDS.search(text):
        return place
    return city if place is None or gz.prefecture(place) == city else place
