"""Pages that cover several places: each item's bare 市政协, 县政协 belongs to the place of that item (guests'
committees stay the guests', a host's the host's), and one body named with and without its prefecture is one."""
from __future__ import annotations

import pytest


def _processed(tmp_path, text: str):
    from kg.pipeline import process
    bulletin = tmp_path / "b.txt"
    bulletin.write_text(text, encoding="utf-8")
    return process(bulletin)


def _posts(doc) -> set[tuple[str, str, str]]:
    return {(p.person, p.role, p.org) for p in doc.posts}


def _placeless_posts(tmp_path, text: str) -> set[tuple[str, str, str]]:
    """The posts of a page that must be of no place of its own."""
    doc = _processed(tmp_path, text)
    assert doc.context.place is None
    return _posts(doc)


def test_guests_come_to_do_an_exchange_of_some_kind_name_no_place_of_the_item(tmp_path):
    # 来兴开展异地交流: a word between 开展 and what they came for; the headline's county is still the guests'
    doc = _processed(tmp_path, "兴化日报\n姜堰区政协来兴开展异地交流活动\n发布时间：2023-05-10\n"
                               "5月9日，姜堰区政协主席王明远率队来我市开展异地交流活动。市政协主席李青松，副主席赵一鸣参加活动。\n")
    assert ("李青松", "主席", "兴化市政协") in _posts(doc)


def test_a_host_receiving_guests_does_not_make_the_paragraph_the_guests(tmp_path):
    doc = _processed(tmp_path, "兴化市政协网\n发布时间：2023-05-10\n市政协开展交流活动\n"
                               "5月9日，市政协组织委员开展交流活动。\n"
                               "李青松热情接待了姜堰区政协委员一行，市政协副主席赵一鸣参加。\n")
    assert ("赵一鸣", "副主席", "兴化市政协") in _posts(doc)


def test_a_bare_county_committee_is_the_one_its_sentence_named_last(tmp_path):
    # a page of no place of its own: the guests' county opens the item, the host's chair and vice-chair follow in
    # one sentence
    doc = _processed(tmp_path, "10月8日，黑龙江省拜泉县政协主席王明远带领调研组一行到泾阳考察学习。泾阳县政协主席李青松，"
                               "县政协副主席赵一鸣一同考察。\n李青松对拜泉县政协来泾阳考察学习表示欢迎。\n")
    posts = _posts(doc)
    assert any(p[:2] == ("赵一鸣", "副主席") and "泾阳县政协" in p[2] for p in posts)
    assert not any(p[0] == "赵一鸣" and "拜泉" in p[2] for p in posts)


def test_a_county_level_city_named_with_and_without_its_prefecture_is_one_body(tmp_path):
    doc = _processed(tmp_path, "近日，嘉定区政协与浙江省温岭市政协合作交流签约仪式在嘉定区举行。\n"
                               "嘉定区政协主席王明远表示，区政协将与温岭市政协携手。\n"
                               "温岭市政协主席李青松表示，签约为两地政协合作奠定了基础。\n")
    cppcc = [o.name for o in doc.organizations.values() if "温岭" in o.name and o.kind == "CPPCC"]
    assert len(cppcc) == 1


def test_a_municipality_s_item_on_a_digest_gives_its_bare_committee_that_municipality(tmp_path):
    # a digest of several municipalities' items: the 北京 item's bare 市政协 is 北京's, not that of the province the
    # page's places are taken to lie in most
    doc = _processed(tmp_path, "政协要闻\n\n全国政协副主席王立平在京会见代表\n\n全国政协副主席王立平20日在京会见有关代表。\n\n"
                               "北京市政协委员视察乡村振兴工作\n\n6月2日，北京市政协组织委员到怀柔区开展视察。市政协主席王明远参加。"
                               "\n\n上海市静安区政协召开专题协商会议\n\n6月3日，上海市静安区政协召开专题协商会议。\n")
    assert ("王明远", "主席", "北京市政协") in _posts(doc)


def test_the_committees_of_several_provinces_and_cities_are_no_one_committee(tmp_path):
    # 各省、区、市政协提案委员会 and 三省一市政协 name each such body of a meeting of several provinces, no city's
    doc = _processed(tmp_path, "长三角三省一市政协提案工作座谈会在宁德召开\n"
                               "6月3日，长三角三省一市政协提案工作座谈会在宁德召开。浙江省政协副主席王明远出席会议。"
                               "各省、区、市政协提案委员会负责同志作交流发言。\n")
    assert not any(o.name.endswith("市政协") or o.name.endswith("市政协提案委员会") for o in doc.organizations.values())


