"""Posts of long title chains and lists as real pages write them: a surname jieba joins to the title before it,
members named before their title in the list of a joint proposal, a bureau whose name has 和. Each pattern on
invented text (the persons are invented).
"""
from __future__ import annotations

from test_extraction import write_and_process
from test_real_pages import page, posts_of


def test_a_rare_surname_jieba_joins_to_the_title_before_it(tmp_path_factory):
    # 会长寿某: jieba reads 会|长寿|某; the post title still stands before the name
    doc = page(tmp_path_factory, "湖州", "商会座谈\n6月1日，商会座谈会召开。市政协副主席、市工商联主席、市总商会会长"
                                         "寿明华出席。\n")
    assert posts_of(doc, "寿明华") == {("副主席", "湖州市政协"), ("主席", "湖州市工商联"), ("会长", "湖州市总商会")}


def test_members_named_before_their_title_in_a_joint_proposal(tmp_path_factory):
    doc = page(tmp_path_factory, "长兴县", "提案督办\n6月1日，县政协督办重点提案。提案分别由许小芳、胡正鹏、李成明委员联名"
                                           "以及张大民、周新强委员联名提出。\n")
    for name in ("许小芳", "胡正鹏", "李成明", "张大民", "周新强"):
        assert posts_of(doc, name) == {("委员", "长兴县政协")}, name


def test_a_bureau_of_planning_and_natural_resources_keeps_its_whole_name(tmp_path_factory):
    doc = page(tmp_path_factory, "长兴县", "调研\n6月1日，县政协副主席、县规划和自然资源局局长郑明远陪同调研。\n")
    assert posts_of(doc, "郑明远") == {("副主席", "长兴县政协"), ("局长", "长兴县规划和自然资源局")}


def test_a_chain_ending_with_the_leader_of_an_ad_hoc_group_keeps_its_posts(tmp_path_factory):
    # 活动小组组长: the group is no organization, and the verb 活动 opening its name does not end the chain
    doc = page(tmp_path_factory, "嘉兴", "活动\n6月1日，市政协副秘书长、市工商联副主席、市总商会副会长、活动小组组长顾明芳"
                                         "主持会议。\n")
    assert posts_of(doc, "顾明芳") == {("副秘书长", "嘉兴市政协"), ("副主席", "嘉兴市工商联"),
                                      ("副会长", "嘉兴市总商会")}


def test_a_professional_title_after_a_post_does_not_cut_the_chain(tmp_path_factory):
    # 副教授 after 学院副院长、: the college's, so the post before it stays in the phrase
    doc = page(tmp_path_factory, "长春", "考察\n6月1日，九三学社社员、长春新材料学院副院长、副教授、公主岭市政府副市长"
                                         "何建伟介绍了情况。\n")
    assert posts_of(doc, "何建伟") == {("副院长", "长春新材料学院"), ("副市长", "长春市公主岭市人民政府")}


def test_executive_and_standing_deputy_titles_of_chambers_and_companies(tmp_path_factory):
    doc = page(tmp_path_factory, "上海", "座谈\n6月1日，座谈会召开。上海市福建商会执行副会长、鸿达控股集团董事长杨海鸣，"
                                         "恒瑞达能源集团有限公司党委书记、执行董事陈海群，华信通科技股份有限公司常务副总经理"
                                         "林晓东参加。\n")
    assert posts_of(doc, "杨海鸣") == {("执行副会长", "上海市福建商会"), ("董事长", "鸿达控股集团")}
    assert posts_of(doc, "陈海群") == {("党委书记", "恒瑞达能源集团有限公司"), ("执行董事", "恒瑞达能源集团有限公司")}
    assert posts_of(doc, "林晓东") == {("常务副总经理", "华信通科技股份有限公司")}


def test_a_unit_of_a_company_before_a_title_is_no_name(tmp_path_factory):
    doc = page(tmp_path_factory, "上海", "座谈\n6月1日，座谈会召开。社员、上海华景城建公司项目部副总经理、静安更新公司总经理"
                                         "许丽参加。\n")
    assert "项目部" not in doc.persons
    assert posts_of(doc, "许丽") == {("总经理", "静安更新公司")}


