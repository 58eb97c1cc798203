"""Organizations real pages name in short forms (session 7): an office by its shortened name (市确权办), a
democratic party's working committee of the province's organs, a CPPCC committee's working committee of a
prefecture, a school whose name holds 与. Invented bulletins of 邵阳 (湖南)."""
from __future__ import annotations

from test_real_pages import page


def test_an_office_by_its_shortened_name_after_a_level_word(tmp_path_factory):
    doc = page(tmp_path_factory, "邵阳", "委员调研\n6月1日，市确权办主任李文华、县乡村振兴办负责人孙立参加。"
                                         "市金融办、市商务局汇报工作。市政协举办培训班，承办单位发言，要把实事办好。\n")
    assert {"邵阳市确权办", "县乡村振兴办", "邵阳市金融办"} <= set(doc.organizations)   # no county named: 县 unqualified
    assert doc.organizations["邵阳市确权办"].kind == "GOVERNMENT"
    assert not any(o.endswith(("举办", "承办", "办好")) for o in doc.organizations)


def test_the_office_of_a_party_committee_by_its_shortened_name(tmp_path_factory):
    doc = page(tmp_path_factory, "邵阳", "委员调研\n6月1日，市委办主任王春林出席。\n")
    assert doc.organizations["邵阳市委办公室"].kind == "PARTY"


def test_a_democratic_partys_working_committee_of_the_organs_of_a_level(tmp_path_factory):
    doc = page(tmp_path_factory, "邵阳", "交流会\n6月1日，民革省直工委、民盟市直工委作交流发言。\n")
    assert {"民革湖南省直工委", "民盟邵阳市直工委"} <= set(doc.organizations)
    assert doc.organizations["民盟邵阳市直工委"].kind == "DEMOCRATIC_PARTY"


def test_a_working_committee_is_no_full_name_of_the_committee(tmp_path_factory):
    doc = page(tmp_path_factory, "邵阳", "交流会\n6月1日，民革省委、民革省直工委作交流发言。\n")
    assert "民革湖南省委" in doc.organizations
    assert "民革湖南省委" not in doc.organizations["民革湖南省直工委"].aliases


def test_a_cppcc_committees_working_committee_of_a_prefecture(tmp_path_factory):
    doc = page(tmp_path_factory, "邵阳", "座谈会\n6月1日，政协海东地区工委副主任马明出席。\n")
    assert doc.organizations["政协海东地区工委"].kind == "CPPCC_BODY"
    assert "邵阳市政协海东地区工委" not in doc.organizations


def test_a_college_whose_field_holds_yu_keeps_its_whole_name(tmp_path_factory):
    doc = page(tmp_path_factory, "邵阳", "座谈会\n6月1日，湘中理工大学经济与管理学院院长周平出席。\n")
    assert "湘中理工大学经济与管理学院" in doc.organizations
    assert "管理学院" not in doc.organizations


def test_a_town_whose_name_begins_with_a_city_is_no_visit_to_the_city(tmp_path_factory):
    doc = page(tmp_path_factory, "荆州", "委员调研\n6月1日，市政协副主席王德林带队赴公安县黄山头口子镇调研。\n"
                                         "6月2日，市政协主席李明带队赴黄山调研乡村旅游。\n")
    first, second = sorted(doc.events, key=lambda e: e.start)[:2]
    assert "黄山市" not in first.visited_places and "荆州市公安县" in first.visited_places
    assert "黄山市" in second.visited_places


def test_the_sector_groups_of_a_committee_are_no_visit_to_the_committee(tmp_path_factory):
    doc = page(tmp_path_factory, "荆州", "看望委员\n6月1日，省政协主席李明来到省政协民革、民盟委员联组讨论现场，与委员们交流。\n")
    assert not any("湖北省政协" in e.visited for e in doc.events)
