"""Stage organizations: the organizations a bulletin names.

Candidate spans come from a few span rules (``SPAN_RULES``: a head word of kg/data/org_heads.tsv extended
left to its place or organization words, a CPPCC committee's full name, a democratic party's committee, a
body word alone as an item of a list); one filter (``filter_spans``) settles overlaps: the longest span at
each start, leftmost first, and no span overlapping one kept. Each kept span is read by the
organization-name grammar (kg/orgnames.py) in its scope. From the masthead only organizations are read (the
editing office), nothing from the table of contents.
"""
from __future__ import annotations

import re

from kg import dates
from kg.document import Document, Organization
from kg.lexicon import lexicon, occurrences
from kg.names import common_words
from kg.org_brackets import other_name_in_brackets
from kg.orglists import COMPANY_RULES, LIST_SEPARATOR, ListState, Span, company_spans, filter_spans, office_spans
from kg.org_continuations import ORG_CONTINUATION, SHORT_TERM, NameContinuations, add_party_group
from kg.org_items import GROUP_RULE, ITEM_RULES, PARTY_ALONE_RULE, PARTY_BODY_RULE, PARTY_RULE, SCHOOL_RULE, SHARED_RULE, \
    TOWN_RULE, bare_party_committee_spans, committee_item_spans, committee_named_before, item_org, named_mention, \
    numbered_school_spans, party_alone_spans, party_body_alone, party_body_spans, party_without_name, place_goes_on, \
    shared_head_spans, town_item_spans
from kg.post_orgs import OrgFinder, unplaced_org
from kg.org_small_bodies import GRASSROOTS_OFFICE, STATIONED_RULE, add_stationed_parts, after_meeting_word, area_not_zone, \
    company_hall, grassroots_office_span, head_in_no_body, joint_towns_start, labelled_head_within, member_name_start, \
    office_unit_end, own_label, party_body_end, party_organ_of_a_party, place_not_body, placed_members, sector_group, \
    stationed_group_spans, term_body_start, verb_governs_head
from kg.org_words import unit_run_end
from kg.orgnames import GRASSROOTS_UNITS, canonical, heads
from kg.place_words import inside_a_common_word, joined_by_conjunction
from kg.places import gazetteer
from kg.scopes import scope_for
from kg.spans import TOWN_UNITS, LeftScan

READS = ("text", "soft_breaks", "sentences", "articles", "toc", "context", "word_starts", "places", "person_mentions",
         "person_spans",
         "converted", "written", "written_at",   # add_organization keeps the surface as written
         "place_marks",   # scope_for: a paragraph of its own place (Document.place_at)
         "page_place")    # scope_for: the page's place as the context chose it (鼓楼区 of 福州)
WRITES = ("organizations", "org_mentions")

