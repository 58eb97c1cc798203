"""Persons as fresh real pages write them, each mechanism on invented text: a name before the 等 of a list whose
last character makes a word with 等 (平等), a name before 则, a title after a name under 在…的 (在某区长的陪同下),
a body's man before an adverb and his act (也高兴地说), a given name alone before a title (亚明区长 after 王亚明),
policy terms of 全 after a title (委员全覆盖), 代理书记, a name after 以 (以某某同志为组长) and before 夫妇.

The bulletins are invented (咸宁 in 湖北); the persons are invented.
"""
from __future__ import annotations

from test_extraction import masthead, posts_of, write_and_process


def page(tmp_path_factory, body: str):
    return write_and_process(tmp_path_factory, "咸宁-page.txt", masthead("咸宁", 5, "2024年6月3日") + body)


def test_a_name_whose_last_character_makes_a_word_with_the_deng_of_its_list(tmp_path_factory):
    # 吴清平 + 等: jieba reads 平等 (equality); the verb after 等 shows the list ends there
    doc = page(tmp_path_factory, "市政协召开座谈会\n6月1日，市政协召开座谈会。市政协副主席吴清平等参加座谈。"
                                 "会议强调要坚持男女平等。\n")
    assert "吴清平" in doc.persons
    assert posts_of(doc, "吴清平") == {("副主席", "咸宁市政协")}


def test_a_name_before_ze_and_its_verb(tmp_path_factory):
    doc = page(tmp_path_factory, "市政协召开座谈会\n6月1日，市政协召开座谈会。市政协主席孙立东则提出，要加强协商平台建设。\n")
    assert "孙立东" in doc.persons and posts_of(doc, "孙立东") == {("主席", "咸宁市政协")}


def test_a_title_after_a_name_under_zai_and_de(tmp_path_factory):
    # 在某某区长的陪同下: the person whose company it was, with the title after the name
    doc = page(tmp_path_factory, "市政协开展调研\n6月1日，市政协副主席吴清平带队调研。在黄建明区长的陪同下，调研组来到园区。"
                                 "在全市委员的共同努力下，工作取得成效。\n")
    assert "黄建明" in doc.persons
    assert {role for role, _ in posts_of(doc, "黄建明")} == {"区长"}


def test_a_bodys_man_before_an_adverb_and_his_act(tmp_path_factory):
    doc = page(tmp_path_factory, "市政协召开座谈会\n6月1日，市政协召开座谈会。咸宁市政协王丽娟也高兴地说，委员工作站成效明显。"
                                 "咸宁市委统战部李振宇则表示，将加强协作。\n")
    assert {"王丽娟", "李振宇"} <= set(doc.persons)


def test_a_given_name_alone_before_a_title_is_the_person_named_in_full(tmp_path_factory):
    doc = page(tmp_path_factory, "市政协开展调研\n6月1日，市政协副主席吴清平带队调研。区长王亚明介绍情况。"
                                 "在亚明区长的陪同下，委员们参观了展厅。\n")
    assert "亚明" not in doc.persons and "王亚明" in doc.persons
    assert {role for role, _ in posts_of(doc, "王亚明")} == {"区长"}


def test_policy_terms_of_quan_after_a_title_are_no_names(tmp_path_factory):
    doc = page(tmp_path_factory, "市政协开展走访\n6月1日，市政协主席孙立东带队走访。今年实现走访委员全覆盖，推动履职全过程。\n")
    assert not {"全覆盖", "全过程"} & set(doc.persons)


def test_an_acting_secretary_is_a_post_of_the_party_committee(tmp_path_factory):
    doc = page(tmp_path_factory, "市政协召开会议\n6月1日，市政协召开会议。市委代理书记、市长胡国强出席会议。\n")
    assert posts_of(doc, "胡国强") == {("代理书记", "中共咸宁市委"), ("市长", "咸宁市人民政府")}


def test_names_before_the_counted_deng_tongzhi_of_their_list(tmp_path_factory):
    doc = page(tmp_path_factory, "市政协表彰先进\n6月1日，市政协召开会议，表彰了张立新、李红梅等5名同志。"
                                 "赵海波、钱晓东等十名同志受到表扬。\n")
    assert {"张立新", "李红梅", "赵海波", "钱晓东"} <= set(doc.persons)


def test_a_measure_of_a_common_word_after_a_title_is_no_name(tmp_path_factory):
    doc = page(tmp_path_factory, "市政协开展测评\n6月1日，市政协开展测评。今年委员满意度达到九成，委员积极性明显提高。\n")
    assert not {"满意度", "积极性"} & set(doc.persons)


def test_an_inner_item_of_a_titled_list_that_is_a_word_is_a_name(tmp_path_factory):
    # 光明: a rare surname and a given name that make a word; the names around it show the list goes on
    doc = page(tmp_path_factory, "市政协召开主席会议\n6月1日，市政协召开主席会议。市政协主席孙立东，副主席吴清平、光明、齐晖、"
                                 "刘新甫出席。\n")
    assert {"吴清平", "光明", "齐晖", "刘新甫"} <= set(doc.persons)
    assert posts_of(doc, "齐晖") == {("副主席", "咸宁市政协")}


def test_a_resident_vice_chair_of_a_democratic_party_is_a_post_with_its_rank(tmp_path_factory):
    doc = page(tmp_path_factory, "民革市委调研\n6月1日，民革市委驻会副主委葛思远带队调研。\n")
    assert posts_of(doc, "葛思远") == {("驻会副主委", "民革咸宁市委")}


def test_a_name_after_the_yi_of_a_group_led_by_it(tmp_path_factory):
    # 以某某同志为组长的领导小组: 以 opens the phrase of the name, as 由 does (由某某同志负责)
    doc = page(tmp_path_factory, "工作动态\n6月1日，市政协成立以吴立峰同志为组长的专项工作领导小组。\n")
    assert "吴立峰" in doc.persons


def test_a_name_before_fufu_is_a_persons(tmp_path_factory):
    # 看望了某某夫妇: the couple named by one of them
    doc = page(tmp_path_factory, "工作动态\n6月1日，市政协副主席陈海清先后看望了樊贞兰夫妇和李德海夫妇。\n")
    assert {"樊贞兰", "李德海"} <= set(doc.persons)


def test_a_bare_name_opening_a_sentence_before_its_seat_on_the_rostrum(tmp_path_factory):
    doc = page(tmp_path_factory, "市政协全会开幕\n6月1日，市政协五届三次会议开幕。开幕会由张志强主持。赵南在主席台前排就座。"
                                 "大会在主席台就座的领导宣布开幕。\n")
    assert {"张志强", "赵南"} <= set(doc.persons)
    assert "大会" not in doc.persons