def test_a_report_taken_from_a_committee_s_site_names_the_site_without_据(tmp_path):
    doc = _processed(tmp_path, "据宿州市政协网消息，6月1日，市政协召开主席会议，市政协主席王明远主持。\n")
    assert "宿州市政协网" in doc.organizations
    assert not any(name.startswith("据") for name in doc.organizations)


def test_an_autonomous_county_named_short_and_in_full_is_one_body(tmp_path):
    # 五峰县政协 in the item of another county's visit, 五峰土家族自治县政协 in the credit line of its own
    doc = _processed(tmp_path, "9月3日，竹山县政协主席王明远率考察团到五峰考察。五峰县政协与竹山县政协签订友好协议书，"
                               "缔结为友好政协。\n竹山县政协考察团考察了五峰的茶叶产业。\n（五峰土家族自治县政协 李青松 供稿）\n")
    assert len([o for o in doc.organizations.values() if "五峰" in o.name and o.kind == "CPPCC"]) == 1


def test_a_headline_opening_with_a_city_and_a_colon_gives_its_item_that_city(tmp_path):
    # 信阳：… names its item's city only in the headline; the item's bare 市政协 and 市长 are that city's
    posts = _placeless_posts(tmp_path, "全省政协动态\n\n南阳：市政协召开常委会议\n6月1日，市政协召开常委会议，市政协主席王明远"
                                       "主持。\n\n信阳：民主监督助推乡村振兴\n6月2日，市政协副主席赵一鸣率队开展民主监督，市长孙立新参加。"
                                       "\n\n驻马店市政协开展委员培训\n6月3日，市政协主席周德胜出席开班式并讲话。\n")
    assert ("赵一鸣", "副主席", "信阳市政协") in posts
    assert ("孙立新", "市长", "信阳市人民政府") in posts


def test_the_city_a_page_s_own_committee_goes_to_is_not_the_page_s(tmp_path):
    # the page's own 市政协, named bare, goes to 眉山; 眉山's committee hosts: the page's bare 市政协 is not 眉山's
    posts = _placeless_posts(tmp_path, "市政协考察团赴眉山学习考察\n6月5日，市政协副主席王明远率考察团赴眉山市学习考察。眉山市政协"
                                       "主席李青松陪同考察。眉山市政协副主席赵一鸣介绍了有关情况，市政协副主席孙立新参加。\n"
                                       "考察团一行先后来到东坡区、青神县，东坡区政协主席周德胜陪同。\n")
    assert ("李青松", "主席", "眉山市政协") in posts
    assert not any(p[0] in ("王明远", "孙立新") and "眉山" in p[2] for p in posts)


# two items with headlines of two cities, a third without one under its dateline (本报池州讯); the chairs of several
# cities speaking at a meeting of the province held in 成都: pages of no place of their own, each bare body of the
# city its item or sentence names
@pytest.mark.parametrize("text, post", [
    ("市县政协动态\n\n淮南市政协召开主席会议\n6月1日，淮南市政协召开主席会议，市政协主席王明远主持。\n\n六安市政协调研文旅"
     "产业\n6月3日，六安市政协副主席孙立新率队调研文旅产业。\n本报池州讯 6月4日，市政协主席周德胜主持召开常委会议。\n",
     ("周德胜", "主席", "池州市政协")),
    ("全省市州政协主席座谈会在成都召开\n\n6月8日，全省市州政协主席座谈会在成都召开。省政协主席王明远出席并讲话。\n会上，"
     "绵阳市政协主席赵一鸣、南充市政协主席周德胜分别作交流发言。\n周德胜表示，南充市政协将认真落实会议精神，市委书记吴国强"
     "对政协工作高度重视。\n", ("吴国强", "书记", "中共南充市委")),
])
def test_dateline_items_and_a_province_s_venue_make_pages_of_several_places(tmp_path, text, post):
    assert post in _placeless_posts(tmp_path, text)


