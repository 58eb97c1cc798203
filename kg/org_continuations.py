"""How far a body's name goes on after its head word, as the organizations stage reads it: a department
written right after its parent (市委组织部, 市政府办公室), a body inside a CPPCC committee (市政协提案委, 市政协机关
纪委, 市政协十四届五次会议提案委员会), a division of a committee's office (市政协办公厅宣传处), and what makes the
words after 政协 no body's name (a verb, a session, a stop word).
"""
from __future__ import annotations

import re

from kg.name_checks import common_words, word_frequency
from kg.document import Document, Organization
from kg.orgnames import canonical, heads
from kg.places import gazetteer
from kg.scopes import scope_for
from kg.spans import ABBREVIATED_COMMITTEE

ORG_CONTINUATION = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:委员会|委(?!员)|界别活动组|界别组|界别|联组|中心|办(?![公理法事]))")
SESSION_PROPOSALS = re.compile(r"第?[一二三四五六七八九十]+届[一二三四五六七八九十]+次(?:全体)?会议提案委员会")
SESSION = re.compile(r"[一二三四五六七八九十]+次")   # 十三次常委会议: a session
# the committee's Party group named by a meeting the committee holds (市政协召开2022年第四次党组(扩大)会议, 市政协第51次
# 党组、31次主席会议: 会议 shared by the list, 县政协召开党组会议): the 党组 after the count or the verb
COUNTED_PARTY_GROUP = re.compile(r"(?:(?:召开|举行)(?:\d{4}年)?(?:第?[\d一二三四五六七八九十百]+次)?|(?:\d{4}年)?第?"
                                 r"[\d一二三四五六七八九十百]+次)(党组)(?=[(（]扩大[)）]|会议|、)")
GROUP = "组"   # a committee's group of members (香港组)
PLACE_GROUP_REACH = 8   # characters a place's name of such a group may take
ABBREVIATED_COMMITTEE_MAX = 5   # characters of a committee's short name of one character per field (人资环建委)
COMMON_VERB = 20   # a verb jieba has seen this often (紧扣, 举行) is no word of a body's name
SHORT_TERM = re.compile(r"第?[一二三四五六七八九十]+届")
# 和 or 与 between two fields of two characters or more inside a committee's name (经济和农牧委员会, 人口资源与环境委员会)
COMMITTEE_JOINT = re.compile(r"(?<=[\u4e00-\u9fff]{2})[和与](?=[\u4e00-\u9fff]{2})")
# a provincial committee's body for the committees of the levels below it, named after them
LOWER_COMMITTEES_BODY = re.compile(r"(?:市县|县市|市县区)政协[\u4e00-\u9fff]{2,8}?委员会")
SUPPLIED = "供稿"   # (政协办供稿): the body that supplied the text, named right before
OFFICE_DIVISION = re.compile(r"[\u4e00-\u9fff]{2}[处科]")   # 宣传处 of 市政协办公厅宣传处


def add_party_group(doc: Document, committee: Organization, surface: str, end: int, sentence: int) -> None:
    """The Party group of a CPPCC committee written surface and ending at end, when a counted meeting the committee
    holds names it right after (市政协第51次党组、31次主席会议; 市政协召开2022年第四次党组(扩大)会议)."""
    m = COUNTED_PARTY_GROUP.match(doc.text, end)
    if m is None or committee.kind != "CPPCC":
        return
    org = canonical(surface + "党组", scope_for(doc, doc.sentences[sentence].article, end))
    if org is not None and org.kind == "PARTY":
        doc.add_organization(org, m.group(1), *m.span(1), sentence)


def place_group_end(text: str, start: int) -> int | None:
    """The end of a CPPCC committee's group of the members of one place written at start (香港组, 澳门组 of 市政协
    香港组): a place's name alone, then 组; None when there is none.

    >>> place_group_end("市政协香港组、澳门组的委员", 3), place_group_end("市政协调研组", 3)
    (6, None)
    """
    found = gazetteer().find_all(text[start:start + PLACE_GROUP_REACH])
    place = next((f for f in found if f.start == 0), None)
    return start + place.end + 1 if place is not None and text.startswith(GROUP, start + place.end) else None


