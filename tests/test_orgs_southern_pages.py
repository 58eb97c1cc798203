"""Organizations of real pages from the south and south-west (session 8): official names with 和 or 与 in a list
of departments and in a CPPCC committee's special committee, a body's other name in brackets, a reporter under a
headline, a democratic party's committee of a bare level after its central committee, a site banner naming a
district's committee. Invented pages and people."""
from __future__ import annotations

from kg.visitors import elsewhere
from test_extraction import posts_of, write_and_process
from test_real_pages import page


def test_official_names_with_he_in_a_list_of_departments_keep_their_first_word(tmp_path_factory):
    doc = page(tmp_path_factory, "梧州", "调研\n6月3日，市工业和信息化局、发展和改革局、质量和技术监督局负责同志参加。"
                                         "调研组参观了梧州海洋科学与工程研究所。\n")
    assert {"梧州市发展和改革局", "梧州市质量和技术监督局", "梧州海洋科学与工程研究所"} <= set(doc.organizations)
    assert not {"梧州市和改革局", "梧州市技术监督局", "工程研究所"} & set(doc.organizations)


def test_a_special_committee_named_with_he_and_a_resident_vice_chair(tmp_path_factory):
    doc = page(tmp_path_factory, "梧州", "调研\n6月3日，上海市政协科技和教育委员会专职副主任钱明远，自治区政协港澳台侨和外事"
                                         "委员会驻会副主任黄立新参加调研。\n")
    assert posts_of(doc, "钱明远") == {("专职副主任", "上海市政协科技和教育委员会")}
    assert posts_of(doc, "黄立新") == {("驻会副主任", "广西壮族自治区政协港澳台侨和外事委员会")}


def test_a_bodys_other_name_in_brackets_is_no_second_body(tmp_path_factory):
    doc = page(tmp_path_factory, "梧州", "座谈\n6月3日，自治区工商联（总商会）举行座谈会，市工商联(总商会)副主席韦小明主持。\n")
    assert posts_of(doc, "韦小明") == {("副主席", "梧州市工商联")}
    assert not any(o.endswith("总商会") for o in doc.organizations)


def test_a_reporter_under_a_headline_is_no_reporter_of_its_committee(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "reporter.txt",
                            "市政协副主席黄立来区开展“四下基层”“服务为民”调研\n(记者 陈小兵 刘丽芳)5月15日，市政协党组成员、"
                            "副主席黄立一行来区开展“四下基层”调研。\n")
    assert posts_of(doc, "陈小兵") == set() and posts_of(doc, "刘丽芳") == set()


def test_a_democratic_partys_committee_of_a_bare_level_is_no_communist_party_committee(tmp_path_factory):
    doc = page(tmp_path_factory, "梧州", "调研\n6月3日，全国政协常委，九三学社中央常委、广西区委主委黄明德，民盟中央常委、"
                                         "湖北省委主委李新华参加调研。\n")
    assert posts_of(doc, "李新华") == {("常委", "民盟中央"), ("主委", "民盟湖北省委")}
    assert "中共湖北省委" not in doc.organizations


def test_a_site_banner_naming_a_districts_committee_makes_the_page_the_districts(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "banner.txt",
                            "欢迎光临政协广州市南沙区委员会!\n区政协赴珠海市、中山市开展学习调研活动\n发布时间:2020-09-21\n"
                            "9月15日，区政协副主席林小文率队前往珠海市、中山市调研。区政协教科卫体委主任吴建平参加。"
                            "调研组与中山市政协座谈交流。\n")
    assert doc.context.place == "南沙区"
    assert posts_of(doc, "林小文") == {("副主席", "广州市南沙区政协")}
    assert posts_of(doc, "吴建平") == {("主任", "广州市南沙区政协教科卫体委")}


def test_bare_bodies_after_a_municipalitys_committee_in_one_phrase_are_the_municipalitys(tmp_path_factory):
    doc = page(tmp_path_factory, "遵义", "会见\n11月14日，省政协副主席王立会见了天津市政协副主席、市委统战部部长李德厚，天津市"
                                         "政协副主席、民建市委会主委周小熹一行。市委书记刘明出席。\n")
    assert posts_of(doc, "李德厚") == {("副主席", "天津市政协"), ("部长", "天津市委统战部")}
    assert posts_of(doc, "周小熹") == {("副主席", "天津市政协"), ("主委", "民建天津市委会")}
    assert posts_of(doc, "刘明") == {("书记", "中共遵义市委")}
    assert not {"遵义市委统战部", "民建遵义市委会"} & set(doc.organizations)


