"""Stage resolve: one entry per person, organization and post.

A post read only from a headline gives way to what the article body says of the same person in the same
organization (a headline may call a vice-chair 主席). A person's identity anchor is the place of the
organizations they hold posts in, else the bulletin's place: the same name in two places stays two people.
A name of the lexicon of national figures (famous_persons.txt), or of a person whose first post is at a national
body (全国政协, 国务院), is one person across the country.
"""
from __future__ import annotations

import dataclasses
import re

from kg.document import Document
from kg.lexicon import lexicon
from kg.orgnames import subsequence
from kg.places import gazetteer
from kg.scopes import Scope, leading_places, place_prefix
from kg.spans import TOWN_UNITS
from kg.zones import COMMITTEES, kind_alone, kind_of, same_kind, zone_body

READS = ("context", "person_mentions", "window")
WRITES = ("organizations", "org_mentions", "posts", "persons", "identity_basis", "anchors")


CPPCC = "政协"
COMMITTEE_FORM = re.compile(r"委(?:员会|会)$")   # 某市委会, 某市委员会: the committee's other forms
STAFF_ORGAN = "机关"   # the staff of a body (市政协机关): its Party bodies are not the body's own
LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限公司")   # what a company's full name ends with, its short name not
GROUP_HEADS = ("集团",)   # the head a company's short name keeps from its full one (某某集团 of 某某集团有限公司)
OFFICES = ("办公厅", "办公室")   # a body's general office, abbreviated with its 办 (政府办, 府办公室)
OFFICE_KEPT = "办"
BODY_HEAD_TITLES = ("主任", "副主任")   # heads of a CPPCC committee's bodies (专委会, 办公室), none of the committee's own
NATIONAL_ANCHOR = "全国"   # national and historical figures of the lexicon: one person wherever named


def abbreviates(short: str, full: str) -> bool:
    """市执法局 abbreviates 城管执法局, 提案委 提案委员会, 格林循环产业股份有限公司 江西格林循环…: same
    place, same last word, the short name's characters in order in the full one."""
    if len(short) >= len(full) or len(short) < 3:
        return False
    forms = committee_forms(short, full)
    if forms is not None:
        return forms
    short, full = short.removeprefix("中共"), full.removeprefix("中共")
    legal = next((f for f in LEGAL_FORMS if full.endswith(f) and not short.endswith(f)), "")
    if legal and short.endswith(GROUP_HEADS) and len(short) >= 4:
        stem = full[:-len(legal)]   # 明昊集团 of 四川明昊建设集团有限公司: the group by its short name
        return short == stem or abbreviates(short, stem)
    if CPPCC in short and short.endswith("委") and full.endswith("委员会"):
        short += "员会"   # 市政协文史委 and 市政协文化文史和学习委员会: a special committee's 委 is its 委员会
    if full.startswith(short):
        return False   # 平凉市委 and 平凉市委政法委: a body and its department
    if full.endswith("工委") and not short.endswith("工委"):
        return False   # 民革某省委 and 民革某省直工委: a committee and the working committee of its organs
    short_place, full_place = place_prefix(short), place_prefix(full)
    if short_place != full_place and (short_place or len(full_place) > 3 and full_place[-1] in "区县旗"):
        return False
    return bodies_abbreviate(short, full, short[len(short_place):], full[len(full_place):])


def committee_forms(short: str, full: str) -> bool | None:
    """Whether two names are forms of one committee (True: 市委统战部 and 中共市委统战部, 某市委 and 某市委会), a
    committee and one inside it (False: 某市委会 and 某市委监督委员会), or neither (None: the other tests decide).

    >>> committee_forms("九三学社某市委会", "九三学社某市委监督委员会"), committee_forms("市政协提案委", "市政协提案委员会")
    (False, True)
    """
    if full == "中共" + short:
        return True   # 九江市委统战部 and 中共九江市委统战部: one body, written with and without 中共
    short, full = short.removeprefix("中共"), full.removeprefix("中共")
    if short.endswith("委") and full in (short + "员会", short + "会"):
        return True   # 市政协提案委 and 市政协提案委员会; 九三学社景德镇市委 and 九三学社景德镇市委会
    stem = COMMITTEE_FORM.sub("委", short)
    if stem != short and full.startswith(stem) and full[len(stem):] not in ("会", "员会"):
        return False   # 九三学社某市委会 and 九三学社某市委监督委员会: a committee and a committee inside it
    return None


