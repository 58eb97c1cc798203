"""Stage mentions: the persons and organizations a bulletin names.

Persons: a name right after a title phrase (市政协党组副书记、主席杨利民), the names of a list sharing it
(副主席贺俊、云港、郝文), a name beside a trigger word (X同志, 名叫X, 编辑:X, X总书记), names of the
lexicon of national and historical figures, and every later occurrence of a name found so.
Organizations: spans ending in an organization head word (局, 集团, 有限公司, 政协…), begun where a verb,
preposition or punctuation stops them, and read by the organization-name grammar in their scope.
Nothing is read from the table of contents; from the masthead only organizations (the editing office).
"""
from __future__ import annotations

import bisect
import re

from kg.document import Document, PersonMention
from kg.lexicon import lexicon
from kg.names import NameReader
from kg.orgnames import UNIT_HEADS, Scope, canonical, scope_for

LIST_SEPARATOR = "、"
EVIDENCE_KINDS = ("person", "member")   # titles that show a person but are weaker evidence than a post
PHRASE_STOP = re.compile(r"[，,。；;：:！？!?“”\"《》\s]")
FULL_CPPCC = re.compile(r"(?:中国人民政治协商会议|政协)[\u4e00-\u9fff]{2,12}?委员会")
ORG_CONTINUATION = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:委员会|委(?!员)|界别活动组|界别组|界别|联组|中心|办(?![公理法事]))")
ITEM_JOINT = re.compile(r"、|及其")   # what joins the items of a list of bodies
GENERIC_MIDDLE = re.compile(r"[各该本]|有关|相关")
JUNK_START = re.compile(r"^[次届期个位名年月日号批项所家多]")
SEVERAL_LEVELS = re.compile(r"[各全]?[市县区旗盟州省]{2}")
GENERIC_LEVELS = re.compile(r"^(?:[全各两三]|[市县区旗盟州省]{2})")   # 全省政协, 市县政协: no one body
# heads whose organizations are named by a place alone: 包头市政协, 九原区委, 市人大常委会, 东河区政府
PLACE_HEADS = ("政协", "市委", "区委", "县委", "旗委", "盟委", "州委", "省委", "人大常委会", "人大", "人民政府", "政府")
# a Party cell is named after the unit it sits in: 巴音花镇党委, 华余村党总支, 市政协机关第一党支部
CELL_HEADS = ("党委", "党工委", "党总支", "党支部", "支部")
CELL_UNITS = re.compile(r"(镇|乡|村|街道|社区|苏木|嘎查|机关|公司|集团|学校|大学|医院|中心|[一二三四五六七八九十]|民盟|民建|民进|民革|九三学社|致公党|农工党|台盟|[一-鿿]{2}(?:市|县|旗|区|盟))$")
LEVEL_CHARS = ("自治区", "全国", "中共", "省", "市", "盟", "州", "区", "县", "旗")