PHRASE_STOP = re.compile(r"[，,。；;：:！？!?“”\"《》\s]")
# 政协第十一届某某壮族瑶族自治县委员会: up to 16 characters between, none of them a 政协 that opens the name
# nearer (省政协主席某某将作政协某省委员会…: the second)
FULL_CPPCC = re.compile(r"(?:中国人民政治协商会议|政协)(?:(?!政协)[\u4e00-\u9fff]){2,16}?委员会")
NATIONAL_MIDDLE = "全国委员会"   # 政协全国委员会: the national committee, named by no place
ITEM_JOINT = re.compile(r"、|及其|和|及")   # what joins the items of a list of bodies
PAIR_JOINTS = ("和", "及")                  # join two bodies only right after one
CONGRESS = re.compile(r"第?[一二三四五六七八九十]+(?:大|届[一二三四五六七八九十]*中全会)")   # 中共二十大: a congress, no body
CLAUSE_TAGS = ("v", "a", "d")   # jieba tags of the words of a clause
TERM_BEFORE = re.compile(r"第?[一二三四五六七八九十]+届$")
GENERIC_MIDDLE = re.compile(r"[各该本]|有关|相关")
JUNK_START = re.compile(r"^[次届期个位名年月日号批项所家多该]")   # 该局, 该院: the body named before, no name
# 旗县区党委, 镇街开发区, 三县县委统战部, 两区政府: the bodies of several places
SEVERAL_LEVELS = re.compile(r"[各全]?(?:[市县区旗盟州省]{2}|镇街|街镇)|[两二三四五六七八九十几多]+个?[市县区旗盟州乡镇]")
LEVEL_PAIR = re.compile(r"[各全]?[市县区旗盟州省]{2}")
# 市各部委办局, 各商会, 宁夏各县党委: each of them
EACH_BODY = re.compile(r"(?:[\u4e00-\u9fff]{0,8}?[省市县区旗州盟])?各(?!界)|[\u4e00-\u9fff]{2,8}?各(?=[省市县区旗州盟乡镇])")
GENERIC_LEVELS = re.compile(r"^(?:全(?!国)|[各两三]|[市县区旗盟州省]{2})")   # 全省政协, 市县政协: no one body (全国政协 is one)
# a Party cell is named after the unit it sits in: 巴音花镇党委, 华余村党总支, 市政协机关第一党支部
CELL_UNITS = re.compile(rf"({GRASSROOTS_UNITS}|机关|公司|集团|学校|大学|医院|中心|联络组|界别组|[一二三四五六七八九十]|民盟|民建|民进|民革|九三学社|致公党|农工党|台盟|[一-鿿]{{2}}(?:市|县|旗|区|盟|州))$")
# 中央 alone is the Party's centre only listed before a lower level's committee (中央、省委, 中央和省、市委);
# elsewhere it is a word of many names (中央厨房, 中央财政)
CENTRE = "中央"
CENTRE_BEFORE_LEVEL = re.compile(r"[、和及与](?:省|市|州|县|区|自治区|盟)")
QUOTED_LABEL = re.compile(r"“[\u4e00-\u9fff]{2,10}”")   # a name's own words in quotes: “红旗渠畔”纪念馆
QUOTED_LABEL_WINDOW = 12
NATIONAL = "全国"
LEVEL_CHARS = ("自治区", NATIONAL, "中共", "省", "市", "盟", "州", "区", "县", "旗")
PLACE_WINDOW = 12
DISTRICT_WORD_LEADS = "全我本该各市县旗盟州省城郊"   # 全区, 我区, 本区, 市区, 县区, 城区: the district itself or several
ABROAD_LEAD = "港澳特"   # before 区: 港区 (Hong Kong's members), 澳区, 特区 (the SAR), no county level word
GENERIC_UNITS = ("公司", "集团", "学校", "大学", "医院", "中心")   # a unit word alone names no unit whose cell it holds
TOWN_CONGRESSES = ("人大", "人民代表大会")   # a town's people's congress (潭府乡人大): a town has no standing committee
MIN_NAME_BEFORE_CHAR_HEAD = 2   # characters a one-character company head (厂) takes before it: 酒厂 names no factory
PROPER_NOUNS = ("nr", "ns", "nt", "nz")   # jieba's tags of names: persons, places, bodies, others (京东方)
LOCAL_IN_GENERAL = "地方"   # 地方政协, 地方人大: local bodies of any place
ABOVE_A_LEVEL = "以上"      # 地级以上市政协, 县级以上人民政府: the bodies of several levels
# the last of a list of levels after 各 (各省、区、市政协提案委员会, 各县、区政协), or of provinces and cities counted
# (华东六省一市政协, 三省一市政协): each such body, no one of them
EACH_LEVEL_LIST = re.compile(r"(?:各(?:自治区|[省市县区旗盟州])(?:[、，,](?:自治区|[省市县区旗盟州]))*[、，,]"
                             r"|[一二三四五六七八九十两]+省[一二三四五六七八九十两]+)$")
LEVEL_LIST_WINDOW = 16


