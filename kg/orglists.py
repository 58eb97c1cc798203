"""The items of a list of bodies (白云矿区政府办公室、发改委、财政局; 市政协及其常委会): what later items take from
the first or the one before, and the companies a list names by their short names (先后走访了某某化工、某某科技、某某等企业),
and the offices a list names by their shortened names (市金融办、市税务局; 市确权办主任), read by the organizations stage
(kg/stages/organizations.py), with the span type its span rules give (Span) and how overlapping spans are settled (filter_spans)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.document import CLAUSE_BOUNDARY, Document, Organization
from kg.lexicon import alternation, lexicon, lines, visit_pattern
from kg.names import common_words, word_frequency
from kg.orgnames import head_kind, heads, zone
from kg.places import gazetteer
from kg.scopes import Scope, leading_places
from kg.zones import zone_of_committee

LIST_SEPARATOR = "、"
LAST_ITEM_JOINTS = ("和", "及")   # before the last item of a list
COMMITTEE_ITEM_RULE = "committee in a list"   # the span rule of kg/org_items.committee_item_spans
CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
OFFICE_ABBREV_AFTER = "、和及等"   # what follows an abbreviated office that is an item of a list (市金融办、市税务局)
OFFICE_FIELD = 6   # characters the field of an abbreviated office takes at most (乡村振兴 of 县乡村振兴办)
COMPANY_RULES = ("listed company", "industry company", "visited company")   # company_spans' rules: their spans are companies
ITEM_SPLIT = re.compile(r"、|和|及|与")   # what joins the items of a list of companies
# 先后走访了, 走访调研了: words between the visit word and the first item
CUE_FILLER = re.compile(r"(?:[了先后分别又再一起共同实地到]|调研|考察|视察|察看){0,4}")
ITEM_LEAD = re.compile(r".*(?:对|到|在|包括|如|企业)")   # 对A、B等企业, 走访辖区企业A科技: what comes before the first item
# 对我县A、B等企业: the place the text speaks of, before the first item, is none of its name
OUR_PLACE_LEAD = re.compile(r"(?:[我本](?:市|县|区|旗|州|盟))?")
NOT_COMPANY_END = ("企业", "单位", "园区", "基地", "项目", "车间", "产业", "行业",   # 重点企业, 规上企业: a kind, no company
                   "村", "镇", "乡", "街道", "社区", "县", "区", "市", "省", "州", "旗")   # 白沙村: a place
NOT_NAME_START = "我本该各全这那其等多部"   # 我市电子, 各化工, 部分企业: no company's name starts so
WORD_TAGS = ("n", "v", "vn", "a", "ad", "an", "d", "m", "q", "r", "l", "i", "f", "s", "t", "p", "c", "u")
# a dictionary word of these tags (生物, 企业, 支持) is no company's name; a short name (欣旺达) is no such word, and
# an item of such words only (新能源汽车, 辖区内医药) names an industry or a kind
FUNCTION_TAGS = ("f", "p", "c", "u", "d", "r", "m", "q")   # 的, 各: a character that names nothing
FUNCTION_CHARS = "内外"   # 辖区内医药: jieba tags 内 a noun
INDUSTRY_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")   # the name before an industry word: 集泰 of 集泰化工
COMMON_VERB = 20   # a verb jieba has seen this often (支持, 推动) is no word of a company's short name
ITEM_END = re.compile(r"(?:进行了?|开展了?)?(?:实地|现场)?(?:调研|考察|走访|视察|参观|察看|座谈)|(?:生产)?车间|厂区|展厅|生产线")
# 来到A科技调研, 来到A股份生产车间: the visit word or the place of the visit after the name ends the item (not 科技园区:
# a longer body)
LISTED_ITEM = re.compile(r"[\u4e00-\u9fff（）()]{2,12}")   # an item of a list of companies: 欣旺达, 珠海康晋电气
# an item of a list of visited bodies may carry a brand in letters (某某LED产业园)
VISITED_ITEM = re.compile(r"[\u4e00-\u9fff（）()A-Za-z]{3,14}")
# what an item of a list of visited bodies ends with after the body's name: the phase of its works (某某三期), the word
# closing the list and the visit after it (…、某某等处进行实地考察)
VISITED_ITEM_TAIL = re.compile(r"(?:[一二三四五六七八九十]期(?:工程|项目)?)?(?:等(?:处|地|点位|场所|单位|企业)\S*|"
                               r"(?:进行了?|开展了?)?(?:实地|现场)?(?:调研|考察|走访|视察|参观|察看)\S*)?$")
# the end of a street's, a park's or a landscape's name (某某街, 花博园, 某某古城, 某某大峡谷): a site, no body, unless a
# head word ends there (某某产业园)
SITE_ENDS = ("街", "路", "巷", "大道", "广场", "园", "城", "谷", "桥", "港", "湖", "山", "场", "码头", "工程", "枢纽")
# a list closed as projects (…、某某等重点项目): its items are works and sites, companies only by their own head word
PROJECTS_CLOSE = re.compile(r"等[^、，,。；;]{0,6}项目")
TOWN_UNITS = re.compile(r"镇|乡|村|街道|社区")   # 某某镇某某工作室, 某某村社区建设: a town's site or work, no company


@dataclass(frozen=True)
class Span:
    """A candidate organization span and the span rule that found it; alone: a head word standing alone
    (财政局), an organization only as an item of a list."""
    start: int
    end: int
    rule: str
    alone: bool = False


class ListState:
    """What the items of a list of bodies share: the first item's surface and organization, and the last read."""

    def __init__(self):
        self.first, self.first_org, self.org = "", None, None

    def scope(self, doc: Document, spans, k: int, scope: Scope) -> bool:
        """Give the span k the list's place prefix or parent; True when it is an item of a 、-list.

        Items of a 、-list share the place prefix of the first (白云矿区政府办公室、发改委、财政局) and, when
        the first is a body inside another, its parent (市政协宣教中心、委员服务中心)."""
        start = spans[k].start
        joint = doc.text[spans[k - 1].end:start] if k > 0 else ""
        # 某政协社法委、人口委和民族委: the committee a list's last item joined by 和 names is as much an item
        if joint == LIST_SEPARATOR or joint in LAST_ITEM_JOINTS and spans[k].rule == COMMITTEE_ITEM_RULE:
            # a zone's place words are its name's (岐山经济技术开发区管委会、渭河高新区管委会): no shared prefix; the
            # bare departments after a zone's 管委会 are the zone's (某某片区管委会、经发局: 某某片区经发局)
            item = doc.text[start:spans[k].end]
            scope.shared_prefix = (zone_of_committee(self.first) if not zone(item) else "") if zone(self.first) \
                else shared_prefix(self.first, scope)
            if self.first_org is not None and self.first_org.parent_org is not None:
                scope.parent = self.first_org.parent_org
            return True
        if (joint == "及其" or self.titles_between(joint)) and self.org is not None:
            # 市政协及其常委会, 省政协副秘书长、办公厅主任: the body belongs to the organization before
            scope.parent = self.org
        elif joint in ("及", "和") and doc.text[start:start + 1] in "县区旗":
            # 古丈县政协及县文旅广电局: the bare level is the place of the body before
            scope.shared_prefix = shared_prefix(doc.text[spans[k - 1].start:spans[k - 1].end], scope)
        elif k > 0 and not joint and doc.text.endswith(heads("cell"), 0, start):
            # 巴音花镇党委政府: the government of the unit whose Party committee comes first
            head = next(h for h in heads("cell") if doc.text.endswith(h, 0, start))
            scope.shared_prefix = doc.text[spans[k - 1].start:start - len(head)]
        return False

    @staticmethod
    def titles_between(joint: str) -> bool:
        """The joint is the titles of a post and 、 (副秘书长、): the next body is one of that organization's."""
        titles = lexicon().title_pattern
        return joint.endswith(LIST_SEPARATOR) and all(titles.fullmatch(t) for t in joint[:-1].split(LIST_SEPARATOR))

    def read(self, surface: str, org: Organization | None, in_list: bool) -> None:
        if not in_list:
            self.first, self.first_org = surface, org
        self.org = org


