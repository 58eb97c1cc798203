"""Stage posts: (person, role, organization) from the title phrases that stand before names.

市委副书记、政法委书记、组织部部长王征宇 is split at 、 into organization part + title; an empty
organization part takes the one before it (党组副书记、主席), a sub-body takes its parent (政法委 of 市委),
a title that names its own organization gives it (市长 → 包头市人民政府, 总书记 → 中共中央), and 公司 or a
bare company title (董事长) points back to the company named last. A list of names shares the phrase.
"""
from __future__ import annotations

import dataclasses
import re

from kg.document import Document, Organization, PersonMention, Post
from kg.lexicon import lexicon
from kg.orgnames import earlier_term
from kg.org_words import head_kind
from kg.committee_titles import COMMITTEE_TITLES, bare_title, bare_title_committee, held_post
from kg.party_titles import party_pairs
from kg.party_pages import listed_member_phrase, party_own_mentions, party_page_pairs
from kg.post_orgs import UNPLACED_COMMITTEE, OrgFinder
from kg.school_posts import is_school
from kg.title_phrases import LEVEL_WORDS, names_a_place_at, party_led, split_title, title_chunks
from kg.scopes import Scope, scope_for
from kg.visitors import VISITING, came_here

READS = ("text", "sentences", "articles", "context", "person_mentions",
         "converted", "written", "written_at",   # add_organization keeps the surface as written
         "places", "place_marks",                # scope_for at the phrase: the district an article named last
         "page_place")                           # scope_for: the page's place as the context chose it (鼓楼区 of 福州)
WRITES = ("posts", "organizations", "org_mentions")

MEMBER_TITLES = ("委员", "常委", "常务委员")   # written alone after a name in a bulletin: of its CPPCC committee
MEMBER_PHRASES = {"政协" + t for t in MEMBER_TITLES}   # a bare member title as phrase_read reads it
# an organization part saying the post is a former one: 州政协原 (主席), 历届区政协 (主席), 往届某县政协 (主席),
# 原市政协 (not 原州区)
FORMER = re.compile(r"(?:原|历届|往届|前任)$|^(?:历届|往届|时任|上一?届)|^(?:原|前任)(?=[省市县区旗]|中共|全国|自治区)")
# the words before a phrase that make its first post (and the bare titles after it) a former one: 原市政协副主席,
# 上届省政协副主席A、B, 时任市委书记 (the left scan leaves them out of the phrase)
FORMER_WORDS = ("上一届", "上届", "前任", "时任", "原")
UNREAD = Organization("", "OTHER")
# a part naming one session of a committee (某政协十三届四次会议, 政协某市第十三届委员会第四次会议): its 秘书长 is the
# session's, an ad hoc role, no post of the committee (the guideline counts no ad hoc group or role)
SESSION_PART = re.compile(r"第?[一二三四五六七八九十]+届(?:委员会)?第?[一二三四五六七八九十]+次(?:全体)?会议$")
# what may stand before 记者 for a reporter of the page's own medium (本报记者, 特约记者, the medium's own dateline:
# 某某网讯 记者); 新华社记者 X 摄 is another's
OWN_REPORTER = re.compile(r"(?:[\u4e00-\u9fff]*[报网台刊]讯)?(?:本(?:报|台|网|刊|站)|特约|全媒体|融媒体|见习|首席|实习)*")
# a news agency's dateline before the byline's bracket (新华社北京3月13日电（记者某某）): an item the page took over
WIRE_DATELINE = re.compile(r"社[\u4e00-\u9fff\d]{0,16}电\s*[（(]\s*$")


