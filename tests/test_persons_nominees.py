"""Persons on real pages' patterns (issue 9): a nominee after the title, a list closed by 等委员, a teacher of a
body, a scholar, rare surnames after a post title. Invented bulletins of 遵义 (贵州) and 大理 (云南)."""
from __future__ import annotations

from test_extraction import posts_of
from test_real_pages import page


def test_a_nominee_after_the_title_keeps_the_posts_and_the_name(tmp_path_factory):
    doc = page(tmp_path_factory, "遵义", "市政协常委会议\n6月1日，市政协党组书记、主席提名人选吴翠英主持会议。"
                                         "州政协党组书记、主席人选阿不都·热合曼带领视察组调研。\n")
    assert {"吴翠英", "阿不都·热合曼"} <= set(doc.persons)
    assert not any(n.startswith(("提名", "人选")) for n in doc.persons)
    assert ("主席", "遵义市政协") in posts_of(doc, "吴翠英")


def test_a_list_closed_by_deng_weiyuan_holds_no_name_ending_in_deng(tmp_path_factory):
    doc = page(tmp_path_factory, "大理", "走访委员\n6月1日，委员们走访看望了新的社会阶层人士李元明、周腾、王伟等委员。\n")
    assert {"李元明", "周腾", "王伟"} <= set(doc.persons)
    assert "王伟等" not in doc.persons


def test_a_teacher_of_a_party_school_and_a_scholar(tmp_path_factory):
    doc = page(tmp_path_factory, "遵义", "委员培训\n6月1日，培训会邀请市委党校石志明老师和市政协提案委员会刘美华主任分别授课，"
                                         "并邀请省社科院研究员、留日学者周旭云作报告。区人大农水委委员出席。\n")
    assert {"石志明", "刘美华", "周旭云"} <= set(doc.persons)
    assert "农水委" not in doc.persons


def test_rare_surnames_right_after_a_post_title(tmp_path_factory):
    doc = page(tmp_path_factory, "大理", "州政协调研\n6月1日，州政协副主席宝音夫、经济委员会主任冀书平一行深入企业调研。\n")
    assert {"宝音夫", "冀书平"} <= set(doc.persons)


def test_villages_and_short_names_of_bodies_are_no_persons(tmp_path_factory):
    doc = page(tmp_path_factory, "遵义", "委员工作室\n6月1日，市政协主任吴中建率队赴区政协李家湾、王家堡委员工作室考察。"
                                         "李家湾、王家堡街道负责同志陪同。(供稿:文史委 编辑:顾敏)\n"
                                         "6月2日，副秘书长杨雪梅、文史馆馆长许文娟参加调研。\n")
    assert {"吴中建", "顾敏"} <= set(doc.persons)
    assert not {"李家湾", "王家堡", "文史委", "文史馆"} & set(doc.persons)


def test_a_name_after_he_that_runs_into_a_company_is_none(tmp_path_factory):
    doc = page(tmp_path_factory, "大理", "走访委员\n6月1日，一行先后走访了苍山电气商行总经理段志强委员和康乐超市有限公司"
                                         "董事长刘湘云委员。\n")
    assert {"段志强", "刘湘云"} <= set(doc.persons)
    assert "和康乐" not in doc.persons
    assert ("董事长", "康乐超市有限公司") in posts_of(doc, "刘湘云")


def test_a_given_name_that_makes_a_term_of_two_characters_after_a_post_title(tmp_path_factory):
    doc = page(tmp_path_factory, "遵义", "委员培训\n6月1日，市政协副主席安泰主持开班仪式。市政协委员满意率达到九成。\n")
    assert posts_of(doc, "安泰") == {("副主席", "遵义市政协")}
    assert not any(n.startswith("满意") for n in doc.persons)