def shared_prefix(surface: str, scope: Scope) -> str:
    """The place words a list's first item starts with (白云矿区 of 白云矿区政府办公室)."""
    lead = leading_places(surface, scope)
    return surface[:lead.used] if lead.places else ""


@lru_cache(maxsize=1)
def industry_head() -> re.Pattern:
    """The industry words of org_heads.tsv (化工, 科技), compiled once."""
    return alternation(heads("industry"))


@lru_cache(maxsize=1)
def list_frame() -> re.Pattern:
    """等企业, 等公司, 等3家龙头企业, 两家企业: what closes a list of companies (company_lists.txt)."""
    count = r"[0-9一二两三四五六七八九十]+家"   # 等3家企业, A、B两家企业
    return re.compile(rf"(?:等(?:{count})?|{count})(?:{alternation(lines('company_lists.txt')).pattern})")


def company_spans(reader, start: int, end: int, found: list) -> list[tuple[int, int, str]]:
    """Companies a sentence names by their short names, as (start, end, rule): the items of a list that 等企业 closes
    (rule "listed company") and the items after a visit word that end in an industry word (先后走访了某某化工, rule
    "industry company"); no item any other span rule found a body in, no place, person, verb or generic word.

    reader is the organizations stage's OrgReader (its text, taken person spans and verb_inside).
    """
    spans = [(s, e) for s, e in listed_items(reader.text, start, end) if plain_item(reader, s, e, found)]
    out = [(s, e, "listed company") for s, e in spans]
    for s, e in industry_items(reader.text, start, end):
        if (s, e) not in spans and industry_name(reader.text[s:e]) and plain_item(reader, s, e, found):
            out.append((s, e, "industry company"))
    bodies = found + [Span(s, e, rule) for s, e, rule in out]
    return out + [(s, e, "visited company") for s, e in visited_items(reader, start, end, bodies)]


