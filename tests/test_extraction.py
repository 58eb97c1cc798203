"""Persons, organizations and posts read by kg.pipeline.process from small synthetic bulletins.

All names, events and companies are invented. The bulletins come from several provinces on purpose (平凉
in 甘肃, 赤峰 in 内蒙古, 盐城 in 江苏) so that the tests show rules, not memorised samples. Each bulletin
has a table of contents, as real ones do, so that its masthead gives the bulletin's place; each is
processed once per module.
"""
from __future__ import annotations

import pytest

from kg.pipeline import process

PINGLIANG = """\
平凉政协工作动态

第3期

平凉市政协办公室

2022年3月10日

【协商议政】
政协平凉市委员会召开专题协商会……（2）
市政协副主席何建军带队调研乡村振兴……（3）
【县区政协】
崆峒区政协开展提案办理民主监督……（4）

【协商议政】

政协平凉市委员会召开专题协商会
3月8日，政协平凉市委员会召开专题协商会，围绕“推动工业经济高质量发展”协商议政。市政协党组副书记、主席王建国主持会议，市委副书记、市长刘志强，市委副书记、政法委书记陈立新出席会议。市政协副主席马玉成、李淑芳、张振华参加会议。
市政协党组书记赵文华，副主席孙丽娟作交流发言。市工信局、相关部门负责同志汇报了有关工作，各民主党派负责人列席会议。会议强调，要深入学习贯彻习近平总书记重要讲话精神。

市政协主席何建军带队调研乡村振兴
3月9日，市政协副主席何建军带领调研组到金泰（平凉）科技有限公司调研。公司董事长周晓明介绍了企业生产经营情况，公司总经理吴海涛汇报了技术改造项目进展。调研组还走访了村民李大爷家。

【县区政协】

崆峒区政协开展提案办理民主监督
3月9日，崆峒区政协组织委员对崆峒区政府办公室、发改委、财政局办理提案情况开展民主监督。崆峒区政协主席梁志军主持座谈会。江苏响水县政协主席钱国富一行参加座谈。
"""

CHIFENG = """\
赤峰政协工作动态

第2期

赤峰市政协办公室

2023年4月12日

【调查研究】
市政协主席巴图朝鲁深入企业调研……（2）
市政协召开重点提案督办会……（3）
【机关建设】
市政协机关开展主题党日活动……（4）

【调查研究】

市政协主席巴图朝鲁深入企业调研
4月10日，市政协主席巴图朝鲁带队深入企业调研，市政协副主席苏雅勒其其格、刘明远陪同。巴图朝鲁主持召开座谈会，听取企业意见建议。金宝矿业（赤峰）有限公司董事长孙建华，公司总经理乌力吉介绍了生产情况。

市政协召开重点提案督办会
4月11日，市政协召开重点提案督办会。市委副书记、市长孟繁华出席会议并讲话，市政协秘书长刘伟主持会议。
"""

YANCHENG = """\
盐城政协工作动态

第6期

盐城市政协办公室

2021年9月30日

【基层协商】
响水县政协开展“有事好商量”协商议事……（2）
滨海县政协召开主席会议……（3）
市政协调研组赴射阳县调研……（4）

【基层协商】

响水县政协开展“有事好商量”协商议事
9月26日，响水县政协主席钱国富主持“有事好商量”协商议事会，市政协副主席顾红星出席。
"""


def write_and_process(tmp_path_factory, name: str, text: str):
    path = tmp_path_factory.mktemp("bulletins") / name
    path.write_text(text, encoding="utf-8")
    return process(path)


def bulletin(name: str, text: str):
    """A module-scoped fixture: the bulletin text written to a file of this name and processed once."""
    @pytest.fixture(scope="module")
    def processed(tmp_path_factory):
        return write_and_process(tmp_path_factory, name, text)
    return processed


pingliang = bulletin("pingliang-2022-03.txt", PINGLIANG)
chifeng = bulletin("chifeng-2023-02.txt", CHIFENG)
yancheng = bulletin("yancheng-2021-06.txt", YANCHENG)


def posts_of(doc, person: str) -> set[tuple[str, str]]:
    return {(p.role, p.org) for p in doc.posts if p.person == person}


def org_by_surface(doc, surface: str):
    """The organizations the mentions with this exact surface were read as."""
    return {m.org for m in doc.org_mentions if m.surface == surface}


def all_org_words(doc) -> set[str]:
    return set(doc.organizations) | {a for o in doc.organizations.values() for a in o.aliases}


# ---------------------------------------------------------------- the bulletins' places (a precondition)

def test_contexts(pingliang, chifeng, yancheng):
    assert (pingliang.context.place, pingliang.context.province, pingliang.context.date) == \
        ("平凉市", "甘肃省", "2022-03-10")
    assert (chifeng.context.place, chifeng.context.province, chifeng.context.date) == \
        ("赤峰市", "内蒙古自治区", "2023-04-12")
    assert (yancheng.context.place, yancheng.context.province, yancheng.context.date) == \
        ("盐城市", "江苏省", "2021-09-30")


