"""Members' rooms (委员工作室) a page names as bodies (session 14, fix7e): a room set up and named after its member
(为王某委员工作室揭牌), each room of a list that writes the head once (分别为甲、乙委员工作室揭牌; 新联会、某某社区委员
工作室), a room with a quoted label of its own (“某某”委员工作室), a room visited whose short form then gives its posts (某某委员工作室。工作室主任某某); a room
only visited stays a place. Invented pages."""
from __future__ import annotations

from test_extraction import posts_of, write_and_process
from test_real_pages import page


def test_rooms_set_up_for_named_members_are_bodies(tmp_path_factory):
    doc = page(tmp_path_factory, "渭南", "基层协商\n6月1日，市政协主席郭建平为新成立的罗海燕委员工作室、韩立新委员工作室揭牌，"
                                         "并分别为范青、石德明委员工作室授牌。\n")
    rooms = {"罗海燕委员工作室", "韩立新委员工作室", "范青委员工作室", "石德明委员工作室"}
    assert rooms <= set(doc.organizations)
    assert all(doc.organizations[r].kind == "CPPCC_BODY" for r in rooms)


def test_rooms_of_sectors_and_places_share_the_head_of_a_list(tmp_path_factory):
    doc = page(tmp_path_factory, "安康", "委员履职\n6月2日，市政协为知联会、茶叶产业链、城关镇东坝社区委员工作室揭牌。\n")
    assert {"知联会委员工作室", "茶叶产业链委员工作室", "城关镇东坝社区委员工作室"} <= set(doc.organizations)


def test_a_quoted_room_is_a_body_but_not_the_kind_being_built(tmp_path_factory):
    doc = page(tmp_path_factory, "宣城", "委员活动\n6月3日，市政协举办“同心筑梦”委员工作室揭牌仪式。"
                                         "会议要求推进“民生议事”委员工作站建设。\n")
    assert "同心筑梦委员工作室" in doc.organizations
    assert not any("民生议事" in name for name in doc.organizations)


def test_a_room_only_visited_or_listed_as_a_kind_is_no_body(tmp_path_factory):
    doc = page(tmp_path_factory, "赤峰", "委员活动\n6月4日，调研组来到孟庆华委员工作室调研。"
                                         "各镇增设协商议事室、委员之家、委员工作室等功能。\n")
    assert not any(name.endswith("委员工作室") for name in doc.organizations)


def test_a_visited_room_whose_posts_its_short_form_gives_is_a_body(tmp_path_factory):
    # 某某委员工作室。工作室主任甲、副主任乙: the room has posts in it, a body and theirs; no such posts, a place
    doc = page(tmp_path_factory, "渭南", "委员活动\n6月4日，省政协副主席王大明参观了市政协社法委委员工作室。"
                                         "工作室主任古明远、副主任杨立新陪同。随后来到临渭区政协委员工作室。\n")
    assert posts_of(doc, "古明远") == {("主任", "渭南市政协社法委委员工作室")}
    assert posts_of(doc, "杨立新") == {("副主任", "渭南市政协社法委委员工作室")}
    assert doc.organizations["渭南市政协社法委委员工作室"].kind == "CPPCC_BODY"
    assert not any(o.endswith("临渭区政协委员工作室") for o in doc.organizations)


def test_a_body_of_the_committee_of_a_page_naming_no_place_is_made_without_a_post(tmp_path_factory):
    # no county named anywhere: 县政协提案委员会 owns a report and 县政协常委会 a plan, no one holds a post in them
    text = ("县政协召开常委会会议\n1月8日上午，县政协主席周立新主持会议。会议讨论通过了县政协提案委员会关于五届三次会议提案"
            "审查情况的报告(草案)，审议了《县政协常委会2024年工作要点》。\n")
    doc = write_and_process(tmp_path_factory, "placeless.txt", text)
    assert {"县政协提案委员会", "县政协常委会"} <= set(doc.organizations)
    assert doc.organizations["县政协提案委员会"].kind == "CPPCC_BODY"