def test_a_bare_province_on_a_page_of_a_municipality_is_the_province_its_paragraph_named(tmp_path_factory):
    # a municipality's page never writes its own committees 省: the hosts' province named before is meant
    doc = page(tmp_path_factory, "天津", "考察\n6月1日，市政协副主席王海林一行赴河北省政协学习考察，与省政协副主席、"
                                         "省工商联主席李建成座谈。\n")
    assert posts_of(doc, "王海林") == {("副主席", "天津市政协")}
    assert posts_of(doc, "李建成") == {("副主席", "河北省政协"), ("主席", "河北省工商联")}


def test_a_list_after_with_that_closes_with_its_own_title_is_no_pair_sharing_the_title_before(tmp_path_factory):
    doc = page(tmp_path_factory, "石景山区", "讨论\n1月5日，区委常委、区纪委书记吴海文与高建民、林新华、胡明、赵大平等委员"
                                           "进行了交流。\n")
    assert posts_of(doc, "吴海文") == {("书记", "北京市石景山区纪委"), ("常委", "中共北京市石景山区委")}
    for name in ("高建民", "林新华", "胡明", "赵大平"):
        assert posts_of(doc, name) == {("委员", "北京市石景山区政协")}, name


def test_bodies_of_a_committee_of_a_page_that_names_no_place(tmp_path_factory):
    # a page that never names its county: 县政协经济委 is the 经济委 of its 县政协, as written; 县政协尚某主任
    # after it is that body's head, not the committee's
    doc = write_and_process(tmp_path_factory, "noplace-bodies.txt",
                            "3月24日下午，县政协经济委主任尚明、副主任刘子强莅临恒通建设集团有限公司调研。县政协办公室"
                            "主任王大明、县政协提案委主任李小明参加。县政协尚明主任对企业的成绩给予了肯定。\n"
                            "陈立新、吴海波等政协委员参加座谈。\n")
    assert posts_of(doc, "尚明") == {("主任", "县政协经济委")}
    assert posts_of(doc, "刘子强") == {("副主任", "县政协经济委")}
    assert posts_of(doc, "王大明") == {("主任", "县政协办公室")}
    assert posts_of(doc, "李小明") == {("主任", "县政协提案委")}
    assert posts_of(doc, "陈立新") == posts_of(doc, "吴海波") == {("委员", "县政协")}


def test_bodies_listed_in_a_chain_share_the_title_of_the_last(tmp_path_factory):
    doc = page(tmp_path_factory, "湖州", "会议\n10月17日，市委统战部副部长、市工商联、市总商会党委书记、市工商联副主席、"
                                         "市总商会副会长陈兴华主持会议。\n")
    assert posts_of(doc, "陈兴华") == {("副部长", "湖州市委统战部"), ("党委书记", "湖州市工商联"),
                                      ("党委书记", "湖州市总商会"), ("副主席", "湖州市工商联"),
                                      ("副会长", "湖州市总商会")}


def test_a_body_every_place_has_after_a_body_of_a_place_is_that_places(tmp_path_factory):
    # 人大常委会 after 自治区党委书记、: the region's, not the page's city's
    doc = page(tmp_path_factory, "赤峰", "考察\n6月1日，自治区党委书记、人大常委会主任石海峰，宁城县委书记、人大常委会主任"
                                         "李建成出席。\n")
    assert posts_of(doc, "石海峰") == {("书记", "内蒙古自治区党委"), ("主任", "内蒙古自治区人大常委会")}
    assert posts_of(doc, "李建成") == {("书记", "中共赤峰市宁城县委"), ("主任", "赤峰市宁城县人大常委会")}


def test_a_county_government_is_no_short_name_of_a_towns(tmp_path_factory):
    doc = page(tmp_path_factory, "宁城县", "考察\n6月1日，大城子镇党委书记、政府镇长王海林，县委副书记、政府县长李建成出席。\n")
    assert posts_of(doc, "王海林") == {("书记", "宁城县大城子镇党委"), ("镇长", "宁城县大城子镇人民政府")}
    assert posts_of(doc, "李建成") == {("副书记", "中共宁城县委"), ("县长", "宁城县人民政府")}


