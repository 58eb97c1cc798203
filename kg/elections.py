"""Election results as the persons stage reads them: A当选为政协X市委员会秘书长, B、C当选为…常务委员,
选举D为…副主席, 增补E、F为市政协常委. The names take the title phrase after 当选为 (or 为), and so become posts.
"""
from __future__ import annotations

import re

from kg.document import PersonMention
from kg.names import NAME_NOTE, NAME_NOTE_AT, NAME_NOTE_BEFORE, after_note
from kg.transliterated_names import DOTTED

# 当选 and what may stand between it and the name before: (女), (藏族), 同志, the votes and an adverb (涂某同志成功当选,
# 以高票当选, 以2144票全数通过，当选, 获2144票，全票当选, 再次当选);
# 被任命为 (易某被任命为全国政协委员)
# (丁某等135名同志当选常务委员, 马某等68位委员当选为…常委: the names written, and the number of all elected)
ELECTED = re.compile(rf"(?:{NAME_NOTE})?(?:等[\d一二两三四五六七八九十]+[名位人])?(?:同志|委员)?(?:(?:以(?:全票|高票|满票|\d+票)(?:全数通过)?|获\d+票)[，,]?)?(?:再次|再度|继续)?(?:成功|顺利|全票|高票)?(?:当选|连任)为?"
                     r"|被(?:任命|增补|选举|推选)为")
SUCCEEDS = re.compile(r"(?:接替|接任)$")   # between the name elected and the one it succeeds
BIO_SEX = re.compile(r"[，,](?:男|女)[，,]")   # 马某，男，: a biography after the name
CURRENT = re.compile(r"现任")   # the posts a biography names as held now
CLAUSE_START = re.compile(r"[，,；;：:。\n]")
ELECTS = re.compile(r"选举|增补|补选|增选|推选|推举|改选|任命|(?:协商|表决)通过")
# a clause of names and 为, opening the sentence or after a comma or colon (会议选举：周某为省政协主席), or after the
# 、 that ends the title of the clause before (选举周某为主席、吴某为副主席: checked by title_before)
CLAUSE_BEFORE_BE = re.compile(r"(?:^|(?<=[，,；;：:、]))[^，,；;：:]+?为")
# between the names elected and 为: 同志, their number (张某、李某四位同志为, 王某等47人为)
NAMES_BEFORE_BE = re.compile(r"(?:等?[\d一二两三四五六七八九十]+[位名人])?(?:同志)?$")   # the same, as the clause's end
NAMES_TAIL = re.compile(r"(?:等?[\d一二两三四五六七八九十]+[位名人])?(?:同志)?为")
# a sentence of appointments: 会议决定，李某为提案委员会主任，张某为经济委员会主任
APPOINTS = re.compile(r"任命|决定|确定")
# a name appointed to a post: 李某任…主任, 张某担任…; not 曾任, 历任, 兼任 (a clause of a career)
APPOINTED = re.compile(r"(?<![曾历原兼转离卸现])(?:担任|出任|任)(?=[\u4e00-\u9fff])")
# a post held besides the one the name was read with (张某兼任秘书长); 曾兼任, 原兼任: of a career
CONCURRENT = re.compile(r"(?<![曾原])兼任(?=[\u4e00-\u9fff])")
APPOINTS_BEFORE = re.compile(r"(?:同意|决定|任命)$")
PHRASE_END = re.compile(r"[，,。；;、）)（(\s]|$|和|及|等|一行|带队|陪同|参加|出席")
# what else ends an appointment's phrase: the document it stands in (关于任命张某为市政府代理市长的决定)
DOCUMENT_AFTER = re.compile(r"的(?:决定|议案|请求|提请)")
PHRASE_STOP = re.compile(r"[，,。；;：:！？!?“”\"《》\s]")
ITEM = re.compile(rf"(?:^|(?<=、))[^、(（]+(?=(?:{NAME_NOTE})?(?:、|$))")   # a name of a list, without the (女) after it
LIST_SEPARATOR = "、"   # between the names of a list


