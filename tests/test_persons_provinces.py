"""Persons and posts as pages of provinces the project saw little of write them, each mechanism on invented text.

The bulletins are invented, of places other than the samples' and the development set's (松原 in 吉林; 六安 in
安徽; 铁岭 in 辽宁; 日喀则 in 西藏; 汉中 in 陕西; 绥化 in 黑龙江; 邢台 in 河北); the persons are invented.
"""
from __future__ import annotations

from test_extraction import masthead, posts_of, write_and_process


def page(tmp_path_factory, city: str, body: str):
    return write_and_process(tmp_path_factory, f"{city}-page.txt", masthead(city, 5, "2024年6月3日") + body)


def test_a_given_name_ending_in_tong_heads_a_list_of_vice_chairs(tmp_path_factory):
    doc = page(tmp_path_factory, "邢台", "市政协全会闭幕\n6月1日，市政协主席孙立国主持会议，副主席周建同、吴明哲、"
                                         "郑红霞，秘书长冯志远在主席台就座。\n")
    assert "周建同" in doc.persons and "周建" not in doc.persons
    assert {p for p in doc.persons if posts_of(doc, p) == {("副主席", "邢台市政协")}} == {"周建同", "吴明哲", "郑红霞"}


def test_rare_surnames_after_a_post_title_and_a_tibetan_name_of_lodro(tmp_path_factory):
    doc = page(tmp_path_factory, "日喀则", "市政协全会开幕\n6月1日，市政协党组书记、主席江拥洛追主持会议。市政协副主席"
                                           "赤建华作工作报告，市委常委、组织部部长廉志强作说明。\n")
    assert posts_of(doc, "江拥洛追") == {("党组书记", "日喀则市政协"), ("主席", "日喀则市政协")}
    assert posts_of(doc, "赤建华") == {("副主席", "日喀则市政协")}
    assert ("部长", "日喀则市委组织部") in posts_of(doc, "廉志强")


def test_a_chain_whose_name_holds_a_conjunction_keeps_the_title_before_it(tmp_path_factory):
    doc = page(tmp_path_factory, "汉中", "产业链推进会\n6月1日，市政协副主席、市钛及钛合金产业链链长李文博出席并讲话。"
                                         "市政协副主席、市传感器与物联网产业链链长王志新参加。市政协主席、汉江市级河长赵立明前往调研。\n")
    assert posts_of(doc, "李文博") == {("副主席", "汉中市政协")}
    assert posts_of(doc, "王志新") == {("副主席", "汉中市政协")}
    assert posts_of(doc, "赵立明") == {("主席", "汉中市政协")}   # a river chief: no post of a body


def test_a_title_after_a_name_opening_its_clause_before_a_verb(tmp_path_factory):
    doc = page(tmp_path_factory, "绥化", "市政协全会\n6月1日，市政协全会举行。市政协主席赵国庆主持会议。钱学东副主席传达"
                                         "全国政协会议精神，孙立华副主席作提案工作报告，中共北林区委曾立副书记介绍了情况。\n")
    assert posts_of(doc, "钱学东") == {("副主席", "绥化市政协")}
    assert posts_of(doc, "孙立华") == {("副主席", "绥化市政协")}
    assert posts_of(doc, "曾立") == {("副书记", "中共绥化市北林区委")}   # 曾, also an adverb, and one character


def test_elections_to_bare_titles_with_comrades_counts_and_other_verbs(tmp_path_factory):
    doc = page(tmp_path_factory, "六安", "县政协十届一次会议闭幕\n1月18日，舒城县政协十届一次会议闭幕。县领导"
                                         "周明远、陈立新、吴建华出席。\n大会选举周明远同志为县政协第十届委员会主席，选举陈立新、"
                                         "吴建华两位同志为县第十届政协委员会副主席，选举郑文斌同志为县第十届政协秘书长，选举"
                                         "冯晓东、钱玉林等37人为县政协第十届委员会常务委员。\n")
    assert posts_of(doc, "周明远") == {("主席", "六安市舒城县政协")}
    assert posts_of(doc, "陈立新") == posts_of(doc, "吴建华") == {("副主席", "六安市舒城县政协")}
    assert posts_of(doc, "郑文斌") == {("秘书长", "六安市舒城县政协")}
    assert posts_of(doc, "冯晓东") == posts_of(doc, "钱玉林") == {("常务委员", "六安市舒城县政协")}


