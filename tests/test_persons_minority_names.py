"""Persons of pages from 凉山, 西藏, 青海, 新疆 and 内蒙古: Yi, Tibetan, Uyghur and Mongolian names and the shapes
these pages write them in, each mechanism on invented sentences (the places are real, the persons invented).
"""
from __future__ import annotations

from test_extraction import posts_of
from test_persons_southwest import page


def test_a_name_between_by_and_its_act_has_no_title(tmp_path_factory):
    doc = page(tmp_path_factory, "by", "县政协召开主席会议\n6月1日，林芝市巴宜区政协召开主席会议，会议由次仁旺加主持。"
                                      "座谈会由吉克拉哈带队。会议听取了拉巴顿珠关于提案办理的报告。\n"
                                      "6月2日，座谈会由扎西、格桑共同主持。\n")
    assert {"次仁旺加", "吉克拉哈", "拉巴顿珠", "扎西", "格桑"} <= set(doc.persons)


def test_the_words_before_a_dotted_name_are_no_part_of_it(tmp_path_factory):
    doc = page(tmp_path_factory, "dotted_by", "县政协召开常委会议\n6月2日，会议由艾合买提·吐尔洪主持。\n")
    assert "艾合买提·吐尔洪" in doc.persons
    assert not any(p.startswith("会议") for p in doc.persons)


def test_two_names_joined_by_and_share_the_title_before_them(tmp_path_factory):
    doc = page(tmp_path_factory, "pair", "县政协召开主席会议\n6月3日，林芝市巴宜区政协召开主席会议。区政协副主席扎西平措和"
                                        "格桑卓嘎出席，区政协副主席沙马阿依与王明远参加。\n")
    assert posts_of(doc, "格桑卓嘎") == {("副主席", "林芝市巴宜区政协")}
    assert posts_of(doc, "王明远") == {("副主席", "林芝市巴宜区政协")}


def test_a_transliterated_name_runs_on_past_a_word_that_seemed_to_end_it(tmp_path_factory):
    doc = page(tmp_path_factory, "longer", "区政协召开常委会议\n6月4日，区政协副主席吐尔逊买买提出席会议。\n"
                                          "（记者 贡嘎来松 摄）\n区政协副主席扎西来到会场。\n")
    assert {"吐尔逊买买提", "贡嘎来松", "扎西"} <= set(doc.persons)
    assert not {"吐尔逊买买", "贡嘎", "扎西来"} & set(doc.persons)


def test_a_han_name_before_a_verb_jieba_glues_to_its_last_character(tmp_path_factory):
    doc = page(tmp_path_factory, "glued", "市政协召开常委会议\n6月5日，市政协副主席李德民主持闭幕大会。\n")
    assert "李德民" in doc.persons and "李德" not in doc.persons


def test_a_transliterated_name_before_a_title_written_after_it(tmp_path_factory):
    doc = page(tmp_path_factory, "after", "区政协召开常委会议\n6月6日，林芝市巴宜区政协召开常委会议。区政协旺堆委员、"
                                         "区政协欧珠罗布副主席发言。会上，嘎查书记介绍了情况。\n")
    assert posts_of(doc, "旺堆") == {("委员", "林芝市巴宜区政协")}
    assert posts_of(doc, "欧珠罗布") == {("副主席", "林芝市巴宜区政协")}
    assert not {"罗布", "嘎查"} & set(doc.persons)


def test_an_untitled_list_of_short_transliterated_names(tmp_path_factory):
    doc = page(tmp_path_factory, "untitled", "区政协召开表彰会议\n6月7日，区政协召开表彰会议。受表彰的有：次仁卓玛、"
                                            "格桑曲珍、多吉、王华。会议表彰了涌现出的达哇卓玛、扎西拉仲、安旺扎美等委员。"
                                            "产品销往巴西、智利、苏木等地。\n")
    assert {"次仁卓玛", "格桑曲珍", "多吉", "王华", "达哇卓玛", "扎西拉仲", "安旺扎美"} <= set(doc.persons)
    assert not {"卓玛", "巴西", "苏木"} & set(doc.persons)