# ---------------------------------------------------------------- persons

def test_persons_of_a_bulletin(pingliang):
    # every full name the articles give, each once; nothing from the table of contents, no 李大爷
    assert set(pingliang.persons) == {
        "王建国", "刘志强", "陈立新", "马玉成", "李淑芳", "张振华", "赵文华", "孙丽娟", "何建军",
        "周晓明", "吴海涛", "梁志军", "钱国富", "习近平"}


def test_surname_with_honorific_is_not_a_person(pingliang):
    assert "李大爷" in pingliang.text
    assert not any(name.startswith("李大") for name in pingliang.persons)


def test_name_is_cut_at_the_verb_after_it(pingliang, chifeng):
    # 王建国主持会议, 梁志军主持座谈会, 巴图朝鲁主持召开, 刘伟主持会议, 乌力吉介绍
    for doc, name in ((pingliang, "王建国"), (pingliang, "梁志军"), (chifeng, "巴图朝鲁"),
                      (chifeng, "刘伟"), (chifeng, "乌力吉"), (chifeng, "孟繁华")):
        assert name in doc.persons
        assert not any(other != name and other.startswith(name) for other in doc.persons), name
    assert posts_of(chifeng, "刘伟") == {("秘书长", "赤峰市政协")}


def test_mongolian_names_after_a_title(chifeng):
    assert {"巴图朝鲁", "苏雅勒其其格", "乌力吉"} <= set(chifeng.persons)
    assert not any(n in chifeng.persons for n in ("巴图", "苏雅勒", "苏雅勒其其"))
    assert posts_of(chifeng, "巴图朝鲁") == {("主席", "赤峰市政协")}
    # a transliterated name heads a 、-list that goes on with a Han name
    assert posts_of(chifeng, "苏雅勒其其格") == {("副主席", "赤峰市政协")}
    assert posts_of(chifeng, "刘明远") == {("副主席", "赤峰市政协")}


def test_person_anchors_are_places(pingliang):
    assert pingliang.persons["王建国"] == "平凉市"
    assert pingliang.persons["钱国富"] == "响水县"   # holds a post in another province's county


# ---------------------------------------------------------------- posts

def test_compound_title_gives_two_posts(pingliang):
    assert posts_of(pingliang, "王建国") == {("党组副书记", "平凉市政协"), ("主席", "平凉市政协")}


def test_shared_rank_distributes_over_a_list(pingliang):
    for name in ("马玉成", "李淑芳", "张振华"):
        assert posts_of(pingliang, name) == {("副主席", "平凉市政协")}, name


def test_organization_inherited_after_a_comma(pingliang):
    # 市政协党组书记赵文华，副主席孙丽娟: the second title has no organization words of its own
    assert posts_of(pingliang, "赵文华") == {("党组书记", "平凉市政协")}
    assert posts_of(pingliang, "孙丽娟") == {("副主席", "平凉市政协")}


def test_party_deputy_secretary_and_mayor(chifeng):
    assert posts_of(chifeng, "孟繁华") == {("副书记", "中共赤峰市委"), ("市长", "赤峰市人民政府")}
    assert chifeng.organizations["中共赤峰市委"].kind == "PARTY"
    assert "市委" in chifeng.organizations["中共赤峰市委"].aliases
    assert chifeng.organizations["赤峰市人民政府"].kind == "GOVERNMENT"


def test_mayor_implies_the_city_government(pingliang):
    assert ("市长", "平凉市人民政府") in posts_of(pingliang, "刘志强")
    assert pingliang.organizations["平凉市人民政府"].kind == "GOVERNMENT"


def test_party_committee_beside_its_politics_and_law_commission(pingliang):
    assert posts_of(pingliang, "刘志强") == {("副书记", "中共平凉市委"), ("市长", "平凉市人民政府")}
    assert posts_of(pingliang, "陈立新") == {("副书记", "中共平凉市委"), ("书记", "平凉市委政法委")}
    committee = pingliang.organizations["中共平凉市委"]
    commission = pingliang.organizations["平凉市委政法委"]
    assert committee.kind == commission.kind == "PARTY"
    assert commission.parent == "中共平凉市委"
    assert "市委" in committee.aliases and "市委" not in commission.aliases


def test_company_head_and_anaphoric_company(pingliang, chifeng):
    assert posts_of(pingliang, "周晓明") == {("董事长", "金泰(平凉)科技有限公司")}
    assert posts_of(pingliang, "吴海涛") == {("总经理", "金泰(平凉)科技有限公司")}   # 公司总经理
    assert posts_of(chifeng, "孙建华") == {("董事长", "金宝矿业(赤峰)有限公司")}
    assert posts_of(chifeng, "乌力吉") == {("总经理", "金宝矿业(赤峰)有限公司")}
    assert "公司" not in pingliang.organizations and "公司" not in chifeng.organizations


def test_general_secretary_after_the_name(pingliang):
    assert "习近平" in pingliang.persons
    assert posts_of(pingliang, "习近平") == {("总书记", "中共中央")}
    assert pingliang.organizations["中共中央"].kind == "PARTY"