def test_a_towns_members_home_or_station_is_a_body_with_no_word_for_the_committee(tmp_path_factory):
    # 政协 left out: 某社区委员之家, 某镇委员联络站 (the county written before the town an alias); no town named, none
    doc = page(tmp_path_factory, "巴彦淖尔", "委员活动\n6月5日，考察组先后来到新华街道团结社区委员之家、临河区狼山镇委员联络站、"
                                             "社区委员联络站调研。\n")
    assert {"新华街道团结社区委员之家", "狼山镇委员联络站"} <= set(doc.organizations)
    assert "临河区狼山镇委员联络站" in doc.organizations["狼山镇委员联络站"].aliases
    assert "社区委员联络站" not in doc.organizations


def test_a_discipline_group_stationed_in_a_body_is_one_with_its_post(tmp_path_factory):
    # 市纪检委派驻市委宣传部纪检组组长某某: the group, its 组长, and both bodies its name names
    doc = page(tmp_path_factory, "巴彦淖尔", "全会开幕\n6月6日，市纪检委派驻市委宣传部纪检组组长高文斌、"
                                             "市纪委派驻市政协纪检组负责人列席会议。\n")
    group = "巴彦淖尔市纪检委派驻市委宣传部纪检组"
    assert doc.organizations[group].kind == "PARTY"
    assert ("组长", group) in posts_of(doc, "高文斌")
    assert {"巴彦淖尔市纪委派驻市政协纪检组", "巴彦淖尔市委宣传部", "巴彦淖尔市政协"} <= set(doc.organizations)
    assert any(name.endswith("市纪检委") for name in doc.organizations)


def test_the_party_committee_of_a_page_naming_no_place_is_made_without_a_post(tmp_path_factory):
    text = ("区政协常委会议召开\n1月9日，区政协主席蒋文华主持会议。会议要求，切实把思想行动统一到区委要求上来。\n")
    doc = write_and_process(tmp_path_factory, "placeless-party.txt", text)
    assert doc.organizations["区委"].kind == "PARTY"


def test_a_standing_committee_named_in_full_after_a_long_county_name(tmp_path_factory):
    doc = page(tmp_path_factory, "清远", "常委会议\n12月5日，政协第十一届连南瑶族自治县委员会常务委员会第九次会议召开。\n")
    assert "清远市连南瑶族自治县政协常务委员会" in doc.organizations


def test_the_office_that_supplied_a_text_by_its_short_name(tmp_path_factory):
    doc = page(tmp_path_factory, "张掖", "委员工作室\n委员工作室建在产业链上，促进行业发展。(政协办供稿)\n")
    assert "政协办" in doc.organizations["张掖市政协办公室"].aliases


def test_official_compounds_keep_their_verbs_and_joints_inside_a_body_name(tmp_path_factory):
    # 协商, 实践, 学习 are verbs and 和 a joint, but inside these official names they are the body's words
    doc = page(tmp_path_factory, "永州", "委员活动\n6月7日，市政协提案和委员学习联络委牵头，依托市政协协商民主实践中心开展协商。\n")
    assert {"永州市政协提案和委员学习联络委", "永州市政协协商民主实践中心"} <= set(doc.organizations)


def test_a_bare_level_listed_before_a_bare_levels_committee_shares_its_head(tmp_path_factory):
    doc = page(tmp_path_factory, "常德", "全会开幕\n6月8日，部分省、市政协委员应邀列席会议。\n")
    assert {"湖南省政协", "常德市政协"} <= set(doc.organizations)


def test_a_full_name_begins_at_the_nearest_zhengxie(tmp_path_factory):
    # 省政协主席某某将作政协第九届某省委员会常务委员会工作报告: the full name is the second 政协's, not a span from the first
    doc = page(tmp_path_factory, "清远", "全会预告\n届时，省政协主席林国华将作政协第九届广东省委员会常务委员会工作报告。\n")
    assert "广东省政协常务委员会" in doc.organizations


def test_no_school_inside_a_word_of_a_university_or_of_schools_in_general(tmp_path_factory):
    # 学校 begins inside 大学校 and 中小学校, words of their own: no body (a member's room inside 社区委员工作室 is one)
    doc = page(tmp_path_factory, "清远", "委员风采\n6月1日，委员们在政协这个大学校中成长。会议要求加强中小学校建设。\n")
    assert not any(name.endswith("学校") for name in doc.organizations)
