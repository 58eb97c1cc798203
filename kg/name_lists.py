"""Lists of names as the persons stage reads them: the names after a titled name that share its title (副主席贺俊、
云港、郝文; 及 or 和 before the last; names parted by spaces), the names before one in a 、-list, and lists of three or
more plausible names with no title (增补A、B、C为常委).
"""
from __future__ import annotations

import re
from functools import cached_property, lru_cache

from kg.after_names import COMMON_WORD, MEMBERS_AFTER
from kg.elections import LIST_SEPARATOR
from kg.lexicon import lexicon
from kg.name_checks import NAME_WORD_MAX
from kg.names import CLAUSE_MARKS, DOTS, RARE_WORD, after_note, before_note, common_words, word_frequency
from kg.transliterated_names import DOTTED, MAX_TRANSLITERATED

PERSON_TAG = "nr"   # jieba's tag of a person's name (nr, nrfg)
COMMA_SEPARATORS = ",，"   # written where 、 is meant, between names sharing a title (副主席甲某,乙某某出席)
BARE_NAME_ENDS = "、,，。"
# what the names of such a list do together (乙某某出席); a verb of one speaker (乙某某说) starts a new clause
SHARED_ACTS = ("出席", "参加", "列席", "陪同", "参会", "等", "在", "分别", "一同", "共同", "应邀")
LAST_ITEM_JOINS = "及和"   # A、B及C: the word before the last item of a list
# the names of a list that closes with a members' title (甲、乙、丙等委员): characters and marks of names only
NAMES_ONLY = re.compile(r"[\u4e00-\u9fff·•、]+")
LISTED_MEMBERS = 60   # characters such a list may take
# around a slogan written as a list (“边看、边开、边议”): the quote before its first item, its last item and the quote
OPEN_QUOTES = "“\"「"
QUOTED_LAST = re.compile(r"[\u4e00-\u9fff]{1,4}[”\"」]")
PAIR_JOINS = "和与及"   # 副主席扎西和格桑出席: two names sharing one title, the second bare before a shared act
TITLE_COMMA = ",，"   # between the titles of one person: 四川省政协常委，攀枝花市政协主席李仁杰
CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+$")
# between a name read already and a bare one beside it (丁某和向某分别介绍); 以及 only before the bare one, which
# need not share the other's title (副主席刘某以及王某参加)
PARTNER_JOINS = ("以及", "、", "和", "与")
PARTNER_ACTS = (*SHARED_ACTS, "合影", "发言", "座谈")   # what such a pair does together (甲某与乙某合影)
PARTNER_OPENS = "，,。；;：:\n"   # what a bare name before such a join follows: it opens the clause
# items of a 、-list of body and name, written together (英某机械李某、某某工具厂张某等)
BODY_NAME_RUN = re.compile(r"[\u4e00-\u9fff]{4,16}(?:、[\u4e00-\u9fff]{4,16})+")
LIST_FIRST_AFTER = "，,。；;：:\n的有"   # what the first name of an untitled list may follow (受表彰的有：多吉、…)
# a sentence that is only names (甲某,乙某、丙某,老领导丁某…也应邀出席): three or more items of two or three characters
# parted by 、 or by a comma between groups of them
OPENING_NAMES = re.compile(r"[\u4e00-\u9fff]{2,3}(?:[、,，][\u4e00-\u9fff]{2,3}){2,}"
                           rf"(?:(?![\u4e00-\u9fff])|(?=也?(?:{'|'.join(SHARED_ACTS)})))")
# an inner item of a list the page could not render (马?, 李□□: a character lost in encoding): no name, no end of
# the list either
UNREADABLE_ITEM = re.compile(r"[\u4e00-\u9fff]{0,3}[?？□\ufffd]+[\u4e00-\u9fff]{0,2}(?=、)")


