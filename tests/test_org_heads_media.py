"""Head words of the schools, halls and papers real pages visit or are credited to (session 13, orgs7): a county's
numbered middle school (某某一中), a city hall (某某新区城市馆), a paper named 某某侨报 or 某某晨报 whose reporter holds a
post there; an adverb of time before 报到 (准时报到) names no paper. Invented pages."""
from __future__ import annotations

from test_extraction import posts_of
from test_real_pages import page


def test_a_numbered_school_a_city_hall_and_a_paper_are_bodies(tmp_path_factory):
    doc = page(tmp_path_factory, "岳阳", "委员调研\n6月1日，市政协委员来到君山二中调研，随后参观了滨江新区城市馆。"
                                         "金梧侨报记者王丽娟报道。新任委员准时报到。\n")
    names = set(doc.organizations)
    assert any(o.endswith("君山二中") for o in names)
    assert any(o.endswith("滨江新区城市馆") for o in names)
    assert {org for _role, org in posts_of(doc, "王丽娟")} == {"金梧侨报"}
    assert not any(o.endswith("时报") for o in names)


def test_a_verb_before_a_bare_head_or_a_kind_of_hospital_names_no_body(tmp_path_factory):
    # 以教学研一体化带动医院发展, 研究型医院: the hospital of the sentence, a kind of hospital; 开放 begins a name
    doc = page(tmp_path_factory, "岳阳", "委员视察\n6月1日，市政协主席一行来到岳阳金桥医院视察。他建议以特色学科带动医院发展，"
                                         "推进研究型医院建设。岳阳开放大学负责人参加。\n")
    names = set(doc.organizations)
    assert any(o.endswith("金桥医院") for o in names) and any(o.endswith("开放大学") for o in names)
    assert not any(o.endswith(("带动医院", "研究型医院")) for o in names)


def test_a_companys_hall_is_the_company(tmp_path_factory):
    doc = page(tmp_path_factory, "岳阳", "委员调研\n6月1日，委员们参观了金桥公司科技馆。\n")
    names = set(doc.organizations)
    assert any(o.endswith("金桥公司") for o in names) and not any(o.endswith("科技馆") for o in names)


def test_a_bodys_other_name_in_angle_brackets_is_no_second_body(tmp_path_factory):
    doc = page(tmp_path_factory, "岳阳", "委员活动\n6月1日，活动由市政协第三界别活动组(总商会<工商联>)承办。\n")
    bodies = [o for o in doc.organizations if o.endswith(("总商会", "工商联"))]
    assert len(bodies) == 1


def test_a_zone_named_after_the_meeting_held_in_it(tmp_path_factory):
    # 农高区: an agricultural high-tech zone; 推介会 before its place: the meeting held there, no word of its name
    doc = page(tmp_path_factory, "岳阳", "委员调研\n6月1日，委员们来到推介会岳阳国家农高区参观。\n")
    zones = [o for o in doc.organizations if o.endswith("农高区")]
    assert zones and all(o.startswith("岳阳") for o in zones)
