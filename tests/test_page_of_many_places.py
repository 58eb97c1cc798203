"""A page of items of several cities (a digest) is of no place and, when they lie in several provinces, of no
province, though its headlines name none: the items' dated first clauses name them (5月3日，怀化市政协…).
Invented digest of invented people."""
from __future__ import annotations

from kg.pipeline import process

DIGEST = """\
各地政协

召开主席会议

5月2日，赤峰市政协召开主席会议，研究近期工作。会议由市政协主席张立新主持。

开展专题调研

5月3日，怀化市政协组织委员开展专题调研。市政协副主席赵明亮带队。

举行常委会议

5月4日，邯郸市政协举行常委会议。市政协主席刘建华出席并讲话。
"""


def test_dated_items_of_cities_of_several_provinces_make_a_page_of_no_province(tmp_path):
    path = tmp_path / "digest.txt"
    path.write_text(DIGEST, encoding="utf-8")
    doc = process(path)
    assert doc.context.place is None and doc.context.province is None
    assert {(p.person, p.org) for p in doc.posts} >= {("张立新", "赤峰市政协"), ("赵明亮", "怀化市政协"),
                                                      ("刘建华", "邯郸市政协")}