def visited_items(reader, start: int, end: int, bodies: list) -> list[tuple[int, int]]:
    """The items of a 、-list after a visit word that no rule read, where a company and as many bodies as there are
    such items are read in the list (深入甲科技、乙金刚石、丙减振器、丁电瓷厂等处考察: 乙金刚石, 丙减振器): short names
    of companies visited with them; no site (某某街, 某某古城, 某某水利工程), nothing of a town (某镇某某), no person,
    verb or common word (plain_item), none of a list of projects (…等重点项目)."""
    text, out = reader.text, []
    for items in visit_lists(text, start, end):
        read = [next((b for b in bodies if b.start == s and b.end <= e), None) for s, e in items]
        named = [b for b in read if b is not None]
        rest = [visited_item(reader, items, k, bodies) for k, b in enumerate(read) if b is None]
        rest = [span for span in rest if span]
        companies = [b for b in named if b.rule in COMPANY_RULES or head_kind(text[b.start:b.end]) == "COMPANY"]
        if companies and len(named) >= len(rest) and not PROJECTS_CLOSE.search(text, *items[-1]):
            out += rest
    return out


def visited_item(reader, items: list[tuple[int, int]], k: int, bodies: list) -> tuple[int, int] | None:
    """The k-th item of a list of visited bodies, without its tail (VISITED_ITEM_TAIL), if it may be a company's
    short name: between two 、 (or the list's ends), of the shape, no site or town's unit in it."""
    text, (s, e) = reader.text, items[k]
    e = s + VISITED_ITEM_TAIL.search(text[s:e]).start()
    joints = (k == 0 or text[s - 1] == LIST_SEPARATOR) and (k == len(items) - 1 or text[items[k][1]] == LIST_SEPARATOR)
    site = text.endswith(SITE_ENDS, s, e) and head_kind(text[s:e]) is None
    if joints and not site and VISITED_ITEM.fullmatch(text, s, e) and not TOWN_UNITS.search(text, s, e) \
            and plain_item(reader, s, e, bodies, VISITED_ITEM):
        return s, e
    return None


