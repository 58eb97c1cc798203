"""Where the title phrase before a name begins, as the persons stage reads it: its organization part and the titles
、 (or a comma) joins before it (市委副书记、政法委书记、组织部部长X), bodies listed sharing a title (市工商联、市总商会党委书记),
a group's title closing the chain (活动小组组长) and a professional title inside it (学院副院长、副教授、).
"""
from __future__ import annotations

import re

from kg.elections import LIST_SEPARATOR
from kg.name_lists import TITLE_COMMA
from kg.names import CONJUNCTIONS
from kg.org_words import head_kind

CLAUSE_ENDS = ",，。；;：:\n "   # what a clause of titles begins after
# written after a title: a post held besides another (副主委(兼)), one held in charge of the body (副主席(主持工作))
CONCURRENT = re.compile(r"[(（](?:兼|主持工作)[)）]")
# how many hold the title, between the body and it: 政协第十二届全国委员会23位副主席是：
COUNT_BEFORE_TITLE = re.compile(r"(?<=[\u4e00-\u9fff])(?:\d{1,3}|[二三四五六七八九十]{1,3})[位名]$")
EVIDENCE_KINDS = ("person", "member")   # titles that show a person but are weaker evidence than a post


class TitlePhraseReader:
    """The title-phrase part of kg.stages.persons.PersonReader: it reads self.text, self.lex, self.scan and
    self.taken."""

    def title_phrase_start(self, title_start: int) -> int:
        """Where the title phrase before a name begins: its organization part and earlier 、-joined titles."""
        count = COUNT_BEFORE_TITLE.search(self.text, max(0, title_start - 5), title_start)
        pos = count.start() if count else title_start   # 政协X市第五届委员会4位副主席是：
        while True:
            pos = self.member_body_start(self.chunk_start(pos), title_start)
            earlier = self.earlier_chunk(pos)
            if earlier is None:
                return pos
            pos = earlier

    def earlier_chunk(self, pos: int) -> int | None:
        """Where the title (or the body sharing one) that 、 or a comma joins to the phrase at pos ends at, or None."""
        text, lex, scan = self.text, self.lex, self.scan
        if not (pos > 0 and (text[pos - 1] == LIST_SEPARATOR or text[pos - 1] in TITLE_COMMA)):
            return None
        prev = pos - 1
        note = CONCURRENT.search(text, max(0, prev - 6), prev)
        if note and note.end() == prev:
            prev = note.start()   # 民革南宁市委会副主委(兼)、区政协副主席X: the title before its (兼)
        m = self.title_ending_at(prev)
        if m is None:
            return self.body_sharing_title(prev) if text[prev] == LIST_SEPARATOR else None
        # a professional title joins the phrase only with its organization (河南科技大学教授、民盟盟员), or the post's it
        # follows (某某学院副院长、副教授、); after a comma only a post with its organization (四川省政协常委，攀枝花市政协主席李仁杰)
        org_start = scan.org_part_start(m.start())
        listed = text[prev] == LIST_SEPARATOR
        with_org = org_start < m.start() or not listed and self.titles_with_org_before(m.start()) \
            or listed and self.post_listed_before(m.start())
        if (with_org or listed and lex.titles[m.group()].kind not in EVIDENCE_KINDS) \
                and (listed or lex.titles[m.group()].kind == "post" and not self.taken.covers(m.start())
                     and (org_start == 0 or text[org_start - 1] in CLAUSE_ENDS + LIST_SEPARATOR)):
            return m.start()
        return None

    def body_sharing_title(self, end: int) -> int | None:
        """Start of an organization's name ending at the 、 at end, with no title of its own, inside a chain of titles
        (统战部副部长、市工商联、市总商会党委书记X: the 党委书记 of both): a post title and 、 stand before it."""
        start = self.scan.org_part_start(end)
        if start < end and head_kind(self.text[start:end]) is not None and self.post_listed_before(start) \
                and not self.taken.any_in(start, end):
            return start
        return None

    def title_ending_at(self, end: int) -> re.Match | None:
        """The title of the lexicon that ends at offset end, or None."""
        return next((m for m in self.lex.title_pattern.finditer(self.text, max(0, end - 8), end) if m.end() == end), None)

    def post_listed_before(self, at: int) -> bool:
        """A post title and 、 stand right before offset at (学院副院长、 before 副教授)."""
        before = self.title_ending_at(at - 1) if at > 1 and self.text[at - 1] == LIST_SEPARATOR else None
        return before is not None and self.lex.titles[before.group()].kind == "post"

    def chunk_start(self, title_start: int) -> int:
        """Where the organization part of one title of a phrase begins: the left scan without the verbs and
        pronouns it took in (not 受到 of 受到中共嘉兴市委常委); but after 、 and a post title the words are the body's,
        a group's named by a verb (市总商会副会长、活动小组组长X: 活动小组), so the titles before go on."""
        scan = self.scan
        raw = scan.org_part_start(title_start)
        pos = scan.trim_leading_words(raw, title_start)
        return raw if raw < pos and self.post_listed_before(raw) else pos

    def titles_with_org_before(self, at: int) -> bool:
        """The title at offset at ends a 、-list of titles that an organization opens (市人大常委会党组副书记、副主任，
        市总工会主席X: 副主任 is the 人大常委会's), no name between them.

        In 区委副书记、区长，区政协党组书记李华, 区长 (offset 6) ends such a list: True."""
        text, lex = self.text, self.lex
        while at > 1 and text[at - 1] == LIST_SEPARATOR:
            m = next((m for m in lex.title_pattern.finditer(text, max(0, at - 9), at - 1) if m.end() == at - 1), None)
            if m is None or self.taken.any_in(m.start(), m.end()):
                return False
            if self.scan.org_part_start(m.start()) < m.start():
                return True
            at = m.start()
        return False

    def member_body_start(self, pos: int, title_start: int) -> int:
        """Where the body of a title that is never a post begins when a conjunction inside its name stopped the
        scan (省政协副主席、省钛及钛合金产业链链长X: the chain 钛及钛合金产业链, so the 副主席 before it joins the
        phrase); pos itself otherwise. The body's words are read for no post, so only the titles before matter."""
        text = self.text
        title = self.lex.title_pattern.match(text, title_start)
        if not (title and self.lex.titles[title.group()].kind == "member") or text[pos - 1:pos] not in CONJUNCTIONS \
                or pos < 2:
            return pos
        before = self.scan.org_part_start(pos - 1)
        if before < pos - 1 and before > 0 and text[before - 1] == LIST_SEPARATOR:
            return before
        return pos
