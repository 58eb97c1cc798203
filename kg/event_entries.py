"""Entries of a list of dated paragraphs (大事记, 工作动态: 1月15日，县政协…。 on each line), the part of the event reader
(kg/stages/events.py) that tells whether a dated paragraph is an entry of its own or goes on telling of the one before.
"""
from __future__ import annotations

import re

from kg import dates, kinds

LIST_MARK = re.compile(r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[①-⑳])\s*[.、．)）]?\s+(?=\d{1,2}\s*月)")   # ⑥ 1月7日 (NFKC: 6 1月7日)
APPROXIMATE_WITHIN = 6  # 近日 counts only at the start of a sentence (and an entry's date opens its paragraph)
BODY_LEAD = re.compile(r"[，,\s]*(?:由)?$")   # 1月22日，宝鸡市政协组织… / 12月18日，由省政协某委员会主办的…
DAY_PART = re.compile(r"\s*(?:上午|中午|下午|晚上)?[，,]?")   # 9日下午，: what may stand between a day and its clause


class EventEntries:
    """Whether dated paragraphs are entries of a list (needs the reader's doc, text, orgs_by_sentence and
    persons_by_sentence)."""

    def opens_paragraph(self, si: int) -> bool:
        """Whether a sentence starts its line: only spaces (or a list mark read as a number) before it."""
        start = self.doc.sentences[si].start
        return not self.text[self.text.rfind("\n", 0, start) + 1:start].strip()

    def entry_shape(self, si: int, span: dates.DateSpan, before: int) -> bool:
        """Whether a dated sentence opens its paragraph with its date, as the opener before it (before) did."""
        lead_in = dates.lead_in_end(self.doc.sentence_text(si))
        return not span.approximate and span.offset - lead_in <= APPROXIMATE_WITHIN \
            and self.opens_paragraph(si) and self.opens_paragraph(before)

    def listed(self, si: int, span: dates.DateSpan, out: list) -> bool:
        """Whether a dated sentence is the next entry of a list of dated paragraphs (大事记, 工作动态): it opens its
        paragraph with its date, as the opener before it did, on a day outside that one's period (or on the same
        day when both are numbered entries: ⑤ 1月7日，…座谈会。⑥ 1月7日，…采访…)."""
        numbered = all(LIST_MARK.match(self.doc.sentence_text(i)) for i in (si, out[-1][0])) if out else False
        return bool(out) and self.entry_shape(si, span, out[-1][0]) and not dates.within(span, out[-1][1]) \
            and (span.start != out[-1][1].start or numbered or self.another_body(si, span, out[-1][0]))

    def own_entry(self, si: int, span: dates.DateSpan, before: tuple) -> bool:
        """Whether a dated paragraph on the day or one of the days of the entry before (before: its opener) is an
        entry of its own all the same: its date written with its month, it opens with another body or another
        person (12月18日，由省政协某委员会主办的…分析会 after 12月16日至18日，全国政协某委员会…座谈会; 5月20日，省政协
        副主席B率队…宣讲 after 5月20日，副主席A…宣讲…), not with the party of that one (15日上午，视察组…).

        >>> EventEntries().own_entry(0, dates.DateSpan("2020-12-18", None, False, 0, 3, True),
        ...                          (0, dates.DateSpan("2020-12-16", "2020-12-18", False, 0, 9), "meeting", 0))
        False
        """
        on_its_days = dates.within(span, before[1]) or (span.start == before[1].start and not span.end)
        return on_its_days and not span.relative and self.entry_shape(si, span, before[0]) \
            and (self.another_body(si, span, before[0]) or self.another_person(si, span, before[0]))

    def another_person(self, si: int, span: dates.DateSpan, before: int) -> bool:
        """Whether a dated entry opens (right after its date) with a person, with the title before the name, whom the
        entry before (sentence before) does not name (5月20日，省政协副主席B率队… after 5月20日，省政协副主席A…)."""
        first, start, lead = self.first_person(si, span)
        return bool(first) and BODY_LEAD.match(self.text[start:lead]) is not None \
            and first.name not in {m.name for m in self.persons_by_sentence.get(before, [])}

    def named_first(self, si: int, span: dates.DateSpan, before: int) -> bool:
        """Whether the first words after a sentence's date (its part of the day aside: 22日上午，某某…) name a person
        whom sentence before names."""
        first, start, lead = self.first_person(si, span)
        return bool(first) and DAY_PART.fullmatch(self.text, start, lead) is not None \
            and first.name in {m.name for m in self.persons_by_sentence.get(before, [])}

    def first_person(self, si: int, span: dates.DateSpan) -> tuple:
        """(the first person named after a sentence's date or None, where the date ends, where that person's
        title or name starts)."""
        start = self.doc.sentences[si].start + span.offset + span.length
        first = min((m for m in self.persons_by_sentence.get(si, []) if m.start >= start), key=lambda m: m.start,
                    default=None)
        lead = first and (first.title_start if start <= first.title_start < first.start else first.start)
        return first, start, lead

    def another_body(self, si: int, span: dates.DateSpan, before: int) -> bool:
        """Whether a dated entry opens (right after its date, 由 at most between) with a body that organizes and
        that the entry before (sentence before) does not name: another body's happening of that day (1月22日，宝鸡市
        政协组织… after 1月22日，榆林市政协副主席…)."""
        start = self.doc.sentences[si].start + span.offset + span.length
        first = min((m for m in self.orgs_by_sentence.get(si, []) if m.start >= start), key=lambda m: m.start, default=None)
        if first is None or not BODY_LEAD.match(self.text[start:first.start]):
            return False
        org = self.doc.organizations.get(first.org)
        return bool(org and org.kind in kinds.codes("organization", "organizes")) \
            and first.org not in {m.org for m in self.orgs_by_sentence.get(before, [])}
