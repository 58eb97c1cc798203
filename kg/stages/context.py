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
from dataclasses import replace

from kg import dates
from kg.document import CLAUSE_BOUNDARY, Document, is_page_header
from kg.lexicon import lexicon
from kg.page_places import committee_place, in_province, named_province
from kg.place_levels import CITY_WORDS, COUNTY_WORDS, provincial_page, speaks_of_counties, speaks_of_its_level
from kg.place_words import after_a_place, inside_a_name, read_as_a_place
from kg.places import Place, gazetteer
from kg.visitors import (VISITING, abbreviated_city, destination_provinces, elsewhere, own_province_by_abbreviation,
                         visitors_places, without_guests)

READS = ("text", "masthead", "articles", "sentences", "places", "word_starts", "window")   # window: of a long document
WRITES = ("context", "articles", "place_marks", "page_place")

LINE_START = re.compile(r"(?m)^\s*")
PARAGRAPH = re.compile(r"(?m)^[^\n]+")
MASTHEAD_LINES = re.compile(r"(?:[^\n，,。]*\n)+")
# 委 alone after a full name (凉山州委), not the 委 of a word (沈阳委托: a person's name before 委托, 委员)
ORG_WORD = re.compile(r"^(政协|市委|区委|县委|旗委|盟委|党委|委(?![托员屈婉派])|人民政府|政府|人大|委员会)")
# a committee named with its term (政协江阴市第十六届委员会): its own session, on the page of its place
NON_CJK = re.compile(r"[^\u4e00-\u9fff]+")
COMMITTEE_OF_TERM = re.compile(r"(?:中国人民政治协商会议|政协)([\u4e00-\u9fff]{2,8}?)(?:第[一二三四五六七八九十]+届)?委员会")
# after a place in a dateline: 讯, or the place's paper or site and 讯 (甘孜日报讯, 宁海新闻网讯)
DATELINE_END = re.compile(r"(?:日报|晚报|新闻网|融媒|在线)?讯")   # not 网讯 alone: 南海网 is 海南's site
# 自治区 standing for the page's own autonomous region, not the end of one's official name (宁夏回族自治区)
BARE_REGION = re.compile(r"(?<![族尔古藏])自治区(?:党委|政协|政府|人民政府|人大|主席|领导|工商联)")
MANY_PLACES = 3      # prefectures whose items make a page one of many cities
# a date (or a span of days) opening a paragraph, and the comma after it
LEADING_DATE = re.compile(rf"\s*(?:{dates.RANGE.pattern}|{dates.MONTH_DAY.pattern})(?:上午|下午|晚)?\s*[，,]")
PLACE_LEAD = "在赴到于莅"   # what stands before a place where something happens or people go
HEAD_MAX = 400       # characters of a page's head read for its place and date
DOMINANT_MIN = 3     # mentions a place needs to be the page's without a masthead
DOMINANT_RATIO = 3   # ... and so many times the next place's
# provinces where no local CPPCC committee sits: a page naming them (澳门茂名同乡会, 港区委员) is of a mainland place
NO_COMMITTEES = ("台湾省", "香港特别行政区", "澳门特别行政区")
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


def word_bounds(text: str) -> set[int]:
    """Offsets in text where a jieba word starts or ends."""
    import jieba
    jieba.setLogLevel(60)
    bounds, pos = {0}, 0
    for token in jieba.cut(text, HMM=False):
        pos += len(token)
        bounds.add(pos)
    return bounds


def local_place(text: str, near) -> str | None:
    """How a headline or dateline writes the place of the body it is about: a place right before 政协, 市委…; a
    short form only as a word of its own (召开州政协 names no 开州)."""
    gz = gazetteer()
    bounds = None
    for start, end, places, full in place_matches(text):
        if not full:
            bounds = bounds if bounds is not None else word_bounds(text)
            if start not in bounds or end not in bounds:
                continue
        if (ORG_WORD.match(text[end:]) or DATELINE_END.match(text, end)) and not VISITING.match(text, end):
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


