"""Credits of news pages: the reporters, editors, photographers and writers a page names (GUIDELINE: persons).

Read by the persons stage (kg/stages/persons.py) as a part of its reader: names in brackets closing a paragraph,
one or several parted by spaces ((张某 李某某 王某)) or after the body they write for ((某县政协 张某 供稿)); the
bracket of a dateline (某某网8月3日电(张某 李某)); a line of
only such names (张某 李某 王某, 中国某某馆 张某); names run together after a byline word ((记者张某李某某)); the
spaced names after a byline word (记者 张某 李某) or before a credit's closing word (张某 李某 摄); and what keeps
ordinary words out (摄影展开幕, ◎高质量发展, 由王家镇供稿).
"""
from __future__ import annotations

import re
from functools import cached_property, lru_cache

from kg import dates
from kg.lexicon import Words, lines
from kg.name_lists import CJK_ONLY
from kg.names import CJK

from kg.transliterated_names import DOTTED
# two names and the bracket or space after them (摄 after photographers); three or more, so run together
NO_TITLE = (-1, -1)   # the title span of a name read with no title
BYLINE_RUN = re.compile(r"[\u4e00-\u9fff]{4,6}?(?=摄?(?:[)）\s]|$))")
LONG_BYLINE_RUN = re.compile(r"[\u4e00-\u9fff]{7,12}?(?=摄?(?:[)）\s]|$))")
# what the short name of an office ends with, a page's credit before a space (提案办 张某, 县政协办 李某): no head of an
# organization's name, which the page writes in full (县政协办公室)
OFFICE_SHORT_ENDS = ("办",)
# a crumb of a navigation path between two of its marks (频道 > 某某 > 考察调研)
BREADCRUMB_ITEM = re.compile(r"(?<=>)[ \u3000]*([\u4e00-\u9fff]{2,4})[ \u3000]*(?=>)")
# names alone in brackets closing a paragraph are its authors': …参加会议。(张云梅)
BRACKETED_NAME = re.compile(r"[(（]([\u4e00-\u9fff·]{2,15})[)）]$")


@lru_cache(maxsize=1)
def byline_words() -> set[str]:
    """The words of bylines and credit lines (记者, 通讯员, 编辑)."""
    return set(lines("byline_words.txt"))


