"""Organizations of real pages from other provinces (session 7): a verb glued to the name before a body, a
democratic party's committee of a bare level, a title before the next body's place, 党组织, a county-level
city's page that never names its prefecture, a slogan naming a place in a head. Invented pages and people."""
from __future__ import annotations

from test_extraction import posts_of, write_and_process
from test_real_pages import page


def test_a_verb_jieba_glues_to_a_name_is_no_part_of_the_body_after_it(tmp_path_factory):
    doc = page(tmp_path_factory, "大庆", "调研\n3月2日，省委常委、统战部部长孙尧率省委统战部调研组赴萨尔图区调研。\n")
    assert not any(o.startswith("率") or "率省委" in o for o in doc.organizations)
    assert "黑龙江省委统战部" in doc.organizations


def test_a_body_of_a_democratic_partys_committee_of_a_bare_level_is_qualified_like_it(tmp_path_factory):
    doc = page(tmp_path_factory, "苏州", "民革简讯\n4月7日，民革江苏省委副主委李文山出席会议。民革省委参政议政委员会副主任"
                                         "孙达明出席。民盟省委会社会服务工作委员会副主任王丽娟参加。\n")
    assert posts_of(doc, "孙达明") == {("副主任", "民革江苏省委参政议政委员会")}
    assert posts_of(doc, "王丽娟") == {("副主任", "民盟江苏省委会社会服务工作委员会")}


def test_a_title_before_a_place_ends_the_body_before_it(tmp_path_factory):
    doc = page(tmp_path_factory, "长沙", "调研\n7月8日，实践基地负责人望城区青禾种植专业合作社理事长谭建明参加调研。\n")
    assert posts_of(doc, "谭建明") == {("理事长", "望城区青禾种植专业合作社")}
    assert not any("负责人" in o for o in doc.organizations)


def test_the_partys_organizations_of_a_committee_are_no_leading_group(tmp_path_factory):
    doc = page(tmp_path_factory, "楚雄", "调研\n8月23日，调研组调研了大姚县政协机关基层政协党组织建设情况。\n")
    # the page is read as 楚雄市's: a sibling county is named on its own, without the 州 (as 昆山市政协 on 张家港's page)
    assert "大姚县政协机关" in doc.organizations
    assert not any(o.endswith("党组") for o in doc.organizations)


def test_a_county_level_city_page_that_never_names_its_prefecture_is_the_citys(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "shouguang.txt",
                            "5月27日，寿光市政协主席李明山带领市政协副主席王立红到洛城街道调研。寿光市政协委员、"
                            "市工商联副主席赵强参加。\n")
    assert doc.context.place == "寿光市"
    assert {"寿光市政协", "寿光市工商联"} <= set(doc.organizations)
    assert not any(o.startswith("潍坊市") for o in doc.organizations)


def test_a_slogan_naming_a_place_of_another_province_in_the_head_is_no_place_of_the_page(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "lizhou.txt",
                            "市政协赴利州调研“同心共建现代化四川”专项行动\n2023-11-21 09:16 区政协办\n"
                            "11月16日，市政协副主席袁明达带队赴利州调研。利州区政协按照部署开展工作。"
                            "利州区政协副主席赵清华参加调研。\n")
    assert doc.context.place == "利州区"
    assert "广元市利州区政协" in doc.organizations
    assert posts_of(doc, "袁明达") == {("副主席", "广元市政协")}


def test_factories_and_galleries_are_bodies_but_this_factory_is_none(tmp_path_factory):
    doc = page(tmp_path_factory, "楚雄", "调研\n8月24日，调研组先后来到金碧山制药厂、元坝天然气净化厂和楚雄美术馆，"
                                         "看望全厂职工，了解该厂一厂一策情况。\n")
    assert {"金碧山制药厂", "元坝天然气净化厂", "楚雄美术馆"} <= set(doc.organizations)
    assert not {"全厂", "该厂", "一厂"} & set(doc.organizations)


def test_a_democratic_partys_working_committee_of_a_district(tmp_path_factory):
    doc = page(tmp_path_factory, "武汉", "座谈\n2月23日，致公党江岸区工委副主委聂少华发言。\n")
    assert posts_of(doc, "聂少华") == {("副主委", "致公党江岸区工委")}


def test_a_towns_congress_is_the_towns_not_the_countys(tmp_path_factory):
    doc = page(tmp_path_factory, "邵阳", "视察\n12月2日，新邵县青松乡人大组织代表视察。县人大常委会副主任刘记明参加。\n")
    assert "邵阳市新邵县青松乡人大" in doc.organizations
    assert "邵阳市新邵县乡人大" not in doc.organizations


def test_a_places_other_name_in_brackets_before_its_committee(tmp_path_factory):
    doc = page(tmp_path_factory, "哈尔滨", "调研\n3月29日，松北区(哈尔滨新区)区委书记、区长高大明作情况报告。\n")
    assert posts_of(doc, "高大明") == {("书记", "中共哈尔滨市松北区委"), ("区长", "哈尔滨市松北区人民政府")}


