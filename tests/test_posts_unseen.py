"""Persons, organizations and posts as real pages of places the project had not seen write them: member lists
and election results, federations of industry and commerce, national bodies. Each pattern on invented text
(of places other than the samples' and the development set's; the persons are invented).
"""
from __future__ import annotations

from test_extraction import write_and_process
from test_real_pages import page, posts_of


def test_no_verb_before_an_organization_becomes_part_of_its_name(tmp_path_factory):
    doc = page(tmp_path_factory, "衢州", "市工商联换届\n6月1日，市工商联召开会员代表大会，大会选举产生市工商联新一届执委会。"
                                         "市委、市政府高度重视工商联工作，要求发挥好工商联的桥梁作用。"
                                         "市政协在家党组成员参加。方案报市委审定。\n")
    names = set(doc.organizations)
    assert "衢州市工商联" in names
    assert not {n for n in names if any(w in n for w in ("产生", "重视", "好工商联", "在家", "报市委"))}


def test_no_person_in_the_count_of_members_who_should_attend(tmp_path_factory):
    doc = page(tmp_path_factory, "丽水", "市政协全会\n6月1日，市政协全会举行。应出席委员300名，应到280名，实到275名。\n")
    assert not {"应出席", "应到", "应出席委员"} & set(doc.persons)


def test_a_list_of_names_elected_takes_the_post_names_of_rare_surnames_too(tmp_path_factory):
    doc = page(tmp_path_factory, "阿拉善", "盟政协全会选举\n6月1日，经全体委员投票选举，巴图当选为政协阿拉善盟第五届委员会"
                                           "主席；于长江、奇勇、折海、秦月峰当选为政协阿拉善盟第五届委员会副主席；"
                                           "乌日娜、白海龙、雷春燕（女）、额尔敦当选为政协阿拉善盟第五届委员会常务委员。\n")
    for name in ("于长江", "奇勇", "折海", "秦月峰"):
        assert posts_of(doc, name) == {("副主席", "阿拉善盟政协")}
    for name in ("乌日娜", "白海龙", "雷春燕", "额尔敦"):
        assert posts_of(doc, name) == {("常务委员", "阿拉善盟政协")}
    assert not {n for n in doc.persons if "女" in n}


def test_an_election_to_a_federation_of_industry_and_commerce_and_its_chamber(tmp_path_factory):
    doc = page(tmp_path_factory, "漳州", "市工商联换届\n6月1日，市工商联第八次代表大会闭幕。经选举，某某食品集团董事长"
                                         "林海生当选为市工商联（总商会）主席（会长）；吴静（女）当选为市工商联（总商会）"
                                         "常务副主席（副会长），郑为民同志成功当选秘书长。\n")
    assert ("主席", "漳州市工商联") in posts_of(doc, "林海生")
    assert posts_of(doc, "吴静") == {("常务副主席", "漳州市工商联")}
    assert posts_of(doc, "郑为民") == {("秘书长", "漳州市工商联")}


def test_appointments_to_the_special_committees_of_a_committee_named_by_its_term(tmp_path_factory):
    doc = page(tmp_path_factory, "铜陵", "市政协常委会议闭幕\n6月1日，市政协常委会议闭幕。会议决定，政协铜陵市九届委员会设七个"
                                         "专门委员会，胡立新为提案委员会主任，汪海为经济委员会主任，钱文、章敏为文史委副主任。"
                                         "市政协副主席、研究室主任方勇出席。\n")
    assert posts_of(doc, "胡立新") == {("主任", "铜陵市政协提案委员会")}
    assert posts_of(doc, "汪海") == {("主任", "铜陵市政协经济委员会")}
    assert posts_of(doc, "钱文") == posts_of(doc, "章敏") == {("副主任", "铜陵市政协文史委")}


def test_a_city_page_whose_meeting_of_all_county_committees_is_held_in_one_county(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "quanzhou.txt",
                            "泉州新闻网5月8日讯(泉州晚报记者 林某)昨日，全市县(市)区政协主席工作联系会议在晋江召开。"
                            "市政协主席陈海涛，市政协副主席黄立群、苏文彬出席会议。\n会议通报了市政协上半年工作。\n")
    assert doc.context.place == "泉州市"
    assert posts_of(doc, "陈海涛") == {("主席", "泉州市政协")}


