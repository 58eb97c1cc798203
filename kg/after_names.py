"""Titles written after the names they are of, as the persons stage reads them: 县政协金盾副主席带队, 提案委王澄荣
主任, 。唐某副主席传达会议精神. The name and the title make one mention, whose phrase is the organization before
the name and the title after it.
"""
from __future__ import annotations

import re

from kg.elections import PHRASE_END
from kg.name_checks import SECTOR_END
from kg.names import common_words, word_frequency
from kg.places import gazetteer
from kg.stages.posts import MEMBER_TITLES
from kg.title_phrases import split_title, title_chunks
from kg.transliterated_names import MAX_TRANSLITERATED

# after a list of names: 等委员, 等12名委员, 8名委员, 等3位县政协常委 (the committee may be written before the title)
MEMBERS_AFTER = re.compile(r"(?:等(?:\d+[名位])?|\d+[名位])((?:(?:全国|[省市县区州旗])?政协)?(?:委员|常委))(?!会)")
# a member's title after a name and 作为 (某某先生作为县政协委员应邀参加): the committee may be a place's
MEMBER_PHRASE = r"(?:全国|[\u4e00-\u9fff]{0,6}?[省市县区州旗])?政协(?:委员|常委|常务委员)"
AS_MEMBER = re.compile(rf"(?:先生|女士|同志)?作为({MEMBER_PHRASE})")
# a clause on the membership of the name opening the next one: 对于政协委员的身份，某某感到骄傲
MEMBER_STANDING = re.compile(rf"对于?({MEMBER_PHRASE})(?:这一|这个)?的?身份[，,]")
# a clause giving the membership held now of the persons after it, whatever other (former) title they are listed
# with: 担任本届省政协委员的十一届省政协副主席A、B (本届: the current term, so a post)
HOLDING_MEMBER = re.compile(rf"担任(?:本届)?({MEMBER_PHRASE})(的)(?:第?[一二三四五六七八九十]+届|原)?")
LIST_OPENS = "\n，,。；;：:"   # what stands before the first name of a list that opens its clause
# a title phrase in brackets right after a name: 李某（市政协副主席）, 王某(区委常委、统战部部长)
# a profile's line: a name opening it, the gender, then the titles up to the next comma (徐某，男，市政协副主席、…，教授)
PROFILE = re.compile(r"(?:^|(?<=[\n。；;：:]))([\u4e00-\u9fff·]{2,7})[，,][男女][，,]([^，,。；;\n]{4,80})", re.M)
BRACKETED_TITLE = re.compile(r"[（(]([^（）()\s]{2,30})[）)]")
ORG_LAST_CHARS = "委办区局处室会院所站校"   # what the name of a body written before a name ends with: 提案委, 园区, 党校
COMMON_WORD = 100   # a word seen this often in jieba's dictionary is no name of a list without titles
LISTED_TITLE = 12   # characters an item's title phrase may take before the name in such a list
LIST_BREAK = re.compile(r"[，,。；;：:、\n]")
TITLE_JOINTS = "、，,"   # what may join the phrase of a name to the next one
COMMON_VERB = 5000   # a verb seen this often does not open a three-character name (成立, 建立)


