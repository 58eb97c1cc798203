"""Stage context: the bulletin's place, province and issue date, and each article's own place and date.

The place qualifies bare references later (市政协 in a Baotou bulletin is 包头市政协). It comes from the
masthead that split found (包头政协工作动态; a web page's headline and header lines, 来源：济南政协 among them),
else from a place that dominates the text (a county when the text speaks of 区政协/县政协 and names one county
of the dominant city again and again); a page covering many cities gets none. The date is the masthead's or
the page header's (发布时间：2024-05-30): a year named in the body does not override it. An article whose
headline or dateline names another place's body (江苏响水县政协开展…, 本报酒泉讯) takes that place; on a page
of many places, so does each paragraph whose first clause (after its date) names one (4月15日，太白县政协…).
"""
from __future__ import annotations

import re
from collections import Counter

from kg import dates
from kg.document import CLAUSE_BOUNDARY, Document, is_page_header
from kg.lexicon import lexicon
from kg.places import Place, gazetteer

READS = ("text", "masthead", "articles", "places", "word_starts")
WRITES = ("context", "articles", "place_marks")

LINE_START = re.compile(r"(?m)^\s*")
PARAGRAPH = re.compile(r"(?m)^[^\n]+")
MASTHEAD_LINES = re.compile(r"(?:[^\n，,。]*\n)+")
ORG_WORD = re.compile(r"^(政协|市委|区委|县委|旗委|盟委|党委|委|人民政府|政府|人大|委员会)")
# a bare reference at county level: the page is a county's (区政协, 我县, 全区)
COUNTY_WORDS = re.compile(r"(?<![\u4e00-\u9fff]{2}[市省])(?:区|县|旗)(?:政协|委|政府|人大)|[我本全](?:区|县|旗)")
# a source line naming the page's medium: 来源：定州日报, 来源：崇川在线
SOURCE = re.compile(r"来源\s*[:：]\s*(" + dates.MEDIUM_NAME + ")"
                    r"(?=\s|作者|发布|时间|日期|编辑|浏览|点击|$)", re.M)
NAME_LEAD = "、，,。；;：:\n （("   # what a person's name in a list or after a clause stands after
# a date (or a span of days) opening a paragraph, and the comma after it
LEADING_DATE = re.compile(rf"\s*(?:{dates.RANGE.pattern}|{dates.MONTH_DAY.pattern})(?:上午|下午|晚)?\s*[，,]")
WORD_TAGS = {"v", "vn", "vd", "a", "ad", "an", "d", "n", "nz", "s"}   # jieba tags of words, not of places (ns)
COMMON_WORD_FREQUENCY = 500   # ... when jieba sees them this often (包头, a rare verb, stays a place)
TOWN_WORD = re.compile(r"镇|乡|村|街道|社区")   # after a county's short form: a town of that name (官渡镇, not 官渡区)
HEAD_MAX = 400       # characters of a page's head read for its place and date
DOMINANT_MIN = 3     # mentions a place needs to be the page's without a masthead
DOMINANT_RATIO = 3   # ... and so many times the next place's
STRONG_WEIGHT = 2    # an official name counts for two short forms


def place_matches(text: str, short_forms: bool = True):
    for m in gazetteer().find_all(text, short_forms=short_forms):
        if not inside_a_name(text, m.start, m.end, m.full):
            yield m.start, m.end, province_first(m.places, m.full), m.full


def province_first(places: tuple[Place, ...], full: bool) -> tuple[Place, ...]:
    """A short form that names a province (河北, 山西, 吉林) is the province, not a district or city of that name
    (天津的河北区, 吉林市: their own names say so)."""
    provinces = tuple(p for p in places if p.level == "province")
    return provinces if provinces and not full else places


def common_word(surface: str, full: bool) -> bool:
    """A short form that is a common word of another part of speech (振兴 of 乡村振兴, 新华 of 新华网, 开发):
    the text speaks of something else there, not of 振兴区 or 新华区."""
    from kg.names import common_words, word_frequency
    return not full and common_words().get(surface, "") in WORD_TAGS \
        and word_frequency(surface) >= COMMON_WORD_FREQUENCY


def inside_a_name(text: str, start: int, end: int, full: bool) -> bool:
    """A short place form that is part of a person's or a town's name, or a common word: no place the page is of."""
    return given_name_at(text, start, end, full) or common_word(text[start:end], full) \
        or not full and TOWN_WORD.match(text, end) is not None