def head_places(doc: Document) -> list[Place]:
    """The prefectures and counties the page's head names. A short form counts where it is a word of its own
    (搭建平台 names no 建平县) and not where it also names a province (河北新闻网 is of 河北省, not of 天津市河北区);
    a head line outside the sentences (a masthead) has no words to check."""
    spans = [(s.start, s.end) for s in doc.sentences]
    names = given_names(doc, doc.places.find(0, len(doc.text)))
    found = []
    for a, b in page_head_spans(doc):
        found += doc.places.find(a, b)
    return [p for m in found if not elsewhere(doc.text, m.start, m.end) and m.surface not in names
            and not inside_a_name(doc.text, m.start, m.end, m.full) and (
            m.full or not any(p.level == "province" for p in m.places)
            and (not any(s <= m.start < e for s, e in spans) or doc.is_word_start(m.start) and doc.is_word_start(m.end)))
            for p in prefecture_first(m.places, m.full) if p.level in ("prefecture", "county")]


def prefecture_first(places: tuple[Place, ...], full: bool) -> tuple[Place, ...]:
    """A short form of a head naming a prefecture and counties of other names elsewhere (中山: 中山市, and 中山区 of
    大连 and of 台北) is the prefecture's (来源: 中山政协)."""
    prefectures = tuple(p for p in places if p.level == "prefecture")
    return prefectures if not full and prefectures else places


def item_prefectures(doc: Document) -> set[Place]:
    """The prefectures whose bodies the page's items name in their headlines or datelines (赤峰市政协…, 兴安盟政协…,
    乌兰察布市政协…): MANY_PLACES or more make a page of many places, of no place of its own."""
    gz = gazetteer()
    prefectures = set()
    for art in doc.articles:
        body = doc.text[art.start:art.end]
        written = local_place(body[:len(art.title) + 2], []) or dateline_place(body, len(art.title) + 40, [])
        place = gz.resolve(written, near=[]) if written else None
        if place is not None and gz.prefecture(place) is not None:
            prefectures.add(gz.prefecture(place))
    return prefectures


def chain_end(candidates: list[Place]) -> Place | None:
    """The deepest of one chain of places (重庆市渝北区政协办公室: the district, 渝北 too); None for two
    unrelated places."""
    gz = gazetteer()
    deepest = [p for p in candidates
               if all(q.name == p.name or q in gz.ancestors(p) for q in candidates)]   # one name in two tables too
    return deepest[0] if deepest else None


def dominant(counts: Counter) -> Place | None:
    """The prefecture named DOMINANT_MIN times and DOMINANT_RATIO times as often as the next; on a page that
    names no other, the one it names officially (政协安庆市委员会) or twice."""
    ranked = counts.most_common(2)
    if len(ranked) == 1 and ranked[0][1] >= STRONG_WEIGHT:
        return ranked[0][0]
    if ranked and ranked[0][1] >= DOMINANT_MIN and (len(ranked) == 1 or ranked[0][1] >= DOMINANT_RATIO * ranked[1][1]):
        return ranked[0][0]
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


def place_counts(matches) -> tuple[Counter, Counter]:
    """How often the text names each prefecture (an official name counts double) and each county (officially)."""
    prefectures, counties = Counter(), Counter()
    for _s, _e, places, full in matches:
        if not full and any(p.level == "province" for p in places):
            continue   # 河北 is 河北省 before it is 天津市河北区
        prefs = {own_prefecture(p) for p in places if own_prefecture(p)}
        if len(prefs) == 1:
            prefectures[prefs.pop()] += STRONG_WEIGHT if full else 1   # 卫东 may be a name (曹卫东), 青浦区 is a place
        if full and places[0].level == "county":
            counties[places[0]] += 1
    return prefectures, counties


def own_prefecture(place: Place) -> Place | None:
    """The prefecture a place counts for on a page: its own, or itself for a county-level city directly under its
    province (天门市, 仙桃市 of 湖北省), whose pages speak of 市政协 as a prefecture's do.

    >>> own_prefecture(gazetteer().lookup("天门市")[0]).name
    '天门市'
    """
    gz = gazetteer()
    parent = gz.parent(place) if place.level == "county" else None
    return gz.prefecture(place) or (place if parent is not None and parent.level == "province" else None)