def bodies_abbreviate(short: str, full: str, short_body: str, full_body: str) -> bool:
    """The body words after the same place: the short one abbreviates the full one (执法局, 城管执法局)."""
    if len(short_body) < 2:
        return False   # 包头市委 is the Party committee, no short name of 包头市政协机关纪委
    if full_body.endswith(OFFICES) and OFFICE_KEPT not in short_body:
        return False   # 民政厅 is no short name of 人民政府办公厅: an office's short name keeps its 办 (政府办)
    if STAFF_ORGAN in full_body and STAFF_ORGAN not in short_body:
        return False   # 市政协党组 and 市政协机关党组: the committee's Party group and that of its staff, two bodies
    if short_body in full_body and not full_body.endswith(short_body):
        return False   # 生态环境局 in 生态环境局土右分局: a body inside another, not a short name for it
    if full_body.endswith(short_body) and full_body[:-len(short_body)].endswith(TOWN_UNITS):
        return False   # 宁城县人民政府 and 宁城县某某镇人民政府: the county's body and a town's of its kind
    if short_body in lexicon().org_heads_alone and full_body.endswith(short_body) and full_body != short_body:
        return False   # 某市妇联 and 某市晨光社工妇联: the place's own body (a head alone) and a named one of its kind
    return short[-1] == full[-1] and subsequence(short_body, full_body)


def merge_abbreviations(doc: Document) -> None:
    orgs = doc.organizations
    renamed: dict[str, str] = {}
    for name in sorted(orgs, key=len):
        short = orgs[name]
        fuller = [o for o in orgs.values() if o.kind == short.kind and o.name not in renamed
                  and abbreviates(name, o.name)]
        if len(fuller) > 1:
            # 民建某市委 before 民建某市委会 and 民建某市委员会: the fuller forms are one body too, named by the fullest
            fuller = [o for o in fuller if all(f is o or abbreviates(f.name, o.name) for f in fuller)]
        if len(fuller) == 1:
            fuller[0].aliases |= short.aliases | {name}
            renamed[name] = fuller[0].name
    _rename(doc, renamed)


def merge_same_place(doc: Document) -> None:
    """A county's body named in two ways (临海市政协 in one item of a page of several places, 台州市临海市政协 in the
    item of that city; 长阳县政协 and 宜昌市长阳土家族自治县政协) is one body, named by its longest name: the same
    kind, the same place and the same words after it; not where the place's name is shared by places of other
    prefectures (鼓楼区)."""
    groups: dict[tuple, list[str]] = {}
    for name, org in doc.organizations.items():
        # 长阳县 too, a short form the official names leave out; the place the name starts with must be the body's
        # (福安经济开发区 of 晋安区 starts with 福安, a city's short name)
        lead = leading_places(name, Scope())
        if org.place and lead.place is not None and lead.place.name == org.place \
                and len(gazetteer().lookup(org.place)) == 1 and _one_line_of_places(lead.places):
            groups.setdefault((org.kind, org.place, name[lead.used:]), []).append(name)
    renamed: dict[str, str] = {}
    for names in groups.values():
        longest = max(names, key=len)
        for name in names:
            if name != longest:
                doc.organizations[longest].aliases |= doc.organizations[name].aliases | {name}
                renamed[name] = longest
    _rename(doc, renamed)


def merge_zone_bodies(doc: Document) -> None:
    """A zone's 管委会 is the zone (瓯北工业园区管委会 of 瓯北工业园区, named by the zone); a zone or body written by its
    kind alone (综合保税区管委会, 经开区党工委, qualified by the grammar with the page's places) is of the one zone of
    that kind the page names (某某经济技术开发区, 某某经济技术开发区党工委)."""
    orgs = doc.organizations
    named = [o for o in orgs.values() if zone_body(o.name)[1] == "" and kind_of(o.name) and not _bare_zone(o)]
    renamed: dict[str, str] = {}
    for name, org in list(orgs.items()):
        stem, body = zone_body(name)
        zone = _zone_meant(org, stem, named)
        if zone is None or zone is org:
            continue
        target = zone.name if body in COMMITTEES + ("",) else zone.name + body
        if target not in orgs:   # 经开区党工委: named by its zone's name
            orgs[target] = dataclasses.replace(org, name=target, aliases=set(org.aliases))
        orgs[target].aliases |= org.aliases
        renamed[name] = target
    _rename(doc, renamed)


