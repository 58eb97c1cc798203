"""Organizations real pages of session 13 made up or missed: a sector's discussion group, the national committee's
members from a place, a headline's shared levels (省市政协), a historic site named after a body, a development zone
the visitors went to, 暨 joining two meetings, a provincial committee's body for the committees below it, a democratic
party's own bodies after its committee, a verb of place before a company. Invented pages and people."""
from __future__ import annotations

from test_real_pages import page


def test_a_sectors_discussion_group_and_the_national_committees_members_from_a_place(tmp_path_factory):
    doc = page(tmp_path_factory, "株洲", "讨论\n1月10日，在群众团体、工商联讨论组，市政协委员王大明发言。"
                                         "香港特别行政区全国政协委员考察团来到株洲。\n")
    assert not any(o.endswith("工商联") or o.startswith("香港") for o in doc.organizations)
    assert "全国政协" in doc.organizations


def test_a_province_and_a_bare_level_share_the_body_word(tmp_path_factory):
    doc = page(tmp_path_factory, "株洲", "座谈\n3月1日，湖南省市政协主席座谈会在株洲召开。\n")
    assert "湖南省市政协" not in doc.organizations


def test_a_historic_site_named_after_a_body_is_not_the_body(tmp_path_factory):
    doc = page(tmp_path_factory, "株洲", "参观\n3月1日，市政协委员参观了中共中央旧址。\n")
    assert "中共中央" not in doc.organizations


def test_a_zone_the_visitors_went_to_is_a_place(tmp_path_factory):
    doc = page(tmp_path_factory, "株洲", "调研\n3月1日，市政协主席王大明到株洲经开区视察，又赴荷塘高新区调研。"
                                         "株洲经开区管委会负责人陪同。\n")
    assert "株洲经开区" not in doc.organizations and "荷塘高新区" not in doc.organizations
    assert "株洲经开区管委会" in doc.organizations


def test_ji_joins_two_meetings_and_begins_no_body(tmp_path_factory):
    doc = page(tmp_path_factory, "株洲", "会议\n3月1日，市政协召开党组理论学习中心组学习暨党组(扩大)会议。\n")
    assert not any("暨" in o for o in doc.organizations)


def test_a_provincial_committees_body_for_the_committees_below_it(tmp_path_factory):
    doc = page(tmp_path_factory, "株洲", "工作\n2017年，湖南省政协市县政协联络指导委员会开始试运行。\n")
    assert doc.organizations["湖南省政协市县政协联络指导委员会"].kind == "CPPCC_BODY"


def test_a_democratic_partys_own_bodies_after_its_committee(tmp_path_factory):
    doc = page(tmp_path_factory, "株洲", "会议\n5月6日，民革株洲市委会召开全委会，审议民革市委常务委员会工作报告。"
                                         "民盟株洲市委会常委会召开会议。民盟市委常委会议召开。\n")
    assert doc.organizations["民革株洲市委常务委员会"].kind == "DEMOCRATIC_PARTY"
    assert "民盟株洲市委会常委会" in doc.organizations
    assert not any(o.endswith("常委会议") for o in doc.organizations)


def test_where_a_company_stands_begins_no_name(tmp_path_factory):
    doc = page(tmp_path_factory, "厦门", "调研\n6月10日，坐落于湖里区华鹭文化创意有限公司的委员联络站成立。\n")
    assert not any(o.startswith("坐落") for o in doc.organizations)


def test_a_party_branch_of_a_sector_group_or_of_a_liaison_group_of_two_towns(tmp_path_factory):
    doc = page(tmp_path_factory, "株洲", "活动\n3月1日，攸县政协组织青柳街道与莲塘坳镇联络组党支部、教育界别组党支部开展活动。\n")
    aliases = {a for o in doc.organizations.values() if o.kind == "PARTY" for a in o.aliases}
    assert {"教育界别组党支部", "青柳街道与莲塘坳镇联络组党支部"} <= aliases


def test_a_towns_or_villages_liaison_office_and_a_committees_members_home(tmp_path_factory):
    doc = page(tmp_path_factory, "株洲", "活动\n3月1日，攸县政协组织莲塘坳镇王庄村政协联络室、网岭镇政协委员联络室开展活动。"
                                         "调研组还前往攸县政协委员之家，了解基层政协委员之家建设情况。\n")
    assert doc.organizations["莲塘坳镇王庄村政协联络室"].kind == "CPPCC_BODY"
    assert "网岭镇政协委员联络室" in doc.organizations
    homes = [o for o in doc.organizations if o.endswith("委员之家")]
    assert len(homes) == 1 and homes[0].endswith("攸县政协委员之家")