def test_each_marked_item_of_a_city_s_page_is_of_the_county_it_opens_with(tmp_path):
    # a page of one city's county-level cities' items, each marked ◆ and opened by a date or 近日: each item's
    # 市政协 and 市委 are its own city's, not the page's prefecture's
    doc = _processed(tmp_path, "县区政协动态\n\n◆近日，宁乡市政协组织委员视察乡村振兴工作，市政协主席王明远带队，市委常委李青松参加。"
                               "\n\n◆6月2日，浏阳市政协召开常委会议，市政协副主席赵一鸣主持。\n\n"
                               "◆6月3日，望城区政协开展民主监督，区政协主席周德胜参加。\n")
    posts = {(p.person, p.role): p.org for p in doc.posts}
    assert "宁乡市政协" in posts[("王明远", "主席")] and "宁乡市委" in posts[("李青松", "常委")]
    assert "浏阳市政协" in posts[("赵一鸣", "副主席")]


def test_a_city_s_chamber_in_other_cities_is_one_body_in_each(tmp_path):
    # 深圳安庆商会, 广州安庆商会: Anqing's chambers of commerce in Shenzhen and Guangzhou, each a body of its own
    doc = _processed(tmp_path, "安庆市政协工作动态\n2024年5月3日\n5月2日，市政协主席王明率队赴深圳、广州招商，走访了深圳安庆商会、"
                                "广州安庆商会和东莞安庆商会。\n")
    assert {"深圳安庆商会", "广州安庆商会", "东莞安庆商会"} <= set(doc.organizations)


XIPING = ("西平县政协工作动态\n\n6月8日，县政协主席王明远主持召开主席会议。县政协副主席李青松参加。\n"
          "3月23日，省政协副主席赵一鸣在驻马店市政协主席钱晓东的陪同下到平舆县调研。平舆县委书记孙立平，"
          "县委副书记、县长周海波，县政协主席吴振华等参加调研。\n"
          "3月25日，县政协主席王明远带队到遂平县考察学习。遂平县政协主席郑文杰，县政协副主席李青松参加。\n")


def test_an_item_whose_guests_from_above_go_to_another_county_is_that_county_s(tmp_path):
    doc = _processed(tmp_path, XIPING)
    assert doc.context.place == "西平县"
    posts = _posts(doc)
    assert {("周海波", "县长", "平舆县人民政府"), ("周海波", "副书记", "中共平舆县委"),
            ("吴振华", "主席", "平舆县政协")} <= posts
    # the page's own items keep the page's county, also where its own people go to another county
    assert ("李青松", "副主席", "西平县政协") in posts


def test_a_sibling_county_on_a_county_s_page_is_named_without_its_prefecture(tmp_path):
    # the text names 驻马店 only for the guests' committee: 平舆县委 is 中共平舆县委, no 中共驻马店市平舆县委
    names = set(_processed(tmp_path, XIPING).organizations)
    assert "中共平舆县委" in names
    assert not any(n.startswith(("中共驻马店市平舆", "驻马店市平舆")) for n in names)


def test_a_sibling_county_level_city_on_a_county_level_city_s_page_is_named_on_its_own(tmp_path):
    doc = _processed(tmp_path, "常熟市政协工作动态\n\n11月8日，市政协组织住我市的委员赴太仓市开展视察。市政协主席王明远参加。"
                               "太仓市政协主席吴振华陪同视察。\n")
    assert doc.context.place == "常熟市"
    posts = _posts(doc)
    assert ("吴振华", "主席", "太仓市政协") in posts
    # the page's own people, who went there, stay the page's
    assert ("王明远", "主席", "常熟市政协") in posts


def test_on_a_page_of_no_place_a_county_carries_its_prefecture_only_in_an_item_about_that_prefecture(tmp_path):
    # 蒲城县's item names no 渭南; 汉中's item (its headline names 汉中市政协) names its county with the city
    doc = _processed(tmp_path, "陕西政协动态\n\n汉中市政协召开读书分享会\n4月23日，汉中市政协联合各县区政协举办读书分享会。"
                               "勉县政协组织委员读书交流。\n\n"
                               "蒲城县政协召开主席会议\n4月24日，蒲城县政协召开主席会议。县政协主席王明远主持。\n\n"
                               "榆林市政协召开主席会议\n4月25日，榆林市政协召开主席会议。\n")
    assert doc.context.place is None
    assert ("王明远", "主席", "蒲城县政协") in _posts(doc)
    assert "汉中市勉县政协" in doc.organizations
    assert not any(n.startswith("渭南市") for n in doc.organizations)


