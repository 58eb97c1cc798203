"""Organization names end where a word that no name spans begins (kg/data/org_left_stops.txt), on invented
page text: a city that 拥有 (has) a college is no part of the college's name."""
from __future__ import annotations

from test_extraction import masthead, write_and_process


def test_a_college_a_city_has_is_named_without_the_city_and_the_verb(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "宁德-page.txt", masthead("宁德", 3, "2024年1月31日")
                            + "大会发言\n1月30日,委员提出,宁德市拥有闽东职业技术学院等多所高校,要用好人才资源。\n")
    assert "闽东职业技术学院" in doc.organizations
    assert not any("拥有" in name for name in doc.organizations)
