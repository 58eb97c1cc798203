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

