"""Election results and appointments as pages of the western regions write them: the list after 副主席是：, a
选举 list with a name ending in 于, a headline of two results parted by a space, name dots typed with spaces or as
a full stop, and the chairman of an autonomous region, who heads its government. Invented bulletins of 和田,
喀什, 克拉玛依 (新疆) and 乌海 (内蒙古); the persons are invented."""
from __future__ import annotations

from test_extraction import posts_of
from test_real_pages import page


def test_the_names_after_a_title_and_shi_hold_it(tmp_path_factory):
    doc = page(tmp_path_factory, "和田", "全会闭幕\n6月1日，政协和田市第五届委员会第一次会议闭幕。会议选出的政协和田市第五届"
                                         "委员会副主席是：阿不都克力木·吐尔逊、王建平、古丽娜·艾买提、刘晓东。"
                                         "大会的执行主席是王建平、刘晓东。\n")
    for name in ("阿不都克力木·吐尔逊", "王建平", "古丽娜·艾买提", "刘晓东"):
        assert posts_of(doc, name) == {("副主席", "和田市政协")}, name


def test_a_list_elected_by_xuanju_keeps_a_name_ending_in_yu(tmp_path_factory):
    doc = page(tmp_path_factory, "喀什", "全会选举\n6月1日，大会以无记名投票方式，选举王建军为政协喀什市第五届委员会主席；"
                                         "选举艾尔肯·吐尔逊、张柏松、王兴于、李红梅为政协喀什市第五届委员会副主席。"
                                         "副主席李强于6月2日赴企业调研。\n")
    assert "王兴" not in doc.persons and "李强于" not in doc.persons
    for name in ("艾尔肯·吐尔逊", "张柏松", "王兴于", "李红梅"):
        assert posts_of(doc, name) == {("副主席", "喀什市政协")}, name


def test_a_headline_of_two_results_parted_by_a_space(tmp_path_factory):
    doc = page(tmp_path_factory, "喀什", "王建军当选市政协主席 艾尔肯·吐尔逊等5人当选副主席\n6月1日，大会选举王建军为"
                                         "政协喀什市第五届委员会主席；选举艾尔肯·吐尔逊、张柏松为政协喀什市第五届委员会副主席。\n")
    assert posts_of(doc, "王建军") == {("主席", "喀什市政协")}
    assert posts_of(doc, "艾尔肯·吐尔逊") == {("副主席", "喀什市政协")}


def test_name_dots_written_with_spaces_or_as_a_full_stop(tmp_path_factory):
    doc = page(tmp_path_factory, "和田", "市政协常委会议\n6月1日，市政协主席阿不都克力木 • 吐尔逊，副主席热合曼 • 艾买提、"
                                         "王建平出席会议。市政协副主席帕尔哈提.依明主持会议。\n")
    assert {"阿不都克力木·吐尔逊", "热合曼·艾买提", "帕尔哈提·依明"} <= set(doc.persons)
    assert not {"阿不都克力木", "热合曼", "帕尔哈提"} & set(doc.persons)
    assert posts_of(doc, "热合曼·艾买提") == {("副主席", "和田市政协")}


def test_the_chairman_of_an_autonomous_region_heads_its_government(tmp_path_factory):
    doc = page(tmp_path_factory, "克拉玛依", "全会开幕\n6月1日，自治区党委书记陈建国，自治区党委副书记、自治区主席雪克来提·扎克尔"
                                             "到会听取发言。自治区副主席木合亚提·加尔木哈买提应邀出席。自治区政协副主席王刚出席。\n")
    assert posts_of(doc, "陈建国") == {("书记", "新疆维吾尔自治区党委")}
    assert posts_of(doc, "雪克来提·扎克尔") == {("副书记", "新疆维吾尔自治区党委"), ("主席", "新疆维吾尔自治区人民政府")}
    assert posts_of(doc, "木合亚提·加尔木哈买提") == {("副主席", "新疆维吾尔自治区人民政府")}
    assert posts_of(doc, "王刚") == {("副主席", "新疆维吾尔自治区政协")}


def test_an_appointment_as_vice_chairman_of_a_named_region(tmp_path_factory):
    doc = page(tmp_path_factory, "乌海", "人事任免\n6月1日，自治区人大常委会会议决定任命李丽霞为内蒙古自治区副主席。\n")
    assert posts_of(doc, "李丽霞") == {("副主席", "内蒙古自治区人民政府")}


