"""Names and titles paired in order by 分别: 王某、张某分别当选为市政协主席、副主席, 李某、赵某分别任提案委员会主任、副主任.
The first name takes the phrase up to the first title (its organization with it), each further name its own title;
the posts stage lends the organization of the first to the bare titles after it.
"""
from __future__ import annotations

import re

from kg.document import PersonMention
from kg.title_phrases import split_title

# 分别 and the verb of an election or appointment between the names and their titles
RESPECTIVE = re.compile(r"分别(?:当选为?|连任|担任|任|为)")
TITLES_END = re.compile(r"[，,。；;！!？?\n]|$")   # what ends the list of titles
LIST_SEPARATOR = "、"


class RespectiveReader:
    """The 分别 part of kg.stages.persons.PersonReader: it reads self.text, self.names, self.taken and self.doc, and
    adds names by self.add_person."""

    def respective_titles(self, start: int, end: int, sentence: int) -> None:
        """A、B分别当选为市政协主席、副主席: as many names as titles, the k-th name holding the k-th title; a name
        read before (by a title of its own) holds it too."""
        for m in RESPECTIVE.finditer(self.text, start, end):
            names = self.names_ending_at(m.start())
            titles = self.title_spans(m.end(), end)
            if len(names) < 2 or len(names) != len(titles):
                continue
            known = {(p.start, p.end) for p in self.doc.person_mentions}
            for (a, b), span in zip(names, [(m.end(), titles[0][1]), *titles[1:]]):
                if (a, b) in known:
                    self.doc.person_mentions.append(PersonMention(self.text[a:b], a, b, sentence, "title", *span))
                elif not self.taken.covers(a):
                    self.add_person(a, b, sentence, "title", span)

    def names_ending_at(self, end: int) -> list[tuple[int, int]]:
        """The (start, end) of the 、-joined names that end at end, first first: 王某、张某 of 王某、张某分别."""
        known = {p.end: p for p in self.doc.person_mentions}
        out = []
        while end > 0:
            start = known[end].start if end in known else self.names.name_before(end, left_bounded=False)
            if start is None:
                return []
            out.append((start, end))
            # 民盟市委主委王某、民进市委主委周某分别…: the 、 stands before the title phrase of a titled name
            titled = known.get(end)
            phrase_start = titled.title_start if titled is not None and 0 <= titled.title_start < start else start
            if self.text[phrase_start - 1:phrase_start] != LIST_SEPARATOR:
                break
            end = phrase_start - 1
        return out[::-1]

    def title_spans(self, pos: int, end: int) -> list[tuple[int, int]]:
        """The spans of the 、-joined pieces after pos that each end in a title, up to the clause's end: 市政协主席、
        副主席 → [(市政协主席), (副主席)]; [] where a piece ends in no title."""
        stop = TITLES_END.search(self.text, pos, end)
        clause_end = stop.start() if stop else end
        spans, at = [], pos
        for piece in self.text[pos:clause_end].split(LIST_SEPARATOR):
            if not piece or split_title(piece) is None:
                return []
            spans.append((at, at + len(piece)))
            at += len(piece) + 1
        return spans
