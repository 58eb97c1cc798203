"""Organizations and events as real pages of southern and western provinces write them, on invented text.

The bulletins are invented, of places other than the samples' and the development set's (南充, 宜宾 in 四川;
柳州 in 广西; 曲靖 in 云南; 遵义 in 贵州; 岳阳 in 湖南; 韶关 in 广东); persons, companies and bodies are invented.
"""
from __future__ import annotations

from test_extraction import masthead, write_and_process


def page(tmp_path_factory, city: str, body: str):
    return write_and_process(tmp_path_factory, f"{city}-south.txt", masthead(city, 3, "2024年6月3日") + body)


def names(doc) -> set[str]:
    return {o.name for o in doc.organizations.values()}


def visited(doc) -> list[str]:
    return [name for event in doc.events for name in event.visited]


def test_a_company_name_begins_again_after_the_place_it_stands_in(tmp_path_factory):
    # a registered name runs down from its place; a higher place after a lower one, a town or a zone begins it
    doc = page(tmp_path_factory, "南充", "市政协视察企业\n6月1日，市政协副主席罗永红一行来到南充市四川嘉陵星光电子有限公司、"
                                         "顺庆经济开发区蓬安锦屏纺织有限公司和龙门镇阆中明月食品有限公司，"
                                         "还走访了南充市高坪区建筑安装有限公司。\n")
    assert {"四川嘉陵星光电子有限公司", "蓬安锦屏纺织有限公司", "阆中明月食品有限公司",
            "南充市高坪区建筑安装有限公司"} <= names(doc)
    assert "南充市四川嘉陵星光电子有限公司" not in names(doc)


def test_two_companies_joined_by_and_when_the_second_begins_with_a_place(tmp_path_factory):
    doc = page(tmp_path_factory, "韶关", "市政协调研委员企业\n6月1日，市政协主席彭志坚一行首先来到丹霞集团曲江新材料工业城和"
                                         "广东南岭丰源实业有限公司，与委员交谈。\n")
    assert "广东南岭丰源实业有限公司" in names(doc)
    assert not any("和广东" in name for name in names(doc))


def test_a_zone_after_located_in_is_where_the_visited_company_stands(tmp_path_factory):
    doc = page(tmp_path_factory, "宜宾", "市政协考察园区\n6月1日，市政协副主席邓光明带领调研组实地考察了位于临港经开区的"
                                         "宜宾天宇锂能科技有限公司，位于宜宾高新技术产业开发区的四川翠屏智造有限公司和"
                                         "宜宾江安光电有限公司。\n")
    assert visited(doc) == ["宜宾天宇锂能科技有限公司", "四川翠屏智造有限公司", "宜宾江安光电有限公司"]


def test_a_county_level_city_written_with_its_level_twice_has_its_own_party_committee(tmp_path_factory):
    doc = page(tmp_path_factory, "岳阳", "市政协座谈会\n6月1日，市政协组织委员赴汨罗市召开座谈会。汨罗市市委书记甘立新出席会议。\n")
    party = {o.name for o in doc.organizations.values() if "汨罗市市委" in o.aliases}
    assert party and all("汨罗市委" in name for name in party)


def test_visit_verbs_and_generic_words_start_no_body(tmp_path_factory):
    doc = page(tmp_path_factory, "曲靖", "市政协调研\n6月1日，市政协副主席尹红带领部分市政协常委莅临曲靖电力科学研究院调研，"
                                         "详细了解合作社的发展情况。承办单位市农经局作了汇报。\n")
    assert {"曲靖电力科学研究院", "曲靖市农经局"} <= names(doc)
    assert not any("莅临" in name or "了解" in name or "单位" in name for name in names(doc))


def test_a_name_wholly_in_quotes_is_a_label(tmp_path_factory):
    doc = page(tmp_path_factory, "柳州", "市政协视察\n6月1日，市政协委员视察柳江智能装备园，该园被评为“智慧工厂”。\n")
    assert "智慧工厂" not in names(doc)


