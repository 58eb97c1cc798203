"""Span tests of the organizations stage (kg/stages/organizations.py) for the small bodies a CPPCC page names and for
what makes a name none, kept here to keep that module small: a town's or village's liaison office of the committee
(某镇某村政协联络室), a liaison group of two towns (某街道与某镇联络组党支部), a members' studio with a label of its own
(红石榴·某某委员工作室), the committee of members its place names (住我市的苏州市政协委员), a sector's discussion group
(工商联讨论组), a democratic party's body written after its committee (民革市委常务委员会), a zone the visitors went to
(赴某某开发区), a historic site or a project named after a body (中共中央旧址, 某某厂改造项目), a company's hall
(某某公司科技馆), a hospital a verb governs (带动医院发展) and a meeting's word before a place (推介会某某农高区). Each function takes the stage's OrgReader (its
text, doc, lex, scan and plain_continuation)."""
from __future__ import annotations

import re

from kg.lexicon import visit_pattern
from kg.names import DOTS, common_words
from kg.orglists import LIST_SEPARATOR, Span
from kg.org_words import heads
from kg.orgnames import GRASSROOTS_UNITS, LIAISON_OFFICE_WORDS, canonical
from kg.places import gazetteer
from kg.zones import FREE_TRADE_ZONE, LISTED_ZONES, ZONE_DISTRICT, ZONE_KIND, city_new_area

GRASSROOTS_OFFICE = re.compile(LIAISON_OFFICE_WORDS)
GRASSROOTS_UNIT = re.compile(rf"(?:{GRASSROOTS_UNITS})$")   # what ends a town's or village's name
COUNTED_UNIT = re.compile(r"[个各每该本]")   # 首个街道, 各镇: no town of its own name
CPPCC_WORD = "政协"
ANY_COMMITTEES_BODY = "委员之家"   # after a bare 政协: any committee's, no one body
TOWNS_JOINT = "与"
TOWNS_GROUP = "联络组"   # a committee's group of the members of some towns
DOT_MARK = re.compile("[" + DOTS + "]")   # what joins a body's own label to its name: 某某·王某委员工作室
MEMBER_WORD = "委员"   # 委员工作室 without it, 工作室, is the room's short form
MEMBERS = re.compile(r"委员(?!工作室|工作站|之家|联络室|会)")   # 政协委员, not 政协委员工作室 (the members' place)
PLACE_WINDOW = 12
# a discipline committee's group stationed in a body (市纪委派驻市政协纪检组, 市纪检委派驻市委组织部纪检组)
STATIONED_GROUP = re.compile(r"(?:纪委|纪检委|纪工委)(?:监委)?派驻[\u4e00-\u9fff]{2,14}?纪检(?:监察)?组")
STATIONED_RULE = "stationed group"
STATIONED, GROUP_START = "派驻", "纪检"
SETTING_UP = re.compile(r"揭牌|授牌|成立")   # 为王某委员工作室揭牌: a room set up, named as a body
KIND_BEING_BUILT = "建设"   # “某某”委员工作站建设: the kind of room built everywhere, no one body
MIN_LABEL = 2   # characters of a listed room's label (新联会, 王某)
SECTOR_GROUP = re.compile(r"(?:讨论|联|小)?组")   # 群众团体、工商联讨论组: a plenary's group of the sector, no body
# a body of a democratic party's committee written after it: its standing or supervisory committee, a special one
PARTY_BODY = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:委员会|委会)")
PARTY_COMMITTEE_ENDS = ("委", "委会", "委员会")   # not a branch (支部委员会 is the branch itself)
MEETING_END = "议"   # 常委会议: a meeting of the standing committee, no body
VISIT_WINDOW = 8     # characters a visit word before a name takes at most (先后来到)
PERFECTIVE = "了"    # 走进了某某开发区
ARRIVE = "到"        # 到某某开发区视察: a visit word only as a word of its own (not 达到, 受到)
LIAISON_OFFICE = "办事处"   # a government's office in the capital (驻北京办事处) and its working units
OFFICE_WORKING_UNIT = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:工作部|联络处|联络部)")   # 某某工作部 of 驻京办事处某某工作部


def grassroots_office_span(reader, m: re.Match, limit: int) -> tuple[int, int] | None:
    """A town's or village's liaison office of the committee, named after the town or village: 某某镇某某村政协联络室,
    某某街道政协委员联络室, 某某社区委员之家 (a grassroots head, 政协 left out; the gazetteer names no town; the name is
    kept as written); None for any other head."""
    text = reader.text
    office = GRASSROOTS_OFFICE.match(text, m.end(), limit) if m.group() == CPPCC_WORD else \
        m if m.group() in heads("grassroots") else None
    if office is None:
        return None
    s = reader.scan.org_part_start(m.start())
    unit = GRASSROOTS_UNIT.search(text, s, m.start())
    if unit is None or unit.end() != m.start() or unit.start() == s or not reader.doc.is_word_start(s) \
            or COUNTED_UNIT.search(text, s, m.start()):
        return None   # 深圳首个街道政协委员联络室: the first of its kind, no town named; 社区委员联络站: no town's
    return s, office.end()


