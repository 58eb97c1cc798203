"""Persons as pages of provinces outside the samples write them (issue 9): each pattern on invented text.

The bulletins are invented, of places other than the samples' and the development set's (伊犁, 阿勒泰 in 新疆;
遵义 in 贵州; 大理 in 云南; 桂林 in 广西); the persons are invented.
"""
from __future__ import annotations

from test_real_pages import page


def test_a_name_before_zai_and_no_name_in_yingyao_zai(tmp_path_factory):
    doc = page(tmp_path_factory, "遵义", "市政协常委会议召开\n6月1日，市政协常委会议召开。秘书长任澄在主席台前排就座。"
                                         "市领导应邀在主席台就座。市政协主席于是出席。\n")
    assert "任澄" in doc.persons
    assert not {"任澄在", "应邀在", "于是"} & set(doc.persons)


def test_transliterated_names_joined_by_a_dot(tmp_path_factory):
    doc = page(tmp_path_factory, "伊犁", "州政协全会开幕\n6月1日，州政协主席阿依古丽·买买提明主持会议。"
                                         "州政协副主席艾尔肯·吐尔逊、阿不都热依木·卡德尔、热孜宛古丽·阿布都拉、"
                                         "玉素甫·依明、王振东、刘海燕出席。\n"
                                         "会议表彰了吐尔洪·艾买提、买合木提·阿不力孜、陈立新、叶尔江·巴合提、"
                                         "别克·吾拉孜汗、马德勇等36人。\n大会表彰努尔兰·赛力克、周建军、"
                                         "阿合买提·加纳尔等12人。州政协委员古丽娜·衣沙木丁发言。\n")
    assert {"阿依古丽·买买提明", "艾尔肯·吐尔逊", "阿不都热依木·卡德尔", "热孜宛古丽·阿布都拉", "玉素甫·依明",
            "王振东", "刘海燕"} <= set(doc.persons)
    assert {"吐尔洪·艾买提", "买合木提·阿不力孜", "陈立新", "叶尔江·巴合提", "别克·吾拉孜汗", "马德勇"} <= set(doc.persons)
    assert {"努尔兰·赛力克", "周建军", "阿合买提·加纳尔", "古丽娜·衣沙木丁"} <= set(doc.persons)
    assert not {"会议表彰了吐尔洪·艾买提", "沙木丁", "大会表彰努尔兰·赛力克"} & set(doc.persons)


def test_a_name_that_begins_a_sentence_before_a_verb_of_attending(tmp_path_factory):
    doc = page(tmp_path_factory, "大理", "州政协召开座谈会\n6月1日，州政协召开民营企业座谈会。\n段志刚出席会议并讲话。"
                                         "会议由州政协副主席杨立华主持。\n")
    assert "段志刚" in doc.persons


def test_a_list_of_names_that_are_also_words(tmp_path_factory):
    doc = page(tmp_path_factory, "桂林", "市政协视察\n6月1日，市政协主席黄建国，副主席莫永胜、江涛、马力、韦虎、"
                                         "覃志强参加视察。\n")
    assert {"莫永胜", "江涛", "马力", "韦虎", "覃志强"} <= set(doc.persons)


def test_no_person_in_a_rate(tmp_path_factory):
    doc = page(tmp_path_factory, "阿勒泰", "提案办理\n6月1日，地区政协通报，提案办复率100%，委员满意率98.5%。\n")
    assert "满意率" not in doc.persons


def test_the_speaker_of_a_work_report_alone_under_its_title(tmp_path_factory):
    doc = page(tmp_path_factory, "遵义", "政协遵义市委员会常务委员会工作报告\n钱 志 远\n"
                                         "（2023年1月10日在政协遵义市第五届委员会第三次会议上）\n各位委员：\n"
                                         "现在，我代表政协遵义市委员会常务委员会向大会报告工作。\n"
                                         "关于提案工作情况的报告\n侯明\n（2023年1月10日在政协遵义市第五届委员会第三次会议上）\n"
                                         "各位委员：\n过去一年，提案工作取得新成效。\n")
    assert {"钱志远", "侯明"} <= set(doc.persons)


def test_the_speaker_of_a_report_below_its_occasion_or_above_the_salutation(tmp_path_factory):
    doc = page(tmp_path_factory, "伊犁", "州政协常务委员会工作报告\n——在州政协十五届三次会议上\n2024年1月8日)\n"
                                         "买买提·吐尔逊\n各位委员:\n我代表常务委员会报告工作。\n提案工作情况的报告\n"
                                         "何 晓 东\n各位委员：\n一年来，提案工作取得新进展。\n")
    assert {"买买提·吐尔逊", "何晓东"} <= set(doc.persons)


