"""A title phrase in brackets right after a name (kg/after_names.py, bracketed_titles), on invented text."""
from __future__ import annotations

from test_real_pages import page, posts_of


def test_a_title_phrase_in_brackets_after_a_name(tmp_path_factory):
    doc = page(tmp_path_factory, "眉山", "市政协常委会议\n6月1日，市政协常委会议召开，会议由李志明（市政协副主席）主持。"
                                         "出席会议的有：王建国（市政协主席）、张海燕（市政协副主席）、刘伟东（东坡区委常委、"
                                         "统战部部长）。王丽娟（女）、报告人（市政协主席）参加。\n")
    assert posts_of(doc, "李志明") == {("副主席", "眉山市政协")}
    assert posts_of(doc, "王建国") == {("主席", "眉山市政协")}
    assert posts_of(doc, "张海燕") == {("副主席", "眉山市政协")}
    assert posts_of(doc, "刘伟东") == {("常委", "中共眉山市东坡区委"), ("部长", "眉山市东坡区委统战部")}
    assert not {n for n in doc.persons if n.startswith("报告")}
