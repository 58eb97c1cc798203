"""Stage persons: the persons a bulletin names.

A name right after a title phrase (市政协党组副书记、主席杨利民), the names of a list sharing it
(副主席贺俊、云港、郝文: kg/name_lists.py), a name beside a trigger word (X同志, 名叫X, 编辑:X, X总书记), a name opening a
sentence before a verb of a person (崔波出席会议), the speaker of a report alone on a line by its occasion, the
names alone in brackets closing a paragraph or on a line of their own (its authors: (张某 李某), (某县政协 张某 供稿);
kg/credits.py), election results (kg/elections.py), names of the lexicon of national
and historical figures, and every later occurrence of a name found so. Nothing is read
outside the articles (table of contents, masthead).
"""
from __future__ import annotations

import bisect
import re

from kg import dates
from kg.document import Document, PersonMention
from kg.acts import ActReader, whole_names
from kg.after_names import TitleAfterReader
from kg.credits import NO_TITLE, CreditReader, byline_words
from kg.elections import ELECTED, LIST_SEPARATOR, ElectionReader
from kg.lexicon import lexicon, occurrences
from kg.name_lists import CJK_ONLY, TITLE_COMMA, ListReader
from kg.post_orgs import MEDIA_TITLES
from kg.names import NAME_NOTE_AT, NameReader, common_words, word_frequency
from kg.name_references import part_references
from kg.respective import RespectiveReader
from kg.spans import Coverage, LeftScan
from kg.title_chains import CLAUSE_ENDS, EVIDENCE_KINDS, TitlePhraseReader
from kg.transliterated_names import DOTTED

READS = ("text", "soft_breaks", "sentences", "word_starts", "places",   # places: 王某在乐都调研 (kg/acts.py)
         "converted", "written", "written_at")   # the 於 of a name as written (names_as_written)
WRITES = ("person_mentions", "person_spans")

BYLINE_OPENS = "(（"   # before a byline word of a credit in brackets: 本报讯(记者 李某)
# 9月21日，某某主持召开…; 3月5日至6日上午，某某带队…: the day a sentence opens with, before its subject
DATE_LEAD = re.compile(rf"(?:{dates.RANGE.pattern}|{dates.MONTH_DAY.pattern})\s*(?:上午|中午|下午|晚上|晚)?\s*[，,]")
# the line under a report's speaker: (2014年1月16日在政协X市第五届委员会第三次会议上)
REPORT_OCCASION = re.compile(r"在[^()（）]*(?:会议|大会|会)上[^()（）]*[)）]?$|^\d{4}年\d{1,2}月\d{1,2}日[)）]$")
# 等同志 (person_triggers.tsv) with the count of the list: 张某、李某等5名同志
COUNTED_COMRADES = re.compile(r"等(?:\d{1,3}|[两二三四五六七八九十]{1,3})[名位]同志")
# a speech's salutation line: 各位委员:, 各位委员、同志们:, 各位代表、各位委员、同志们：
SALUTATION = re.compile(r"各位(?:委员|代表|同志)(?:[、，,](?:各位)?(?:委员|代表|同志|朋友)们?){0,3}[:：，,]?$")
# between a title and the name: such a note (副主委(兼)向宇), a nominee (主席提名人选X, 主席人选X),
# the list of those elected to it (会议选出的副主席是：A、B、C; 十位副主席，他们分别是A、B), a list of a body's members by
# their titles (副主席：A B C), an honour in quotation marks the holder was given (总经理、省级人才“首席技师”X)
AFTER_TITLE = re.compile(r"[(（](?:兼|主持工作)[)）]|(?:提名)?人选|(?:[,，]?(?:他们|她们)?分别)?(?:是|包括)[:：]?|[:：]"
                         r"|、[\u4e00-\u9fff]{0,12}“[\u4e00-\u9fff]{2,8}”")
