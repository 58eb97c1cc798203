"""Which organization a title of a title phrase belongs to, for the posts stage (kg/stages/posts.py).

The organization part of one title (政法委 of 市委副书记、政法委书记) is read by the organization grammar, as an
abbreviation of one named before (社市委会), a sibling of the phrase's unit (管委会 after 高新区党工委), a committee of
the page's unnamed place (县委), or the title implies its own (市长 → the city's 人民政府; 记者 → the dateline's paper).
"""
from __future__ import annotations

import dataclasses
import re

from kg import dates
from kg.document import Document, Organization
from kg.lexicon import lexicon
from kg.orgnames import canonical, head_kind, heads, party_suffixes, sitting_term, sub_body, subsequence
from kg.places import gazetteer
from kg.committee_titles import BARE_COMMITTEE, session_committee, unplaced_before
from kg.org_items import PARTY_ONLY_COMMITTEE
from kg.title_phrases import BARE_REGION, LEVEL_WORDS, names_a_place_at, national_bodies, national_body, \
    region_government, special_committee
from kg.school_posts import school_post
from kg.scopes import Scope, bare_city, place_scope
from kg.visitors import VISITING, came_here

MEDIA_TITLES = ("记者", "特约记者")
# a correspondent writes for a paper but works elsewhere: a bare 通讯员 is no post (not of the dateline's paper, not
# of the committee the item is about)
CORRESPONDENT_TITLES = ("通讯员",)
MEDIA_ENDINGS = ("报", "网", "融媒", "电视台", "在线", "新闻中心", "传媒中心", "融媒体中心", "社")   # 社: 新华社, 中新社
MEDIA_REACH = 40   # characters between a dateline's media and the byline after it
PHRASE_REACH = 60  # characters from a title phrase's start to an organization part inside it
COMPANY_TITLES = ("董事长", "副董事长", "董事", "总经理", "副总经理", "经理", "总裁", "副总裁", "总工程师")
# a bare level and a committee (市政协, 县委) on a page whose place the text never names: the committee of the
# page's own place, kept as written since no place qualifies it (a reader of the page knows which it is)
UNPLACED_COMMITTEE = re.compile(r"^(?:[省市县区州旗盟]|自治区)(政协|委)$")   # 自治区政协: the region's, a province's level
UNPLACED_TERM = re.compile(r"(?<=^[省市县区州旗盟])第?[一二三四五六七八九十]{1,3}届(?=政协$)")   # 区六届政协: 区政协
UNPLACED_KINDS = {"政协": "CPPCC", "委": "PARTY"}
# bodies a place has one of, written with no place after a body of that place in a title phrase (县委书记、人大常委会主任)
PLACED_BODIES = ("人大常委会", "人大", "政府", "人民政府", "政协")
TOWN_LEVELS = ("街道", "镇", "乡")   # a town's level, written bare before its bodies
TOWN_BODIES = ("党委", "党工委", "政府", "人民政府", "人大", "人大主席团", "纪委", "办事处")   # the bodies a town has
# a town the text went to (深入中疃镇, 来到曲界镇, 在卢村乡): its name, short of the longest run (到大城子镇); no
# determiner or place level in it (到各乡镇, 在全县乡村, 赴县城)
VISITED_TOWN = re.compile(r"(?:深入|来到|走进|前往|赴|到|在)((?:(?![全各本该我县市区省州乡镇])[\u4e00-\u9fff]){1,5}?"
                          r"(?:街道|镇|乡))")
PLACE_BODY_KINDS = ("PARTY", "GOVERNMENT", "CPPCC")   # the bodies of a place such a body may follow
PARTY_TITLES = ("书记", "副书记", "常务副书记")   # titles of a Party committee, none of a government's
# the portfolios of a Party committee's members (titles.tsv): written bare, of the Party committee named last, no body
# named since (镇党委副书记、政协联络委主任A，统战委员B: B is the 镇党委's)
PARTY_PORTFOLIOS = ("统战委员", "组织委员", "宣传委员", "纪检委员")
GOVERNMENTS = ("人民政府", "政府")
CHAIR_TITLES = {"主席", "副主席", "常务副主席", "专职副主席"}   # of a committee or federation, not of a government or Party organ
GENERIC_HEADS = {"公司": "COMPANY", "集团": "COMPANY", "企业": "COMPANY", "学校": "OTHER", "医院": "OTHER",
                 "学院": "OTHER", "大学": "OTHER"}


