"""Organizations as real pages name the units they visit and the bodies of their posts (session 12, orgs4): an
office whose name begins with a level's character (市市场监管局), a shortened office jieba cuts apart (县经信局), a
quoted part inside a name (“两湖”创新区规划展示馆). Invented bulletins of 青州 (山东) and 宁海 (浙江)."""
from __future__ import annotations

from test_extraction import posts_of
from test_real_pages import page


def assert_body(doc, name: str, alias: str, person: str, role: str) -> None:
    """The page names the body name, written alias too, and person holds role there."""
    org = doc.organizations.get(name)
    assert org is not None and alias in org.aliases
    assert posts_of(doc, person) == {(role, name)}


def test_an_office_whose_name_begins_with_the_character_of_a_level(tmp_path_factory):
    # 市市场监管局: 市 (the level) and 市场; not 市县 (two levels: the bodies of several places)
    doc = page(tmp_path_factory, "青州", "委员视察\n6月1日，视察组到市市场监督管理局调研，县市场监管局负责人陪同。"
                                         "市县政协要加强协作。\n")
    assert "青州市市场监督管理局" in doc.organizations
    assert not any(o.endswith("市县政协") for o in doc.organizations)


def test_a_shortened_office_name_that_jieba_cuts_into_single_characters(tmp_path_factory):
    # 县/经/信/局: 经 is a stop word (经市政协研究) but here a character of 经信局
    doc = page(tmp_path_factory, "宁海", "部门座谈\n6月1日，县发改局、县经信局、县商务局负责人作了介绍。"
                                         "经县政协研究，决定召开会议。\n")
    names = set(doc.organizations)
    assert {"宁海县发改局", "宁海县经信局", "宁海县商务局"} <= names
    assert not any(o.endswith("信局") and "经信局" not in o for o in names)


def test_a_quoted_part_inside_a_name_stays_with_the_name(tmp_path_factory):
    # the quotes stand before the name's other words (创新区规划), not right before its head
    doc = page(tmp_path_factory, "青州", "委员参观\n6月1日，委员们参观了“两湖”创新区规划展示馆。\n")
    org = doc.organizations.get("两湖创新区规划展示馆")
    assert org is not None and "“两湖”创新区规划展示馆" in org.aliases
    assert not any(o.endswith("区规划展示馆") and "两湖" not in o for o in doc.organizations)


def test_public_institutions_and_united_front_bodies_that_pages_visit(tmp_path_factory):
    doc = page(tmp_path_factory, "青州", "委员视察\n6月1日，视察组先后到市疾控中心、市妇幼保健院、市气象台和市知联会调研。\n")
    assert {"青州市疾控中心", "青州市妇幼保健院", "青州市气象台", "青州市知联会"} <= set(doc.organizations)


def test_companies_by_their_short_names_after_a_visit_and_a_study_word(tmp_path_factory):
    # 走访调研A、B两家企业: 调研 belongs to the visit; 某某股份 is a company's short name
    doc = page(tmp_path_factory, "青州", "走访企业\n6月1日，调研组走访调研了华兴卫浴、德润电器两家企业，还走访了鼎盛股份。\n")
    assert {"华兴卫浴", "德润电器", "鼎盛股份"} <= set(doc.organizations)
    assert not any(o.startswith("调研") for o in doc.organizations)


def test_a_pronoun_or_a_rank_before_a_head_names_no_body(tmp_path_factory):
    doc = page(tmp_path_factory, "青州", "委员视察\n6月1日，视察组到市气象局调研，听取了该局的汇报。"
                                         "青州经济开发区是国家级经济技术开发区。\n")
    assert "青州市气象局" in doc.organizations
    assert not any("该局" in o or o.startswith("国家级") or o.endswith("市国家级经济技术开发区")
                   for o in doc.organizations)


def test_a_zone_committee_written_by_its_kind_alone_is_the_local_zones(tmp_path_factory):
    # 高新区管委会 with no place: the committee of the page's own zone, qualified like 市高新区;
    # 经济开发区建设 speaks of zones in general
    doc = page(tmp_path_factory, "青州", "委员视察\n6月1日，高新区管委会主任王立国陪同视察。委员们围绕经济开发区建设提出建议。\n")
    assert "青州市高新区管委会" in doc.organizations
    assert "经济开发区" not in doc.organizations


def test_a_party_committee_written_without_its_party_is_the_pages_party(tmp_path_factory):
    # 市委会 is only ever a democratic party's committee: the party the page names (here only later)
    doc = page(tmp_path_factory, "青州", "走访调研\n6月1日，市政协副主席钱立新来我会走访调研，市委会主委孙明远陪同。"
                                         "孙明远介绍了民建青州市委会的工作。\n")
    assert_body(doc, "民建青州市委会", "市委会", "孙明远", "主委")