# between a reporter's title and the name in a bracket ((记者/某某)); after a colon the names are a credit line, as
# those after 编辑: are ((记者:甲 乙): no post)
REPORTER_MARKS = "/／"
PLACE_NAME_ENDS = "、，,。；;"   # where a name that is also a place word ends after a title (市长江华，)
# the tags of dictionary words that, seen less often than WORD_NAME_MAX, may be a name alone after a post title
# (主席庄严, 副主席高峰, 委员江山): nouns and adjectives, no verbs (主席强调) or adverbs
WORD_NAME_TAGS = ("n", "nr", "a", "an")
WORD_NAME_MAX = 3000
# what such a name may do right after it (主席庄严主持); no verb an adjective may qualify too (简要介绍)
NAME_ACTS = ("主持", "出席", "参加", "列席", "陪同", "一行", "带队", "率队", "带领", "率领")
BODY_SUBJECT_MAX = 16   # the characters a body's name opening a clause may have before a name (某某市委统战部)
# an adverb between a subject and the act (某市政协王某也表示, 王某则高兴地说, 王某认真听取): the name still ends before it
ADVERB_BEFORE_ACT = re.compile(r"(?:(?:也|还|则|又|亦|更|认真)(?:[\u4e00-\u9fff]{1,3}地)?)?")
COPULA = "是"   # 卓某是县政协委员: the subject before it, with a title after it, is a person
COPULA_CLAUSE = re.compile(r"[^，,。；;！!？?\n]{0,30}")
# a character read converts from a traditional page that a name keeps as written: 於 is a surname and a given-name
# character (王興於 is 王兴於), the preposition 於 is 于
NAME_KEEPS_WRITTEN = {"于": "於"}


