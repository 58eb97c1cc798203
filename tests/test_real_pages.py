"""Persons, organizations and posts as real pages write them (issue 9), each mechanism on invented text.

The bulletins are invented, of places other than the samples' and the development set's (宝鸡, 汉中, 咸阳 in
陕西; 绵阳 in 四川; 赣州 in 江西); the persons are invented.
"""
from __future__ import annotations

from test_extraction import masthead, posts_of, write_and_process


def page(tmp_path_factory, city: str, body: str, name: str = ""):
    text = masthead(city, 5, "2024年6月3日") + body
    return write_and_process(tmp_path_factory, name or f"{city}-page.txt", text)


def test_a_name_runs_straight_into_the_verb_after_a_title(tmp_path_factory):
    doc = page(tmp_path_factory, "宝鸡", "委员风采\n6月1日，市政协委员、秦川农业科技有限公司董事长郝向东建议，发展特色农业。"
                                         "市委书记侯伟近期对政协工作提出要求。秘书长刘坚持推进这项工作。\n")
    assert {"郝向东", "侯伟"} <= set(doc.persons)
    assert posts_of(doc, "郝向东") == {("委员", "宝鸡市政协"), ("董事长", "秦川农业科技有限公司")}
    assert posts_of(doc, "侯伟") == {("书记", "中共宝鸡市委")}
    assert not {"刘坚持", "刘坚"} & set(doc.persons)
