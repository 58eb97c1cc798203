"""Posts in a school's own bodies as real pages write them (session 13, orgs7): 校党委副书记 and 校长 after the
university is named are posts in it, a bare department after them is the university's (统战部), and 我校 names a
school the page does not name: no post at all, not the Party committee named before. Invented bulletins."""
from __future__ import annotations

from test_extraction import posts_of
from test_real_pages import page


def test_titles_of_a_school_named_before_are_posts_in_it(tmp_path_factory):
    doc = page(tmp_path_factory, "长清", "委员调研\n6月1日，区政协主席王立新一行来到山东某某大学调研。校党委副书记刘思远、"
                                         "统战部副部长周丽华陪同调研。校长、中国科学院院士张志强介绍情况。\n")
    assert posts_of(doc, "刘思远") == {("党委副书记", "山东某某大学")}
    assert posts_of(doc, "周丽华") == {("副部长", "山东某某大学统战部")}
    assert ("校长", "山东某某大学") in posts_of(doc, "张志强")


def test_titles_of_the_pages_own_unnamed_school_are_no_posts(tmp_path_factory):
    # 我校党委书记: the school writing the page, never named; not the province's Party committee named before
    doc = page(tmp_path_factory, "贵阳", "委员考察\n6月1日，省委统战部副部长王丽带领省政协委员来我校考察，我校党委书记陈建国、"
                                         "副校长刘海陪同考察。\n")
    assert posts_of(doc, "陈建国") == set()
    assert posts_of(doc, "刘海") == set()