class PostReader(OrgFinder):
    """The (role, organization) pairs of a document's title phrases, by the organizations OrgFinder finds."""

    def body_of_a_role(self, part: str, role: str, parent: Organization | None, base: Scope, at: int,
                       sentence: int) -> None:
        """A membership that is no post still names its body (区政协主席会议成员: the 主席会议)."""
        found, _role = self.organization_of(part, role, parent, dataclasses.replace(base, parent=parent), at,
                                            self.doc.sentences[sentence].article)
        if found is not None:
            self.doc.add_organization(found, part, at, at + len(part), sentence)
        return found

    def chunk_scope(self, part: str, anchor: Organization | None, previous: Organization | None,
                    base: Scope, read: list) -> tuple[Organization | None, Scope]:
        """The organization a piece of a phrase hangs under (the phrase's, else the sentence's before it) and the
        scope its organization part is read in; a department of a Party committee hangs under the Party committee
        the phrase named (in the (role, organization) pairs read), whatever was named since."""
        parent = anchor or previous
        if part and parent is not None and parent.place is None and UNPLACED_COMMITTEE.match(parent.name) \
                and part.startswith(parent.name):
            parent = None   # 区政协办公室 after 区政协 of a page naming no place names itself, no body of it
        if part in lexicon().party_departments and part not in lexicon().cppcc_bodies \
                and parent is not None and parent.kind not in ("PARTY", "DEMOCRATIC_PARTY") and not is_school(parent):
            # 市政协常委A，统战部副部长B: a department of the Party committee, none of the CPPCC's; 区委常委、副区长、
            # 统战部部长: of the 区委, not of the government (民建市委会宣传部长、组织部长: the party committee's own)
            parent = next((o for _r, o in reversed(read) if o.kind == "PARTY" and o.parent_org is None), None)
        scope = dataclasses.replace(base, parent=parent)
        if part and anchor is not None:
            scope = self.parent_place_scope(part, anchor, scope)
        return parent, scope

    def former_chunks(self, chunks: list, at: int) -> int:
        """How many pieces of the phrase at offset at are former posts by a word of its own before it: the first and
        the bare titles after it (上届省政协副主席、十届全国政协委员A: 1; 原市政协党组成员、副主席B: 2); 0 with no such
        word (平原县 is a place, no 原)."""
        doc = self.doc
        if not any(doc.text.endswith(w, 0, at) and doc.is_word_start(at - len(w)) for w in FORMER_WORDS):
            return 0
        own = [k for k, parsed in enumerate(map(split_title, chunks)) if k and parsed is not None and parsed[0]]
        return own[0] if own else len(chunks)

    def former_items(self, chunks: list, at: int, base: Scope, sentence: int) -> set[int]:
        """The pieces of the phrase at offset at that open with 原 (…、原国务院扶贫办主任) and the bare titles after each
        (原市政协党组成员、副主席): former posts; each body such a piece names is recorded, under none before it."""
        out, run = set(), False
        for k, parsed in enumerate(map(split_title, chunks)):
            opens = parsed is not None and former_item(parsed[0])
            if opens:
                self.body_of_a_role(parsed[0][1:], parsed[1], None, base, at, sentence)
            run = opens or run and parsed is not None and not parsed[0]
            if run:
                out.add(k)
        return out

    def former_post(self, part: str, at: int, first: bool) -> bool:
        """十届州政协原主席, 历届区政协主席, 七届州政协主席 (on a page of the 十届's sessions): a former post."""
        return bool(FORMER.search(part)) or earlier_term(part, self.term, self.doc.text[max(0, at - 4):at] if first else "")

    def no_post(self, part: str, at: int, first: bool) -> bool:
        """The title after part holds no post: a former one (former_post) or one session's role (市政协十三届四次
        会议秘书长, SESSION_PART)."""
        return SESSION_PART.search(part) is not None or self.former_post(part, at, first)

    def phrase_posts(self, phrase: str, at: int, sentence: int, previous: Organization | None):
        """(role, organization) pairs of one title phrase."""
        doc = self.doc
        lex = lexicon()
        article = doc.sentences[sentence].article
        base = scope_for(doc, article, at)
        out = []
        org: Organization | None = None
        anchor: Organization | None = None   # the top organization of the phrase: sub-bodies hang under it
        unread = False   # the last organization the phrase named was not read: titles without one are its
        chunks = shared_title(party_led(title_chunks(phrase)))
        # the pieces of former posts: the first ones by a word before the phrase, and those opening with 原
        former = set(range(self.former_chunks(chunks, at))) | self.former_items(chunks, at, base, sentence)
        for k, chunk in enumerate(chunks):
            parsed = split_title(chunk)
            anchor = None if k in former else anchor   # …、原国务院扶贫办主任: under no body before it
            if parsed is None or k in former or self.no_post(parsed[0], at, not out):
                continue   # a former post or a session's role is no post
            part, role = parsed
            title = lex.titles[role]
            if title.kind == "member" and role == "成员" and part:
                body = self.body_of_a_role(part, role, anchor or previous, base, at, sentence)
                # 市委统战部部务会成员、二级调研员X: a body of its own named, though not read: no earlier one is theirs
                unread = unread or body is None and (part[0] in LEVEL_WORDS or names_a_place_at(part, 0))
            if title.kind == "member" or (title.kind == "person" and not part):
                continue   # 民盟盟员; 高级工程师, 教授 with no university: evidence of a person, no post
            if unread and not part and not title.implies:
                continue   # X律师事务所高级合伙人、监事会主席: the firm's, not the committee's named before it
            part = self.town_body(self.placed_body(part, anchor), at, article)
            parent, scope = self.chunk_scope(part, anchor, previous, base, out)
            found, role = self.organization_of(part, role, parent, scope, at, article)
            unread = found is None and bool(part) and title.kind == "post"
            if found is None:
                if part:
                    org = None
                continue
            org = found
            anchor = found.parent_org if found.parent_org is not None else found
            out.append((role, org))
        return out, UNREAD if unread else anchor