def test_a_list_of_deputies_with_notes_of_how_they_hold_the_post(tmp_path_factory):
    doc = page(tmp_path_factory, "泉州", "台盟市委会简介\n目前，台盟泉州市委会主委郑建林，副主委江国华（兼职）、甘海明（专职）、"
                                         "黄晓波（兼职），秘书长兼办公室主任粘少玲。\n")
    for name in ("江国华", "甘海明", "黄晓波"):
        assert posts_of(doc, name) == {("副主委", "台盟泉州市委会")}, name
    assert ("秘书长", "台盟泉州市委会") in posts_of(doc, "粘少玲")


def test_a_company_named_after_its_line_of_business_keeps_its_whole_name(tmp_path_factory):
    # 建设 is a stop word of the left scan (建设美丽乡村), but not before a company's head
    # (and 联系, a verb before the company a member keeps in touch with, is none of its name)
    doc = page(tmp_path_factory, "遂宁", "调研\n3月24日，市政协领导莅临四川恒昊建设集团有限公司调研。公司董事长苏明出席。"
                                         "孟海民委员在联系华泰建设开发有限公司时帮助企业解决困难。\n")
    assert posts_of(doc, "苏明") == {("董事长", "四川恒昊建设集团有限公司")}
    assert "华泰建设开发有限公司" in doc.organizations
    assert not [n for n in doc.organizations if n.startswith("联系")]


def test_a_group_named_short_is_the_company_named_in_full(tmp_path_factory):
    doc = page(tmp_path_factory, "遂宁", "调研\n3月24日，市政协领导莅临四川恒昊建设集团有限公司调研。公司董事长苏明介绍情况。"
                                         "调研组肯定了恒昊集团的发展成绩。公司总经理陈海波出席。\n")
    assert posts_of(doc, "苏明") == {("董事长", "四川恒昊建设集团有限公司")}
    assert posts_of(doc, "陈海波") == {("总经理", "四川恒昊建设集团有限公司")}
    assert "恒昊集团" in doc.organizations["四川恒昊建设集团有限公司"].aliases


def test_the_head_of_an_earthquake_station(tmp_path_factory):
    doc = page(tmp_path_factory, "临沂", "大会\n10月29日，民建临沂市委主委、临沂市地震台台长庄海元致贺词。\n")
    assert posts_of(doc, "庄海元") == {("主委", "民建临沂市委"), ("台长", "临沂市地震台")}


def test_a_party_title_after_a_towns_head_is_of_the_towns_party_committee(tmp_path_factory):
    doc = page(tmp_path_factory, "利辛县", "调研\n4月30日，县委书记张明调研，中疃镇党委书记张才，镇长高明华，副书记杜海伟陪同。\n")
    assert posts_of(doc, "高明华") == {("镇长", "利辛县中疃镇人民政府")}
    assert posts_of(doc, "杜海伟") == {("副书记", "利辛县中疃镇党委")}


def test_a_towns_bodies_written_by_their_bare_level_are_the_town_the_article_went_to(tmp_path_factory):
    doc = page(tmp_path_factory, "利辛县", "调研\n4月30日，县政协主席张明到中疃镇调研，镇党委副书记、镇长高明华，镇党委委员"
                                           "杜海伟陪同。\n")
    assert posts_of(doc, "高明华") == {("副书记", "利辛县中疃镇党委"), ("镇长", "利辛县中疃镇人民政府")}
    assert posts_of(doc, "杜海伟") == {("委员", "利辛县中疃镇党委")}
    # no town in 到各乡镇 or 在全县乡村: the bare 镇党委 stays as it was
    doc = page(tmp_path_factory, "利辛县", "调研\n4月30日，县政协主席张明到各乡镇调研，镇党委书记张海才陪同。\n", "towns2.txt")
    assert not [o for _r, o in posts_of(doc, "张海才") if "各乡" in o]


