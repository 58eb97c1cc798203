"""A democratic party's committees and departments left to the Communist Party before: its bare level committee on a
page naming no place (民盟市委) and its departments written after a bare 市委会 (市委会宣传部长、组织部长). Invented text."""
from __future__ import annotations

from test_extraction import posts_of, write_and_process
from test_real_pages import page


def kind_of(doc, name: str) -> str:
    return next(o.kind for o in doc.organizations.values() if o.name == name)


def test_a_party_committee_on_a_page_naming_no_place_is_the_partys(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "noplace-party.txt",
                            "6月3日下午，市政协副主席、民盟市委主委韩立秋主持召开主委会议。民盟市委副主委邓可心参加会议。\n")
    assert posts_of(doc, "邓可心") == {("副主委", "民盟市委")}
    assert kind_of(doc, "民盟市委") == "DEMOCRATIC_PARTY"


def test_departments_after_a_bare_party_committee_are_the_partys(tmp_path_factory):
    doc = page(tmp_path_factory, "汉中", "民进汉中市委会召开会议\n6月1日，民进汉中市委会召开主委会议，"
                                         "市委会宣传部长、组织部长龙晓燕参加。\n")
    assert posts_of(doc, "龙晓燕") == {("部长", "民进汉中市委会宣传部"), ("部长", "民进汉中市委会组织部")}
    assert kind_of(doc, "民进汉中市委会组织部") == "DEMOCRATIC_PARTY"


def test_departments_after_a_party_committee_on_a_page_naming_no_place(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "noplace-departments.txt",
                            "6月1日，民建市委会召开会议，民建市委会宣传部长、组织部长龙晓燕参加。\n")
    assert posts_of(doc, "龙晓燕") == {("部长", "民建市委会宣传部"), ("部长", "民建市委会组织部")}


def test_a_party_body_and_a_communist_party_committee_joined_are_two(tmp_path_factory):
    doc = page(tmp_path_factory, "汉中", "民进汉中市代表大会\n6月1日，民进中央副主席冯小舟、中共汉中市委副书记柏雪松"
                                         "分别代表民进中央和中共汉中市委到会祝贺。\n")
    names = {o.name for o in doc.organizations.values()}
    assert {"民进中央", "中共汉中市委"} <= names
    assert not any("和" in n for n in names)


def test_a_title_only_a_party_has_is_no_communist_party_committees(tmp_path_factory):
    doc = page(tmp_path_factory, "汉中", "民盟动态\n6月1日，民盟汉中市委会召开工作会议。盟市委专职副主委林小川参加会议。\n")
    assert posts_of(doc, "林小川") == {("专职副主委", "民盟汉中市委会")}


def test_a_special_committee_written_short_is_one_of_the_party_committees(tmp_path_factory):
    doc = page(tmp_path_factory, "汉中", "农工党汉中市委活动\n6月1日，农工党汉中市委医药第一专委会主任委员林小川出席活动。\n")
    assert posts_of(doc, "林小川") == {("主任委员", "农工党汉中市委医药第一专委会")}


def test_a_branch_listed_after_a_party_committee_is_that_partys(tmp_path_factory):
    doc = page(tmp_path_factory, "汉中", "民建汉中市委座谈会\n6月1日，座谈会听取了民建汉中市委主委林小丽、安康市委主委杨春台"
                                         "和商洛总支主委滕小兰的工作汇报。\n")
    assert posts_of(doc, "滕小兰") == {("主委", "民建商洛总支")}


def test_an_age_group_jieba_tags_as_a_time_word_begins_a_body_s_name(tmp_path_factory):
    # 青年专委会: 青年 is a time word of jieba's (like 今年) that the left scan dropped, and the 专委会 left over
    # was read as the committee named before it
    doc = page(tmp_path_factory, "重庆", "九三学社动态\n5月2日，九三学社渝中区委召开会议。社区委参政议政专委会主任王明远、"
                                         "青年专委会主任曾立强发言。\n")
    committee = next(org for _r, org in posts_of(doc, "曾立强"))
    assert committee.endswith("青年专委会")


def test_a_bare_party_committee_on_a_page_naming_no_party_is_a_body_as_written(tmp_path_factory):
    # the site's party is never named: 市委会 and its 专委会 are bodies as the text writes them
    doc = write_and_process(tmp_path_factory, "noparty-party.txt",
                            "9月25日，市政协副主席、市委会主委张明华带队赴象山调研，社情民意专委会主任罗邦荣参与调研。"
                            "26日，市委会副主委徐平炬带队走访企业。\n")
    assert kind_of(doc, "市委会") == "DEMOCRATIC_PARTY"
    assert posts_of(doc, "张明华") >= {("主委", "市委会")}
    assert posts_of(doc, "徐平炬") == {("副主委", "市委会")}
    assert posts_of(doc, "罗邦荣") == {("主任", "社情民意专委会")}


def test_the_taiwan_office_after_a_party_committee_is_the_partys(tmp_path_factory):
    # 县委台办 on a page naming no county, 市委台办 on a city's: the Party committee's office, not a government's
    doc = write_and_process(tmp_path_factory, "noplace-taiban.txt", "5月7日，县委台办主任刘建山参加活动。\n")
    assert kind_of(doc, "县委台办") == "PARTY"
    doc = page(tmp_path_factory, "汉中", "走访\n5月7日，市委台办主任刘建山参加活动。\n")
    assert posts_of(doc, "刘建山") == {("主任", "汉中市委台办")}
    assert kind_of(doc, "汉中市委台办") == "PARTY"


def test_a_body_of_a_party_committee_named_alone_is_the_articles_party_committees(tmp_path_factory):
    doc = page(tmp_path_factory, "芜湖", "九三学社芜湖市委召开参政议政工作会\n1月8日，九三学社芜湖市委召开参政议政工作会。"
                                         "专职副主委杨立、参政议政工作委员会委员参加会议。\n")
    assert kind_of(doc, "九三学社芜湖市委参政议政工作委员会") == "DEMOCRATIC_PARTY"
    doc = write_and_process(tmp_path_factory, "noparty-body.txt", "9月26日，市委会副主委徐平炬带队走访企业，"
                                                                   "参政议政委员会部分委员参加走访。\n")
    assert kind_of(doc, "参政议政委员会") == "DEMOCRATIC_PARTY"


def test_a_democratic_party_named_alone_before_a_verb_is_the_party(tmp_path_factory):
    doc = page(tmp_path_factory, "芜湖", "九三学社芜湖市委召开会议\n1月8日，九三学社芜湖市委召开会议。会议强调，集体提案是"
                                         "九三学社履行参政党职能的重要载体，九三学社社员要积极建言。\n")
    assert kind_of(doc, "九三学社") == "DEMOCRATIC_PARTY"
    assert "九三学社芜湖市委" in doc.organizations