def joint_towns_start(reader, s: int, e: int) -> int:
    """Where a liaison group's name begins that joins two towns with 与 (某某街道与某某镇联络组党支部: one group of
    both, the left scan stopped at 与); s when text[s:e] is no such group."""
    text = reader.text
    if not (s > 0 and text[s - 1] == TOWNS_JOINT and text.endswith(TOWNS_GROUP, s, e)):
        return s
    a = reader.scan.org_part_start(s - 1)
    return a if a < s - 1 and GRASSROOTS_UNIT.search(text, a, s - 1) else s


def labelled_head_within(reader, m: re.Match) -> bool:
    """A head of members' rooms and homes begins inside the head m, which ends inside a word (区委 of 社区委员工作室,
    社区委员之家: 委员工作室, 委员之家).

    reader is the organizations stage's OrgReader; m a match of the lexicon's org_head_pattern."""
    text, members = reader.text, heads("labelled") + heads("grassroots")
    return any(text.startswith(h, at) for at in range(m.start() + 1, m.end()) for h in members)


def own_label(reader, s: int, m: re.Match) -> bool:
    """text[s:m.start()] gives the body of head m its own label: joined by a dot (红石榴·王某委员工作室), in a sentence
    that sets the room up, the member's name (为王某委员工作室揭牌) or an item of a list the head ends (为新联会、某某
    社区委员工作室揭牌; a room visited, 来到王某委员工作室, 到某镇政协委员工作室, is a place, unless its short form then
    gives its posts: 某某委员工作室。工作室主任古某), or in quotes, after the town or
    place it belongs to (某某镇“协商于民”政协委员工作站) or alone (“某某”委员工作室; but “协商于民”委员工作站建设 is the
    kind being built everywhere)."""
    text, e = reader.text, m.start()
    if DOT_MARK.search(text, s, e):
        return True
    if s < e and (member_name_start(reader, m, None) == s or listed_labels(reader, s)) and set_up_here(reader, e):
        return True
    if s < e and short_form_with_posts(reader, m):
        return True
    quote = text.find("“", s, e)
    if quote == s:
        return not text.startswith(KIND_BEING_BUILT, m.end())
    return quote > s and (GRASSROOTS_UNIT.search(text, s, quote) is not None
                          or any(p.end == quote for p in reader.doc.places.find(s, quote)))


def short_form_with_posts(reader, m: re.Match) -> bool:
    """The room of head m is named again in its article by its short form, a word of its own before a title and a
    name (某某委员工作室。工作室主任古某、副主任杨某): a room with posts in it, a body."""
    text, short = reader.text, m.group()[len(MEMBER_WORD):]
    if not m.group().startswith(MEMBER_WORD):
        return False
    doc, at = reader.doc, reader.doc.sentence_at(m.start())
    article = doc.sentences[at].article if at >= 0 else -1
    pos = text.find(short, m.end(), doc.articles[article].end if article >= 0 else len(text))
    return pos >= 0 and short_room_with_posts(reader, pos, short)


def short_room_with_posts(reader, pos: int, short: str) -> bool:
    """text[pos:] is a room's short form (工作室 of 委员工作室) as a word of its own, a title and a name after it."""
    text, end = reader.text, pos + len(short)
    # (jieba cuts 工作/室主任: the title's match marks the word's end)
    return not text.endswith(MEMBER_WORD, 0, pos) and reader.doc.is_word_start(pos) \
        and reader.lex.title_pattern.match(text, end) is not None and reader.name_follows(end)


def member_name_start(reader, m: re.Match, default: int | None) -> int | None:
    """Where the name of the member a room is named after begins: a person's name ends right before the head m
    (王某委员工作室); default when none does.

    >>> # 为新成立的王某委员工作室揭牌: the name 王某 begins the room's name
    """
    return next((p.start for p in reader.doc.person_mentions if p.end == m.start()), default)


def set_up_here(reader, pos: int) -> bool:
    """The sentence around pos sets something up: unveils its plaque, founds it (揭牌, 授牌, 成立)."""
    at = reader.doc.sentence_at(pos)
    sentence = reader.doc.sentences[at] if at >= 0 else None
    return sentence is not None and SETTING_UP.search(reader.text, sentence.start, sentence.end) is not None