def test_a_bare_party_committee_after_the_partys_other_form_and_in_general(tmp_path_factory):
    # 民革青州市委 named first: 市委会 is the same committee; 各民主党派市委会 are all parties' committees
    doc = page(tmp_path_factory, "青州", "党派活动\n6月1日，民革青州市委召开座谈会，市委会副主委李国庆主持。"
                                         "各民主党派市委会负责同志参加。\n")
    assert [o for o in doc.organizations if o.startswith("民革")] == ["民革青州市委"]
    assert posts_of(doc, "李国庆") == {("副主委", "民革青州市委")}
    assert not any(o.startswith(("民主党派", "各")) for o in doc.organizations)


def test_a_brand_that_jieba_reads_as_a_rare_verb_stays_with_the_company(tmp_path_factory):
    # jieba tags 申能 a verb, seen seldom: before a company's head it is the brand (not 调研 of 调研某某公司)
    doc = page(tmp_path_factory, "青州", "走访企业\n6月1日，调研组先后来到青州粮油经营有限公司、申能青州发电有限公司，"
                                         "还调研了华强电子有限公司。\n")
    names = set(doc.organizations)
    assert {"申能青州发电有限公司", "华强电子有限公司"} <= names
    assert "青州发电有限公司" not in names and not any(o.startswith("调研") for o in names)


def test_the_kind_of_unit_before_a_name_is_none_of_it(tmp_path_factory):
    # 重点项目 (one word of jieba's) before a hospital's name; 百年老厂 names no factory
    doc = page(tmp_path_factory, "青州", "委员视察\n6月1日，视察团视察了重点项目深汕中心医院。青州酒厂是一家百年老厂。\n")
    assert "深汕中心医院" in doc.organizations
    assert not any(o.startswith("重点项目") or o.endswith("老厂") for o in doc.organizations)


def test_a_bare_level_before_a_word_that_begins_like_a_short_place(tmp_path_factory):
    # 市中医院 is 市 + 中医院 and 市中级人民法院 市 + 中级人民法院, not 市中(区) written short (济南's, 枣庄's)
    doc = page(tmp_path_factory, "淄博", "委员视察\n6月1日，视察组到市中医院调研，市中级人民法院院长钱立明陪同。\n")
    names = set(doc.organizations)
    assert {"淄博市中医院", "淄博市中级人民法院"} <= names
    assert not any("市中区" in o for o in names)


def test_weather_and_hydrology_stations_are_bodies(tmp_path_factory):
    doc = page(tmp_path_factory, "青州", "委员视察\n6月1日，委员们来到市水文站和云门山区域自动气象站，市水文站站长孙立平介绍情况。\n")
    assert {"青州市水文站", "云门山区域自动气象站"} <= set(doc.organizations)
    assert posts_of(doc, "孙立平") == {("站长", "青州市水文站")}


def test_an_industrial_park_or_base_with_a_place_or_brand_is_a_unit(tmp_path_factory):
    # 产业园, 产业基地: named by a place or a brand; common words alone (大数据, 新型稀土材料) name a kind of site, and a
    # company's park is its project (the company is the body)
    doc = page(tmp_path_factory, "青州", "委员视察\n6月1日，青州市数字经济产业园、北京京东方生命科技产业基地和大数据产业园"
                                         "负责人汇报了情况，视察组还深入天宝锦湖公司电子元器件制造智能产业园项目。会议提出打造新型稀土材料产业基地。\n")
    names = set(doc.organizations)
    assert {"青州市数字经济产业园", "北京京东方生命科技产业基地", "天宝锦湖公司"} <= names
    assert not any(o.endswith(("大数据产业园", "稀土材料产业基地", "智能产业园")) for o in names)


def test_towns_named_among_the_bodies_that_send_people_are_bodies(tmp_path_factory):
    # 区财政局、文昌街道、崮云湖街道相关负责同志: the sub-districts' governments take part; 赴平安街道调研 is a place visited
    doc = page(tmp_path_factory, "长清", "专题协商\n6月1日，区政协召开专题协商会议，区财政局、文昌街道、崮云湖街道相关负责同志"
                                         "参加会议。随后委员们赴平安街道调研。区教育局、部分街道负责人参加。\n")
    names = set(doc.organizations)
    assert {"济南市长清区文昌街道", "济南市长清区崮云湖街道"} <= names
    assert not any(o.endswith(("平安街道", "部分街道")) for o in names)
    assert doc.organizations["济南市长清区文昌街道"].kind == "GOVERNMENT"