def former_item(part: str) -> bool:
    """The organization part of a phrase's item opens with 原 and no place: the item is a former post (原国务院扶贫办
    of 某委副主任、原国务院扶贫办主任; 原阳县, 原平市 are places).

    >>> former_item("原国务院扶贫办"), former_item("原阳县")
    (True, False)
    """
    return len(part) > 1 and part[0] == "原" and not names_a_place_at(part, 0)


def shared_title(chunks: list[str]) -> list[str]:
    """Bodies listed with no title before a body with one share its title: ['市工商联', '市总商会党委书记'] gives
    ['市工商联党委书记', '市总商会党委书记']."""
    out = list(chunks)
    for k in range(len(out) - 2, -1, -1):
        after = split_title(out[k + 1])
        if split_title(out[k]) is None and after is not None and after[0] and head_kind(out[k]) is not None:
            out[k] += after[1]
    return out


def leader_posts(doc: Document) -> set[int]:
    """汪洋主席 in a 2021 bulletin: 主席 of 全国政协, by the table of national leaders' terms. Returns the
    start offsets of the mentions it gave a post."""
    done: set[int] = set()
    lex = lexicon()
    national = {name: (kind, aliases) for name, kind, aliases in lex.national_orgs}
    for m in doc.person_mentions:
        if m.evidence != "lexicon" or m.title_start != m.end:
            continue
        title = doc.text[m.title_start:m.title_end]
        for leader in lex.national_leaders:
            if (leader.name, leader.title) == (m.name, title) and leader.in_office(doc.context.year) \
                    and leader.organization in national:
                kind, aliases = national[leader.organization]
                org = Organization(leader.organization, kind, set(aliases))
                doc.add_organization(org, title, m.title_start, m.title_end, m.sentence)
                doc.posts.append(Post(m.name, title, org.name, m.start, m.title_end, m.sentence,
                                      headline=doc.sentences[m.sentence].headline))
                done.add(m.start)
    return done


RANK_PREFIX = re.compile(r"^(?:常务|专职)?副")   # a deputy's title is the head's with these before it
# a civil servant's rank, held in the unit one works in (工委主任A、调研员B: B is of the 工委)
STAFF_RANK = re.compile(r"(?:[一二三四]级|副)?(?:调研员|巡视员)")


def body_before(body: tuple[str, Organization] | None, phrase: str) -> Organization | None:
    """提案委员会主任A、副主任B: a deputy's bare title (or a staff rank: 调研员B) after the head's title of a body inside
    an organization is that body's, not the committee's (秘书长, 机关党组成员 after 办公室主任 are the committee's)."""
    if body is None or body[1].parent_org is None or not bare_title(phrase):
        return None
    role = split_title(title_chunks(phrase)[0])[1]
    deputy = role != body[0] and RANK_PREFIX.sub("", role) == RANK_PREFIX.sub("", body[0])
    return body[1] if deputy or STAFF_RANK.fullmatch(role) else None


