"""Names with no title that the acts around them show, as the persons stage reads them: who investigates at a
place (王某在乐都调研时的讲话), who is relieved of a post (免去李某市政协副秘书长职务), and a famous name that runs
on into a longer name of the page (陈云林获任).
"""
from __future__ import annotations

import bisect
import re

from kg.document import CLAUSE_BOUNDARY, Document
from kg.lexicon import occurrences
from kg.names import common_words

# a name before 在, a place and an act of investigation (王某在乐都调研时): the place group is checked
VISIT_AT = re.compile(r"在([\u4e00-\u9fff]{2,8}?)(?:调研|考察|视察|督导|检查)")
LEVEL_BODY = re.compile(r"[省市县区州旗盟](?:政协|委|人民政府|政府|人大)")
# 免去李某市政协副秘书长职务, 撤销刘某政协委员资格: a name after the act, what is taken later in the clause
RELIEVED = re.compile(r"免去|撤销|取消")
TAKEN_AWAY = ("职务", "资格")
# what follows a name after an `acted` word besides the `opens` words (听取了某某关于…的报告, 听取了某某所作的报告)
REPORT_OF = ("关于", "所作", "作的")
SHARED_ADVERBS = ("共同", "一同", "分别")   # between names and their act: 由王某、李某共同主持


class ActReader:
    """The acts part of kg.stages.persons.PersonReader: it reads self.text, self.names, self.taken and self.doc,
    and adds names by self.add_person and self.list_after."""

    def named_in_acts(self, start: int, end: int, sentence: int) -> None:
        """Names with no title that acts show: who investigates at a place (王某在乐都调研时的讲话) and who is
        relieved of a post or a seat (免去李某市政协副秘书长职务, 撤销刘某委员资格)."""
        text = self.text
        for m in VISIT_AT.finditer(text, start, end):
            places = self.doc.places.find(m.start(1), m.end(1)) if self.doc.places is not None else []
            name_start = self.names.name_before(m.start())
            if places and places[0].start == m.start(1) and name_start is not None and not self.taken.covers(name_start):
                self.add_person(name_start, m.start(), sentence, "trigger")
        for m in RELIEVED.finditer(text, start, end):
            name_end = self.names.name_at(m.end())
            if name_end == m.end() + 3 and LEVEL_BODY.match(text, m.end() + 2):
                name_end -= 1   # 免去李明州政协副秘书长职务: 州 begins the body
            clause = CLAUSE_BOUNDARY.search(text, m.end(), end)
            if name_end and not self.taken.covers(m.end()) \
                    and any(text.find(w, name_end, clause.start() if clause else end) >= 0 for w in TAKEN_AWAY):
                self.add_person(m.end(), name_end, sentence, "trigger")
                self.list_after(name_end, sentence, "trigger")
        self.acted_names(start, end, sentence)

    def acted_names(self, start: int, end: int, sentence: int) -> None:
        """Names with no title between an `acted` word and their act: 会议由次仁多吉主持, 由王某、李某共同主持,
        听取了某某关于…的报告. The word must be one of jieba's (理由 is none), the act an `opens` word or a report's
        关于, after an adverb the names share (共同, 一同): in 会议由次仁多吉主持 the name is 次仁多吉, in 由于王某主持
        none."""
        acts = (*self.lex.person_triggers["opens"], *REPORT_OF)
        for at, word in occurrences(self.lex.person_triggers["acted"], self.text, start, end):
            pos = at + len(word)
            if not (self.doc.is_word_start(at) and (self.doc.is_word_start(pos) or self.by_yu(at, word))):
                continue
            items = self.acted_items(pos)
            after = items[-1][1] if items else pos
            after += len(next((w for w in SHARED_ADVERBS if self.text.startswith(w, after)), ""))
            if items and self.text.startswith(acts, after):
                for a, b in items:
                    self.add_person(a, b, sentence, "trigger")

    def by_yu(self, at: int, word: str) -> bool:
        """由 at at runs into the word 由于 after a noun (会议由于某某主持): the subject before it makes 由 "by" and 于 a
        surname, where 由于 "because" opens a clause (由于时间关系)."""
        k = bisect.bisect_left(self.doc.word_starts, at)
        before = self.text[self.doc.word_starts[k - 1]:at] if 0 < k <= len(self.doc.word_starts) else ""
        return word == "由" and self.text.startswith("由于", at) and common_words().get(before, "").startswith("n")

    def acted_items(self, pos: int) -> list[tuple[int, int]]:
        """The names of a 、-list at pos (one name, or 扎西、次仁), none taken; the word before them is as strong as a
        title (由扎西主持: 扎西 is a place word too)."""
        items: list[tuple[int, int]] = []
        while (end := self.names.name_at(pos)) is not None and not self.taken.covers(pos):
            items.append((pos, end))
            if self.text[end:end + 1] != "、":
                break
            pos = end + 1
        return items


def whole_names(doc: Document) -> None:
    """陈云林获任 when 陈云林 is a name of the page: a name of the lexicon (陈云) that runs on into a longer name
    the page reads elsewhere is that longer name, not the famous one; so is a name that ended at a PDF space
    (主席阿布都热 合曼主持: 阿布都热) where the page writes the longer one whole elsewhere, and the mention of its
    rest (合曼) goes."""
    names = {m.name for m in doc.person_mentions}
    grown = []
    for m in doc.person_mentions:
        if m.evidence != "lexicon" and m.end not in doc.soft_breaks:
            continue
        longer = [n for n in names if len(n) > len(m.name) and n.startswith(m.name) and doc.text.startswith(n, m.start)]
        if longer:
            m.name = max(longer, key=len)
            m.end = m.start + len(m.name)
            grown.append(m)
            doc.person_spans.add(m.start, m.end)
    doc.person_mentions = [p for p in doc.person_mentions
                           if not any(g is not p and g.start <= p.start and p.end <= g.end for g in grown)]