def given_name_at(text: str, start: int, end: int, full: bool) -> bool:
    """A two-character short form that is a person's given name (副主席马光明, 、李青山、, 副主席黄怀远): a
    surname right before it, and before that a title, a list separator or punctuation. The text moves on to a
    person there, not to 光明区 or 青山区."""
    if full or end - start != 2 or start == 0 or text[start - 1] not in lexicon().surnames:
        return False
    before = start - 1
    if before == 0 or text[before - 1] in NAME_LEAD:
        return True
    return any(m.end() == before for m in lexicon().title_pattern.finditer(text, max(0, before - 8), before))


def local_place(text: str, near) -> str | None:
    """How a headline or dateline writes the place of the body it is about: a place right before 政协, 市委…"""
    gz = gazetteer()
    for start, end, places, _full in place_matches(text):
        if ORG_WORD.match(text[end:]) or text[end:end + 1] == "讯":
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


def page_head(doc: Document) -> str:
    """The lines that say what the page is: the masthead split found; on a web page (header lines only) its
    headline too, the text before the first line of running text (one with a comma or a full stop)."""
    lines = [doc.text[a:b] for a, b in doc.masthead]
    if any(not is_page_header(line.strip()) for line in lines):
        return "\n".join(lines)
    lead = MASTHEAD_LINES.match(doc.text[:HEAD_MAX])
    return (lead.group() if lead else "") + "\n".join(lines)


def chain_end(candidates: list[Place]) -> Place | None:
    """The deepest of one chain of places (重庆市渝北区政协办公室: the district, 渝北 too); None for two
    unrelated places."""
    gz = gazetteer()
    deepest = [p for p in candidates
               if all(q.name == p.name or q in gz.ancestors(p) for q in candidates)]   # one name in two tables too
    return deepest[0] if deepest else None


def dominant(counts: Counter) -> Place | None:
    ranked = counts.most_common(2)
    if ranked and ranked[0][1] >= DOMINANT_MIN and (len(ranked) == 1 or ranked[0][1] >= DOMINANT_RATIO * ranked[1][1]):
        return ranked[0][0]
    return None


def text_places(doc: Document) -> list[tuple[int, int, tuple[Place, ...], bool]]:
    """(start, end, places, strong) of every place surface of the text: the analysis stage's index. A short form
    counts only where it is a word of its own: not the 会同 of 与会同志, the 同心 of 同心圆, the 富裕 of 共同富裕."""
    found = doc.places.find(0, len(doc.text)) if doc.places is not None else gazetteer().find_all(doc.text)
    starts = set(doc.word_starts)
    return [(m.start, m.end, province_first(m.places, m.full), m.full) for m in found
            if (m.full or not starts or (m.start in starts and m.end in starts))
            and not inside_a_name(doc.text, m.start, m.end, m.full)]


def place_counts(matches) -> tuple[Counter, Counter]:
    """How often the text names each prefecture (an official name counts double) and each county (officially)."""
    gz = gazetteer()
    prefectures, counties = Counter(), Counter()
    for _s, _e, places, full in matches:
        prefs = {gz.prefecture(p) for p in places if gz.prefecture(p)}
        if len(prefs) == 1:
            prefectures[prefs.pop()] += STRONG_WEIGHT if full else 1   # 卫东 may be a name (曹卫东), 青浦区 is a place
        if full and places[0].level == "county":
            counties[places[0]] += 1
    return prefectures, counties


def only_county(matches, within: Place | None = None) -> Place | None:
    """The one county a short page names, by any form (我县…县政协…事关永嘉未来发展); with `within`, the one
    county of that prefecture it names."""
    gz = gazetteer()
    named = {p for _s, _e, places, _f in matches for p in places if p.level != "province"
             and (within is None or p.level == "county" and gz.prefecture(p) == within)}
    return named.pop() if len(named) == 1 and next(iter(named)).level == "county" else None


def head_province(head: str) -> Place | None:
    """The one province a page's head names (宁夏政协召开…), if it names one."""
    named = {p for _s, _e, places, _f in place_matches(head) for p in places[:1] if p.level == "province"}
    return named.pop() if len(named) == 1 else None


