"""Transliterated names (Mongolian, Tibetan, Uyghur, Kazakh), as kg.names.NameReader reads them: two to seven
characters of transliteration (乌仁塔娜, 多杰热旦), or parts joined by a dot (艾尔肯·吐尔逊, 吉尔拉·衣沙木丁), and a
Mongolian name that opens like a Han one (孟和达来).
"""
from __future__ import annotations

import re

from kg.name_checks import CLAUSE_MARKS, CONJUNCTIONS, NAME_WORD_MAX, banner_stem, common_words, common_words_pair, word_frequency

NAME_DOTS = "·•・‧．-－"      # the dot (or hyphen) between the parts of a Uyghur or Kazakh name (艾尔肯·吐尔逊, 玉素甫江-阿不都热西提)
MAX_TRANSLITERATED = 7    # characters of a transliterated name without a dot
MAX_DOTTED = 15
# a name of parts joined by a dot, whatever their characters: the dot itself shows a transliterated name
DOTS = "·•・‧．"
DOTTED = re.compile(rf"[\u4e00-\u9fff]{{1,8}}(?:[{DOTS}][\u4e00-\u9fff]{{1,8}})+")
DOTTED_BEFORE = re.compile(rf"[\u4e00-\u9fff]{{1,8}}(?:[{DOTS}][\u4e00-\u9fff]{{1,8}})+$")
# never inside the first part of a transliterated name: particles, and the words a name follows (会议由艾力·…)
PARTICLES = re.compile("[了的着过由是请给]")
COMMON_WORD = 100   # a word of transliteration characters seen this often is no name of two or three characters (巴西)
SELDOM_SEEN = 100   # a word of transliteration characters jieba sees less often may be a name after a title (加布)
CLAUSE_OPENERS = "，,。；;、：:\n （("   # what a clause, and a name opening it, stands after