def test_headline_title_gives_way_to_the_body(pingliang):
    # the headline says 市政协主席何建军, the body 市政协副主席何建军
    assert "市政协主席何建军" in pingliang.text
    assert posts_of(pingliang, "何建军") == {("副主席", "平凉市政协")}


def test_headline_and_body_agreeing_keep_the_post(chifeng):
    assert any(p.person == "巴图朝鲁" and p.role == "主席" and not p.headline for p in chifeng.posts)


def test_posts_in_a_county_committee(pingliang):
    assert posts_of(pingliang, "梁志军") == {("主席", "平凉市崆峒区政协")}


# ---------------------------------------------------------------- organizations

def test_bare_references_take_the_bulletin_place(pingliang):
    city = pingliang.organizations["平凉市政协"]
    assert city.kind == "CPPCC"
    assert {"市政协", "平凉市政协"} <= city.aliases
    county = pingliang.organizations["平凉市崆峒区政协"]
    assert county.kind == "CPPCC"
    assert "崆峒区政协" in county.aliases
    assert org_by_surface(pingliang, "市政协") == {"平凉市政协"}
    assert org_by_surface(pingliang, "崆峒区政协") == {"平凉市崆峒区政协"}
    assert "市政协" not in pingliang.organizations and "崆峒区政协" not in pingliang.organizations


def test_bare_government_department(pingliang):
    org = pingliang.organizations["平凉市工信局"]
    assert org.kind == "GOVERNMENT" and "市工信局" in org.aliases
    assert org_by_surface(pingliang, "市工信局") == {"平凉市工信局"}


def test_full_cppcc_name_is_an_alias(pingliang):
    assert "政协平凉市委员会" in pingliang.organizations["平凉市政协"].aliases
    assert org_by_surface(pingliang, "政协平凉市委员会") == {"平凉市政协"}
    assert "政协平凉市委员会" not in pingliang.organizations


def test_company_name_with_brackets_is_kept_whole(pingliang, chifeng):
    company = pingliang.organizations["金泰(平凉)科技有限公司"]
    assert company.kind == "COMPANY"
    assert chifeng.organizations["金宝矿业(赤峰)有限公司"].kind == "COMPANY"
    # no fragment of it is an organization of its own
    assert not any(name in pingliang.organizations for name in ("金泰科技有限公司", "科技有限公司", "平凉科技有限公司"))
    assert not any("金泰" in name for name in pingliang.organizations if name != "金泰(平凉)科技有限公司")


def test_list_items_share_the_place_prefix(pingliang):
    office = pingliang.organizations["平凉市崆峒区人民政府办公室"]
    assert office.kind == "GOVERNMENT" and "崆峒区政府办公室" in office.aliases
    assert pingliang.organizations["平凉市崆峒区财政局"].kind == "GOVERNMENT"
    assert "财政局" not in pingliang.organizations


def test_bare_head_word_in_a_list_shares_the_prefix(pingliang):
    org = pingliang.organizations["平凉市崆峒区发改委"]
    assert org.kind == "GOVERNMENT" and "发改委" in org.aliases


def test_generic_references_are_not_organizations(pingliang):
    words = all_org_words(pingliang)
    for generic in ("相关部门", "各民主党派", "民主党派", "调研组", "部门"):
        assert generic in pingliang.text
        assert not any(w.endswith(generic) for w in words), generic


def test_county_of_another_province_keeps_its_own_name(pingliang):
    org = pingliang.organizations["响水县政协"]
    assert org.kind == "CPPCC"
    assert "江苏响水县政协" in org.aliases
    assert posts_of(pingliang, "钱国富") == {("主席", "响水县政协")}
    assert not any("响水" in name for name in pingliang.organizations if name != "响水县政协")


def test_county_of_the_bulletin_city_carries_the_city_name(yancheng):
    assert posts_of(yancheng, "钱国富") == {("主席", "盐城市响水县政协")}
    assert yancheng.organizations["盐城市响水县政协"].kind == "CPPCC"
    assert posts_of(yancheng, "顾红星") == {("副主席", "盐城市政协")}
    assert set(yancheng.persons) == {"钱国富", "顾红星"}


# ---------------------------------------------------------------- lists of bodies (a bulletin from 四川)

def masthead(city: str, issue: int, date: str) -> str:
    """The lines a bulletin opens with: title, issue, the office that edits it, the date."""
    return f"{city}政协工作动态\n\n第{issue}期\n\n{city}市政协办公室\n\n{date}\n\n"


