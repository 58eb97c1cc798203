"""Persons on real pages' patterns (issue 9): a nominee after the title, a list closed by 等委员, a teacher of a
body, a scholar, rare surnames after a post title. Invented bulletins of 遵义 (贵州) and 大理 (云南)."""
from __future__ import annotations

from test_extraction import posts_of
from test_real_pages import page


def test_a_nominee_after_the_title_keeps_the_posts_and_the_name(tmp_path_factory):
    doc = page(tmp_path_factory, "遵义", "市政协常委会议\n6月1日，市政协党组书记、主席提名人选吴翠英主持会议。"
                                         "州政协党组书记、主席人选阿不都·热合曼带领视察组调研。\n")
    assert {"吴翠英", "阿不都·热合曼"} <= set(doc.persons)
    assert not any(n.startswith(("提名", "人选")) for n in doc.persons)
    assert ("主席", "遵义市政协") in posts_of(doc, "吴翠英")


def test_a_list_closed_by_deng_weiyuan_holds_no_name_ending_in_deng(tmp_path_factory):
    doc = page(tmp_path_factory, "大理", "走访委员\n6月1日，委员们走访看望了新的社会阶层人士李元明、周腾、王伟等委员。\n")
    assert {"李元明", "周腾", "王伟"} <= set(doc.persons)
    assert "王伟等" not in doc.persons


def test_a_teacher_of_a_party_school_and_a_scholar(tmp_path_factory):
    doc = page(tmp_path_factory, "遵义", "委员培训\n6月1日，培训会邀请市委党校石志明老师和市政协提案委员会刘美华主任分别授课，"
                                         "并邀请省社科院研究员、留日学者周旭云作报告。区人大农水委委员出席。\n")
    assert {"石志明", "刘美华", "周旭云"} <= set(doc.persons)
    assert "农水委" not in doc.persons


def test_rare_surnames_right_after_a_post_title(tmp_path_factory):
    doc = page(tmp_path_factory, "大理", "州政协调研\n6月1日，州政协副主席宝音夫、经济委员会主任冀书平一行深入企业调研。\n")
    assert {"宝音夫", "冀书平"} <= set(doc.persons)
