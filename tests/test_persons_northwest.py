"""Persons as pages of 甘肃 and 青海 write them, each mechanism on invented text (定西 in 甘肃, 果洛 in 青海; the persons
are invented): the surname 颉, an assistant to a governor or mayor (省长助理), Tibetan names in syllables such as 桑结."""
from __future__ import annotations

from test_extraction import masthead, posts_of, write_and_process


def page(tmp_path_factory, city: str, body: str):
    return write_and_process(tmp_path_factory, f"{city}-page.txt", masthead(city, 5, "2024年6月3日") + body)


def test_the_surname_jie_and_an_assistant_to_the_mayor(tmp_path_factory):
    doc = page(tmp_path_factory, "定西", "市政协常委会议\n6月1日，市政协主席颉明远主持会议。副市长王立新，市长助理"
                                         "赵海波、钱进，市政协秘书长孙志刚出席。\n")
    assert {"颉明远", "王立新", "赵海波", "钱进", "孙志刚"} <= set(doc.persons)
    assert posts_of(doc, "赵海波") == {("市长助理", "定西市人民政府")}


def test_tibetan_names_in_the_syllables_of_gannan_and_qinghai(tmp_path_factory):
    doc = page(tmp_path_factory, "果洛", "州政协全会\n6月1日，州委书记李建华，副州长南木卡桑结、周明远，州政协副主席"
                                         "尖措嘉措出席会议。\n")
    assert {"南木卡桑结", "周明远", "尖措嘉措"} <= set(doc.persons)