class TitleAfterReader:
    """The titles-after-names part of kg.stages.persons.PersonReader: it reads self.text, self.names, self.lex,
    self.taken, self.scan and self.doc, and adds names by self.add_person."""

    def titles_after_names(self, start: int, end: int, sentence: int) -> None:
        """A title written after the name is a post like one before it: 县政协金盾副主席带队, 提案委王澄荣主任、
        委员工委刘一春主任: the organization, the name, then the title, which ends the phrase."""
        text, lex = self.text, self.lex
        for m in lex.title_pattern.finditer(text, start, end):
            if lex.titles[m.group()].kind != "post" or not self.doc.is_word_start(m.start()) \
                    or text.startswith("们", m.end()):
                continue
            name_start = self.name_before_title(m.start(), m.end())
            # the title ends the phrase; or the name opens its clause and a word of its own follows the title
            # (。唐某副主席传达会议精神: the subject and its verb)
            if not (PHRASE_END.match(text, m.end()) or lex.name_boundaries.match(text, m.end())
                    or name_start is not None and self.subject_before_title(name_start, m)):
                continue
            if self.member_after_titled_name(m, sentence):
                continue
            if name_start is None or self.taken.covers(name_start) or self.taken.covers(m.start() - 1) \
                    or not (self.org_ends_at(name_start) or self.after_by(name_start, m.end())) \
                    or self.common_given_name(name_start, m.start()) \
                    or text[m.start() - 1] in "委等":   # 人大农水委委员: a committee, no name, before the title;
                continue   # A、B等委员: the title of a list (untitled_lists), no name ending in 等
            phrase_start = self.scan.org_part_start(name_start)
            self.taken.add(m.start(), m.end())
            self.add_person(name_start, m.start(), sentence, "title", (phrase_start, m.end()))
            if phrase_start == name_start:   # 李某、张某副主席参加: the names listed before share the title after them
                self.list_before(name_start, sentence, (phrase_start, m.end()))
            self.cut_phrases_at(phrase_start, m.end())

    def member_after_titled_name(self, title: re.Match, sentence: int) -> bool:
        """A member's title right after a name read with a title phrase of its own (走访了某公司董事长张某委员): the
        person is a member too, a second mention whose title is the member's."""
        if title.group() not in MEMBER_TITLES or self.taken.covers(title.start()):
            return False
        named = next((p for p in self.doc.person_mentions if p.end == title.start() and 0 <= p.title_start < p.start),
                     None)
        if named is None or any(p.name == named.name and any(t in self.text[p.title_start:p.title_end]
                                                             for t in MEMBER_TITLES) for p in self.doc.person_mentions):
            return False   # 全国政协委员某某 … 组长某某委员: the member the page named before, of that committee
        self.taken.add(title.start(), title.end())
        self.add_person(named.start, named.end, sentence, "title", title.span())
        return True

    def after_by(self, pos: int, title_end: int) -> bool:
        """由 stands before pos as a word of its own (会议由黄某副主席主持: the chair, with the title after the name), or
        在 with 的 after the title (在黄某区长的陪同下: whose company or lead it was)."""
        before = self.text[pos - 1:pos]
        return before in ("由", "在") and self.doc.is_word_start(pos - 1) \
            and (before == "由" or self.text.startswith("的", title_end))

    def name_after_by_yu(self, end: int) -> int | None:
        """Start of a name with the surname 于 ending at end right after 由 that runs into 由于 after a noun
        (会议由于某某副主委主持: kg.acts.ActReader.by_yu), which jieba reads as one word; or None."""
        return next((s for s in (end - 3, end - 2) if s > 0 and self.by_yu(s - 1, "由")
                     and self.names.plausible(self.text[s:end], True)), None)

    def name_before_title(self, end: int, title_end: int) -> int | None:
        """Start of the name a title written after it at end is of: a Han or dotted name, else the longest run of two
        to seven characters of transliteration after an organization or a clause's start (县政协旺堆委员, ，次仁委员),
        which no surname bounds; a Han reading inside it (罗布 of 州政协欧珠罗布副主席) gives way to it.

        In 县政协旺堆委员 (end 5, title_end 7) the name starts at 3."""
        if self.text[end - 1:end] == SECTOR_END:
            return None   # 宗教界委员, 经济界委员: a member of a sector, no name
        start = self.names.name_before(end, left_bounded=False, rare=True) or self.name_after_by_yu(end)
        if start is not None and (self.org_ends_at(start) or self.after_by(start, title_end)):
            return start
        translit = self.lex.transliteration_chars
        run = next((k for k in range(end - 1, max(-1, end - MAX_TRANSLITERATED - 1), -1) if self.text[k] not in translit),
                   max(-1, end - MAX_TRANSLITERATED - 1)) + 1
        return next((k for k in range(run, end - 1) if self.org_ends_at(k) and self.names.plausible(self.text[k:end], True)
                     and self.names.transliterated_end(k, True) == end and not gazetteer().lookup(self.text[k:end])),
                    None)   # 拉萨委员: a place's member, no name

    def cut_phrases_at(self, start: int, end: int) -> None:
        """A name with its title after it (start..end) ends the phrase of a name read before it whose title
        phrase ran back over it (提案委王澄荣主任、县农业局局长赵某: 赵某's phrase begins after 主任、)."""
        for p in self.doc.person_mentions:
            if p.title_start <= start and end < p.title_end <= p.start:
                p.title_start = end + (self.text[end] in TITLE_JOINTS)

    def members_after_list(self, start: int, end: int, sentence: int) -> None:
        """A list of two or more names opening its clause, then the members' title (会上，A、B等3位县政协常委述职;
        A、B、C 6名县政协委员发言), or one name before 等 (A等3名委员): every name holds it."""
        for m in MEMBERS_AFTER.finditer(self.text, start, end):
            items = self.list_ending_at(m.start())
            if len(items) < 2 and not (items and m.group().startswith("等") and self.plausible_item(*items[0])):
                continue   # one name alone needs the 等 of a list (王某等3名委员发言), no count alone (30名委员)
            titled = {p.start: p for p in self.doc.person_mentions}
            for a, b in items:
                if not self.taken.covers(a):
                    self.add_person(a, b, sentence, "list", m.span(1))
                elif a in titled and titled[a].title_start < 0:
                    titled[a].title_start, titled[a].title_end = m.span(1)

    def member_as(self, start: int, end: int, sentence: int) -> None:
        """某某董事长辛某先生作为县政协委员应邀参加, 王某作为区政协委员提交提案: the name before 作为 holds the
        committee's member title after it (a second mention where the name has its title already)."""
        for m in AS_MEMBER.finditer(self.text, start, end):
            named = next((p for p in self.doc.person_mentions if p.end == m.start() or p.end + 2 == m.start()
                          and self.text[p.end:m.start()] in ("先生", "女士", "同志")), None)
            at = named.start if named else self.names.name_before(m.start())
            if at is not None and (named or not self.taken.covers(at)):
                self.add_person(at, named.end if named else m.start(), sentence, "title", m.span(1))
            for listed in self.titled_list_before(named):
                self.add_person(listed.start, listed.end, sentence, "title", m.span(1))

    def member_standing(self, start: int, end: int, sentence: int) -> None:
        """对于政协委员的身份，某某感到骄傲: the name opening the clause after holds the member title."""
        for m in MEMBER_STANDING.finditer(self.text, start, end):
            name_end = self.names.name_at(m.end())
            verb = common_words().get(self.names.word_at(name_end), "") if name_end is not None else ""
            if name_end is not None and not self.taken.covers(m.end()) \
                    and (self.names.boundary(name_end) or verb.startswith("v")):   # 某某感到: a verb after it
                self.add_person(m.end(), name_end, sentence, "title", m.span(1))

    def members_holding(self, start: int, end: int, sentence: int) -> None:
        """担任本届市政协委员的原市政协副主席A、B出席: every name of the list after the clause holds the member title
        of the clause (a second mention of each, whose title phrase is the clause's)."""
        for m in HOLDING_MEMBER.finditer(self.text, start, end):
            for listed in [p for p in self.doc.person_mentions if p.title_start in (m.end(2), m.end())]:
                self.add_person(listed.start, listed.end, sentence, "title", m.span(1))

    def titled_list_before(self, last) -> list:
        """The persons named, each with a title phrase of their own, in the 、-list that the mention last closes
        (甲科主任A、乙科主任B、丙科主任C作为市政协委员出席: A and B too), nearest first."""
        out, mention = [], last
        by_end = {p.end: p for p in self.doc.person_mentions}
        while mention is not None:
            begin = mention.title_start if 0 <= mention.title_start < mention.start else mention.start
            mark = self.text.rfind("、", max(0, begin - LISTED_TITLE), begin)
            # the item's own title may begin before its phrase as read (呼吸内科主任, ICU主任): no mark in between
            mention = by_end.get(mark) if mark > 0 and not LIST_BREAK.search(self.text, mark + 1, begin) else None
            if mention is not None:
                out.append(mention)
        return out

    def profile_titles(self, start: int, end: int, sentence: int) -> None:
        """A profile's line: the name, the gender, then the titles (徐某，男，全国政协委员、某市政协副主席): the name
        holds them, as after a name in brackets."""
        for m in PROFILE.finditer(self.text, start, end):
            if self.titles_of_a_phrase(m.group(2)) and self.names.name_at(m.start(1)) == m.end(1) \
                    and not self.taken.any_in(m.start(1), m.end(1)):
                self.add_person(m.start(1), m.end(1), sentence, "title", m.span(2))

    def titles_of_a_phrase(self, phrase: str) -> bool:
        """Every piece of phrase is a post title, the first with its organization (市政协副主席、统战部部长)."""
        parsed = [split_title(c) for c in title_chunks(phrase)]
        return bool(parsed) and all(p is not None and self.lex.titles[p[1]].kind == "post" for p in parsed) \
            and bool(parsed[0][0])

    def bracketed_titles(self, start: int, end: int, sentence: int) -> None:
        """出席会议的有：王某（市政协主席）、张某（市政协副主席）: a name opening its clause or list item, then a
        phrase in brackets whose pieces are titles, the first with its organization; the name holds them."""
        text = self.text
        for m in BRACKETED_TITLE.finditer(text, start, end):
            if not self.titles_of_a_phrase(m.group(1)):
                continue   # (女), (兼), (记者 某某), (主持工作): no title phrase of the name's
            name_start = self.names.name_before(m.start())   # a name bounded on its left (会议由李某（…）主持)
            if name_start is None or self.taken.any_in(name_start, m.start()):
                continue
            self.add_person(name_start, m.start(), sentence, "title", m.span(1))

    def list_ending_at(self, end: int) -> list[tuple[int, int]]:
        """The (start, end) of the names of a 、-list ending at end, last first, when its first name opens a clause."""
        items = []
        while (at := self.names.name_before(end, left_bounded=False)) is not None:
            items.append((at, end))
            if self.text[at - 1:at] != "、":
                break
            end = at - 1
        return items if items and (items[-1][0] == 0 or self.text[items[-1][0] - 1] in LIST_OPENS) else []

    def subject_before_title(self, name_start: int, title: re.Match) -> bool:
        """A name opening its clause or after its organization, then a post title, then a word of its own
        (。唐某副主席传达会议精神, 中共某区委曾某副书记分别介绍): the subject with its title. Not a member's title
        (海宁委员工作室: a studio), a title that stands before a name of its own (吴江区副区长陈某), nor a place
        before the title; nor a national leader (汪洋主席重要讲话: the lexicon's, who holds it by the term)."""
        text = self.text
        return self.org_ends_at(name_start) and title.group() not in MEMBER_TITLES \
            and text[name_start:title.start()] not in self.lex.famous_persons \
            and not any(leader.name == text[name_start:title.start()] for leader in self.lex.national_leaders) and not self.taken.covers(title.start()) \
            and self.doc.is_word_start(title.end()) and self.names.is_cjk(title.end()) \
            and not gazetteer().lookup(text[name_start:title.start()])

    def common_given_name(self, start: int, end: int) -> bool:
        """A surname that is also a preposition or conjunction, then a common word: 向全体 (委员) is no name. A
        single character after it is common anyway, so there the two make the word (曾伟 is a name, 曾经 none)."""
        surname = self.names.han_surname_length(start)
        opening = self.text[start:start + 2]
        if end - start == 3 and common_words().get(opening, "").startswith("v") \
                and word_frequency(opening) >= COMMON_VERB:
            return True   # 委员会成立任委员: a common verb (成立) and one character, no name
        if not common_words().get(self.text[start:start + surname], "").startswith(("p", "c", "d", "r")):
            return False
        given = self.text[start + surname:end]
        return word_frequency(given if len(given) > 1 else self.text[start:end]) >= COMMON_WORD

    def org_ends_at(self, pos: int) -> bool:
        """An organization's name, or the start of a line or phrase, stands right before pos."""
        text = self.text
        if pos == 0 or text[pos - 1] in "\n，,。；;、：:":
            return True
        return text[pos - 1] in ORG_LAST_CHARS or any(text.endswith(h, 0, pos) for h in self.lex.org_heads)
