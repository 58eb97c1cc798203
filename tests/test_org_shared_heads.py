"""A head word a list of places shares (session 13, orgs7): 甲县、乙区政协 names both committees, 甲区、乙区等各区县(市)政协
names each listed one; and a bare 市政协 read later is no abbreviation of a district's committee the list named.
Invented pages."""
from __future__ import annotations

from test_extraction import posts_of, write_and_process
from test_real_pages import page


def test_places_listed_before_a_committee_share_its_head(tmp_path_factory):
    doc = page(tmp_path_factory, "安庆", "工作交流\n6月1日，怀宁县、太湖县和迎江区政协负责同志参加座谈。\n")
    assert {"安庆市怀宁县政协", "安庆市太湖县政协", "安庆市迎江区政协"} <= set(doc.organizations)


def test_places_listed_before_each_level_in_general(tmp_path_factory):
    # 岳麓区、天心区等各区县(市)政协: the two named; 市政协副主席 later is the city's, not 天心区政协's
    text = ("外地政协来访\n6月2日，长沙市政协副主席李明华率考察团到我市考察，成员包括岳麓区、天心区等各区县(市)政协"
            "分管副主席。\n市政协副主席王国庆陪同考察。\n")
    doc = write_and_process(tmp_path_factory, "visit.txt", text)
    assert {"长沙市岳麓区政协", "长沙市天心区政协"} <= set(doc.organizations)
    assert not any(org.endswith("区政协") for _role, org in posts_of(doc, "王国庆"))


def test_a_committee_named_again_by_its_head_alone_is_the_same_body(tmp_path_factory):
    # 市政协经科委 named, then 经科委 alone: the committee's body, no government office 经科委
    doc = page(tmp_path_factory, "白山", "委员活动\n6月1日，市政协经科委带领委员到社区调研。经科委向社区同志介绍了委员工作室。\n")
    assert "白山市政协经科委" in doc.organizations
    assert not any(o.name.endswith("经科委") and o.kind == "GOVERNMENT" for o in doc.organizations.values())
