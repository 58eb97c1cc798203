"""Party committees as real pages write them (session 14, fix7a): an autonomous prefecture's written 州党委 (某某州党委
全会精神), a level's written with its level word alone before another's (省、市委), a province's 办公厅, a CPPCC
committee's Party group written with 中共. Invented bulletins of 奇台 (新疆,
昌吉州) and 宝鸡 (陕西)."""
from __future__ import annotations

from test_real_pages import page


def test_a_prefectures_party_committee_written_with_its_state_word(tmp_path_factory):
    # 昌吉州党委 with no title after it: the prefecture's Party committee, as 自治区党委 is the region's
    doc = page(tmp_path_factory, "奇台", "学习会议\n6月1日，会议传达学习了自治区党委全会精神和昌吉州党委全会精神。\n")
    assert "昌吉州党委" in doc.organizations["中共昌吉州委"].aliases


def test_a_bare_level_listed_before_a_party_committee_shares_its_committee_word(tmp_path_factory):
    # 省、市委全会精神: the province's committee and the city's, 委 written once
    doc = page(tmp_path_factory, "宝鸡", "学习会议\n6月1日，会议传达学习了省、市委全会精神。\n")
    assert {"中共陕西省委", "中共宝鸡市委"} <= set(doc.organizations)


def test_a_provincial_committees_general_office_is_a_party_body(tmp_path_factory):
    # 省委办公厅: the Party committee's office (a province's is a 厅, a city's a 室), no government office
    doc = page(tmp_path_factory, "陕西", "协商座谈\n6月1日，省委办公厅、省政府办公厅有关负责同志参加座谈。\n")
    office = next(o for o in doc.organizations.values() if "省委办公厅" in o.aliases)
    assert (office.kind, office.parent) == ("PARTY", "中共陕西省委")


def test_a_cppcc_party_group_written_with_its_party_is_named_by_its_committee(tmp_path_factory):
    # 中共政协宝鸡市委员会党组: the Party group of the committee, named 宝鸡市政协党组 as the page writes it after
    doc = page(tmp_path_factory, "宝鸡", "党组会议\n6月1日，会议学习了《中共政协宝鸡市委员会党组工作规则》。市政协党组"
                                         "书记王建国主持会议。\n")
    assert "宝鸡市政协党组" in doc.organizations
    assert not any(o.startswith("中共") and o.endswith("党组") for o in doc.organizations)