def test_democratic_parties_central_regional_and_by_their_letter(tmp_path_factory):
    doc = page(tmp_path_factory, "遵义", "党派调研\n6月1日，民进中央副主席韩立群到我市调研，民盟广西区委主委覃海燕陪同。"
                                         "九三学社遵义市委联合社贵州省委开展社会服务，社遵义市委主委包晓丽参加。\n")
    kinds = {o.name: o.kind for o in doc.organizations.values()}
    assert kinds.get("民进中央") == "DEMOCRATIC_PARTY"
    assert any(kinds[n] == "DEMOCRATIC_PARTY" and "民盟广西区委" in o.aliases
               for n, o in doc.organizations.items())
    assert kinds.get("九三学社贵州省委") == "DEMOCRATIC_PARTY"
    assert not any(kind == "PARTY" and ("贵州省委" in name or "民盟" in name) for name, kind in kinds.items())


def test_a_district_name_several_cities_share_is_read_in_the_page_province(tmp_path_factory):
    # 鼓楼区 is a district of 福州, 南京, 徐州 and 开封: the page's province tells which
    doc = write_and_process(tmp_path_factory, "gulou.txt", "福州市鼓楼区政协召开常委会议\n发布时间：2024-03-05\n"
                            "3月5日，鼓楼区政协召开常委会议，区政协主席林秀娟主持会议，区委副书记陈建辉出席。"
                            "会议听取了区人大常委会有关情况通报。\n")
    assert {"福州市鼓楼区政协", "中共福州市鼓楼区委", "福州市鼓楼区人大常委会"} <= names(doc)


def test_bodies_of_each_kind_a_sector_and_the_word_before_a_bare_committee_name_none(tmp_path_factory):
    doc = page(tmp_path_factory, "曲靖", "市政协协商会\n6月1日，市政协主席段云峰及市各部委办局主要负责人出席会议。"
                                         "会上，委员们在今后的工作中市委统战部会继续支持。调研组来到市政协工商联界委员工作室。\n")
    assert "曲靖市委统战部" in names(doc) or "中共曲靖市委统战部" in names(doc)
    assert not any("各部委" in name or name.endswith("工商联") or "中市委" in name for name in names(doc))


def test_the_institution_an_activity_is_held_at_is_visited_not_the_government(tmp_path_factory):
    doc = page(tmp_path_factory, "韶关", "委员活动\n6月1日，市政协文化文史委在丹霞山博物馆举办读书分享活动。"
                                         "6月2日，市政协在市政府召开协商座谈会。\n")
    assert visited(doc) == ["丹霞山博物馆"]


def test_an_office_of_a_democratic_party_committee_is_the_party_s(tmp_path_factory):
    doc = page(tmp_path_factory, "遵义", "党派活动\n6月1日，九三学社遵义市委联合社贵州省委开展调研。社贵州省委调研处二级调研员"
                                         "罗新民，民革遵义市委会办公室主任赵丽参加。\n")
    kinds = {o.name: o.kind for o in doc.organizations.values()}
    assert kinds.get("九三学社贵州省委调研处") == "DEMOCRATIC_PARTY"
    assert kinds.get("民革遵义市委会办公室") == "DEMOCRATIC_PARTY"


def test_our_city_and_an_autonomous_region_without_its_people_in_a_name(tmp_path_factory):
    doc = page(tmp_path_factory, "柳州", "委员视察\n6月1日，委员们视察了我市柳北精工机械有限公司。广西自治区政协副主席韦建华"
                                         "参加。提案《关于扶持我市中小企业发展的建议》得到办理。\n")
    assert {"柳北精工机械有限公司", "广西壮族自治区政协"} <= names(doc)
    assert not any(("我市" in name) for name in names(doc))


def test_the_committee_s_paper_a_full_time_title_and_a_kind_of_company_before_its_name(tmp_path_factory):
    doc = page(tmp_path_factory, "柳州", "委员视察\n来源：广西政协报\n6月1日，自治区政协副主席覃明率调研组深入返乡创业企业"
                                         "融安金桔食品有限公司和会员企业广西鹿寨精铸有限公司调研。自治区政协经济委专职副主任"
                                         "莫丽华参加。会上，柳北区鼓励商会参与。\n")
    kinds = {o.name: o.kind for o in doc.organizations.values()}
    assert kinds.get("广西政协报") == "OTHER"
    assert {"融安金桔食品有限公司", "广西鹿寨精铸有限公司"} <= set(visited(doc))
    assert not any(name.endswith("专职") or "鼓励" in name for name in kinds)