def test_a_bare_committee_after_a_county_level_city_s_in_the_same_list_is_that_city_s(tmp_path):
    doc = _processed(tmp_path, "宜昌市政协工作动态\n\n5月21日，省政协副主席赵一鸣率队到宜都市调研。宜昌市政协副主席李青松，"
                               "宜都市政协主席王明远，市政协副主席吴振华参加调研。\n"
                               "5月22日，市政协副主席孙立平带队赴夷陵区政协考察学习。夷陵区政协主席钱晓东介绍经验，"
                               "市政协秘书长周海波参加。\n")
    posts = _posts(doc)
    assert ("吴振华", "副主席", "宜昌市宜都市政协") in posts
    # a bare 市政协 after a district's committee is no district's: the page's own
    assert ("周海波", "秘书长", "宜昌市政协") in posts


def test_a_county_sharing_its_name_is_read_in_the_province_of_the_page(tmp_path):
    # 普陀区 of 舟山 (浙江), the page's province, not 上海's
    doc = _processed(tmp_path, "4月9日，民建舟山市普陀区支部与民建金华市磐安支部结对签约。磐安县政协副主席赵一鸣，"
                               "普陀区委统战部副部长王明远出席。\n")
    assert doc.context.province == "浙江省"
    assert not any(n.startswith("上海市") for n in doc.organizations)


@pytest.mark.parametrize("visit", ["在平舆县调研", "到平舆县就复工复产开展调研", "莅临平舆县检查指导"])
def test_the_hosts_of_guests_from_above_in_another_county_named_bare_are_that_county_s(tmp_path, visit):
    doc = _processed(tmp_path, "西平县政协工作动态\n\n6月8日，县政协主席王明远主持召开主席会议。\n"
                               f"3月23日，省政协副主席赵一鸣{visit}。县委书记孙立平，县长周海波，县政协主席吴振华等参加。\n")
    posts = _posts(doc)
    assert {("周海波", "县长", "平舆县人民政府"), ("吴振华", "主席", "平舆县政协")} <= posts
    assert ("王明远", "主席", "西平县政协") in posts


def test_on_a_city_s_page_an_item_whose_guests_from_above_go_to_another_city_is_that_city_s(tmp_path):
    doc = _processed(tmp_path, "驻马店市政协工作动态\n\n6月8日，市政协主席王明远主持召开主席会议。市政协副主席李青松参加。\n"
                               "3月23日，省政协副主席赵一鸣到信阳市调研。市委书记孙立平，市长周海波，市政协主席吴振华等参加。\n")
    posts = _posts(doc)
    assert {("孙立平", "书记", "中共信阳市委"), ("周海波", "市长", "信阳市人民政府"), ("吴振华", "主席", "信阳市政协")} <= posts
    assert ("李青松", "副主席", "驻马店市政协") in posts


def test_the_places_of_a_list_share_the_body_written_after_the_last(tmp_path):
    doc = _processed(tmp_path, "宝鸡市政协工作动态\n\n6月2日，市政协主席王明远到凤县、太白县、眉县政协调研。"
                               "6月3日，调研组深入陈仓区、渭滨区及金台区政协机关座谈。\n")
    assert {"宝鸡市凤县政协", "宝鸡市太白县政协", "宝鸡市眉县政协"} <= set(doc.organizations)
    # joined by 及: the places visited, then the district's body
    assert not {"宝鸡市陈仓区政协机关", "宝鸡市渭滨区政协机关"} & set(doc.organizations)


def test_a_page_s_own_committee_by_its_short_name_after_guests_named_in_the_sentence_is_the_page_s(tmp_path):
    doc = _processed(tmp_path, "宁海县政协工作动态\n\n10月20日，由昆明市宜良县政协主席王明远率领的宜良县政协考察团一行"
                               "来到我县考察，学习宁海政协基层协商的经验。县政协主席李青松参加。\n")
    assert "宁海政协" in doc.organizations["宁海县政协"].aliases


def test_a_committee_named_bare_after_a_district_s_bodies_in_its_sentence_is_that_district_s(tmp_path):
    doc = _processed(tmp_path, "东台市政协工作动态\n\n6月15日，市政协主席李青松一行赴陕西省铜川市耀州区交流。耀州区委书记王明远，"
                               "区委副书记、区长赵一鸣，政协主席、党组书记吴振华与李青松一行座谈。\n")
    posts = _posts(doc)
    assert ("吴振华", "主席", "铜川市耀州区政协") in posts
    assert ("李青松", "主席", "东台市政协") in posts