class TransliteratedNames:
    """The transliterated-names part of kg.names.NameReader: it reads self.text, self.soft_breaks, self.lex and
    the reader's is_cjk, boundary, plausible, han_surname_length, left_boundary and verb_ends_at."""

    def transliterated_past(self, pos: int, han_end: int, after_title: bool) -> int | None:
        """A Mongolian name that opens like a Han one (孟和达来: 孟 a surname, 来 a verb): where the Han reading
        ends before one character that is a word of its own and of transliteration too, and the transliterated
        reading runs on to a list's or a clause's mark, the name is the longer one (旗长孟和达来、).

        >>> from kg.names import NameReader
        >>> NameReader("旗长孟和达来、旗人大常委会主任").name_at(2)
        6
        """
        text, translit = self.text, self.lex.transliteration_chars
        if text[han_end:han_end + 2] and text[han_end] in CONJUNCTIONS and text[han_end + 1:han_end + 2] in CLAUSE_MARKS \
                and all(c in translit for c in text[pos:han_end + 1]) and text[han_end + 1:han_end + 2]:
            return han_end + 1   # 巴音孟和、: a 和 before a mark joins nothing, it ends the name
        if not self.lex.name_boundaries.fullmatch(text, han_end, han_end + 1) or text[han_end] in CONJUNCTIONS:
            return None   # 白玉和乌兰、: two names joined by 和
        end = han_end
        while end < min(len(text), pos + MAX_TRANSLITERATED) and text[end] in translit:
            end += 1
            if end == len(text) or text[end] in CLAUSE_MARKS or end in self.soft_breaks:
                return end if all(c in translit for c in text[pos:end]) and self.plausible(text[pos:end], after_title) \
                    else None
        return None

    def dotted_end(self, pos: int) -> int | None:
        """End of a name of parts joined by a dot at pos (吉尔拉·衣沙木丁): the first place after the last dot
        where a name may end."""
        span = self.dotted_span(pos)
        if span is None:
            return None
        first_dot, stop, credit = span
        last_part = max(self.text.rfind(d, pos, stop) for d in DOTS) + 1
        first_part = self.text[pos:first_dot]
        if PARTICLES.search(first_part) or self.lex.title_pattern.search(first_part) \
                or self.lex.org_head_pattern.search(first_part):
            return None   # 见到了阿力克·吐尔地, 和另一位委员古丽·热合曼, 会议由艾力·…, 州政协艾力·…: the name begins later
        joint = next((k for k in range(2, len(first_part)) if first_part[k] in CONJUNCTIONS), None)
        if joint is not None:   # 泽巴足和嘉木样·洛桑: a name, 和, and the dotted name after it
            return pos + joint if self.plausible(first_part[:joint]) else None
        end = next((end for end in range(last_part + 1, stop + 1) if end == credit or self.boundary(end)), None)
        if end is not None and end < stop and self.last_char_before_verb(end):
            end += 1
        return None if end is None or self.kin_part(self.text[pos:end]) or self.label_of_a_body(pos, end) else end

    def label_of_a_body(self, pos: int, end: int) -> bool:
        """The dotted run text[pos:end] is a body's label, not a name: a head word that wants one follows it
        (红枫叶·暖心委员工作室, 数字茶叶·百茶直播中心) and its first part is not transliteration (艾力·买买提委员工作室
        is the member's name)."""
        head = self.lex.org_head_pattern.match(self.text, end)
        first = re.split(f"[{DOTS}]", self.text[pos:end])[0]
        return head is not None and head.group() in self.lex.heads("labelled") \
            and any(c not in self.lex.transliteration_chars for c in first)

    def dotted_span(self, pos: int) -> tuple[int, int, int] | None:
        """The first dot, the end and the credit word's place (-1: none) of the run of parts joined by dots at pos:
        the run ends where a credit word closes it, though the page joined the line after it (记者 约提克尔·尼加提摄
        / 阿依努尔·毛吾力提: the run is 约提克尔·尼加提); None where a space the page wrote parts it (记者 谢龙摄
        司马义·铁力瓦尔地)."""
        m = DOTTED.match(self.text, pos)
        if m is None or any(pos < k < m.end() for k in self.soft_breaks):
            return None
        first_dot = min(k for k in (self.text.find(d, pos, m.end()) for d in DOTS) if k >= 0)
        closes = tuple(self.lex.person_triggers["closes"])
        credit = next((k for k in range(first_dot + 2, m.end()) if self.text.startswith(closes, k)), -1)
        return first_dot, credit if credit > 0 else m.end(), credit

    def last_char_before_verb(self, end: int) -> bool:
        """The verb of two characters that seems to end a dotted name at end opens with the name's last character,
        and another verb follows it, a word of its own (加尔木哈买提出席: 出席, not 提出; 扎西来到会场: no 到会); 和 alone
        ends a name (阿沛·晋源和秘书长)."""
        verb = self.lex.name_boundaries.match(self.text, end)
        return bool(verb) and len(verb.group()) > 1 and self.text[end] in self.lex.transliteration_chars \
            and self.boundary(end + 1) and not self.inside_a_word(end + 1)

    def kin_part(self, name: str) -> bool:
        """A part of a dotted name is a surname and a kinship word (红石榴·马叔: a studio named after 马叔), no
        part of a full name."""
        kin = self.lex.kinship_words
        return any(part[1:] in kin or part[2:] in kin for part in re.split(f"[{DOTS}]", name) if len(part) > 1)

    def dotted_start(self, end: int) -> int | None:
        """Start of a name of parts joined by a dot ending at end: after the nearest title, punctuation or
        word that a name may follow (会议表彰了吐尔洪·艾买提), its first part two characters or more."""
        m = DOTTED_BEFORE.search(self.text, max(0, end - 40), end)
        if m is None:
            return None
        first_dot = min(k for k in (self.text.find(d, m.start(), end) for d in DOTS) if k >= 0)
        for start in range(first_dot - 2, max(m.start(), first_dot - 8) - 1, -1):   # the nearest start first
            if start == 0 or not self.is_cjk(start - 1) or self.left_boundary(start) or self.verb_ends_at(start) \
                    or any(t.end() == start for t in self.lex.title_pattern.finditer(self.text, max(0, start - 6), start)) \
                    or any(self.text.endswith(h, 0, start) for h in self.lex.org_heads if len(h) > 1):   # 州政协艾力·…
                # the name must end at end, not run on into the word after it (阿沛·晋源和秘书长)
                return start if self.dotted_end(start) == end else None
        return None

    def transliterated_end(self, pos: int, after_title: bool) -> int | None:
        """End of a Mongolian, Tibetan or Uyghur name at pos, its parts joined by a dot."""
        text, translit = self.text, self.lex.transliteration_chars
        if not self.is_cjk(pos) or text[pos] not in translit and not self.han_surname_length(pos):
            return None   # a line break or a character of no name before it (\n克尔克孜)
        limit = pos + MAX_TRANSLITERATED
        end = pos + 2
        while end <= min(limit, len(text)):
            if text[end - 1] not in translit or end - 1 in self.soft_breaks and end - 2 > pos:
                break   # 次仁 多吉: no name across a space the page wrote, but after one character (乌 云其木格)
            if text[end:end + 1] in NAME_DOTS and text[end + 1:end + 2] and text[end + 1] in translit:
                end += 2
                limit = pos + MAX_DOTTED   # 阿不都热依木·买买提: a name and a father's name
                continue
            if self.boundary(end) and self.plausible_transliteration(text[pos:end].replace("·", ""), after_title) \
                    and not common_words_pair(text[pos:end]):
                return self.longer_transliteration(pos, end, limit)
            end += 1
        return None

    def longer_transliteration(self, pos: int, end: int, limit: int) -> int:
        """Where a transliterated name read to end really ends: one character on when the verb after end opens
        with the name's last character and another verb follows (吐尔逊买买提出席: 出席, not 提出) or it is a 和
        before a mark (巴音孟和、); or on through
        characters of transliteration to a mark, a space or the text's end when a one-character word seemed to end
        it (贡嘎来松 摄: 来 is a verb too); end itself otherwise (扎西来参加, 格桑和多吉出席)."""
        text, translit = self.text, self.lex.transliteration_chars
        if self.last_char_before_verb(end) or text[end:end + 1] in CONJUNCTIONS and text[end:end + 1] \
                and (end + 1 == len(text) or text[end + 1] in CLAUSE_MARKS):
            return end + 1   # 巴音孟和、: a 和 before a mark joins nothing, it ends the name
        stop = end
        while stop < min(limit, len(text)) and text[stop] in translit and text[stop] not in CONJUNCTIONS \
                and (stop == end or stop not in self.soft_breaks):
            stop += 1
        hard_end = stop == len(text) or not self.is_cjk(stop) or stop in self.soft_breaks
        word = self.lex.name_boundaries.match(text, end)   # None where a title or a space ended the name
        return stop if stop - end > 1 and hard_end and word is not None and len(word.group()) == 1 \
            and self.plausible(text[pos:stop]) else end

    def plausible_transliteration(self, name: str, after_title: bool) -> bool:
        """name can be a transliterated name: plausible, or, after a post title, a word of transliteration
        characters that jieba holds but rarely sees (州长加布: a verb seen a dozen times), no word that is no name.

        >>> from kg.names import NameReader
        >>> NameReader("").plausible_transliteration("加布", True), NameReader("").plausible_transliteration("参加", True)
        (True, False)
        """
        if self.plausible(name, after_title):
            return True
        return after_title and name not in self.lex.non_names and word_frequency(name) < SELDOM_SEEN \
            and all(c in self.lex.transliteration_chars for c in name) and not self.lex.title_pattern.search(name)

    def transliterated_start(self, end: int) -> int | None:
        """Start of a Mongolian or Tibetan name of four to seven characters of transliteration ending at end that
        opens its clause (，乌仁塔娜委员发言) or follows a verb (接受多杰热旦辞去): no surname shows it, so only the
        clause's start or the verb bounds it; or of two or three after a word a name follows or a verb (，次仁同志,
        、多吉等委员, 关于次仁同志任职, 接受多吉辞去), no frequent word."""
        for length in range(MAX_TRANSLITERATED, 3, -1):
            start = end - length
            if start >= 0 and (start == 0 or self.text[start - 1] in CLAUSE_OPENERS or self.verb_ends_at(start)) \
                    and self.transliterated_end(start, False) == end:
                return start
        return next((start for start in (end - 3, end - 2) if start >= 0 and (
            self.left_boundary(start) or self.verb_ends_at(start)) and self.short_transliteration(start, end)), None)

    def short_transliteration(self, start: int, end: int) -> bool:
        """text[start:end] is a transliterated name of two to seven characters that is no frequent word: 多吉, 洛桑,
        达哇卓玛 (a trigger, a title or a list around it shows a name), not 巴西, 苏木 or 东兰 (places).

        >>> from kg.names import NameReader
        >>> NameReader("多吉、巴西").short_transliteration(0, 2), NameReader("多吉、巴西").short_transliteration(3, 5)
        (True, False)
        """
        item, translit = self.text[start:end], self.lex.transliteration_chars
        if not all(c in translit for c in item) or self.transliterated_end(start, True) != end:
            return False
        tag = common_words().get(item, "nr")
        from kg.places import gazetteer
        return word_frequency(item) < (NAME_WORD_MAX if tag.startswith("nr") else COMMON_WORD) \
            and not gazetteer().lookup(item) and not banner_stem(item)   # 东兰委员工作室: a county's; 苏尼特: banners'
