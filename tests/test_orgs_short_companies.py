"""Companies named by their short names, without a legal suffix: the items of a list that 等企业 closes, and names
ending in an industry word (化工, 科技) after a visit word; the event visited them. The bulletin is invented (a 江西
city, its people and companies)."""
from __future__ import annotations

import pytest

from tests.test_events import event_on, write_and_process

JIUJIANG = """\
九江政协工作动态

2024年第7期

2024年7月30日

市政协调研制造业发展
7月8日，市政协副主席周丽华率调研组调研制造业发展情况。调研组先后走访了瑞岚化工、禾沐科技、琪星等企业，并召开座谈会。

市政协视察新材料产业
7月15日，市政协主席黄立新带队视察新材料产业发展。视察组深入宏湾新材料、峻安电气和宜垣等龙头企业实地察看，了解企业生产经营情况。

市政协调研民营经济
7月22日，市政协副主席周丽华来到禾沐科技调研民营经济发展，要求重点企业、规上企业和民营企业加强创新。

市政协走访委员企业
7月18日，市政协副主席周丽华走访了辖区企业澄屹电子，还来到恒耀控股、琅沁两家企业，听取企业发展情况介绍。

市政协调研园区建设
7月25日，市政协副主席周丽华走访了生物科技园区和九江化工园，听取园区情况介绍。
"""


@pytest.fixture(scope="module")
def jiujiang(tmp_path_factory):
    return write_and_process(tmp_path_factory.mktemp("bulletins"), "jiujiang-2024-07.txt", JIUJIANG)


def companies(doc) -> set[str]:
    return {o.name for o in doc.organizations.values() if o.kind == "COMPANY"}


def test_the_items_of_a_list_closed_by_deng_qiye_are_companies(jiujiang):
    assert {"瑞岚化工", "禾沐科技", "琪星", "宏湾新材料", "峻安电气", "宜垣"} <= companies(jiujiang)


def test_the_companies_of_the_list_were_visited(jiujiang):
    assert {"瑞岚化工", "禾沐科技", "琪星"} <= set(event_on(jiujiang, "2024-07-08").visited)
    assert {"宏湾新材料", "峻安电气", "宜垣"} <= set(event_on(jiujiang, "2024-07-15").visited)


def test_a_name_ending_in_an_industry_word_after_a_visit_word_is_a_visited_company(jiujiang):
    assert "禾沐科技" in event_on(jiujiang, "2024-07-22").visited


def test_generic_phrases_places_and_parts_of_longer_bodies_are_no_companies(jiujiang):
    found = companies(jiujiang)
    assert not found & {"重点企业", "规上企业", "民营企业", "生物科技", "九江化工", "调研组"}
    assert not any(name.startswith(("周丽华", "黄立新")) for name in found)


def test_a_name_after_the_category_word_qiye_and_a_list_closed_by_a_count_are_companies(jiujiang):
    assert {"澄屹电子", "恒耀控股", "琅沁"} <= set(event_on(jiujiang, "2024-07-18").visited)


@pytest.mark.parametrize("text", ["先后来到溪埠村、新泷镇等企业。", "调研了新能源汽车、智能制造等公司。",
                                  "对辖区内医药、化工等企业进行调研。", "推动储能、新材料等企业加快发展。"])
def test_villages_industries_and_kinds_listed_before_deng_qiye_are_no_companies(text):
    from tests.test_org_grammar import spans_of
    assert not [rule for rule in spans_of(text).values() if rule.endswith("company")]


def test_a_list_closed_by_its_companies_owners_names_companies(tmp_path):
    # 2家台资企业, 7家委员企业: companies named for who owns them close a list of short names as 企业 does
    doc = write_and_process(tmp_path, "rugao-companies.txt", "5月17日，县政协副主席王明带队走访了金鼎工业、融达阀门"
                            "2家台资企业和艾迪特机械等7家委员企业。\n")
    assert {"金鼎工业", "融达阀门", "艾迪特机械"} <= set(doc.organizations)
    assert doc.organizations["融达阀门"].kind == "COMPANY"


def test_a_museum_called_bowuyuan_is_a_body_and_visited(tmp_path):
    doc = write_and_process(tmp_path, "hubei-museums.txt", "7月24日，省政协副主席马光明率队赴河南省考察，参观了河南博物院、"
                                                          "南阳市博物馆。\n")
    assert doc.organizations["河南博物院"].kind == "OTHER"


def test_a_business_incubator_park_with_a_brand_is_a_body(tmp_path):
    # 某某创业园 with a brand before it is a body; 大学生创业园 (common words alone) is a kind of place
    doc = write_and_process(tmp_path, "tongling-parks.txt", "5月7日，市政协副主席王明带队到金鼎创业园实地调研。"
                                                           "大学生创业园建设情况良好。\n")
    assert doc.organizations["金鼎创业园"].kind == "OTHER"
    assert not any(name.endswith("大学生创业园") for name in doc.organizations)


XUNYANG = """\
九江政协工作动态

2024年第8期

2024年8月30日

市政协考察制造业
8月6日，市政协主席黄立新带队考察制造业发展。考察组先后深入瑞岚科技、禾晟金刚石、峻威减振器、浔阳电瓷厂、庐山街、花博园、"""\
"""九江市实验中学北校区等处进行实地考察。

市政协视察项目建设
8月13日，市政协副主席周丽华带队视察项目建设。视察组先后深入九江宏湾机械有限公司、江西泓瑞印业有限公司、江西琪峰三期、"""\
"""晟光LED产业园、白鹿古城、禾丰镇委员工作室、江西省澄宇型材有限公司等地参观。
"""


@pytest.fixture(scope="module")
def xunyang(tmp_path_factory):
    return write_and_process(tmp_path_factory.mktemp("bulletins"), "jiujiang-2024-08.txt", XUNYANG)


def test_short_names_sharing_a_visited_list_with_companies_are_visited_companies(xunyang):
    # 禾晟金刚石, 峻威减振器: no head or industry word, listed with 瑞岚科技 and 浔阳电瓷厂; 江西琪峰 without its phase
    # (三期); a brand in letters (晟光LED产业园)
    assert {"禾晟金刚石", "峻威减振器", "江西琪峰", "晟光LED产业园"} <= companies(xunyang)
    assert {"禾晟金刚石", "峻威减振器"} <= set(event_on(xunyang, "2024-08-06").visited)
    assert {"江西琪峰", "晟光LED产业园"} <= set(event_on(xunyang, "2024-08-13").visited)


def test_streets_sites_and_a_towns_works_of_a_visited_list_are_no_companies(xunyang):
    names = set(xunyang.organizations)
    assert not any(n.endswith(("庐山街", "白鹿古城", "花博园", "委员工作室", "琪峰三期")) for n in names)


def test_the_works_and_projects_of_a_visited_list_are_no_companies(tmp_path_factory):
    # a water works (某某拦蓄水工程), and the items of a list closed as projects (等重点项目)
    text = ("县政协开展视察\n2024年8月6日，县政协视察组先后走访浔阳县瑞岚科技有限公司、城区春溪拦蓄水工程、"
            "浔阳高铁站停车场等重点项目。\n2024年8月7日，视察组走访了浔阳县瑞岚科技有限公司、禾晟金刚石、"
            "峻威新材等重点项目。\n")
    doc = write_and_process(tmp_path_factory.mktemp("bulletins"), "jiujiang-2024-08-works.txt", text)
    assert not any(n.endswith(("拦蓄水工程", "禾晟金刚石", "峻威新材")) for n in doc.organizations)