DEYANG = masthead("德阳", 4, "2023年5月20日") + """\
【县区政协】
中江县政协召开生态项目专题协商会……（2）
市政协完善委员服务机构……（3）
广汉市政协开展民生实事监督……（4）

【县区政协】

中江县政协召开生态项目专题协商会
5月16日，中江县政协召开生态项目专题协商会。县政协党组书记、主席林德明主持会议。县政协办、发改委、财政局、工商联、德阳市生态环境局中江分局、水务局、林业和草原局等部门负责人参加会议。会后，林德明带队走访了凯江镇党委政府和石板村党支部，双凤中心社区党工委书记陈建华陪同。小区保洁由环卫所负责，改造资金由村委会向管委会申报。

【机关建设】

市政协完善委员服务机构
5月17日，市政协主席会议审议通过机构设置方案，新设市政协委员学习和联络工作委员会、市政协宣传中心、委员服务中心。市政协及其常委会要发挥政协各专门委员会的作用。会议邀请省政协办公厅信息调研处处长郑晓峰作辅导。省委书记对这项工作作出批示。委员们专程到林业局了解情况。市政协党组成员、主席会议成员分别联系专门委员会。市政协机关纪委开展廉政教育，市委有关负责同志出席，各市县区党委负责同志参加。

广汉市政协开展民生实事监督
5月18日，广汉市政协组织委员对老旧小区改造开展民主监督。居民说，多亏了市政协委员帮忙协商。
"""


deyang = bulletin("deyang-2023-05.txt", DEYANG)


def test_list_items_take_the_prefix_of_the_first_item(deyang):
    # 县政协办、发改委、财政局、工商联、德阳市生态环境局中江分局、水务局: every item is the county's, also
    # after an item that names a city body of its own
    for body in ("发改委", "财政局", "工商联", "水务局", "林业和草原局"):
        assert org_by_surface(deyang, body) == {"德阳市中江县" + body}, body
    assert deyang.organizations["德阳市中江县发改委"].kind == "GOVERNMENT"
    assert deyang.organizations["德阳市中江县工商联"].kind == "MASS_ORG"
    assert "德阳市生态环境局中江分局" in deyang.organizations
    assert not any(name in deyang.organizations for name in ("德阳市水务局", "德阳市发改委", "德阳市工商联"))


def test_shortened_committee_office_in_a_list(deyang):
    assert org_by_surface(deyang, "县政协办") == {"德阳市中江县政协办公室"}
    assert deyang.organizations["德阳市中江县政协办公室"].kind == "CPPCC_BODY"


def test_list_items_after_a_body_share_its_parent(deyang):
    # 市政协宣传中心、委员服务中心: the second body is the city committee's as well
    assert org_by_surface(deyang, "委员服务中心") == {"德阳市政协委员服务中心"}
    assert deyang.organizations["德阳市政协委员服务中心"].kind == "CPPCC_BODY"
    assert deyang.organizations["德阳市政协委员服务中心"].parent == "德阳市政协"


def test_committee_name_starting_like_a_title(deyang):
    # 市政协委员学习和联络工作委员会 begins with the title 委员 but is a body, not a member
    org = deyang.organizations["德阳市政协委员学习和联络工作委员会"]
    assert org.kind == "CPPCC_BODY"


def test_body_after_ji_qi_belongs_to_the_organization_before(deyang):
    # 市政协及其常委会: the standing committee of the city committee
    assert org_by_surface(deyang, "常委会") == {"德阳市政协常委会"}
    assert deyang.organizations["德阳市政协常委会"].kind == "CPPCC_BODY"


def test_each_of_a_kind_is_no_organization(deyang):
    assert "政协各专门委员会" in deyang.text
    assert not any("各" in name for name in all_org_words(deyang))


def test_verb_word_before_a_unit_head_is_part_of_the_name(deyang):
    # 调研 is a stop word (赴…调研), but in 信息调研处 it names the unit
    assert posts_of(deyang, "郑晓峰") == {("处长", "四川省政协办公厅信息调研处")}
    assert deyang.organizations["四川省政协办公厅信息调研处"].kind == "CPPCC_BODY"


def test_party_committee_before_secretary_in_one_word(deyang):
    # jieba keeps 省委书记 as one word; the committee is still named
    assert org_by_surface(deyang, "省委") == {"中共四川省委"}
    assert deyang.organizations["中共四川省委"].kind == "PARTY"


def test_run_together_stop_words_do_not_start_a_name(deyang):
    # 专程到 is one jieba word made of the stop words 专程 and 到
    assert org_by_surface(deyang, "林业局") == {"德阳市林业局"}
    assert not any("专程" in name for name in all_org_words(deyang))


def test_county_level_city_carries_the_bulletin_prefecture(deyang):
    # 广汉市 is a county-level city of 德阳: in a 德阳 bulletin it carries its prefecture like a county
    # (德阳市广汉市政协, as the gold of real pages names 嘉兴市平湖市政协); in its article a bare 市政协 is its own
    org = deyang.organizations["德阳市广汉市政协"]
    assert org.kind == "CPPCC" and "广汉市政协" in org.aliases
    assert org_by_surface(deyang, "广汉市政协") == {"德阳市广汉市政协"}
    last = deyang.articles[-1]
    assert {m.org for m in deyang.org_mentions if m.surface == "市政协" and m.start >= last.start} == {"德阳市广汉市政协"}


LIANGSHAN = """\
凉山州政协工作动态

第2期

凉山州政协办公室

2023年6月8日

【基层协商】
“微协商”解决小区难题……（2）
州政协召开主席会议……（3）
州政协委员开展视察……（4）

【基层协商】

“微协商”解决小区难题
走进西昌市安宁小区，这个老旧小区换了样。
“多亏了市政协委员帮忙协商。”居民高兴地说。州政协主席吉克阿木出席活动。
"""


