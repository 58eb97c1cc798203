"""Persons with no title beside them: listed in a sentence of names only under a heading that says what they are, or
named after an honour in quotation marks, on invented text (the places as examples; the persons are invented)."""
from __future__ import annotations

from test_real_pages import page


def test_a_sentence_of_bare_names_bounded_by_a_titled_name_or_a_shared_act(tmp_path_factory):
    doc = page(tmp_path_factory, "昆明", "市政协全会开幕\n1月10日，市政协十四届三次会议开幕。应邀出席大会的市领导还有：杜晓峰、"
                                         "韩明、林书凯。\n冉卓远,钱宇、谷一鸣,傅家豪,老领导周德明、章瑞也应邀出席大会。\n"
                                         "孔令伟、魏然,伍思成也应邀出席。\n")
    assert {"冉卓远", "钱宇", "谷一鸣", "傅家豪", "周德明", "孔令伟", "魏然", "伍思成"} <= set(doc.persons)
    assert not {"老领导", "也应邀"} & set(doc.persons)


def test_an_opening_run_of_words_is_no_list_of_names(tmp_path_factory):
    doc = page(tmp_path_factory, "昆明", "市政协调研\n5月2日，市政协开展调研。\n调研组,座谈会、现场会,参观了企业。\n")
    assert not {"调研组", "座谈会", "现场会"} & set(doc.persons)


def test_a_name_after_an_honour_in_quotation_marks_keeps_the_title_before(tmp_path_factory):
    doc = page(tmp_path_factory, "普洱", "委员企业调研\n5月2日，市政协调研茶产业。“这次调研很及时。”云岭茶业有限公司总经理、"
                                         "省级高层次人才“首席技师”简立新点赞道。\n")
    assert "简立新" in doc.persons
    assert ("简立新", "总经理", "云岭茶业有限公司") in {(p.person, p.role, p.org) for p in doc.posts}
