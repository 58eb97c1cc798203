"""Election results of the democratic parties' committees: the committee named with its term is the committee
itself, and the bare titles the plenary elects (主任委员, 副主任委员, 秘书长) are posts of it. Invented text."""
from __future__ import annotations

from test_real_pages import page, posts_of


def test_a_party_committee_named_with_its_term_is_the_committee(tmp_path_factory):
    doc = page(tmp_path_factory, "聊城", "民盟换届\n6月1日，民盟聊城市委主委郝明远作工作报告。大会选举产生了民盟聊城市第七届"
                                         "委员会。葛春燕当选为民盟聊城市第七届委员会副主委。\n")
    names = {o for _r, o in posts_of(doc, "郝明远")}
    assert names == {o for _r, o in posts_of(doc, "葛春燕")} and len(names) == 1
    assert not {n for n in doc.organizations if "届" in n}


def test_the_plenary_of_a_party_committee_elects_its_bare_titles(tmp_path_factory):
    doc = page(tmp_path_factory, "聊城", "民盟换届\n6月1日，民盟聊城市第七次代表大会召开。省政协副秘书长、民盟山东省委副主委"
                                         "董向前出席。大会选举产生了民盟聊城市第七届委员会，民盟聊城市第七届委员会第一次会议"
                                         "选举郝明远为主任委员，选举刘红旗、杨秀梅为副主任委员，任命闫立新为秘书长。\n")
    committee = {o for _r, o in posts_of(doc, "郝明远")}
    assert len(committee) == 1 and committee.pop().startswith("民盟聊城市委")
    org = next(o for _r, o in posts_of(doc, "郝明远"))
    assert posts_of(doc, "郝明远") == {("主任委员", org)}
    assert posts_of(doc, "刘红旗") == posts_of(doc, "杨秀梅") == {("副主任委员", org)}
    assert posts_of(doc, "闫立新") == {("秘书长", org)}   # not the provincial CPPCC's named before


def test_a_title_only_a_party_committee_has_takes_the_committee_its_article_named(tmp_path_factory):
    doc = page(tmp_path_factory, "聊城", "民建换届\n6月1日，民建聊城市第十次代表大会召开，选举产生了民建聊城市第十届委员会。"
                                         "民建山东省委副主委梁某某出席并讲话。会议选举了第十届委员会。马文涛当选为主委，"
                                         "王立群、白雪松当选为副主委。\n")
    org = next(o for _r, o in posts_of(doc, "马文涛"))
    assert org.startswith("民建聊城市委")
    assert posts_of(doc, "马文涛") == {("主委", org)}
    assert posts_of(doc, "王立群") == posts_of(doc, "白雪松") == {("副主委", org)}


def test_a_secretary_general_elected_by_a_cppcc_committee_stays_the_committees(tmp_path_factory):
    doc = page(tmp_path_factory, "聊城", "市政协全会\n6月1日，民盟聊城市委主委郝明远出席。政协聊城市第十届委员会第一次会议"
                                         "选举孙立东为秘书长。\n")
    assert posts_of(doc, "孙立东") == {("秘书长", "聊城市政协")}


def test_a_plenary_named_by_its_term_elects_lists_with_notes_and_counts(tmp_path_factory):
    doc = page(tmp_path_factory, "聊城", "民革换届\n6月1日，民革聊城市八届一次全委会议召开，选举卢明远为主任委员，高玉芬、"
                                         "章文静（女）、陈建英（女）为副主任委员，任命章文静为秘书长（兼）。\n"
                                         "6月2日，民建聊城市五届一次全委会议召开，选举王自立为主任委员，刘中华、李春、"
                                         "单亚平同志为副主任委员。\n")
    org = next(o for _r, o in posts_of(doc, "卢明远"))
    assert org.startswith("民革聊城市委") and posts_of(doc, "卢明远") == {("主任委员", org)}
    assert posts_of(doc, "高玉芬") == posts_of(doc, "陈建英") == {("副主任委员", org)}
    assert posts_of(doc, "章文静") == {("副主任委员", org), ("秘书长", org)}
    other = next(o for _r, o in posts_of(doc, "王自立"))
    assert other.startswith("民建聊城市委")
    for name in ("刘中华", "李春", "单亚平"):
        assert posts_of(doc, name) == {("副主任委员", other)}, name


def test_a_list_elected_with_its_count_keeps_a_name_that_begins_with_a_place(tmp_path_factory):
    doc = page(tmp_path_factory, "聊城", "民进换届\n6月1日，大会选举吴静同志为民进聊城市第九届委员会主任委员，王建功、黄山青、"
                                         "朱新民3位同志为民进聊城市第九届委员会副主任委员。\n")
    org = next(o for _r, o in posts_of(doc, "吴静"))
    for name in ("王建功", "黄山青", "朱新民"):
        assert posts_of(doc, name) == {("副主任委员", org)}, name