def test_a_cppcc_news_site_is_a_medium_not_a_body_of_the_committee(tmp_path_factory):
    doc = page(tmp_path_factory, "青州", "委员考察\n来源：山东政协网\n6月1日，省政协副主席钱立明率队考察。\n")
    org = doc.organizations.get("山东政协网")
    assert org is not None and org.kind == "OTHER"
    assert not any(o.endswith("政协网") and o != "山东政协网" for o in doc.organizations)


def test_a_special_committee_of_a_peoples_congress_is_a_body_of_it(tmp_path_factory):
    # 委员会 is a unit inside the body named before it (人大), brackets of the committee's name kept
    doc = page(tmp_path_factory, "嘉善", "两会闭幕\n6月1日，杭立东当选县人大法制（监察和司法）委员会委员。县人大财政经济委员会主任王立新参加。\n")
    assert posts_of(doc, "杭立东") == {("委员", "嘉善县人大法制(监察和司法)委员会")}
    assert posts_of(doc, "王立新") == {("主任", "嘉善县人大财政经济委员会")}
    assert doc.organizations["嘉善县人大财政经济委员会"].kind == "GOVERNMENT"


def test_a_democratic_partys_committee_in_three_forms_is_one_body_named_by_the_partys_short_name(tmp_path_factory):
    # 民建某市委, 民建某市委会 and 中国民主建国会某市委员会: one committee, 民建 in its main name
    doc = page(tmp_path_factory, "青州", "党派活动\n6月1日，民建青州市委召开全委会议。民建青州市委会主委王立新主持。"
                                         "中国民主建国会青州市委员会秘书长钱立群出席。\n")
    parties = [o for o in doc.organizations.values() if o.kind == "DEMOCRATIC_PARTY"]
    assert len(parties) == 1 and parties[0].name.startswith("民建青州市委")
    assert {"民建青州市委", "民建青州市委会", "中国民主建国会青州市委员会"} <= parties[0].aliases | {parties[0].name}


def test_a_head_word_that_names_the_local_body_alone_is_qualified_whatever_its_kind(tmp_path_factory):
    # 人武部 (kind OTHER) in a list of the district's bodies is the district's, named like 区法院
    doc = page(tmp_path_factory, "崇川", "区政协闭幕\n6月1日，区法院、区检察院、人武部负责同志列席会议。\n")
    assert "南通市崇川区人武部" in doc.organizations


def test_a_special_committee_whose_name_joins_two_fields_or_begins_with_jing(tmp_path_factory):
    # 经济和农牧委员会: 和 joins the committee's fields; 经农委: 经 (a stop word, 经市政协研究) begins its short name
    doc = page(tmp_path_factory, "青州", "专题座谈\n6月1日，市政协经济和农牧委员会召开座谈会。市政协经农委主任李明远出席。"
                                         "经市政协研究，同意召开会议。\n")
    assert_body(doc, "青州市政协经济和农牧委员会", "市政协经农委", "李明远", "主任")


def test_a_bonded_zone_is_a_zone_named_as_written_and_one_in_general_is_none(tmp_path_factory):
    doc = page(tmp_path_factory, "钦州", "委员考察\n6月1日，钦州保税港区和南宁综合保税区负责人介绍情况。会议要求加快综合保税区建设。\n")
    names = set(doc.organizations)
    assert {"钦州保税港区", "南宁综合保税区"} <= names
    assert not any(o.endswith("市综合保税区") or o == "综合保税区" for o in names)


def test_an_economic_office_written_alone_is_the_local_places(tmp_path_factory):
    # 经发局 alone (a head word of its own) names one office of the page's place, as 发改委 alone does
    doc = page(tmp_path_factory, "青州", "委员视察\n6月1日，委员们视察园区建设，经发局负责同志介绍情况。\n")
    assert "青州市经发局" in doc.organizations


def test_a_party_committees_meeting_is_no_democratic_partys_committee(tmp_path_factory):
    # 市委会议 is 市委 + 会议 (the Communist Party's meeting): no 市委会 of the page's democratic party
    doc = page(tmp_path_factory, "青州", "党派活动\n6月1日，民建青州市委召开会议，传达省委会议精神，会议在县委会议室举行。\n")
    assert not any(o.startswith("民建") and o.endswith(("省委会", "县委会")) for o in doc.organizations)


def test_a_kind_of_company_or_the_associations_of_all_terms_name_no_body(tmp_path_factory):
    doc = page(tmp_path_factory, "青州", "委员风采\n6月1日，卓玛委员说，自己经营着一家咨询服务类公司。会上介绍了历届联谊会工作情况。\n")
    assert not any(o.endswith(("类公司", "联谊会")) for o in doc.organizations)
