"""Organizations real pages name by short forms and terms (session 10): a CPPCC special committee by 委 and by its
full name, the later items of a list of special committees, 九三学社's 社市委 and 社省委, a district bureau after a
name in a list, a democratic party's committee named with its term, a hall of a hotel and a town named after a
works. Invented bulletins of 临沂 (山东) and of 点军区 (宜昌, 湖北); the persons are invented."""
from __future__ import annotations

from test_extraction import posts_of, write_and_process
from test_real_pages import page


def test_a_special_committee_by_its_short_and_its_full_name_is_one_body(tmp_path_factory):
    doc = page(tmp_path_factory, "临沂", "委员活动\n6月1日，市政协文史委组织委员调研红色遗址。"
                                         "市政协文化文史和学习委员会主任王立新出席。\n")
    bodies = [o for o in doc.organizations.values() if "文史" in o.name]
    assert len(bodies) == 1
    assert {"市政协文史委", "市政协文化文史和学习委员会"} <= bodies[0].aliases
    assert posts_of(doc, "王立新") == {("主任", bodies[0].name)}


def test_a_short_name_of_no_cppcc_committee_keeps_its_own_body(tmp_path_factory):
    # 市政协经济委 and 市政协科技委员会: 经济 is in no way 科技, two committees
    doc = page(tmp_path_factory, "临沂", "座谈会\n6月1日，市政协经济委、市政协科技委员会负责同志参加座谈。\n")
    assert {"临沂市政协经济委", "临沂市政协科技委员会"} <= set(doc.organizations)


def test_the_later_items_of_a_list_of_special_committees_are_the_same_committees(tmp_path_factory):
    doc = page(tmp_path_factory, "临沂", "座谈会\n6月2日，市政协提案委、文史委、社法委负责同志参加座谈。\n")
    assert {"临沂市政协提案委", "临沂市政协文史委", "临沂市政协社法委"} <= set(doc.organizations)
    assert doc.organizations["临沂市政协社法委"].kind == "CPPCC_BODY"


def test_the_last_special_committee_of_a_list_joined_by_he_or_ji_is_the_same_committees(tmp_path_factory):
    doc = page(tmp_path_factory, "临沂", "座谈会\n6月2日，市政协提案委、文史委和社法委负责同志参加座谈。"
                                         "省政协经济委员会及人口资源环境委员会负责同志出席。\n")
    assert {"临沂市政协文史委", "临沂市政协社法委", "山东省政协人口资源环境委员会"} <= set(doc.organizations)
    assert doc.organizations["临沂市政协社法委"].kind == "CPPCC_BODY"


def test_a_commission_joined_by_he_after_a_special_committee_is_no_committee_of_the_cppcc(tmp_path_factory):
    doc = page(tmp_path_factory, "临沂", "座谈会\n6月2日，市政协提案委和发改委、市政协及其常委会负责同志参加座谈。\n")
    assert not {"临沂市政协发改委", "临沂市政协其常委"} & set(doc.organizations)


def test_a_government_commission_after_a_special_committee_is_no_committee_of_the_cppcc(tmp_path_factory):
    doc = page(tmp_path_factory, "临沂", "座谈会\n6月2日，市政协提案委、发改委负责同志参加座谈。\n")
    assert "临沂市政协发改委" not in doc.organizations


def test_the_letter_of_jiusan_before_a_bare_level_committee_is_no_party_committee(tmp_path_factory):
    doc = page(tmp_path_factory, "临沂", "全委会\n6月2日，九三学社临沂市委召开全委会。社市委主委张明华出席。"
                                         "社省委副主委王刚讲话。\n")
    assert not {"中共临沂市委", "中共山东省委"} & set(doc.organizations)
    assert posts_of(doc, "张明华") == {("主委", "九三学社临沂市委")}
    assert posts_of(doc, "王刚") == {("副主委", "九三学社山东省委")}


def test_a_bureau_after_a_name_in_a_list_is_no_name(tmp_path_factory):
    text = ("点军区政协工作动态\n\n2024年6月3日\n\n委员视察\n6月2日，区政协主席王明带队视察安置房建设。"
            "区政府党组成员李宏彦、区住建局局长赵长喜陪同。副局长孙华、李明局长参加。\n")
    doc = write_and_process(tmp_path_factory, "dianjun-page.txt", text)
    assert "区住建" not in doc.persons
    assert {"李宏彦", "赵长喜", "孙华", "李明"} <= set(doc.persons)
    assert posts_of(doc, "赵长喜") == {("局长", "宜昌市点军区住建局")}


def test_a_democratic_partys_committee_named_with_its_term_is_the_committee(tmp_path_factory):
    doc = page(tmp_path_factory, "临沂", "换届\n6月2日，民盟临沂市委主委孟凡明代表民盟临沂市第五届委员会作工作报告。"
                                         "大会选举产生了民盟临沂市第六届委员会。九三学社临沂市六届委员会召开会议。\n")
    democratic = {o.name: o for o in doc.organizations.values() if o.kind == "DEMOCRATIC_PARTY"}
    assert set(democratic) == {"民盟临沂市委", "九三学社临沂市委"}
    assert {"民盟临沂市第五届委员会", "民盟临沂市第六届委员会"} <= democratic["民盟临沂市委"].aliases