def listed_labels(reader, s: int) -> list[tuple[int, int]]:
    """The items of a list that a labelled head written once ends (分别为王某、李某委员工作室; 新联会、某某产业链、某某
    社区委员工作室), right to left, when text[s] begins its last item: each a person's name or a run of name words
    that names no body of its own but a sector by its head word alone; [] when no such item stands before s."""
    text, items = reader.text, []
    while s > 0 and text[s - 1] == LIST_SEPARATOR:
        a = next((p.start for p in reader.doc.person_mentions if p.end == s - 1), None)
        a = reader.scan.org_part_start(s - 1) if a is None else a
        if s - 1 - a < MIN_LABEL or reader.names_a_body(a, s - 1) and text[a:s - 1] not in reader.lex.org_heads:
            break   # 市政协、某某委员工作室: a body of its own before (新联会、某某委员工作室: a sector's room)
        items.append((a, s - 1))
        s = a
    return items


def placed_members(reader, m: re.Match) -> bool:
    """The members of a committee its place names (住我市的苏州市政协委员, jieba's 苏州市/政协委员): the committee is
    named, though the word 政协委员 alone is any committee's member."""
    return MEMBERS.match(reader.text, m.end()) is not None and any(
        p.end == m.start() for p in reader.doc.places.find(max(0, m.start() - PLACE_WINDOW), m.start()))


def sector_group(reader, pos: int) -> bool:
    """A group word that ends a word stands at pos: 讨论组 of 工商联讨论组 (not 组织 of 工商联组织企业)."""
    m = SECTOR_GROUP.match(reader.text, pos)
    return m is not None and reader.doc.is_word_start(m.end())


def party_body_end(reader, e: int, limit: int) -> int:
    """Where a body of a democratic party's committee written right after it ends (民革市委常务委员会, 民盟市委会
    监督委员会, 九三学社市委参政议政委员会); e when none is (民盟市委主委: a title, 常委会议: a meeting)."""
    text = reader.text
    m = PARTY_BODY.match(text, e, limit) if text.endswith(PARTY_COMMITTEE_ENDS, 0, e) else None
    if m is None or text.startswith(MEETING_END, m.end()) or not reader.doc.is_word_start(m.end()):
        return e
    return m.end() if reader.plain_continuation(m) else e


def area_not_zone(text: str, s: int, m: re.Match) -> bool:
    """text[s:m.end()], ending with the zone head m, names an area, no zone: a 片区 outside a free-trade zone (文昌片区城市
    更新项目; 某某自贸试验区某某片区 is one), a 新区 but a city's listed among bodies (宣传推介某某新区; 省某某局、长春新区、…
    等负责同志 is one)."""
    if m.group() == ZONE_DISTRICT:
        return FREE_TRADE_ZONE.search(text, s, m.start()) is None
    listed = LIST_SEPARATOR in (text[s - 1:s], text[m.end():m.end() + 1])
    return m.group() in LISTED_ZONES and not (listed and city_new_area(text[s:m.start()]))


def place_not_body(reader, s: int, e: int) -> bool:
    """text[s:e] names a place, not a body: a zone the visitors went to (赴某某开发区调研; its 管委会 would be a body),
    the body a historic site is named after (中共中央旧址), the members' homes of any committee (基层政协委员之家)."""
    text = reader.text
    return ZONE_KIND.search(text, s, e) is not None and destination(reader, s) \
        or text.startswith(reader.lex.site_words, e) \
        or text.startswith(CPPCC_WORD, s) and text.endswith(ANY_COMMITTEES_BODY, s, e)


def destination(reader, pos: int) -> bool:
    """A visit word ends right before pos (赴, 来到, 走进了, 到 a word of its own): what begins there is where the
    visitors went."""
    doc, text = reader.doc, reader.text
    if doc.is_word_start(pos) and doc.word_before(pos) == ARRIVE:
        return True
    return any(m.end() == pos or m.end() + 1 == pos and text[m.end()] == PERFECTIVE
               for m in visit_pattern().finditer(text, max(0, pos - VISIT_WINDOW), pos))


def office_unit_end(reader, m: re.Match) -> int:
    """Where a working unit of an office written right after it ends (市政府驻北京办事处某某工作部, a district's unit
    there): m.end() when none is, or a verb stands in it."""
    unit = OFFICE_WORKING_UNIT.match(reader.text, m.end()) if m.group().endswith(LIAISON_OFFICE) else None
    if unit is None or not reader.doc.is_word_start(unit.end()) or reader.verb_inside(unit.start(), unit.end(), unit.group()):
        return m.end()
    return unit.end()


