"""Organizations real pages name in short forms (session 7): an office by its shortened name (市确权办), a
democratic party's working committee of the province's organs, a CPPCC committee's working committee of a
prefecture, a school whose name holds 与. Invented bulletins of 邵阳 (湖南)."""
from __future__ import annotations

from test_real_pages import page


def test_an_office_by_its_shortened_name_after_a_level_word(tmp_path_factory):
    doc = page(tmp_path_factory, "邵阳", "委员调研\n6月1日，市确权办主任李文华、县乡村振兴办负责人孙立参加。"
                                         "市金融办、市商务局汇报工作。市政协举办培训班，承办单位发言，要把实事办好。\n")
    assert {"邵阳市确权办", "邵阳市县乡村振兴办", "邵阳市金融办"} <= set(doc.organizations)
    assert doc.organizations["邵阳市确权办"].kind == "GOVERNMENT"
    assert not any(o.endswith(("举办", "承办", "办好")) for o in doc.organizations)


def test_the_office_of_a_party_committee_by_its_shortened_name(tmp_path_factory):
    doc = page(tmp_path_factory, "邵阳", "委员调研\n6月1日，市委办主任王春林出席。\n")
    assert doc.organizations["邵阳市委办公室"].kind == "PARTY"
