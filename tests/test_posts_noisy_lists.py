"""Title phrases and name lists of noisy pages (characters lost in encoding, clauses before a list), on invented
text (the persons and the places are invented or used as examples)."""
from __future__ import annotations

from test_extraction import masthead, write_and_process


def posts_of(doc) -> set[tuple[str, str, str]]:
    return {(p.person, p.role, p.org) for p in doc.posts}


def mianyang_page(tmp_path_factory, name: str, issue: int, body: str):
    """A bulletin of 绵阳 (in 四川) of one line, processed."""
    return write_and_process(tmp_path_factory, name, masthead("绵阳", issue, f"2024年2月{issue}日") + body + "\n")


def test_a_list_goes_on_past_an_item_the_page_could_not_render(tmp_path_factory):
    doc = mianyang_page(tmp_path_factory, "garbled-list.txt", 3,
                        "会议选出的市政协副主席是:钟立群、谭?、邬海澄、蒲文静。")
    assert {("钟立群", "副主席", "绵阳市政协"), ("邬海澄", "副主席", "绵阳市政协"),
            ("蒲文静", "副主席", "绵阳市政协")} <= posts_of(doc)
    assert not any("?" in p for p in doc.persons)


def test_a_clause_of_the_membership_held_now_goes_to_every_name_of_the_list_after_it(tmp_path_factory):
    doc = mianyang_page(tmp_path_factory, "holding-member.txt", 4,
                        "市政协八届三次会议开幕。担任本届市政协委员的七届市政协副主席钟立群、邬海澄、蒲文静出席会议。")
    assert {("钟立群", "委员", "绵阳市政协"), ("邬海澄", "委员", "绵阳市政协"),
            ("蒲文静", "委员", "绵阳市政协")} <= posts_of(doc)
    assert not any(p.role == "副主席" for p in doc.posts)   # the former title stays out


def test_a_post_held_besides_the_one_elected_to(tmp_path_factory):
    doc = mianyang_page(tmp_path_factory, "concurrent-post.txt", 5,
                        "会议选举钟立群为市政协主席，邬海澄、蒲文静等5人当选副主席，邬海澄兼任秘书长。")
    assert {("邬海澄", "副主席", "绵阳市政协"), ("邬海澄", "秘书长", "绵阳市政协")} <= posts_of(doc)
    assert ("蒲文静", "秘书长", "绵阳市政协") not in posts_of(doc)


def test_a_name_ending_in_he_before_a_verb_of_speech_keeps_it(tmp_path_factory):
    doc = mianyang_page(tmp_path_factory, "name-he-says.txt", 6,
                        "市政协副主席蒲文静一行到企业调研。企业负责人邬海和说，“我们有信心。”"
                              "市政协副主席蒲文静和钟立群说，要做好服务。")
    assert "邬海和" in doc.persons and "邬海" not in doc.persons
    assert "蒲文静" in doc.persons and "蒲文静和" not in doc.persons   # 和 before a name joins the two


def test_a_county_agriculture_committee_is_a_government_body_and_the_cppcc_one_stays_its_own(tmp_path_factory):
    doc = mianyang_page(tmp_path_factory, "agriculture-committee.txt", 7,
                        "市政协农委主任邬海澄带队到三台县调研。县农委负责人李建军陪同。")
    assert doc.organizations["绵阳市三台县农委"].kind == "GOVERNMENT"
    assert doc.organizations["绵阳市政协农委"].kind == "CPPCC_BODY"
    assert ("李建军", "负责人", "绵阳市三台县农委") in posts_of(doc)


def test_credits_name_an_intern_and_the_medium_of_a_photo(tmp_path_factory):
    doc = mianyang_page(tmp_path_factory, "credits.txt", 8,
                        "谭立新 巴蜀网 图\n市政协调研组到三台县实习基地调研，了解大学生实习情况。(实习:蒲文静)")
    assert "蒲文静" in doc.persons and not any("实习" in p for p in doc.persons)
    assert "巴蜀网" in doc.organizations and not any("谭立新" in name for name in doc.organizations)


def test_the_name_after_a_clause_on_its_membership_is_a_member(tmp_path_factory):
    doc = mianyang_page(tmp_path_factory, "member-standing.txt", 9,
                        "对于政协委员的身份，邬海澄感到骄傲，也感到责任重大。对于政协委员的身份，大家感到光荣。")
    assert ("邬海澄", "委员", "绵阳市政协") in posts_of(doc)
    assert "大家" not in doc.persons


def test_a_bare_autonomous_region_in_a_digest_is_the_region_its_item_named(tmp_path_factory):
    # the head names 浙江: the page's province, whose bare 省 the other items keep
    doc = write_and_process(tmp_path_factory, "digest-regions.txt", "浙江政协要闻速览\n2022/8/8 来源:不详\n"
                            "4月16日，浙江省政协召开主席会议。浙江省政协主席钱卫东主持，省政协副主席孙立新出席。\n"
                            "4月15日，宁夏自治区政协召开主席会议，审议有关方案。自治区政协主席邬海澄主持会议并讲话。\n")
    assert ("邬海澄", "主席", "宁夏回族自治区政协") in posts_of(doc)
    assert ("邬海澄", "主席", "浙江省政协") not in posts_of(doc)
    assert ("孙立新", "副主席", "浙江省政协") in posts_of(doc)


def test_an_advert_glued_to_the_source_line_names_no_hospital(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "advert-source.txt", "政协要闻\n2024/2/8 来源:不详绵阳治疗颈椎病效果最好医院"
                            " http://m.example.net/a_1.html\n2月7日，市政协副主席蒲文静到绵阳市中心医院调研。\n")
    assert not any("最好" in name or name.endswith("颈椎病效果医院") for name in doc.organizations)
    assert any(name.endswith("绵阳市中心医院") for name in doc.organizations)


def test_an_eco_park_with_a_brand_before_it_is_a_company_and_common_words_name_none(tmp_path_factory):
    doc = mianyang_page(tmp_path_factory, "eco-park.txt", 11,
                        "2月10日，市政协调研组先后察看了三台县绿源生态园、某某服装厂，了解建设生态园的规划。")
    assert doc.organizations[next(n for n in doc.organizations if n.endswith("绿源生态园"))].kind == "COMPANY"
    assert not any(n.endswith("建设生态园") or n == "生态园" for n in doc.organizations)


def test_the_hotel_of_a_session_is_a_company(tmp_path_factory):
    doc = mianyang_page(tmp_path_factory, "session-hotel.txt", 12,
                        "2月11日上午，在市政协八届三次会议报到现场--涪江金桥大酒店随处可见忙碌的身影。")
    assert doc.organizations["涪江金桥大酒店"].kind == "COMPANY"


def test_a_committee_named_by_one_character_a_field_is_a_body_of_the_cppcc(tmp_path_factory):
    doc = mianyang_page(tmp_path_factory, "field-abbreviation.txt", 13,
                        "2月12日，市政协城环资委召开民主监督启动会。市政协紧扣党委中心工作。")
    assert doc.organizations["绵阳市政协城环资委"].kind == "CPPCC_BODY"
    assert not any("紧扣" in name for name in doc.organizations)