def dominant_place(text: str, matches, province: Place | None = None) -> Place | None:
    """One prefecture that dominates the text; one of its counties instead when the text speaks at county level
    (区政协, 我县) and names that county more than any other; on a short county page the one county named."""
    gz = gazetteer()
    prefectures, counties = place_counts(matches)
    place = dominant(prefectures)
    if not COUNTY_WORDS.search(text):
        return place
    if place is None:
        # a lone county named only in passing (铁力 in 司马义·铁力瓦尔地) is no place of a page whose head names
        # another province, or whose places lie in another
        county = only_county(matches)
        province = province or main_province(matches)
        return county if county is None or province is None or gz.province(county) == province else None
    ranked = [(c, n) for c, n in counties.most_common(2) if gz.prefecture(c) == place]
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    # a district page of a municipality that names no other district (中共重庆市大足区委…新大足)
    return only_county(matches, within=place) or place


def bulletin_place(head: str, text: str, matches, headline: str = "") -> Place | None:
    candidates = [p for _s, _e, places, _f in place_matches(head) for p in places if p.level in ("prefecture", "county")]
    return chain_end(candidates) or dominant_place(text, matches, head_province(head + "\n" + headline))


def main_province(matches) -> Place | None:
    """The province the text's places lie in most often."""
    gz = gazetteer()
    provinces = Counter(gz.province(p) for _s, _e, places, _f in matches for p in places[:1] if gz.province(p))
    return provinces.most_common(1)[0][0] if provinces else None


def set_place(doc: Document, place: Place | None, matches) -> None:
    gz = gazetteer()
    ctx = doc.context
    if place:
        ctx.place = place.name
        province = gz.province(place)
        ctx.province = province.name if province else None
        return
    province = main_province(matches)
    if province:
        ctx.province = province.name


def paragraph_marks(doc: Document, start: int, end: int, near) -> list[tuple[int, int, str]]:
    """(offset, place) of the paragraphs of text[start:end] that open with a place of their own: a place before
    政协/市委… in their first clause (九江市政协主席…, 本报南昌讯)."""
    gz = gazetteer()
    marks = []
    for line in PARAGRAPH.finditer(doc.text, start, end):
        text = line.group()
        # on a page of many places (no place of its own), each dated item's: 4月15日，太白县政协专题调研…
        lead = LEADING_DATE.match(text) if doc.context.place is None else None
        opening = text[lead.end():] if lead else text
        clause = CLAUSE_BOUNDARY.search(opening)
        written = local_place(opening[:clause.start() if clause else len(opening)], near)
        place = gz.resolve(written, near=near) if written else None
        if place is not None:
            marks.append((line.start(), line.end(), place.name))
    return marks


def set_articles(doc: Document, place: Place | None) -> None:
    """Each article's own place (its headline's or dateline's) and date (of its first dated sentence), and the
    paragraphs with a place of their own (Document.place_at)."""
    gz = gazetteer()
    ctx = doc.context
    near = [place] if place else []
    for art in doc.articles:
        headline = doc.text[art.start:art.start + len(art.title) + 2]
        body = doc.text[art.start:art.end]
        art.place = local_place(headline, near) or dateline_place(body, len(art.title) + 40, near)
        span = dates.resolve_span(body[:200], ctx.year, ctx.date)
        if span and span[0]:
            art.date = span[0]
        own = gz.resolve(art.place, near=near) if art.place else None
        doc.place_marks += paragraph_marks(doc, art.start + len(art.title), art.end, [own] if own else near)


def page_medium(head: str, body: str) -> str | None:
    """The newspaper or site a page is from: its first dateline's (沈阳日报讯, 滁州网讯), else, for 本报讯, its
    source line's (来源：定州日报作者：…)."""
    for line in LINE_START.finditer(body, 0, HEAD_MAX * 2):
        dateline = dates.DATELINE.match(body, line.end())
        medium = dates.dateline_medium(dateline) if dateline else None
        if medium:
            return body[medium[0]:medium[1]]
    source = SOURCE.search(head)
    return source.group(1) if source else None


def run(doc: Document) -> None:
    ctx = doc.context
    head = page_head(doc)
    ctx.date = dates.page_date(head)
    years = Counter(int(y) for y in dates.YEAR.findall(doc.text))
    ctx.year = int(ctx.date[:4]) if ctx.date else (years.most_common(1)[0][0] if years else None)
    matches = text_places(doc)
    place = bulletin_place(head, doc.text, matches, doc.articles[0].title if doc.articles else "")
    set_place(doc, place, matches)
    set_articles(doc, place)
    ctx.medium = page_medium(head, doc.text)
