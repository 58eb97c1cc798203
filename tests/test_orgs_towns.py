"""Towns and sub-districts that real pages name as bodies (session 13, orgs7): by the people they send
(某某街道相关负责人陪同), by a bare 街道 that refers to the one named before (来到某某街道，走访慰问街道领导班子), as the
last items of a list of bodies (市残联、某区甲街道以及乙街道); and names that are sites or rooms, no bodies
(某某厂改造项目, 中共中央旧址, 序厅). Invented bulletins of 长清 (山东) and 白山 (吉林)."""
from __future__ import annotations

from test_real_pages import page


def test_a_town_named_before_the_people_it_sends_is_a_body(tmp_path_factory):
    # 区红星街道相关负责人: the district's level word, then the town; 各乡镇, 部分街道: no town named
    doc = page(tmp_path_factory, "长清", "委员视察\n6月1日，区政协组织委员视察青龙山公园建设情况，区红星街道相关负责人陪同视察。"
                                         "区教育局、各乡镇负责人和部分街道负责人参加。区商务局和灵岩镇的相关负责同志介绍了情况。\n")
    names = set(doc.organizations)
    assert {"济南市长清区红星街道", "济南市长清区灵岩镇"} <= names
    assert doc.organizations["济南市长清区红星街道"].kind == "GOVERNMENT"
    assert not any(o.endswith(("乡镇", "部分街道", "区区红星街道")) for o in names)


def test_a_bare_sub_district_refers_to_the_one_named_before(tmp_path_factory):
    # 来到兴华街道，走访慰问街道领导班子: the 街道 is 兴华街道's government, visited; 赴平安街道调研 alone is a place
    doc = page(tmp_path_factory, "长清", "走访调研\n6月1日上午，区政协主席王立新一行来到兴华街道，走访慰问街道领导班子，"
                                         "调研街道重点工作。随后赴平安街道调研。\n")
    assert "济南市长清区兴华街道" in doc.organizations
    assert not any(o.endswith("平安街道") for o in doc.organizations)
    visited = {o for e in doc.events for o in e.visited}
    assert "济南市长清区兴华街道" in visited


def test_the_last_towns_of_a_list_of_bodies_are_bodies(tmp_path_factory):
    # 市残联、浑江区松鹤街道以及云杉街道: a district before the first town names its county; 以及 joins the last
    doc = page(tmp_path_factory, "白山", "专题视察\n6月1日，市政协秘书长李建华带领委员深入市残联、浑江区松鹤街道以及云杉街道开展视察。\n")
    assert {"白山市浑江区松鹤街道", "白山市浑江区云杉街道", "白山市残联"} <= set(doc.organizations)


def test_a_site_or_a_project_named_after_a_body_is_no_body(tmp_path_factory):
    # 红星机械厂改造项目, 中共中央旧址: a works rebuilt, a former seat; 序厅, 精品厅: the rooms of an exhibition
    doc = page(tmp_path_factory, "白山", "集中视察\n6月1日，视察组先后前往红星机械厂改造项目、中共中央旧址和市博物馆，"
                                         "参观了序厅、尾厅和馆藏精品厅。\n")
    names = set(doc.organizations)
    assert "白山市博物馆" in names or "市博物馆" in names
    assert not any(o.endswith(("机械厂", "厅")) or o == "中共中央" for o in names)


def test_a_town_ending_a_list_of_departments_is_a_body(tmp_path_factory):
    # 县教育局、水利局以及红叶镇等部门人员: the town's government sends people like the departments before it
    doc = page(tmp_path_factory, "白山", "座谈交流\n6月1日，调研组与县教育局、水利局以及红叶镇等部门人员进行了座谈。\n")
    assert any(o.endswith("红叶镇") for o in doc.organizations)