@lru_cache(maxsize=1)
def leader_names() -> frozenset[str]:
    """The names of national_leaders.tsv: names, however often the dictionary has them as words."""
    return frozenset(leader.name for leader in lexicon().national_leaders)


@lru_cache(maxsize=1)
def name_list() -> re.Pattern:
    """A run of 、-joined items: a word ending in the first item, inner items of two to four characters, or of
    five to seven of transliteration (a Mongolian name: 敖登其其格), then 、 (or of names of parts joined by a
    dot, whatever their length: 努拉合买提·祖农)."""
    translit = "".join(sorted(lexicon().transliteration_chars))
    return re.compile(rf"[\u4e00-\u9fff{DOTS}]{{2,}}、(?:(?:[\u4e00-\u9fff]{{2,4}}|[{translit}]{{5,{MAX_TRANSLITERATED}}}"
                      rf"|{DOTTED.pattern})、)+")


def parallel_words(items: list[tuple[int, int]], text: str) -> bool:
    """The items of a list are words of two characters sharing the first (边看、边开、边议; 高标准、高质量): a
    parallel phrase, no names of one surname.

    >>> parallel_words([(0, 2), (3, 5)], "边看、边开、边议")
    True
    """
    return len({text[a] for a, _b in items}) == 1 and all(b - a == 2 for a, b in items)