class PersonReader(TitlePhraseReader, ListReader, ElectionReader, ActReader, TitleAfterReader, CreditReader,
                   RespectiveReader):
    """Reads one document's persons."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.names = NameReader(doc.text, doc.soft_breaks, doc.word_starts)
        self.lex = lexicon()
        self.taken = doc.person_spans
        self.scan = LeftScan(doc, self.taken)
        self.bracketed_authors, self.doubtful_authors = 0, []   # kg/credits.py: bracketed_author

    def add_person(self, name_start: int, name_end: int, sentence: int, evidence: str,
                   title: tuple[int, int] = (-1, -1)) -> None:
        self.doc.person_mentions.append(PersonMention(self.text[name_start:name_end], name_start, name_end,
                                                      sentence, evidence, title[0], title[1]))
        self.taken.add(name_start, name_end)

    def name_alone_after_title(self, title_start: int, pos: int) -> int | None:
        """A surname and a given name that jieba knows as a place or a term (江华, 华山) standing alone between a
        post title and a comma or 、 (市长江华，): a name there, whatever else the word names. So are two characters
        it knows as a less common noun or adjective (庄严, 江山) where the title phrase opens its clause, an
        apposition (，市政协主席庄严、 or 主持), not a compound (珍惜委员荣誉、), and no adverb goes on (主任简要介绍)."""
        for length in (3, 2):
            end, item = pos + length, self.text[pos:pos + length]
            if not (CJK_ONLY.match(item) and self.names.han_surname_length(pos)) or item in self.lex.non_names \
                    or self.lex.title_pattern.search(item):
                continue
            tag = common_words().get(item, "")
            if tag in ("nz", "ns") and self.text[end:end + 1] and self.text[end] in PLACE_NAME_ENDS:
                return end
            if length == 2 and tag in WORD_NAME_TAGS and word_frequency(item) < WORD_NAME_MAX \
                    and (self.text[end:end + 1] and self.text[end] in PLACE_NAME_ENDS or self.text.startswith(NAME_ACTS, end)) \
                    and self.opens_clause(self.title_phrase_start(title_start)):
                return end
        return None

    def noted_name(self, pos: int) -> int | None:
        """End of two to four characters at pos that a note of gender or ethnicity follows (副省长天宝（藏族）率领):
        the note shows a name, whatever its characters."""
        for length in (2, 3, 4):
            item = self.text[pos:pos + length]
            if NAME_NOTE_AT.match(self.text, pos + length) and CJK_ONLY.match(item) and item not in self.lex.non_names \
                    and not self.lex.title_pattern.search(item):
                return pos + length
        return None

    def opens_clause(self, pos: int) -> bool:
        """pos is where the text or a clause begins, or a list's item (after 、)."""
        return pos == 0 or self.text[pos - 1] in CLAUSE_ENDS + LIST_SEPARATOR

    def first_of_a_list(self, pos: int) -> int | None:
        """After a weaker title (执行主席), a word that is also a name (常新) opening a 、-list of names: the list
        shows it is a name too."""
        end = self.names.name_at(pos)
        if end is not None and self.text[end:end + 1] == LIST_SEPARATOR \
                and self.names.name_at(end + 1, after_title=False) is not None:
            return end
        return None

    def unread_first_of_a_list(self, pos: int) -> int | None:
        """After a post title, two or three characters the name reader does not read (a surname it does not know:
        副主席某甲、李某、张某) opening a 、-list whose next two items are names: the list shows it is a name too."""
        for length in (3, 2):
            end = pos + length
            item = self.text[pos:end]
            if not CJK_ONLY.fullmatch(item) or self.text[end:end + 1] != LIST_SEPARATOR \
                    or self.lex.title_pattern.search(item) or item in self.lex.non_names:
                continue
            second = self.names.name_at(end + 1, after_title=False)
            if second is not None and self.text[second:second + 1] == LIST_SEPARATOR \
                    and self.names.name_at(second + 1, after_title=False) is not None:
                return end
        return None

    def titled_names(self, start: int, end: int, sentence: int) -> None:
        text, lex = self.text, self.lex
        pos = start
        while True:
            m = lex.title_pattern.search(text, pos, end)
            if not m:
                return
            pos = m.end()
            if not self.doc.is_word_start(m.end()) and not self.word_across_title_end(m.start(), m.end()):
                continue   # 委员会加强: the title is part of a longer word
            strong = lex.titles[m.group()].kind not in EVIDENCE_KINDS
            at = self.name_start_after_title(m)
            name_end = self.names.name_at(at, after_title=strong, rare=strong) \
                or (self.name_alone_after_title(m.start(), at) or self.unread_first_of_a_list(at) if strong
                    else self.first_of_a_list(at)) \
                or self.noted_name(at)
            if name_end is None or name_end > end:
                continue
            # (甲 乙 记者 丙: a byline's word set apart by a space opens its phrase, the names before are credits)
            spaced = m.group() in byline_words() and m.start() in self.doc.soft_breaks
            phrase_start = m.start() if spaced else self.title_phrase_start(m.start())
            if self.elected_before(phrase_start, at):
                continue
            self.taken.add(m.start(), at)
            self.add_person(at, name_end, sentence, "title", (phrase_start, m.end()))
            # 副主席:A B C (its spaces removed): a line listing a body's members under the title, all of them hold it
            listed = self.text.startswith((":", "："), m.end()) and m.group() not in byline_words() and strong
            if listed or m.group() in byline_words():   # not after any title: 书记某某应邀出席会议 is one name
                # each name holds the title: the body's members listed, the reporters credited (记者张某李某)
                self.names_run_together(at, sentence, first_end=name_end, title=(phrase_start, m.end()))
            if m.group() in byline_words():
                self.spaced_names_after(name_end, sentence, (phrase_start, m.end()))   # 记者 夏某 曾某某: the same post
            pos = self.list_after(name_end, sentence, "title", (phrase_start, m.end()))

    def name_start_after_title(self, m: re.Match) -> int:
        """Where the name after the title matched by m starts: past a note (副主委(兼)向宇) or a colon, but not a
        byline's colon (编辑:X, read by its trigger); past the slash of a reporter's title opening a bracket after a
        dateline ((记者/某某)): the reporter of the paper there."""
        text = self.text
        if m.group() in MEDIA_TITLES and text[m.start() - 1:m.start()] in "(（" \
                and text[m.end():m.end() + 1] in REPORTER_MARKS and text[m.end():m.end() + 1]:
            return m.end() + 1
        c = AFTER_TITLE.match(text, m.end())
        return m.end() + (len(c.group()) if c and not (c.group() in ":：" and m.group() in byline_words()) else 0)

    def elected_before(self, phrase_start: int, name_start: int) -> bool:
        """A headline of two results parted by a space (A当选省政协主席 B等9人当选副主席): the title phrase is
        the post the name before it was elected to, not one of the name after the space."""
        return name_start in self.doc.soft_breaks and any(
            e.end() == phrase_start for e in ELECTED.finditer(self.text, max(0, phrase_start - 12), phrase_start))

    def triggered_names(self, start: int, end: int, sentence: int) -> None:
        before = list(occurrences(self.lex.person_triggers["before"], self.text, start, end)) \
            + self.spaced_bylines(start, end)
        longest = {}
        for found, word in before:   # 文/图 格桑: the longest word at a place, not 文/ before 图格桑
            longest[found] = max(longest.get(found, ""), word, key=len)
        for found, word in before:
            if word == longest[found]:
                self.name_after_trigger(found, word, end, sentence)
                self.names_before_byline(found, word, sentence)
        for at, word in occurrences(self.lex.person_triggers["after"], self.text, start, end):
            self.name_before_trigger(at, word, sentence)
        for m in COUNTED_COMRADES.finditer(self.text, start, end):
            self.name_before_trigger(m.start(), m.group(), sentence)
        for at, word in occurrences(self.lex.person_triggers["closes"], self.text, start, end):
            name_start = self.names.name_before(at)
            if name_start is not None and self.credit_starts(name_start) \
                    and self.name_before_trigger(at, word, sentence) is not None:
                self.spaced_names_before(name_start, sentence)   # 郭某 苏某 摄: photographers credited together

    def spaced_bylines(self, start: int, end: int) -> list[tuple[int, str]]:
        """Byline words the page set apart from the name by a space, with no colon (编辑 某某 二审 某某): the
        space, read as a soft break, ends the word as a colon would."""
        return [(at, word) for at, word in occurrences(sorted(byline_words()), self.text, start, end)
                if at + len(word) in self.doc.soft_breaks]

    def name_after_trigger(self, found: int, word: str, end: int, sentence: int) -> None:
        """The name after a trigger word found at found (编辑:X, 记者 X Y, 名叫X), and the names spaced or listed
        after it."""
        at = found + len(word)
        if self.word_across_trigger_end(word, at):
            return   # 书画摄影展开幕: 摄影 is part of 摄影展, no credit before a name
        while self.text[at:at + 1] in (" ", "\u3000", "/", ":") and at < end:
            at += 1   # 作者: 李莹 | 责任编辑: 卢佳静, (记者/蒋予昕), 记者:余某
        if self.text[at:at + 1] == "\n" and self.text[found - 1:found] in BYLINE_OPENS and word in byline_words():
            at += 1   # (记者\n马某某): a bracketed byline broken after its word, the name on the next line
        name_end = self.names.name_at(at)
        if name_end and (self.body_goes_on(name_end) or self.taken.covers(name_end)
                         or self.word_across_surname(at, name_end) or self.mark_runs_on(word, name_end)):
            return   # 作者:区新闻中心 (区 a surname too), 作者:石榴云: a body's name or a word, no person;
                     # 作者:全媒体首席记者黄某: the words before a title read already
        if name_end and not self.taken.covers(at):
            self.add_person(at, name_end, sentence, "trigger")
            self.spaced_names_after(name_end, sentence)
            self.list_after(name_end, sentence, "trigger")
        elif not self.taken.covers(at):
            self.names_run_together(at, sentence)

    def body_goes_on(self, end: int) -> bool:
        """A head word of two or more characters (中心, 委员会) follows: the words before it name a body."""
        return any(len(h) > 1 and self.text.startswith(h, end) for h in (*self.lex.org_heads, *self.lex.heads("unit")))

    def sentence_subject(self, start: int, sentence: int) -> None:
        """A name that opens a sentence before a verb of a person (段志刚出席会议并讲话), or a 、-list of names."""
        text = self.text
        while start < len(text) and text[start] in CLAUSE_ENDS:
            start += 1
        lead = DATE_LEAD.match(text, start)
        self.add_subjects(self.subject_items(lead.end() if lead else start), sentence)

    def body_subject(self, start: int, end: int, sentence: int) -> None:
        """A name right after a body's name that opens a clause, before a verb of a person (会后，某某市委统战部
        王某会见考察团): the body's man or woman, named with no title."""
        for pos in [start] + [i + 1 for i in range(start, end) if self.text[i] in TITLE_COMMA]:
            for at in range(pos + 3, min(end, pos + BODY_SUBJECT_MAX)):
                if self.text.endswith(self.body_heads, pos, at) and (name_end := self.subject_after_body(pos, at)):
                    self.add_person(at, name_end, sentence, "trigger")
                    break

    def subject_after_body(self, pos: int, at: int) -> int | None:
        """End of a plausible name at at, after the body's name text[pos:at], before a verb of a person."""
        if self.taken.covers(at) or not CJK_ONLY.match(self.text, pos, at + 1):
            return None
        name_end = self.names.name_at(at, after_title=False)
        act = ADVERB_BEFORE_ACT.match(self.text, name_end).end() if name_end else 0
        ok = name_end and self.plausible_item(at, name_end) \
            and self.text.startswith(tuple(self.lex.person_triggers["opens"]), act)
        return name_end if ok else None

    def clause_subjects(self, start: int, end: int, sentence: int) -> None:
        """A 、-list of two or more names opening a clause before a verb of a person (…主持会议，甲某、乙某某出席):
        one name there may be a word's start, a list of them is names; so is one name of four or more characters
        of transliteration, which is no word (近日，特丁江措带领干部…)."""
        for pos in range(start, end):
            if self.text[pos] in TITLE_COMMA and (len(items := self.subject_items(pos + 1)) > 1
                                                  or len(items) == 1 and self.long_transliteration(*items[0])):
                self.add_subjects(items, sentence)

    def long_transliteration(self, start: int, end: int) -> bool:
        """text[start:end] is four or more characters of transliteration (特丁江措, not 巴西) or parts joined by a
        dot (，艾力·买买提应邀出席)."""
        return end - start >= 4 and all(c in self.lex.transliteration_chars for c in self.text[start:end]) \
            or DOTTED.fullmatch(self.text, start, end) is not None

    def add_subjects(self, items: list[tuple[int, int]], sentence: int) -> None:
        act = ADVERB_BEFORE_ACT.match(self.text, items[-1][1]).end() if items else 0
        if items and (self.text.startswith(tuple(self.lex.person_triggers["opens"]), act)
                      or self.titled_by_copula(items[-1][1])):
            for a, b in items:
                self.add_person(a, b, sentence, "trigger")

    def titled_by_copula(self, end: int) -> bool:
        """是 follows the subject and a title ends the clause it opens (卓某是县政协委员, 王某是一名政协委员): the
        subject is a person."""
        if not self.text.startswith(COPULA, end):
            return False
        clause = COPULA_CLAUSE.match(self.text, end + len(COPULA))
        return any(self.text.endswith(t, end, clause.end()) for t in self.lex.titles)

    def subject_items(self, start: int) -> list[tuple[int, int]]:
        """The plausible names of a 、-list at start (one name, or 甲某、乙某某 before 因年龄原因; 多吉、扎西: short
        transliterated names, though 扎西 is a place word too), none taken."""
        items: list[tuple[int, int]] = []
        while (end := self.names.name_at(start, after_title=False) or self.short_name_at(start)) is not None \
                and not self.taken.covers(start) and self.plausible_item(start, end):
            items.append((start, end))
            if self.text[end:end + 1] != LIST_SEPARATOR:
                return items
            start = end + 1
        return []

    def short_name_at(self, start: int) -> int | None:
        """End of a transliterated name of two to seven characters at start that is no frequent word nor place."""
        end = self.names.transliterated_end(start, True)
        return end if end is not None and self.names.short_transliteration(start, end) else None

    def report_speaker(self, sentence: int) -> None:
        """A name alone on a line next to the occasion of a report ((2014年1月16日在…会议上), above or below it)
        or above its salutation (各位委员:) is its speaker."""
        sentences, text = self.doc.sentences, self.text
        line = sentences[sentence]
        around = [text[s.start:s.end] for s in sentences[max(0, sentence - 1):sentence + 2] if s is not line]
        if self.taken.covers(line.start) or not any(REPORT_OCCASION.search(t) or SALUTATION.match(t) for t in around):
            return
        names, item = self.names, text[line.start:line.end]
        # a whole line spaced out (俞 志 平) is one name, though name_at reads no three spaced characters as one
        whole_han = names.han_surname_length(line.start) and 2 <= len(item) <= 4 and CJK_ONLY.match(item) \
            and names.plausible(item, after_title=True)
        if whole_han or names.name_at(line.start) == line.end:
            self.add_person(line.start, line.end, sentence, "trigger")

    def name_before_trigger(self, at: int, word: str, sentence: int) -> int | None:
        """The name before a trigger word at `at` (X同志, X摄) is a person: where it starts, or None."""
        if self.text.startswith("们", at + len(word)) or not self.doc.is_word_start(at + len(word)) \
                or len(word) == 1 and not self.doc.is_word_start(at) or self.text[at - 1:at] == "等" != word[0]:
            return None   # 委员们: the members, no title after a name; 主席台: the word goes on past the trigger; 拍摄;
            # 代平等同志: 等同志 follows the name (its own trigger), 代平等 is none
        title = self.lex.titles.get(word)
        name_start = self.names.name_before(at)
        if name_start is None and title and title.kind == "person" \
                and (bodied := self.names.name_before(at, left_bounded=False)) is not None and self.org_ends_at(bodied):
            name_start = bodied   # 市委党校石某老师: the body the person works in bounds the name (not 农水委委员)
        if name_start is None or self.taken.covers(name_start) or self.taken.covers(at - 1):
            return None
        # a title that names its own organization makes a post even after the name: 习近平总书记
        span = (at, at + len(word)) if title and title.kind == "national" else (-1, -1)
        self.add_person(name_start, at, sentence, "trigger", span)
        self.list_before(name_start, sentence)
        return name_start

    def word_across_title_end(self, start: int, end: int) -> bool:
        """jieba joined the title's last character to the name after it (市长江华: 市|长江|华), and the name
        ends where the clause does or a verb of a person follows it (秘书长江某参加): a word starts inside the title
        and runs past its end."""
        k = bisect.bisect_right(self.doc.word_starts, end) - 1
        if k < 0 or not start < self.doc.word_starts[k] < end:
            return False
        # a surname that is also a word's character may open it after a post title (会长寿某: 会|长寿|某)
        name_end = self.names.name_at(end, rare=self.lex.titles[self.text[start:end]].kind == "post")
        return name_end is not None and (self.text[name_end:name_end + 1] in CLAUSE_ENDS + LIST_SEPARATOR
                                         or self.lex.name_boundaries.match(self.text, name_end) is not None)

    def lexicon_names(self, start: int, end: int, sentence: int) -> None:
        national = [t for t, title in self.lex.titles.items() if title.kind == "national"]
        for at, name in occurrences(self.lex.famous_persons, self.text, start, end):
            after = at + len(name)
            if not self.taken.covers(at):
                title = next((t for t in national if self.text.startswith(t, after)), None)
                span = (after, after + len(title)) if title else (-1, -1)
                self.add_person(at, after, sentence, "lexicon", span)

    def leader_names(self, start: int, end: int, sentence: int) -> None:
        """National leaders named by a title alone (汪洋主席, 李克强总理), before the title is taken for a trigger."""
        for leader in self.lex.national_leaders:
            for at, _ in occurrences([leader.name + leader.title], self.text, start, end):
                after = at + len(leader.name)
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
        reader.elections(s.start, s.end, i)
        reader.respective_titles(s.start, s.end, i)
        reader.titles_after_names(s.start, s.end, i)
        reader.bracketed_titles(s.start, s.end, i)
        reader.profile_titles(s.start, s.end, i)
    for i, s in body:
        reader.leader_names(s.start, s.end, i)
        reader.triggered_names(s.start, s.end, i)
        reader.named_in_acts(s.start, s.end, i)
        reader.lexicon_names(s.start, s.end, i)
        reader.sentence_subject(s.start, i)
        reader.clause_subjects(s.start, s.end, i)
        reader.body_subject(s.start, s.end, i)
        reader.bracketed_author(s.start, s.end, i)
        reader.credit_line(s.start, s.end, i)
        reader.source_credit(s.start, s.end, i)
        reader.breadcrumb_names(s.start, s.end, i)
        reader.dateline_credit(s.start, s.end, i)
        reader.report_speaker(i)
    for i, s in body:
        reader.untitled_lists(s.start, s.end, i)
        reader.opening_names(s.start, i)
        reader.names_after_bodies(s.start, s.end, i)
        reader.members_after_list(s.start, s.end, i)
        reader.member_as(s.start, s.end, i)
        reader.members_holding(s.start, s.end, i)
        reader.member_standing(s.start, s.end, i)
    reader.authors_like_the_pages_others()
    reader.repeated_names()
    added = len(doc.person_mentions)
    reader.partners_of_names()
    if len(doc.person_mentions) > added:
        reader.repeated_names()
    part_references(doc)
    whole_names(doc)
    names_as_written(doc)


def names_as_written(doc: Document) -> None:
    """On a page converted from traditional characters, the characters of NAME_KEEPS_WRITTEN in each name as
    the page wrote them: the name 王興於 is 王兴於, not 王兴于 (the text keeps 于, one character for one).

    >>> from array import array
    >>> from pathlib import Path
    >>> doc = Document(Path("x.txt"), written="王興於出席", text="王兴于出席", written_at=array("l", range(5)),
    ...                converted=True, person_mentions=[PersonMention("王兴于", 0, 3, 0, "act")])
    >>> names_as_written(doc)
    >>> doc.person_mentions[0].name
    '王兴於'
    """
    if not doc.converted:
        return
    for m in doc.person_mentions:
        if len(m.name) == m.end - m.start:   # each character of the name at its place in the text
            written = (doc.written[at] for at in doc.written_at[m.start:m.end])
            m.name = "".join(w if NAME_KEEPS_WRITTEN.get(c) == w else c for c, w in zip(m.name, written))
