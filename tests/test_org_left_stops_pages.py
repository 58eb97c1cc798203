"""Organization names end where a word that no name spans begins (kg/data/org_left_stops.txt), on invented
page text: a city that 拥有 (has) a college is no part of the college's name."""
from __future__ import annotations

from test_extraction import masthead, write_and_process


def test_a_college_a_city_has_is_named_without_the_city_and_the_verb(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "宁德-page.txt", masthead("宁德", 3, "2024年1月31日")
                            + "大会发言\n1月30日,委员提出,宁德市拥有闽东职业技术学院等多所高校,要用好人才资源。\n")
    assert "闽东职业技术学院" in doc.organizations
    assert not any("拥有" in name for name in doc.organizations)


def test_an_organization_after_the_verb_huo_is_named_without_it(tmp_path_factory):
    # 获 (received) before 苏州市委 is no part of its name; 获嘉县, a county whose name begins with 获, stays one
    doc = write_and_process(tmp_path_factory, "苏州-page.txt", masthead("苏州", 3, "2024年1月31日")
                            + "考察交流\n1月30日晚,考察团一行获苏州市委常委、统战部部长孙立新宴请。获嘉县政协主席钱明参加。\n")
    posts = {(p.person, p.org) for p in doc.posts}
    assert {("孙立新", "中共苏州市委"), ("钱明", "获嘉县政协")} <= posts
    assert not any(name.startswith("获苏州") for name in doc.organizations)


def test_a_national_body_after_the_members_of_a_delegation_is_named_without_them(tmp_path_factory):
    text = masthead("上海", 5, "2024年6月3日") + ("会见\n5月7日，市工商联主席王明会见温州市工商联代表团。代表团成员全国人大代表、"
                                                  "森达集团董事长邱光明参加。\n")
    doc = write_and_process(tmp_path_factory, "shanghai-delegation.txt", text)
    assert {(p.role, p.org) for p in doc.posts if p.person == "邱光明"} == {("代表", "全国人大"), ("董事长", "森达集团")}


def test_a_name_does_not_run_back_across_a_verb_nor_name_a_kind_of_hospital(tmp_path_factory):
    text = masthead("上海", 5, "2024年6月3日") + ("座谈\n5月7日，他介绍了上海市工商联结合城市发展目标进行商会结构调整的情况。"
                                                  "会议要求健全现代医院管理制度。\n")
    doc = write_and_process(tmp_path_factory, "shanghai-verbs.txt", text)
    assert "上海市工商联" in doc.organizations
    assert not any("进行" in name or "医院" in name for name in doc.organizations)