def _bare_zone(org) -> bool:
    """The zone or body is written by its zone's kind alone somewhere (经开区党工委), whatever place it was given."""
    return any(kind_alone(zone_body(a)[0]) for a in org.aliases)


def _zone_meant(org, stem: str, named: list):
    """The zone an organization's name is of: the zone its 管委会 names (某某片区管委会), or the one named zone of the
    kind it is written with alone (经开区党工委); None where none or two are."""
    if zone_body(org.name)[1] in COMMITTEES:
        full = [z for z in named if z.name == stem or abbreviates(stem, z.name)]
        if len(full) == 1:
            return full[0]
    kinds = {kind_of(zone_body(a)[0]) for a in org.aliases if kind_alone(zone_body(a)[0])}
    meant = [z for z in named if any(same_kind(k, kind_of(z.name)) for k in kinds)]
    return meant[0] if len(meant) == 1 else None


def _one_line_of_places(places: list) -> bool:
    """Each place the name starts with lies in the one before it (台州市临海市): one place, more or less fully named;
    not a city and another's (深圳安庆商会: Anqing's chamber of commerce in Shenzhen, not Anqing's own)."""
    gz = gazetteer()
    return all(before in gz.ancestors(after) for before, after in zip(places, places[1:]))


def _rename(doc: Document, renamed: dict[str, str]) -> None:
    """Drops the organizations renamed and points posts, mentions and parents at the names they took."""
    orgs = doc.organizations
    for name in renamed:
        del orgs[name]
    for p in doc.posts:
        p.org = renamed.get(p.org, p.org)
    for m in doc.org_mentions:
        m.org = renamed.get(m.org, m.org)
    for o in orgs.values():
        if o.parent in renamed:
            o.parent = renamed[o.parent]


def drop_committee_for_its_body(doc: Document) -> None:
    """A CPPCC committee's 主任 is the head of one of its bodies: where the same person holds the title at a body of
    that committee, the post at the committee itself goes (县政协经济委主任尚某 …县政协尚某主任: the 经济委's)."""
    held = {(p.person, p.role, doc.organizations[p.org].parent) for p in doc.posts
            if p.org in doc.organizations and doc.organizations[p.org].kind == "CPPCC_BODY"}
    doc.posts = [p for p in doc.posts if not (p.role in BODY_HEAD_TITLES and p.org in doc.organizations
                                              and doc.organizations[p.org].kind == "CPPCC"
                                              and (p.person, p.role, p.org) in held)]


def run(doc: Document) -> None:
    merge_abbreviations(doc)
    merge_zone_bodies(doc)
    merge_same_place(doc)
    body_roles: dict[tuple[str, str], set[str]] = {}
    for p in doc.posts:
        if not p.headline:
            body_roles.setdefault((p.person, p.org), set()).add(p.role)
    doc.posts = [p for p in doc.posts
                 if not p.headline or (p.person, p.org) not in body_roles or p.role in body_roles[(p.person, p.org)]]
    drop_committee_for_its_body(doc)

    # name -> (anchor, why), from the first post with a place (of a long document's windows before too)
    doc.anchors = anchors = doc.window.anchors
    national = {name for name, _kind, _aliases in lexicon().national_orgs}
    for p in doc.posts:
        org = doc.organizations.get(p.org)
        if org is None or p.person in anchors:
            continue
        if p.org in national:   # 汪洋, 主席 of 全国政协: one person across the country
            anchors[p.person] = (NATIONAL_ANCHOR, "全国性人物 (national figure: a post at a national body)")
        elif org.place:
            anchors[p.person] = (org.place, f"姓名 + 任职机构所在地 (name + place of the organization of a post: {org.name})")
    famous = lexicon().famous_persons
    for m in doc.person_mentions:
        if m.name in doc.persons:
            continue
        if m.name in famous:
            anchor, why = NATIONAL_ANCHOR, "全国性人物 (national figure: a name of the lexicon)"
        elif m.name in anchors:
            anchor, why = anchors[m.name]
        elif doc.context.place:
            anchor, why = doc.context.place, "姓名 + 材料所属地 (name + place of the bulletin)"
        else:
            doc.persons[m.name] = doc.name
            doc.identity_basis[m.name] = f"{m.name}: 仅本材料 (this bulletin only: no place to anchor on, a name alone never merges)"
            continue
        doc.persons[m.name] = anchor
        doc.identity_basis[m.name] = f"{m.name} @ {anchor}: {why}"
