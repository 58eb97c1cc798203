"""Persons of ordinary news pages that no title shows, each on invented text: the review chain of a page's foot
set with spaces and no colon (编辑 某某 二审 某某), the names that open a bracketed byline before its first byline
word ((某某 见习记者 某某)), a bare name joined by 和, 与, 以及 or 、 to a name read already (甲某和乙某分别介绍), a
rare noun as a given name after 于 and a title (副主席于建平), one name before 等 and a count of members
(甲某等3名委员), a sentence's subject before 是 and a title (甲某是市政协委员) or before 代表 (甲某代表全体委员发言).
Names after firms' short names in a list (某某机械甲某、某某工贸乙某等), rare surnames after a title (副主任羊某), a
name after 在 with its title after it (在甲某委员所在的企业), the tellers of an election (总监票人甲某、乙某), a
name after a body's name opening a clause, before a verb of a person (某某市委统战部甲某会见), a
name after a professional title (高级农艺师甲某参与调研), credits in brackets after a space, with a surname that is
a preposition too ( (甲某 向某)) or after an office's short name ((提案办 甲某)), a name before 任 and a title with no
organization (甲某任副主任委员), 由 and a name with the surname 于 (会议由于某某主持), a sentence's subject before an adverb
and its act (甲某认真听取发言).
No person: the stem of banners' names before 委员 (苏尼特委员).

The bulletins and persons are invented (阜新 in 辽宁).
"""
from __future__ import annotations

import pytest

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


# each sentence after the item names one person with no title before the name
@pytest.mark.parametrize("sentence, name", [
    ("市政协副主席于建平参加调研。", "于建平"),   # jieba has 建平 for a noun: after a title 于 is the surname
    ("会上，韩晓东等3名委员作了发言。", "韩晓东"),   # one name before 等 and a count of members
    ("韩晓东代表全体委员发言。", "韩晓东"),   # a sentence's subject before 代表
    ("市政协副主席韩晓东以及葛思远参加调研。", "葛思远"),   # a bare name after 以及 and a titled name
    ("市人大常委会副主任羊立新参加调研。", "羊立新"),   # rare surnames that are common characters, after a title
    ("中共某某区委书记法志远出席。", "法志远"),
    ("在韩晓东委员所在的企业，委员们参观了车间。", "韩晓东"),   # 在 before a name and the title after it
    ("大会通过了总监票人、监票人名单。总监票人韩晓东、魏丽。", "魏丽"),   # the roles of one session
    ("会后，中共某某市委统战部韩晓东会见了考察团。", "韩晓东"),   # a name after a body opening the clause
    ("市农业中心高级农艺师韩晓东参与了调研。", "韩晓东"),   # a professional title; 参与 ends the name
    ("某某支部委员会成立，韩晓东任副主任委员。", "韩晓东"),   # 任 and a title with no organization
    ("座谈会由于立新主持。", "于立新"),   # 由 after a noun, 于 the surname: no 由于 "because"
    ("会议由于立新副主委主持。", "于立新"),   # the same, with the title after the name
])
def test_a_name_without_a_title_before_it_is_a_person(tmp_path_factory, sentence, name):
    assert name in page(tmp_path_factory, ITEM + sentence + "\n").persons


def test_a_sentence_subject_before_shi_and_a_title_is_a_person(tmp_path_factory):
    doc = page(tmp_path_factory, ITEM + "韩晓东是一名来自基层的市政协委员。关键是要发挥委员作用。\n")
    assert set(doc.persons) == {"孙立强", "韩晓东"}


def test_the_stem_shared_by_banners_before_weiyuan_is_a_place(tmp_path_factory):
    # 苏尼特 of 苏尼特左旗 and 苏尼特右旗, in transliteration characters: a place before 委员, no person
    doc = page(tmp_path_factory, ITEM + "苏尼特委员工作室揭牌。\n")
    assert set(doc.persons) == {"孙立强"}


def test_names_after_firms_short_names_in_a_list_are_persons(tmp_path_factory):
    # each item writes a firm's short name (an industry word or a head ends it), then a person's
    doc = page(tmp_path_factory, ITEM + "委员们与企业家代表兴远机械韩晓东、天合工贸魏丽、阜新工具厂葛思远等围绕营商环境、"
                                        "政策宣传等开展交流。调研组走访了兴远机械、天合工贸。\n")
    assert set(doc.persons) == {"孙立强", "韩晓东", "魏丽", "葛思远"}


def test_credits_in_brackets_after_a_space_and_an_office_short_name(tmp_path_factory):
    # a space before the bracket; 向 is a preposition too, the spaces make it a surname; 提案办 is an office's short name
    doc = page(tmp_path_factory, ITEM + "委员们参加了考察。 (韩晓东 向立 葛思远)\n委员们视察了园区。 (提案办 魏丽)\n")
    assert {"韩晓东", "向立", "葛思远", "魏丽"} <= set(doc.persons)


def test_a_sentences_subject_before_an_adverb_and_its_act(tmp_path_factory):
    # 甲某认真听取发言: the subject of 听取, with 认真 between, as 甲某出席会议; no title names him anywhere
    doc = page(tmp_path_factory, ITEM + "会上，委员们踊跃发言。\n葛思远认真听取发言，不时与大家交流。\n")
    assert "葛思远" in doc.persons
