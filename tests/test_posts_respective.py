"""Names and titles paired in order by 分别 (kg/respective.py), on invented text."""
from __future__ import annotations

from test_real_pages import page, posts_of


def test_names_and_titles_paired_by_fenbie(tmp_path_factory):
    doc = page(tmp_path_factory, "眉山", "市政协全会闭幕\n6月1日，市政协全会闭幕。王建国、张海燕分别当选为市政协主席、副主席。"
                                         "会议决定，李明远、赵丽华分别任市政协提案委员会主任、副主任。"
                                         "民盟市委主委王立新、民进市委主委周海涛分别当选市政协副主席、秘书长。\n")
    assert posts_of(doc, "王建国") == {("主席", "眉山市政协")}
    assert posts_of(doc, "张海燕") == {("副主席", "眉山市政协")}
    assert posts_of(doc, "李明远") == {("主任", "眉山市政协提案委员会")}
    assert posts_of(doc, "赵丽华") == {("副主任", "眉山市政协提案委员会")}
    assert posts_of(doc, "王立新") == {("主委", "民盟眉山市委"), ("副主席", "眉山市政协")}
    assert posts_of(doc, "周海涛") == {("主委", "民进眉山市委"), ("秘书长", "眉山市政协")}


def test_fenbie_before_a_verb_pairs_nothing(tmp_path_factory):
    doc = page(tmp_path_factory, "眉山", "市政协常委会议\n6月1日，市政协常委会议召开。市政协副主席王建国、张海燕分别主持会议。\n")
    assert posts_of(doc, "王建国") == posts_of(doc, "张海燕") == {("副主席", "眉山市政协")}