class Reader:
    """Reads one document's persons and organizations."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.names = NameReader(doc.text, doc.soft_breaks)
        self.lex = lexicon()
        self.taken: list[tuple[int, int]] = []   # spans of names and title words
        self.token_starts = self.tokenize()
        self.token_list = sorted(self.token_starts)

    def tokenize(self) -> set[int]:
        """Word boundaries (jieba): a stop word only stops a name where it is a word of its own."""
        import jieba
        jieba.setLogLevel(60)
        starts: set[int] = set()
        for s in self.doc.sentences:
            pos = s.start
            for token in jieba.cut(self.text[s.start:s.end], HMM=False):
                starts.add(pos)
                pos += len(token)
            starts.add(pos)
        return starts

    # ---- persons -------------------------------------------------------------------------------------------
    def title_phrase_start(self, title_start: int) -> int:
        """Where the title phrase before a name begins: its organization part and earlier 、-joined titles."""
        text, lex = self.text, self.lex
        pos = title_start
        while True:
            pos = self.org_part_start(pos)
            if pos > 0 and text[pos - 1] == LIST_SEPARATOR:
                prev = pos - 1
                m = next((m for m in lex.title_pattern.finditer(text, max(0, prev - 8), prev) if m.end() == prev), None)
                # a professional title joins the phrase only with its organization (河南科技大学教授、民盟盟员)
                if m and (lex.titles[m.group()].kind not in EVIDENCE_KINDS or self.org_part_start(m.start()) < m.start()):
                    pos = m.start()
                    continue
            return pos

    def org_part_start(self, end: int) -> int:
        text = self.text
        pos = end
        stops = self.lex.org_left_stops
        while pos > 0 and end - pos < 40:
            ch = text[pos - 1]
            if ch in ")）":
                open_at = text.rfind("(", max(0, pos - 20), pos)
                if open_at < 0:
                    break
                pos = open_at
                continue
            if not self.names.is_cjk(pos - 1) and not ch.isdigit():
                break
            if ch.isdigit():
                break
            if pos in self.doc.soft_breaks and pos != end:
                break
            if pos in self.token_starts and (any(text.endswith(w, 0, pos) and pos - len(w) in self.token_starts
                                                 for w in stops) or self.stop_words_only(self.token_before(pos))) \
                    and not self.inside_compound(pos) and not self.names_a_unit(pos, end):
                break
            if any(s < pos <= e for s, e in self.taken):
                break
            pos -= 1
        return pos

    def names_a_unit(self, pos: int, end: int) -> bool:
        """A word before a unit's head word names the unit, it does not stop the name: 调研 in 信息调研处,
        联络 in 联络处; a verb is followed by its object, not by a bare 处 or 科."""
        return self.text[pos:end] in UNIT_HEADS and len(next(
            (w for w in self.lex.org_left_stops if self.text.endswith(w, 0, pos)), "")) > 1

    def inside_compound(self, pos: int) -> bool:
        """pos follows 和 inside an official name like 林业和草原局."""
        for word in self.lex.org_name_compounds:
            for k in range(len(word)):
                if self.text.startswith(word, pos - k - 1) and 0 <= k < len(word):
                    return True
        return False

    def add_person(self, name_start: int, name_end: int, sentence: int, evidence: str,
                   title: tuple[int, int] = (-1, -1)) -> None:
        self.doc.person_mentions.append(PersonMention(self.text[name_start:name_end], name_start, name_end,
                                                      sentence, evidence, title[0], title[1]))
        self.taken.append((name_start, name_end))

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
            if m.end() not in self.token_starts:
                continue   # 委员会加强: the title is part of a longer word
            strong = lex.titles[m.group()].kind not in EVIDENCE_KINDS
            name_end = self.names.name_at(m.end(), after_title=strong)
            if name_end is None or name_end > end:
                continue
            phrase_start = self.title_phrase_start(m.start())
            self.taken.append((m.start(), m.end()))
            self.add_person(m.end(), name_end, sentence, "title", (phrase_start, m.end()))
            pos = self.list_after(name_end, sentence, "title", (phrase_start, m.end()))

    def triggered_names(self, start: int, end: int, sentence: int) -> None:
        text = self.text
        for word in self.lex.person_triggers["before"]:
            for m in re.finditer(re.escape(word), text[start:end]):
                at = start + m.end()
                name_end = self.names.name_at(at)
                if name_end and not self.covered(at):
                    self.add_person(at, name_end, sentence, "trigger")
                    self.list_after(name_end, sentence, "trigger")
        for word in self.lex.person_triggers["after"]:
            for m in re.finditer(re.escape(word), text[start:end]):
                at = start + m.start()
                name_start = self.names.name_before(at)
                if name_start is not None and not self.covered(name_start) and not self.covered(at - 1):
                    # a title that names its own organization makes a post even after the name: 习近平总书记
                    title = self.lex.titles.get(word)
                    span = (at, at + len(word)) if title and title.kind == "national" else (-1, -1)
                    self.add_person(name_start, at, sentence, "trigger", span)
                    self.list_before(name_start, sentence)

    def list_before(self, start: int, sentence: int) -> None:
        while start > 0 and self.text[start - 1] == LIST_SEPARATOR:
            name_start = self.names.name_before(start - 1, left_bounded=False)
            if name_start is None or self.covered(name_start):
                return
            self.add_person(name_start, start - 1, sentence, "list")
            start = name_start

    def covered(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.taken)

    def lexicon_names(self, start: int, end: int, sentence: int) -> None:
        national = [t for t, title in self.lex.titles.items() if title.kind == "national"]
        for name in self.lex.famous_persons:
            for m in re.finditer(re.escape(name), self.text[start:end]):
                at, after = start + m.start(), start + m.end()
                if not self.covered(at):
                    title = next((t for t in national if self.text.startswith(t, after)), None)
                    span = (after, after + len(title)) if title else (-1, -1)
                    self.add_person(at, after, sentence, "lexicon", span)

    def leader_names(self, start: int, end: int, sentence: int) -> None:
        """National leaders named by a title alone (汪洋主席, 李克强总理), before the title is taken for a trigger."""
        for leader in self.lex.national_leaders:
            for m in re.finditer(re.escape(leader.name + leader.title), self.text[start:end]):
                at, after = start + m.start(), start + m.start() + len(leader.name)
                if not self.covered(at):
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
                if not self.covered(m.start()) and m.start() in self.token_starts:
                    self.add_person(m.start(), m.end(), si, "repeat")

    # ---- organizations -------------------------------------------------------------------------------------
    def org_spans(self, start: int, end: int) -> list[tuple[int, int]]:
        """Candidate organization spans in a sentence: head-word ends, extended left and right."""
        text, lex = self.text, self.lex
        best: dict[int, int] = {}
        head_only: dict[int, int] = {}   # start -> end of spans that are a head word alone
        for m in lex.org_head_pattern.finditer(text, start, end):
            if self.covered(m.start()) or m.end() not in self.token_starts and (
                    m.group() == "政协" or not self.title_after(m.end())):
                # 组织部分, 报送: the head is part of another word; but 党委书记 is 党委 + 书记 (政协委员 and
                # 政协主席 are words of their own, mostly for any committee's member or chair)
                continue
            head = m.group()
            e = m.end()
            if head.endswith(PLACE_HEADS):
                s = self.place_prefix_start(m.start() + (1 if head in PLACE_HEADS[1:8] else 0))
                if head in PLACE_HEADS[1:8] and text.startswith("会", m.end()):
                    continue   # 九三学社市委会: a democratic party's committee, not the Party's
                if GENERIC_LEVELS.match(text[s - 1 if s > 0 and text[s - 1] in "全各" else s:e]):
                    continue
                e = self.office_continuation(e, head, end)
            else:
                s = self.trim_leading_words(self.org_part_start(m.start()), m.start())
                if head in CELL_HEADS and not CELL_UNITS.search(text[s:m.start()]) \
                        and not text.startswith(tuple(lex.democratic_parties), s):
                    continue
                if SEVERAL_LEVELS.match(text, s):
                    continue   # 旗县区党委: the committees of several places, no one body
            if text.startswith("政协", m.start()):
                e = self.cppcc_continuation(e, end)
            if s < m.start() or text[s:e] != m.group() or head in PLACE_HEADS[1:8] and s in self.token_starts:
                best[s] = max(best.get(s, 0), e)   # 市委 alone names the local Party committee
            elif head in lex.org_heads_alone and s in self.token_starts:
                best[s] = max(best.get(s, 0), e)   # 环卫所, 工商联: one body of the local place
            elif s > 0 and text[s - 1] == LIST_SEPARATOR and len(head) > 1 \
                    or head in ("政府", "人民政府") and text.endswith(CELL_HEADS[:2], 0, s):
                # 财政局 alone: an organization only as an item of a list; 镇党委政府: the town's government
                head_only[s] = e
                best[s] = max(best.get(s, 0), e)
        for m in FULL_CPPCC.finditer(text, start, end):
            if not GENERIC_MIDDLE.match(text, m.start() + (2 if text.startswith("政协", m.start()) else 10)):
                # not 政协各专门委员会; a body written after the full name belongs to it (政协洛阳市委员会办公室)
                best[m.start()] = max(best.get(m.start(), 0), self.cppcc_continuation(m.end(), end))
        for m in self.party_committees.finditer(text, start, end):
            # 民革市委会、民盟市委会, 九三学社洛阳市委会, 农工党渝北区总支: a democratic party's local body
            if m.start() not in best or best[m.start()] < m.end():
                best[m.start()] = m.end()
        for m in ITEM_JOINT.finditer(text, start, end):
            # a body word alone after 、 or 及其: 市政协宣教中心、委员服务中心; 市政协及其常委会
            word = max((w for w in lex.cppcc_bodies + lex.party_departments if text.startswith(w, m.end())
                        and m.end() + len(w) in self.token_starts | {end}), key=len, default="")
            if word and m.end() not in best:
                best[m.end()] = head_only[m.end()] = m.end() + len(word)
        spans = sorted(best.items())
        out = []
        for s, e in spans:
            if out and s < out[-1][1]:
                continue
            if head_only.get(s) == e and not (out and (ITEM_JOINT.fullmatch(text, out[-1][1], s) or out[-1][1] == s)):
                continue
            chunk = text[s:e]
            if JUNK_START.match(chunk) or any(chunk.endswith(w) for w in lex.not_org_words):
                continue
            if lex.title_pattern.match(text, e) and text.startswith("党组", e - 2) and self.name_follows(e):
                continue   # 市政协党组书记陈智: a post in the committee (posts); 政协党组成员、主席会议成员: the 党组
            out.append((s, e))
        return out

    @property
    def party_committees(self) -> re.Pattern:
        """A democratic party's name, a place (or a bare level) and its committee or branch."""
        if not hasattr(self, "_party_committees"):
            names = sorted({w for kv in self.lex.democratic_parties.items() for w in kv}, key=len, reverse=True)
            self._party_committees = re.compile(
                "(?:" + "|".join(map(re.escape, names)) + r")[\u4e00-\u9fff]{0,10}?(?:市委会|委员会|委会|总支|支部)")
        return self._party_committees

    def name_follows(self, pos: int) -> bool:
        """A person's name stands after pos in the same phrase (after its titles)."""
        stop = PHRASE_STOP.search(self.text, pos)
        stop_at = stop.start() if stop else len(self.text)
        return any(pos <= m.start < stop_at for m in self.doc.person_mentions)

    def title_after(self, pos: int) -> bool:
        """A title that is a word of its own stands at pos: 书记 in 自治区党委书记."""
        m = self.lex.title_pattern.match(self.text, pos)
        return m is not None and m.end() in self.token_starts

    def office_continuation(self, e: int, head: str, limit: int) -> int:
        """市委组织部, 市委常委会, 市政府办公室: a department written right after its parent."""
        words = ["办公室", "办公厅"] + (self.lex.party_departments if head.endswith("委") else [])
        word = max((w for w in words if self.text.startswith(w, e) and e + len(w) <= limit), key=len, default="")
        if word and (e + len(word)) in self.token_starts | {limit}:
            return e + len(word)
        return e

    def trim_leading_words(self, s: int, head_start: int) -> int:
        """Drop verbs, prepositions and pronouns the left scan took in (希望中国…商会 → 中国…商会)."""
        from kg.names import common_words
        from kg.places import gazetteer
        tags = common_words()
        pos = s
        while pos < head_start:
            nxt = min((t for t in self.token_starts if pos < t <= head_start), default=head_start)
            token = self.text[pos:nxt]
            if gazetteer().lookup(token) or len(token) < 2:
                break
            tag = tags.get(token, "")
            if not tag.startswith(("v", "p", "r", "d", "c", "u", "m", "q", "t")) and token not in ("全市", "全区"):
                break
            pos = nxt
        return pos

    def token_before(self, pos: int) -> str:
        """The jieba word that ends at pos ("" at the start of a sentence)."""
        k = bisect.bisect_left(self.token_list, pos)
        return self.text[self.token_list[k - 1]:pos] if k > 0 else ""

    def stop_words_only(self, token: str) -> bool:
        """A word jieba keeps whole that is stop words run together: 专程到 (专程 + 到)."""
        if not token:
            return True
        return any(token.startswith(w) and self.stop_words_only(token[len(w):])
                   for w in self.lex.org_left_stops)

    def place_prefix_start(self, end: int) -> int:
        """Start of the run of place names and level words (市, 自治区, 中共) that ends at end."""
        from kg.places import gazetteer
        text = self.text
        pos = end
        while pos > 0:
            window = text[max(0, pos - 12):pos]
            matches = [m for m in gazetteer().find_all(window) if m.end == len(window)]
            word = next((w for w in LEVEL_CHARS if window.endswith(w)), None)
            step = max([m.end - m.start for m in matches] + [len(word) if word else 0])
            if step == 0:
                break
            pos -= step
        return pos

    def national_orgs(self, start: int, end: int, sentence: int):
        """Bodies of the national level: 中共中央, 国务院, 全国人大."""
        for name, kind, aliases in self.lex.national_orgs:
            for alias in aliases:
                for m in re.finditer(re.escape(alias), self.text[start:end]):
                    a = start + m.start()
                    if not self.covered(a):
                        yield name, kind, aliases, alias, a, a + len(alias)

    def cppcc_continuation(self, e: int, limit: int) -> int:
        """A body inside a CPPCC committee written right after it: 市政协提案委, 市政协机关纪委."""
        text, lex = self.text, self.lex
        title = lex.title_pattern.match(text, e)
        body = max((w for w in lex.cppcc_bodies + ["党组"] if text.startswith(w, e)), key=len, default="")
        if text[e:e + 1] in "市区县旗省各全有该" or re.match(r"[\u4e00-\u9fff]{0,4}?(?:市|区|县|旗)(?:委|政协)", text[e:e + 6]):
            return e
        if body and not (title and len(title.group()) >= len(body)):
            e2 = e + len(body)
            nxt = self.cppcc_continuation_inner(e2, limit)
            return nxt or e2
        if title:
            # 市政协委员学习和联络工作委员会: a committee whose name begins like the title 委员
            m = ORG_CONTINUATION.match(text, e, limit)
            if title.group() in ("委员", "常委") and m and m.group().endswith("委员会") \
                    and m.end() - title.end() > 3 and self.plain_continuation(m):
                return m.end()
            return e
        if text.startswith("办", e) and (e + 1 >= limit or not "\u4e00" <= text[e + 1] <= "\u9fff"):
            return e + 1   # 旗政协办、发改委: the committee's office, shortened
        m = ORG_CONTINUATION.match(text, e, limit)
        if m and self.plain_continuation(m):
            return m.end()
        return e

    def plain_continuation(self, m: re.Match) -> bool:
        """The words after 政协 hold no name, verb or stop word: they are the name of a body."""
        lex = self.lex
        body = m.group()
        for word in lex.org_name_compounds:
            body = body.replace(word, "\0" * len(word))
        # a boundary word counts where it is a word of its own: not 作 of 工作
        if any(m.start() + b.start() in self.token_starts and m.start() + b.end() in self.token_starts
               for b in lex.name_boundaries.finditer(body)):
            return False
        return not any(w in body for w in lex.org_left_stops if len(w) > 1) \
            and not any(self.covered(p) for p in range(m.start(), m.end()))

    def cppcc_continuation_inner(self, e: int, limit: int) -> int | None:
        text, lex = self.text, self.lex
        if lex.title_pattern.match(text, e):
            return None
        m = re.match(r"[\u4e00-\u9fff]{0,6}?(纪委|党支部|党委|党总支)", text[e:limit])
        return e + m.end() if m else None


