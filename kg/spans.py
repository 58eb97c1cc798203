"""Where the organization part of a phrase begins, shared by the person and organization stages.

``LeftScan`` finds where the organization part of a phrase begins, scanning left from a head or title word until a stop
word, punctuation or a taken span; persons (the title phrase before a name) and organizations share it.
"""
from __future__ import annotations

import re

from kg.document import Coverage, Document
from kg.lexicon import lexicon
from kg.names import CJK, DOTS, common_words, word_frequency
from kg.places import gazetteer
from kg.title_phrases import special_committee

VERB_TAGS = ("v", "p", "r", "d", "c", "u", "m", "q", "t", "i")   # jieba tags of words no name starts with (i: 贯彻落实)
MAX_ORG_PART = 40   # characters an organization part may take before its head word
MAX_PLACE = 12      # characters a place name may take
BRAND_STOPS = "和为与"   # stop words that are also characters of brands (新和成, 天有为)
TOWN_UNITS = ("镇", "乡", "街道", "苏木")
# a town's name opening a company's span: two to four characters and its unit (not 小镇, a brand's word)
OPENING_TOWN = re.compile(r"[\u4e00-\u9fff]{2,4}?(?<!小)(?:镇|乡|街道)")
TOWN_WORD = 300   # a word ending in 镇 or 乡 seen this often (家乡, 城镇, 乡镇) names no town
LOCATION_UNITS = TOWN_UNITS + ("开发区", "经开区", "高新区", "园区", "新区")   # where a company stands
LEVELS = ("province", "prefecture", "county")   # place levels, highest first (kg/places.py)
GENERIC_NOUNS = ("企业", "项目", "单位")   # 回归企业容县某某公司, 会员单位某某集团: a kind of company, no part of its name
BUSINESS_WORD = 100   # a word seen this often after 企业 is the company's line of business (企业管理), no brand
BRAND_VERB = 100   # a verb jieba saw less often than this (申能, 立白) may be a company's brand; not 对接, 走访
# a special committee's shortened name whose first character is also a stop word (经农委, 经科委: 经济和农牧委员会)
ABBREVIATED_COMMITTEE = re.compile(r"经[\u4e00-\u9fff]{1,2}委(?!员)")
BARE_BODY = re.compile(r"[市县区旗州盟](?:委|政协|政府|人大)")   # a body of the local place named by its level
VENUE_END = "馆"   # the last character of a venue's head word (规划馆, 博物馆): no body's name runs on after it
BARE_ZONE = re.compile(r"经开区|高新区|开发区")   # a zone of the local place named alone (全力促进经开区发展)
# a committee's term written before its body (七届政协主席, 第十届委员会): part of the name, no numeral to drop
LEVEL_CHARS = "省市县区旗州盟镇乡村"   # 走访县医院: a level word before the head names the body by its place
TERM_WORD = re.compile(r"第?[一二三四五六七八九十]{1,3}届")
TERM_BODIES = ("政协", "委员会")


MAX_HEAD = 9   # characters of the longest head word a stop word may open (经济和信息化委员会)