def party_organ_of_a_party(reader, s: int, m: re.Match) -> bool:
    """The organ m ends text[s:] with a democratic party's name before it (我市民进监委会): the party's own
    supervisory committee, which the party's span reads, no organ of the Communist Party (市民进监委)."""
    lex = reader.lex
    return lex.org_heads.get(m.group()) == "PARTY" and m.group() not in lex.heads("cell", "branch") \
        and any(p in reader.text[s:m.start()] for p in lex.democratic_parties)   # (民革某某支部: the party's branch)


TERM_BODY_END = re.compile(r"第?[一二三四五六七八九十]+届(?!委)[\u4e00-\u9fff]{2,6}委员会$")


def term_body_start(reader, m: re.Match) -> int:
    """Where the name of a body of one term of a democratic party's committee begins in the party's span m
    (第五届监督委员会 of 民进某市第五届监督委员会), whose words may be verbs (监督); m.end() when the span ends
    otherwise."""
    body = TERM_BODY_END.search(m.group())
    return m.start() + body.start() if body else m.end()


def head_in_no_body(reader, m: re.Match) -> bool:
    """The head word m ends or begins a phrase that names no body (not_org_words.txt): 局 of 大局, 中心 of 中心大局
    (对市政协服务中心大局): a shorter name at the same start (市政协) may then stand."""
    return reader.phrase_across(m.start(), m.end()) \
        or any(len(w) > len(m.group()) for w in reader.lex.not_org_phrases.ending_at(reader.text, m.end()))


HALL = "馆"
COMPANY_ENDS = ("公司", "集团")


def company_hall(reader, s: int, m: re.Match) -> bool:
    """A hall's head m after a company's name (某某公司科技馆, 某某集团展馆): the company's hall, no body of its own; the
    company, its own span, is the body."""
    return m.group().endswith(HALL) and reader.text.endswith(COMPANY_ENDS, s, m.start())


# heads a verb does not end a name before (a hall's may: 某某河治理展示馆)
INSTITUTION_HEADS = ("医院", "学院", "大学", "学校", "中学", "小学")
NAME_VERBS = ("联合", "开放", "示范", "实验", "协作", "合作")   # verbs that are words of names (某某联合大学)


def verb_governs_head(reader, s: int, m: re.Match) -> bool:
    """A school's or hospital's head m right after a verb of jieba's (引领, 促进, 带动 of 以特色学科带动医院发展) that
    begins no name (联合, 开放 of 某某联合大学, 国家开放大学): the sentence's hospital, no name ends in it."""
    if m.group() not in INSTITUTION_HEADS or s >= m.start() or not reader.doc.is_word_start(m.start()):
        return False
    word = reader.doc.word_before(m.start())
    return len(word) > 1 and common_words().get(word) == "v" and word not in NAME_VERBS \
        and not gazetteer().lookup(word)   # (介休市, a place jieba tags as a verb)


MEETING_WORD_END = "会"   # 推介会, 座谈会: a meeting's word, no word of a body's name before its place


def after_meeting_word(reader, s: int, head_start: int) -> int:
    """Where a name begins after a meeting's word that opens the span and a place that follows it (来到推介会某某
    国家农高区: the zone, where the meeting is held); s when none does."""
    nxt = reader.doc.next_word_start(s, head_start)
    if nxt < head_start and nxt - s > 1 and reader.text.endswith(MEETING_WORD_END, s, nxt) \
            and reader.scan.place_starts_at(nxt):
        return nxt
    return s


def stationed_group_spans(reader, start: int, end: int):
    """A discipline committee's group stationed in a body, from the committee's place on: 市纪委派驻市政协纪检组,
    旗纪检委派驻政协办纪检组 (one body, its post 组长; the committee alone names none of the group). reader is the
    stage's OrgReader."""
    for m in STATIONED_GROUP.finditer(reader.text, start, end):
        s = reader.place_prefix_start(m.start())
        if s < m.start():
            yield Span(s, m.end(), STATIONED_RULE)


def add_stationed_parts(doc, start: int, end: int, scope, sentence: int) -> None:
    """The committee and the body a stationed group's name doc.text[start:end] names are bodies named too (市纪委,
    市政协 of 市纪委派驻市政协纪检组): each an organization with its mention."""
    text = doc.text
    stationed = text.index(STATIONED, STATIONED_GROUP.search(text, start, end).start())
    for a, b in ((start, stationed), (stationed + len(STATIONED), text.rindex(GROUP_START, stationed, end))):
        part = canonical(text[a:b], scope)
        if part is not None:
            doc.add_organization(part, text[a:b], a, b, sentence)