def test_a_district_sharing_its_name_with_others_is_the_one_of_the_city_the_page_names(tmp_path_factory):
    body = ("鼓楼区政协开展专题调研\n3月2日，鼓楼区政协主席王明山带队调研软件园企业。区政协副主席李华强参加。"
            "{city}政协副主席张强民出席。区委统战部部长陈刚明陪同。鼓楼区政协将继续推动工作。\n")
    for city in ("福州市", "南京市"):
        doc = write_and_process(tmp_path_factory, f"gulou-{city}.txt", body.format(city=city))
        assert posts_of(doc, "李华强") == {("副主席", f"{city}鼓楼区政协")}
        assert f"{city}鼓楼区委统战部" in doc.organizations
    # a page naming none of their cities: which 鼓楼区 stays unknown, no city is guessed
    doc = write_and_process(tmp_path_factory, "gulou.txt", "1月7日上午，鼓楼区政协第十届委员会第四次会议开幕。区委书记罗德明"
                                                           "讲话。区政协主席吴以明作报告。\n")
    assert posts_of(doc, "吴以明") == {("主席", "鼓楼区政协")}
    assert not any(o.startswith(("南京市", "徐州市", "福州市", "开封市")) for o in doc.organizations)


def test_a_site_named_after_party_bodies_joined_by_a_dot_is_one_body(tmp_path_factory):
    doc = page(tmp_path_factory, "梧州", "考察\n12月14日，考察组在中共梧州地委·广西特委旧址陈列馆开展学习，参观了市档案馆。\n")
    assert "中共梧州地委·广西特委旧址陈列馆" in doc.organizations
    assert "中国共产党" not in doc.organizations


def test_an_office_of_a_democratic_partys_bare_committee_is_the_partys_on_a_page_naming_no_city(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "mm.txt", "7月8日，民盟市委会社会服务处处长周明军、九三学社市委会办公室主任"
                                                        "李红梅参加调研。\n")
    assert doc.organizations["民盟市委会社会服务处"].kind == "DEMOCRATIC_PARTY"
    assert doc.organizations["九三学社市委会办公室"].kind == "DEMOCRATIC_PARTY"


def test_a_body_that_names_its_place_inside_a_title_phrase_is_the_one_read_where_it_stands(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "mg.txt", "民革南宁市委会赴崇左市开展课题调研\n10月20日，民革南宁市委会赴"
                            "崇左市开展课题调研。民革南宁市委会副主委(兼)、青秀区政协副主席曾庆明带队。\n")
    assert [o for o in doc.organizations if "青秀区政协" in o] == ["南宁市青秀区政协"]
    assert ("副主席", "南宁市青秀区政协") in posts_of(doc, "曾庆明")


def test_a_zone_written_after_its_province_city_and_county_is_the_zone_named_again(tmp_path_factory):
    doc = page(tmp_path_factory, "福州", "监督\n8月2日，坐落于福建省福州市晋安区福安经济开发区的科创园绿意葱茏。委员们听取了"
                                         "福安经济开发区的汇报，福州市晋安区经济开发区介绍了情况。\n")
    assert [o for o in doc.organizations if "福安经济开发区" in o] == ["福安经济开发区"]
    assert "福州市晋安区经济开发区" in doc.organizations


def test_a_generic_unit_word_and_a_verb_before_a_bare_body_are_no_part_of_a_name(tmp_path_factory):
    doc = page(tmp_path_factory, "武汉", "活动\n3月16日，民建硚口区委副主委杨莉明带领会员走访会员单位武汉市水务集团金口水厂，"
                                         "号召会员积极响应市委统战部征文活动。\n")
    assert "武汉市水务集团金口水厂" in doc.organizations
    assert "武汉市委统战部" in doc.organizations
    assert not any(o.startswith("会员") or "响应" in o for o in doc.organizations)


def test_the_cell_of_a_company_not_named_is_no_body(tmp_path_factory):
    doc = page(tmp_path_factory, "武汉", "调研\n7月28日，区政协委员、公司党委委员、副总经理魏国明参加调研。\n")
    assert "公司党委" not in doc.organizations


def test_places_beginning_with_a_count_are_places_but_counted_places_are_no_body(tmp_path_factory):
    """三河市政协, 三门县委, 两当县政府, 全椒县政协 begin with what else counts places (三县, 两区, 全省); a count of
    places before a level committee (三县县委统战部, 两县政协) names the bodies of several, no one body."""
    for name, text, body in (("sanmen", "三门县委召开常委会议。", "中共三门县委"),
                             ("liangdang", "6月1日，两当县政府召开常务会议。", "两当县人民政府"),
                             ("quanjiao", "6月1日，全椒县政协召开主席会议。", "全椒县政协"),
                             ("hexian", "6月2日，和县政协召开主席会议。", "和县政协")):   # 和 opening a clause: no conjunction
        assert body in write_and_process(tmp_path_factory, name + ".txt", text + "\n").organizations
    assert not write_and_process(tmp_path_factory, "he.txt", "要抓好发展和县政协工作。\n").organizations
    doc = write_and_process(tmp_path_factory, "counted.txt", "8月31日，凉山州委统战部组织学习活动，州委统战部及三县"
                            "县委统战部作了安排。两县政协主席和三区区委书记参加。\n")
    assert "中共凉山州委统战部" in doc.organizations or "凉山州委统战部" in doc.organizations
    assert not any("三县" in alias or "两县" in alias for org in doc.organizations.values() for alias in org.aliases)


def test_a_national_council_named_without_a_head_word_of_its_own(tmp_path_factory):
    # 理事会 is no head word (a society's board is no body of its own): the national council is listed in national_orgs
    doc = page(tmp_path_factory, "遵义", "专题调研\n6月1日，中国经济社会理事会调研组到遵义开展专题调研。\n")
    assert doc.organizations["中国经济社会理事会"].kind == "OTHER"
