"""Persons listed with no title, in a sentence of names only under a heading that says what they are, on invented
text (昆明 as an example; the persons are invented)."""
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