def test_the_session_of_a_county_level_citys_committee_named_with_its_term(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "yiwu.txt",
                            "义乌融媒记者报道，1月8日上午，政协义乌市第十届委员会第二次会议开幕。中共金华市委常委、"
                            "义乌市委书记郑立新到会讲话。市政协主席钱国华，市委副书记、市长楼志明在主席台就座。"
                            "钱国华代表政协义乌市第十届委员会常务委员会向大会作工作报告。\n")
    assert doc.context.place == "义乌市"
    assert posts_of(doc, "钱国华") == {("主席", "义乌市政协")}
    assert posts_of(doc, "楼志明") == {("副书记", "中共义乌市委"), ("市长", "义乌市人民政府")}
    assert ("常委", "中共金华市委") in posts_of(doc, "郑立新")


def test_posts_of_national_bodies_named_first_in_the_title_phrase(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "national.txt",
                            "民主党派中央调研\n5月10日，全国人大常委会副委员长、民进中央主席王立平率调研组来到某地。"
                            "国务委员兼公安部部长刘建军，国台办主任宋海洋，中国人民银行副行长钱明出席。"
                            "县民政部门和市财政部门负责人陪同。\n")
    assert posts_of(doc, "王立平") == {("副委员长", "全国人大常委会"), ("主席", "民进中央")}
    assert ("部长", "公安部") in posts_of(doc, "刘建军")
    assert posts_of(doc, "宋海洋") == {("主任", "国台办")}
    assert posts_of(doc, "钱明") == {("副行长", "中国人民银行")}
    assert doc.organizations["中国人民银行"].kind == "GOVERNMENT"
    assert not {"民政部", "财政部"} & set(doc.organizations)


def test_names_of_surnames_that_are_also_words_right_after_a_title(tmp_path_factory):
    doc = page(tmp_path_factory, "日喀则", "市政协全会开幕\n1月6日，市委常委、市政协副主席旦增主持会议。市政协副主席宣立明"
                                           "向大会作工作报告。农工党市委主委夭国庆陪同。\n")
    assert {"旦增", "宣立明", "夭国庆"} <= set(doc.persons)
    assert ("副主席", "日喀则市政协") in posts_of(doc, "宣立明")


def test_a_name_before_shou_of_being_entrusted(tmp_path_factory):
    doc = page(tmp_path_factory, "淮安", "市政协全会开幕\n1月6日，市政协主席吴以明受政协淮安市第九届委员会常务委员会委托"
                                         "向大会报告工作。\n")
    assert posts_of(doc, "吴以明") == {("主席", "淮安市政协")}
    assert "吴以明受" not in doc.persons


def test_on_a_page_of_many_places_the_province_visited_is_the_provinces_committee(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "news.txt",
                            "政协要闻速览\n5月3日至6日，全国政协副主席周某明率调研组赴安徽省开展专题调研。"
                            "省政协主席汪海林陪同调研。\n5月4日，天津市政协召开主席会议，市政协主席钱立群主持。\n"
                            "5月5日，四川省政协组织委员赴成都市、绵阳市视察，四川省政协副主席孙小东参加。\n"
                            "5月6日，四川省政协召开主席会议。\n")
    assert doc.context.place is None
    assert posts_of(doc, "汪海林") == {("主席", "安徽省政协")}
    assert posts_of(doc, "钱立群") == {("主席", "天津市政协")}


def test_the_federation_of_industry_and_commerce_by_its_full_and_short_names_is_one(tmp_path_factory):
    doc = page(tmp_path_factory, "湖州", "市工商联换届\n6月1日，湖州市工商业联合会第九次会员代表大会召开。市工商联党组书记"
                                         "沈建华作工作报告。\n")
    federations = [o for o in doc.organizations.values() if "工商" in o.name]
    assert [o.name for o in federations] == ["湖州市工商联"]
    assert "湖州市工商业联合会" in federations[0].aliases
    assert posts_of(doc, "沈建华") == {("党组书记", "湖州市工商联")}