def test_the_speaker_above_a_salutation_of_several_addressees(tmp_path_factory):
    doc = page(tmp_path_factory, "伊犁", "州政协常务委员会工作报告\n（2024年1月8日）\n\n姚立新\n\n各位委员、同志们：\n"
                                         "我代表常务委员会报告工作。\n提案工作情况的报告\n林海涛\n"
                                         "各位代表、各位委员、同志们：\n一年来，提案工作取得新进展。\n")
    assert {"姚立新", "林海涛"} <= set(doc.persons)


def test_the_byline_of_a_page_header_with_spaces_after_the_colons(tmp_path_factory):
    doc = page(tmp_path_factory, "桂林", "市政协召开常委会议\n来源: 桂林政协网 | 作者: 韦丽 | 责任编辑: 蒙佳慧 | "
                                         "发布时间: 2024-06-01\n6月1日，市政协召开常委会议。\n")
    assert {"韦丽", "蒙佳慧"} <= set(doc.persons)


def test_the_clauses_of_an_election_result_after_the_first(tmp_path_factory):
    doc = page(tmp_path_factory, "大理", "州政协全会闭幕\n6月1日，大会选举杨海涛当选为自治州政协第十四届委员会主席，"
                                         "李红梅、马建国当选为副主席，郑志勇为秘书长，张兰、王海为副秘书长。\n")
    assert {"杨海涛", "李红梅", "马建国", "郑志勇", "张兰", "王海"} <= set(doc.persons)
    assert "王海为" not in doc.persons


def test_surnames_of_the_north_west_and_tibetan_names_of_yunnan(tmp_path_factory):
    doc = page(tmp_path_factory, "大理", "州政协常委会议\n6月1日，州政府副州长次仁宗姆致辞。州政协副主席段志华、慈永明、"
                                         "喇文斌、寸德昌、杞云龙、杨光辉出席会议。\n")
    assert {"次仁宗姆", "段志华", "慈永明", "喇文斌", "寸德昌", "杞云龙", "杨光辉"} <= set(doc.persons)


def test_a_vice_chairman_a_photographer_and_a_guest_who_opens_a_line(tmp_path_factory):
    doc = page(tmp_path_factory, "伊犁", "州政协全会开幕\n阿不力孜·吐尔地应邀出席\n6月1日，全国人大常委会原副委员长"
                                         "阿不力孜·吐尔地出席会议。州政协秘书长巴图尔主持。伊犁日报记者 何龙摄\n")
    assert {"阿不力孜·吐尔地", "巴图尔", "何龙"} <= set(doc.persons)
    assert "何龙摄" not in doc.persons


def test_a_name_alone_in_brackets_closing_a_paragraph_is_its_author(tmp_path_factory):
    doc = page(tmp_path_factory, "桂林", "市政协主席会议\n6月1日，市政协主席会议召开。秘书长覃明参加会议。(蒙丽萍)\n"
                                         "6月2日，市政协主席黄建国参加活动。(韦卓 覃译丹)\n")
    assert {"蒙丽萍", "韦卓", "覃译丹"} <= set(doc.persons)


def test_credit_marks_of_pages_of_guangxi(tmp_path_factory):
    doc = page(tmp_path_factory, "桂林", "市政协常委会议\n桂林日报讯 (记者/莫晓琳)6月1日，市政协常委会议召开。\n"
                                         "会场 韦建宇/摄\n会议审议通过有关事项。□蓝 玲\n")
    assert {"莫晓琳", "韦建宇", "蓝玲"} <= set(doc.persons)


def test_the_last_item_of_a_list_after_ji_or_he(tmp_path_factory):
    doc = page(tmp_path_factory, "桂林", "市政协全会开幕\n6月1日，蒙海涛、谭丕林、韦健明及卢能干等在主席台就座。"
                                         "市政协副主席黄志坚、莫永胜和覃立新出席。\n")
    assert {"蒙海涛", "谭丕林", "韦健明", "卢能干", "黄志坚", "莫永胜", "覃立新"} <= set(doc.persons)


def test_a_long_list_of_speakers_with_a_word_among_the_names(tmp_path_factory):
    doc = page(tmp_path_factory, "遵义", "市委民主协商会\n6月1日，在民主、和谐的气氛中，罗世杰、何力、文汉宇、左定成、"
                                         "田光奇、谢晓岚、黄宗明、释永照、杨再林分别发言。\n")
    assert {"罗世杰", "何力", "文汉宇", "左定成", "田光奇", "谢晓岚", "黄宗明", "释永照", "杨再林"} <= set(doc.persons)