def test_elections_to_titles_of_the_committee_the_article_named(tmp_path_factory):
    doc = page(tmp_path_factory, "松原", "省政协全会\n5月18日，吉林省政协十届四次会议在长春举行。会议通过了政治决议。"
                                         "补选李和为副主席，改选周景林为秘书长，补选孙连成、沈立荣为常务委员。"
                                         "丁广义等135名同志当选常务委员。\n")
    assert posts_of(doc, "李和") == {("副主席", "吉林省政协")}
    assert posts_of(doc, "周景林") == {("秘书长", "吉林省政协")}
    for name in ("孙连成", "沈立荣", "丁广义"):
        assert posts_of(doc, name) == {("常务委员", "吉林省政协")}, name


def test_a_list_of_elected_vice_chairs_with_a_rare_surname(tmp_path_factory):
    doc = page(tmp_path_factory, "铁岭", "省政协全会\n1月29日，辽宁省政协全体会议选举夏立仁为省政协主席，李晓明、"
                                         "冮志强、许文波为省政协副主席。\n")
    assert posts_of(doc, "夏立仁") == {("主席", "辽宁省政协")}
    for name in ("李晓明", "冮志强", "许文波"):
        assert posts_of(doc, name) == {("副主席", "辽宁省政协")}, name


def test_deputies_after_the_head_of_a_body_are_the_bodys(tmp_path_factory):
    doc = page(tmp_path_factory, "六安", "市政协调研\n5月15日，市政协提案委员会主任张正国、副主任李明华参加调研。市政协常委、"
                                         "经济委主任王大明，副主任赵小兵，秘书长钱一鸣出席。党组成员、办公室主任崔胜国，"
                                         "机关党组成员王立江参加。\n")
    assert posts_of(doc, "李明华") == {("副主任", "六安市政协提案委员会")}
    assert posts_of(doc, "赵小兵") == {("副主任", "六安市政协经济委")}
    assert posts_of(doc, "钱一鸣") == {("秘书长", "六安市政协")}   # a committee's title: the committee's
    assert posts_of(doc, "王立江") == {("机关党组成员", "六安市政协")}   # no deputy of the office's head


def test_members_added_by_zengxuan_and_ji_as_a_conjunction(tmp_path_factory):
    doc = page(tmp_path_factory, "绥化", "市政协全会\n1月24日，市政协全会举行。会议增选马立孝、张文黎为市政协副主席。"
                                         "县政协委员开展政策宣讲暨界别委员座谈。\n")
    assert posts_of(doc, "马立孝") == posts_of(doc, "张文黎") == {("副主席", "绥化市政协")}
    assert "暨界别" not in doc.persons


def test_a_committee_named_in_full_only_in_its_reports_titles_is_the_pages(tmp_path_factory):
    county = write_and_process(tmp_path_factory, "zhuxi.txt", "7月23日，市政协召开主席会议，市政协主席李克文，副主席"
                               "刘立新出席会议。会议审议了《政协迁安市委员会关于防范金融风险工作的调研报告》。\n")
    assert county.context.place == "迁安市"
    assert posts_of(county, "李克文") == {("主席", "迁安市政协")}
    city = write_and_process(tmp_path_factory, "zhuxi2.txt", "1月13日，市政协召开主席会议。市政协主席赵洪文，副主席"
                             "刘建国出席会议。会议审议了《政协吉林市第十届委员会第二次会议决议》（草案）。\n")
    assert posts_of(city, "赵洪文") == {("主席", "吉林市政协")}


def test_a_new_holder_a_nonparty_figure_and_a_retired_cadre(tmp_path_factory):
    doc = page(tmp_path_factory, "日喀则", "市政协全会\n1月20日，扎西顿珠当选日喀则市政协新一任主席，次仁多吉当选为新一届市政协副主席。市政协委员、无党派人士"
                                           "马立明发言。区政协老干部田宝林参加。\n")
    assert posts_of(doc, "扎西顿珠") == {("主席", "日喀则市政协")}
    assert posts_of(doc, "次仁多吉") == {("副主席", "日喀则市政协")}
    assert posts_of(doc, "马立明") == {("委员", "日喀则市政协")}
    assert "田宝林" in doc.persons and posts_of(doc, "田宝林") == set()


def test_a_name_after_a_word_of_renshi(tmp_path_factory):
    doc = page(tmp_path_factory, "日喀则", "市政协座谈会\n6月1日，市政协召开座谈会。知名人士周海华发言，社会各界人士共同参与。\n")
    assert "周海华" in doc.persons and not {"共同参"} & set(doc.persons)