def test_rare_surnames_after_a_post_title_and_more_syllables_of_transliteration(tmp_path_factory):
    doc = page(tmp_path_factory, "rare", "县政协召开常委会议\n6月8日，县委书记玄明远主持，县长沐春雷、副县长朴永哲出席。"
                                        "县政协副主席迪丽努尔、努尔丁、吉克拉体、沙马日火和列确出席。\n")
    assert {"玄明远", "沐春雷", "朴永哲", "迪丽努尔", "努尔丁", "吉克拉体", "沙马日火", "列确"} <= set(doc.persons)


def test_one_long_transliterated_name_opening_a_clause_before_a_verb_of_a_person(tmp_path_factory):
    doc = page(tmp_path_factory, "subject", "县政协开展学习\n近日，县政协召开学习会，特丁次仁带领县政协干部学习。"
                                           "会后，巴西代表团参观了县城，纳瓦拉·达卡尔应邀参加。\n")
    assert {"特丁次仁", "纳瓦拉·达卡尔"} <= set(doc.persons) and "巴西" not in doc.persons


def test_a_pdf_space_inside_a_transliterated_name_the_page_writes_whole_elsewhere(tmp_path_factory):
    doc = page(tmp_path_factory, "spaced", "县政协召开常委会议\n6月9日，县政协主席阿不都热 合曼主持会议，副主席次仁 多吉、"
                                          "扎西出席。阿不都热合曼指出，要加强学习。\n")
    assert "阿不都热合曼" in doc.persons and not {"阿不都热", "合曼"} & set(doc.persons)
    assert posts_of(doc, "阿不都热合曼") == {("主席", "县政协")}
    assert {"次仁", "多吉", "扎西"} <= set(doc.persons)


def test_a_rare_word_of_transliteration_after_a_post_title_and_no_name_in_a_think_tank(tmp_path_factory):
    doc = page(tmp_path_factory, "word", "州政协召开常委会议\n6月10日，甘孜州政协召开常委会议。州委副书记、州长加布在会上讲话。"
                                        "州政协委员、智库委员参加会议。\n")
    assert posts_of(doc, "加布") == {("副书记", "中共甘孜州委"), ("州长", "甘孜州人民政府")}
    assert "智库" not in doc.persons


def test_more_syllables_a_living_buddha_and_a_doubled_list_mark(tmp_path_factory):
    doc = page(tmp_path_factory, "syllables", "州政协召开常委会议\n中新网西昌6月11日电（泽塔雍宗 拉巴曲珍）6月11日，凉山州政协召开"
                                             "常委会议。州政协副主席李东亮、王阿果、、吴明雯出席，州政府副州长子克拉哈、州政协副主席"
                                             "土登次仁、叶尔肯列席。洛桑次仁活佛发言。\n")
    assert {"泽塔雍宗", "拉巴曲珍", "子克拉哈", "土登次仁", "叶尔肯", "洛桑次仁"} <= set(doc.persons)
    assert posts_of(doc, "吴明雯") == {("副主席", "凉山州政协")}


def test_a_mongolian_name_ending_in_he_and_a_naxi_surname_after_a_space(tmp_path_factory):
    doc = page(tmp_path_factory, "he", "盟政协召开常委会议\n6月12日，锡林郭勒盟政协召开常委会议。盟政协副主席巴音苏和、额尔敦仓出席，"
                                      "盟政协副主席巴特尔和乌兰列席。（记者 和丽君）\n")
    assert {"巴音苏和", "额尔敦仓", "乌兰", "和丽君"} <= set(doc.persons)
    assert "巴音苏" not in doc.persons
    assert posts_of(doc, "乌兰") == {("副主席", "锡林郭勒盟政协")}


def test_short_transliterated_names_before_a_trigger_or_a_members_title(tmp_path_factory):
    doc = page(tmp_path_factory, "short", "市政协召开常委会议\n6月13日，拉萨市政协召开常委会议。会上，扎西、次仁等委员作了发言，"
                                         "巴桑、多吉、拉巴等同志参加。会后，达瓦同志介绍了情况。\n文/图 格桑\n")
    assert posts_of(doc, "次仁") == {("委员", "拉萨市政协")}
    assert {"扎西", "巴桑", "多吉", "拉巴", "达瓦", "格桑"} <= set(doc.persons)
    assert "图格桑" not in doc.persons


