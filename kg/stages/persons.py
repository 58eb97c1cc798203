"""Stage persons: the persons a bulletin names.

A name right after a title phrase (市政协党组副书记、主席杨利民), the names of a list sharing it
(副主席贺俊、云港、郝文), a name beside a trigger word (X同志, 名叫X, 编辑:X, X总书记), names of the
lexicon of national and historical figures, and every later occurrence of a name found so. Nothing is read
outside the articles (table of contents, masthead).
"""
from __future__ import annotations

import re

from kg.document import Document, PersonMention
from kg.lexicon import lexicon
from kg.names import NameReader
from kg.spans import Coverage, LeftScan

READS = ("text", "soft_breaks", "sentences", "word_starts")
WRITES = ("person_mentions", "person_spans")

LIST_SEPARATOR = "、"
EVIDENCE_KINDS = ("person", "member")   # titles that show a person but are weaker evidence than a post


class PersonReader:
    """Reads one document's persons."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.names = NameReader(doc.text, doc.soft_breaks)
        self.lex = lexicon()
        self.taken = doc.person_spans
        self.scan = LeftScan(doc, self.taken)

    def title_phrase_start(self, title_start: int) -> int:
        """Where the title phrase before a name begins: its organization part and earlier 、-joined titles."""
        text, lex, scan = self.text, self.lex, self.scan
        pos = title_start
        while True:
            pos = scan.org_part_start(pos)
            if pos > 0 and text[pos - 1] == LIST_SEPARATOR:
                prev = pos - 1
                m = next((m for m in lex.title_pattern.finditer(text, max(0, prev - 8), prev) if m.end() == prev), None)
                # a professional title joins the phrase only with its organization (河南科技大学教授、民盟盟员)
                if m and (lex.titles[m.group()].kind not in EVIDENCE_KINDS or scan.org_part_start(m.start()) < m.start()):
                    pos = m.start()
                    continue
            return pos

    def add_person(self, name_start: int, name_end: int, sentence: int, evidence: str,
                   title: tuple[int, int] = (-1, -1)) -> None:
        self.doc.person_mentions.append(PersonMention(self.text[name_start:name_end], name_start, name_end,
                                                      sentence, evidence, title[0], title[1]))
        self.taken.add(name_start, name_end)

    def list_after(self, end: int, sentence: int, evidence: str, title=(-1, -1)) -> int:
        """Names following a name in a 、-list share its title."""
        while self.text[end:end + 1] == LIST_SEPARATOR:
            nxt = self.names.name_at(end + 1)
            if nxt is None or self.lex.title_pattern.match(self.text, nxt) and self.text[nxt:nxt + 1] != LIST_SEPARATOR \
                    and not self.names.boundary(nxt):
                break
            self.add_person(end + 1, nxt, sentence, evidence, title)
            end = nxt
        return end

    def titled_names(self, start: int, end: int, sentence: int) -> None:
        text, lex = self.text, self.lex
        pos = start
        while True:
            m = lex.title_pattern.search(text, pos, end)
            if not m:
                return
            pos = m.end()
            if not self.doc.is_word_start(m.end()):
                continue   # 委员会加强: the title is part of a longer word
            strong = lex.titles[m.group()].kind not in EVIDENCE_KINDS
            name_end = self.names.name_at(m.end(), after_title=strong)
            if name_end is None or name_end > end:
                continue
            phrase_start = self.title_phrase_start(m.start())
            self.taken.add(m.start(), m.end())
            self.add_person(m.end(), name_end, sentence, "title", (phrase_start, m.end()))
            pos = self.list_after(name_end, sentence, "title", (phrase_start, m.end()))

    def triggered_names(self, start: int, end: int, sentence: int) -> None:
        for word in self.lex.person_triggers["before"]:
            for m in re.finditer(re.escape(word), self.text[start:end]):
                at = start + m.end()
                name_end = self.names.name_at(at)
                if name_end and not self.taken.covers(at):
                    self.add_person(at, name_end, sentence, "trigger")
                    self.list_after(name_end, sentence, "trigger")
        for word in self.lex.person_triggers["after"]:
            for m in re.finditer(re.escape(word), self.text[start:end]):
                self.name_before_trigger(start + m.start(), word, sentence)

    def name_before_trigger(self, at: int, word: str, sentence: int) -> None:
        name_start = self.names.name_before(at)
        if name_start is None or self.taken.covers(name_start) or self.taken.covers(at - 1):
            return
        # a title that names its own organization makes a post even after the name: 习近平总书记
        title = self.lex.titles.get(word)
        span = (at, at + len(word)) if title and title.kind == "national" else (-1, -1)
        self.add_person(name_start, at, sentence, "trigger", span)
        self.list_before(name_start, sentence)

    def list_before(self, start: int, sentence: int) -> None:
        while start > 0 and self.text[start - 1] == LIST_SEPARATOR:
            name_start = self.names.name_before(start - 1, left_bounded=False)
            if name_start is None or self.taken.covers(name_start):
                return
            self.add_person(name_start, start - 1, sentence, "list")
            start = name_start

    def lexicon_names(self, start: int, end: int, sentence: int) -> None:
        national = [t for t, title in self.lex.titles.items() if title.kind == "national"]
        for name in self.lex.famous_persons:
            for m in re.finditer(re.escape(name), self.text[start:end]):
                at, after = start + m.start(), start + m.end()
                if not self.taken.covers(at):
                    title = next((t for t in national if self.text.startswith(t, after)), None)
                    span = (after, after + len(title)) if title else (-1, -1)
                    self.add_person(at, after, sentence, "lexicon", span)

    def leader_names(self, start: int, end: int, sentence: int) -> None:
        """National leaders named by a title alone (汪洋主席, 李克强总理), before the title is taken for a trigger."""
        for leader in self.lex.national_leaders:
            for m in re.finditer(re.escape(leader.name + leader.title), self.text[start:end]):
                at, after = start + m.start(), start + m.start() + len(leader.name)
                if not self.taken.covers(at):
                    self.add_person(at, after, sentence, "lexicon", (after, after + len(leader.title)))

    def repeated_names(self) -> None:
        known = {m.name for m in self.doc.person_mentions}
        if not known:
            return
        pattern = re.compile("|".join(re.escape(n) for n in sorted(known, key=len, reverse=True)))
        for si, s in enumerate(self.doc.sentences):
            if s.article < 0:
                continue
            for m in pattern.finditer(self.text, s.start, s.end):
                # only where a word starts: 汪洋 inside 一片汪洋 is no name
                if not self.taken.covers(m.start()) and self.doc.is_word_start(m.start()):
                    self.add_person(m.start(), m.end(), si, "repeat")


def run(doc: Document) -> None:
    doc.person_spans = Coverage()
    reader = PersonReader(doc)
    body = [(i, s) for i, s in enumerate(doc.sentences) if s.article >= 0]
    for i, s in body:
        reader.titled_names(s.start, s.end, i)
    for i, s in body:
        reader.leader_names(s.start, s.end, i)
        reader.triggered_names(s.start, s.end, i)
        reader.lexicon_names(s.start, s.end, i)
    reader.repeated_names()