def elected_to_bare_title(phrase: str) -> bool:
    """The phrase after 当选 or 为 is a committee's title with no organization (常务委员, 副主席)."""
    return phrase in COMMITTEE_TITLES or phrase in MEMBER_PHRASES


def page_pairs(doc: Document, reader: PostReader, phrase: str, start: int, sentence: int,
               elected: bool = False) -> list:
    """The posts of a phrase naming no organization that the page still places: 王昆委员 of the committee the
    article named last, and so a bare committee title a name was elected to (补选李某为副主席) or written after a
    bare 政协 (23名政协副主席包括：A、B); 本报讯（记者 牛勇）, 沈阳日报讯（记者 肖某）: a reporter of the page's medium
    (context)."""
    bare = split_title(phrase) if "、" not in phrase else None
    if bare is not None and bare[0] == "政协" and (bare[1] in MEMBER_TITLES or bare[1] in COMMITTEE_TITLES):
        return reader.member_of_article(bare[1], start, sentence)
    if elected and elected_to_bare_title(phrase):
        return reader.member_of_article(phrase, start, sentence)
    if phrase.strip().endswith("记者") and doc.context.medium and OWN_REPORTER.fullmatch(phrase.strip()[:-2]) \
            and not WIRE_DATELINE.search(doc.text, max(0, start - 24), start):
        return [("记者", Organization(doc.context.medium, "OTHER", {doc.context.medium}))]
    return []


def heading_title(doc: Document, start: int, end: int) -> bool:
    """The title phrase at start..end opens its line and a colon follows it: a line of a list of the leaders
    elected or in office (主席：王某, 副主席：李某、赵某), read as an election's bare titles are."""
    return doc.text.startswith((":", "："), end) and not doc.text[doc.text.rfind("\n", 0, start) + 1:start].strip()


def elected_pairs(doc: Document, reader: PostReader, phrase: str, start: int, sentence: int,
                  previous: Organization | None) -> tuple[list, Organization | None]:
    """The posts of a bare title a name was elected to, and the committee later bare titles of the sentence take:
    a democratic party's committee's (选举王某为主任委员), else a CPPCC committee's (补选李某为副主席)."""
    pairs = party_pairs(doc, phrase, start, sentence, previous)
    if pairs:
        return pairs, pairs[-1][1]
    return (page_pairs(doc, reader, phrase, start, sentence, True) if elected_to_bare_title(phrase) else []), None


def party_listed(previous: Organization | None, key: tuple[int, bool]) -> bool:
    """A member's bare title that goes on a list of a democratic party's committee in its sentence (民进某市委会副主委A，
    委员B): the party committee's member, no CPPCC's."""
    return previous is not None and not key[1] and previous.kind == "DEMOCRATIC_PARTY"


def phrase_read(doc: Document, span: tuple[int, int], inside: list, key: tuple[int, bool],
                previous_by_sentence: dict) -> tuple[str, Organization | None]:
    """The title phrase at span as it is read, and the organization its sentence lends it: 提案委王澄荣主任 is
    提案委主任 (a title written after the name, inside: the phrase is what stands around it), 赵磊委员 a member of the
    bulletin's committee (政协委员), and 市委常委 on a party committee's list the party's (民盟市委常委)."""
    start, end = span
    phrase = doc.text[start:inside[0].start] + doc.text[inside[0].end:end] if inside else doc.text[start:end]
    if phrase in MEMBER_TITLES and not party_listed(previous_by_sentence.get(key), key):
        phrase = "政协" + phrase   # 赵磊委员代表…, 委员李军说: a member of the bulletin's committee
    previous = previous_by_sentence.get(key) if not key[1] or bare_title(phrase) else None
    return listed_member_phrase(phrase, previous if not key[1] else None), previous


