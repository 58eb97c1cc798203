"""Reading a person's name at a position: where it ends, where it begins, whether it can be a name.

A Han name is a surname and one or two characters; a transliterated (Mongolian, Tibetan, Uyghur) name is
two to seven characters of transliteration, or parts of them joined by a dot (艾尔肯·吐尔逊). Either must end where the text clearly moves on: punctuation,
a removed PDF space, a verb or particle (主持, 为, 一行…), or a title (侯志学副主委).
"""
from __future__ import annotations

import bisect
import re

from kg.lexicon import lexicon
from kg.name_checks import (CLAUSE_MARKS, CONJUNCTIONS, FUNCTION_TAGS, FUNCTION_WORD_MIN_FREQ, GIVEN_NAME_WORD,
                            NAME_WORD_MAX, NON_NAME_TAGS_AFTER_TITLE, RARE_WORD, TOWN_WORD, NameChecks, common_words,
                            names_a_region, word_frequency)
from kg.transliterated_names import DOTS, NAME_DOTS, TransliteratedNames

CJK = re.compile(r"[\u3400-\u9fff]")
GIVEN_NAME_LINKS = "和为任同来于"   # last characters of given names (张志和, 郭若为, 章崇任, 高志同, 杜某来, 王兴于) that also link a name to what follows
# of those, the ones that end a name when a verb ending names follows them (吕贵和参加, 孙义为参加: no 为参加), unlike
# 来 and 同, which a verb may follow as a verb (李强来参加会议) or a preposition (同出席会议的委员座谈) itself
LINKS_BEFORE_VERBS = "和为任"
# after 于 (a preposition before a date or a place: 李强于6月1日) only a list's or a clause's mark ends a name
LINK_ENDS_ONLY_BY_MARK = {"于": CLAUSE_MARKS}
LIST_END = "等"   # closes a list of names; jieba glues a name's last character to it (钱国|平等|出席: 钱国平等出席)
# a note in brackets after a name: gender, ethnicity or both (张某(女), 才仁多杰(藏族), 索南卓玛(女,藏族)), or how the
# post is held (副主委甲某（兼职）、乙某（专职）)
NAME_NOTE = r"[(（](?:[男女](?:[,，、][\u4e00-\u9fff]{1,5}族)?|[\u4e00-\u9fff]{1,5}族(?:[,，、][男女])?" \
    r"|兼职|专职|挂职|兼)[)）]"
NAME_NOTE_AT = re.compile(NAME_NOTE)
NAME_NOTE_BEFORE = re.compile(rf"{NAME_NOTE}$")


def after_note(text: str, end: int) -> int:
    """Where the text goes on after a name ending at end: past the note in brackets after it, if any.

    >>> after_note("索南卓玛(女,藏族)、", 4), after_note("王伟、", 2)
    (10, 2)
    """
    m = NAME_NOTE_AT.match(text, end)
    return m.end() if m else end


def before_note(text: str, end: int) -> int:
    """Where a name ends whose note in brackets, if any, ends at end.

    >>> before_note("马福林(回族)", 7), before_note("马福林", 3)
    (3, 3)
    """
    m = NAME_NOTE_BEFORE.search(text, max(0, end - 12), end)
    return m.start() if m else end


GIVEN_PLACE_WORD = 5000   # a place word seen less often may be a given name after 于, 和, 任 and a title (于建国)
# a noun seen less often may be one too (副主席于建平: jieba has 建平 for a noun); 于会场, 于基层 are seen more
GIVEN_NOUN_WORD = 600
COUNT_WORDS = "位名"   # classifiers of persons after a number (14位, 3名), also surnames
COMMON_CHARACTER = 5000   # a character jieba sees this often alone is no given name after 和, 于, 任 (和各)