class CreditReader:
    """The credit-reading part of the persons stage's reader (kg.stages.persons.PersonReader): it reads
    self.text, self.doc, self.names, self.lex, self.taken and adds persons with self.add_person; it keeps in
    self.bracketed_authors the authors it read in closing brackets and in self.doubtful_authors the names there a
    word of the dictionary runs across (see authors_like_the_pages_others)."""

    def mark_runs_on(self, word: str, name_end: int) -> bool:
        """A mark that opens a credit line (◎, □) is followed by a sentence, not a name alone (◎高质量发展…): the
        text runs on after the name without a space."""
        return not CJK.search(word) and CJK.match(self.text, name_end) is not None and name_end not in self.doc.soft_breaks

    def credit_starts(self, start: int) -> bool:
        """A credit's names may start at start: the line, a bracket or a clause opens there, a space the page
        wrote, a byline word or a body read already (新华社记者X摄) ends there (not 由王家镇供稿: no name)."""
        return start == 0 or not CJK.match(self.text, start - 1) or start in self.doc.soft_breaks \
            or self.taken.covers(start - 1) or self.org_ends_at(start)

    def word_across_trigger_end(self, word: str, at: int) -> bool:
        """A jieba word runs on past a trigger word of characters only, ending at at (摄影|展 of 摄影展): the trigger
        is part of a longer word. A space the page wrote there (摄影 张某) ends it."""
        return CJK_ONLY.fullmatch(word) is not None and not self.doc.is_word_start(at) and at not in self.doc.soft_breaks

    def bracketed_author(self, start: int, end: int, sentence: int) -> None:
        """The names alone in brackets that close a paragraph are its authors' (…出席会议。(张云梅)), one or more
        parted by spaces (陈卓 张译丹 王某), after the body they write for too ((某县政协 张某 供稿): the body is an
        organization's, read by its stage)."""
        m = BRACKETED_NAME.search(self.text, start, end)
        before = self.text[start:m.start()].rstrip(" \u3000") if m else ""   # 。 (张某): a space the page left
        if m is None or self.taken.covers(m.start(1)) or before and before[-1] not in "。！？!?":
            return
        a, b = m.span(1)
        if b - a > 4:
            b -= len(next(self.lex_closes.ending_at(self.text, b), ""))   # (…张某 供稿): the names before the word
        if self.place_tag(a, b):
            return
        items = self.spaced_names(a, b)
        for lead in ([] if items else self.body_ends(a, b)):
            if items := self.spaced_names(lead, b):
                break
        if not items and self.plausible_item(a, b, words_across=False):
            self.doubtful_authors.append((a, b, sentence))
        for x, y in items:
            self.add_person(x, y, sentence, "trigger")
        self.bracketed_authors += len(items)

    def authors_like_the_pages_others(self) -> None:
        """A name alone in brackets closing a paragraph that a word of the dictionary runs across ((高新国): 高新|国)
        is its author too where other paragraphs of the page close with their authors' names ((朱某 李某)): the
        page's way of crediting an item; alone on the page it may be a tag ((石榴云))."""
        if self.bracketed_authors:
            for a, b, sentence in self.doubtful_authors:
                if not self.taken.any_in(a, b):
                    self.add_person(a, b, sentence, "trigger")

    def dateline_credit(self, start: int, end: int, sentence: int) -> None:
        """The bracket of a dateline names its reporters, with or without a byline word (某某网8月3日电(张某 李某));
        names read by a byline word there are read already."""
        for m in dates.DATELINE.finditer(self.text, start, end):
            span = dates.dateline_bracket(m)
            if span and not self.taken.any_in(*span):
                a, b = span
                for x, y in self.spaced_names(a, b):
                    self.add_person(x, y, sentence, "trigger")

    def credit_line(self, start: int, end: int, sentence: int) -> None:
        """A line of only the names of writers parted by spaces the page wrote, two or more (张某 李某某 王某), or
        one or more after the body they write for (中国某某馆 张某): an author's line under a title; the body is an
        organization's, read by its stage."""
        text = self.text
        if not (start == 0 or text[start - 1] == "\n") or text[end:end + 1] not in ("", "\n") \
                or self.taken.covers(start) or not CJK.match(text, start):
            return
        items = self.spaced_names(start, end)
        if len(items) < 2:   # one name alone on a line may be a heading's word: only after a body
            items = next((found for lead in self.body_ends(start, end)
                          if lead in self.doc.soft_breaks and (found := self.spaced_names(lead, end))), [])
        for x, y in items:
            self.add_person(x, y, sentence, "trigger")

    def source_credit(self, start: int, end: int, sentence: int) -> None:
        """The writers a source line names after its medium, parted by spaces the page wrote (来源: 某某日报客户端
        张某 李某 王某)."""
        for _, b in dates.source_media(self.text, start, end, self.doc.soft_breaks):
            stop = self.text.find("\n", b, end)
            if b in self.doc.soft_breaks:
                for x, y in self.spaced_names(b, end if stop < 0 else stop):
                    self.add_person(x, y, sentence, "trigger")

    def breadcrumb_names(self, start: int, end: int, sentence: int) -> None:
        """A crumb of a page's navigation path that is a name alone (某某频道 > 省领导活动报道集 > 张某 > 考察调研): the
        leader whose pages these are."""
        for m in BREADCRUMB_ITEM.finditer(self.text, start, end):
            a, b = m.span(1)
            if self.names.name_at(a) == b and self.plausible_item(a, b) and not self.taken.any_in(a, b):
                self.add_person(a, b, sentence, "trigger")

    @cached_property
    def lex_closes(self) -> Words:
        return Words(self.lex.person_triggers["closes"])

    def spaced_names(self, a: int, b: int) -> list[tuple[int, int]]:
        """text[a:b] as names parted by spaces the page wrote (张某 李某某 王某), each plausible; [] if it is not."""
        items: list[tuple[int, int]] = []
        while a < b:
            e = self.names.name_at(a) or self.spaced_word_name(a, b)
            if e is None or e > b or e < b and e not in self.doc.soft_breaks or not self.plausible_item(a, e):
                return []
            items.append((a, e))
            a = e
        return items

    def spaced_word_name(self, a: int, b: int) -> int | None:
        """End of two or three characters at a that the page's spaces part from the rest (谢某 向某 宗某: 向, a
        preposition too, is the surname there), a plausible name; or None."""
        e = next((e for e in (a + 2, a + 3) if e == b or e in self.doc.soft_breaks), None)
        return e if e is not None and e <= b and self.names.han_surname_length(a) and self.plausible_item(a, e) else None

    def body_ends(self, a: int, b: int) -> list[int]:
        """Where the name of a body may end inside text[a:b], last first: after a head word (政协, 办公室) with
        two characters or more before it, where the page wrote a space or the head has two characters or more
        (武汉市某区政协涂某)."""
        heads = (*self.lex.org_heads, *self.lex.heads("unit"), *OFFICE_SHORT_ENDS)   # 办公室 ends with the unit 室
        return [p for p in range(b - 2, a + 2, -1)
                if any(self.text.endswith(h, a + 2, p) and (len(h) > 1 or p in self.doc.soft_breaks) for h in heads)]

    def place_tag(self, start: int, end: int) -> bool:
        """The bracketed words closing an item are a place's short name the page also writes in full ((张北) after
        an item of 张北县政协): the item's source on a page of several places, no author."""
        places = self.doc.places
        found = [m for m in places.find(start, end) if m.start == start and m.end == end] if places else []
        return bool(found) and any(m.full and set(m.places) & set(found[0].places)
                                   for m in places.find(0, len(self.text), short_forms=False))

    def names_run_together(self, at: int, sentence: int, first_end: int = -1, title: tuple[int, int] = NO_TITLE) -> None:
        """Two names written without a separator after a byline word: (记者张莹莹吴培民), (记者:杨国才吴凤至);
        first_end: where the first, already taken, ends. With a title (a line listing a body's members under it,
        副主席:A B C with its spaces removed), every name holds it."""
        at += 1 if self.text[at:at + 1] in ":：" else 0
        evidence = "title" if title != NO_TITLE else "trigger"
        run = BYLINE_RUN.match(self.text, at)
        if run is None:
            self.many_names_run_together(at, sentence, first_end, title)
            return
        for cut in ([first_end] if first_end > 0 else [at + 3, at + 2]):
            if self.plausible_item(at, cut) and self.plausible_item(cut, run.end()) and run.end() - cut in (2, 3):
                if first_end < 0:
                    self.add_person(at, cut, sentence, evidence, title)
                self.add_person(cut, run.end(), sentence, evidence, title)
                return

    def many_names_run_together(self, at: int, sentence: int, first_end: int, title: tuple[int, int] = NO_TITLE) -> None:
        """Three names or more written without a separator after a byline word (记者王某张某某李某): read only
        when the run splits into plausible names of two or three characters in one way alone."""
        run = LONG_BYLINE_RUN.match(self.text, at)
        ways = self.name_splits(at, run.end()) if run else []
        if len(ways) != 1 or first_end > 0 and ways[0][0][1] != first_end:
            return
        for a, b in ways[0]:
            if not self.taken.covers(a):
                self.add_person(a, b, sentence, "title" if title != NO_TITLE else "trigger", title)

    def name_splits(self, start: int, end: int, limit: int = 2) -> list[list[tuple[int, int]]]:
        """Up to limit ways text[start:end] splits into plausible names of two or three characters."""
        if start == end:
            return [[]]
        ways: list[list[tuple[int, int]]] = []
        for n in (2, 3):
            if start + n <= end and self.plausible_item(start, start + n):
                ways += [[(start, start + n), *rest] for rest in self.name_splits(start + n, end, limit - len(ways))]
            if len(ways) >= limit:
                break
        return ways[:limit]

    def spaced_names_after(self, end: int, sentence: int, title: tuple[int, int] = NO_TITLE) -> None:
        """Reporters credited together after a byline word, their names parted by spaces: 记者 夏某 曾某某 李某; with
        the byline's title span, each holds the first one's post (记者 at the page's medium)."""
        while end in self.doc.soft_breaks:
            name_end = self.names.name_at(end)   # the spaces show the names' ends: no test of jieba's words
            if name_end is None or self.taken.covers(end) or not self.names.han_surname_length(end) \
                    and not DOTTED.fullmatch(self.text, end, name_end) and not self.names.short_transliteration(end, name_end):
                return   # 记者 次仁罗布 扎西: a Tibetan name needs no surname
            self.add_person(end, name_end, sentence, "trigger" if title == NO_TITLE else "title", title)
            end = name_end

    def names_before_byline(self, found: int, word: str, sentence: int) -> None:
        """The names that open a bracketed byline before its first byline word, parted by spaces ((林某 见习记者
        王某), (赵某 李某 记者 王某)): writers credited with no word of their own."""
        if word not in byline_words() or found not in self.doc.soft_breaks:
            return
        items, start = [], found
        while start in self.doc.soft_breaks and (name_start := self.names.name_before(start)) is not None \
                and not self.taken.covers(name_start) and self.plausible_item(name_start, start):
            items.append((name_start, start))
            start = name_start
        if self.text[start - 1:start] in ("(", "（") and start > 0:
            for x, y in items:
                self.add_person(x, y, sentence, "trigger")

    def spaced_names_before(self, start: int, sentence: int) -> None:
        """Photographers credited together, their names parted by spaces: 郭俊峰 苏强 摄."""
        while start in self.doc.soft_breaks:
            name_start = self.names.name_before(start)
            if name_start is None or self.taken.covers(name_start) or not self.plausible_item(name_start, start):
                return
            self.add_person(name_start, start, sentence, "trigger")
            start = name_start
