"""A page's place is not read from a common word that holds a short place form: a title's last character and a
surname (处长葛…: no 长葛市), a word named once (温泉养生, 同心共建: no 温泉县, 同心县), a paper named after a
district of 台湾省 (三峡日报), nor the places of the provinces the page's people went to (考察甘肃、新疆).
Invented pages of a city or county that name no place of their own."""
from __future__ import annotations

import pytest

from kg.pipeline import process

TITLE_PAGE = """\
市政协召开主席会议

8月2日下午，市政协副主席周立新主持召开主席会议。市委统战部副部长陈明、办公室处长葛文华应邀参会。会议总结了上半年工作。
"""

SPA_PAGE = """\
县政协开展乡村旅游调研

5月10日，县政协副主席李方明带领调研组到草河镇调研，听取了该镇生态农业、乡村旅游、温泉养生等情况介绍。委员们就打造文化品牌提出建议。
"""

HEADLINE_WORD_PAGE = """\
发布时间：2024-05-31
同心共建促发展 履职为民聚合力
5月29日，县政协副主席向明华带领县政协农业农村委到石门镇、新田镇开展调研，实地察看产业基地，听取乡镇政协工委汇报。
"""

PAPER_PAGE = """\
市政协召开常委会会议
2021-01-15 09:12 来源:三峡日报  编辑:张某
本网讯(记者王某)1月14日，市政协主席刘文军主持召开市政协常委会会议。市政协副主席陈立华、赵明参加会议。
"""

TRIP_PAGE = """\
市政协文史委考察甘肃、新疆
6月18日至24日，市政协副主席孙立民率文史委一行赴西部地区考察。考察组先后到兰州、哈密、吐鲁番、乌鲁木齐等地，在吐鲁番市参观了博物馆。
"""


def page(tmp_path, text):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return process(path)


@pytest.mark.parametrize("text, wrong", [
    (TITLE_PAGE, "长葛市"),          # 处长 + 葛文华
    (SPA_PAGE, "温泉县"),            # 温泉养生
    (HEADLINE_WORD_PAGE, "同心县"),  # 同心共建
    (PAPER_PAGE, "三峡区"),          # 三峡日报: no district of 台湾省
    (TRIP_PAGE, "吐鲁番市"),         # where the page's people went
], ids=["title-surname", "spa", "headline-word", "taiwan-paper", "trip"])
def test_a_place_read_from_a_word_is_no_page_place(tmp_path, text, wrong):
    doc = page(tmp_path, text)
    assert doc.context.place != wrong
    assert not any(name.startswith(wrong[:2]) and name.endswith("政协") for name in doc.organizations)


def test_a_paper_of_a_taiwan_district_name_gives_no_taiwan_province(tmp_path):
    assert page(tmp_path, PAPER_PAGE).context.province != "台湾省"


def test_a_headline_place_the_text_names_again_is_still_the_page_place(tmp_path):
    text = "同心县政协召开常委会议\n5月9日，县政协主席马立新主持会议，听取同心县政协各专委会工作汇报。\n"
    assert page(tmp_path, text).context.place == "同心县"


CITY_TRIP_PAGE = """\
市政协主席率队前往雅安市考察
11月25日，市政协主席、党组书记林志强率队前往雅安市考察。雅安市政协主席王海陪同考察。考察组参观了雅安经济技术开发区，
听取了雅安茶业发展情况介绍。林志强表示，眉山将学习雅安经验。雅安市政协副主席李军参加。
"""


def test_a_city_a_citys_people_went_to_is_no_page_place(tmp_path):
    doc = page(tmp_path, CITY_TRIP_PAGE)
    assert doc.context.place != "雅安市"


def test_a_city_people_came_to_stays_the_hosts_place(tmp_path):
    text = ("民进贵阳市委会赴中山市交流参政议政工作\n2016年10月25日 15:00 | 作者:某某 | 来源:民进中山市委会\n"
            "近日，民进贵阳市政协副主席、市委会主委杜某率领的调研团来中山市开展交流。"
            "民进贵阳市委会副主委张某、秘书长孟某参加会议。会后，贵阳民进调研组参观了展馆。\n")
    assert page(tmp_path, text).context.place != "贵阳市"