def test_a_page_of_a_municipality_naming_no_district():
    # a page whose only place is its province, a municipality: its bare 市 is the municipality (市政协, 市委)
    from kg.places import gazetteer
    from kg.scopes import Scope, bare_city
    chongqing = gazetteer().resolve("重庆市")
    assert bare_city(Scope(province=chongqing)) == chongqing
    assert bare_city(Scope(province=gazetteer().resolve("四川省"))) is None


def test_visits_to_companies_named_after_the_city_or_zone_they_stand_in(tmp_path_factory):
    doc = page(tmp_path_factory, "南充", "市政协调研\n6月1日，市政协主席刘东一行还来到南充市四川嘉陵星光电子有限公司、"
                                         "顺庆经济技术开发区四川果城纺织有限公司，以及营山县城区、四川营山明月食品有限公司调研。\n")
    assert visited(doc) == ["四川嘉陵星光电子有限公司", "四川果城纺织有限公司", "四川营山明月食品有限公司"]


def test_a_special_committee_whose_name_joins_culture_and_history_with_and(tmp_path_factory):
    doc = page(tmp_path_factory, "韶关", "专委会会议\n6月1日，市政协文化和文史资料委员会召开主任会议，市政协文化和文史资料委"
                                         "主任欧阳明主持。\n")
    assert "韶关市政协文化和文史资料委员会" in names(doc)
    assert not any(name.endswith("政协文史资料委员会") for name in names(doc))


def test_a_company_a_leader_is_pictured_investigating_at_is_visited(tmp_path_factory):
    doc = page(tmp_path_factory, "岳阳", "市政协调研\n6月1日，市政协主席李湘平深入平江县开展综合调研。\n"
                                         "（图为李湘平在湖南幕阜山茶业股份有限公司调研。）\n")
    assert visited(doc) == ["湖南幕阜山茶业股份有限公司"]


def test_a_visited_body_after_its_town_or_after_a_word_for_the_kind_of_member_it_is(tmp_path_factory):
    doc = page(tmp_path_factory, "柳州", "委员视察\n6月1日，委员们现场参观了洛满镇柳城蔗香食品有限公司，又走访了商会副会长单位"
                                         "桂中联创集团。\n")
    assert visited(doc) == ["柳城蔗香食品有限公司", "桂中联创集团"]


def test_a_body_after_the_titles_of_a_post_is_that_organization_s(tmp_path_factory):
    # 省政协副秘书长、办公厅主任: the province's committee's general office, not the city's
    doc = page(tmp_path_factory, "曲靖", "调研\n6月1日，市政协主席段云峰陪同省政协副秘书长、办公厅主任杨光明一行调研。\n")
    assert "云南省政协办公厅" in names(doc)
    assert "曲靖市政协办公厅" not in {m.org for m in doc.org_mentions if m.surface == "办公厅"}


def test_the_bodies_someone_goes_to_before_investigating_are_visited(tmp_path_factory):
    doc = page(tmp_path_factory, "韶关", "走访企业\n6月1日，市政协副主席黄志雄到所联系的重点企业——韶关丹霞铝业有限公司和"
                                         "乐昌市建筑工程有限公司走访调研。6月2日，委员们座谈时，这一做法得到了韶钢集团考察团的好评。\n")
    assert visited(doc) == ["韶关丹霞铝业有限公司", "乐昌市建筑工程有限公司"]


def test_a_word_for_the_kind_of_company_before_its_brand_is_no_part_of_its_name(tmp_path_factory):
    doc = page(tmp_path_factory, "遵义", "委员视察\n6月1日，委员们参观了会员企业黔北茶香文化有限公司和龙头企业"
                                         "赤水竹业科技有限公司，又来到遵义企业集团有限公司。\n")
    assert visited(doc) == ["黔北茶香文化有限公司", "赤水竹业科技有限公司", "遵义企业集团有限公司"]