def only_county(matches, within: Place | None = None) -> Place | None:
    """The one county a short page names, by any form (我县…县政协…事关永嘉未来发展), or the one it names by its
    official name when it names others only by short forms; with `within`, the one county of that prefecture."""
    gz = gazetteer()
    named = {p for _s, _e, places, _f in matches for p in places if p.level != "province"
             and (within is None or p.level == "county" and gz.prefecture(p) == within)}
    if len(named) > 1:   # 沁县 named by its name, 南湖 only by a short form (南湖文化园): the county named
        named = {p for _s, _e, places, full in matches for p in places[:1] if full and p in named}
    return named.pop() if len(named) == 1 and next(iter(named)).level == "county" else None


def head_province(head: str) -> Place | None:
    """The province a page's head names (宁夏政协召开…), or names most (广西政协动态 … 北京市政协调研组来桂调研 …
    来源:广西政协报); never one without local committees (a meeting held in 澳门 is of the page of a mainland city),
    nor one the page's people go to (市政协…赴浙江调研).

    >>> head_province("[茂名]澳门茂名同乡会联席会议在澳门召开") is None
    True
    """
    found = list(place_matches(head))
    gone = destination_provinces(head, found)
    named = Counter(p for _s, e, places, _f in found for p in places[:1] if p.level == "province"
                    and p.name not in NO_COMMITTEES and p not in gone and not VISITING.match(head, e))
    ranked = named.most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def dominant_place(text: str, matches, province: Place | None = None) -> Place | None:
    """One prefecture that dominates the text; one of its counties instead when the text speaks at county level
    (区政协, 我县) and names that county more than any other; on a short county page the one county named."""
    matches = own_matches(text, matches, province)
    prefectures, counties = place_counts(matches)
    place = dominant(prefectures)
    if place is None and len(prefectures) == 1 and CITY_WORDS.search(text):
        place = names_itself(text, matches, next(iter(prefectures)))   # 市政协召开…助力四平…: a city page naming no other
    if (own := committee_of_term(text, place) or county_city(matches, place)) is not None:
        return own
    if not speaks_of_counties(text, matches, place):
        return place
    return lone_county(text, matches, province) if place is None else dominant_county(text, matches, place, counties)


def own_matches(text: str, matches, province: Place | None = None) -> list:
    """The matches that may name the page's place: not the visitors' (某某市政协一行来…考察), not 台湾省's; where every
    prefecture named shares its name with a place of another province, the places in the province the page names."""
    visiting = visitors_places(text, matches)
    own = [m for m in matches if m[0] not in visiting and seats_a_committee(m[2])]
    # (a visiting province's committee, 广东省政协调研组到我市, tells the province as well)
    return own if place_counts(own)[0] else in_province(own, province or named_province(matches))


def lone_county(text: str, matches, province: Place | None) -> Place | None:
    """The one county of a county page that names no dominant prefecture (only_county), if it lies in the
    province (the head's, else the one the places lie in most) and fits the page's level words: a lone county
    named only in passing (铁力 in 司马义·铁力瓦尔地, 赴桐庐县参观 on a 区 page) is no place of the page."""
    county = only_county(matches)
    if county is not None and not speaks_of_its_level(text, county):
        return None
    province = province or main_province(matches)
    return county if county is None or province is None or gazetteer().province(county) == province else None


def dominant_county(text: str, matches, city: Place, counties: Counter) -> Place | None:
    """The county of the dominant city a county page names officially twice and twice as often as the next;
    else, on a district page of a municipality that names no other district (中共重庆市大足区委…新大足), that
    district; else the city."""
    ranked = [(c, n) for c, n in counties.most_common(2) if gazetteer().prefecture(c) == city]
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    county = only_county(matches, within=city)
    return county if county is not None and speaks_of_its_level(text, county) else city


def names_itself(text: str, matches, prefecture: Place) -> Place | None:
    """The prefecture if matches name it, or one of its counties by a form jieba reads as a place (read_as_a_place:
    a place name, a rare name like 阳春, or no word at all), or where a place stands (州委州政府在会理…: a county of 凉山); a lone 同心 (书香政协同心筑梦, a short form of
    吴忠市's 同心县) or 温泉 (温泉养生) is a word first, no city's page.

    >>> names_itself("书香政协同心筑梦", [(4, 6, gazetteer().lookup("同心"), False)], gazetteer().lookup("吴忠市")[0]) is None
    True
    """
    return prefecture if any(prefecture in places or full or read_as_a_place(text[s:e])
                             or text[s - 1:s] in PLACE_LEAD for s, e, places, full in matches
                             if any(own_prefecture(p) == prefecture for p in places)) else None