def masthead_sentences(doc: Document) -> list:
    """The lines before the first article that are no table of contents: the office that edits the bulletin
    (包头市政协办公室) is an organization the bulletin names."""
    first = doc.articles[0].start if doc.articles else 0
    return [(i, s) for i, s in enumerate(doc.sentences)
            if s.article < 0 and s.end <= first and not any(a <= s.start < b for a, b in doc.toc)]


def run(doc: Document) -> None:
    reader = Reader(doc)
    body = [(i, s) for i, s in enumerate(doc.sentences) if s.article >= 0]
    for i, s in body:
        reader.titled_names(s.start, s.end, i)
    for i, s in body:
        reader.leader_names(s.start, s.end, i)
        reader.triggered_names(s.start, s.end, i)
        reader.lexicon_names(s.start, s.end, i)
    reader.repeated_names()

    from kg.document import Organization
    for i, s in masthead_sentences(doc) + body:
        for name, kind, aliases, alias, start, end in reader.national_orgs(s.start, s.end, i):
            doc.add_organization(Organization(name, kind, set(aliases)), alias, start, end, i)
        spans = reader.org_spans(s.start, s.end)
        first, first_org, org = "", None, None   # the first item of the current 、-list, the last read
        for k, (start, end) in enumerate(spans):
            surface = doc.text[start:end]
            scope = scope_for(doc, s.article, start)
            # items of a 、-list share the place prefix of the first (白云矿区政府办公室、发改委、财政局) and,
            # when the first is a body inside another, its parent (市政协宣教中心、委员服务中心)
            joint = doc.text[spans[k - 1][1]:start] if k > 0 else ""
            in_list = joint == LIST_SEPARATOR
            if in_list:
                scope.shared_prefix = shared_prefix(first, scope)
                if first_org is not None and first_org.parent_org is not None:
                    scope.parent = first_org.parent_org
            elif joint == "及其" and org is not None:
                scope.parent = org   # 市政协及其常委会: the body belongs to the organization before
            elif k > 0 and not joint and doc.text.endswith(CELL_HEADS[:2], 0, start):
                # 巴音花镇党委政府: the government of the unit whose Party committee comes first
                head = next(h for h in CELL_HEADS[:2] if doc.text.endswith(h, 0, start))
                scope.shared_prefix = doc.text[spans[k - 1][0]:start - len(head)]
            if not in_list:
                first = surface
            org = canonical(surface, scope)
            if not in_list:
                first_org = org
            if org is not None:
                doc.add_organization(org, surface, start, end, i)


def shared_prefix(surface: str, scope: Scope) -> str:
    from kg.orgnames import leading_places
    places, used, _bare = leading_places(surface, scope)
    return surface[:used] if places else ""