class LeftScan:
    """Where the organization part before a head or title word begins."""

    def __init__(self, doc: Document, taken: Coverage):
        self.doc, self.text, self.taken = doc, doc.text, taken
        self.lex = lexicon()

    def org_part_start(self, end: int) -> int:
        """The start of the organization words that end at end: 市政协 of 市政协副主席, 九原区文旅广电局 of
        九原区文旅广电局局长; the scan stops at punctuation, a digit, a removed PDF space, a taken span, or a
        stop word (赴, 调研) that is a word of its own.

        In 会议由市政协副主席王明主持 the scan from 副主席 (offset 6) stops after the stop word 由: 3.
        """
        text, pos = self.text, end
        while pos > 0 and end - pos < MAX_ORG_PART:
            ch = text[pos - 1]
            if ch in ")）":
                open_at = text.rfind("(", max(0, pos - 20), pos)
                if open_at < 0:
                    break
                pos = open_at
                continue
            if ch in DOTS and self.joins_name_words(pos - 1):
                pos -= 1   # 中共某某地委·某某特委旧址陈列馆: the dot joins two names of one site
                continue
            if not CJK.match(ch) or (pos in self.doc.soft_breaks and pos != end) or self.stops_at(pos, end) \
                    or self.taken.covers(pos - 1):
                break
            pos -= 1
        return pos

    def joins_name_words(self, dot: int) -> bool:
        """The dot at offset dot stands between two hanzi outside a taken span (a person's dotted name is taken)."""
        text = self.text
        return 0 < dot < len(text) - 1 and bool(CJK.match(text[dot - 1]) and CJK.match(text[dot + 1])) \
            and not self.taken.covers(dot - 1) and not self.taken.covers(dot + 1)

    def stops_at(self, pos: int, end: int) -> bool:
        """A stop word (or run of them) ends at pos, as words of their own, and no name word continues it."""
        doc = self.doc
        if not doc.is_word_start(pos):
            return False
        stop = any(doc.is_word_start(pos - len(w)) for w in self.lex.org_left_stop_words.ending_at(self.text, pos))
        return (stop or self.title_before(pos) and self.place_starts_at(pos) or self.stop_words_only(doc.word_before(pos))) and not self.inside_compound(pos) \
            and not self.names_a_unit(pos, end) and not self.head_at(pos - len(doc.word_before(pos)), end)

    def head_at(self, pos: int, end: int) -> bool:
        """A head word of an organization begins at pos and ends by end: the stop word opens it (经 of 市经科委主任,
        市经信局局长), or a special committee's short name (经农委 of 市政协经农委履职党支部); it does not end the scan."""
        return any(self.text[pos:pos + k] in self.lex.org_heads for k in range(2, min(MAX_HEAD, end - pos) + 1)) \
            or ABBREVIATED_COMMITTEE.match(self.text, pos) is not None

    def names_a_unit(self, pos: int, end: int) -> bool:
        """A word before a unit's head word names the unit, it does not stop the name: 调研 in 信息调研处,
        联络 in 联络处; a verb is followed by its object, not by a bare 处 or 科."""
        return self.text[pos:end] in self.lex.heads("unit") and len(next(
            self.lex.org_left_stop_words.ending_at(self.text, pos), "")) > 1

    def inside_compound(self, pos: int) -> bool:
        """pos follows 和 inside an official name like 林业和草原局."""
        return any(self.text.startswith(word, pos - k - 1)
                   for word in self.lex.org_name_compounds for k in range(len(word)))

    def stop_words_only(self, token: str) -> bool:
        """A word jieba keeps whole that is stop words run together: 专程到 (专程 + 到)."""
        if not token:
            return True
        return any(self.stop_words_only(token[len(w):]) for w in self.lex.org_left_stop_words.starting(token))

    def trim_leading_words(self, s: int, head_start: int, brand: bool = False) -> int:
        """Drop verbs, prepositions and pronouns the left scan took in (希望中国…商会 → 中国…商会); before a company's
        head (brand), a verb jieba seldom saw is the brand's word (申能崇明发电有限公司)."""
        tags = common_words()
        pos = s
        while pos < head_start:
            nxt = self.doc.next_word_start(pos, len(self.text))
            if self.text[nxt:head_start] in ("委", "委员会") and special_committee(self.text[pos:head_start]):
                break   # 听取提案委主任: jieba's verb 提案 begins the committee's short name
            if nxt > head_start:
                break   # the word runs on into the head or title (统战部长): it is no word before the name
            token = self.text[pos:nxt]
            if TERM_WORD.fullmatch(token) and self.text.startswith(TERM_BODIES, nxt):
                break   # 、七届政协主席提名人选X: the committee of the term, its numeral a word of jieba's
            if len(token) == 1 and BARE_BODY.match(self.text, nxt) and not gazetteer().lookup(token) \
                    and token not in self.lex.democratic_party_letters:
                return nxt   # 工作中市委统战部: a bare 市委 begins the name, the word before it is none of it (社市委 is 九三学社's)
            if gazetteer().lookup(token) or len(token) < 2 or self.text.startswith(tuple(self.lex.org_name_compounds), pos):
                break   # 发展 of 发展和改革局 is a verb that begins an official name
            if not tags.get(token, "").startswith(VERB_TAGS) and token not in ("全市", "全区") \
                    or token in self.lex.historical_eras or brand and word_frequency(token) < BRAND_VERB:
                break   # 西周遗址博物馆: an era is a time word that begins a name
            if self.lone_character_before(nxt, head_start):
                break   # 得利斯展馆: one character alone before the head is no name; the "verb" is the brand's start
            pos = nxt
        return self.after_verb_before_bare_body(pos, head_start)

    def lone_character_before(self, pos: int, head_start: int) -> bool:
        """One character, no level word nor place, is all that stands between pos and the head (斯 of 得利斯展馆,
        jieba's 得利 a verb): what the scan took in before it is part of the name."""
        return head_start - pos == 1 and self.text[pos] not in LEVEL_CHARS and not gazetteer().lookup(self.text[pos])

    def after_verb_before_bare_body(self, s: int, head_start: int) -> int:
        """号召会员积极响应市委统战部: a bare body (市委, 区政协) or zone (全力促进经开区) after a verb begins the name; the
        words before the verb are the clause's, not the body's."""
        bare = [*BARE_BODY.finditer(self.text, s + 1, head_start + 3), *BARE_ZONE.finditer(self.text, s + 1, head_start + 3)]
        for m in bare:
            word = self.doc.word_before(m.start())
            if self.doc.is_word_start(m.start()) and "v" in (common_words().get(word), common_words().get(word[-2:])) \
                    and not gazetteer().lookup(word) and not gazetteer().lookup(word[-2:]):
                return m.start()   # 积极响应: jieba's word ends in the verb 响应; 遵义 (jieba's v) is a place
        return s

    def brand_start(self, s: int, m: re.Match) -> int:
        """Where a company's name begins when the left scan stopped at a one-character stop word (和, 为) that
        jieba found between single characters of a brand it does not know: 新和成 of 黑龙江新和成生物科技有限公司,
        世和 of 南京世和基因…; a conjunction follows a whole word (…有限公司和…)."""
        doc, text = self.doc, self.text
        while self.lex.org_heads.get(m.group()) == "COMPANY" and 2 <= s < m.start() and text[s - 1] in BRAND_STOPS \
                and doc.is_word_start(s - 1) and doc.is_word_start(s - 2) and CJK.match(text[s - 2]) \
                and text[s - 2] not in self.lex.org_left_stops and len(doc.word_before(s - 1)) == 1 \
                and not self.taken.covers(s - 2) and not self.place_starts_at(s):
            # 董事长赵刚和黑龙江…: 刚 ends a name, 和 joins; …工业城和广东某某集团: a company named after its place
            s = self.org_part_start(s - 1)
        return self.place_before_brand_word(s, m)

    def place_before_brand_word(self, s: int, m: re.Match) -> int:
        """中山联合光电科技有限公司: a stop word of two characters (联合) right after a place that opens the phrase is
        the first word of a company's brand, the place its place (市政协联合某某公司 has no place before 联合)."""
        word = next((w for w in self.lex.org_left_stop_words.ending_at(self.text, s) if len(w) == 2), "")
        if self.lex.org_heads.get(m.group()) != "COMPANY" or not word or not self.doc.is_word_start(s - 2):
            return s
        place = next((p for p in self.doc.places.find(max(0, s - 2 - MAX_PLACE), s - 2) if p.end == s - 2
                      and self.doc.is_word_start(p.start)), None)
        return place.start if place is not None and self.org_part_start(place.start) == place.start else s


    def registered_name_start(self, s: int, head_start: int) -> int:
        """Where a company's own name begins in a span that a location opens: a registered name runs down from
        its place (清远市清城区建筑工程有限公司), so a place of a higher level after a lower one, a town, a zone or a
        generic noun (企业) begins the name again (来到遂宁市四川某某股份有限公司, 某某经济技术开发区甘肃某某有限公司, 某某镇象州某某公司)."""
        found = self.doc.places.find(s, head_start)
        for m in found:
            if m.start <= s or m.end - m.start < 2 or not self.doc.is_word_start(m.start):
                continue
            rank = min(LEVELS.index(p.level) for p in m.places)
            lower_before = any(b.end == m.start and min(LEVELS.index(p.level) for p in b.places) > rank
                               for b in found)
            if lower_before or self.text.endswith(LOCATION_UNITS + GENERIC_NOUNS, s, m.start):
                return m.start
        return self.after_opening_town(s, head_start, found) or self.after_generic_noun(s, head_start)

    def after_opening_town(self, s: int, head_start: int, found) -> int | None:
        """Where a company's name begins after the town it stands in, when the span opens on the town with no
        county before it (来到某某镇某某农业集团: the group; 某县某某镇某某合作社 is a registered name, 巧克力小镇集团 a brand)."""
        town = OPENING_TOWN.match(self.text, s, head_start)
        if self.text.startswith(self.lex.heads("facility"), head_start):
            return None   # 某某镇某某产业基地: a site of the town, named with it
        if town is None or head_start - town.end() < 2 or any(m.start == s for m in found) \
                or not self.doc.is_word_start(town.end()) or word_frequency(self.text[town.end() - 2:town.end()]) >= TOWN_WORD:
            return None   # (美丽家乡农业公司, 城镇: a common word ending in the unit, no town)
        return town.end()

    def title_before(self, pos: int) -> bool:
        """A title of two or more characters, a word of its own, ends at pos: 负责人 of 某某基地负责人望城区某某合作社,
        where a place after the title begins the next body's name (the title is the post of the body before)."""
        word = self.doc.word_before(pos)
        return len(word) > 1 and word in self.lex.titles

    def after_generic_noun(self, s: int, head_start: int) -> int:
        """会员企业杨氏文化有限公司, 重点项目某某医院: a word for the kind of unit (企业, 项目) before a name is no part of it."""
        for noun in GENERIC_NOUNS:
            at = self.text.rfind(noun, s, head_start)
            end = at + len(noun)
            # (重点项目: a word of jieba's that ends in the noun)
            if at >= 0 and head_start - end >= 2 and self.doc.is_word_start(end) \
                    and (self.doc.is_word_start(at) or self.doc.word_before(end).endswith(noun)) \
                    and not self.text.startswith(tuple(self.lex.org_heads), end) \
                    and word_frequency(self.text[end:head_start]) < BUSINESS_WORD:   # 某某企业管理有限公司
                return end
        return s


    def after_venue(self, s: int, head_start: int) -> int:
        """Where the name before head_start begins when a venue's name (…馆) ends inside it and a place follows:
        the place begins another body (某某新区规划馆某某开发区: the hall, then the zone).

        In 参观桐乡新区规划馆桐乡高新区 the zone's name begins at 桐乡 after 馆.
        """
        for k in range(head_start - 1, s, -1):
            if self.text[k - 1] == VENUE_END and self.doc.is_word_start(k) and self.place_starts_at(k):
                return k
        return s

    def place_starts_at(self, pos: int) -> bool:
        """A place name (not a one-character short form) or a foreign country's (泰国) begins at pos."""
        return any(m.start == pos and m.end - m.start > 1 for m in self.doc.places.find(pos, pos + MAX_PLACE)) \
            or self.text.startswith(self.lex.foreign_countries, pos)