def county_city(matches, prefecture: Place | None) -> Place | None:
    """The one county-level city (滕州市; by any form, 京山 too) of the prefecture that a page names, when it never
    writes the prefecture itself: its 市政协 and 市委 are that city's, the prefecture is known only through it.

    >>> county_city([(0, 3, gazetteer().lookup("滕州市"), True)], gazetteer().lookup("枣庄市")[0]).name
    '滕州市'
    """
    if prefecture is None or not prefecture.name.endswith("市") \
            or any(prefecture in places for _s, _e, places, _f in matches):
        return None   # a 州's or 盟's page speaks of its bodies as 州委, 盟政协: its 市 is a city's anyway
    gz = gazetteer()
    named = {places[0] for _s, _e, places, _f in matches if gz.prefecture(places[0]) == prefecture}
    city = named.pop() if len(named) == 1 else None
    return city if city is not None and city.level == "county" and city.name.endswith("市") else None


def seats_a_committee(places: tuple[Place, ...]) -> bool:
    """Some of the places sit in a province with CPPCC committees: the districts of 台湾省 (新社区 of 台中市, met
    in 聚新社区) are no bulletin's place; the province itself stays a place the text speaks of.

    >>> seats_a_committee(gazetteer().lookup("新社区"))
    False
    """
    gz = gazetteer()
    return any(p.level == "province" or (gz.province(p) and gz.province(p).name not in NO_COMMITTEES)
               for p in places)


def committee_of_term(text: str, prefecture: Place | None) -> Place | None:
    """The one county (a county-level city among them) of the page's prefecture whose CPPCC committee the text
    names by its full name (政协江阴市第十六届委员会第三次会议, 政协定州市委员会关于…的调研报告): a page of the
    committee's session or reports is of its place, though it names the prefecture too (无锡市委常委、江阴市委书记)
    and calls the committee 市政协; on a page of no prefecture, the one prefecture so named (政协吉林市第十二届委员会)."""
    gz = gazetteer()
    named = {committee_place(m.group(1), prefecture) for m in COMMITTEE_OF_TERM.finditer(text)}
    named.discard(None)
    own = named.pop() if len(named) == 1 else None
    if own is not None and own.level == "prefecture" and prefecture is None:
        return own
    return own if own is not None and own.level == "county" \
        and (prefecture is None or gz.prefecture(own) == prefecture) else None


def bulletin_place(doc: Document, head: str, matches) -> Place | None:
    headline = doc.articles[0].title if doc.articles else ""
    own = head_province(head)
    # a head naming its province (…现代化四川) names no county of another (同心 of 同心共建 is no 同心县 of 宁夏)
    heads_places = [p for p in head_places(doc) if own is None or gazetteer().province(p) == own]
    place = chain_end(heads_places) or abbreviated_city(doc.text, None if provincial_page(doc.text, matches) else
                                                        dominant_place(doc.text, matches, head_province(head + "\n" + headline)))
    place = medium_city(doc.text, head, place)
    place = namesake_in_named_prefecture(place, matches)
    # a page of 陕西政协 about 天津市政协's visit: the visitors' city, however often named, is not the page's
    return None if place and own and gazetteer().province(place) != own else place


def medium_city(text: str, head: str, place: Place | None) -> Place | None:
    """The city whose paper the page's dateline or source names (梧州日报讯) when the page speaks of its city's
    bodies (市政协, 全市) and names no place of its own outside that city: a city paper's meeting held in one of
    its counties (全市政协主席座谈会在蒙山县召开) is the city's; a county's site (宁海新闻网讯) on a page that speaks
    of its level's bodies (县政协) and names no other place is the county's; else the place found.

    >>> medium_city("梧州日报讯 全市政协座谈会在蒙山县召开。", "", gazetteer().lookup("蒙山县")[0]).name
    '梧州市'
    >>> medium_city("宁海新闻网讯 县政协召开会议。", "", None).name
    '宁海县'
    """
    gz = gazetteer()
    medium = page_medium(head, text)
    written = local_place(medium + "讯", []) if medium else None
    city = gz.resolve(written, near=[place] if place else []) if written else None
    if city is not None and city.level == "county" and place is None and speaks_of_its_level(text, city) \
            and COUNTY_WORDS.search(text):
        return city
    if city is None or city.level != "prefecture" or not CITY_WORDS.search(text):
        return place
    return city if place is None or gz.prefecture(place) == city else place