def test_a_committee_inside_a_democratic_partys_committee_is_no_form_of_it(tmp_path_factory):
    doc = page(tmp_path_factory, "临沂", "全委会\n6月2日，九三学社临沂市委会召开全委会。"
                                         "九三学社临沂市第十三届委员会监督委员会主任李佳梅出席。\n")
    assert {"九三学社临沂市委会", "九三学社临沂市委监督委员会"} <= set(doc.organizations)
    assert posts_of(doc, "李佳梅") == {("主任", "九三学社临沂市委监督委员会")}


def test_the_hall_of_a_hotel_is_no_body(tmp_path_factory):
    doc = page(tmp_path_factory, "临沂", "会议\n6月2日，座谈会在沂蒙宾馆三楼报告厅举行。6月3日，会议在市迎宾馆多功能厅召开。"
                                         "6月4日，在东方大厦一楼宴会厅举办联谊会。\n")
    assert not any(o.endswith("厅") for o in doc.organizations)


def test_a_town_named_after_a_works_is_no_company(tmp_path_factory):
    doc = page(tmp_path_factory, "临沂", "调研\n6月2日，市政协主席王明带队赴兰陵县毛家厂镇调研。调研组来到石灰厂村。"
                                         "红星机械厂负责人参加。\n")
    assert not any(o.endswith("毛家厂") or o == "石灰厂" for o in doc.organizations)
    assert "红星机械厂" in doc.organizations


def test_a_special_committee_named_by_fields_joined_with_he_is_one_body_of_its_items_committee(tmp_path_factory):
    # 文教卫体和文史委: 和 joins two fields of one committee; a bare one in a list is the committee of the item before
    doc = page(tmp_path_factory, "衡阳", "调研\n5月8日，市政协文教卫体和文史委主任王清明到石鼓区调研。石鼓区政协委员学习联络委"
                                         "主任阳丽、文教卫体和文史委主任焦明、雁峰区政协文教卫体和文史委主任王安陪同。\n")
    assert "文教" not in doc.persons
    assert posts_of(doc, "王清明") == {("主任", "衡阳市政协文教卫体和文史委")}
    assert posts_of(doc, "阳丽") == {("主任", "衡阳市石鼓区政协委员学习联络委")}
    assert posts_of(doc, "焦明") == {("主任", "衡阳市石鼓区政协文教卫体和文史委")}
    assert posts_of(doc, "王安") == {("主任", "衡阳市雁峰区政协文教卫体和文史委")}


def test_the_united_front_department_alone_is_the_local_party_committees(tmp_path_factory):
    doc = page(tmp_path_factory, "临沂", "走访\n5月7日，市政协副主席王明带队到统战部、侨联调研。统战部常务副部长于立山、"
                                         "市侨联主席丁春参加活动。\n")
    assert posts_of(doc, "于立山") == {("常务副部长", "临沂市委统战部")}
    assert "中共临沂市委统战部" in doc.organizations["临沂市委统战部"].aliases


def test_offices_by_their_short_names_in_a_list_are_the_committees_and_the_governments(tmp_path_factory):
    # 某市委办 (jieba glues 委办), 市府办 (the government's office), 市供销联社
    doc = page(tmp_path_factory, "临沂", "座谈\n5月7日，临沂市委办(台办)、市府办、市供销联社、市发改局等单位负责人介绍情况。\n")
    assert {"临沂市委办公室", "临沂市人民政府办公室", "临沂市供销联社"} <= set(doc.organizations)
    assert doc.organizations["临沂市委办公室"].kind == "PARTY"
    assert doc.organizations["临沂市人民政府办公室"].kind == "GOVERNMENT"


def test_the_urban_districts_federation_is_no_body_where_no_district_is_called_so(tmp_path_factory):
    doc = page(tmp_path_factory, "荆州", "活动\n5月7日，市侨联组织政协委员及城区侨联主席共13人开展活动。\n")
    assert "荆州市城区侨联" not in doc.organizations
    doc = page(tmp_path_factory, "阳泉", "活动\n5月7日，城区侨联主席王立明参加活动。\n")   # 阳泉市城区, a district
    assert posts_of(doc, "王立明") == {("主席", "阳泉市城区侨联")}


def test_a_body_of_an_unplaced_committee_outside_a_title_is_a_body_as_written(tmp_path_factory):
    # the page never names its region: 自治区政协教科卫体委员会 is the region's committee's body, as written
    doc = write_and_process(tmp_path_factory, "noplace-body.txt", "1月11日下午，根据自治区政协教科卫体委员会工作制度安排，"
                                                                   "政协教科卫体委员会主任霍武一行来我院专访。\n")
    assert doc.organizations["自治区政协教科卫体委员会"].kind == "CPPCC_BODY"
    assert posts_of(doc, "霍武") == {("主任", "自治区政协教科卫体委员会")}