class NameReader(NameChecks, TransliteratedNames):
    """Names at positions of text; soft_breaks are removed PDF spaces, word_starts jieba's word offsets."""

    def __init__(self, text: str, soft_breaks: set[int] = frozenset(), word_starts: list[int] = ()):
        self.text = text
        self.soft_breaks = soft_breaks
        self.word_starts = word_starts   # sorted offsets of jieba words (the analysis stage)
        self.lex = lexicon()

    def word_at(self, pos: int) -> str:
        """The jieba word that starts at pos, or "" where none does."""
        k = bisect.bisect_left(self.word_starts, pos)
        if k + 1 >= len(self.word_starts) or self.word_starts[k] != pos:
            return ""
        return self.text[pos:self.word_starts[k + 1]]

    def word_follows(self, start: int, end: int) -> bool:
        """After a title, a name may run straight into the next word (主任张向东建议, 书记安伟近期): a word of
        two or more characters of the dictionary starts at end, the name starts a word and ends one, neither
        its first word nor its given name is a common word (管理等, 王明确表示), and it is no place (石拐区)."""
        word = self.word_at(end)
        if len(word) < 2 or common_words().get(word, "nr").startswith(("nr", "ns", "nz", "nt")):
            return False   # not a name or place word: 罗布江村 is one Tibetan name, not 罗布 + 江村
        first = self.word_at(start)
        if not first or len(first) > 1 and start + len(first) != end and not self.place_and_character(start, end):
            return False
        surname = self.han_surname_length(start)
        given = self.word_at(start + surname)
        if given and start + surname + len(given) == end and word_frequency(given) >= FUNCTION_WORD_MIN_FREQ \
                and common_words().get(given, "").startswith(NON_NAME_TAGS_AFTER_TITLE):
            return False
        if TOWN_WORD.match(self.text, end):
            return False   # 李家街道: the name of a town or a street's office, no person
        if self.lex.org_head_pattern.match(self.text, end + len(word)):
            return False   # 委员和康嘉超市有限公司: the words run on into an organization's name
        from kg.places import gazetteer
        return not gazetteer().lookup(self.text[start:end])

    def place_and_character(self, start: int, end: int) -> bool:
        """Three characters that jieba reads as a place or a name and one character (吴江|宏): a surname, then a
        given name whose first character ends the word.

        >>> NameReader("主席吴江宏采取措施", word_starts=[0, 2, 4, 5, 7, 9]).place_and_character(2, 5)
        True
        """
        first = self.word_at(start)
        return end - start == 3 and len(first) == 2 and common_words().get(first, "").startswith(("ns", "nr")) \
            and self.word_at(start + 2) == self.text[start + 2:end]

    def is_cjk(self, pos: int) -> bool:
        return 0 <= pos < len(self.text) and bool(CJK.match(self.text[pos]))

    def boundary(self, pos: int) -> bool:
        """The text at pos can follow a name."""
        if pos < len(self.text) and self.text[pos] in NAME_DOTS and self.is_cjk(pos + 1):
            return False   # 艾尔肯·吐尔逊: the name goes on after the dot
        if pos >= len(self.text) or not self.is_cjk(pos) or pos in self.soft_breaks:
            return True
        return bool(self.lex.name_boundaries.match(self.text, pos) or self.lex.title_pattern.match(self.text, pos)
                    or self.function_word_at(pos))

    def function_word_at(self, pos: int) -> bool:
        """A common adverb, preposition or conjunction of two or three characters starts at pos (勒尔木果长期…)."""
        for length in (3, 2):
            word = self.text[pos:pos + length]
            tag = common_words().get(word, "")
            if tag in FUNCTION_TAGS and word_frequency(word) >= FUNCTION_WORD_MIN_FREQ:
                return True
        return False

    def han_surname_length(self, pos: int, rare: bool = False) -> int:
        """Characters of the surname a Han name at pos starts with (0: none); with rare, the surnames that are
        also common words count too (镇, 由, 招: only right after a post title)."""
        if self.text[pos:pos + 2] in self.lex.surnames:
            return 2
        char = self.text[pos:pos + 1]
        return 1 if char in self.lex.surnames or rare and char in self.lex.rare_surnames else 0

    def name_at(self, pos: int, after_title: bool = True, rare: bool = False) -> int | None:
        """End of a name starting at pos, or None. A PDF space may stand inside a name (鞠 毅). A Han name
        ending where the text clearly moves on comes first, then one of parts joined by a dot (吉尔拉·衣沙木丁),
        then a transliterated one, then (after a title) a
        Han name running into the next word (张向东建议).

        >>> NameReader("主席王建国主持会议").name_at(2)
        5
        """
        if not self.is_cjk(pos) or self.conjunction_at(pos) or self.text[pos - 1:pos] in DOTS and pos > 1:
            return None   # 衣沙木丁 of 吉尔拉·衣沙木丁 is no name of its own
        surname = self.han_surname_length(pos, rare)
        starts_with_word = self.lex.name_boundaries.match(self.text, pos) or self.lex.title_pattern.match(self.text, pos)
        if starts_with_word and not (surname and len(starts_with_word.group()) == 1):
            return None
        strict = self.han_name_end(pos, surname, bool(starts_with_word), after_title, self.boundary)
        if strict:
            return self.transliterated_past(pos, strict, after_title) or strict
        dotted = self.dotted_end(pos)
        if dotted:
            return dotted
        translit = self.transliterated_end(pos, after_title)
        if translit or not after_title:
            return translit
        return self.han_name_end(pos, surname, bool(starts_with_word), after_title,
                                 lambda end: self.word_follows(pos, end))

    def conjunction_at(self, pos: int) -> bool:
        """和 (与, 及) before a noun joins it to the word before: 委员和智库成员 names no 和智库; after a space the page
        wrote it is a surname (记者 和泰君: a 纳西 name)."""
        if self.text[pos:pos + 1] not in CONJUNCTIONS or pos in self.soft_breaks:
            return False
        tag = common_words().get(self.word_at(pos + 1) or self.text[pos + 1:pos + 3], "nr")
        return tag[0] == "n" and not tag.startswith("nr")

    def han_name_end(self, pos: int, surname: int, boundary_surname: bool, after_title: bool, ends) -> int | None:
        """End of a Han name of surname and one or two characters at pos, ending where ends(end) says."""
        text = self.text
        spaced_out = surname == 1 and pos + 1 in self.soft_breaks and pos + 2 in self.soft_breaks
        whole = spaced_out and self.spaced_out_name(pos, pos + 3)   # 宋 建 国主持: the spacing ends with the name
        for length in ((surname + 2, surname + 1) if whole else (surname + 1, surname + 2)) if surname else ():
            end = pos + length
            if boundary_surname and self.function_surname_word(pos, end, after_title):
                continue

            if all(self.is_cjk(i) for i in range(pos, end)) and ends(end) \
                    and not (length == surname + 2 and spaced_out and not whole) \
                    and self.plausible(text[pos:end], after_title) \
                    and not (length == surname + 1 and self.given_name_goes_on(pos, end, after_title)) \
                    and not (length == surname + 2 and self.ends_inside_word(end, pos)):
                return end
        return None

    def spaced_out_name(self, start: int, end: int) -> bool:
        """text[start:end], three characters, is one name the page spaced out letter by letter, its spacing beginning
        and ending with it (。金 忠 明、, 记者 郭 元 江, 宋 建 国主持): its soft breaks part no names. Four characters
        alone between spaces are two names (王 伟 李 明).

        >>> NameReader("。金忠明、", {2, 3}).spaced_out_name(1, 4), NameReader("王伟李明", {1, 2, 3}).spaced_out_name(1, 4)
        (True, False)
        """
        soft = self.soft_breaks
        if end - start != 3 or start + 1 not in soft or start + 2 not in soft or end in soft:
            return False
        # a character alone before it (王 of 王 伟 李 明) would begin the spacing
        return start not in soft or not (start - 1 in soft or not self.is_cjk(start - 2))

    def parted_by_space(self, start: int, end: int) -> bool:
        """A PDF space stands inside the three characters text[start:end] (韩晓东 魏丽: no 东魏丽), and they are no
        name spaced out whole (spaced_out_name)."""
        return end - start == 3 and any(i in self.soft_breaks for i in range(start + 1, end)) \
            and not self.spaced_out_name(start, end)

    def ends_inside_word(self, end: int, name_start: int = -1) -> bool:
        """A common word runs across end (委员解决工|作: 工作) and no verb of two characters that ends names starts at end (王德民|主持), so no
        name ends there; or any word of the dictionary
        that is no name begins where the name does and runs past it (饶有兴|致: an idiom, no 饶有兴)."""
        k = bisect.bisect_right(self.word_starts, end) - 1   # the word that starts at or before end
        if k < 0 or k + 1 >= len(self.word_starts):
            return False
        start, stop = self.word_starts[k], self.word_starts[k + 1]
        word = self.text[start:stop]
        if start == name_start < end < stop:
            return word_frequency(word) >= RARE_WORD and not common_words().get(word, "nr").startswith("nr")
        if start == end - 1 and stop == end + 1 and self.text[end] == LIST_END:
            return False   # 钱国|平等: the name's last character and the list's 等
        # jieba may glue the name's last character to the verb after it (王德|民主|持: 王德民主持): the verb shows the end
        verb = self.lex.name_boundaries.match(self.text, end)
        return start < end < stop and word_frequency(word) >= FUNCTION_WORD_MIN_FREQ \
            and not (verb and len(verb.group()) > 1)
    def given_name_goes_on(self, pos: int, end: int, after_title: bool) -> bool:
        """A name's last character that is also a word a name may stand before (和, 为) ends the name when the
        text clearly moves on right after it: 总经理张志和、, 主席吕贵和参加调研, 郭若为、 are three-character
        names; 王强和李明, 李强为大会致辞 are not."""
        if self.text[end:end + 1] not in GIVEN_NAME_LINKS or not self.is_cjk(end):
            return False
        after = end + 1
        # a list's 等 after it ends the name too (陆某和等到会): no conjunction stands before 等
        moves_on = not self.is_cjk(after) or after in self.soft_breaks or self.text[after:after + 1] == "等"
        if self.text[end] in LINK_ENDS_ONLY_BY_MARK:
            moves_on = after < len(self.text) and self.text[after] in LINK_ENDS_ONLY_BY_MARK[self.text[end]]
        if not moves_on and self.text[end] in LINKS_BEFORE_VERBS:
            verb = self.lex.name_boundaries.match(self.text, after)
            moves_on = verb is not None and len(verb.group()) > 1 and verb.group() not in CONJUNCTIONS
        return moves_on and self.plausible(self.text[pos:after], after_title)

    def verb_ends_at(self, pos: int, tag: str = "v") -> bool:
        """A verb (or a word of another tag: d, an adverb) of two or more characters of the dictionary ends at pos
        and a word starts there (表彰|赛尔建, 非常|荣幸)."""
        k = bisect.bisect_left(self.word_starts, pos)
        if k == 0 or k >= len(self.word_starts) or self.word_starts[k] != pos:
            return False
        word = self.text[self.word_starts[k - 1]:pos]
        return len(word) > 1 and common_words().get(word, "").startswith(tag)

    def function_surname_word(self, pos: int, end: int, after_title: bool = False) -> bool:
        """和, 于, 任 at pos, a surname that is also a function word, begins a word, not a name: a common given
        part (和机关, 和群众), a very common single character (和各), or a common word with it (于是); 任澄 is a name."""
        given = self.text[pos + 1:end]
        if after_title and self.word_at(pos) == self.text[pos:end] \
                and common_words().get(self.text[pos:end], "").startswith("nr"):
            return False   # 副主席于海军: jieba reads the three characters as one name, not 于 and a noun (海军)
        # 施书记和孙主任, 主委向吴某副主席介绍: a surname and its given name with a title after them, after the
        # function word, name a person without it
        surname_titled = bool(self.han_surname_length(pos + 1)) and self.lex.title_pattern.match(self.text, end) is not None
        if len(given) > 1:
            if surname_titled:
                return True
            # 任西山, 任建国: a place's or a person's name after a surname that is no preposition or conjunction
            # (任, unlike 和, 于) is the given name, where the surname makes no word with its next character (任务)
            named = common_words().get(given, "").startswith(("ns", "nr")) and not word_frequency(self.text[pos:pos + 2])
            # after a title even a preposition is the surname of a given name the dictionary knows as one and sees
            # less often than a word (副主席向东升: 东升; not 主席向大家, 向全体), or as a place no region names
            # (副主席于建国, 于建平; not 主席于北京, 于拉萨)
            given_name = after_title and self.given_name_word(given)
            return word_frequency(given) >= 100 and not given_name \
                and not (named and common_words().get(self.text[pos]) not in ("p", "c"))
        return word_frequency(given) >= COMMON_CHARACTER or word_frequency(self.text[pos:end]) >= 100 or surname_titled

    def given_name_word(self, given: str) -> bool:
        """given, a word of the dictionary, may be a given name after a surname that is also a preposition: a name
        seen less often than a word, a place word of no province or prefecture seen less often than that, or a
        rare noun (建平).

        >>> NameReader("").given_name_word("建国"), NameReader("").given_name_word("北京")
        (True, False)
        """
        tag, frequency = common_words().get(given, ""), word_frequency(given)
        return tag.startswith("nr") and frequency < NAME_WORD_MAX \
            or tag == "ns" and frequency < GIVEN_PLACE_WORD and not names_a_region(given) \
            or tag in ("n", "nz") and frequency < GIVEN_NOUN_WORD

    def name_before(self, end: int, left_bounded: bool = True, rare: bool = False) -> int | None:
        """Start of a name ending at end (a title or 同志 follows), or None."""
        if end > 0 and (dotted := self.dotted_start(end)) is not None:
            return dotted
        for length in (3, 2):
            start = end - length
            if start < 0 or not all(self.is_cjk(i) for i in range(start, end)):
                continue
            if self.han_surname_length(start, rare) == 0 or self.text[start - 1:start] in DOTS and start > 0:
                continue   # 晋源 of 阿沛·晋源 is no name of its own
            if left_bounded and not (self.left_boundary(start) or self.verb_ends_at(start)
                                     and (length == 2 or word_frequency(self.text[start + 1:end]) < GIVEN_NAME_WORD)):
                continue   # a verb may stand right before a name: 推介张燕委员, 来到王晴晴委员工作室 (召开|展走访委员 no)
            if self.parted_by_space(start, end):
                continue
            if self.inside_a_word(start) or self.title_across(start, end):
                continue   # 及时掌握委员: 时 is inside the word 及时; 金盾副主席: 副 begins the title
            if self.conjunction_opens(start, end):
                continue   # 和优秀委员, 和孙主任: the conjunction and a common word or a surname, no name
            if self.plausible(self.text[start:end], after_title=not left_bounded):
                longer = self.transliterated_start(end)   # 、欧珠罗布同志: the Tibetan name, not 罗布 inside it
                return longer if longer is not None and longer < start else start
        return self.transliterated_start(end)

    def conjunction_opens(self, start: int, end: int) -> bool:
        """A word that ends names opens text[start:end] and makes no name with the rest: a common word after it
        (和优秀委员; 向东当选 is a name), or, of two characters, a surname after the conjunction (施书记和孙主任:
        孙主任 is named by a surname and a title, 和 joins him to 施书记).

        >>> NameReader("施书记和孙主任").conjunction_opens(3, 5)
        True
        """
        if end - start == 3:
            return bool(self.lex.name_boundaries.match(self.text, start)) and self.function_surname_word(start, end)
        return end - start == 2 and self.text[start] in CONJUNCTIONS and self.han_surname_length(start + 1) > 0

    def inside_a_word(self, pos: int) -> bool:
        """A jieba word runs across pos (及|时 of 及时) and the page wrote no space there (韩晓东 魏丽: no 东魏)."""
        return bool(self.word_starts) and not self.word_at(pos) and pos not in self.soft_breaks

    def title_across(self, start: int, end: int) -> bool:
        """A title begins inside text[start:end] and runs past end (金盾副 + 主席 is 金盾 + 副主席)."""
        return any((m := self.lex.title_pattern.match(self.text, k)) and m.end() > end for k in range(start + 1, end))

    def left_boundary(self, pos: int) -> bool:
        if pos > 0 and self.text[pos] in COUNT_WORDS and self.text[pos - 1].isdigit():
            return False   # 14位社区书记: 位 counts the persons after a number, no surname
        if pos == 0 or not self.is_cjk(pos - 1) or pos in self.soft_breaks:
            return True
        before = self.text[max(0, pos - 4):pos]
        return any(before.endswith(w) for w in ("和", "与", "及", "、", "由", "请", "是", "邀请", "同志", "向", "对",
                                                "给", "为", "的", "了", "团", "组", "关于", "通过", "同意", "在", "以"))
        # 考察团林志明一行, 关于李某同志任职的决定; a decision's 通过 or 同意 before a name (通过梁某因年龄原因…);
        # 在张某委员所在的企业, 在王某会长的带领下; 以某某同志为组长的领导小组