PARTY_BRANCHES = ("总支", "支部")   # a democratic party's branches where it has no committee
PARTY_BODY_HEADS = ("部", "委员会", "专委会", "办公室")   # a democratic party committee's departments and committees


def party_body(part: str, parent: Organization | None) -> Organization | None:
    """A department or committee named alone after a democratic party's committee in the phrase is that committee's
    (民建某省委会秘书长、参政议政部部长: its 参政议政部); a part naming a place or level (市政协) is none.

    >>> party_body("参政议政部", Organization("民建江西省委会", "DEMOCRATIC_PARTY")).name
    '民建江西省委会参政议政部'
    """
    central = next((a for a in sorted(national_bodies(), key=len, reverse=True) if part.startswith(a)
                    and national_bodies()[a][1] == "DEMOCRATIC_PARTY"), "")
    if central:   # 民盟中央社会服务部 after 民盟某省委主委: the central committee's department
        parent, part = national_body(central), part[len(central):]
    if parent is None or parent.kind != "DEMOCRATIC_PARTY" or not part.endswith(PARTY_BODY_HEADS) \
            or len(part) < 3 or part[0] in LEVEL_WORDS or names_a_place_at(part, 0) \
            or part.startswith(tuple(w for kv in lexicon().democratic_parties.items() for w in kv)):
        return None
    return sub_body(parent, part)


@dataclasses.dataclass
class _Unit:
    """A unit a Party cell sits in (南沙河镇 of 南沙河镇党委), as a place-like value of a title template."""
    name: str


def party_unit(name: str) -> str:
    """The unit a Party committee's name is of: 利辛县中疃镇 of 利辛县中疃镇党委, 利辛县 of 中共利辛县委."""
    cell = next((c for c in heads("cell") if name.endswith(c)), "")
    if cell:
        return name[:-len(cell)]
    return name.removeprefix("中共")[:-1] if name.startswith("中共") and name.endswith("委") else ""


def same_party_role(role: str, parent: Organization) -> str:
    """A 党委 title after the Party committee named before it (镇党委书记赵聪，党委副书记X; 林区党委书记…，党委副书记X) is
    that committee's title without 党委.

    >>> same_party_role("党委副书记", Organization("中共神农架林区委", "PARTY"))
    '副书记'
    """
    if role.startswith("党委") and (parent.name.endswith("党委") or parent.name.startswith("中共")):
        return role[2:]
    return role


def paper_of_desk(part: str) -> Organization | None:
    """The paper a reporter's title names before its desk or app (某某日报锦观新闻记者: 某某日报), or None.

    >>> paper_of_desk("北星日报锦观新闻").name
    '北星日报'
    """
    m = dates.MEDIUM_THEN_BUREAU.match(part)
    return Organization(dates.medium_name(m.group(1)), "OTHER", {m.group(1)}) if m else None


