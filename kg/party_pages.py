"""Posts on a democratic party's page that the general reading gives another body: a title only a party's committee
has written bare in an apposition (九三学社市委主委、市政协副主席刘某主持，副主委王某出席: 副主委 of the party's
committee, not of the CPPCC named last) and a bare 市委委员 of a party's article (增补赵某为市委委员: a member of the
party's 市委, when the article named the party's committee of that place, not the Communist Party's). Read by the
posts stage (kg/stages/posts.py) after its own reading.
"""
from __future__ import annotations

import re

from kg.document import Document, Organization
from kg.lexicon import lexicon
from kg.party_titles import PARTY, article_party, bare_roles, party_named_last
from kg.title_phrases import MEMBER_ROLES as ELECTED_ROLES, split_title, title_chunks

# a bare level committee before a member's title: 市委委员 (中共 or a place before it is the Party's own; 市委常委
# is left the Party's: bulletins name the Party's standing committee members so, seldom its plain members)
BARE_MEMBER = re.compile(r"^[省市区县州旗]委委员$")
MEMBER_ROLES = ("委员",)
# elected or co-opted to a bare level committee on a party's page (增补赵某为市委常委, 当选为市委常委、副主委): the party's
# standing committee too, as its election is reported there
ELECTED_MEMBER = re.compile(rf"^[省市区县州旗]委(?:{'|'.join(ELECTED_ROLES)})$")


SELF_NAMES = ("我会", "我盟", "我社", "本会")   # what a party's page calls its own committee (我会副主委乔某)


def own_title(chunk: str) -> bool:
    """A chunk that is a title only a party's committee has, with no organization or the page's own: 副主委,
    主任委员, 我会副主委."""
    parsed = split_title(chunk)
    return parsed is not None and (not parsed[0] or parsed[0] in SELF_NAMES) \
        and lexicon().party_committee_titles.get(parsed[1]) == "own"


def same_level(party: Organization, org: Organization) -> bool:
    """The Party committee org is of the place of the democratic party's committee (中共聊城市委, 九三学社聊城市委)."""
    return org.place is not None and org.place == party.place


def party_page_pairs(doc: Document, phrase: str, start: int, sentence: int, pairs: list,
                     anchor: Organization | None, elected: bool = False) -> tuple[list, Organization | None]:
    """The (role, organization) pairs of the phrase at start, the bodies of a party page's own titles put right:
    after 九三学社聊城市委, 副主委王某 gives ("副主委", 九三学社聊城市委) where pairs had ("副主委", 聊城市政协), and
    增补赵某为市委委员 ("委员", 九三学社聊城市委) where pairs had ("委员", 中共聊城市委); so 市委常委 a name was elected
    to (elected: the phrase stands after the names). Other pairs are returned as given.
    The anchor returned (the body later bare titles of the sentence take: 秘书长孙某 after 副主委王某) is the party
    committee when a pair was put right, else anchor.
    """
    own_pairs = party_titles_of_the_party(doc, start, sentence, pairs)
    if own_pairs != pairs:
        return own_pairs, anchor
    chunks = title_chunks(phrase)
    titles = bare_roles(phrase) if not pairs else []
    shared = party_named_last(doc, start, sentence) \
        if titles and all(t in lexicon().party_committee_titles for t in titles) else None
    if shared is not None:
        return [(t, shared) for t in titles], shared   # 秘书长范某主持会议 after the party's 主委
    member, roles = (ELECTED_MEMBER, ELECTED_ROLES) if elected else (BARE_MEMBER, MEMBER_ROLES)
    bare_member = any(member.match(c) for c in chunks)
    # 市委委员、副主委 and 副主委 alone; 市委委员、宣传部部长 is the Party's
    if not all(own_title(c) or member.match(c) for c in chunks) \
            or not pairs and not all(own_title(c) for c in chunks):
        return pairs, anchor
    party = article_party(doc, start, sentence) or (None if pairs else titled_party(doc, start, sentence))
    if party is None:
        return pairs, anchor
    if not pairs:   # 吴某主委作总结, 现任主委吴某: a title only a party's committee has, which no body before took
        return [(split_title(c)[1], party) for c in chunks], party
    out = [(role, party if party_role(role, org, party, bare_member and role in roles) else org) for role, org in pairs]
    return out, party if out != pairs else anchor


