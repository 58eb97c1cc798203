"""Persons written in shapes the rules missed on real pages, each on invented text: rare surnames (戢, 茍 for 苟,
干 after a post title), a transliterated name before 参会, a verb phrase that is no transliterated name (努力提高), a bracketed byline
broken after 记者.

The bulletins and persons are invented (阜新 in 辽宁).
"""
from __future__ import annotations

from test_extraction import masthead, write_and_process


def page(tmp_path_factory, body: str):
    return write_and_process(tmp_path_factory, "阜新-page.txt", masthead("阜新", 5, "2024年6月3日") + body)


def test_rare_surnames_after_post_titles(tmp_path_factory):
    doc = page(tmp_path_factory, "区政协常委会\n6月1日，区政协副主席戢立群主持会议。区政协主席茍建明讲话。"
                                 "区政协副主任干永胜出席。\n")
    assert {"戢立群", "茍建明", "干永胜"} <= set(doc.persons)


def test_a_transliterated_name_ends_before_canhui_and_ciqu(tmp_path_factory):
    doc = page(tmp_path_factory, "学院调研\n6月1日，委员郑立军、魏明、朴顺成、青巴特尔参会。\n会议接受委员扎西才旦辞去委员职务的请求。\n")
    assert "青巴特尔" in doc.persons and "扎西才旦" in doc.persons


def test_a_verb_phrase_is_no_transliterated_name(tmp_path_factory):
    doc = page(tmp_path_factory, "视察会\n6月1日，市政协主席王立国讲话。他强调，要勇于探索，不断创新，努力提高委员视察工作实效。\n")
    assert "努力提高" not in doc.persons and "王立国" in doc.persons



def test_a_bracketed_byline_broken_after_its_word(tmp_path_factory):
    doc = page(tmp_path_factory, "常委会召开\n本报讯(记者\n马立文)6月1日，市政协常委会召开。\n")
    assert "马立文" in doc.persons


def test_an_all_media_reporter_is_a_reporter_not_a_person_called_quanmeiti(tmp_path_factory):
    # 全媒体记者 (融媒体记者) is one title: 全媒体 is no name before 记者
    doc = page(tmp_path_factory, "市政协会议开幕\n■阜新日报社全媒体记者王海菲赵艺\n本报讯 昨日,市政协会议开幕。"
                                 "市政协主席孙强主持。\n")
    assert "全媒体" not in doc.persons and {"王海菲", "赵艺"} <= set(doc.persons)


def test_a_bracketed_county_name_closing_an_item_is_its_source_not_its_author(tmp_path_factory):
    # (康 平) closes an item of 康平县政协 on a page of several counties: a place tag, no person 康平
    doc = page(tmp_path_factory, "康平县政协督办重点提案\n近日,康平县政协主席王立新带队督办重点提案。\n(康 平)\n"
                                 "彰武县政协开展委员走访\n近日,彰武县政协组织委员走访企业。(李明远)\n")
    assert "康平" not in doc.persons and "李明远" in doc.persons


def test_two_photographers_run_together_before_she_are_two_names(tmp_path_factory):
    # 摄 closes a photo credit: 钱立岑红摄 is 钱立 and 岑红, no 岑红摄
    doc = page(tmp_path_factory, "会议开幕\n会议在市民中心开幕。 阜新日报社全媒体记者钱立岑红摄\n"
                                 "本报讯 昨日,市政协会议开幕。市政协主席孙强主持。\n")
    assert "岑红摄" not in doc.persons and {"钱立", "岑红"} <= set(doc.persons)


def test_surnames_of_the_standard_lists(tmp_path_factory):
    # 裘, 贠 start no common word: a name anywhere; 普 starts 普通, 普遍: a name only right after a post title
    doc = page(tmp_path_factory, "主席会议\n6月1日，区政协主席裘立新主持会议，副主席普建华、贠志强出席。"
                                 "委员禚海军发言。\n")
    assert {"裘立新", "普建华", "贠志强", "禚海军"} <= set(doc.persons)


def test_a_comma_written_for_the_list_separator(tmp_path_factory):
    # the names after a comma share the title when they stand bare before a shared verb; a speaker's 说 does not
    doc = page(tmp_path_factory, "主席会议\n6月1日，区政协副主席辛立华,孙建华出席。\n"
                                 "6月2日，区政协副主席辛立华，孙建华，秘书长王立国参加。\n县长贺立新，马文国说，要抓落实。\n")
    posts = {(p.person, p.role) for p in doc.posts}
    assert ("孙建华", "副主席") in posts and ("王立国", "秘书长") in posts and ("马文国", "县长") not in posts


def test_a_name_starting_with_a_place_and_a_name_that_is_a_word(tmp_path_factory):
    # 吴江 is a place: 吴江宏 runs into 采取 after a title; 常新 is a word, but it opens a 、-list of names after
    # 执行主席; 印 (a rare surname) starts a name inside a list sharing a title
    doc = page(tmp_path_factory, "主席接待日\n6月1日，区政协主席吴江宏采取走出去接待的方式开展活动。\n"
                                 "6月2日，大会执行主席常新、程立涛、杜立来、印玲玲在主席台就座。\n")
    assert {"吴江宏", "常新", "程立涛", "印玲玲"} <= set(doc.persons)


def test_two_names_with_no_title_before_a_reason(tmp_path_factory):
    doc = page(tmp_path_factory, "常委会\n6月1日，区政协常委会召开。\n乔立春、齐建贵因年龄原因不再担任区政协常委。\n")
    assert {"乔立春", "齐建贵"} <= set(doc.persons)


def test_a_list_of_names_opening_a_clause_before_a_verb(tmp_path_factory):
    doc = page(tmp_path_factory, "主席会议\n6月1日，区政协主席王立国主持会议，郝建东、宁晓贵出席。会议强调，安全、稳定出席率要高。\n")
    assert {"郝建东", "宁晓贵"} <= set(doc.persons) and "安全" not in doc.persons


def test_a_bracketed_author_a_word_runs_across_on_a_page_crediting_its_items_so(tmp_path_factory):
    # 高新|国: jieba's word 高新 runs across the surname; other items of the page close with their authors in brackets
    body = ("市政协召开主席会议\n6月1日,市政协召开主席会议。市政协主席孙强主持。(高新国)\n"
            "县政协开展委员视察\n6月2日,县政协组织委员视察。(李明远 赵红)\n")
    assert "高新国" in page(tmp_path_factory, body).persons
    assert "高新国" not in page(tmp_path_factory, body.split("县政协开展")[0]).persons