def test_appointments_by_ren_and_dismissals(tmp_path_factory):
    doc = page(tmp_path_factory, "汉中", "市政协常委会会议\n2月1日，市政协召开常委会会议。会议审议有关人事事项，同意李立娟任"
                                         "政协第九届汉中市委员会经济委员会副主任；黄艳平任政协第九届汉中市委员会提案委员会主任，"
                                         "免去其经济委员会副主任职务；免去郑红梅政协第九届汉中市委员会提案委员会主任职务。\n")
    assert posts_of(doc, "李立娟") == {("副主任", "汉中市政协经济委员会")}
    assert posts_of(doc, "黄艳平") == {("主任", "汉中市政协提案委员会")}
    assert posts_of(doc, "郑红梅") == set()


def test_a_party_department_named_alone_is_no_body_of_the_committee_before_it(tmp_path_factory):
    doc = page(tmp_path_factory, "绥化", "市政协全会\n6月1日，市政协常委张立国、王世成，委员罗跃明参会，统战部副部长刘艺华"
                                         "列席会议。\n")
    assert not any(org.endswith("政协统战部") for _role, org in posts_of(doc, "刘艺华"))
    assert posts_of(doc, "罗跃明") == {("委员", "绥化市政协")}


def test_heads_of_earlier_terms_hold_no_post(tmp_path_factory):
    doc = page(tmp_path_factory, "铜仁", "市政协全会开幕\n1月10日，政协铜仁市五届三次会议开幕。市政协主席龙建华，副主席"
                                         "吴明荣出席。应邀出席的有：三届市政协主席杨文才，四届市政协副主席邓志洲。\n")
    assert posts_of(doc, "龙建华") == {("主席", "铜仁市政协")}
    assert posts_of(doc, "杨文才") == posts_of(doc, "邓志洲") == set()
    assert {"杨文才", "邓志洲"} <= set(doc.persons)


def test_items_under_headings_of_district_names_are_those_districts(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "districts.txt", "● 渝北区 ●\n6月1日，渝北区政协主席李文华调研企业。（张三）\n"
                            "● 长寿区 ●\n6月2日，长寿区政协召开常委会会议，审议通过关于召开区政协十届三次会议的决定。"
                            "区政协主席师文明出席。（李四）\n")
    assert posts_of(doc, "李文华") == {("主席", "重庆市渝北区政协")}
    assert posts_of(doc, "师文明") == {("主席", "重庆市长寿区政协")}


def test_appointed_by_renming_and_reelected_by_lianren(tmp_path_factory):
    doc = page(tmp_path_factory, "汉中", "市政协常委会会议\n1月20日，市政协常委会会议召开。会议决定任命李立新为市政协副秘书长，"
                                         "免去张大海的市政协副秘书长职务。王建华连任市政协主席。会议同意赵明亮担任市政协"
                                         "提案委员会主任。\n")
    assert posts_of(doc, "李立新") == {("副秘书长", "汉中市政协")}
    assert posts_of(doc, "王建华") == {("主席", "汉中市政协")}
    assert posts_of(doc, "赵明亮") == {("主任", "汉中市政协提案委员会")}
    assert posts_of(doc, "张大海") == set()


def test_the_cities_a_delegation_visits_do_not_place_its_own_committee(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "visit.txt", "5月15日至18日，市政协主席章立松率队在陕西省咸阳市、延安市"
                            "调研考察智慧政协工作。市政协党组副书记、副主席尹立军，秘书长钱兴代参加。\n")
    assert posts_of(doc, "尹立军") == {("党组副书记", "市政协"), ("副主席", "市政协")}
    assert posts_of(doc, "章立松") == {("主席", "市政协")}
    assert not any("延安" in org for _role, org in posts_of(doc, "尹立军"))


def test_a_name_jieba_joins_to_the_titles_last_character_before_a_verb(tmp_path_factory):
    doc = page(tmp_path_factory, "六安", "市政协调研\n5月15日，市政协主席孙立国率队调研。市政协副主席王志军，秘书长江兴华参加。\n")
    assert posts_of(doc, "江兴华") == {("秘书长", "六安市政协")}   # jieba: 秘书|长江|兴华


def test_no_name_of_a_common_verb_and_a_given_name_ending_in_he_before_deng(tmp_path_factory):
    doc = page(tmp_path_factory, "铜仁", "老政协人的故事\n2002年11月政协铜仁市委员会成立任委员、常委。历届市政协主要领导"
                                         "唐立安、吴旭明、陆将和等到会。\n")
    assert "成立任" not in doc.persons
    assert {"唐立安", "吴旭明", "陆将和"} <= set(doc.persons) and "陆将" not in doc.persons