def split_items(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The items of text[a:b] joined by 、, 和, 及, 与, as spans."""
    items, at = [], a
    for m in ITEM_SPLIT.finditer(text, a, b):
        items.append((at, m.start()))
        at = m.end()
    return items + [(at, b)]


def first_item_start(text: str, s: int, e: int) -> int:
    """Where the first item of a list begins: after the visit word (先后走访了A), 对, 到 or 企业 before it."""
    cues = [m.end() for m in visit_pattern().finditer(text, s, e)]
    lead = ITEM_LEAD.match(text, s, e)
    at = max(cues + ([lead.end()] if lead else []), default=s)
    at = CUE_FILLER.match(text, at, e).end() if at > s else s
    return OUR_PLACE_LEAD.match(text, at, e).end()


def listed_items(text: str, start: int, end: int):
    """The items of each 、-list that 等企业 closes, from the start of its clause."""
    for m in list_frame().finditer(text, start, end):
        boundary = None
        for boundary in CLAUSE_BOUNDARY.finditer(text, start, m.start()):
            pass
        items = split_items(text, boundary.end() if boundary else start, m.start())
        items[0] = (first_item_start(text, *items[0]), items[0][1])
        yield from items


def visit_lists(text: str, start: int, end: int):
    """The items of the list after each visit word, to the end of its clause (先后走访了A化工、B科技和C), as a
    list of spans each."""
    for cue in visit_pattern().finditer(text, start, end):
        begin = CUE_FILLER.match(text, cue.end(), end).end()
        if visit_pattern().match(text, begin):
            continue   # 走访调研了A: the items start after the last visit word
        stop = CLAUSE_BOUNDARY.search(text, begin, end)
        items = split_items(text, begin, stop.start() if stop else end)
        items[0] = (first_item_start(text, *items[0]), items[0][1])
        yield items


def industry_items(text: str, start: int, end: int):
    """The items of the list after each visit word that end in an industry word (先后走访了A化工、B科技和C), each
    to its industry word when the visit word follows it (来到A科技调研)."""
    for items in visit_lists(text, start, end):
        for s, e in items:
            frame = list_frame().search(text, s, e)
            e = frame.start() if frame else e
            head = next((h.end() for h in industry_head().finditer(text, s, e) if ITEM_END.match(text, h.end())), e)
            yield s, head


def common_verb(doc: Document, s: int, e: int) -> bool:
    """A common verb of two characters or more is a word of its own in text[s:e] (支持A: no name); an industry
    word ending it is none (某某控股)."""
    head = industry_head().search(doc.text, s, e)
    e = next((h.start() for h in industry_head().finditer(doc.text, s, e) if h.end() == e), e) if head else e
    words = (doc.text[pos:nxt] for pos, nxt in doc.word_spans(s, e))
    return any(len(w) > 1 and common_words().get(w) == "v" and word_frequency(w) >= COMMON_VERB for w in words)


def common_only(doc: Document, s: int, e: int) -> bool:
    """Every jieba word of text[s:e] is a dictionary word of WORD_TAGS, a character of its own only a function
    word (新能源汽车, 辖区内医药: no company's name; 路畅科技 is one), or text[s:e] is an industry word alone (新材料)."""
    if doc.text[s:e] in heads("industry"):
        return True
    return all(common_words().get(doc.text[pos:nxt]) in (WORD_TAGS if nxt - pos > 1 else FUNCTION_TAGS)
               or doc.text[pos:nxt] in FUNCTION_CHARS for pos, nxt in doc.word_spans(s, e))


def industry_name(item: str) -> bool:
    """A name of two to four characters and an industry word (集泰化工, 康晋电气); not an industry word alone
    (生物科技: 生物 is one too) nor a common word and one (信息科技)."""
    head = next((h for h in heads("industry") if item.endswith(h)), None)
    name = item[:-len(head)] if head else ""
    return bool(head and INDUSTRY_NAME.fullmatch(name) and not name.endswith(heads("industry"))
                and not gazetteer().lookup(name) and common_words().get(name) not in WORD_TAGS)


def plain_item(reader, s: int, e: int, found: list, shape: re.Pattern = LISTED_ITEM) -> bool:
    """text[s:e] may be a company's short name: of the shape of an item, no place, person, verb, generic or common
    word, and no part of a body another span rule found."""
    item = reader.text[s:e]
    return bool(shape.fullmatch(item)) and not item.endswith(NOT_COMPANY_END) \
        and item[0] not in NOT_NAME_START and not gazetteer().lookup(item) \
        and not common_only(reader.doc, s, e) and not reader.taken.any_in(s, e) \
        and not any(f.start < e and s < f.end for f in found) and not common_verb(reader.doc, s, e)


@lru_cache(maxsize=1)
def office_head() -> re.Pattern:
    """The shortened office words of org_heads.tsv (办), compiled once."""
    return alternation(heads("office_abbrev"))


def office_spans(reader, start: int, end: int) -> list[Span]:
    """市确权办, 县乡村振兴办, 县委办: offices by their shortened names, as spans of the rule "abbreviated office";
    办 a word of its own after a place or level word and the office's field, before a title or the punctuation of
    a list (not 举办, 承办, 办好)."""
    text, doc = reader.text, reader.doc
    out = []
    for m in office_head().finditer(text, start, end):
        a, b = m.start(), m.end()
        if reader.taken.covers(a) or not (office_word_start(doc, a) and reader.word_start(b, end)):
            continue
        if not (b >= end or reader.title_after(b) or text[b] in OFFICE_ABBREV_AFTER or not CJK_CHAR.match(text[b])):
            continue
        s = office_start(reader, a, start)
        if s is not None:
            out.append(Span(s, b, "abbreviated office"))
    return out


def office_word_start(doc, a: int) -> bool:
    """办 at a is a word of its own, or jieba glued it to the committee word before it (瑞安市/委办: 县委办 of a place
    named in full) — not 举办, 承办."""
    return doc.is_word_start(a) or doc.is_word_start(a - 1) and doc.text[a - 1:a] in heads("committee_word")


def office_start(reader, a: int, start: int) -> int | None:
    """Where the place of an abbreviated office ending at a begins: before its field of a few characters
    (确权 of 市确权办), or before the committee or government it is the office of (县委 of 县委办)."""
    text, doc = reader.text, reader.doc
    parent = next((w for w in heads("level_committee", "government") if text.endswith(w, start, a)), "")
    if parent:
        k = a - len(parent) + (1 if parent in heads("level_committee") else 0)
        p = reader.place_prefix_start(k)
        return p if start <= p < k and doc.is_word_start(p) else None
    for k in range(a - 1, max(start, a - OFFICE_FIELD) - 1, -1):
        if not CJK_CHAR.match(text[k]) or reader.taken.covers(k):
            return None
        if doc.is_word_start(k) and reader.place_prefix_start(k) < k:
            p = reader.place_prefix_start(k)
            return p if p >= start and doc.is_word_start(p) else None
    return None


def filter_spans(spans: list[Span], keep) -> list[Span]:
    """The longest span at each start (of equal ones the first given), leftmost first; a span overlapping one
    kept is dropped, and so is one keep(span, kept) refuses (like spacy.util.filter_spans, leftmost first).

    >>> [(s.start, s.end) for s in filter_spans([Span(0, 3, "a"), Span(0, 5, "b"), Span(4, 6, "c"),
    ...                                           Span(5, 7, "d")], lambda s, kept: True)]
    [(0, 5), (5, 7)]
    """
    longest: dict[int, Span] = {}
    alone: set[tuple[int, int]] = set()
    for span in spans:
        if span.alone:
            alone.add((span.start, span.end))
        if span.start not in longest or longest[span.start].end < span.end:
            longest[span.start] = span
    kept: list[Span] = []
    for start in sorted(longest):
        span = longest[start]
        span = Span(span.start, span.end, span.rule, (span.start, span.end) in alone)
        if kept and span.start < kept[-1].end or not keep(span, kept):
            continue
        kept.append(span)
    return kept
