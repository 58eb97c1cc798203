"""Persons and posts as pages of southern, south-western and north-western provinces write them, each mechanism
on invented text: the places are real (阿坝, 凉山, 广西, 新疆...), the persons and their words invented.
"""
from __future__ import annotations

from test_extraction import posts_of, write_and_process


def test_a_county_short_form_inside_a_dotted_name_is_no_place_of_the_page(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "xj.txt", "自治区政协召开座谈会\n6月2日，自治区政协召开座谈会，"
                            "自治区政协副主席艾力·铁力克主持，民盟新疆区委会副主委吐尔逊·买买提发言。"
                            "自治区副主席铁力克·吾买尔到会讲话。铁力克·吾买尔说，建议对新疆发展很有价值。\n")
    assert doc.context.province == "新疆维吾尔自治区" and doc.context.place is None
    assert posts_of(doc, "艾力·铁力克") == {("副主席", "新疆维吾尔自治区政协")}


def test_a_place_name_after_a_title_is_a_person_and_a_paper_dateline_gives_the_place(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "ab.txt", "阿坝日报讯 6月3日，受州委书记常德委托，州委副书记、州长"
                            "王明远到驻地看望政协委员，州政协主席李正清一同看望。\n")
    assert doc.context.place == "阿坝藏族羌族自治州"
    assert ("书记", "中共阿坝州委") in posts_of(doc, "常德")
    assert posts_of(doc, "李正清") == {("主席", "阿坝州政协")}


def test_a_prefecture_page_naming_only_one_of_its_cities(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "ls.txt", "今日上午，州委州政府在会理向老干部通报全州经济运行情况。"
                            "州政协副主席马文清出席。\n")
    assert doc.context.place == "凉山彝族自治州"
    assert posts_of(doc, "马文清") == {("副主席", "凉山州政协")}


def test_a_bare_autonomous_region_is_the_region_the_page_names_not_its_visitors_province(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "gx.txt", "6月5日，自治区政协主席韦立新在南宁会见了河北省政协主席"
                            "赵永刚一行。韦立新欢迎河北省政协来桂考察，希望河北省与广西加强合作。河北省政协副主席"
                            "钱志明，自治区政协副主席覃美玲参加会见。赵永刚说，广西发展给大家留下深刻印象。\n")
    assert doc.context.province == "广西壮族自治区"
    assert posts_of(doc, "覃美玲") == {("副主席", "广西壮族自治区政协")}
    assert posts_of(doc, "钱志明") == {("副主席", "河北省政协")}


def test_a_short_form_touching_a_name_dot_is_part_of_the_name_but_a_dot_after_a_year_is_not():
    from kg.stages.context import inside_a_name
    for text in ("副主席买买提·铁力克出席", "副主席铁力克·吾买尔出席"):
        at = text.index("铁力")
        assert inside_a_name(text, at, at + 2, False)
    text = "2024·西藏发展论坛"
    assert not inside_a_name(text, text.index("西藏"), text.index("西藏") + 2, False)