def unresolved_namesake(place: Place, matches) -> bool:
    """The place shares its name with others (鼓楼区) and the text names none of their prefectures: which one it
    is stays unknown, its bodies are named without a prefecture."""
    gz = gazetteer()
    prefectures, _counties = place_counts(matches)
    return len(gz.lookup(place.name)) > 1 and gz.prefecture(place) not in prefectures


def namesake_in_named_prefecture(place: Place | None, matches) -> Place | None:
    """Of the counties sharing the place's name (鼓楼区 of 南京, 徐州, 福州, 开封), the one in the prefecture the
    text names most (a 鼓楼区 page naming 福州市政协 is 福州's); the place itself when the text names none of theirs.

    >>> county = namesake_in_named_prefecture(gazetteer().lookup("鼓楼区")[0], [(0, 3, gazetteer().lookup("福州市"), True)])
    >>> gazetteer().prefecture(county).name
    '福州市'
    """
    gz = gazetteer()
    if place is None or place.level != "county":
        return place
    prefectures, _counties = place_counts(matches)
    ranked = [(prefectures[gz.prefecture(p)], p) for p in gz.lookup(place.name)
              if p.level == "county" and prefectures[gz.prefecture(p)] > 0]
    return max(ranked, key=lambda r: r[0])[1] if ranked else place


def main_province(matches, text: str = "") -> Place | None:
    """The province the text's places lie in most often; when the text speaks of a bare 自治区 (自治区党委,
    自治区政协主席), the autonomous region it names most (a 宁夏 page receiving 吉林省政协's visitors)."""
    gz = gazetteer()
    provinces = Counter()
    for _s, _e, places, full in matches:
        own = gz.province(places[0]) if places else None
        if own and own.name not in NO_COMMITTEES and seats_a_committee(places):
            provinces[own] += STRONG_WEIGHT if full else 1   # as place_counts weighs them
    regions = [p for p, _n in provinces.most_common() if p.name.endswith("自治区")]
    if regions and BARE_REGION.search(text) and not provinces.most_common(1)[0][0].name.endswith("自治区"):
        return regions[0]
    return provinces.most_common(1)[0][0] if provinces else None


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


def set_articles(doc: Document, place: Place | None) -> None:
    """Each article's own place (its headline's or dateline's) and date (of its first dated sentence), and the
    paragraphs with a place of their own (Document.place_at)."""
    gz = gazetteer()
    ctx = doc.context
    near = [place] if place else []
    for art in doc.articles:
        headline = doc.text[art.start:art.start + len(art.title) + 2]
        body = doc.text[art.start:art.end]
        art.place = local_place(headline, near) or place_heading(art.title, near) \
            or dateline_place(body, len(art.title) + 40, near) or place_heading(art.section, near)   # 【化州市】
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
    source = dates.SOURCE_LINE.search(head)
    return source.group(1) if source else None


def run(doc: Document) -> None:
    if doc.window.page is not None:   # a later window of a long document: the page's context is the first's
        doc.context, doc.page_place = replace(doc.window.page), doc.window.place
        set_articles(doc, doc.page_place)
        return
    ctx = doc.context
    head = page_head(doc)
    ctx.date = dates.page_date(head)
    years = Counter(y for y in map(int, dates.YEAR.findall(doc.text)) if y in dates.YEARS)
    ctx.year = int(ctx.date[:4]) if ctx.date else (years.most_common(1)[0][0] if years else None)
    matches = without_guests(doc.text, page_head_spans(doc), text_places(doc))
    gone = destination_provinces(doc.text, matches)
    matches = [m for m in matches if not gone or gazetteer().province(m[2][0]) not in gone]
    items = item_prefectures(doc)
    place = None if len(items) >= MANY_PLACES else bulletin_place(doc, head, matches)
    set_place(doc, place, matches, head)
    if len(items) >= MANY_PLACES and len({gazetteer().province(p) for p in items}) > 1:
        ctx.province = None   # a digest of several provinces' items (北京市政协…, 邯郸市政协…, 怀化市…) is of none
    set_articles(doc, place)
    ctx.medium = page_medium(head, doc.text)
    doc.page_place = place if place is None or not unresolved_namesake(place, matches) else None
