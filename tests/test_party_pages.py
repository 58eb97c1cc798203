"""A democratic party's page: its own bare titles and bare 市委委员 are of the party's committee. Invented text."""
from __future__ import annotations

from kg.pipeline import process
from test_real_pages import page, posts_of

TEXT = ("九三学社聊城市委召开全会\n6月1日，九三学社聊城市委召开六届六次市委会议。九三学社市委主委、市政协副主席刘明远"
        "主持会议，副主委王立群、孙红梅，秘书长郑晓光出席。会议增补赵文涛为市委委员。李建国当选为市委委员。"
        "市委常委、统战部部长陈志强到会指导。\n")


def test_a_party_title_after_a_cppcc_title_is_the_partys(tmp_path_factory):
    doc = page(tmp_path_factory, "聊城", TEXT)
    assert posts_of(doc, "王立群") == posts_of(doc, "孙红梅") == {("副主委", "九三学社聊城市委")}
    assert posts_of(doc, "郑晓光") == {("秘书长", "九三学社聊城市委")}   # a bare title after them: the party's too
    assert posts_of(doc, "刘明远") == {("主委", "九三学社聊城市委"), ("副主席", "聊城市政协")}


def test_a_bare_city_committee_member_of_a_party_page_is_the_partys(tmp_path_factory):
    doc = page(tmp_path_factory, "聊城", TEXT)
    assert posts_of(doc, "赵文涛") == posts_of(doc, "李建国") == {("委员", "九三学社聊城市委")}
    assert ("常委", "中共聊城市委") in posts_of(doc, "陈志强")   # the Party's standing committee stays the Party's


def test_a_bare_city_committee_member_elsewhere_stays_the_partys(tmp_path_factory):
    doc = page(tmp_path_factory, "聊城", "市政协全会\n6月1日，会议增补赵文涛为市委委员。\n")
    assert posts_of(doc, "赵文涛") == {("委员", "中共聊城市委")}


def test_a_party_pages_bare_plenary_and_members_are_the_partys(tmp_path_factory):
    doc = page(tmp_path_factory, "聊城", "九三学社聊城市委召开全会\n6月1日，九三学社聊城市委召开六届六次市委（扩大）会议。"
                                         "市委委员、各基层组织负责人参加会议。\n")
    assert "中共聊城市委" not in doc.organizations
    assert [m.org for m in doc.org_mentions if m.surface == "市委"] == ["九三学社聊城市委"] * 2


def test_a_shared_title_alone_after_the_party_committee_named_last_is_its(tmp_path):
    # 秘书长 in the next sentence, no committee named in it: the party committee the article named last
    path = tmp_path / "jiusan-page.txt"
    path.write_text("九三学社芜湖市委会召开会议\n日前，九三学社芜湖市委员会召开研讨会议。芜湖市政协副主席、九三学社芜湖市委员会"
                    "主委何立明，副主委张其山出席会议。秘书长范丽丽主持会议。\n", encoding="utf-8")
    doc = process(path)
    assert {(p.role, p.org) for p in doc.posts if p.person == "范丽丽"} == {("秘书长", "九三学社芜湖市委员会")}
