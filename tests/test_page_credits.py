"""Reporters, editors and photographers credited on news pages are persons (GUIDELINE: every real person named by
full name), each on invented text: a byline word before a colon and a spaced list of names, names in brackets
closing an item (several, or after the body they write for), a photo credit after the names (摄影报道), a name
after ◎, a name of two set to the width of three after 文/; and words that only look like a credit (摄影展).

The bulletins and persons are invented (阜新 in 辽宁).
"""
from __future__ import annotations

from test_extraction import masthead, write_and_process

ITEM = "市政协召开常委会\n6月1日，市政协召开常委会议。市政协主席孙立强主持会议。\n"


def page(tmp_path_factory, credits: str):
    return write_and_process(tmp_path_factory, "阜新-page.txt", masthead("阜新", 5, "2024年6月3日") + ITEM + credits)


def org_names(doc) -> set[str]:
    return {o.name for o in doc.organizations.values()}


def test_every_byline_word_before_a_colon_credits_the_names_after_it(tmp_path_factory):
    # 编审, 监制 are byline words (byline_words.txt) without a trigger of their own in person_triggers.tsv
    doc = page(tmp_path_factory, "全媒体记者：韩晓东 魏丽\n编审：葛思远\n监制：庞立新 邹敏\n")
    assert {"韩晓东", "魏丽", "葛思远", "庞立新", "邹敏"} <= set(doc.persons)


def test_three_spaced_names_in_brackets_closing_an_item_are_its_authors(tmp_path_factory):
    doc = page(tmp_path_factory, "会议审议了有关事项。(韩晓东 魏丽 葛思远)\n")
    assert {"韩晓东", "魏丽", "葛思远"} <= set(doc.persons)


def test_names_before_sheying_baodao_are_photographers(tmp_path_factory):
    doc = page(tmp_path_factory, "委员们参观了书画作品。韩晓东 魏丽 摄影报道\n责任编辑：葛思远\n")
    assert {"韩晓东", "魏丽", "葛思远"} <= set(doc.persons)


def test_a_name_after_a_double_circle_is_a_reporter(tmp_path_factory):
    doc = page(tmp_path_factory, "◎韩晓东\n")
    assert "韩晓东" in doc.persons


def test_the_name_after_the_body_in_a_credit_is_a_person_the_body_an_organization(tmp_path_factory):
    doc = page(tmp_path_factory, "会议审议了有关事项。(细河区政协 韩晓东 供稿)\n"
                                 "太平区政协召开常委会\n6月2日，太平区政协召开常委会议。（太平区政协 魏丽）\n"
                                 "清河门区政协视察\n6月3日，清河门区政协组织委员视察。(阜新市清河门区政协葛思远)\n")
    assert {"韩晓东", "魏丽", "葛思远"} <= set(doc.persons)
    assert {"阜新市细河区政协", "阜新市太平区政协"} <= org_names(doc)
    assert not any(p.person in ("韩晓东", "魏丽", "葛思远") for p in doc.posts)   # a credit states no post


def test_a_body_crediting_itself_names_no_person(tmp_path_factory):
    doc = page(tmp_path_factory, "会议审议了有关事项。（细河区政协办公室 供稿）\n")
    assert set(doc.persons) == {"孙立强"} and "阜新市细河区政协办公室" in org_names(doc)


def test_a_name_of_two_spaced_to_three_after_wen_is_one_name(tmp_path_factory):
    doc = page(tmp_path_factory, "会议审议了有关事项。(文/韩 东)\n文/魏丽 图/葛思远\n")
    assert {"韩东", "魏丽", "葛思远"} <= set(doc.persons) and "韩" not in doc.persons


def test_sheying_inside_a_longer_word_credits_no_one(tmp_path_factory):
    # 摄影展 is a word: 摄影 there stands before no photographer's name (展开幕 is none)
    doc = page(tmp_path_factory, "市政协书画摄影展开幕。本次书画摄影展经过3个月筹备。\n")
    assert set(doc.persons) == {"孙立强"}


def test_a_credit_closing_word_in_a_sentence_credits_no_place(tmp_path_factory):
    # 供稿 closes a credit only after names that stand alone: 由王家镇供稿 names a town, no person
    doc = page(tmp_path_factory, "有关材料由王家镇供稿。\n")
    assert "王家镇" not in doc.persons


def test_a_double_circle_before_a_sentence_credits_no_one(tmp_path_factory):
    # ◎ opens a line of its own, a credit only when the name stands alone after it
    doc = page(tmp_path_factory, "◎高质量发展取得新成效\n")
    assert "高质量" not in doc.persons


def test_byline_words_before_a_bar_credit_the_names_after_them(tmp_path_factory):
    # 编辑｜某某: a page may set its credits with a bar (NFKC makes ｜ a |)
    doc = page(tmp_path_factory, "来源｜细河区融媒体中心\n编辑｜韩晓东\n编审|葛思远\n")
    assert {"韩晓东", "葛思远"} <= set(doc.persons)


def test_a_line_of_a_body_and_a_name_is_an_author_line(tmp_path_factory):
    doc = page(tmp_path_factory, "我与政协\n细河区政协文史馆 韩晓东\n岁月荏苒，从走进政协机关的大门，已是第十一个年头。\n")
    assert "韩晓东" in doc.persons and "阜新市细河区政协文史馆" in org_names(doc)