liangshan = bulletin("liangshan-2023-06.txt", LIANGSHAN)


def test_bare_city_in_an_autonomous_prefecture_is_the_city_named_before(liangshan):
    # 凉山彝族自治州 is no city: 市政协 after 西昌市 is (凉山州)西昌市政协; 州政协 is the prefecture's, named
    # by its short name as bulletins name its bodies
    assert liangshan.context.place == "凉山彝族自治州"
    assert org_by_surface(liangshan, "市政协") == {"凉山州西昌市政协"}
    assert liangshan.organizations["凉山州西昌市政协"].kind == "CPPCC"
    assert posts_of(liangshan, "吉克阿木") == {("主席", "凉山州政协")}


def test_party_committee_and_government_of_a_town(deyang):
    # 凯江镇党委政府: the town's Party committee and its government, both in the article's county
    assert org_by_surface(deyang, "凯江镇党委") == {"中江县凯江镇党委"}
    assert org_by_surface(deyang, "政府") == {"中江县凯江镇政府"}
    assert deyang.organizations["中江县凯江镇政府"].kind == "GOVERNMENT"


def test_village_body_keeps_its_name(deyang):
    # a village sits in a town the text does not name: its body is not qualified by the county
    assert org_by_surface(deyang, "石板村党支部") == {"石板村党支部"}
    assert deyang.organizations["石板村党支部"].kind == "PARTY"


# ---------------------------------------------------------------- mastheads and datelines (陕西, 四川)

BAOJI_NO_TOC = """\
宝鸡政协工作动态

总第112期

2024年1月8日

市政协召开提案工作座谈会
1月5日，市政协召开提案工作座谈会，市政协副主席赵立新主持会议。
"""

SICHUAN_DAILY = """\
四川日报

2023年9月12日

绵阳：委员助力科技城建设
本报绵阳讯（记者 陈曦）9月10日，市政协主席周永明带队调研科技城建设，市科技局负责同志陪同。
"""


baoji = bulletin("baoji-2024-01.txt", BAOJI_NO_TOC)
sichuan_daily = bulletin("sichuan-daily-2023-09-12.txt", SICHUAN_DAILY)


def test_masthead_without_table_of_contents(baoji):
    # the title, issue and date lines are the masthead, not part of the first headline
    assert (baoji.context.place, baoji.context.province, baoji.context.date) == ("宝鸡市", "陕西省", "2024-01-08")
    assert [a.title for a in baoji.articles] == ["市政协召开提案工作座谈会"]
    assert posts_of(baoji, "赵立新") == {("副主席", "宝鸡市政协")}


def test_dateline_gives_the_article_place(sichuan_daily):
    # the headline names no body; the dateline 本报绵阳讯 says whose 市政协 and 市科技局 these are
    assert sichuan_daily.articles[0].place in ("绵阳", "绵阳市")
    assert org_by_surface(sichuan_daily, "市科技局") == {"绵阳市科技局"}
    assert org_by_surface(sichuan_daily, "市政协") == {"绵阳市政协"}


def test_working_committee_of_a_community_takes_the_county(deyang):
    # a 党工委 is sent by the county: 双凤中心社区党工委 is the county's, unlike a village's own 党支部
    assert org_by_surface(deyang, "双凤中心社区党工委") == {"中江县双凤中心社区党工委"}


def test_head_word_alone_that_names_one_local_body(deyang):
    # 环卫所 alone is the county's sanitation station; 村委会 and 管委会 alone name no particular body
    assert org_by_surface(deyang, "环卫所") == {"德阳市中江县环卫所"}
    assert deyang.organizations["德阳市中江县环卫所"].kind == "GOVERNMENT"
    assert not org_by_surface(deyang, "村委会") and not org_by_surface(deyang, "管委会")


def test_party_group_named_before_titles_without_a_name(deyang):
    # 市政协党组成员、主席会议成员: no name follows, so the 党组 itself is named (with a name after it, 党组书记
    # is a post in the committee)
    assert org_by_surface(deyang, "市政协党组") == {"德阳市政协党组"}
    assert deyang.organizations["德阳市政协党组"].kind == "PARTY"


def test_party_committee_is_no_short_name_of_a_body_inside_the_cppcc(deyang):
    # 德阳市委 and 德阳市政协机关纪委 share place and last character; the committee stays itself
    assert org_by_surface(deyang, "市委") == {"中共德阳市委"}
    assert org_by_surface(deyang, "市政协机关纪委") == {"德阳市政协机关纪委"}


def test_committees_of_several_levels_are_no_organization(deyang):
    assert "各市县区党委" in deyang.text
    assert not any("县区" in name for name in all_org_words(deyang))


HANZHONG_NO_HEADLINE = """\
汉中日报

2023年7月14日

本报汉中讯 近日，市政协组织委员赴南郑区开展调研，市政协副主席冯晓军带队。
"""

