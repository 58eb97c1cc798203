"""Persons of ordinary news pages that no title shows, each on invented text: the review chain of a page's foot
set with spaces and no colon (编辑 某某 二审 某某), the names that open a bracketed byline before its first byline
word ((某某 见习记者 某某)), a bare name joined by 和, 与 or 、 to a name read already (甲某和乙某分别介绍), a
rare noun as a given name after 于 and a title (副主席于建平), one name before 等 and a count of members
(甲某等3名委员).

The bulletins and persons are invented (阜新 in 辽宁).
"""
from __future__ import annotations

from test_extraction import masthead, write_and_process

ITEM = "市政协召开常委会\n6月1日，市政协召开常委会议。市政协主席孙立强主持会议。\n"


def page(tmp_path_factory, body: str):
    return write_and_process(tmp_path_factory, "阜新-page.txt", masthead("阜新", 5, "2024年6月3日") + body)


def test_review_chain_set_with_spaces_credits_each_name(tmp_path_factory):
    doc = page(tmp_path_factory, ITEM + "编辑 韩晓东 二审 魏丽 三审 葛思远\n")
    assert {"韩晓东", "魏丽", "葛思远"} <= set(doc.persons)


def test_names_opening_a_bracketed_byline_before_its_byline_word_are_reporters(tmp_path_factory):
    doc = page(tmp_path_factory, "市政协召开常委会\n本网讯(韩晓东 见习记者 魏丽)6月1日，市政协召开常委会议。"
                                 "市政协主席孙立强主持会议。\n")
    assert {"韩晓东", "魏丽"} <= set(doc.persons)



def test_a_bare_name_joined_to_a_known_one_is_a_person(tmp_path_factory):
    doc = page(tmp_path_factory, ITEM + "在签约仪式上，葛思远和孙立强分别介绍了两地情况。孙立强与韩晓东一同参观展馆。"
                                        "孙立强与高新区负责人交流。会后，孙立强与魏丽、庞立新合影。\n")
    assert set(doc.persons) == {"孙立强", "葛思远", "韩晓东", "魏丽", "庞立新"}


def test_a_rare_noun_after_yu_and_a_title_is_a_given_name(tmp_path_factory):
    # jieba has 建平 for a noun: after a title, 于 before it is the surname
    doc = page(tmp_path_factory, ITEM + "市政协副主席于建平参加调研。\n")
    assert "于建平" in doc.persons


def test_one_name_before_deng_and_a_count_of_members_is_a_member(tmp_path_factory):
    doc = page(tmp_path_factory, ITEM + "会上，韩晓东等3名委员作了发言。\n")
    assert "韩晓东" in doc.persons