def test_executive_deputy_heads_of_governments_and_secretaries_general(tmp_path_factory):
    doc = page(tmp_path_factory, "嘉兴", "区政协会议\n6月1日，南湖区常务副区长沈立新，省委常委、常务副省长王志刚，"
                                         "全国政协常务副秘书长李建平出席。\n")
    assert posts_of(doc, "沈立新") == {("常务副区长", "嘉兴市南湖区人民政府")}
    assert ("常务副省长", "浙江省人民政府") in posts_of(doc, "王志刚")
    assert posts_of(doc, "李建平") == {("常务副秘书长", "全国政协")}


def test_a_person_appointed_a_member(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "appointed.txt",
                            "人事消息\n2023年1月17日，某银行原行长高建民被任命为全国政协委员。\n")
    assert posts_of(doc, "高建民") == {("委员", "全国政协")}


def test_a_famous_name_that_runs_on_into_a_longer_name_of_the_page(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "longer.txt",
                            "人事\n3月15日电，某办主任陈云林获任政协港澳台侨委员会主任。会议决定，陈云林为港澳台侨委员会主任。\n")
    assert "陈云林" in doc.persons
    assert "陈云" not in doc.persons


def test_the_speaker_of_a_report_heard_in_a_yearbook_and_generic_federations(tmp_path_factory):
    doc = page(tmp_path_factory, "天水", "县政协历届全体会议\n第一次会议于1984年1月10日举行。听取马会英作的常务委员会工作报告；"
                                         "第二次会议听取赵占虎作的工作报告。县工商联被评为全省五好县级工商联。"
                                         "推进商协会组建，走访当地天水商会。\n")
    assert {"马会英", "赵占虎"} <= set(doc.persons)
    names = set(doc.organizations)
    assert not {n for n in names if n.endswith("级工商联") or "商协会" in n or n.startswith("当地")}


def test_visitors_place_in_the_headline_is_not_the_pages(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "visit.txt",
                            "綦江区政协考察组来足交流\n发布时间：2024-05-12\n5月10日，綦江区政协副主席王立新率考察组"
                            "来我区交流。区政协主席李海明，区政协副主席张华陪同。\n考察组参观了大足石刻博物馆。"
                            "李海明介绍了大足政协的工作。\n")
    assert doc.context.place == "大足区"
    assert posts_of(doc, "李海明") == {("主席", "重庆市大足区政协")}
    assert posts_of(doc, "王立新") == {("副主席", "重庆市綦江区政协")}


def test_names_with_no_title_of_who_investigates_somewhere_and_who_is_relieved(tmp_path_factory):
    doc = page(tmp_path_factory, "海东", "市政协主席会议\n12月16日，市政协召开主席会议。会议传达学习了省委精神，多杰才让在乐都调研时的"
                                         "讲话精神。\n会议通过关于免去周立军市政协副秘书长职务的决定，免去马强、韩梅的市政协委员职务。\n")
    assert {"多杰才让", "周立军", "马强", "韩梅"} <= set(doc.persons)
    assert "周立军市" not in doc.persons
    assert not posts_of(doc, "周立军")   # relieved of it: no post
    doc = page(tmp_path_factory, "撤销", "主席会议\n12月22日，全国政协召开主席会议。会议审议通过关于撤销刘子清政协第十二届"
                                         "全国委员会委员资格的决定，取消赵永明的委员资格。\n")
    assert {"刘子清", "赵永明"} <= set(doc.persons) and not posts_of(doc, "刘子清")


def test_a_bare_vice_chairman_after_a_government_title_is_no_post_of_the_government(tmp_path_factory):
    doc = page(tmp_path_factory, "新余", "县政协常委会议\n9月7日，县政协召开常委会议，县委常委、副县长罗立兵应邀出席会议，"
                                         "副主席钟明主持会议。\n")
    assert not {org for _role, org in posts_of(doc, "钟明") if "政府" in org or "委" in org and "政协" not in org}


def test_a_name_before_deng_tongzhi_leaves_deng_out(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "deng.txt",
                            "人事\n会议通过了免去钱某等同志职务、代平等同志任专门委员会主任的决定。\n")
    assert "代平" in doc.persons and "代平等" not in doc.persons