hanzhong = bulletin("hanzhong-2023-07-14.txt", HANZHONG_NO_HEADLINE)


def test_masthead_before_a_body_without_headline(hanzhong):
    # title and date, then the body at once: the date is the issue's, and no headline is made of the masthead
    assert hanzhong.context.date == "2023-07-14"
    assert not any("汉中日报" in a.title for a in hanzhong.articles)
    assert posts_of(hanzhong, "冯晓军") == {("副主席", "汉中市政协")}


# ---------------------------------------------------------------- short forms of far-away counties (内蒙古)

WUHAI = masthead("乌海", 2, "2023年6月20日") + """\
市政协委员走进社区
6月18日，调研组来到南华社区居委会调研，南华社区居委会主任王丽介绍了情况。达茂旗政协主席巴图参加调研。
"""

wuhai = bulletin("wuhai-2023-06.txt", WUHAI)


def test_short_form_of_a_far_away_county_is_a_word(wuhai):
    # 南华 is the short form of 南华县 in 云南: in a 内蒙古 bulletin 南华社区 is a community's name
    assert wuhai.organizations["南华社区居委会"].place is None


def test_short_form_of_a_county_of_the_province_is_a_place(wuhai):
    # 达茂旗 (达尔罕茂明安联合旗) is in 内蒙古: its short form still names the place
    assert any(o.place == "达尔罕茂明安联合旗" for o in wuhai.organizations.values() if o.kind == "CPPCC")


# ---------------------------------------------------------------- Uyghur and Tibetan names (新疆, 西藏)

YILI = """\
伊犁政协工作动态

第5期

伊犁州政协办公室

2023年7月5日

州政协调研团结工作
7月3日，州政协副主席艾尔肯·吐尔逊带队调研，州政协委员阿不都热依木·买买提、古丽米拉·艾买提参加调研。
"""

SHANNAN = masthead("山南", 3, "2023年8月2日") + """\
市政协视察教育工作
7月30日，市政协副主席格桑卓嘎、罗布顿珠，委员索朗旺堆视察教育工作。
"""

yili = bulletin("yili-2023-07.txt", YILI)
shannan = bulletin("shannan-2023-08.txt", SHANNAN)


def test_names_joined_by_a_dot_are_one_name(yili):
    assert posts_of(yili, "艾尔肯·吐尔逊") == {("副主席", "伊犁州政协")}
    # a list of such names shares the title before it
    for name in ("阿不都热依木·买买提", "古丽米拉·艾买提"):
        assert posts_of(yili, name) == {("委员", "伊犁州政协")}
    assert "艾尔肯" not in yili.persons


def test_tibetan_names_of_four_characters_share_a_title(shannan):
    for name in ("格桑卓嘎", "罗布顿珠"):
        assert posts_of(shannan, name) == {("副主席", "山南市政协")}
    assert posts_of(shannan, "索朗旺堆") == {("委员", "山南市政协")}


# ---------------------------------------------------------------- national leaders named by a title alone

def leader_bulletin(year: int) -> str:
    return masthead("固原", 2, f"{year}年5月10日") + """\
市政协学习全国政协主席会议精神
5月8日，市政协召开党组会议，传达学习汪洋主席、王沪宁主席重要讲话精神。暴雨过后，城区一片汪洋。
"""


guyuan_2021 = bulletin("guyuan-2021-05.txt", leader_bulletin(2021))
guyuan_2024 = bulletin("guyuan-2024-05.txt", leader_bulletin(2024))


def test_a_leader_named_by_a_title_holds_it_at_the_national_body_in_his_term(guyuan_2021, guyuan_2024):
    assert posts_of(guyuan_2021, "汪洋") == {("主席", "全国政协")}
    assert posts_of(guyuan_2021, "王沪宁") == set()        # not yet 全国政协主席 in 2021
    assert posts_of(guyuan_2024, "王沪宁") == {("主席", "全国政协")}
    assert posts_of(guyuan_2024, "汪洋") == set()
    assert guyuan_2021.persons["汪洋"] == "全国"           # one person wherever named
    assert [m.name for m in guyuan_2021.person_mentions].count("汪洋") == 1   # 一片汪洋 is no name


def test_a_cited_leader_is_no_participant(guyuan_2021):
    meeting = next(e for e in guyuan_2021.events if e.start == "2021-05-08")
    assert "汪洋" not in meeting.persons


def test_a_common_noun_jieba_tags_as_a_name_is_no_name(tmp_path_factory):
    text = masthead("庆阳", 1, "2023年3月1日") + "市政协汇聚委员智慧\n3月1日，市政协召开常委会议，充分发挥政协委员智慧。\n"
    doc = write_and_process(tmp_path_factory, "qingyang-2023-03.txt", text)
    assert "智慧" not in doc.persons


# ---------------------------------------------------------------- bulletins without a table of contents

# the masthead runs straight into the first headline (no table of contents): it still gives place and date
ZHAOJUE = """\
凉山政协

2023年第9期

凉山彝族自治州政协办公室　　　　2023年9月18日

州政协召开主席会议
9月12日，州政协召开主席会议。州政协党组书记、主席阿苦拉哈主持会议，州政协副主席吉伍木呷、马海阿依、张国平出席。木里县政协主席扎西次仁列席会议。
"""