class ListReader:
    """The lists part of kg.stages.persons.PersonReader: it reads self.text, self.names, self.lex, self.taken and
    self.doc, and adds names by self.add_person."""

    def list_after(self, end: int, sentence: int, evidence: str, title=(-1, -1)) -> int:
        """Names following a name in a 、-list share its title; 及 or 和 may stand before the last (A、B及C);
        names parted by spaces (副主席王伟 李明华 韩东: a soft break where the next one starts) too."""
        items = 0
        while (at := self.next_item_start(end, items)) is not None:
            last = self.text[end] in PAIR_JOINS
            # a list sharing a title is as strong evidence as the title: rare surnames too (副主席甲某、印某某)
            nxt = self.names.name_at(at, rare=evidence == "title") or self.word_item_at(at) or self.foreign_item_at(at) \
                or (self.inner_item_at(at) if evidence == "title" else None)
            if nxt is None and not last and (unread := UNREADABLE_ITEM.match(self.text, at)):
                end, items = unread.end(), items + 1   # 副主席甲某、马?、乙某: the names after it share the title
                continue
            if nxt is None or self.lex.title_pattern.match(self.text, nxt) and self.text[nxt:nxt + 1] != LIST_SEPARATOR \
                    and not self.names.boundary(nxt) or at == end and not common_words().get(
                        self.text[at:nxt], "nr").startswith("nr"):   # a space before a word ends the list
                break
            if self.opens_title_phrase(at, nxt):
                break
            if not self.taken.covers(at):
                self.add_person(at, nxt, sentence, evidence, title)
            end, items = nxt, items + 1
            if last:
                break
        return end

    def opens_title_phrase(self, start: int, end: int) -> bool:
        """The item read at start runs on, with no verb or mark after it, into a title whose phrase begins at start
        in its clause: the place or body of the next person's title (副主委王伯宁、梅山保税港区管委会党工委副书记施金国:
        no 梅山), no name of the list."""
        text = self.text
        if self.names.boundary(end):
            return False   # the name ends where a verb or a mark follows (钱锋任第十四届…主席团常务主席)
        clause_end = next((k for k in range(end, min(len(text), end + 30)) if text[k] in LIST_SEPARATOR + CLAUSE_MARKS),
                          min(len(text), end + 30))
        title = self.lex.title_pattern.search(text, end, clause_end)
        return title is not None and self.title_phrase_start(title.start()) <= start

    def next_item_start(self, end: int, items: int) -> int | None:
        """Where the next item of a list of names starts after one ending at END (None: the list ends)."""
        end = after_note(self.text, end)   # 副主席马某(回族)、旦增(藏族)
        after = self.text[end:end + 1]
        if after and (after == LIST_SEPARATOR or items and after in LAST_ITEM_JOINS):   # "" is in every string
            return end + 2 if self.text[end:end + 2] == LIST_SEPARATOR * 2 else end + 1   # 、、: a doubled mark
        if items and after in TITLE_COMMA and (dotted := DOTTED.match(self.text, end + 1)) \
                and self.text[dotted.end():dotted.end() + 1] in TITLE_COMMA + LIST_SEPARATOR + LAST_ITEM_JOINS \
                and self.names.name_at(end + 1) == dotted.end():
            return end + 1   # 副主席A、B·C,D·E,秘书长F: a comma typed for 、 before a dotted name inside the list
        if after in COMMA_SEPARATORS and after and self.bare_name_at(end + 1):
            return end + 1   # 副主席甲某,乙某某出席: a comma written where 、 is meant
        if not items and after in PAIR_JOINS and after and self.bare_name_at(end + 1, any_name=True) \
                and not self.titled_list_at(end + 1):
            return end + 1   # 副主席扎西和格桑出席, 副主席王某与李某某参加: a pair sharing the title
        return end if end in self.doc.soft_breaks else None

    def titled_list_at(self, pos: int) -> bool:
        """A 、-list of names starting at pos closes with a title of its own (常委某某与甲、乙、丙等委员交流:
        the members, no pair sharing the title before)."""
        m = MEMBERS_AFTER.search(self.text, pos, pos + LISTED_MEMBERS)
        return m is not None and bool(NAMES_ONLY.fullmatch(self.text, pos, m.start())) \
            and LIST_SEPARATOR in self.text[pos:m.start()]

    def bare_name_at(self, pos: int, any_name: bool = False) -> bool:
        """A Han name and nothing more stands at pos: a surname, then the name ends before a separator or a verb the
        names share (乙某某出席), no title before it (秘书长丙某 starts a new phrase); with any_name a transliterated
        name too (格桑出席)."""
        if not (any_name or self.names.han_surname_length(pos)) or self.lex.title_pattern.match(self.text, pos):
            return False
        end = self.names.name_at(pos, after_title=any_name)   # a pair shares the title: 副主席巴特尔和乌兰出席
        return end is not None and (self.text[end:end + 1] in BARE_NAME_ENDS or self.text.startswith(SHARED_ACTS, end))

    def word_item_at(self, pos: int) -> int | None:
        """End of a name that is also a word (马力, 洪洋) as an inner item of a list of names: a surname and one
        or two characters before the next 、 or a word that ends a name (马力出席); or, between two 、, two to
        four characters of no common dictionary word (a Tibetan name: 洛桑久美)."""
        for length in (2, 3, 4):
            end, item = pos + length, self.text[pos:pos + length]
            ends_item = self.text[end:end + 1] == LIST_SEPARATOR
            if not (ends_item or self.lex.name_boundaries.match(self.text, end)) or not CJK_ONLY.match(item) \
                    or self.lex.title_pattern.search(item) or item in self.lex.non_names:
                continue
            if length < 4 and self.names.han_surname_length(pos) \
                    or ends_item and self.text[pos - 1] == LIST_SEPARATOR and word_frequency(item) < RARE_WORD \
                    and common_words().get(item[:2], "nr").startswith("nr"):
                return end
        return None

    def inner_item_at(self, pos: int) -> int | None:
        """End of two or three characters between two 、 of a list under a title whose next item is a name (副主席
        甲某某、光明、乙某、丙某某: a rare surname and a given name that make a word, seen less often than 文化 or
        旅游): the list shows it is a name."""
        if self.text[pos - 1:pos] != LIST_SEPARATOR:
            return None
        for length in (2, 3):
            end, item = pos + length, self.text[pos:pos + length]
            if self.text[end:end + 1] == LIST_SEPARATOR and CJK_ONLY.fullmatch(item) \
                    and not self.lex.title_pattern.search(item) and not self.lex.org_head_pattern.search(item) \
                    and item not in self.lex.non_names and word_frequency(item) < NAME_WORD_MAX \
                    and self.names.han_surname_length(end + 1) and self.names.name_at(end + 1, after_title=False):
                return end
        return None

    def foreign_item_at(self, pos: int) -> int | None:
        """End of an inner item of a list of names (after 、, before 、, 和 or 及) of four to seven characters all
        but two of them transliteration (更藏班玛南杰 among 副主席A、B、更藏班玛南杰、C): a name the list shows, though
        some of its syllables are rare; or the last item, all transliteration, before a word of the dictionary
        (与村民马某、吉伍拉体交流); no title, no organization's word."""
        if self.text[pos - 1:pos] != LIST_SEPARATOR:
            return None
        translit = self.lex.transliteration_chars
        for end in range(pos + 4, min(len(self.text), pos + MAX_TRANSLITERATED) + 1):
            item = self.text[pos:end]
            if not CJK_ONLY.match(item) or self.lex.title_pattern.search(item) or self.lex.org_head_pattern.search(item):
                return None
            foreign = sum(c not in translit for c in item)
            if word_frequency(item) == 0 and (self.text[end:end + 1] and self.text[end] in LIST_SEPARATOR + LAST_ITEM_JOINS
                                              and foreign <= 2 or not foreign and self.word_after_name(pos, end)):
                return end
        return None

    def word_after_name(self, start: int, end: int) -> bool:
        """A word of the dictionary of two or more characters starts at end (吉伍拉体|交流) and no place's name lies
        in text[start:end] (那曲阿里|地区: places)."""
        from kg.places import gazetteer
        item = self.text[start:end]
        return len(self.names.word_at(end)) > 1 and not any(
            gazetteer().lookup(item[i:j]) for i in range(len(item) - 1) for j in range(i + 2, min(len(item), i + 3) + 1))

    def list_before(self, start: int, sentence: int, title=(-1, -1)) -> None:
        """Names before a name in a 、-list (they share its title, when it has one)."""
        while start > 0 and self.text[start - 1] == LIST_SEPARATOR:
            name_end = before_note(self.text, start - 1)   # 马某(回族)、旦增当选
            name_start = self.names.name_before(name_end, left_bounded=False)
            if name_start is None or self.taken.covers(name_start):
                return
            self.add_person(name_start, name_end, sentence, "list" if title[0] < 0 else "title", title)
            start = name_start

    def untitled_lists(self, start: int, end: int, sentence: int) -> None:
        """A 、-list of three or more names with no title (增补A、B、C为常委, 由A、B、C担任, A、B、C等出席):
        every inner item is two or three characters and a plausible name; the first is the name ending at the
        first 、, the last the name starting after the last."""
        for m in name_list().finditer(self.text, start, end):
            first_end = self.text.index(LIST_SEPARATOR, m.start())
            items = [(first_end + 1 + k.start(), first_end + 1 + k.end())
                     for k in re.finditer(r"[^、]+", self.text[first_end + 1:m.end()])]
            # a transliterated first item wins over a Han name inside it (次仁卓玛、: no 卓玛)
            first = min((k for k in (self.names.name_before(first_end, left_bounded=False),
                                     self.transliterated_first(first_end)) if k is not None), default=None)
            if first is None or self.quoted(first, m.end()) or parallel_words([(first, first_end)] + items, self.text) \
                    or not self.names_of_a_list([(first, first_end)] + items):
                continue
            added = len(self.doc.person_mentions)
            for a, b in [(first, first_end)] + items:
                if not self.taken.covers(a):
                    self.add_person(a, b, sentence, "list")
            members = MEMBERS_AFTER.match(self.text, self.list_after(items[-1][1], sentence, "list"))
            for mention in self.doc.person_mentions[added:] if members else ():
                # A、B、C等委员发言: members of the bulletin's committee, the title written after the list
                mention.title_start, mention.title_end = members.span(1)

    def quoted(self, start: int, last: int) -> bool:
        """The list from start, whose last item starts at last, is written whole in quotes: a slogan (开展“边看、
        边开、边议”活动), no names."""
        return self.text[start - 1:start] in OPEN_QUOTES and bool(QUOTED_LAST.match(self.text, last))

    def opening_names(self, start: int, sentence: int) -> None:
        """A sentence opening with three or more plausible names parted by 、 or a comma, bounded by a name read
        already after the next mark (甲某,乙某、丙某,老领导丁某) or by the act they share (甲某、乙某,丙某也应邀出席):
        a list of persons with no title (under a heading naming what they are, in the sentence before)."""
        m = OPENING_NAMES.match(self.text, start)
        if m is None:
            return
        items = [(start + k.start(), start + k.end()) for k in re.finditer(r"[^、,，]+", m.group())]
        after = m.end() + 1
        bounded = self.text[m.end():after] in LIST_SEPARATOR + COMMA_SEPARATORS and self.taken.any_in(after, after + 4) \
            or self.text.startswith(SHARED_ACTS, m.end() + (self.text[m.end():after] == "也"))
        if bounded and not any(self.taken.any_in(a, b) for a, b in items) \
                and all(self.plausible_item(a, b) for a, b in items):
            for a, b in items:
                self.add_person(a, b, sentence, "list")

    def partners_of_names(self) -> None:
        """A bare name joined by 、, 和 or 与 to a name read already, in a clause of their own (丁某和向某分别介绍,
        向某、丁某出席): the pair shares what it does, so the other is a person too."""
        for m in self.doc.person_mentions:   # a partner found is read for its own (甲某与乙某、丙某合影)
            before = self.text[m.start - 1:m.start]
            after = next((j for j in PARTNER_JOINS if self.text.startswith(j, m.end)), "")
            if before and before in PARTNER_JOINS and (start := self.partner_before(m.start - 1)) is not None:
                self.add_person(start, m.start - 1, m.sentence, "list")
            if after and (end := self.partner_after(m.end + len(after))) is not None:
                self.add_person(m.end + len(after), end, m.sentence, "list")

    def partner_before(self, end: int) -> int | None:
        """Start of a bare name ending at end that opens its clause (，丁某|和), or None."""
        start = self.names.name_before(end)
        if start is None or self.taken.any_in(start, end) or not self.plausible_item(start, end):
            return None
        return start if start == 0 or self.text[start - 1] in PARTNER_OPENS else None

    def partner_after(self, start: int) -> int | None:
        """End of a bare name of two or three characters starting at start that a shared act or a clause's end
        follows (和丁某|分别, 与丁某某|合影), or None."""
        for end in (start + 2, start + 3):   # 王某|等出席, not 王某等
            follows = self.text[end:end + 1] in BARE_NAME_ENDS or self.text.startswith(PARTNER_ACTS, end)
            if follows and CJK_ONLY.match(self.text[start:end]) and not self.taken.any_in(start, end) \
                    and self.plausible_item(start, end):
                return end
        return None

    def names_after_bodies(self, start: int, end: int, sentence: int) -> None:
        """A 、-list of two or more items that each write a body's short name and then a person's (英某机械李某、五某
        工贸陈某某、某某工具厂张某等): the people a bulletin names by the firm or office they come from."""
        for m in BODY_NAME_RUN.finditer(self.text, start, end):
            items = self.body_name_items(m.start(), m.end())
            if len(items) >= 2:
                for a, b in items:
                    if not self.taken.any_in(a, b):
                        self.add_person(a, b, sentence, "list")

    def body_name_items(self, start: int, end: int) -> list[tuple[int, int]]:
        """The names ending the 、-parted items of text[start:end], each after a body's head word, up to the item
        whose name 等 or a shared act follows (…、某某工具厂张某等围绕…); [] unless every item has one."""
        cuts = [start - 1] + [i for i in range(start, end) if self.text[i] == LIST_SEPARATOR] + [end]
        items = []
        for a, b in zip(cuts, cuts[1:]):
            if (name := next(self.body_name_spans(a + 1, b, False), None)) is not None:
                items.append(name)
                continue
            last = next(self.body_name_spans(a + 1, b, True), None)
            return items + [last] if last is not None else []
        return items

    def body_name_spans(self, start: int, end: int, last: bool):
        """(start, end) of each plausible name of two or three characters after a body's head word in
        text[start:end]: at its end, or, for the last item (last), before 等 or a shared act."""
        for e in range(start + 4, end) if last else (end,):
            if last and not self.text.startswith(PARTNER_ACTS, e):
                continue
            for n in (2, 3):
                a = e - n
                if a - start >= 2 and self.text.endswith(self.body_heads, start, a) and self.plausible_item(a, e):
                    yield a, e

    @cached_property
    def body_heads(self) -> tuple[str, ...]:
        return (*self.lex.org_heads, *self.lex.heads("industry"))   # 英某机械: an industry word ends a firm's short name

    def transliterated_first(self, end: int) -> int | None:
        """Start of a list's first item, two to seven characters of transliteration that open the clause or follow
        的 or 有 (受表彰的有：多吉、…, 涌现出的达哇卓玛、…): no surname bounds it, the list's words before it do."""
        for start in range(max(0, end - MAX_TRANSLITERATED), end - 1):
            if (start == 0 or self.text[start - 1] in LIST_FIRST_AFTER) and self.names.short_transliteration(start, end):
                return start
        return None

    def names_of_a_list(self, items: list[tuple[int, int]]) -> bool:
        """Every item of a list is a plausible name, or, in a long list (five or more), all but a quarter are and
        the rest hold at least no title (何力, 释心照, 庄严 among a dozen names)."""
        doubtful = [(a, b) for a, b in items if not self.plausible_item(a, b)]
        if not doubtful:
            return True
        return len(items) >= 5 and len(doubtful) <= len(items) // 4 and all(
            not self.lex.title_pattern.search(self.text, a, b) and self.text[a:b] not in self.lex.non_names
            for a, b in doubtful)

    def plausible_item(self, start: int, end: int, words_across: bool = True) -> bool:
        """An item of a list is a name: a surname, a plausible name, no frequent word (智能化), and no word of the
        dictionary spanning the surname (高端化; unless words_across is False)."""
        names, item = self.names, self.text[start:end]
        if DOTTED.fullmatch(item) or len(item) >= 4 and names.transliterated_end(start, False) == end \
                or self.names.short_transliteration(start, end):
            return True   # the dot shows a transliterated name; 洛桑江村, 敖登其其格, 多吉 are written in its characters
        # (a national leader's name is a frequent word of the dictionary: 俞正声出席 names him all the same)
        frequent = word_frequency(item) >= COMMON_WORD and item not in leader_names()
        return names.han_surname_length(start) > 0 and names.plausible(item) and not frequent \
            and not (words_across and self.word_across_surname(start, end))

    def word_across_surname(self, start: int, end: int) -> bool:
        """A word of the dictionary spans the surname of text[start:end] and stops inside it (高端|化, 石榴|云):
        no name; one jieba only guessed (丘应 of 丘应桦, a word it never saw) shows nothing, nor one it tags as a
        person's name (张开|洪: 张开 is nr)."""
        first_word, surname = self.names.word_at(start), self.names.han_surname_length(start)
        return surname > 0 and not (len(first_word) == surname or first_word == self.text[start:end]
                                    or word_frequency(first_word) < RARE_WORD
                                    or common_words().get(first_word, "").startswith(PERSON_TAG))
