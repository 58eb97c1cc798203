"""Persons, organizations and posts as real pages of places the project had not seen write them: member lists
and election results, federations of industry and commerce, national bodies. Each pattern on invented text
(of places other than the samples' and the development set's; the persons are invented).
"""
from __future__ import annotations

from test_real_pages import page, posts_of


def test_no_verb_before_an_organization_becomes_part_of_its_name(tmp_path_factory):
    doc = page(tmp_path_factory, "衢州", "市工商联换届\n6月1日，市工商联召开会员代表大会，大会选举产生市工商联新一届执委会。"
                                         "市委、市政府高度重视工商联工作，要求发挥好工商联的桥梁作用。"
                                         "市政协在家党组成员参加。方案报市委审定。\n")
    names = set(doc.organizations)
    assert "衢州市工商联" in names
    assert not {n for n in names if any(w in n for w in ("产生", "重视", "好工商联", "在家", "报市委"))}


def test_no_person_in_the_count_of_members_who_should_attend(tmp_path_factory):
    doc = page(tmp_path_factory, "丽水", "市政协全会\n6月1日，市政协全会举行。应出席委员300名，应到280名，实到275名。\n")
    assert not {"应出席", "应到", "应出席委员"} & set(doc.persons)
