"""The page's place is its hosts', where the guests came to a city it writes by its one character (来温, 来蓉,
在攀期间; kg/data/city_abbreviations.tsv) or by its name after 莅临: a headline ending where they came
(某市政协考察团来温) names the guests' city, not the page's. Invented pages of invented people."""
from __future__ import annotations

import pytest

from kg.pipeline import process
from kg.visitors import came_here, own_city_by_abbreviation

HEADLINE_ENDS_AT_THE_HOST = """\
安顺市政协考察团来温

5月10日，安顺市政协主席王立新率考察团来温考察学习。市政协副主席李志远陪同。
"""

LEARNING_FIRST = """\
安顺市政协考察团来蓉学习考察

5月10日，安顺市政协主席王立新一行来蓉学习考察政协工作。市政协副主席李志远陪同。
"""

HOST_BY_NAME = """\
安顺市政协考察团莅临绵阳

5月10日，安顺市政协主席王立新一行莅临绵阳，考察政协工作。市政协副主席李志远陪同。
"""


@pytest.mark.parametrize("text, city", [("某某一行来蓉学习考察。", "成都市"), ("在攀期间，考察团参观了企业。", "攀枝花市"),
                                        ("安顺市政协考察团来温\n", "温州市")])
def test_a_city_written_by_its_character_where_guests_came_is_the_pages(text, city):
    assert own_city_by_abbreviation(text).name == city


def test_a_head_line_ending_where_guests_came_names_the_guests_place():
    line = "安顺市政协考察团来温\n正文"
    assert came_here(line, 3) and came_here("安顺市政协考察团莅临绵阳\n", 3) and came_here("某县政协考察团来我县", 2)
    assert not came_here("市政协召开会议迎来新春\n", 0) and not came_here("安顺市政协考察团来温考察学习", 3)


@pytest.mark.parametrize("text, place, host_body", [(HEADLINE_ENDS_AT_THE_HOST, "温州市", "温州市政协"),
                                                    (LEARNING_FIRST, "成都市", "成都市政协"),
                                                    (HOST_BY_NAME, "绵阳市", "绵阳市政协")])
def test_the_page_of_a_visit_is_the_hosts(tmp_path, text, place, host_body):
    path = tmp_path / "visit.txt"
    path.write_text(text, encoding="utf-8")
    doc = process(path)
    assert doc.context.place == place
    assert host_body in doc.organizations and "安顺市政协" in doc.organizations


def test_a_municipality_guests_came_to_is_the_page_place_and_its_bare_committee_the_hosts(tmp_path):
    path = tmp_path / "visit.txt"
    path.write_text("安顺市政协考察团来渝考察\n\n5月10日，安顺市政协主席王立新率考察团来渝考察。市政协副主席李志远陪同。\n",
                    encoding="utf-8")
    doc = process(path)
    assert doc.context.place == "重庆市" and "重庆市政协" in doc.organizations


BY_ITS_CHARACTER = """\
5月8日，巫山县政协主席王立新一行来璧，考察委员工作室建设。区政协主席何志明陪同考察。
王立新对巫山县政协与兄弟区县的交流作了介绍。考察组表示，璧山发展势头良好，巫山县政协将学习借鉴。
"""


def test_a_county_guests_came_to_by_its_character_is_the_page_place_not_the_guests(tmp_path):
    """来璧: no table names the character; the one place the text names with it (璧山) is the host, though
    the guests' county is named more often."""
    path = tmp_path / "visit.txt"
    path.write_text(BY_ITS_CHARACTER, encoding="utf-8")
    doc = process(path)
    assert doc.context.place == "璧山区"
    assert any(p.person == "何志明" and "璧山区政协" in p.org for p in doc.posts)


def test_the_bare_county_bodies_after_a_visit_to_a_county_written_short_are_that_countys(tmp_path):
    # 赴象山 (象山县 of 宁波, written without 县): the 县府办 and 县发改局 that report to the guests are 象山县's
    path = tmp_path / "ningbo-page.txt"
    path.write_text("宁波政协工作动态\n\n调研\n9月5日，市政协副主席王明带队赴象山开展民营经济课题调研。\n"
                    "会上，县府办、县发改局相关负责人依次介绍情况。\n", encoding="utf-8")
    doc = process(path)
    assert {"宁波市象山县人民政府办公室", "宁波市象山县发改局"} <= set(doc.organizations)
