"""Organizations as real pages name them (issue 9): a company of a line of business after 企业, a body after a
verb of meeting, shops, a legal aid centre, a CPPCC history museum. Invented bulletins of 遵义 (贵州)."""
from __future__ import annotations

from kg.pipeline import process
from test_extraction import posts_of
from test_real_pages import page


def test_a_company_whose_line_of_business_follows_qiye_keeps_its_whole_name(tmp_path_factory):
    doc = page(tmp_path_factory, "遵义", "委员视察\n6月1日，视察组先后来到贵州黔远弘泰企业管理有限公司、"
                                         "遵义博丰高新材料有限公司。会员企业杨氏文化有限公司参加。\n")
    assert {"贵州黔远弘泰企业管理有限公司", "杨氏文化有限公司"} <= set(doc.organizations)
    assert "管理有限公司" not in doc.organizations


def test_a_verb_of_meeting_ends_the_place_before_a_body(tmp_path_factory):
    doc = page(tmp_path_factory, "遵义", "拜会\n6月1日，省政协主席张延明在贵阳拜会全国政协副主席何报国。"
                                         "7月2日，市政协举行文史馆启用仪式。\n")
    assert posts_of(doc, "何报国") == {("副主席", "全国政协")}
    assert not any(o.startswith(("贵阳拜会", "遵义市政协举行")) for o in doc.organizations)


def test_shops_a_legal_aid_centre_and_a_history_museum(tmp_path_factory):
    doc = page(tmp_path_factory, "遵义", "委员走访\n6月1日，委员赴遵义市法律援助中心学习考察，并走访了长江电气商行"
                                         "总经理厉忠明委员。省政协副主席钱国明带队赴中国政协文史馆调研。\n")
    assert {"遵义市法律援助中心", "长江电气商行", "中国政协文史馆"} <= set(doc.organizations)
    assert ("总经理", "长江电气商行") in posts_of(doc, "厉忠明")


def test_a_centre_with_its_own_place_and_name_is_a_public_body(tmp_path_factory):
    # 中心 is a unit inside a body (市政协委员服务中心); after a place and a name of its own it is a body itself
    doc = page(tmp_path_factory, "遵义", "委员调研\n6月1日，桐梓县国有资产运营中心主任汪立群陪同调研。\n")
    assert posts_of(doc, "汪立群") == {("主任", "遵义市桐梓县国有资产运营中心")}


def test_a_foreign_or_international_body_keeps_its_name(tmp_path_factory):
    # no body of the bulletin's place: 泰国 names a country, 国际 an international body
    doc = page(tmp_path_factory, "遵义", "列席\n6月1日，泰国中华总商会副主席、国际潮青联合会会长黎立雄应邀列席会议。\n")
    assert posts_of(doc, "黎立雄") == {("副主席", "泰国中华总商会"), ("会长", "国际潮青联合会")}


def test_a_title_before_a_foreign_country_ends_the_words_before_a_body(tmp_path):
    # a web page's caption line joined to the next: 会见黎某某会长 | 泰国…商会: the title and the country part them
    path = tmp_path / "caption.txt"
    path.write_text("2019年1月17日下午,政协第十三届遵义市委员会第三次会议举行闭幕大会。\n"
                    "图:遵义市政协主席钱立明会见黎立雄会长\n遵义市政协主席钱立明在闭幕大会讲话。\n"
                    "图:遵义市委常委、红花岗区委书记蔡立林会见黎立雄会长\n"
                    "泰国中华总商会副主席、国际潮青联合会会长黎立雄应邀列席会议。\n", encoding="utf-8")
    assert ("副主席", "泰国中华总商会") in posts_of(process(path), "黎立雄")