YOUXIAN = """\
攸县政协工作简报

第9期

中国人民政治协商会议攸县委员会办公室

2022年9月26日

株洲市政协领导来攸调研
9月6日，株洲市政协副主席黄建斌一行来我县调研。县政协主席谭国梁陪同调研。
"""

zhaojue = bulletin("zhaojue-2023-09.txt", ZHAOJUE)
youxian = bulletin("youxian-2022-09.txt", YOUXIAN)


def test_masthead_of_a_prefecture_and_of_a_county(zhaojue, youxian):
    assert (zhaojue.context.place, zhaojue.context.date) == ("凉山彝族自治州", "2023-09-18")
    assert (youxian.context.place, youxian.context.date) == ("攸县", "2022-09-26")


def test_yi_names_after_a_title(zhaojue):
    assert {"阿苦拉哈", "吉伍木呷", "马海阿依", "张国平"} <= set(zhaojue.persons)
    assert posts_of(zhaojue, "马海阿依") == {("副主席", "凉山州政协")}
    assert posts_of(zhaojue, "张国平") == {("副主席", "凉山州政协")}


def test_prefecture_cppcc_is_no_short_name_of_a_county_cppcc(zhaojue, youxian):
    # 州政协 and 木里县政协 (a short form of 木里藏族自治县), 株洲市政协 and 攸县政协 stay two
    assert posts_of(zhaojue, "阿苦拉哈") == {("党组书记", "凉山州政协"), ("主席", "凉山州政协")}
    assert posts_of(zhaojue, "扎西次仁") == {("主席", "凉山州木里县政协")}
    assert posts_of(youxian, "黄建斌") == {("副主席", "株洲市政协")}
    assert posts_of(youxian, "谭国梁") == {("主席", "攸县政协")}   # the bulletin's own county, named on its own


QIQIHAR = masthead("齐齐哈尔", 1, "2024年1月15日") + """\
【年度回顾】
市政协2023年工作回顾……（2）

【年度回顾】

市政协2023年工作回顾
一年来，民革市委会、民盟市委会、民建市委会、九三学社市委会共提交集体提案56件。民建齐齐哈尔市委会主委、市政协副主席李春雷牵头调研。民盟市委会专职副主委何秋菊参加调研。市委常委、统战部部长高秀兰多次参加协商活动，区委书记冯志军应邀到会。区政协委员、渝北农村商业银行行长助理谢立勇，盟员专家走进金拓新材料（齐齐哈尔）有限公司。
"""

qiqihar = bulletin("qiqihar-2024-01.txt", QIQIHAR)


def test_democratic_parties_committees_in_a_list(qiqihar):
    # a committee keeps the form the text writes, its place qualified; the full form is an alias
    for party in ("民革", "民盟", "民建", "九三学社"):
        assert org_by_surface(qiqihar, party + "市委会") == {party + "齐齐哈尔市委会"}, party
        org = qiqihar.organizations[party + "齐齐哈尔市委会"]
        assert org.kind == "DEMOCRATIC_PARTY" and party + "齐齐哈尔市委员会" in org.aliases
    assert ("主委", "民建齐齐哈尔市委会") in posts_of(qiqihar, "李春雷")
    assert posts_of(qiqihar, "何秋菊") == {("专职副主委", "民盟齐齐哈尔市委会")}


def test_name_ends_before_an_adverb_or_a_verb(qiqihar):
    # 高秀兰多次参加, 冯志军应邀到会; 谢立勇 after a title with 助理
    assert {"高秀兰", "冯志军", "谢立勇"} <= set(qiqihar.persons)
    assert not any(n.startswith(("高秀兰", "冯志军")) and len(n) > 3 for n in qiqihar.persons)
    assert ("行长助理", "渝北农村商业银行") in posts_of(qiqihar, "谢立勇")


def test_company_name_starts_after_a_verb_of_visiting(qiqihar):
    assert "金拓新材料(齐齐哈尔)有限公司" in qiqihar.organizations
    assert not any("走进" in o for o in qiqihar.organizations)


YUBEI = """\
渝北政协

2023年第6期

重庆市渝北区政协办公室编　　　　2023年6月30日

区政协视察临空经济示范区
6月20日，区政协主席陈国群带队视察。区发展改革委、区经济信息委、区商务委负责同志参加视察。视察组来到重庆渝航物流集团有限公司，公司党委书记、董事长邓华志介绍了项目进展。
"""

yubei = bulletin("yubei-2023-06.txt", YUBEI)


def test_government_commissions_ending_in_wei(yubei):
    assert yubei.context.place == "渝北区"
    for short in ("发展改革委", "经济信息委", "商务委"):
        org = org_by_surface(yubei, "区" + short)
        assert org == {"重庆市渝北区" + short}, short
        assert yubei.organizations["重庆市渝北区" + short].kind == "GOVERNMENT"