class NameContinuations:
    """The name-continuation part of kg.stages.organizations.OrgReader: it reads self.text, self.lex, self.doc
    and self.taken, and uses self.word_start."""

    def office_continuation(self, e: int, head: str, limit: int) -> int:
        """市委组织部, 市委常委会, 市政府办公室: a department written right after its parent."""
        words = ["办公室", "办公厅"] + (self.lex.party_departments if head.endswith("委") else [])
        word = max((w for w in words if self.text.startswith(w, e) and e + len(w) <= limit), key=len, default="")
        return e + len(word) if word and self.word_start(e + len(word), limit) else e

    def cppcc_continuation(self, e: int, limit: int) -> int:
        """A body inside a CPPCC committee written right after it: 市政协提案委, 市政协机关纪委."""
        text, lex = self.text, self.lex
        levels = LOWER_COMMITTEES_BODY.match(text, e, limit)
        if levels and self.plain_continuation(levels):
            return levels.end()   # 省政协市县政协联络指导委员会: its committee for the committees below it
        if text[e:e + 1] in "市区县旗省各全有该" or re.match(r"[\u4e00-\u9fff]{0,4}?(?:市|区|县|旗|省)(?:委|政协)", text[e:e + 6]):
            return e
        division = self.office_division(e, limit)
        if division:
            return division   # 市政协办公厅宣传处, the office read by place_head_span
        term = SHORT_TERM.match(text, e)
        if term and any(text.startswith(w, term.end()) for w in lex.cppcc_bodies):
            e = term.end()   # 区政协十届常委会: the standing committee of a term is the committee's
        session = SESSION_PROPOSALS.match(text, e)
        if session:
            return session.end()   # 市政协十四届五次会议提案委员会: the session's proposals committee
        title = lex.title_pattern.match(text, e)
        body = self.named_body_at(e)
        if body and not (title and len(title.group()) >= len(body)):
            return self.cppcc_inner_body(e + len(body), limit) or e + len(body)
        if title:
            return self.committee_like_title(title, e, limit)
        if text.startswith("办", e) and (e + 1 >= limit or not "\u4e00" <= text[e + 1] <= "\u9fff"
                                         or text.startswith(SUPPLIED, e + 1)):
            return e + 1   # 旗政协办、发改委, (政协办供稿): the committee's office, shortened
        if (group := place_group_end(text, e)) and group <= limit and self.doc.is_word_start(group):
            return group   # 市政协香港组: the group of the committee's members of that place
        m = ORG_CONTINUATION.match(text, e, limit)
        return m.end() if m and self.plain_continuation(m) and not self.phrase_across(m.start(), m.end()) else e

    def phrase_across(self, start: int, end: int) -> bool:
        """A phrase that names no body (not_org_words.txt) begins inside text[start:end] and runs past end: 中心大局
        of 对市政协服务中心大局 (serving the overall situation), no 服务中心 of the committee."""
        phrases = self.lex.not_org_phrases
        return any(len(w) > max(2, end - k) for k in range(start, end) for w in phrases.starting(self.text, k))

    def named_body_at(self, e: int) -> str:
        """The longest body of cppcc_bodies.txt (or 党组) written at e; not 常委会议, a meeting."""
        body = max((w for w in self.lex.cppcc_bodies + ["党组"] if self.text.startswith(w, e)), key=len, default="")
        if body == "党组" and not self.doc.is_word_start(e + len(body)):
            return ""   # 政协党组织: the Party's organizations in the committee, no 党组
        return "" if body in ("常委会", "常务委员会") and self.text.startswith("议", e + len(body)) else body

    def committee_like_title(self, title: re.Match, e: int, limit: int) -> int:
        """市政协委员学习和联络工作委员会: a committee whose name begins like the title 委员."""
        m = ORG_CONTINUATION.match(self.text, e, limit)
        if title.group() in ("委员", "常委") and m and m.group().endswith("委员会") \
                and m.end() - title.end() > 3 and self.plain_continuation(m):
            return m.end()
        return e

    def plain_continuation(self, m: re.Match) -> bool:
        """The words after 政协 hold no name, verb or stop word: they are the name of a body."""
        lex = self.lex
        body = m.group()
        for word in lex.org_name_compounds:
            body = body.replace(word, "\0" * len(word))
        if body.endswith("委员会"):
            body = COMMITTEE_JOINT.sub(lambda j: "\0", body)   # 经济和农牧委员会: 和 joins the committee's two fields
        # a boundary word counts where it is a word of its own: not 作 of 工作
        if any(self.doc.is_word_start(m.start() + b.start()) and self.doc.is_word_start(m.start() + b.end())
               for b in lex.name_boundaries.finditer(body)):
            return False
        if SESSION.search(body) or self.verb_inside(m.start(), m.end(), body):
            return False   # 政协举行第十五次常委, 政协紧扣当地党委: a verb or a session, no body's name
        if not self.doc.is_word_start(m.end()) or body[0] in lex.org_left_stops and self.doc.is_word_start(m.start() + 1) \
                and not ABBREVIATED_COMMITTEE.fullmatch(body):
            return False   # 政协由界别组成: a word runs on past the head, a stop word begins the words
        return not any(w in body for w in lex.org_left_stops if len(w) > 1) and not self.taken.any_in(m.start(), m.end())

    def verb_inside(self, start: int, end: int, masked: str) -> bool:
        """A common verb that is a jieba word of its own stands in text[start:end] outside the official names
        masked in masked (学习和联络工作委员会 keeps 学习), and not right before the committee word (提案委员会)."""
        # a short committee's name of a character per field (人资环建委: 人口资源环境建设) holds no verb of one character
        abbreviated = end - start <= ABBREVIATED_COMMITTEE_MAX and self.text.endswith("委", 0, end)
        return any("\0" not in masked[pos - start:nxt - start] and common_words().get(self.text[pos:nxt]) == "v"
                   and word_frequency(self.text[pos:nxt]) >= COMMON_VERB and self.text[nxt:end] not in ("委员会", "委")
                   and not (abbreviated and nxt - pos == 1) for pos, nxt in self.doc.word_spans(start, end))

    def cppcc_inner_body(self, e: int, limit: int) -> int | None:
        """市政协机关党委: a Party cell or organ of a body inside the committee."""
        if self.lex.title_pattern.match(self.text, e):
            return None
        cells = "|".join(heads("cell", "party_organ"))
        m = re.match(rf"[\u4e00-\u9fff]{{0,6}}?({cells})", self.text[e:limit])
        if m and not self.word_start(e + m.end(), limit):
            return None   # 机关基层政协党组织建设: 党组 begins the word 党组织, no organ
        return e + m.end() if m else self.office_division(e, limit)

    def office_division(self, e: int, limit: int) -> int | None:
        """The end of a division written after a committee's office (宣传处 of 市政协办公厅宣传处): a two-character
        field and 处 or 科 ending a word, no verb; None when there is none."""
        unit = OFFICE_DIVISION.match(self.text, e, limit)
        if unit and self.text.endswith(("办公厅", "办公室"), 0, e) and self.doc.is_word_start(unit.end()) \
                and not self.verb_inside(e, unit.end(), unit.group()):
            return unit.end()
        return None