def test_a_members_studio_is_a_body_only_with_a_label_of_its_own(tmp_path_factory):
    doc = page(tmp_path_factory, "株洲", "视察\n3月1日，视察组视察了红枫叶·王叔委员工作室、网岭镇政协委员工作室和青山镇“有事好商量”"
                                         "政协委员工作站，又到数字茶叶·百茶供应链直播中心。\n")
    assert doc.organizations["红枫叶·王叔委员工作室"].kind == "CPPCC_BODY"
    assert "青山镇“有事好商量”政协委员工作站" in doc.organizations
    assert doc.organizations["数字茶叶·百茶供应链直播中心"].kind == "COMPANY"
    assert not any(o.endswith("网岭镇政协委员工作室") for o in doc.organizations)


def test_a_dotted_label_before_a_studio_is_no_persons_name(tmp_path_factory):
    doc = page(tmp_path_factory, "株洲", "视察\n3月1日，视察组视察了红枫叶·暖心委员工作室、艾力·买买提委员工作室。\n")
    assert "红枫叶·暖心委员工作室" in doc.organizations
    assert "红枫叶·暖心" not in doc.persons and "艾力·买买提" in doc.persons


def test_the_committee_of_members_its_place_names_a_named_centre_and_a_zones_short_form(tmp_path_factory):
    doc = page(tmp_path_factory, "株洲", "视察\n11月18日，市政协组织住我市的湘潭市政协委员开展视察，又到韶山市政协委员工作室，"
                                         "参观了株洲湘江船闸运行调度中心。他指出,株洲国家农高区承载着重要使命。\n")
    assert "湘潭市政协" in doc.organizations
    assert not any(o.endswith("韶山市政协") for o in doc.organizations)
    assert doc.organizations["株洲湘江船闸运行调度中心"].kind == "OTHER"
    assert doc.organizations["株洲国家农高区"].kind == "GOVERNMENT"


def test_a_phrase_naming_no_body_leaves_the_committee_before_it(tmp_path_factory):
    doc = page(tmp_path_factory, "株洲", "看望\n3月1日，王大明看望了株洲市政协机关干部，对市政协服务中心大局的工作给予肯定。\n")
    assert "株洲市政协" in doc.organizations
    assert not any("大局" in o or o.endswith("服务中心") for o in doc.organizations)


def test_a_provinces_full_name_written_after_its_short_one_is_no_second_committee(tmp_path_factory):
    doc = page(tmp_path_factory, "株洲", "会议\n3月1日，会议审议了《省政协湖南省委员会常务委员会工作报告》。\n")
    assert "湖南省政协" in doc.organizations
    assert not any(o.endswith("湖南省委员会") for o in doc.organizations)


def test_a_working_unit_of_a_governments_office_in_the_capital(tmp_path_factory):
    doc = page(tmp_path_factory, "株洲", "对接\n5月6日，市投促办、市政府驻北京办事处荷塘工作部相关负责同志参加对接活动。\n")
    org = next(o for o in doc.organizations.values() if o.name.endswith("荷塘工作部"))
    assert org.kind == "GOVERNMENT" and "市政府驻北京办事处荷塘工作部" in org.aliases


def test_a_democratic_partys_supervisory_committee_is_no_party_organ(tmp_path_factory):
    doc = page(tmp_path_factory, "株洲", "会议\n12月29日，我市民进监委会召开工作会议，民进株洲市委会监委会委员李佳参加。\n")
    assert not any(o.kind == "PARTY" for o in doc.organizations.values())
    assert any("民进监委会" in o.aliases and o.kind == "DEMOCRATIC_PARTY" for o in doc.organizations.values())


def test_a_body_of_one_term_of_a_democratic_partys_committee(tmp_path_factory):
    doc = page(tmp_path_factory, "株洲", "会议\n12月29日，民进株洲市第五届监督委员会召开工作会议。民盟株洲市第六届委员会召开全会。\n")
    assert doc.organizations["民进株洲市委会监督委员会"].kind == "DEMOCRATIC_PARTY"
    assert "民盟株洲市委" in doc.organizations