def phrase_pairs(doc: Document, reader: PostReader, phrase: str, span: tuple[int, int], sentence: int,
                 previous: Organization | None, mentions: list) -> tuple[list, Organization | None]:
    """The (role, organization) pairs of the phrase at span, whose names are mentions, and its anchor."""
    start, end = span
    # elected to a bare title (丁某等135名同志当选常务委员; 当选 or 为 between the names and it): of the
    # committee the article named, not of the place named last before it (the hall's city)
    elected = all(m.end < start for m in mentions) or heading_title(doc, start, end)
    pairs, anchor = elected_pairs(doc, reader, phrase, start, sentence, previous) if elected else ([], None)
    if not pairs and phrase in MEMBER_PHRASES and any(m.start == start for m in mentions):
        # 王立委员代表某市政协发言: a bare member title after a name is of the committee the article named last,
        # not of the sentence's place
        pairs = reader.member_of_article(phrase[len("政协"):], start, sentence)
    if not pairs:
        pairs, anchor = reader.phrase_posts(phrase, start, sentence, previous)
        pairs = pairs or page_pairs(doc, reader, phrase, start, sentence, elected)
    return party_page_pairs(doc, phrase, start, sentence, pairs, anchor, elected)


def guests_came(doc: Document, mentions: list) -> bool:
    """The names of a phrase are of guests, the text going on to where they came (VISITING, came_here: 某市政协主席
    A一行来我县考察).

    >>> from pathlib import Path
    >>> doc = Document(Path("x.txt"), text="某市政协主席张明一行来我县考察")
    >>> guests_came(doc, [PersonMention("张明", 6, 8, 0, "title")])
    True
    """
    return any(VISITING.match(doc.text, m.end) or came_here(doc.text, m.end) for m in mentions)


def run(doc: Document) -> None:
    party_own_mentions(doc)   # 六届六次市委会议 of a party page: its committee's, before posts read the page
    done = leader_posts(doc)
    reader = PostReader(doc)
    # (sentence, phrase after its names) -> the organization the sentence's last such phrase hangs under: elections
    # (A当选为政协X县委员会副主席，B为秘书长) and appositions (副主席A、秘书长B) do not lend theirs to each other
    previous_by_sentence: dict[tuple[int, bool], Organization] = {}
    body_by_sentence: dict[tuple[int, bool], tuple] = {}   # (role, body) of the sentence's last phrase
    phrases: dict[tuple[int, int], list] = {}
    for m in doc.person_mentions:
        if m.title_start >= 0 and m.start not in done:
            phrases.setdefault((m.title_start, m.title_end), []).append(m)
    for (start, end), mentions in sorted(phrases.items()):
        sentence = mentions[0].sentence
        inside = [m for m in mentions if start <= m.start and m.end <= end]
        key = (sentence, all(m.end <= start for m in mentions))
        phrase, previous = phrase_read(doc, (start, end), inside, key, previous_by_sentence)
        previous = body_before(body_by_sentence.get(key), phrase) or previous \
            or bare_title_committee(doc, previous_by_sentence, sentence, start, phrase, mentions, bool(inside))
        held = held_post(doc, mentions, phrase) if inside else None
        pairs, anchor = ([held], held[1]) if held else \
            phrase_pairs(doc, reader, phrase, (start, end), sentence, previous, mentions)
        # the next phrase of the sentence with no organization of its own (X总队司令员A、政委B) belongs to this
        # phrase's; when that was not read, to no earlier one
        body_by_sentence[key] = pairs[-1] if pairs else None
        if anchor is UNREAD or guests_came(doc, mentions):
            # 苏州市政协主席朱民一行来宿迁市考察调研，市长陈忠伟陪同: the guests' committee lends no later title its city
            previous_by_sentence.pop(key, None)
        elif anchor is not None:
            previous_by_sentence[key] = anchor
        for role, org in pairs:
            doc.add_organization(org, doc.text[start:end], start, end, sentence)
            for m in mentions:
                doc.posts.append(Post(m.name, role, org.name, start, m.end, sentence,
                                      headline=doc.sentences[sentence].headline))