def test_a_note_of_ethnicity_after_a_name_and_an_inner_item_of_rare_syllables(tmp_path_factory):
    doc = page(tmp_path_factory, "noted", "州政协召开常委会议\n6月14日，海南州政协召开常委会议。副州长天明（藏族）出席，州政协副主席"
                                         "井永杰、更藏班玛才杰、雅卓玛杰和秘书长王伟参加。\n")
    assert posts_of(doc, "天明") == {("副州长", "海南州人民政府")}
    assert posts_of(doc, "更藏班玛才杰") == {("副主席", "海南州政协")}
    assert posts_of(doc, "雅卓玛杰") == {("副主席", "海南州政协")}


def test_short_transliterated_subjects_before_a_verb_of_a_person(tmp_path_factory):
    doc = page(tmp_path_factory, "subjects", "市政协召开常委会议\n6月15日，拉萨市政协召开常委会议。\n多吉、扎西出席会议。\n"
                                            "次仁卓玛说，要加强团结。\n大家说，要多调研。\n")
    assert {"多吉", "扎西", "次仁卓玛"} <= set(doc.persons)
    assert "大家" not in doc.persons


def test_dai_and_jingpo_surnames_after_a_post_title(tmp_path_factory):
    doc = page(tmp_path_factory, "dai", "州政协召开常委会议\n6月16日，西双版纳州政协召开常委会议。州政协副主席岩香、玉罕、刀明新、"
                                       "排生出席。州政协主席早在去年就提出建议。\n")
    assert posts_of(doc, "岩香") == posts_of(doc, "玉罕") == posts_of(doc, "刀明新") == posts_of(doc, "排生") \
        == {("副主席", "西双版纳州政协")}
    assert "早在" not in doc.persons


def test_a_question_mark_an_encoding_left_for_the_name_dot(tmp_path_factory):
    doc = page(tmp_path_factory, "qmark", "自治區政協召開主席會議\n6月17日，西藏自治區政協主席洛桑?江村格列主持會議，"
                                         "副主席艾力∙買買提出席，副主席買買提?吾邁爾列席。怎麼辦?我們要加強學習。\n")
    assert {"洛桑·江村格列", "艾力·买买提", "买买提·吾迈尔"} <= set(doc.persons)
    assert not {"洛桑", "江村格列"} & set(doc.persons)


def test_a_tibetan_name_wins_over_a_han_name_inside_it_before_a_trigger(tmp_path_factory):
    doc = page(tmp_path_factory, "inside", "市政协召开常委会议\n6月18日，拉萨市政协召开常委会议。会上，欧珠罗布、次仁同志发言。\n")
    assert {"欧珠罗布", "次仁"} <= set(doc.persons) and "罗布" not in doc.persons


def test_a_people_a_sector_or_a_place_before_a_members_title_is_no_name(tmp_path_factory):
    doc = page(tmp_path_factory, "peoples", "市政协召开常委会议\n6月19日，拉萨市政协召开常委会议。会上，回族委员、苗族委员和宗教界委员"
                                           "先后发言，经济界委员也作了发言。会后，拉萨委员座谈。\n")
    assert not {"回族", "苗族", "宗教界", "经济界", "拉萨"} & set(doc.persons)


def test_uyghur_syllables_and_a_dotted_name_after_its_organization_before_its_title(tmp_path_factory):
    doc = page(tmp_path_factory, "uyghur", "州政协召开常委会议\n6月20日，伊犁州政协召开常委会议。\n州政协艾力·吐尔洪副主席主持会议。"
                                          "州政协副主席阿不都热依木、吐尔洪出席。\n")
    assert posts_of(doc, "艾力·吐尔洪") == {("副主席", "伊犁州政协")}
    assert posts_of(doc, "吐尔洪") == {("副主席", "伊犁州政协")}
    assert not any(p.startswith("州政协") for p in doc.persons)


def test_reporters_with_tibetan_names_parted_by_spaces(tmp_path_factory):
    doc = page(tmp_path_factory, "reporters", "市政协召开常委会议\n6月21日，拉萨市政协召开常委会议。\n记者 次仁罗布 扎西 报道\n")
    assert {"次仁罗布", "扎西"} <= set(doc.persons)


