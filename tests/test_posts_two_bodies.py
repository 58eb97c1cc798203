"""Posts of one person in two bodies joined by 、 (a democratic party's committee and a station, a CPPCC committee
and a hospital), and heads of a unit (科, 处) named right before the title, a shortened office's (县委办秘书科)
too. Invented persons, real places.
"""
from __future__ import annotations

from test_extraction import posts_of, write_and_process


def test_a_unit_head_after_a_post_in_another_body(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "two_bodies.txt",
                            "5月2日，宜兴市政协召开常委会议。民建宜兴市委主委、宜兴广播电视台台长张立群，市政协常委、"
                            "宜兴市人民医院院长李明华，九三学社宜兴市委副主委、宜兴学院副院长王晓东出席。\n")
    assert posts_of(doc, "张立群") == {("主委", "民建宜兴市委"), ("台长", "宜兴广播电视台")}
    assert posts_of(doc, "李明华") == {("常委", "宜兴市政协"), ("院长", "宜兴市人民医院")}
    assert posts_of(doc, "王晓东") == {("副主委", "九三学社宜兴市委"), ("副院长", "宜兴学院")}


def test_heads_of_units_of_an_office_and_of_a_commission(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "units.txt",
                            "5月2日，宿松县政协召开常委会议。县委办秘书科副科长孙德海，县政府办综合科科长王立新，"
                            "县政协办公室综合科科长钱学军，县财政局预算股副股长吴海东列席。县委办主任周明出席。\n")
    assert posts_of(doc, "孙德海") == {("副科长", "宿松县委办公室秘书科")}
    assert posts_of(doc, "王立新") == {("科长", "宿松县人民政府办公室综合科")}
    assert posts_of(doc, "钱学军") == {("科长", "宿松县政协办公室综合科")}
    assert posts_of(doc, "吴海东") == {("副股长", "宿松县财政局预算股")}
    assert posts_of(doc, "周明") == {("主任", "宿松县委办公室")}


def test_a_title_after_a_place_alone_is_that_place_s_not_the_phrase_s_first_body(tmp_path_factory):
    # a city's vice chairman seconded to a district: 副区长 is the district's government, not the city's
    doc = write_and_process(tmp_path_factory, "seconded.txt",
                            "东台市政协工作动态\n\n6月15日，市政协主席李青松一行赴陕西省铜川市耀州区交流。"
                            "市政协副主席、耀州区副区长王明远陪同考察。\n")
    assert posts_of(doc, "王明远") == {("副主席", "东台市政协"), ("副区长", "铜川市耀州区人民政府")}


def test_a_title_after_a_district_alone_is_not_a_body_named_before_that_holds_its_characters(tmp_path_factory):
    # 通州区副区长 after 通州产业园区: the district's government, no abbreviation of the park
    doc = write_and_process(tmp_path_factory, "park.txt",
                            "庆云县政协工作动态\n\n1月16日，县委书记李青松率考察团到北京市通州区考察，介绍了与通州产业园区的合作情况。"
                            "1月17日，考察团在通州区副区长王明远的陪同下参观了企业。\n")
    assert posts_of(doc, "王明远") == {("副区长", "北京市通州区人民政府")}