STATION_PAGE = """\
州政协十四届四次会议闭幕
时间：2025-01-10 来源：珲春广播电视台
1月9日，中国人民政治协商会议延边朝鲜族自治州第十四届委员会第四次会议闭幕。州政协主席金某某，州委常委、统战部部长朴某某，
州政协副主席李某某出席。州政协副主席崔某某主持会议。
"""


def test_a_county_citys_station_over_a_prefectures_page_gives_the_prefecture(tmp_path):
    doc = page(tmp_path, STATION_PAGE)
    assert doc.context.place == "延边朝鲜族自治州"
    assert "珲春市政协" not in doc.organizations


WORD_PAGE = """\
市政协党组理论学习中心组集中学习
本报讯 4月24日，市政协党组理论学习中心组进行集中学习研讨。会议学习了关于在全党大兴调查研究的工作方案，委员们表示，
要以更深厚的友谊推动交流合作。市政协主席王某某主持会议。
"""

TOWNS_PAGE = """\
区政协社法委、花溪地区小组开展年终视察
12月19日，区政协社法委、花溪地区小组、东山地区小组联合开展年终视察，到板桥口镇、石门镇察看项目。区政协主席何某某参加。
会上，巴南区政协副主席姜某某讲话。
"""

NAME_AND_PAGE = """\
省政协召开座谈会
5月8日，省政协召开座谈会。王荣平和省政协副主席李某出席。主任张祖新和省卫生厅领导介绍情况。
"""

GUESTS_PAGE = """\
发布时间：2019-11-30
11月18日，武汉市政协副主席李某某一行就我县经济社会发展情况进行了考察。县领导胡某某、伍某某陪同。
考察团一行先后对我县桥米、轻机等企业进行了实地考察。
"""


@pytest.mark.parametrize("text, wrong", [
    (WORD_PAGE, "北京市"),       # 大兴调查研究: no 大兴区; 友谊: no 友谊县
    (TOWNS_PAGE, "花溪区"),      # 花溪地区小组: an area of the district, not 贵阳's 花溪区
], ids=["word-daxing", "area-group"])
def test_a_place_in_a_word_a_town_or_a_name_is_no_page_place(tmp_path, text, wrong):
    doc = page(tmp_path, text)
    assert doc.context.place != wrong
    assert not any(name.startswith(wrong[:2]) and name.endswith("政协") for name in doc.organizations)


def test_guests_whose_group_speaks_of_our_county_give_no_page_place(tmp_path):
    assert page(tmp_path, GUESTS_PAGE).context.place != "武汉市"   # 某市政协…一行就我县…考察


def test_a_listed_word_or_a_name_before_a_conjunction_is_no_place():
    from kg.place_words import inside_a_name
    assert inside_a_name("要以更深厚的友谊推动交流", 6, 8, False)
    assert inside_a_name(NAME_AND_PAGE, NAME_AND_PAGE.index("平和"), NAME_AND_PAGE.index("平和") + 2, False)
    assert inside_a_name(NAME_AND_PAGE, NAME_AND_PAGE.index("新和"), NAME_AND_PAGE.index("新和") + 2, False)
    assert not inside_a_name("赴平和调研", 1, 3, False)


def test_a_listed_word_before_its_places_body_is_still_a_place():
    from kg.place_words import inside_a_name
    assert inside_a_name("赴同心开展同心共建", 5, 7, False)
    assert not inside_a_name("同心政协召开会议", 0, 2, False)


def test_a_town_of_one_more_character_is_no_place_but_the_towns_of_a_county_are():
    from kg.place_words import inside_a_name
    assert inside_a_name("到板桥口镇调研", 1, 3, False)
    assert not inside_a_name("巴南各乡镇干部", 0, 2, False)


def test_a_name_in_a_list_of_names_or_a_transliterated_name_is_no_place():
    from kg.place_words import inside_a_name
    names = "出席会议的有刘某某、卓某华、罗平、连某玲。"
    places = "调研组先后赴罗平、师宗、陆良调研。"
    tibetan = "市政协委员嘎玛多吉说，要把工作做好。"
    assert inside_a_name(names, names.index("罗平"), names.index("罗平") + 2, False)
    assert not inside_a_name(places, places.index("罗平"), places.index("罗平") + 2, False)
    assert inside_a_name(tibetan, tibetan.index("玛多"), tibetan.index("玛多") + 2, False)