class ElectionReader:
    """The election part of kg.stages.persons.PersonReader: it reads self.text, self.names, self.lex,
    self.taken and self.doc, and adds names by self.add_person and self.list_before."""

    def elections(self, start: int, end: int, sentence: int) -> None:
        """Election results are posts: A当选为政协X市委员会秘书长, B、C当选为…常务委员, 选举D为…副主席,
        增补E、F为市政协常委. The names take the title phrase after 当选为 (or 为)."""
        text = self.text
        for m in ELECTED.finditer(text, start, end):
            phrase = self.phrase_after(m.end(), end)
            if phrase is None or self.elected_list(start, m.start(), sentence, phrase):
                continue
            name_start = self.names.name_before(m.start(), left_bounded=False)
            if name_start is None or self.names.verb_ends_at(name_start, "d"):   # 非常荣幸当选: glad, no name
                continue
            name_start, name_end = self.successor(name_start, m.start(), sentence)
            if not self.taken.covers(name_start):
                self.add_person(name_start, name_end, sentence, "title", phrase)
                self.list_before(name_start, sentence, phrase)
            else:   # 民进县委会主委许春红当选县政协副主席: a name read by its title before is elected too
                self.elected_again(name_start, name_end, sentence, phrase)
        for m in ELECTS.finditer(text, start, end):
            self.elected_after(m.end(), end, sentence)
        if ELECTED.search(text, start, end) or ELECTS.search(text, start, end) or APPOINTS.search(text, start, end):
            self.elected_clauses(start, end, sentence)
        for m in APPOINTED.finditer(text, start, end):
            self.appointed(m, end, sentence)
        for m in CONCURRENT.finditer(text, start, end):
            self.concurrent(m, end, sentence)
        self.biography(start, end, sentence)

    def biography(self, start: int, end: int, sentence: int) -> None:
        """马某，男，回族，…，现任中共某区委员会副书记: a sentence of a biography, opening on the name and its sex, gives
        the post held now (现任) to the name (a second mention where the name was read before)."""
        name_end = self.names.name_at(start)
        held = CURRENT.search(self.text, start, end) if name_end is not None and BIO_SEX.match(self.text, name_end) \
            else None
        phrase = self.phrase_after(held.end(), end) if held else None
        if phrase is not None:
            self.doc.person_mentions.append(PersonMention(self.text[start:name_end], start, name_end, sentence,
                                                          "title", *phrase))
            self.taken.add(start, name_end)

    def successor(self, start: int, end: int, sentence: int) -> tuple[int, int]:
        """The span of the name elected where the name at start..end before 当选 is the one it succeeds (俞某接替贾某
        当选…主席: 俞某, the subject before 接替; 贾某 is a person with no post of it), else start..end."""
        verb = SUCCEEDS.search(self.text, max(0, start - 2), start)
        before = self.names.name_before(verb.start(), left_bounded=False) if verb else None
        if before is None:
            return start, end
        if not self.taken.covers(start):
            self.add_person(start, end, sentence, "trigger")
        return before, verb.start()

    def appointed(self, m: re.Match, end: int, sentence: int) -> None:
        """同意李某任政协X市委员会经济委员会副主任；张某任…: a name opening its clause, 任 (担任, 出任) and a phrase of an
        organization and a title ending the clause is a post; 曾任, 免去 are none."""
        if not self.doc.is_word_start(m.start()):
            return   # 主任, 责任: 任 inside a word
        name_start = self.names.name_before(m.start(), left_bounded=False)
        if name_start is None or not (name_start == 0 or CLAUSE_START.match(self.text, name_start - 1)
                                      or APPOINTS_BEFORE.search(self.text, max(0, name_start - 2), name_start)):
            return
        phrase = self.phrase_after(m.end(), end)
        if phrase is None or self.taken.covers(name_start) or not self.lex.title_pattern.search(self.text, *phrase):
            return
        if self.lex.title_pattern.match(self.text, phrase[0]):   # 王某任副主任委员: no organization, no post, a person
            self.add_person(name_start, m.start(), sentence, "trigger")
            return
        self.add_person(name_start, m.start(), sentence, "title", phrase)

    def concurrent(self, m: re.Match, end: int, sentence: int) -> None:
        """甲某、乙某当选副主席，乙某兼任秘书长: the name opening its clause before 兼任 holds the phrase after it (a
        second mention where the name was read there before)."""
        name_start = self.names.name_before(m.start(), left_bounded=False)
        phrase = self.phrase_after(m.end(), end)
        opens = name_start == 0 or name_start is not None and CLAUSE_START.match(self.text, name_start - 1)
        if not opens or phrase is None:
            return
        if self.taken.covers(name_start):
            self.doc.person_mentions.append(PersonMention(self.text[name_start:m.start()], name_start, m.start(),
                                                          sentence, "title", *phrase))
        else:
            self.add_person(name_start, m.start(), sentence, "title", phrase)

    def elected_after(self, at: int, end: int, sentence: int) -> None:
        """选举D为…副主席, 增补E、F为市政协常委, 选举G、H四位同志为副主席: the names after the verb take the phrase
        after 为; a name read before (in a list of the leaders present) is elected too."""
        text = self.text
        name_end = self.names.name_at(at)
        if name_end is None:
            return
        names = [(at, name_end)]
        while text.startswith(LIST_SEPARATOR, after := after_note(text, names[-1][1])) \
                and (nxt := self.names.name_at(after + 1)):
            names.append((after + 1, nxt))
        tail = NAMES_TAIL.match(text, after_note(text, names[-1][1]))
        if tail is None or (phrase := self.phrase_after(tail.end(), end)) is None:
            return
        known = {(m.start, m.end) for m in self.doc.person_mentions}
        for a, b in names:
            if not self.taken.covers(a):
                self.add_person(a, b, sentence, "title", phrase)
            elif (a, b) in known:
                self.doc.person_mentions.append(PersonMention(text[a:b], a, b, sentence, "title", *phrase))

    def elected_list(self, start: int, end: int, sentence: int, phrase: tuple[int, int]) -> bool:
        """A clause that is nothing but a 、-list of names before 当选 (于某、秦某、奇某当选为…副主席): every
        item takes the phrase, a name of a rare surname (奇, 折) or a transliterated one among them too, where every
        item may be a name, one at least is a plausible one, and none holds a title. Whether the clause was read so."""
        notes = [n.span() for n in NAME_NOTE_AT.finditer(self.text, start, end)]   # (女,藏族): no clause starts inside
        clause = max((m.end() for m in CLAUSE_START.finditer(self.text, start, end)
                      if not any(a < m.start() < b for a, b in notes)), default=start)
        items = [(clause + k.start(), clause + k.end()) for k in ITEM.finditer(self.text[clause:end])]
        if len(items) < 2 or len(items) != self.text.count(LIST_SEPARATOR, clause, end) + 1 \
                or any(not 2 <= b - a <= 4 and not DOTTED.fullmatch(self.text, a, b) for a, b in items) \
                or any(self.lex.title_pattern.search(self.text, a, b) or not self.names.plausible(self.text[a:b])
                       for a, b in items) \
                or not any(self.plausible_item(a, b) for a, b in items):
            return False
        for a, b in items:
            if not self.taken.covers(a):
                self.add_person(a, b, sentence, "title", phrase)
        return True

    def elected_again(self, start: int, end: int, sentence: int, phrase: tuple[int, int]) -> None:
        """The names of a list ending at end that were read by the titles before them (副主委施正明、徐刚当选县政协
        常委) take the election's phrase too."""
        known = {(m.start, m.end) for m in self.doc.person_mentions if m.title_start >= 0}
        while (start, end) in known:
            self.doc.person_mentions.append(PersonMention(self.text[start:end], start, end, sentence, "title", *phrase))
            if start == 0 or self.text[start - 1] != LIST_SEPARATOR:
                return
            end = start - 1
            start = self.names.name_before(end, left_bounded=False)
            if start is None:
                return

    def elected_clauses(self, start: int, end: int, sentence: int) -> None:
        """In a sentence of election results or appointments, a clause of names, 为 and a post (郑志勇为秘书长,
        张兰、王海为副秘书长, 会议决定…李某为提案委员会主任; 高某、章某（女）为副主任委员, 刘某、李某同志为…, 王某、叶某
        2位同志为…); a name read before (by 同志 after it, or in a list) takes the post too."""
        for m in CLAUSE_BEFORE_BE.finditer(self.text[start:end]):
            clause_start, be = start + m.start(), start + m.end() - 1
            if self.text[clause_start - 1:clause_start] == LIST_SEPARATOR and not self.title_before(clause_start - 1):
                continue   # 张某、李某为副主席 read from 李某: the clause starts before 张某
            verb = ELECTS.match(self.text, clause_start)   # ，选举吴某、张某为…: the names begin after the verb
            clause_start = verb.end() if verb else clause_start
            items = self.clause_names(clause_start, be)
            phrase = self.phrase_after(be + 1, end)
            known = {(p.start, p.end) for p in self.doc.person_mentions}
            strict = [self.names.name_at(a) == b for a, b in items]
            # (…当选为政协某市委员会副主席，淳某为…秘书长: a name after the clause of another result is one, its
            # surname unknown to the reader)
            listed = 2 * sum(strict) > len(items) or self.title_before(clause_start - 1)
            if phrase is None or any((a, b) not in known and (self.taken.covers(a) or not ok and not
                                                              self.list_item(a, b, listed))
                                     for (a, b), ok in zip(items, strict)):
                continue
            for a, b in items:
                if (a, b) in known:
                    self.doc.person_mentions.append(PersonMention(self.text[a:b], a, b, sentence, "title", *phrase))
                else:
                    self.add_person(a, b, sentence, "title", phrase)

    def title_before(self, pos: int) -> bool:
        """A title of an election's clause ends at pos, after 为 (…为主席、, …为政协某市委员会副主席、): what may stand
        before a clause's 、."""
        be = self.text.rfind("为", max(0, pos - 20), pos)
        return be >= 0 and not PHRASE_STOP.search(self.text, be, pos) \
            and any(self.text.endswith(t, be + 1, pos) for t in self.lex.titles)

    def list_item(self, start: int, end: int, in_list: bool) -> bool:
        """An item the name reader does not read alone that is a name still in a list of names mostly read (黄山明
        of 张某、黄山明、戴某: 黄山 is a place; 计伟荣 of a rare surname): a plausible name or one of a surname."""
        return in_list and 2 <= end - start <= 4 and not self.lex.title_pattern.search(self.text, start, end) \
            and (self.names.plausible(self.text[start:end]) or self.names.han_surname_length(start) > 0)

    def clause_names(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans of the 、-items of text[start:end] without the notes after names ((女)) and the words that end a
        list of names before 为 (同志, 3位同志, 等5人)."""
        tail = NAMES_BEFORE_BE.search(self.text, start, end)
        end = tail.start() if tail is not None else end
        items = [(start + k.start(), start + k.end()) for k in re.finditer(r"[^、]+", self.text[start:end])]
        return [(a, note.start() if (note := NAME_NOTE_BEFORE.search(self.text, a, b)) else b) for a, b in items]

    def phrase_after(self, pos: int, end: int) -> tuple[int, int] | None:
        """The span of an organization and a title that ends its clause, from pos: 政协楚雄市第十届委员会秘书长，"""
        for m in self.lex.title_pattern.finditer(self.text, pos, end):
            # a space once after the title ends the phrase too (A当选省政协主席 B等9人当选副主席)
            if PHRASE_END.match(self.text, m.end()) or m.end() == end or m.end() in self.doc.soft_breaks \
                    or DOCUMENT_AFTER.match(self.text, m.end()):
                if PHRASE_STOP.search(self.text, pos, m.start()):
                    return None
                return pos, self.bare_titles_after(m.end(), end)
        return None

    def bare_titles_after(self, pos: int, end: int) -> int:
        """Where a phrase ending at pos ends with the bare titles 、 joins to it (任命李某为副市长、代理市长: 代理市长
        too); a piece with words before its title (、B为副主席: another name's) ends it at pos."""
        while self.text.startswith(LIST_SEPARATOR, pos):
            m = self.lex.title_pattern.match(self.text, pos + 1, end)
            if m is None or not (PHRASE_END.match(self.text, m.end()) or m.end() == end
                                 or DOCUMENT_AFTER.match(self.text, m.end())):
                return pos
            pos = m.end()
        return pos