def test_company_party_committee_and_the_company(yubei):
    # 公司党委书记、董事长: 党委书记 and 董事长 of the company (as the gold of real pages gives 党委书记 of a
    # university or a federation)
    assert posts_of(yubei, "邓华志") == {("党委书记", "重庆渝航物流集团有限公司"),
                                        ("董事长", "重庆渝航物流集团有限公司")}


def test_a_county_party_committee_is_no_short_name_of_a_town_committee_in_it():
    from kg.stages.resolve import abbreviates
    # 攸县 is a two-character official name: 中共攸县委 is the county's committee, 攸县网岭镇党委 a town's
    assert not abbreviates("中共攸县委", "攸县网岭镇党委")
    assert abbreviates("攸县工信局", "攸县工业和信息化局")


def test_a_committee_party_group_is_no_short_name_of_its_staff_party_group():
    from kg.stages.resolve import abbreviates
    # 机关 is the committee's staff: 市政协机关党组 is the staff's Party group, 市政协党组 the committee's own
    assert not abbreviates("株洲市政协党组", "株洲市政协机关党组")
    assert abbreviates("株洲市政协提案委", "株洲市政协提案委员会")


# ---------------------------------------------------------------- the masthead's office, full forms with a body (河南, 湖南)

LUOYANG_OFFICE = """\
洛阳政协工作动态

第7期

政协洛阳市委员会办公室编

2023年7月20日

市政协召开提案工作会议
7月5日，政协洛阳市委员会提案委员会主任王建设主持召开提案工作会议。
"""

luoyang_office = bulletin("luoyang-2023-07.txt", LUOYANG_OFFICE)


def test_the_office_of_the_masthead_is_an_organization(luoyang_office):
    assert "政协洛阳市委员会办公室" in org_by_surface_any(luoyang_office, "洛阳市政协办公室")


def test_a_body_written_after_the_full_name_of_the_committee(luoyang_office):
    assert posts_of(luoyang_office, "王建设") == {("主任", "洛阳市政协提案委员会")}


def org_by_surface_any(doc, name: str) -> set[str]:
    return doc.organizations[name].aliases if name in doc.organizations else set()


def test_a_two_character_county_alone_is_a_place():
    from kg.orgnames import canonical
    from kg.scopes import Scope
    from kg.places import gazetteer
    gz = gazetteer()
    scope = Scope(prefecture=gz.resolve("株洲市"), province=gz.resolve("湖南省"))
    org = canonical("中国人民政治协商会议攸县委员会办公室", scope)
    assert (org.name, org.kind) == ("株洲市攸县政协办公室", "CPPCC_BODY")


def test_membership_words_before_a_name_show_a_person(tmp_path_factory):
    text = masthead("洛阳", 8, "2023年8月1日") + "民盟市委会开展科技服务\n7月28日，河南科技大学教授、民盟盟员唐文博为企业技术人员授课。\n"
    doc = write_and_process(tmp_path_factory, "luoyang-2023-08.txt", text)
    assert "唐文博" in doc.persons


def test_a_head_word_longer_than_eight_characters(tmp_path_factory):
    text = masthead("渝北", 6, "2023年6月20日").replace("渝北市", "渝北区") + \
        "区政协调研汽车产业\n6月18日，重庆市经济和信息化委员会副主任钟立强参加调研。\n"
    doc = write_and_process(tmp_path_factory, "yubei-2023-06b.txt", text)
    assert posts_of(doc, "钟立强") == {("副主任", "重庆市经济和信息化委员会")}


def test_a_professional_title_with_its_university_is_a_post_a_membership_is_not(tmp_path_factory):
    text = masthead("洛阳", 9, "2023年9月1日") + "民盟市委会开展科技服务\n8月28日，河南科技大学教授、民盟盟员唐文博为企业技术人员授课，高级工程师李明远参加。\n"
    doc = write_and_process(tmp_path_factory, "luoyang-2023-09.txt", text)
    assert posts_of(doc, "唐文博") == {("教授", "河南科技大学")}
    assert posts_of(doc, "李明远") == set()     # 高级工程师 names no organization


def test_an_institution_named_with_a_short_place_name_keeps_its_name(tmp_path_factory):
    text = masthead("西昌", 3, "2023年11月2日") + "委员风采\n10月30日，市政协委员、西昌学院农学院副教授勒尔木果到昭觉县调研。\n"
    doc = write_and_process(tmp_path_factory, "xichang-2023-11.txt", text)
    assert "西昌学院农学院" in doc.organizations


def test_a_name_ends_before_an_adverb_and_a_kinship_word_makes_no_name(tmp_path_factory):
    text = masthead("西昌", 4, "2023年12月2日") + ("委员风采\n11月30日，市政协委员、西昌学院农学院副教授勒尔木果长期扎根基层。"
                                                  "社区居民张阿姨一边打扫一边说，政协委员真办实事。\n")
    doc = write_and_process(tmp_path_factory, "xichang-2023-12.txt", text)
    assert posts_of(doc, "勒尔木果") == {("委员", "西昌市政协"), ("副教授", "西昌学院农学院")}
    assert "张阿姨" not in doc.persons
