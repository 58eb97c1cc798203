"""Posts in a school's own bodies, for kg/post_orgs.py: 校党委副书记 and 校长 after the university is named are posts in
it (党委副书记 of 某某大学, as 某某大学党委书记 is written), and 我校 names a school the page does not name, so no post.
finder is the posts stage's OrgFinder (its doc and earlier_orgs)."""
from __future__ import annotations

from kg.document import Organization
from kg.orgnames import party_suffixes

# a school's own titles and the short lead of its bodies (校长; 校党委副书记: the Party committee of the school named
# before, whose secretary holds the post in the school, as 某某大学党委书记 does)
SCHOOL_TITLES = ("校长", "副校长", "常务副校长")
SCHOOL_LEADS = ("我校", "本校", "该校", "校")
OWN_SCHOOL = SCHOOL_LEADS[:2]   # the page's own school, never named (我校, 本校)
SCHOOL_ENDS = ("大学", "学院", "学校", "中学", "小学")
ACADEMIES = ("科学院", "工程院", "社会科学院")   # academies whose names end like a college's (中国科学院: no school)
UNIVERSITY = "大学"
PARTY_LEAD = "党"   # 校党委副书记 read as 校 + 党委副书记: a Party title of the school


def is_school(org: Organization) -> bool:
    """A school or university (山东某某大学, 某某中学), no academy (中国科学院)."""
    return org.kind == "OTHER" and org.name.endswith(SCHOOL_ENDS) and not org.name.endswith(ACADEMIES)


def school_post(finder, part: str, role: str, at: int, article: int) -> tuple[Organization | None, str] | None:
    """(organization, role) of a school's title at offset at: 校党委副书记 (党委副书记 of the school, the role keeping
    党委) and 校长 of the school named before; of 我校, a school the page does not name, no organization (so no post);
    None for a title of no school."""
    if not part and finder.doc.text.endswith(OWN_SCHOOL, 0, at):
        return None, role   # 我校党委书记某某: the page's own school, which it does not name
    lead = next((w for w in SCHOOL_LEADS if part.startswith(w)), "")
    body = part[len(lead):]
    if not (lead and body in ("",) + party_suffixes() and (body or role.startswith(PARTY_LEAD))
            or not part and role in SCHOOL_TITLES):
        return None
    school = school_before(finder, at, article) if lead not in OWN_SCHOOL else None
    return (school, body + role) if school is not None else (None, role)


def school_before(finder, before: int, article: int) -> Organization | None:
    """The school or university named last before (山东某某大学, not its 某某学院 named after it, nor a college of a
    university the article names alone); None when the article names none."""
    earlier = finder.earlier_orgs(before, article)
    for o in earlier:
        if not is_school(o):
            continue
        whole = next((p for p in earlier if p is not o and o.name.startswith(p.name) and p.name.endswith(SCHOOL_ENDS)),
                     None)
        if whole is not None or not (UNIVERSITY in o.name and not o.name.endswith(UNIVERSITY)):
            return whole or o
    return None
