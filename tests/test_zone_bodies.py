"""A development zone and its bodies as real pages name them (session 14, fix7a): a zone and its 管委会 are one
body, a bare 管委会 after a zone's 党工委 is that zone's, so are the bare departments listed after its 管委会, a zone
written by its kind alone (经开区党工委) is the page's one zone of that kind, a free-trade zone's 片区 is a zone of
its own, a city's 新区 listed among bodies is one. Invented bulletins of 青州 (山东)."""
from __future__ import annotations

from test_extraction import posts_of
from test_real_pages import page


def test_a_zone_and_its_committee_are_one_body(tmp_path_factory):
    # 青州云门工业园区管委会 is the zone named before: one organization, the zone's name, the committee's an alias
    doc = page(tmp_path_factory, "青州", "委员视察\n6月1日，视察组先后到青州市博物馆、青州云门工业园区调研。青州云门工业园区管委会"
                                         "副主任刘振东陪同。\n")
    zone = doc.organizations["青州云门工业园区"]
    assert "青州云门工业园区管委会" in zone.aliases
    assert "青州云门工业园区管委会" not in doc.organizations
    assert posts_of(doc, "刘振东") == {("副主任", "青州云门工业园区")}


def test_a_bare_committee_after_a_zones_party_cell_is_that_zones(tmp_path_factory):
    # 管委会 after 经开区党工委 is the 经开区's, not the 片区 named before; 经开区 is the page's 经济技术开发区
    doc = page(tmp_path_factory, "青州", "委员视察\n6月1日，视察组先后到青州市博物馆、中国(山东)自由贸易试验区云门片区、青州经济技术"
                                         "开发区调研。云门片区管委会主任赵明远介绍情况。经开区党工委副书记、管委会主任"
                                         "钱立功陪同。\n")
    zone = next(o for o in doc.organizations.values() if "中国(山东)自由贸易试验区云门片区" in o.aliases)
    assert "云门片区管委会" in zone.aliases
    assert posts_of(doc, "赵明远") == {("主任", zone.name)}
    assert posts_of(doc, "钱立功") == {("副书记", "青州经济技术开发区党工委"), ("主任", "青州经济技术开发区")}


def test_an_area_of_a_town_is_no_zone(tmp_path_factory):
    # 片区 alone (城东片区改造项目) is an area of the town, no zone; a free-trade zone's 片区 is one
    doc = page(tmp_path_factory, "青州", "委员视察\n6月1日，委员们实地查看了城东片区改造项目建设情况。\n")
    assert not any(o.endswith("片区") for o in doc.organizations)


def test_a_department_named_after_coordination_keeps_its_whole_name(tmp_path_factory):
    # 协调 opens no name elsewhere (协调各方), but 协调联络局 is the department's whole name, not 联络局
    doc = page(tmp_path_factory, "青州", "委员视察\n6月1日，视察组听取了经发局、协调联络局等单位负责人介绍。\n")
    assert "青州市协调联络局" in doc.organizations
    assert "青州市联络局" not in doc.organizations


def test_the_bare_departments_listed_after_a_zones_committee_are_the_zones(tmp_path_factory):
    # 云门片区管委会、经发局: the zone's 经发局; another zone listed after it keeps its own name
    doc = page(tmp_path_factory, "青州", "委员视察\n6月1日，视察组听取了云门片区管委会、经发局、协调联络局、"
                                         "弥河高新区管委会等单位负责人介绍。\n")
    assert {"云门片区经发局", "云门片区协调联络局"} <= set(doc.organizations)
    assert not any(name.startswith("云门片区弥河") for name in doc.organizations)


def test_a_citys_new_area_listed_among_bodies_is_one(tmp_path_factory):
    # 潍坊新区 between two bodies of a list is a body; promoted (推介潍坊新区和…) or a town's (某某镇迁建新区) it is an area
    doc = page(tmp_path_factory, "青州", "委员座谈\n6月1日，与市发改局、潍坊新区、青州市博物馆等负责同志座谈。"
                                         "委员们宣传推介潍坊新区和自贸试验区，察看了王府镇迁建新区。\n")
    assert "潍坊新区" in doc.organizations
    assert not any(o.endswith("迁建新区") for o in doc.organizations)
