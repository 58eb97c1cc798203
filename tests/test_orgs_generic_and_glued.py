"""Organizations of company visits (session 8, round 2): generic references that read like bodies (a sector's
federations, a park's hall, the special committees' Party groups), a venue's name run into the next body's, companies
named by their short names with an industry word, the place's own federation beside a named one of its kind.
Invented pages and people."""
from __future__ import annotations

from test_real_pages import page


def test_a_sectors_federations_and_a_parks_hall_are_no_bodies(tmp_path_factory):
    doc = page(tmp_path_factory, "宁德", "调研\n3月5日，市妇联副主席李红调研“两新”领域妇联工作，走进园区规划展馆。"
                                         "市政协主席王大明要求加强专委会分党组建设。\n")
    assert not any("领域" in o or "展馆" in o or "分党组" in o for o in doc.organizations)


def test_a_place_after_a_venue_begins_another_body(tmp_path_factory):
    doc = page(tmp_path_factory, "嘉兴", "调研\n3月5日，调研组考察了桐乡翠竹新区规划馆桐乡高新区创新中心。\n")
    assert "桐乡翠竹新区规划馆" in doc.organizations
    assert not any(o.startswith("桐乡翠竹新区规划馆") and o != "桐乡翠竹新区规划馆" for o in doc.organizations)


def test_short_names_of_companies_with_industry_words_after_a_visit_word(tmp_path_factory):
    doc = page(tmp_path_factory, "玉林", "调研\n3月5日，市政协主席王大明走访了金达木业、宏发鞋业和绿源纸业。\n")
    assert {"金达木业", "宏发鞋业", "绿源纸业"} <= set(doc.organizations)


def test_the_places_own_federation_is_no_short_name_of_a_named_one(tmp_path_factory):
    doc = page(tmp_path_factory, "宁德", "调研\n3月5日，市妇联副主席李红询问了晨光社工妇联的建设情况，希望市妇联加强指导。\n")
    assert {"宁德市妇联", "宁德市晨光社工妇联"} <= set(doc.organizations)