def test_members_named_before_their_title_and_jianyi(tmp_path_factory):
    doc = page(tmp_path_factory, "克拉玛依", "常委会议\n6月1日，市政协召开常委会议，10位常委、委员作大会发言。张旭常委建议，完善机制；"
                                             "艾里肯·巴拉提常委建议，推进工作；李翠玲委员建议，推动阅读；基层政协代表常玉轩建议，"
                                             "挖掘文化。\n")
    assert {"张旭", "艾里肯·巴拉提", "李翠玲", "常玉轩"} <= set(doc.persons)
    assert posts_of(doc, "艾里肯·巴拉提") == {("常委", "克拉玛依市政协")}
    assert posts_of(doc, "李翠玲") == {("委员", "克拉玛依市政协")}


def test_a_mongolian_name_that_opens_like_a_han_one_before_lai(tmp_path_factory):
    doc = page(tmp_path_factory, "乌海", "全会闭幕\n6月1日，市委副书记、市长孟和达来，市人大常委会主任王庆林在主席台就座。"
                                         "市政协主席白玉和乌兰、李强出席。\n")
    assert "孟和达来" in doc.persons and "孟和达" not in doc.persons
    assert ("市长", "乌海市人民政府") in posts_of(doc, "孟和达来")
    assert "白玉和乌兰" not in doc.persons


def test_hui_surnames_and_a_yi_surname_after_a_title(tmp_path_factory):
    doc = page(tmp_path_factory, "吴忠", "交流座谈\n11月24日，市政协民族和宗教委员会与民进界别开展交流座谈，委员们纳入意见建议。"
                                         "市政协副主席妥建华参加座谈。州政协副主席者木呷出席。(记者 纳紫璇)\n")
    assert {"妥建华", "者木呷", "纳紫璇"} <= set(doc.persons)
    assert not [n for n in doc.persons if n.startswith("纳入")]


def test_a_name_and_he_before_a_dotted_name(tmp_path_factory):
    doc = page(tmp_path_factory, "临夏", "调研\n9月4日，调研期间，他与州领导王三运、刘伟平、泽巴足和嘉木样·洛桑久美·图丹却吉尼玛"
                                         "等交换意见。\n")
    assert {"泽巴足", "嘉木样·洛桑久美·图丹却吉尼玛"} <= set(doc.persons)
    assert not [n for n in doc.persons if "和嘉木样" in n]


def test_a_name_in_the_title_of_a_decision_on_an_appointment(tmp_path_factory):
    doc = page(tmp_path_factory, "海东", "主席会议\n12月16日，会议审议通过了《政协海东市第四届委员会主席会议关于李东海同志"
                                         "任职的决定(草案)》。\n")
    assert "李东海" in doc.persons


def test_an_author_line_of_a_medium_names_no_person(tmp_path_factory):
    doc = page(tmp_path_factory, "贵港", "闭幕\n1月16日，市政协主席肖明贵出席闭幕会。\n作者:石榴云\n"
                                         "作者:全媒体首席记者黄静华\n记者:杨柳 喻小芬\n")
    assert {"肖明贵", "黄静华", "杨柳", "喻小芬"} <= set(doc.persons)
    assert not {"石榴云", "全媒体"} & set(doc.persons)


def test_names_with_a_note_of_gender_or_ethnicity_in_brackets(tmp_path_factory):
    doc = page(tmp_path_factory, "玉树", "全会选举\n6月1日，才仁多杰(藏族)当选为政协玉树市第十二届委员会主席；王建华、索南卓玛(女,藏族)、"
                                         "马福林(回族)、尼玛扎西当选为政协玉树市第十二届委员会副主席；选举李强(回族)、张华为"
                                         "政协玉树市第十二届委员会秘书长。市政协副主席马明(回族)、旦增(藏族)出席。\n")
    assert posts_of(doc, "才仁多杰") == {("主席", "玉树市政协")}
    for name in ("王建华", "索南卓玛", "马福林", "尼玛扎西", "马明", "旦增"):
        assert posts_of(doc, name) == {("副主席", "玉树市政协")}, name
    assert posts_of(doc, "李强") == {("秘书长", "玉树市政协")}
    assert not [n for n in doc.persons if "族" in n or ")" in n]


def test_a_list_of_members_by_their_titles_after_a_colon(tmp_path_factory):
    doc = page(tmp_path_factory, "和田", "新一届领导班子\n政协和田市第五届委员会\n主席：王建军\n副主席：艾尔肯·吐尔逊  张柏松  李红梅\n"
                                         "(记者:杨海 吴凤至)\n")
    assert {"王建军", "艾尔肯·吐尔逊", "张柏松", "李红梅", "杨海", "吴凤至"} <= set(doc.persons)
    assert not posts_of(doc, "杨海")


