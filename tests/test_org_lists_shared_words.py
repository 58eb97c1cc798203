"""Lists of bodies as real pages write them (session 14, fix7a): items sharing their government's place and
level (省委办公厅、政府办公厅、民政厅: three bodies of one province). Invented bulletins of 陕西."""
from __future__ import annotations

from kg.stages.resolve import abbreviates
from test_real_pages import page


def test_a_department_is_no_short_name_of_the_governments_office():
    # 民政厅's characters stand in order in 人民政府办公厅, but an office's short name keeps its 办 (政府办)
    assert not abbreviates("陕西省民政厅", "陕西省人民政府办公厅")
    assert abbreviates("陕西省政府办公厅", "陕西省人民政府办公厅")


def test_a_list_of_a_provinces_offices_and_departments(tmp_path_factory):
    doc = page(tmp_path_factory, "陕西", "协商座谈\n6月1日，省委办公厅、省人大办公厅、省政府办公厅、民政厅、总工会相关负责人参加座谈。\n")
    assert {"陕西省人民政府办公厅", "陕西省民政厅"} <= set(doc.organizations)
    assert "民政厅" not in doc.organizations["陕西省人民政府办公厅"].aliases


def test_the_party_committees_and_governments_of_each_county_are_no_body(tmp_path_factory):
    # 陕西各县党委、政府: the committees of every county (各 before a level), no one body, nor is the 政府 sharing it
    doc = page(tmp_path_factory, "陕西", "工作交流\n近年来，陕西各县党委、政府认真落实协商制度。\n")
    assert not any("各" in name for name in doc.organizations)
    assert "陕西省人民政府" not in doc.organizations