def test_more_credit_words_trainees_text_and_photos_producers(tmp_path_factory):
    doc = page(tmp_path_factory, "记者 韩晓东 实习生 魏丽\n文/图 葛思远\n图文：庞立新\n出品人：邹敏\n策划：卢海涛\n"
                                 "拍摄：钱立峰、岑晓红\n")
    assert {"韩晓东", "魏丽", "葛思远", "庞立新", "邹敏", "卢海涛", "钱立峰", "岑晓红"} <= set(doc.persons)


def test_a_line_of_spaced_names_alone_is_an_author_line(tmp_path_factory):
    doc = page(tmp_path_factory, "协商民主的实践\n韩晓东 魏丽 葛思远\n人民政协是社会主义协商民主的重要渠道。\n")
    assert {"韩晓东", "魏丽", "葛思远"} <= set(doc.persons)


def test_an_office_before_the_name_in_a_credit_and_text_and_picture_credits(tmp_path_factory):
    # 办公室 ends with the unit 室: the body a credit's writer works in
    doc = page(tmp_path_factory, "会议审议了有关事项。（细河区政协办公室 韩晓东）\n文字：魏丽 图片：葛思远\n")
    assert {"韩晓东", "魏丽", "葛思远"} <= set(doc.persons)


def test_three_names_run_together_after_a_byline_word_split_when_only_one_way_fits(tmp_path_factory):
    # 钱立峰邹敏葛思远 splits into names of two or three characters one way alone; 张立明李华王建国 two ways
    # (张立明|李华 or 张立|明李华, 明 a surname too): left unread rather than guessed
    doc = page(tmp_path_factory, "本报讯(记者钱立峰邹敏葛思远)6月2日，市政协召开会议。\n"
                                 "本报讯(记者张立明李华王建国)6月3日，市政协召开会议。\n")
    assert {"钱立峰", "邹敏", "葛思远"} <= set(doc.persons) and "明李华" not in doc.persons


def test_a_caption_closed_by_a_photo_credit_is_not_joined_to_the_next_line(tmp_path_factory):
    # the caption ends with its credit (…本报记者 韩某 摄): the medium of the next line's dateline is 细河新闻网, no 摄细河新闻网
    doc = page(tmp_path_factory, "昨日下午，参加市政协十一届五次会议的政协委员、特邀人员、列席人员等陆续报到 本报记者 韩晓东 摄\n\n"
                                 "  细河新闻网讯 市政协十一届五次会议今日开幕。\n")
    assert "韩晓东" in doc.persons and "细河新闻网" in org_names(doc) and "摄细河新闻网" not in org_names(doc)



def test_a_caption_credited_to_a_body_is_not_joined_to_the_next_paragraph(tmp_path_factory):
    # …现场。某某新闻办公室供图, a blank line, then the story: no body 新闻办公室供图某省政协…
    doc = page(tmp_path_factory, "新闻发布会现场。云溪县人民政府新闻办公室供图\n\n  云溪县政协秘书长秦传明介绍，会议筹备顺利。\n")
    assert "供图云溪" not in doc.text and not any("供图" in name for name in org_names(doc))
    # …and no headline: the item goes on under it (the secretary-general's paragraph is the meeting's)
    assert not any(a.title.endswith("供图") for a in doc.articles)


def test_the_bracket_of_a_dateline_names_reporters_who_take_no_part(tmp_path_factory):
    """东阳网8月3日电(张某 李某): the names in a dateline's bracket are its reporters, with or without a byline word:
    persons, but no attendees of the event the item reports."""
    doc = write_and_process(tmp_path_factory, "dateline.txt", "县政协视察农村公路\n发布时间：2024-08-04\n"
                            "东阳网8月3日电(张立明 李华)8月2日，东阳市政协主席王海涛带队视察农村公路建设。\n")
    assert {"张立明", "李华", "王海涛"} <= set(doc.persons)
    assert [sorted(e.persons) for e in doc.events] == [["王海涛"]]


def test_an_editor_credited_in_section_brackets_is_a_person_and_no_section(tmp_path_factory):
    # 【责任编辑:葛思远】 has the brackets of a 【section】 header; a byline word and a colon make it a credit
    doc = page(tmp_path_factory, "【责任编辑:葛思远】\n【责任校对：庞立新】\n")
    assert {"葛思远", "庞立新"} <= set(doc.persons)
    assert not any("编辑" in a.section for a in doc.articles)


def test_a_name_before_baodao_closing_its_line_is_a_reporter_who_takes_no_part(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "阜新-page.txt", masthead("阜新", 5, "2024年6月3日") + ITEM.replace(
        "6月1日", "2024年6月1日") + "葛思远 报道\n")
    assert "葛思远" in doc.persons
    assert all("葛思远" not in e.persons for e in doc.events)


def test_a_reporter_after_a_slash_or_after_credited_names_spaced_apart_is_the_paper_s(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "slash.txt", "委员视察\n红河日报蒙自讯 (记者/罗晓燕)5月6日，州政协组织委员视察。\n")
    assert ("罗晓燕", "记者", "红河日报") in {(p.person, p.role, p.org) for p in doc.posts}
    doc = write_and_process(tmp_path_factory, "spaced.txt",
                            "委员视察\n红河新闻网消息(杜红梅 李向东 记者 陶思远)5月6日，县政协组织委员视察。\n")
    assert {"杜红梅", "李向东", "陶思远"} <= set(doc.persons)
    assert {(p.person, p.role, p.org) for p in doc.posts if p.role == "记者"} == {("陶思远", "记者", "红河新闻网")}