def test_an_idiom_verb_before_a_regions_party_committee_is_no_part_of_it(tmp_path_factory):
    doc = page(tmp_path_factory, "梧州", "考察\n6月3日，市政协主席黄小明要求，深入学习贯彻落实自治区党委和市委关于稳经济的部署要求。\n")
    assert "广西壮族自治区党委" in doc.organizations
    assert not any("贯彻" in o for o in doc.organizations)


def test_the_committees_of_every_city_above_a_level_are_no_one_committee(tmp_path_factory):
    doc = page(tmp_path_factory, "梧州", "会议\n6月3日，省政协经济委员会全体会议召开，有关地级以上市政协经济委员会负责同志出席。\n")
    assert "梧州市政协经济委员会" not in doc.organizations


def test_the_pages_address_on_its_first_line_is_no_part_of_the_dateline(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "address.txt",
                            "http://www.example.cn/content/2021-12/16/content_1.htm\n梧州日报讯(记者 陈小兵)12月14日，柳州市政协"
                            "主席刘明宁率柳州市政协考察组到我市考察。市政协主席黄大饶陪同考察。柳州市政协副主席韦林参加。\n")
    assert doc.context.place == "梧州市"
    assert posts_of(doc, "黄大饶") == {("主席", "梧州市政协")}


def test_a_place_the_pages_leader_leads_a_team_to_is_no_place_of_the_page():
    head = "王大平率队赴甘孜州考察调研民族宗教工作"
    assert elsewhere(head, 6, 9)
    assert not elsewhere("省政协主席王大平率队赴泉州调研", 12, 14)   # a province's visit: the city's page


def test_a_city_named_only_by_a_short_form_shared_with_another_provinces_district_is_the_provinces(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "short-form.txt",
                            "省政协调研组到我市调研制造业\n2月24日，广东省政协副秘书长吴小芹率调研组到我市调研。市政协副主席刘小伟，"
                            "市发展和改革局、商务局负责同志参加。调研组参观了中山光明电子有限公司，在中山期间还听取了情况介绍。\n")
    assert doc.context.place == "中山市"
    assert posts_of(doc, "刘小伟") == {("副主席", "中山市政协")}
    assert "中山市发展和改革局" in doc.organizations


def test_a_title_held_in_charge_of_the_body_is_a_post_like_any(tmp_path_factory):
    doc = page(tmp_path_factory, "昆明", "调研\n10月31日，省侨联副主席(主持工作)、党组成员徐小兴到西双版纳州调研。市工商联副主席（主持工作）"
                                         "李大明陪同。\n")
    assert posts_of(doc, "徐小兴") == {("副主席", "云南省侨联"), ("党组成员", "云南省侨联")}
    assert posts_of(doc, "李大明") == {("副主席", "昆明市工商联")}


def test_courts_named_by_their_short_forms_and_a_courts_executive_vice_president(tmp_path_factory):
    doc = page(tmp_path_factory, "遵义", "两会\n1月25日，省政协委员、贵州高院常务副院长张洪文，市中院院长李小强参加。\n")
    assert posts_of(doc, "张洪文") == {("委员", "贵州省政协"), ("常务副院长", "贵州高级人民法院")}
    assert posts_of(doc, "李小强") == {("院长", "遵义市中级人民法院")}
    assert "贵州高院" in doc.organizations["贵州高级人民法院"].aliases


def test_the_new_social_strata_association_keeps_its_de(tmp_path_factory):
    doc = page(tmp_path_factory, "泉州", "调研\n近日，市委常委林万华走访调研安溪县新的社会阶层人士联谊会妇联工作开展情况。\n")
    assert "泉州市安溪县新的社会阶层人士联谊会妇联" in doc.organizations
    assert not any(o.endswith("县社会阶层人士联谊会妇联") for o in doc.organizations)


def test_a_brand_beginning_with_a_stop_word_after_its_place_is_whole(tmp_path_factory):
    doc = page(tmp_path_factory, "中山", "调研\n2月24日，调研组参观中山联合星光科技有限公司。市政协联合中山华明科技有限公司开展活动。\n")
    assert {"中山联合星光科技有限公司", "中山华明科技有限公司"} <= set(doc.organizations)
    assert "星光科技有限公司" not in doc.organizations


def test_a_verb_before_a_zone_named_alone_is_no_part_of_it(tmp_path_factory):
    doc = page(tmp_path_factory, "宜宾", "交流\n5月16日，区政协紧紧围绕这一任务，全力促进经开区、宜宾高新区两大平台协同发展。\n")
    assert not any("促进" in o for o in doc.organizations)
    assert "宜宾高新区" in doc.organizations


def test_a_short_form_shared_across_provinces_is_not_narrowed_when_no_province_is_named(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "shared-short.txt",
                            "清河政协工作动态\n2022年3月8日\n\n市政协召开主席会议\n3月2日，市政协主席高明山主持召开主席会议。\n")
    assert doc.context.place != "邢台市"
