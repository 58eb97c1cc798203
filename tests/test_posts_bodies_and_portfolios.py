"""Posts of bodies whose names hold a joint (提案和法制工委), of the staff ranks held in them, and of a Party
committee's portfolios (统战委员), each on invented text (the persons and the town are invented).
"""
from __future__ import annotations

from test_extraction import posts_of
from test_real_pages import page


def test_a_compound_body_name_keeps_its_joint_and_a_staff_rank_after_its_head_is_its_own(tmp_path_factory):
    doc = page(tmp_path_factory, "中山", "委员视察\n6月1日，市政协组织委员赴某镇视察。市政协提案和法制工委主任孙立伟、"
                                         "调研员钱丽参加了视察活动。\n")
    assert posts_of(doc, "孙立伟") == {("主任", "中山市政协提案和法制工委")}
    assert posts_of(doc, "钱丽") == {("调研员", "中山市政协提案和法制工委")}
    assert "中山市政协法制工委" not in doc.organizations


def test_a_party_portfolio_written_bare_is_the_party_committee_s_named_last(tmp_path_factory):
    doc = page(tmp_path_factory, "盐城", "委员活动\n6月1日，市政协在青山镇开展调研。青山镇党委副书记、政协联络委主任沈丽，"
                                         "统战委员丁一鸣参加活动。白水镇党委组织委员李卫东陪同。\n")
    assert {r for r, _o in posts_of(doc, "丁一鸣")} == {"统战委员"}
    assert {o for _r, o in posts_of(doc, "丁一鸣")} == {o for r, o in posts_of(doc, "沈丽") if r == "副书记"}
    assert {r for r, o in posts_of(doc, "李卫东")} == {"组织委员"}
    assert all(o.endswith("白水镇党委") for _r, o in posts_of(doc, "李卫东"))