class OrgFinder:
    """The organizations of a document's title phrases: one finder per document (its page's term read once)."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.term = sitting_term(doc.text)   # posts of an earlier term are former ones

    def earlier_orgs(self, before: int, article: int) -> list[Organization]:
        """Organizations named earlier in the same article, nearest first."""
        doc = self.doc
        near = sorted((m for m in doc.org_mentions if m.start < before and m.org in doc.organizations
                       and doc.sentences[m.sentence].article == article), key=lambda m: -m.start)
        return [doc.organizations[m.org] for m in near]

    def member_of_article(self, role: str, before: int, sentence: int) -> list[tuple[str, Organization]]:
        """王昆委员代表…: a member of the CPPCC committee the article named last (省政协十三届四次会议…: the
        province's), not of one a member spoke for (代表六盘水市政协发言); on a page naming no place, of its bare
        committee named before."""
        committee = session_committee(self.doc, before, self.doc.sentences[sentence].article) \
            or unplaced_before(self.doc, 0, before)   # the bare 区政协 of a page naming no place, named before
        return [(role, committee)] if committee is not None else []

    def anaphor(self, part: str, before: int, article: int) -> Organization | None:
        """公司 → the company named last; 社市委会 → the organization whose name it abbreviates."""
        earlier = self.earlier_orgs(before, article)
        kind = GENERIC_HEADS.get(part)
        if kind:
            return next((o for o in earlier if o.kind == kind), None)
        if BARE_COMMITTEE.fullmatch(part) and any(o.name == part for o in earlier):
            return None   # 市政协 the article already read as the page's own: not the city it then named (赴甲市政协…)
        bare = BARE_COMMITTEE.fullmatch(part) is not None
        if len(part) >= 3:
            for o in earlier:
                if bare and not o.name.endswith(part):
                    continue   # 市政协 is no abbreviation of 长沙市天心区政协: a bare level names a body of that level
                if part[-1] == o.name[-1] and any(subsequence(part, a) for a in o.aliases | {o.name}) \
                        and not (part[0] in LEVEL_WORDS and self.guests(o, article)):
                    return o
        return None

    def guests(self, org: Organization, article: int) -> bool:
        """The article names org where its people come (清远市政协副主席某某一行来我市考察): a bare 市政协 after it is
        the hosts', no abbreviation of the guests' committee."""
        doc = self.doc
        return any(m.org == org.name and doc.sentences[m.sentence].article == article
                   and (VISITING.match(doc.text, m.end) or came_here(doc.text, m.end)) for m in doc.org_mentions)

    @staticmethod
    def place_alone(part: str, scope: Scope):
        """The place an organization part names when it names nothing but a place (章贡区 of 章贡区副区长)."""
        found = gazetteer().find_all(part)
        if len(found) != 1 or (found[0].start, found[0].end) != (0, len(part)):
            return None
        near = [p for p in (scope.county, scope.prefecture, scope.province) if p is not None]
        # of namesakes (通州区 of 北京 and of 南通), the one the text writes after its city (北京市通州区)
        written = [p for p in found[0].places if p.adcode in scope.chained]
        return gazetteer().resolve(part, near=near) or (written[0] if len(written) == 1 else None)

    @staticmethod
    def parent_place_scope(part: str, parent: Organization | None, scope: Scope) -> Scope:
        """A bare 省 (市, 县) after an organization of another province (city, county) in the phrase is that one's:
        辽宁省委书记、省人大常委会主任 on a page of another province is 辽宁省人大常委会's, 某某县委常委、县委办主任
        on a district's page is that county's 县委办 (东坡区委副书记，区政协党组书记: 东坡区's); a municipality is a
        市 (天津市政协副主席、市委统战部部长), and so is a democratic party's committee of a bare level
        (天津市政协副主席、民建市委会主委)."""
        lead = next((p for p in lexicon().democratic_parties if part.startswith(p)), "")
        first = part[len(lead):len(lead) + 1]
        level = {"省": "province", "市": "prefecture", "县": "county", "区": "county", "旗": "county"}.get(first)
        place = gazetteer().resolve(parent.place) if level and parent is not None and parent.place else None
        if place is None or place.level != level and not (level == "prefecture" and place.is_municipality) \
                or level in ("county", "prefecture") and not place.name.endswith(first):
            return scope   # (州委常委、市委书记: the 市委 of the page's county-level city, no 州's)
        out = place_scope(place, scope)
        # a county keeps the name the page gives it: its city's only where that is the page's (as organizations reads it)
        return dataclasses.replace(out, home=scope.home or scope.prefecture) if level == "county" else out

    @staticmethod
    def placed_body(part: str, anchor: Organization | None) -> str:
        """A body every place has one of, written with no place after a body of a place in the phrase, is that place's:
        人大常委会 of 自治区党委书记、人大常委会主任 is 内蒙古自治区人大常委会 (the part with the anchor's place before it)."""
        if part in PLACED_BODIES and anchor is not None and anchor.place and anchor.kind in PLACE_BODY_KINDS:
            return anchor.place + part
        return part

    def town_body(self, part: str, at: int, article: int) -> str:
        """A town's body written by its bare level (镇党委, 乡政府) is that of the town the article went to last before
        the phrase (深入中疃镇调研，镇党委书记A: 中疃镇党委); the part as written otherwise."""
        level = next((w for w in TOWN_LEVELS if part.startswith(w) and part[len(w):] in TOWN_BODIES), "")
        if not level or article < 0:
            return part
        start = self.doc.articles[article].start
        towns = [m.group(1) for m in VISITED_TOWN.finditer(self.doc.text, start, at) if m.group(1).endswith(level)]
        return towns[-1] + part[len(level):] if towns else part

    @staticmethod
    def unplaced(part: str, scope: Scope) -> Organization | None:
        """市政协 (县委) when the page names no place of that level: the page's own committee, as written."""
        part = UNPLACED_TERM.sub("", part)
        m = UNPLACED_COMMITTEE.match(part)
        if m is None:
            return None
        # a district the article named (官渡 of 官渡镇) is no 县's: only a place of the part's own level reads it
        district = scope.district if scope.district is not None and scope.district.name.endswith(part[0]) else None
        levels = {"省": (scope.province,), "自": (scope.province,), "县": (scope.county, district),
                  "区": (scope.county, district), "旗": (scope.county, district)}
        if any(p is not None for p in levels.get(part[0], (scope.prefecture, scope.city, scope.county))):
            return None
        return Organization(part, UNPLACED_KINDS[m.group(1)], {part})

    @classmethod
    def unplaced_body(cls, part: str, scope: Scope) -> Organization | None:
        """县政协经济委 (区政协办公室) when the page names no place of that level: a body of the page's own committee,
        as written."""
        at = part.find("政协") + len("政协")
        body = part[at:]
        committee = cls.unplaced(part[:at], scope) if at > len("政协") and body else None
        if committee is None or not (special_committee(body) or body in lexicon().cppcc_bodies):
            return None
        return sub_body(committee, body)

    @staticmethod
    def trailing_org(part: str, scope: Scope) -> Organization | None:
        """The longest end of the organization part that names an organization, when the whole does not: the
        words the phrase took in before it (两次得到省政协主席, 新一届政协广西委员会主席) are no part of it."""
        for k in range(1, len(part) - 1):
            if part[k] in LEVEL_WORDS or part.startswith("政协", k) and names_a_place_at(part, k + 2) \
                    or gazetteer().find_all(part[k:k + 4])[:1] and \
                    gazetteer().find_all(part[k:k + 4])[0].start == 0:
                org = canonical(part[k:], scope)
                if org is not None:
                    return org
        return None

    def media_before(self, before: int, article: int) -> Organization | None:
        """The paper, site or station named last before a byline, in its article (or before the first), on its line
        (新华社北京3月13日电（记者某某）: not the paper of the photo credit on the line before)."""
        doc = self.doc
        near = [m for m in doc.org_mentions if m.start < before and m.org in doc.organizations
                and before - m.start < MEDIA_REACH and doc.organizations[m.org].name.endswith(MEDIA_ENDINGS)
                and "\n" not in doc.text[m.start:before]]
        return doc.organizations[max(near, key=lambda m: m.start).org] if near else None

    def sibling(self, part: str, parent: Organization | None, scope: Scope) -> Organization | None:
        """A head word alone after the Party cell of a unit is the unit's body: 高新区党工委副书记、管委会副主任
        (the zone's 管委会), 镇党委书记、政府镇长."""
        if parent is None or part not in lexicon().org_heads:
            return None
        cell = next((c for c in heads("cell") if parent.name.endswith(c)), None)
        found = canonical(parent.name[:-len(cell)] + part, scope) if cell else None
        if found is not None:   # written as the cell was: 综合保税区党工委 → 综合保税区管委会
            found.aliases |= {a[:-len(cell)] + part for a in parent.aliases if a.endswith(cell)}
        return found

    def implied(self, template: str, scope: Scope) -> Organization | None:
        """The organization a title names by itself (市长: the city's government), in the place of the phrase's
        organization when it has one (枣庄市委副书记、市长: 枣庄's), else of the scope."""
        if "{unit}" not in template and scope.parent is not None and scope.parent.place \
                and (place := gazetteer().resolve(scope.parent.place)):
            scope = place_scope(place, scope)
        cell = next((c for c in heads("cell") if scope.parent is not None and scope.parent.name.endswith(c)), "")
        unit = _Unit(scope.parent.name[:-len(cell)]) if cell else None   # 镇党委委员、副镇长: the town's
        values = {"prefecture": scope.prefecture, "county": scope.county, "province": scope.province,
                  "city": bare_city(scope), "unit": unit}   # 市长 of a county-level city's bulletin is the city's
        try:
            name = template.format(**{k: (v.name if v else "\0") for k, v in values.items()})
        except KeyError:
            return None
        if "\0" in name:
            return None
        org = canonical(name, scope)
        if org is None:
            org = Organization(name, "PARTY" if name.startswith("中共") else head_kind(name) or "GOVERNMENT", {name})
        return org

    def named_organization(self, part: str, implies: str, parent: Organization | None, scope: Scope, at: int,
                           article: int) -> Organization | None:
        """The organization an organization part names: by the grammar, as an abbreviation of one named before,
        a sibling of the phrase's unit, its last words, a committee of the page's unnamed place; a place alone
        is the government its title implies there (章贡区副区长)."""
        if implies and (place := self.place_alone(part, scope)) is not None:
            # the place written is the title's, not the phrase's organization's (市政协副主席、耀州区副区长: 耀州区's),
            # nor a body named before whose name holds its characters (通州区副区长 after 通州产业园区)
            return self.implied(implies, place_scope(place, dataclasses.replace(scope, parent=None)))
        # a head alone after a unit's cell is that unit's (经开区党工委副书记、管委会主任), not one named before
        found = national_body(part) or canonical(part, scope) or self.sibling(part, parent, scope) \
            or self.anaphor(part, at, article) \
            or self.trailing_org(part, scope) or self.unplaced(part, scope) or self.unplaced_body(part, scope) \
            or self.committee_body(part, at) or self.committee_alone(part, parent, at, article) \
            or party_body(part, parent)
        return parent if found is None and parent is not None and part == "机关" else found

    def committee_body(self, part: str, at: int) -> Organization | None:
        """A body of a CPPCC committee named alone after an appointment's 为 (会议决定，政协某市委员会设七个专门委员会，
        李某为提案委员会主任): the body of the committee named last in the sentence."""
        doc = self.doc
        if not special_committee(part) and part not in lexicon().cppcc_bodies or doc.text[at - 1:at] != "为" \
                or not doc.text.startswith(part, at):
            return None
        sentence = next((s for s in doc.sentences if s.start <= at < s.end), None)
        committee = next((doc.organizations[m.org] for m in sorted(doc.org_mentions, key=lambda m: -m.start)
                          if sentence is not None and sentence.start <= m.start < at and m.org in doc.organizations
                          and doc.organizations[m.org].kind == "CPPCC"), None)
        return sub_body(committee, part) if committee is not None else None

    def committee_alone(self, part: str, parent: Organization | None, at: int, article: int) -> Organization | None:
        """A special committee named alone (提案委主任A, 教文委B副主任): a body of the CPPCC committee of the phrase,
        else of the one the article named last; not a government's commission (住建委: a head word of its own)."""
        if not special_committee(part) or part in lexicon().org_heads \
                or parent is not None and parent.kind != "CPPCC":
            return None
        article_orgs = self.earlier_orgs(at, article)
        committee = parent or self.appointing_party(at) or next((o for o in article_orgs if o.kind == "CPPCC"), None)
        return sub_body(committee, part) if committee is not None else None

    def appointing_party(self, at: int) -> Organization | None:
        """民革某省委会决定增补A为社会服务委员会副主任: a special committee named alone where its sentence named a democratic
        party's committee last before it (and no CPPCC committee since) is that party's."""
        doc = self.doc
        sentence = next((s for s in doc.sentences if s.start <= at < s.end), None)
        named = [m for m in doc.org_mentions if sentence is not None and sentence.start <= m.start < at
                 and m.org in doc.organizations and doc.organizations[m.org].kind in ("CPPCC", "DEMOCRATIC_PARTY")]
        last = doc.organizations[max(named, key=lambda m: m.start).org] if named else None
        while last is not None and last.parent_org is not None:
            last = last.parent_org   # (A为社会服务委员会副主任，B为经济委员会副主任: the party's, not the body's)
        return last if last is not None and last.kind == "DEMOCRATIC_PARTY" else None

    @staticmethod
    def party_sibling(found: Organization | None, part: str, role: str, parent: Organization | None,
                      scope: Scope) -> Organization | None:
        """民盟四川省委副主委、凉山州委主委: a level committee after a democratic party's, with a title of the
        democratic parties (主委), is that party's committee there, not the Communist Party's; so a branch written
        without its party (百色市委主委A和崇左总支主委B: 民建崇左总支)."""
        branch = found is None and part.endswith(PARTY_BRANCHES) and not part.endswith(("党总支", "党支部"))
        if not branch and (found is None or found.kind != "PARTY") or parent is None \
                or parent.kind != "DEMOCRATIC_PARTY" or not role.endswith("主委"):
            return None
        short = next((p for p in lexicon().democratic_parties if parent.name.startswith(p)), None)
        return canonical(short + part, scope) if short else None

    def implied_or_parent(self, implies: str, parent: Organization | None, scope: Scope,
                          role: str = "") -> Organization | None:
        """市长 names its own organization: when the page names no such place, only a government named before in
        the sentence is it (镇长A，副镇长B), no other organization of the phrase (省委副书记、省长), or, where the
        page names no place of the title's level at all, the government of that bare level (县长A: 县人民政府)."""
        implied = self.implied(implies, scope)
        tail = implies.rsplit("}", 1)[-1]
        if implied is None and parent is not None and tail and parent.name.endswith(tail):
            implied = parent
        if implied is None and tail == "人民政府" and "{unit}" not in implies and len(role) > 1 \
                and self.unplaced(role[-2] + "委", scope) is not None:
            name = role[-2] + tail   # (a page naming no place keeps its bodies as written: 县委, 县政协)
            implied = Organization(name, "GOVERNMENT", {name, role[-2] + "政府"})
        return implied

    def organization_of(self, part: str, role: str, parent: Organization | None, scope: Scope, at: int,
                        article: int) -> tuple[Organization | None, str]:
        """The organization of one title (its organization part, else what the title implies, else the phrase's
        organization before it), and the role."""
        title = lexicon().titles[role]
        if (short := self.unit_by_short_name(part, role, at, article)) is not None:
            return short
        if part:
            if (implies := region_government(part, role)) and part == BARE_REGION:
                return self.implied(implies, scope), role   # 自治区副主席: of the page's region's government
            found = self.stage_reading(part, at) or self.named_organization(part, implies or title.implies, parent,
                                                                            scope, at, article) \
                or (paper_of_desk(part) if role in MEDIA_TITLES else None)
            sibling = self.party_sibling(found, part, role, parent, scope)
            if sibling is not None or found is not None:
                self.doc.move_mention(part, sibling or found, at, at + PHRASE_REACH)   # as read in its phrase
            return sibling or found, role
        if title.implies:
            return self.implied_or_parent(title.implies, parent, scope, role), role
        if role in MEDIA_TITLES + CORRESPONDENT_TITLES:
            return self.newsroom(role, parent, at, article), role
        if role in PARTY_PORTFOLIOS:
            return next((o for o in self.earlier_orgs(at, article) if o.kind == "PARTY"), None), role
        if parent is not None:
            return self.parents_title(role, parent, at, article)
        return (self.anaphor("公司", at, article) if role in COMPANY_TITLES else None), role

    def parents_title(self, role: str, parent: Organization, at: int, article: int) -> tuple[Organization | None, str]:
        """A bare title after the phrase's (or sentence's) organization: that organization's, but a Party title after a
        government's is its unit's Party committee's, and a chair's none of a government's or Party organ's."""
        if (cell := self.unit_party_body(parent, role, at, article)) is not None:
            return cell, role   # 镇长A，副书记B: B is the 副书记 of the town's 党委, named before, not of its government
        if not (role in CHAIR_TITLES and parent.kind in ("GOVERNMENT", "PARTY")):
            # (县委常委、副县长A出席，副主席B主持: B is no vice chairman of the county's government)
            return parent, same_party_role(role, parent)
        return (self.anaphor("公司", at, article) if role in COMPANY_TITLES else None), role

    def unit_by_short_name(self, part: str, role: str, at: int, article: int) -> tuple | None:
        """(organization, role) of a part naming a unit named before by its short name: 公司党委 (the company's Party
        committee), 校党委 and 校 (the school's, as 某某大学党委副书记); None for any other part."""
        if part.startswith("公司") and part[2:].endswith(party_suffixes()):
            # 公司党委书记: the Party committee of the company named before
            company = self.anaphor("公司", at, article)
            return (sub_body(company, part[2:]) if company is not None else None), role
        return school_post(self, part, role, at, article)   # 来到某某大学调研…校党委副书记X: the university's

    def unit_party_body(self, government: Organization, role: str, at: int, article: int) -> Organization | None:
        """The Party committee of the unit whose government is named before, for a Party title with no body of its own
        after the government's title (中疃镇党委书记A，镇长B，副书记C: C is the 镇党委's), when the article named it."""
        if government.kind != "GOVERNMENT" or role not in PARTY_TITLES or not government.name.endswith(GOVERNMENTS):
            return None
        unit = government.name.removesuffix("人民政府").removesuffix("政府")
        return next((o for o in self.earlier_orgs(at, article) if o.kind == "PARTY" and party_unit(o.name) == unit), None)

    def newsroom(self, role: str, parent: Organization | None, at: int, article: int) -> Organization | None:
        """The medium a reporter's bare title is of: the paper the dateline names (定州日报讯(记者牛勇)), else the
        phrase's medium; not the headline's committee, which employs no reporter (市政协副主席某某来区调研（记者
        某某）); none for a correspondent."""
        if role in CORRESPONDENT_TITLES:
            return None
        media = self.media_before(at, article)
        return media if media is not None or parent is None or not parent.name.endswith(MEDIA_ENDINGS) else parent

    def stage_reading(self, part: str, at: int) -> Organization | None:
        """The organization the organizations stage read where the phrase writes a part that names its own place
        (青秀区政协 of 民革南宁市委会副主委、青秀区政协副主席): read at its own offset, where the phrase's start lies
        in another city's paragraph, or a democratic party's committee without its party (市委会主委, 市委会宣传部长); None for a part
        of a bare level (市政协), read in the phrase."""
        if not names_a_place_at(part, 0) and not PARTY_ONLY_COMMITTEE.match(part):
            return None   # (市委会: a democratic party's committee, whose party the stage found on the page)
        doc = self.doc
        mention = next((m for m in doc.org_mentions if m.surface == part and at <= m.start < at + PHRASE_REACH), None)
        return doc.organizations.get(mention.org) if mention is not None else None


def unplaced_org(doc: Document, surface: str, scope: Scope) -> Organization | None:
    """A body named by a bare level that no place of the page qualifies, as written (the reading posts use): a CPPCC
    committee's body on a page naming no county (县政协提案委员会关于…的报告); the Party committee of a page naming
    no place at all that names its CPPCC committee by the same level (统一到区委要求上来 on a page of 区政协; a bare
    县政协 alone, 发展和县政协工作, is no one committee; on a city's page 县委 may be any county's)."""
    org = OrgFinder.unplaced_body(surface, scope)
    if org is None and scope.province is None and surface[:1] + "政协" in doc.text:
        org = OrgFinder.unplaced(surface, scope)
        org = org if org is not None and org.kind == "PARTY" else None
    return org