def test_a_tibetan_name_resigning_after_jieshou(tmp_path_factory):
    doc = page(tmp_path_factory, "西宁", "全会补选\n1月24日，大会通过关于接受多杰热旦辞去政协西宁市第十二届委员会主席职务请求的决定，"
                                         "补选公保扎西为政协西宁市第十二届委员会主席。\n")
    assert "多杰热旦" in doc.persons
    assert not posts_of(doc, "多杰热旦")
    assert posts_of(doc, "公保扎西") == {("主席", "西宁市政协")}


def test_elected_by_a_count_of_votes_and_a_herdsman_named_in_full(tmp_path_factory):
    doc = page(tmp_path_factory, "西宁", "全会选举\n1月24日，王建军以全票当选为政协西宁市第十二届委员会主席，李明以312票当选为政协西宁市"
                                         "第十二届委员会副主席。11月13日，在刚察县泉吉乡草场，牧民才保将羊群赶回羊圈。\n")
    assert posts_of(doc, "王建军") == {("主席", "西宁市政协")}
    assert posts_of(doc, "李明") == {("副主席", "西宁市政协")}
    assert "才保" in doc.persons and not posts_of(doc, "才保")


def test_a_uyghur_name_ending_in_ti_before_chuxi(tmp_path_factory):
    doc = page(tmp_path_factory, "克拉玛依", "常委会议\n6月1日，自治区副主席木合亚提·加尔木哈买提出席会议。市政协副主席艾力·买买提提出建议。"
                                             "市政协副主席阿沛·晋源和秘书长李强出席。\n")
    assert {"木合亚提·加尔木哈买提", "艾力·买买提", "阿沛·晋源"} <= set(doc.persons)
    assert not {"木合亚提·加尔木哈买", "阿沛·晋源和"} & set(doc.persons)


def test_how_many_hold_the_title_between_the_body_and_it(tmp_path_factory):
    doc = page(tmp_path_factory, "和田", "全会闭幕\n6月1日，会议选出的政协和田市第五届委员会4位副主席是：阿不都克力木·吐尔逊、王建平、"
                                         "古丽娜·艾买提、刘晓东。\n")
    for name in ("阿不都克力木·吐尔逊", "王建平", "古丽娜·艾买提", "刘晓东"):
        assert posts_of(doc, name) == {("副主席", "和田市政协")}, name


def test_tibetan_syllables_of_deqing_and_jinmei(tmp_path_factory):
    doc = page(tmp_path_factory, "拉萨", "全会开幕\n6月1日，会议开幕，市政协副主席晋美坚参主持。\n大会现场。记者 德庆占堆 摄\n")
    assert {"晋美坚参", "德庆占堆"} <= set(doc.persons)


def test_elected_after_the_votes_and_a_comma(tmp_path_factory):
    doc = page(tmp_path_factory, "西宁", "全会选举\n1月24日，王建军以312票全数通过，当选为政协西宁市第十二届委员会主席。李明获298票，"
                                         "全票当选为政协西宁市第十二届委员会副主席。\n")
    assert posts_of(doc, "王建军") == {("主席", "西宁市政协")}
    assert posts_of(doc, "李明") == {("副主席", "西宁市政协")}


def test_a_comma_typed_for_the_list_mark_before_a_dotted_name(tmp_path_factory):
    doc = page(tmp_path_factory, "克拉玛依", "常委会议\n6月1日，自治区政协副主席黄昌明、王伟、约尔古丽·加帕尔,阿不都力提甫·阿不都热依木,"
                                             "秘书长巴代出席会议。\n")
    assert posts_of(doc, "阿不都力提甫·阿不都热依木") == {("副主席", "新疆维吾尔自治区政协")}
    assert posts_of(doc, "巴代") == {("秘书长", "新疆维吾尔自治区政协")}


def test_members_named_by_where_they_live(tmp_path_factory):
    doc = page(tmp_path_factory, "贵港", "闭幕\n1月16日，自治区政协会议闭幕。住贵港自治区政协委员韦荣华作大会发言。"
                                         "住贵港全国政协委员李明出席。\n")
    assert posts_of(doc, "韦荣华") == {("委员", "广西壮族自治区政协")}
    assert posts_of(doc, "李明") == {("委员", "全国政协")}


def test_a_short_committee_name_with_its_term_and_the_full_word_again(tmp_path_factory):
    doc = page(tmp_path_factory, "西宁", "全会选举\n3月14日，王建军以2144票全数通过，当选全国政协十三届全国委员会主席。\n")
    assert posts_of(doc, "王建军") == {("主席", "全国政协")}