class OrgReader(NameContinuations):
    """Reads one document's organization spans."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.lex = lexicon()
        self.taken = doc.person_spans
        self.scan = LeftScan(doc, self.taken)
        self.person_starts = sorted(m.start for m in doc.person_mentions)
        self.town_refs: dict[int, tuple[int, str]] = {}   # a bare 街道 or 镇 -> the town named before it (org_items)
        self.shared_heads: dict[int, str] = {}   # a place listed before a head it shares (甲县、乙区政协) -> the head
        self.national = {alias: (name, kind, aliases) for name, kind, aliases in self.lex.national_orgs
                         for alias in aliases}
        names = sorted({w for kv in self.lex.democratic_parties.items() for w in kv}, key=len, reverse=True)
        # a democratic party's name, a place (or a bare level) and its committee or branch; no Communist Party's name
        # between (民进中央和中共某市委: two bodies, no party committee of a place 中央和中共某市)
        self.party_committees = re.compile(
            "(?P<party>" + "|".join(map(re.escape, names)) + r")(?:(?!中共|中国共产党)[\u4e00-\u9fff]){0,10}?"
            r"(?:市委会|委员会|委会|总支|支部|委(?!员))")

    def word_start(self, pos: int, limit: int = -1) -> bool:
        return pos == limit or self.doc.is_word_start(pos)

    # ---- span rules ----------------------------------------------------------------------------------------
    def head_spans(self, start: int, end: int):
        """Spans ending in a head word (局, 集团, 有限公司, 政协…), begun where a verb, preposition or
        punctuation stops them: a place head (政协, 市委, 政府) takes the places before it, any other head the
        organization words."""
        pos = start
        while (m := self.lex.org_head_pattern.search(self.text, pos, end)) is not None:
            pos = m.end()
            if self.taken.covers(m.start()) or not self.doc.is_word_start(m.end()) and (
                    not self.title_after(m.end()) and self.office_continuation(m.end(), m.group(), end) == m.end()
                    if m.group() != "政协" else not self.body_after(m.end()) and not placed_members(self, m)):
                # 组织部分, 报送: the head is part of another word; but 党委书记 is 党委 + 书记, 市委党校 市委 + 党校
                # and 政协常委会 政协 + 常委会 (政协委员 and 政协主席 are words of their own, mostly for any committee's member or chair);
                # a member's room may begin inside it (区委 of 社区委员工作室 hides 委员工作室), no other head (学校 of
                # 大学校, of 中小学校: a word)
                pos = m.start() + 1 if labelled_head_within(self, m) else pos
                continue
            if self.text.startswith("界", m.end()) and m.group() != "政协" or head_in_no_body(self, m):
                continue   # 县政协工商联界委员: a sector of the committee, named after the body; 服务中心大局: no 中心
            # 南沙河镇政府, 潭府乡人大: a town's government or congress, named like its other bodies
            town = m.group() in heads("government") + TOWN_CONGRESSES and self.text.endswith(TOWN_UNITS, 0, m.start())
            span = grassroots_office_span(self, m, end)
            if span is None and m.group() in heads("grassroots"):
                continue   # 基层委员联络站, 县政协委员之家 (its 政协 read it): no town's office
            span = span or (self.place_head_span(m, end) if m.group().endswith(heads("place")) and not town
                            else self.body_head_span(m))
            if span is not None:
                yield from self.head_span(m, self.party_letter_start(span, m), end)

    def place_head_span(self, m: re.Match, limit: int) -> tuple[int, int] | None:
        text, head = self.text, m.group()
        level = head in heads("level_committee")
        term = TERM_BEFORE.search(text, max(0, m.start() - 6), m.start())   # 西青区第十八届人民代表大会
        s = self.place_prefix_start(term.start() if term and not level else m.start() + (1 if level else 0))
        if level and text.startswith("会", m.end()):
            return None   # 九三学社市委会: a democratic party's committee, not the Party's
        lead = s - 1 if s > 0 and text[s - 1] in "全各" else s
        # 三亚市, 两当县, 全椒县 begin with what would else count places (三县, 全省)
        if GENERIC_LEVELS.match(text[lead:m.end()]) and not self.scan.place_starts_at(lead) \
                or s == m.start() and text.endswith(LOCAL_IN_GENERAL, 0, s) or text.endswith(ABOVE_A_LEVEL, 0, s) \
                or EACH_LEVEL_LIST.search(text, max(0, s - LEVEL_LIST_WINDOW), s):
            return None   # 全国暨地方政协经济委员会: the local committees in general, no one committee
        return s, self.office_continuation(m.end(), head, limit)

    def quoted_label_start(self, m: re.Match) -> int:
        """Where a name begins whose own words stand in quotes before its head, right before it or before the
        name's other words: “红旗渠畔”纪念馆, “两湖”创新区规划展示馆 (a body head only; the left scan stops at
        punctuation); m.start() when no quoted label stands there."""
        start = self.scan.org_part_start(m.start())
        label = QUOTED_LABEL.search(self.text, max(0, start - QUOTED_LABEL_WINDOW), start)
        if label and label.end() == start and not self.taken.any_in(label.start(), label.end()):
            return label.start()
        return m.start()

    def party_letter_start(self, span: tuple[int, int], m: re.Match) -> tuple[int, int]:
        """社贵阳市委, 社市委 in a bulletin naming 九三学社: the party writes its letter before its level committees."""
        s, e = span
        party = self.lex.democratic_party_letters.get(self.text[s - 1:s]) if s > 0 else None
        # 社市委 too, its level bare: 社 a word of its own (not the end of 合作社, 报社)
        if party and m.group() in heads("level_committee") and party in self.text \
                and (s < m.start() or self.doc.is_word_start(s - 1)):
            return s - 1, e
        return span

    def body_head_span(self, m: re.Match) -> tuple[int, int] | None:
        text = self.text
        company = self.lex.org_heads.get(m.group()) == "COMPANY"
        s = self.scan.trim_leading_words(self.scan.brand_start(self.scan.org_part_start(self.quoted_label_start(m)), m),
                                         m.start(), brand=company)
        joint = next((k + 1 for k in range(m.start() - 1, s, -1) if text[k] in "和与及"
                      and any(text.endswith(h, s, k) for h in self.lex.org_heads if len(h) > 1)), None)
        s = joint or self.scan.after_venue(s, m.start())   # 嘉佑农业发展有限公司和歌斐颂集团有限公司: two companies
        # 会员企业某某有限公司, 重点项目某某中心医院: the kind of unit before a name is none of it
        s = self.scan.registered_name_start(s, m.start()) if company else self.scan.after_generic_noun(s, m.start())
        s = joint_towns_start(self, s, m.start()) if m.group() in heads("cell") else s
        s = after_meeting_word(self, s, m.start())
        if m.group() in heads("cell", "branch") and (not CELL_UNITS.search(text[s:m.start()])
                                                     or text[s:m.start()] in GENERIC_UNITS) \
                and not text.startswith(tuple(self.lex.democratic_parties), s):
            return None   # 公司党委 alone: the cell of a company not named, no body
        s = member_name_start(self, m, s) if m.group() in heads("labelled") else s   # 王某委员工作室: the member's
        if m.group() in heads("labelled") and not own_label(self, s, m):
            return None   # 委员工作室 with no label of its own (安江镇政协委员工作室): a kind of place, no body
        if self.several_levels(s) or EACH_BODY.match(text, s, m.start()) or party_organ_of_a_party(self, s, m):
            # 旗县区党委, 市各部委办局: the committees of several places or bodies, no one body; 民进监委: the party's
            return None
        if company_hall(self, s, m) or verb_governs_head(self, s, m):
            return None   # 某某公司科技馆: the company is the body; 以特色学科引领医院发展: the bare head governed
        if area_not_zone(text, s, m):
            return None   # 文昌片区城市更新项目, 宣传推介某某新区: an area, no zone
        if m.group() in heads("facility") and (self.names_a_body(s, m.start()) or self.generic_facility(s, m.end())):
            return None   # 某某公司电子元器件产业园(项目), 某某开发区金桥产业园: the site of the body named first
        return s, office_unit_end(self, m)

    def several_levels(self, s: int) -> bool:
        """The name at s begins with the levels of several places (旗县区党委, 镇街, 三县); not a level and a word
        that begins with a level's character (市市场监管局, 县市场监管局: the level, then 市场)."""
        m = SEVERAL_LEVELS.match(self.text, s)
        if m is None or not LEVEL_PAIR.fullmatch(m.group()):
            return m is not None
        second = m.end() - 1
        word = self.text[second:self.doc.next_word_start(second, len(self.text))] \
            if self.doc.is_word_start(second) else ""
        return not (len(word) > 1 and LEVEL_PAIR.fullmatch(word) is None and not gazetteer().lookup(word))

    def head_span(self, m: re.Match, span: tuple[int, int], limit: int):
        text, head = self.text, m.group()
        s, e = span
        if text.startswith("政协", m.start()):
            e = self.cppcc_continuation(e, limit)
        if s < m.start() or text[s:e] != head or head in heads("level_committee") and self.doc.is_word_start(s):
            yield Span(s, e, "head word")   # 市委 alone names the local Party committee
        elif head in self.lex.org_heads_alone and self.doc.is_word_start(s) and not sector_group(self, e):
            yield Span(s, e, "head word alone")   # 环卫所, 工商联: one body of the local place
        elif s > 0 and text[s - 1] == LIST_SEPARATOR and len(head) > 1 \
                or head in heads("government") and text.endswith(heads("cell"), 0, s):
            # 财政局 alone: an organization only as an item of a list; 镇党委政府: the town's government
            yield Span(s, e, "head word in a list", alone=True)

    def full_cppcc_spans(self, start: int, end: int):
        """政协洛阳市委员会 and a body written after it (政协洛阳市委员会办公室); not 政协各专门委员会."""
        text = self.text
        for m in FULL_CPPCC.finditer(text, start, end):
            middle = m.start() + (2 if text.startswith("政协", m.start()) else 10)
            if not GENERIC_MIDDLE.match(text, middle) and self.names_a_place(middle, m.end()):
                yield Span(m.start(), self.cppcc_continuation(m.end(), end), "full cppcc name")

    def names_a_place(self, start: int, end: int) -> bool:
        """text[start:end] begins with a place or a term (政协洛阳市委员会, 政协第十三届青岛市委员会): not the 提案 of
        省政协提案委员会, a body of the committee named before it."""
        return bool(SHORT_TERM.match(self.text, start)) or self.text.startswith(NATIONAL_MIDDLE, start) or any(
            m.start == start for m in self.doc.places.find(start, end))

    def news_source_spans(self, start: int, end: int):
        """The paper, site or station a dateline names: 滁州网讯, 福清侨乡报1月16日讯 (not 本报讯), both of 某某网-某某日报讯; or a source
        line (来源：崇川在线, 稿件来源: 枞阳在线), the page's furniture (欢迎来到某某网, 返回红网首页), or a photo's credit
        (张某 某某网 图)."""
        for a, b in [*dates.source_media(self.text, start, end, self.doc.soft_breaks),
                     *dates.furniture_media(self.text, start, end),
                     *dates.credit_media(self.text, start, end, self.doc.soft_breaks)]:
            yield Span(a, b, "news source")
        for m in dates.DATELINE.finditer(self.text, start, end):
            for a, b in dates.dateline_media(m):
                # 杜永春主持香格里拉网讯 with the line's spaces gone: the medium's name begins after the verbs and names
                while a < b and (self.verb_inside(a, b, self.text[a:b]) or self.taken.any_in(a, b)):
                    a = self.doc.next_word_start(a, b)
                if b - a >= 2:
                    yield Span(a, b, "news source")

    def democratic_party_spans(self, start: int, end: int):
        """民革市委会、民盟市委会, 九三学社洛阳市委会, 农工党渝北区总支: a democratic party's local body."""
        for m in self.party_committees.finditer(self.text, start, end):
            # 民进认真研究落实省委: a clause, no committee (监督 of 民进某市第五届监督委员会 is the body's name)
            if not self.clause_words(m.end("party"), term_body_start(self, m)):
                yield Span(m.start(), party_body_end(self, m.end(), end), "democratic party committee")

    def list_item_spans(self, start: int, end: int, found: set[int], ends: set[int] = frozenset()):
        """A body word alone after 、 or 及其: 市政协宣教中心、委员服务中心; 市政协及其常委会; after 和 or 及 right
        after another body (办公厅和研究室)."""
        text, lex = self.text, self.lex
        for m in ITEM_JOINT.finditer(text, start, end):
            if m.group() in PAIR_JOINTS and m.start() not in ends:
                continue
            word = max((w for w in lex.cppcc_bodies + lex.party_departments if text.startswith(w, m.end())
                        and self.word_start(m.end() + len(w), end)), key=len, default="")
            if word and m.end() not in found:
                yield Span(m.end(), m.end() + len(word), "body word in a list", alone=True)

    # the span rules, by the name their spans carry
    SPAN_RULES = ("national body", "head word", "head word alone", "head word in a list", "full cppcc name",
                  "democratic party committee", "news source", "body word in a list", "abbreviated office",
                  "committee in a list", GROUP_RULE, PARTY_RULE, PARTY_BODY_RULE, PARTY_ALONE_RULE, TOWN_RULE, SHARED_RULE, SCHOOL_RULE,
                  STATIONED_RULE) + COMPANY_RULES

    def candidate_spans(self, start: int, end: int) -> list[Span]:
        """The spans every span rule finds in a sentence, overlapping ones too."""
        spans = [*self.national_spans(start, end), *self.head_spans(start, end), *self.full_cppcc_spans(start, end),
                 *self.democratic_party_spans(start, end), *self.news_source_spans(start, end),
                 *office_spans(self, start, end), *bare_party_committee_spans(self, start, end),
                 *party_body_spans(self, start, end), *party_alone_spans(self, start, end),
                 *numbered_school_spans(self, start, end), *stationed_group_spans(self, start, end)]
        spans += list(self.list_item_spans(start, end, {s.start for s in spans}, {s.end for s in spans}))
        spans += list(committee_item_spans(self, end, spans))
        spans += list(town_item_spans(self, start, end, spans))
        spans += list(shared_head_spans(self, start, end, spans))
        # 先后走访了某某化工、某某等企业: companies named by their short names, where no other rule found a body
        return spans + [Span(s, e, rule) for s, e, rule in company_spans(self, start, end, spans)]

    def org_spans(self, start: int, end: int) -> list[Span]:
        """Organization spans of a sentence: the candidates of the span rules, settled by filter_spans."""
        return filter_spans(self.candidate_spans(start, end), self.keep)

    def keep(self, span: Span, kept: list[Span]) -> bool:
        """A candidate span that names an organization: a head word alone only as an item joined to the one
        before; no span beginning with a counter (次, 届) or ending in a word that names none (大局)."""
        text, s, e = self.text, span.start, span.end
        if span.alone and not (kept and (ITEM_JOINT.fullmatch(text, kept[-1].end, s) or kept[-1].end == s)):
            return False
        chunk = text[s:e]
        if text[s - 1:s] == "“" and text[e:e + 1] == "”":
            return False   # 打造“灯塔工厂”: a name wholly in quotes is a label or an honour, no body
        if other_name_in_brackets(text, s, e, kept[-1].end if kept else None):
            return False
        if JUNK_START.match(chunk) or any(self.lex.not_org_phrases.ending_at(chunk, len(chunk))) \
                or chunk.startswith(self.lex.generic_org_leads):
            return False   # 大局, 园区规划展馆: no body named
        if len(chunk) < MIN_NAME_BEFORE_CHAR_HEAD + 1 and self.lex.org_heads.get(chunk[-1]) == "COMPANY":
            return False   # 该厂, 全厂, 进厂: a one-character company head (厂) wants a name of two characters before it
        if place_goes_on(self, e):
            return False   # 毛家厂镇, 石灰厂村: a town or village named after a works, no body
        if place_not_body(self, s, e):
            return False   # 赴某某开发区, 中共中央旧址, 基层政协委员之家: a place, no body
        # 市政协党组书记陈智: a post in the committee (posts); 政协党组成员、主席会议成员: the 党组
        return not (self.lex.title_pattern.match(text, e) and text.startswith("党组", e - 2) and self.name_follows(e))

    def names_a_body(self, s: int, e: int) -> bool:
        """A head word that gives a kind ends a word in text[s:e] (公司, 开发区, 工信局)."""
        return any(self.lex.org_heads.get(h.group()) not in (None, "-")
                   and self.doc.is_word_start(h.end()) for h in self.lex.org_head_pattern.finditer(self.text, s, e))

    def generic_facility(self, s: int, e: int) -> bool:
        """A facility's name (产业园, 产业基地) with no place nor brand before its head, common words alone naming
        its trade: 大数据产业园, 新型稀土材料产业基地 (a kind of site; 扎兰屯市数字经济产业园, 京东方生命科技产业基地 are
        named ones)."""
        head = next((h for h in heads("facility") if self.text.endswith(h, s, e)), None)
        if head is None or e - len(head) <= s:
            return False
        if any(m.start == s for m in self.doc.places.find(s, e - len(head))):
            return False
        # a word no dictionary has, or a proper noun (京东方), is a brand
        return not any(common_words().get(self.text[pos:nxt], PROPER_NOUNS[-1]).startswith(PROPER_NOUNS)
                       for pos, nxt in self.doc.word_spans(s, e - len(head)))

    # ---- helpers of the span rules -------------------------------------------------------------------------
    def name_follows(self, pos: int) -> bool:
        """A person's name stands after pos in the same phrase (after its titles)."""
        import bisect
        stop = PHRASE_STOP.search(self.text, pos)
        stop_at = stop.start() if stop else len(self.text)
        k = bisect.bisect_left(self.person_starts, pos)
        return k < len(self.person_starts) and self.person_starts[k] < stop_at

    def body_after(self, pos: int) -> bool:
        """A committee of a CPPCC committee that ends a word stands at pos: 常委会 in 政协常委会 (not 主席会议, a
        meeting that 政协主席 begins), or a liaison office (联络室 of 某某镇政协委员联络室, which jieba cuts 政协委员/联络室)."""
        if GRASSROOTS_OFFICE.match(self.text, pos):
            return True
        if any(self.text.startswith(w, pos) and self.doc.is_word_start(pos + len(w))
               for w in self.lex.cppcc_bodies if w.endswith("委会") or w.endswith("委员会")):
            return True
        # 提案委员会 of 省政协提案委员会 and 提案委 of 县政协提案委, which jieba cuts 政协提案/委员会, 政协提案/委
        m = ORG_CONTINUATION.match(self.text, pos, pos + 12)
        return bool(m and m.group().endswith(("委员会", "委")) and len(m.group()) >= 3
                    and self.doc.is_word_start(m.end()) and self.plain_continuation(m))

    def title_after(self, pos: int) -> bool:
        """A title that is a word of its own stands at pos: 书记 in 自治区党委书记."""
        m = self.lex.title_pattern.match(self.text, pos)
        return m is not None and self.doc.is_word_start(m.end())

    def place_prefix_start(self, end: int) -> int:
        """Start of the run of place names and level words (市, 自治区, 中共) that ends at end."""
        pos = end
        while pos > 0:
            # not a place that begins with a conjunction jieba keeps apart (发展和县政协工作 names no 和县; but
            # 6月2日，和县政协: no conjunction opens a clause)
            # nor a short form beginning inside a common word (召开州政协 names no 开州)
            matches = [m for m in self.doc.places.find(max(0, pos - PLACE_WINDOW), pos) if m.end == pos
                       and not (joined_by_conjunction(self.text, m.start) and self.conjunction_first(m))
                       and (m.full or not inside_a_common_word(self.doc, m.start))]
            word = next((w for w in LEVEL_CHARS if self.text.endswith(w, 0, pos)), None)
            if word == "区" and (self.text[pos - 2:pos - 1] in ABROAD_LEAD or self.region_word_ends(pos)):
                word = None   # 港区全国人大代表, 澳区委员, 特区政府: Hong Kong's and Macau's, no level word
            step = max([m.end - m.start for m in matches] + [len(word) if word else 0])
            if step == 0:
                break
            pos -= step
            if word == NATIONAL and step == len(word):
                break   # 香港特别行政区全国政协委员, 广东省全国人大代表: the national body's members from there
        return pos

    def conjunction_first(self, m) -> bool:
        """The conjunction that begins the place m (和 of 和县) joins two words: jieba keeps it apart (发展和县政协工作), or
        the page is of no place of its name (县政协会议和县第十六届人大会议 on another county's page, jieba's 和县).

        The page's place is the context's (Document.context.place)."""
        if self.doc.is_word_start(m.start + 1):
            return True
        place = self.doc.context.place
        gz = gazetteer()
        return not any(p.name == place or (pref := gz.prefecture(p)) is not None and pref.name == place for p in m.places)

    def region_word_ends(self, pos: int) -> bool:
        """A word of jieba's that only ends in 区 ends at pos (港澳地区省政协, 辖区, 景区): no bare district's level
        word (区政协; 全区, 我区, 市区 are the local district's or several)."""
        word = self.doc.word_before(pos) if self.doc.is_word_start(pos) else ""
        return len(word) == 2 and word[0] not in DISTRICT_WORD_LEADS and not gazetteer().lookup(word) \
            or len(word) > 2 and word.endswith("地区")

    def national_spans(self, start: int, end: int):
        """Bodies of the national level named without a place: 中共中央 (中央 only before 、省委), 国务院, 全国人大; not 中共 of a
        congress (中共二十大) nor a body in a document's title (《中国共产党…条例》)."""
        text = self.text
        for a, alias in occurrences(self.national, text, start, end):
            if alias == CENTRE and not CENTRE_BEFORE_LEVEL.match(text, a + len(alias)):
                continue
            unit_end = self.unit_inside(a + len(alias)) if self.national[alias][1] == "OTHER" else None
            if unit_end is not None:
                yield Span(a, unit_end, "national body's unit")   # 中科院山西煤化所: the institute, not the academy
                continue
            if text.startswith("界", a + len(alias)):
                continue   # 中共界别委员: the CPPCC's sector of Party members, not the Party
            if not self.taken.covers(a) and not CONGRESS.match(text, a + len(alias)) and not self.in_title(a, start) \
                    and not local_department(text, a, a + len(alias)):
                yield Span(a, a + len(alias), "national body")

    def unit_inside(self, pos: int) -> int | None:
        """Where a unit's name ends that runs on at pos, right after its parent's name, with no person in it
        (中科院山西煤化所); None when there is none."""
        e = unit_run_end(self.text, pos)
        return e if e is not None and not self.taken.any_in(pos, e) else None

    def in_title(self, pos: int, start: int) -> bool:
        """pos stands inside 《…》 or 〈…〉 of its sentence."""
        before = self.text[start:pos]
        return max(before.rfind("《"), before.rfind("〈")) > max(before.rfind("》"), before.rfind("〉"))

    def clause_words(self, start: int, end: int) -> bool:
        """A verb, adjective or adverb (jieba tag v, a, d) that is no place (开封) is a word of its own in
        text[start:end]: a clause, not the place or level between a democratic party's name and its committee
        (民进认真研究落实省委)."""
        words = (self.text[pos:nxt] for pos, nxt in self.doc.word_spans(start, end))
        return any(common_words().get(w, "").startswith(CLAUSE_TAGS) and len(w) > 1 and not gazetteer().lookup(w)
                   for w in words)

