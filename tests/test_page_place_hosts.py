"""The page's place is its hosts', where the guests came to a city it writes by its one character (来温, 来蓉,
在攀期间; kg/data/city_abbreviations.tsv) or by its name after 莅临: a headline ending where they came
(某市政协考察团来温) names the guests' city, not the page's. Invented pages of invented people."""
from __future__ import annotations

import pytest

from kg.pipeline import process
from kg.visitors import VISITING, came_here, own_city_by_abbreviation

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


PREFECTURE_CAME_TO_ITS_CITY = """\
新乡市政协领导莅临我市视察

本报讯 5月8日，新乡市政协主席李建国、副主席王卫东一行12人莅临我市，对我市政协工作进行视察。
在随后召开的座谈会上，市政协主席赵明华汇报了我市政协工作情况。
李建国认为辉县市政协工作有特色，希望辉县政协委员紧紧围绕市委、市政府中心工作建言资政。
"""

GUESTS_CAME_TO_A_NAMED_CITY = """\
常州市政协主席王立新一行来淮安考察

5月8日，常州市政协主席王立新一行来淮安市考察调研，市长李志远、市政协主席张国华陪同考察。
常州市政协副主席赵一鸣、常州市政协秘书长钱明参加考察。市领导孙立军，市政协秘书长周海涛参加相关活动。
"""


def page_of(tmp_path, text):
    path = tmp_path / "visit.txt"
    path.write_text(text, encoding="utf-8")
    return process(path)


def posts_of(doc):
    return {(p.person, p.role, p.org) for p in doc.posts}


def test_guests_who_came_to_our_city_by_the_honorific_are_the_guests():
    assert VISITING.match("新乡市政协主席李建国一行12人莅临我市，对我市政协工作进行视察", 3)
    assert not VISITING.match("遂宁市政协领导莅临某某建设集团有限公司调研", 3)   # the page's own people going


def test_a_prefecture_that_came_to_its_county_level_city_leaves_the_bare_references_to_the_host(tmp_path):
    doc = page_of(tmp_path, PREFECTURE_CAME_TO_ITS_CITY)
    assert doc.context.place == "辉县市"
    assert ("赵明华", "主席", "辉县市政协") in posts_of(doc) and ("李建国", "主席", "新乡市政协") in posts_of(doc)
    assert "中共辉县市委" in doc.organizations and "辉县市人民政府" in doc.organizations
    assert "中共新乡市委" not in doc.organizations


def test_bare_titles_after_guests_who_came_to_a_named_city_are_the_hosts(tmp_path):
    doc = page_of(tmp_path, GUESTS_CAME_TO_A_NAMED_CITY)
    posts = posts_of(doc)
    # 市长 after the guests' clause: not lent the guests' city by their committee named before it in the sentence
    assert ("李志远", "市长", "淮安市人民政府") in posts and ("张国华", "主席", "淮安市政协") in posts
    # a paragraph opening with the guests' committee is still the hosts' after it
    assert ("周海涛", "秘书长", "淮安市政协") in posts and ("钱明", "秘书长", "常州市政协") in posts


PREFECTURE_LEADERS_CAME_TO_OUR_CITY = """\
5月8日，新乡市副市长、新乡市政协副主席李建国带领新乡市政协经济委员会主任王卫东等来到我市，走访辉县市政协和各民主党派机关。
上午，李建国听取了辉县市政协工作情况汇报，介绍了新乡市政协和新乡市政协经济委员会的工作安排。
"""


def test_leaders_who_came_to_our_city_are_guests_and_the_city_names_its_committee_alone(tmp_path):
    doc = page_of(tmp_path, PREFECTURE_LEADERS_CAME_TO_OUR_CITY)
    assert doc.context.place == "辉县市"
    assert "辉县市政协" in doc.organizations and "新乡市辉县市政协" not in doc.organizations
    assert not VISITING.match("辉县市政协委员来到大城镇调研", 3)   # 来到 a place of its own: the page's people