def test_a_photographer_after_a_space_and_an_editor_without_a_colon(tmp_path_factory):
    doc = page(tmp_path_factory, "遵义", "市政协全会开幕\n6月1日，市政协全会开幕。冉宏伦 摄\n"
                                         "(责任编辑 谭淑华 2024年6月1日)\n记者现场拍摄了会场。\n")
    assert {"冉宏伦", "谭淑华"} <= set(doc.persons)


def test_tibetan_names_inside_a_titled_list(tmp_path_factory):
    doc = page(tmp_path_factory, "拉萨", "市政协主席会议\n6月1日，市政协副主席张建林、白玛次仁、洛桑久美、金世明、索朗旺增、"
                                         "阿旺、阿沛·晋美和秘书长扎西次仁出席会议。\n")
    assert {"张建林", "白玛次仁", "洛桑久美", "金世明", "索朗旺增", "阿旺", "阿沛·晋美", "扎西次仁"} <= set(doc.persons)
    assert not {"阿沛·晋美和", "晋美和"} & set(doc.persons)


def test_a_long_untitled_list_with_tibetan_names_and_a_word(tmp_path_factory):
    doc = page(tmp_path_factory, "拉萨", "市政协全会开幕\n6月1日，市政协全会开幕。吴建杰、洛桑江村、齐扎西、丁业明、庄严、"
                                         "汪海林、何文涛、白玛旺堆、刘江涛、巴桑等到会祝贺。\n丹增群培 摄\n"
                                         "市政协副主席罗松多吉主持会议。\n")
    assert {"吴建杰", "洛桑江村", "齐扎西", "丁业明", "庄严", "汪海林", "何文涛", "白玛旺堆", "刘江涛", "巴桑",
            "罗松多吉"} <= set(doc.persons)


def test_photographers_after_sheying_and_surnames_of_hunan_and_guangxi(tmp_path_factory):
    doc = page(tmp_path_factory, "桂林", "市政协全会开幕\n桂林日报讯(记者 冒丽 摄影 田浩)6月1日，市政协全会开幕。"
                                         "市政协副主席辜明远、庹建华、磨长青出席。\n")
    assert {"冒丽", "田浩", "辜明远", "庹建华", "磨长青"} <= set(doc.persons)


def test_a_dotted_name_ends_before_weituo(tmp_path_factory):
    # 受…主席X委托，…主持: 委托 follows the name as 主持 would
    doc = page(tmp_path_factory, "伊犁", "州政协主席会议召开\n6月1日，受州政协主席阿依古丽·买买提明委托，"
                                         "州政协副主席王振东主持会议。\n")
    assert {"阿依古丽·买买提明", "王振东"} <= set(doc.persons)
    assert "阿依古丽·买买提明委托" not in doc.persons


def test_names_parted_by_spaces_after_a_title_share_it(tmp_path_factory):
    """A list of names parted by spaces (as web pages and PDF tables write them) is a list like one with 、:
    each name gets the title; a space before a word that is no name ends the list."""
    doc = page(tmp_path_factory, "大理", "州政协召开主席会议\n6月1日，州政协副主席杨海波 段丽华 李强出席会议。"
                                         "\n州政协秘书长王海 出席会议。\n")
    assert {"杨海波", "段丽华", "李强", "王海"} <= set(doc.persons)
    assert {("段丽华", "副主席"), ("李强", "副主席")} <= {(m.person, m.role) for m in doc.posts}
    assert not {"王海出", "出席会议"} & set(doc.persons)


def test_a_list_of_names_at_the_very_end_of_a_file(tmp_path):
    """A file may end right after a list of names, with no stop and no line break: the list is read (this
    once raised IndexError and lost the bulletin)."""
    from kg.pipeline import process
    path = tmp_path / "page.txt"
    path.write_bytes("县政协召开主席会议\n出席会议的有县政协副主席王伟、李明".encode("utf-8"))
    assert {"王伟", "李明"} <= set(process(path).persons)


def test_a_headline_title_and_name_running_into_its_verb_is_one_name(tmp_path_factory):
    # 省委书记某某应邀出席会议, a headline with no mark after it: one name; the words after it are no names run together
    # (as a byline's are: 记者张某李某)
    doc = page(tmp_path_factory, "伊犁", "全会举行\n州委书记张贻琴应邀出席会议\n6月1日，州政协全会举行。\n")
    assert "张贻琴" in doc.persons
    assert not {"应邀出", "席会议"} & set(doc.persons)