def local_department(text: str, start: int, end: int) -> bool:
    """A ministry's name that is part of a word or a local body's name (县民政部门, 市财政部, 人民银行某某支行): no
    national body."""
    return text[end:end + 1] in "门支分" or start > 0 and text[start - 1] in "省市县区州旗盟镇乡"


def masthead_sentences(doc: Document) -> list:
    """The lines before the first article that are no table of contents: the office that edits the bulletin
    (包头市政协办公室) is an organization the bulletin names."""
    first = doc.articles[0].start if doc.articles else 0
    return [(i, s) for i, s in enumerate(doc.sentences)
            if s.article < 0 and s.end <= first and not any(a <= s.start < b for a, b in doc.toc)]


def read_sentence(doc: Document, reader: OrgReader, i: int, s) -> None:
    spans = reader.org_spans(s.start, s.end)
    state = ListState()
    for k, span in enumerate(spans):
        start, end = span.start, span.end
        surface = doc.text[start:end]
        if span.rule == "national body":
            name, kind, aliases = reader.national[surface]
            org = Organization(name, kind, set(aliases))
            in_list = False
        else:
            scope = scope_for(doc, s.article, start)
            in_list = state.scope(doc, spans, k, scope)
            # “红旗渠畔”纪念馆 is named 红旗渠畔纪念馆: quotes that open a name are typography; inside one they stay
            unquoted = surface.replace("“", "").replace("”", "") if surface.startswith("“") else surface
            org = canonical(unquoted, scope) if span.rule != PARTY_RULE else party_without_name(doc, surface, start, scope)
            org = org or OrgFinder.unplaced_body(unquoted, scope)   # 自治区政协某委员会 on a page naming no region
            org = committee_named_before(doc, surface) or org   # 经科委 after 市政协经科委: that body
            if org is None and span.rule == "head word":
                org = unplaced_org(doc, unquoted, scope)
            if org is not None and (unquoted != surface or span.rule == PARTY_RULE):
                org.aliases.add(surface)   # (市委会 as written, besides 民建市委会 read)
            if span.rule == PARTY_BODY_RULE:
                org = party_body_alone(doc, surface, start)   # 参政议政委员会: the article's party committee's
            if span.rule in COMPANY_RULES:
                org = Organization(surface, "COMPANY", {surface})   # a short name: no head word gives its kind
            if span.rule in ITEM_RULES:
                org = item_org(doc, reader, span, scope)   # 甲县 of 甲县、乙区政协, 文昌街道, 渭滨一中
            if span.rule == "news source":
                # media keep the name they give themselves (临澧政府网 is a site, no government), a paper's app the
                # paper's (河北日报客户端)
                org = Organization(dates.medium_name(surface), "OTHER", {surface})
        if org is not None and org.kind == "OTHER":
            org.name = dates.medium_name(org.name)   # 温岭日报社 is the paper 温岭日报 its source line names
        state.read(surface, org, in_list)
        if org is not None:
            doc.add_organization(org, surface, start, end, i)
            add_party_group(doc, org, surface, end, i)   # 市政协第51次党组: the committee's 党组
        if org is not None and start in reader.town_refs:
            named_mention(doc, org, *reader.town_refs[start])
        if org is not None and span.rule == STATIONED_RULE:
            add_stationed_parts(doc, start, end, scope, i)   # 市纪委 and 市政协 of 市纪委派驻市政协纪检组


def run(doc: Document) -> None:
    reader = OrgReader(doc)
    body = [(i, s) for i, s in enumerate(doc.sentences) if s.article >= 0]
    for i, s in masthead_sentences(doc) + body:
        read_sentence(doc, reader, i, s)