def party_titles_of_the_party(doc: Document, start: int, sentence: int, pairs: list) -> list:
    """The pairs with a title only a party's committee has given to a Communist Party committee (盟市委专职副主委: the
    Party has no 主委) given to the democratic party's committee its article named last instead; pairs as given else."""
    if not any(own_role(role) and org.kind == "PARTY" for role, org in pairs):
        return pairs
    party = article_party(doc, start, sentence)
    return pairs if party is None else [(role, party if own_role(role) and org.kind == "PARTY" else org)
                                        for role, org in pairs]


def own_role(role: str) -> bool:
    """A title only a party's committee has (主委, 副主委)."""
    return lexicon().party_committee_titles.get(role) == "own"


def listed_member_phrase(phrase: str, previous: Organization | None) -> str:
    """A phrase going on a list of a democratic party's committee in its sentence that opens on a bare level committee's
    member (民盟某市委常委A、B，市委常委、秘书长C), with the party's short name before it: the party committee's
    members, no Communist Party's; the phrase as given otherwise (a department after it, 市委常委、统战部部长, is the Party's).

    >>> listed_member_phrase("市委常委、秘书长", Organization("民盟宝鸡市委", "DEMOCRATIC_PARTY"))
    '民盟市委常委、秘书长'
    """
    if previous is None or previous.kind != PARTY:
        return phrase
    chunks = title_chunks(phrase)
    rest = [split_title(c) for c in chunks[1:]]
    if not ELECTED_MEMBER.match(chunks[0]) or any(p is None or p[0] or p[1] not in lexicon().party_committee_titles
                                                  for p in rest):
        return phrase
    short = next((p for p in lexicon().democratic_parties if previous.name.startswith(p)), "")
    return short + phrase if short else phrase


def titled_party(doc: Document, start: int, sentence: int) -> Organization | None:
    """The democratic party's committee the article named last before start in a title phrase (民建某市委主委A…我会
    副主委B), when it named none outside one; None when it named none or two."""
    article = doc.sentences[sentence].article
    named = {doc.organizations[m.org].name for m in doc.org_mentions if m.start < start and m.org in doc.organizations
             and doc.sentences[m.sentence].article == article and doc.organizations[m.org].kind == PARTY
             and doc.organizations[m.org].parent_org is None}
    return doc.organizations[named.pop()] if len(named) == 1 else None


def party_role(role: str, org: Organization, party: Organization, member: bool) -> bool:
    """The pair (role, org) of a party page's phrase is the party committee's: a title only a party's committee has,
    or a member's title of the Party committee of the party's place (member: the phrase wrote its bare level)."""
    own = own_role(role)
    return org.kind != PARTY and (own or member and org.kind == "PARTY" and same_level(party, org))


# a bare level committee a party page writes for its own: its plenary by term (六届六次市委会议, 二届二次市委〈扩大〉会议)
# or its members (市委委员、各基层组织负责人); 市委常委 and 市委统战部 stay the Party's
TERM_BEFORE = re.compile(r"[一二三四五六七八九十]+届[一二三四五六七八九十]+次$")
OWN_AFTER = re.compile(r"(?:[〈<（(]?扩大[〉>）)]?)?(?:会议|全会|全委会)")
BARE_LEVEL = re.compile(r"^[省市区县州旗]委$")


def own_bare_committee(doc: Document, m) -> bool:
    """The org mention m is a bare level committee of the Party (市委) written as a party committee's own plenary
    (六届六次市委会议) or members (市委委员)."""
    org = doc.organizations.get(m.org)
    if org is None or org.kind != "PARTY" or not BARE_LEVEL.match(m.surface):
        return False
    plenary = TERM_BEFORE.search(doc.text, max(0, m.start - 8), m.start) and OWN_AFTER.match(doc.text, m.end)
    return bool(plenary or doc.text.startswith("委员", m.end) and not doc.text.startswith("委员会", m.end))


def party_own_mentions(doc: Document) -> None:
    """Moves the bare 市委 of a party page's own plenary or members (九三学社泰安市委召开六届六次市委会议) from
    中共泰安市委 to the party committee its article named before at the same place."""
    for m in list(doc.org_mentions):
        if not own_bare_committee(doc, m):
            continue
        party = article_party(doc, m.start, m.sentence)
        org = doc.organizations.get(m.org)
        if party is not None and org is not None and same_level(party, org):
            doc.move_mention(m.surface, party, m.start, m.end)