def test_a_photographer_credit_ends_a_dotted_name_before_a_line_the_page_joined(tmp_path_factory):
    doc = page(tmp_path_factory, "photo", "委员通道\n6月22日，自治区政协委员通道活动举行。\n政协委员艾力·吐尔逊答记者问。"
                                         "新疆日报记者 约提克尔·阿不都摄\n古丽娜·买买提：加强文化建设\n")
    assert "约提克尔·阿不都" in doc.persons
    assert not any("摄" in p for p in doc.persons)


def test_more_yi_syllables_in_a_list_of_names_sharing_a_title(tmp_path_factory):
    doc = page(tmp_path_factory, "yi", "州政协召开常委会议\n6月23日，凉山州政协召开常委会议。州政协副主席阿牛拉哈、俄底日格、"
                                      "吉伍阿妞出席，州政协委员阿候布哈发言。\n")
    assert posts_of(doc, "吉伍阿妞") == {("副主席", "凉山州政协")}
    assert {"阿牛拉哈", "俄底日格", "阿候布哈"} <= set(doc.persons)


def test_a_short_transliterated_name_after_a_word_it_follows_or_a_verb(tmp_path_factory):
    doc = page(tmp_path_factory, "about", "州政协召开主席会议\n6月24日，甘孜州政协召开主席会议。会议通过了关于次仁同志任职的决定，"
                                         "接受多吉辞去州政协委员的请求。\n")
    assert {"次仁", "多吉"} <= set(doc.persons)


def test_a_surname_that_is_a_preposition_before_a_given_name_the_dictionary_holds_as_a_place(tmp_path_factory):
    doc = page(tmp_path_factory, "yu", "市政协召开常委会议\n6月25日，乌苏市政协召开常委会议。市政协副主席于建国出席，"
                                      "市政协主席于6月3日在北京调研。\n")
    assert posts_of(doc, "于建国") == {("副主席", "乌苏市政协")}
    assert not any(p.startswith("于6") for p in doc.persons)


def test_chief_economists_and_accountants_are_titles_of_posts(tmp_path_factory):
    doc = page(tmp_path_factory, "chief", "内蒙古自治区政协委员通道\n6月26日，内蒙古自治区政协委员、自治区发展研究中心总经济师"
                                         "赵海平，某某集团总会计师乌云其木格出席。\n")
    assert ("总经济师", "内蒙古自治区发展研究中心") in posts_of(doc, "赵海平")
    assert "乌云其木格" in doc.persons


def test_diplomats_titles_before_a_name(tmp_path_factory):
    doc = page(tmp_path_factory, "consul", "自治区政协会议开幕\n1月19日，西藏自治区政协会议开幕。某国驻拉萨总领事馆总领事"
                                          "纳瓦拉·达卡尔应邀旁听。\n")
    assert "纳瓦拉·达卡尔" in doc.persons


def test_a_photo_caption_after_a_credit_line_the_page_joined(tmp_path_factory):
    doc = page(tmp_path_factory, "caption", "自治区政协会议开幕\n1月19日，西藏自治区政协会议开幕。\n"
                                           "图为政协第十一届西藏自治区委员会第四次会议现场 摄影：赵耀\n"
                                           "图为政协第十一届西藏自治区委员会第四次会议现场，某国驻拉萨总领事馆总领事应邀旁听 "
                                           "摄影：王淑\n")
    assert "赵耀" in doc.persons and "赵耀图" not in doc.persons


def test_the_last_transliterated_item_of_a_list_before_a_word_of_the_dictionary(tmp_path_factory):
    doc = page(tmp_path_factory, "last", "县政协开展视察\n6月27日，昭觉县政协开展视察。县政协副主席王伟、李明、吉伍拉体座谈，"
                                        "委员们来到那曲阿里地区。\n")
    # a page of no place of its own that never names 凉山: the county's committee is named without it
    assert posts_of(doc, "吉伍拉体") == {("副主席", "昭觉县政协")}
    assert "那曲阿里" not in doc.persons
