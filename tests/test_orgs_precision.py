"""Organizations that real pages read wrong (session 12, precision): words after 政协 that name no body (a verb, a
member's post), a county's body on a prefecture's page that names no county, a department of a democratic party's
central committee. Invented pages and people."""
from __future__ import annotations

from test_extraction import posts_of
from test_real_pages import page


def test_a_verb_after_the_committee_names_no_body(tmp_path_factory):
    doc = page(tmp_path_factory, "宝鸡", "调研\n3月5日，本次论坛由市政协主办，市政协委员王大明参加。\n")
    assert not any(o.endswith("主办") for o in doc.organizations)
    assert "宝鸡市政协" in doc.organizations


def test_a_members_post_word_after_the_committee_is_no_body(tmp_path_factory):
    doc = page(tmp_path_factory, "宝鸡", "调研\n3月5日，凤县政协专职常委李红梅、凤县政协前退休主席张国栋参加调研，"
                                         "凤县政协办、县发改委负责人陪同。\n")
    assert not any(o.endswith(("专职", "前退休")) for o in doc.organizations)
    assert posts_of(doc, "张国栋") == {("主席", "宝鸡市凤县政协")}
    assert "宝鸡市凤县政协办公室" in doc.organizations   # 政协办: the committee's office shortened, still a body


def test_a_county_body_on_a_prefecture_page_naming_no_county_keeps_its_name(tmp_path_factory):
    doc = page(tmp_path_factory, "宝鸡", "调研\n3月5日，市政协主席王大明调研，县发改局、县商务局负责人参加。\n")
    assert not any(o.startswith("宝鸡市县") for o in doc.organizations)
    assert {"县发改局", "县商务局"} <= set(doc.organizations)


def test_a_department_of_a_democratic_partys_central_committee_is_the_partys(tmp_path_factory):
    doc = page(tmp_path_factory, "宝鸡", "调研\n3月5日，民革中央宣传部副部长刘明远一行来宝鸡调研。\n")
    assert doc.organizations["民革中央宣传部"].kind == "DEMOCRATIC_PARTY"


def test_an_institute_named_after_the_academys_short_name_is_no_academy(tmp_path_factory):
    doc = page(tmp_path_factory, "太原", "调研\n3月5日，调研组先后到中科院晋中材料所、华宇集团调研。\n")
    assert "中国科学院" not in doc.organizations
    assert doc.organizations["中科院晋中材料所"].kind == "OTHER"


def test_a_verb_before_a_body_ends_the_words_before_its_name(tmp_path_factory):
    doc = page(tmp_path_factory, "宝鸡", "调研\n3月5日，市委书记杨大山委托市委副书记李明远讲话。企业负责人说，我们公司具备国家"
                                         "市场监管总局颁发的资质，县政协设在宏达机械有限公司的委员工作室运行良好。\n")
    assert posts_of(doc, "李明远") == {("副书记", "中共宝鸡市委")}
    assert "国家市场监管总局" in doc.organizations
    assert "宏达机械有限公司" in doc.organizations
    assert not any("委托" in o or "具备" in o or "设在" in o for o in doc.organizations)


def test_the_national_committees_standing_committee_by_its_full_name(tmp_path_factory):
    doc = page(tmp_path_factory, "宝鸡", "调研\n3月5日，市政协主席王大明传达中国人民政治协商会议第十三届全国委员会常务委员会"
                                         "第九次会议精神。\n")
    org = doc.organizations["全国政协常委会"]
    assert org.kind == "CPPCC_BODY"
    assert not any(o.kind == "MASS_ORG" for o in doc.organizations.values())


def test_a_place_short_form_beginning_inside_a_verb_names_no_committee(tmp_path_factory):
    # 召开州政协党组会议: 开州 (开州区's short form) begins inside 召开; the body is the prefecture's own 州政协党组
    doc = page(tmp_path_factory, "恩施", "党组会议\n3月5日，州政协召开州政协党组会议，州政协主席王大明主持。\n")
    assert not any("开州" in o for o in doc.organizations)
    assert any(o.endswith("州政协党组") for o in doc.organizations)


def test_a_citys_court_is_its_intermediate_court_a_districts_its_peoples_court(tmp_path_factory):
    # 市法院 of a prefecture-level city is its 中级人民法院 (org_heads.tsv: forms by the level of the place)
    doc = page(tmp_path_factory, "宝鸡", "调研\n3月5日，市法院院长王大明、渭滨区法院院长李红梅、市检察院检察长张国栋参加调研。\n")
    assert posts_of(doc, "王大明") == {("院长", "宝鸡市中级人民法院")}
    assert posts_of(doc, "李红梅") == {("院长", "宝鸡市渭滨区人民法院")}
    assert posts_of(doc, "张国栋") == {("检察长", "宝鸡市人民检察院")}


def test_a_bare_qu_dangwei_in_an_autonomous_region_is_the_regions_party_committee(tmp_path_factory):
    # 区党委 (自治 left out) on a page of 拉萨: 西藏自治区党委; a district's Party committee is its 区委
    doc = page(tmp_path_factory, "拉萨", "调研\n3月5日，区党委常委、统战部部长王大明到市政协调研。\n")
    assert ("常委", "西藏自治区党委") in posts_of(doc, "王大明")
    assert not any(o.startswith("拉萨市区党委") for o in doc.organizations)


def test_a_town_opening_a_companys_name_is_where_it_stands(tmp_path_factory):
    # 来到某某镇某某农业集团: the group stands in the town; 家乡 is a word, 小镇 a brand's
    doc = page(tmp_path_factory, "宝鸡", "调研\n3月5日，市政协主席王大明来到青石岭镇丰禾农业集团、美丽家乡农业有限公司、"
                                         "云溪巧克力小镇集团调研。\n")
    assert "丰禾农业集团" in doc.organizations and not any(o.startswith("青石岭镇") for o in doc.organizations)
    assert {"美丽家乡农业有限公司", "云溪巧克力小镇集团"} <= set(doc.organizations)