def test_every_titled_name_of_a_list_before_as_member_is_a_member(tmp_path_factory):
    doc = page(tmp_path_factory, "株洲", "闭幕\n1月7日，市政协会议闭幕。泌尿外科主任皮海煌、呼吸内科主任刘和明、ICU主任肖志伟作为"
                                         "市政协委员出席会议。\n")
    for name in ("皮海煌", "刘和明", "肖志伟"):
        assert ("委员", "株洲市政协") in posts_of(doc, name), name


def test_the_titles_of_a_profile_line_after_the_name_and_gender(tmp_path_factory):
    doc = page(tmp_path_factory, "武汉", "代表委员简介\n与会代表委员简介：\n徐海东，男，全国政协委员、武汉市政协副主席、"
                                         "致公党武汉市委主委，生命科学学院教授。\n")
    assert posts_of(doc, "徐海东") == {("委员", "全国政协"), ("副主席", "武汉市政协"), ("主委", "致公党武汉市委")}


def test_bare_bodies_after_another_county_of_the_province_named_in_the_sentence_are_that_countys(tmp_path_factory):
    # an item of a 西平县 page on 平舆县: its 县委 and 县政协 are 平舆县's, not the page's
    doc = page(tmp_path_factory, "西平县", "调研\n3月23日，省政协副主席张明宇到平舆县调研。平舆县委书记张怀明，县委副书记、"
                                           "县长赵海峰，县政协主席石玉强参加调研。\n")
    # (a sibling county on a county's page is named on its own: kg/scopes.py)
    assert posts_of(doc, "赵海峰") == {("副书记", "中共平舆县委"), ("县长", "平舆县人民政府")}
    assert posts_of(doc, "石玉强") == {("主席", "平舆县政协")}


def test_a_members_title_after_a_name_with_a_title_phrase_of_its_own(tmp_path_factory):
    doc = page(tmp_path_factory, "柳州", "走访委员\n11月14日上午，市政协主席陈虹走访了恒达汽车配件有限公司董事长刘海凯委员。\n")
    assert posts_of(doc, "刘海凯") == {("董事长", "恒达汽车配件有限公司"), ("委员", "柳州市政协")}


def test_a_member_named_before_keeps_his_committee_when_his_title_comes_after_his_name_again(tmp_path_factory):
    # 城市与环境科学学院: a college named with 与 keeps the chain whole, so the member's own committee is read first
    doc = page(tmp_path_factory, "通山县", "调研\n7月20日，全国政协委员、华中师范大学城市与环境科学学院教授龚海生带领调研组"
                                           "到九宫山镇调研。调研组组长龚海生委员提出建议。\n")
    assert posts_of(doc, "龚海生") == {("委员", "全国政协"), ("教授", "华中师范大学城市与环境科学学院")}


def test_a_schools_party_committee_named_by_its_short_name(tmp_path_factory):
    doc = page(tmp_path_factory, "济南", "调研\n随后，调研组来到山东新华医学院实地调研。校党委副书记刘思明陪同调研。\n")
    assert posts_of(doc, "刘思明") == {("党委副书记", "山东新华医学院")}
    # an academy whose name ends like a college's is no school (中国科学院院士)
    doc = page(tmp_path_factory, "宁波", "调研\n4月18日，调研组到访宁波海天大学。校长、中国科学院院士蔡海根，校党委副书记"
                                         "冯海杰陪同。\n", "academy.txt")
    assert posts_of(doc, "冯海杰") == {("党委副书记", "宁波海天大学")}


def test_two_titles_of_a_school_joined_by_jian_are_two_posts_of_one_name(tmp_path_factory):
    # 教育长 (a military academy's) and 教务长 (a university's) are posts; 兼 joins two titles of one person
    doc = page(tmp_path_factory, "湖州", "座谈会\n6月1日，座谈会召开。国防科技大学副校长兼教育长石立军出席会议，"
                                         "浙江大学副校长兼教务长钟明华参加。\n")
    assert posts_of(doc, "石立军") == {("副校长", "国防科技大学"), ("教育长", "国防科技大学")}
    assert posts_of(doc, "钟明华") == {("副校长", "浙江大学"), ("教务长", "浙江大学")}
