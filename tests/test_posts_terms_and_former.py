"""Posts as pages of provinces the project had seen little of write them: a committee named with its term inside a
phrase, a region word before a bare level, former posts marked before the phrase, a democratic party's special
committees, an election list after a colon. Each pattern on invented text (the persons are invented).
"""
from __future__ import annotations

from test_extraction import write_and_process
from test_real_pages import page, posts_of


def test_a_bare_province_committee_after_a_region_word_is_the_province_s(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "gangao.txt",
                            "5月4日，在结束了港澳地区省政协委员学习考察活动后，王立平副主席率港澳台侨委员会一行7人赴广州。\n"
                            "省政协副秘书长张骏参加了此次考察交流活动。\n来源：江苏政协 发布时间：2018-05-07\n")
    assert posts_of(doc, "王立平") == {("副主席", "江苏省政协")}
    assert "省政协" not in doc.organizations


def test_a_committee_named_with_its_term_inside_a_phrase_is_the_committee(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "baodi.txt",
                            "宝坻区政协召开座谈会\n发布时间：2024-05-30\n"
                            "5月28日，区政协党组书记、七届政协主席提名人选张海川主持会议。区六届政协副主席王德明出席。\n")
    assert posts_of(doc, "张海川") == {("党组书记", "天津市宝坻区政协"), ("主席", "天津市宝坻区政协")}
    assert posts_of(doc, "王德明") == {("副主席", "天津市宝坻区政协")}


def test_a_word_before_the_phrase_makes_its_first_posts_former_ones(tmp_path_factory):
    doc = page(tmp_path_factory, "眉山", "市政协常委会议\n6月1日，市政协常委会议召开。上届市政协副主席李元栋、吴秋生，"
                                         "原市政协副主席吴德明，时任市委书记陈海峰应邀出席。上届市政协副主席、"
                                         "省政协委员袁荣光，平原县政协主席刘文革出席。\n")
    for name in ("李元栋", "吴秋生", "吴德明", "陈海峰"):
        assert posts_of(doc, name) == set()
    assert posts_of(doc, "袁荣光") == {("委员", "四川省政协")}
    assert posts_of(doc, "刘文革") == {("主席", "平原县政协")}


def test_special_committees_a_democratic_party_appoints_to_are_its_own(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "minge.txt",
                            "民革某省委会专门委员会工作会议召开\n发布日期:2025-03-24\n"
                            "近日，民革吉林省委会专门委员会工作会议在长春召开。省政协副主席、民革吉林省委会主委郭海涛出席。"
                            "民革吉林省委会决定增补夏金明为社会服务委员会副主任，刘吉安为经济委员会副主任。\n")
    assert posts_of(doc, "夏金明") == {("副主任", "民革吉林省委会社会服务委员会")}
    assert posts_of(doc, "刘吉安") == {("副主任", "民革吉林省委会经济委员会")}


def test_an_election_list_after_a_colon_and_after_the_verb(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "liaoning.txt",
                            "省政协全会闭幕\n2023年1月15日，政协辽宁省第十三届委员会第一次会议选举：周海波为省政协主席，"
                            "王明山、姜丽（女）为省政协副主席。会议选举吴华生、张建国为政协第十三届辽宁省委员会常务委员。\n")
    assert posts_of(doc, "周海波") == {("主席", "辽宁省政协")}
    assert posts_of(doc, "王明山") == posts_of(doc, "姜丽") == {("副主席", "辽宁省政协")}
    assert posts_of(doc, "吴华生") == {("常务委员", "辽宁省政协")}
    assert not {n for n in doc.persons if n.startswith("选举")}


def test_a_rare_surname_that_is_a_common_word_after_a_post_title(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "ningxia.txt",
                            "自治区政协全会闭幕\n1月22日下午，自治区政协十一届五次会议闭幕。自治区党委书记陈海山，"
                            "自治区党委副书记、自治区主席咸明出席会议。\n来源：宁夏日报\n")
    assert posts_of(doc, "咸明") == {("副书记", "宁夏回族自治区党委"), ("主席", "宁夏回族自治区人民政府")}


def test_the_last_term_s_chair_holds_the_post_at_the_first_session_until_an_election(tmp_path_factory):
    text = ("区政协全会\n6日，区政协七届一次会议召开主席团第一次会议。区六届政协主席石明玖，区政协党组书记、七届政协"
            "主席提名人选朱永安参加会议。\n")
    doc = write_and_process(tmp_path_factory, "first-session.txt", text)
    assert posts_of(doc, "石明玖") == {("主席", "区政协")}
    assert posts_of(doc, "朱永安") == {("党组书记", "区政协"), ("主席", "区政协")}
    doc = write_and_process(tmp_path_factory, "elected.txt", text + "大会闭幕，朱永安当选区政协主席。\n")
    assert posts_of(doc, "石明玖") == set()


def test_titles_before_a_comma_that_an_organization_opens_join_the_phrase(tmp_path_factory):
    doc = page(tmp_path_factory, "眉山", "市政协常委会议\n6月1日，市政协常委会议召开。市人大常委会党组副书记、副主任，"
                                         "市总工会主席王志强，东坡区委副书记、区长，区政协党组书记李文华出席。"
                                         "市政协副主席王海、副主席，秘书长李明出席。\n")
    assert posts_of(doc, "王志强") == {("党组副书记", "眉山市人大常委会"), ("副主任", "眉山市人大常委会"),
                                    ("主席", "眉山市总工会")}
    assert posts_of(doc, "李文华") == {("副书记", "中共眉山市东坡区委"), ("区长", "眉山市东坡区人民政府"),
                                    ("党组书记", "眉山市东坡区政协")}
    assert posts_of(doc, "李明") == {("秘书长", "眉山市政协")}



def test_an_appointment_inside_a_decision_s_title_and_bare_titles_after_the_first(tmp_path_factory):
    doc = page(tmp_path_factory, "黑河", "市人大常委会会议\n2月19日，市人大常委会召开会议，表决通过了关于任命张恩明同志为市政府"
                                         "代理市长的决定。会议决定任命李海文为副市长、代理市长。增补陈立为市政协委员、常委。\n")
    assert posts_of(doc, "张恩明") == {("代理市长", "黑河市人民政府")}
    assert posts_of(doc, "李海文") == {("副市长", "黑河市人民政府"), ("代理市长", "黑河市人民政府")}
    assert posts_of(doc, "陈立") == {("委员", "黑河市政协"), ("常委", "黑河市政协")}


def test_an_item_of_a_chain_opening_with_yuan_is_a_former_post_of_a_body_of_its_own(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "fupin.txt",
                            "某省政协工作动态\n发布时间：2024-09-12\n9月6日至10日，全国政协调研组到某省开展专题调研，"
                            "全国政协农业和农村委员会副主任、原国务院扶贫开发领导小组副组长、原国务院扶贫办主任孙立福率队。"
                            "原阳县政协主席李平，政协常委、原县政协党组成员、副主席钱进出席。\n")
    assert posts_of(doc, "孙立福") == {("副主任", "全国政协农业和农村委员会")}
    assert {"国务院扶贫开发领导小组", "国务院扶贫办"} <= set(doc.organizations)
    assert not [o for o in doc.organizations if "原国务院" in o]
    assert {r for r, _o in posts_of(doc, "钱进")} == {"常委"}
    assert {r for r, _o in posts_of(doc, "李平")} == {"主席"}
