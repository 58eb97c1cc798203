"""Bodies whose posts pages of new provinces name: military commands and a democratic party committee's departments,
on invented text."""
from __future__ import annotations

from test_extraction import write_and_process
from test_real_pages import page, posts_of


def test_military_bodies_and_their_commanders(tmp_path_factory):
    doc = page(tmp_path_factory, "九江", "市政协座谈会\n5月30日，市政协召开座谈会。市委常委、军分区司令员宋朝晖，江西省军区"
                                         "副司令员邱立明，省武警总队总队长管文杰，修水县人武部部长张国栋参加。\n")
    assert ("司令员", "九江市军分区") in posts_of(doc, "宋朝晖")   # the city's, qualified like its other bodies
    assert posts_of(doc, "邱立明") == {("副司令员", "江西省军区")}
    assert posts_of(doc, "管文杰") == {("总队长", "江西省武警总队")}
    assert posts_of(doc, "张国栋") == {("部长", "九江市修水县人武部")}


def test_a_department_named_alone_after_a_democratic_party_committee_is_its_own(tmp_path_factory):
    doc = page(tmp_path_factory, "九江", "民建市委会会议\n10月31日，民建江西省委会召开提案工作会议。民建江西省委会秘书长、"
                                         "参政议政部部长刘立山主持。民盟九江市委副主委、社会服务委员会主任李海生，民革九江市委会"
                                         "主委、市政协副主席、提案委员会副主任王文斌出席。\n")
    assert posts_of(doc, "刘立山") == {("秘书长", "民建江西省委会"), ("部长", "民建江西省委会参政议政部")}
    assert posts_of(doc, "李海生") == {("副主委", "民盟九江市委"), ("主任", "民盟九江市委社会服务委员会")}
    assert ("副主任", "九江市政协提案委员会") in posts_of(doc, "王文斌")


def test_a_department_of_a_party_s_central_committee_after_its_provincial_committee(tmp_path_factory):
    doc = page(tmp_path_factory, "凉山", "民盟中央调研\n11月18日，民盟中央调研组赴凉山州调研。四川省政协副主席、民盟省委主委"
                                         "赵振华，民盟中央社会服务部部长刘圣明，民盟省委秘书长吴海出席。\n")
    assert posts_of(doc, "刘圣明") == {("部长", "民盟中央社会服务部")}
    assert posts_of(doc, "吴海") == {("秘书长", "民盟四川省委")}


def test_a_government_named_by_its_head_alone_and_older_commissions(tmp_path_factory):
    # (no 科委, 经委 or 教委: the CPPCC's 经科委, 文教委 end in them)
    doc = write_and_process(tmp_path_factory, "banner.txt",
                            "旗政协全会开幕\n2017年12月6日上午，政协乌拉特中旗第十四届委员会第一次会议开幕。市卫计委党组成员、"
                            "副主任高文良到会指导。旗委副书记、政府旗长闫春生，政府副旗长李海，旗卫计委主任王刚出席会议。\n")
    assert posts_of(doc, "高文良") == {("党组成员", "巴彦淖尔市卫计委"), ("副主任", "巴彦淖尔市卫计委")}
    assert posts_of(doc, "闫春生") == {("副书记", "中共乌拉特中旗委"), ("旗长", "乌拉特中旗人民政府")}
    assert posts_of(doc, "李海") == {("副旗长", "乌拉特中旗人民政府")}
    assert posts_of(doc, "王刚") == {("主任", "乌拉特中旗卫计委")}


def test_a_member_s_sector_is_no_body_and_a_resident_vice_chair_is_the_committee_s(tmp_path_factory):
    doc = page(tmp_path_factory, "眉山", "市政协协商会\n6月1日，市政协召开协商会。市政协驻会副主席王海明出席。市政协经济界别委员"
                                         "钱文华、市政协民革界委员孙立新发言。\n")
    assert posts_of(doc, "王海明") == {("驻会副主席", "眉山市政协")}
    assert posts_of(doc, "钱文华") == posts_of(doc, "孙立新") == {("委员", "眉山市政协")}


def test_a_bare_committee_the_article_read_as_the_page_s_own_stays_so_after_another_city_s(tmp_path_factory):
    # a page naming no place: its 市政协 is read bare; the hosts' 甲市政协 named after it does not take the next one
    text = ("王立群副主席率队赴外省考察\n发布时间:2023年9月20日\n9月12日，市政协副主席王立群率经济委赴安徽省芜湖市考察，"
            "受到芜湖市政协领导热情接待。\n市政协副秘书长陈光远参加考察。\n")
    doc = write_and_process(tmp_path_factory, "trip.txt", text)
    assert posts_of(doc, "陈光远") == {("副秘书长", "市政协")}
    # a digest naming the city first: its 市政协 after the name is that city's
    digest = write_and_process(tmp_path_factory, "digest.txt", "各地政协动态\n芜湖市政协召开主席会议\n"
                                                              "9月3日，芜湖市政协召开主席会议，市政协主席赵明远主持。\n")
    assert posts_of(digest, "赵明远") == {("主席", "芜湖市政协")}


def test_a_word_saying_what_the_holder_is_before_a_title_is_no_organization(tmp_path_factory):
    # 党外副主席, 非中共副主席: vice chairs who are no Party members, of the committee named before
    doc = page(tmp_path_factory, "九江", "市政协会议\n5月2日，市政协召开会议。市政协党组成员、副主席王文华，党外副主席"
                                         "杨建国、梁晓东，非中共副主席李德全出席。\n")
    for name in ("杨建国", "梁晓东", "李德全"):
        assert posts_of(doc, name) == {("副主席", "九江市政协")}
