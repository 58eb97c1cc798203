"""The organization grammar as rules: each rule of kg.orgnames.RULES, each naming of NAMINGS and each span
rule of the organizations stage, shown on an invented name or sentence of 宝鸡 (陕西) that it alone reads.

A new rule needs a row here: test_every_rule_has_a_test fails otherwise.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.document import Document, Sentence
from kg.lexicon import lexicon
from kg.orgnames import NAMINGS, RULES, canonical, first_rule, grassroots, head_kind, party_suffixes, read_name
from kg.places import gazetteer
from kg.scopes import Scope
from kg.stages import analysis
from kg.stages.organizations import OrgReader, Span, filter_spans


def baoji(county: str | None = None, parent: str | None = None) -> Scope:
    gz = gazetteer()
    scope = Scope(prefecture=gz.resolve("宝鸡市"), province=gz.resolve("陕西省"))
    if county:
        scope.county, scope.county_surface = gz.resolve(county), county
    if parent:
        scope.parent = canonical(parent, scope)
    return scope


# rule -> (surface, scope, organization name, kind)
RULE_CASES = {
    "cppcc committee": ("市政协提案委", baoji(), "宝鸡市政协提案委", "CPPCC_BODY"),
    "party committee": ("渭滨区委", baoji(), "中共宝鸡市渭滨区委", "PARTY"),
    "party committee organ": ("宝鸡市委宣传部", baoji(), "宝鸡市委宣传部", "PARTY"),
    "party department": ("凤翔区统战部", baoji(), "宝鸡市凤翔区委统战部", "PARTY"),
    "youth league": ("团市委", baoji(), "共青团宝鸡市委", "MASS_ORG"),
    "sub-body of the parent": ("政法委", baoji(parent="市委"), "宝鸡市委政法委", "PARTY"),
    "committee body alone": ("办公厅", baoji(), "宝鸡市政协办公厅", "CPPCC_BODY"),
    "government": ("渭滨区政府", baoji(), "宝鸡市渭滨区人民政府", "GOVERNMENT"),
    "government body": ("渭滨区人民政府办公室", baoji(), "宝鸡市渭滨区人民政府办公室", "GOVERNMENT"),
    "headed body": ("宝鸡秦岭钢铁集团", baoji(), "宝鸡秦岭钢铁集团", "COMPANY"),
}

# naming of a headed body -> (surface, scope, organization name)
NAMING_CASES = {
    "national": ("全国工商联", baoji(), "全国工商联"),
    "labelled body": ("秦岭·老街委员工作室", baoji(), "秦岭·老街委员工作室"),
    "zone": ("蔡家坡经济开发区管委会", baoji("岐山县"), "蔡家坡经济开发区管委会"),
    "short-place institution": ("宝鸡文理学院", baoji(), "宝鸡文理学院"),
    "placed grassroots body": ("凤翔区城关镇党委", baoji(), "凤翔区城关镇党委"),
    "bare or county place": ("凤翔区博物馆", baoji(), "宝鸡市凤翔区博物馆"),
    "placed body": ("宝鸡市图书馆", baoji(), "宝鸡市图书馆"),
    "grassroots body": ("城关镇党委", baoji("凤翔区"), "凤翔区城关镇党委"),
    "city or national body": ("工商联宝鸡分会", baoji(), "工商联宝鸡分会"),
    "local body": ("发改委", baoji(), "宝鸡市发改委"),
    "named body": ("秦川图书馆", baoji(), "秦川图书馆"),
}


def test_every_rule_has_a_test():
    assert set(RULE_CASES) == {r.name for r in RULES}
    assert set(NAMING_CASES) == {label for label, _when, _namer in NAMINGS}


@pytest.mark.parametrize("rule", list(RULE_CASES))
def test_rule(rule):
    surface, scope, name, kind = RULE_CASES[rule]
    assert first_rule(read_name(surface, scope)).name == rule
    org = canonical(surface, scope)
    assert (org.name, org.kind) == (name, kind)
    assert surface in org.aliases


@pytest.mark.parametrize("label", list(NAMING_CASES))
def test_naming(label):
    surface, scope, name = NAMING_CASES[label]
    n = read_name(surface, scope)
    assert first_rule(n).name == "headed body"
    kind = head_kind(n.body)
    assert next(lab for lab, when, _namer in NAMINGS if when(n, kind)) == label
    assert canonical(surface, scope).name == name


def test_rules_need_their_place():
    # 委 after a place is the Party committee; with no place before it no rule reads it
    assert first_rule(read_name("宝鸡市委", baoji())).name == "party committee"
    assert canonical("委", baoji()) is None
    # a government head alone names no government: the government rule needs a place
    assert first_rule(read_name("政府", baoji())).name == "headed body"
    assert canonical("政府", baoji()) is None


def test_party_cells_are_declared_once_in_the_head_lexicon():
    cells = set(lexicon().heads("cell"))
    assert cells == {"党委", "党总支", "党支部", "党工委"}
    assert cells <= set(party_suffixes())
    assert all(lexicon().org_heads[c] == "PARTY" for c in cells)
    assert all(grassroots("红星村" + c) for c in cells)
    assert not grassroots("宝鸡市文旅局")


def test_a_company_party_committee_belongs_to_the_company():
    org = canonical("秦岭钢铁股份有限公司党委", baoji())
    assert (org.name, org.kind, org.parent) == ("秦岭钢铁股份有限公司党委", "PARTY", "秦岭钢铁股份有限公司")


# ---- span rules of the organizations stage -------------------------------------------------------------------
def analysed(text: str) -> Document:
    doc = Document(Path("x.txt"), text=text, sentences=[Sentence(0, len(text), 0)])
    analysis.run(doc)
    return doc


def spans_of(text: str) -> dict[str, str]:
    reader = OrgReader(analysed(text))
    kept = filter_spans(reader.candidate_spans(0, len(text)), reader.keep)
    return {text[s.start:s.end]: s.rule for s in kept}


SPAN_CASES = {
    "head word": ("会议由渭滨区文旅局承办。", "渭滨区文旅局"),
    "head word alone": ("县工商联开展活动，工商联负责同志参加。", "工商联"),
    "head word in a list": ("渭滨区文旅局、管委会负责同志参加。", "管委会"),
    "full cppcc name": ("政协宝鸡市委员会召开常委会议。", "政协宝鸡市委员会"),
    "democratic party committee": ("九三学社宝鸡市委会开展调研。", "九三学社宝鸡市委会"),
    "body word in a list": ("市政协办公室、研究室负责同志参加。", "研究室"),
    "national body": ("会议传达了党中央的部署。", "党中央"),
    "news source": ("宝鸡网讯(记者王明)6月1日，会议召开。", "宝鸡网"),
    "listed company": ("调研组走访了岚峪、禾汀等企业。", "禾汀"),
    "industry company": ("委员们来到岚峪化工调研。", "岚峪化工"),
    "visited company": ("委员们先后深入岚峪科技、禾晟金刚石、峻安电瓷厂等处考察。", "禾晟金刚石"),
    "abbreviated office": ("渭滨区确权办主任王明参加。", "渭滨区确权办"),
    "committee in a list": ("市政协提案委、文史委负责同志参加。", "文史委"),
    "group in a list": ("市政协香港组、澳门组委员参加。", "澳门组"),
    "party committee without its party": ("民盟宝鸡市委召开会议，市委会主委王明主持。", "市委会"),
    "party body alone": ("九三学社宝鸡市委召开会议，参政议政委员会委员参加。", "参政议政委员会"),
    "democratic party alone": ("会议指出，集体提案是九三学社履行参政党职能的重要载体。", "九三学社"),
    "town in a list of bodies": ("渭滨区文旅局、神农镇负责同志参加。", "神农镇"),
    "place of a list sharing a head": ("渭滨区、金台区政协负责同志参加。", "渭滨区"),
    "numbered school": ("委员们来到渭滨一中调研。", "渭滨一中"),
    "stationed group": ("渭滨区纪委派驻区政协纪检组负责同志参加。", "渭滨区纪委派驻区政协纪检组"),
}


def test_every_span_rule_has_a_test():
    assert set(SPAN_CASES) == set(OrgReader.SPAN_RULES)


@pytest.mark.parametrize("rule", list(SPAN_CASES))
def test_span_rule(rule):
    text, surface = SPAN_CASES[rule]
    assert spans_of(text).get(surface) == rule


def test_a_party_cell_needs_the_unit_it_sits_in():
    assert spans_of("红星村党支部组织学习。").get("红星村党支部") == "head word"
    assert "党支部" not in spans_of("各党支部组织学习。")


def test_overlapping_spans_are_settled_by_one_filter():
    spans = [Span(0, 4, "a"), Span(0, 6, "b"), Span(5, 8, "c"), Span(6, 9, "d"), Span(9, 10, "e", alone=True)]
    kept = filter_spans(spans, lambda span, kept: not span.alone)
    assert [(s.start, s.end, s.rule) for s in kept] == [(0, 6, "b"), (6, 9, "d")]


def test_a_head_word_alone_counts_only_joined_to_the_item_before():
    assert "管委会" not in spans_of("会议强调，管委会要加强管理。")


@pytest.mark.parametrize("surface, name, written", [
    ("渭滨区法院", "宝鸡市渭滨区人民法院", "宝鸡市渭滨区法院"),
    ("渭滨区检察院", "宝鸡市渭滨区人民检察院", "宝鸡市渭滨区检察院"),
    ("市人民代表大会", "宝鸡市人大", "宝鸡市人民代表大会"),
])
def test_a_head_word_alone_is_named_in_its_official_form(surface, name, written):
    org = canonical(surface, baoji())
    assert (org.name, org.kind) == (name, "GOVERNMENT")
    assert written in org.aliases   # the form the text writes stays an alias


def test_a_zone_keeps_its_own_name(tmp_path):
    # 产业园 names a zone like 开发区: no local place goes before it
    assert canonical("蔡家坡现代产业园管委会", baoji()).name == "蔡家坡现代产业园管委会"
    # a list's first zone lends its place words (岐山) to no later item: they are the zone's name
    from kg.pipeline import process
    bulletin = tmp_path / "b.txt"
    bulletin.write_text("宝鸡市政协工作动态\n\n6月1日，岐山经济技术开发区管委会、渭河高新区管委会分别汇报了工作。\n",
                        encoding="utf-8")
    names = set(process(bulletin).organizations)
    assert "渭河高新区管委会" in names and "岐山渭河高新区管委会" not in names


def _processed(tmp_path, text: str):
    from kg.pipeline import process
    bulletin = tmp_path / "b.txt"
    bulletin.write_text(text, encoding="utf-8")
    return process(bulletin)


def test_a_bare_district_word_is_the_district_the_article_named_last(tmp_path):
    doc = _processed(tmp_path, "宝鸡市政协工作动态\n\n6月1日，市政协主席王明到渭滨区调研。座谈会上，渭滨区委书记李强，"
                               "区政府副区长张华，区政协主席赵敏陪同。\n")
    assert {"宝鸡市渭滨区人民政府", "宝鸡市渭滨区政协"} <= set(doc.organizations)
    assert not any(name.startswith("宝鸡市区") for name in doc.organizations)
    assert ("张华", "副区长", "宝鸡市渭滨区人民政府") in {(p.person, p.role, p.org) for p in doc.posts}


def test_a_district_is_qualified_as_the_text_writes_it(tmp_path):
    # 瀍河回族区 written 瀍河区: the bare 区 after it keeps that form, one body with the one named in full
    doc = _processed(tmp_path, "洛阳市政协工作动态\n\n6月1日，市政协主席王明到瀍河区调研。瀍河区委书记李强，"
                               "区政协主席赵敏陪同。\n")
    assert "洛阳市瀍河区政协" in doc.organizations
    assert not any("回族" in name for name in doc.organizations)


def test_an_item_about_another_city_qualifies_that_city_s_county_level_cities(tmp_path):
    doc = _processed(tmp_path, "宝鸡政协工作动态\n宝鸡市政协办公室编\n\n市政协召开主席会议\n6月1日，市政协主席赵刚主持召开主席"
                               "会议。\n\n邵阳市政协主席王明到武冈市调研\n6月2日，邵阳市政协主席王明到武冈市调研，武冈市委副书记、"
                               "市长张伟，武冈市政协主席李强陪同。\n")
    assert "邵阳市武冈市政协" in doc.organizations
    assert "武冈市政协" in doc.organizations["邵阳市武冈市政协"].aliases
    # the title after the city's Party committee is that city's, named the same way
    assert ("张伟", "市长", "邵阳市武冈市人民政府") in {(p.person, p.role, p.org) for p in doc.posts}


def test_the_standing_committee_of_a_term_is_the_standing_committee():
    org = canonical("市政协九届常委会", baoji())
    assert (org.name, org.kind) == ("宝鸡市政协常委会", "CPPCC_BODY")
    assert "市政协九届常委会" in org.aliases


@pytest.mark.parametrize("surface, name", [
    ("市政协(各届)老委员联谊会", "宝鸡市政协(各届)老委员联谊会"),   # words in brackets inside the name: a part of it
    ("市政协(xié)", "宝鸡市政协"),                                 # a gloss is no part of a name
    ("市政协办公室(研究室)", "宝鸡市政协办公室"),                  # a bracket at the end is a remark
])
def test_a_bracket_stays_in_a_name_only_inside_it(surface, name):
    assert canonical(surface, baoji()).name == name


def test_a_body_word_after_and_joins_only_a_body_before_it(tmp_path):
    doc = _processed(tmp_path, "宝鸡政协工作动态\n宝鸡市政协办公室编\n\n工作要点\n6月1日，会议要求办公厅和研究室抓好落实，"
                               "委员和办公室同志参加。\n")
    assert {"宝鸡市政协办公厅", "宝鸡市政协研究室"} <= set(doc.organizations)
    # 委员和办公室: 委员 is no body, so 办公室 after 和 is not read as one
    assert [m for m in doc.org_mentions if doc.text[m.start:m.end] == "办公室"] == []


def test_a_brand_holding_a_stop_word_keeps_its_characters():
    # jieba splits brands it does not know into characters: 和 and 为 there are no conjunctions
    found = spans_of("委员们先后来到宝鸡新和成材料有限公司、陕西天有为仪表股份有限公司和秦川机床有限公司。")
    assert {"宝鸡新和成材料有限公司", "陕西天有为仪表股份有限公司", "秦川机床有限公司"} <= set(found)
    # after a whole word 和 still joins two companies
    assert "宝鸡钢管有限公司和秦川机床有限公司" not in spans_of("宝鸡钢管有限公司和秦川机床有限公司负责人参加。")


def test_a_special_committee_jieba_joins_to_its_committee_is_read():
    # jieba cuts 政协提案/委员会 and 政协提案/委: the committee of the named CPPCC committee all the same
    assert spans_of("记者从甘肃省政协提案委员会获悉。").get("甘肃省政协提案委员会") == "head word"
    assert spans_of("会议由县政协提案委、提案人和承办单位参加。").get("县政协提案委") == "head word"
    # 政协提案委员会 names no place: it is no full name of a committee (政协宝鸡市委员会)
    assert "政协提案委员会" not in spans_of("记者从甘肃省政协提案委员会获悉。")


def test_a_committee_written_short_and_full_is_one_body(tmp_path):
    doc = _processed(tmp_path, "宝鸡市政协工作动态\n\n6月1日，市政协副主席王明带领市政协提案委、市工信局负责同志赴眉县调研。"
                               "市政协提案委员会主任李华参加。\n")
    names = set(doc.organizations)
    assert "宝鸡市政协提案委员会" in names and "宝鸡市政协提案委" not in names
    assert "市政协提案委" in doc.organizations["宝鸡市政协提案委员会"].aliases


@pytest.mark.parametrize("text, wrong, right", [
    # 前往 and 一行 stop the name like 来到: the body is the county's federation of returned overseas Chinese
    ("当天，视察组一行先后前往县侨联，察看展览。", "组一行先后前往县侨联", "县侨联"),
    # 组 of 组成 is no head: a word runs on past it
    ("他说，人民政协由界别组成，界别是政协的特色。", "政协由界别组", None),
    # the towns and streets of a district: no one body
    ("会议听取了各专委会和镇街开发区联络组的安排。", "镇街开发区", None),
])
def test_a_phrase_that_only_ends_like_a_body_is_not_read_as_one(text, wrong, right):
    found = spans_of(text)
    assert wrong not in found
    assert right is None or right in found


def test_the_one_character_a_democratic_party_writes_for_itself_names_its_committee(tmp_path):
    # 九三学社 writes 社 for itself: 社市委 is its city committee, 社省委 its provincial one, no Party committee
    assert (canonical("社市委", baoji()).name, canonical("社市委", baoji()).kind) == ("九三学社宝鸡市委", "DEMOCRATIC_PARTY")
    assert canonical("社省委", baoji()).name == "九三学社陕西省委"
    doc = _processed(tmp_path, "宝鸡政协工作动态\n\n6月1日，九三学社宝鸡市委主委王明带队调研，社市委专职副主委李华参加。"
                               "九三学社市委会将形成调研报告。\n")
    democratic = [o for o in doc.organizations.values() if o.name.startswith("九三学社")]
    assert len(democratic) == 1 and {"社市委", "九三学社市委会"} <= democratic[0].aliases   # 市委 and 市委会: one body
    assert not any(o.kind == "PARTY" and "社" in o.name for o in doc.organizations.values())


def test_a_district_before_a_higher_level_word_is_where_its_members_live():
    # 驻渭滨区省政协委员: members of the province's committee living in the district, not a body of the district
    assert canonical("渭滨区省政协", baoji()).name == "陕西省政协"
    assert canonical("渭滨区市政协", baoji()).name == "宝鸡市政协"
    assert canonical("渭滨区政协", baoji()).name == "宝鸡市渭滨区政协"


def test_a_place_that_begins_with_a_conjunction_jieba_keeps_apart_is_no_place():
    # 和县 is a county, but 发展和县政协工作 is 发展 and 县政协工作
    found = spans_of("何正清汇报了我县经济社会发展和县政协工作情况。")
    assert "和县政协" not in found and "县政协" in found


@pytest.mark.parametrize("name", ["界别和地区工作委员会", "社会和法治委员会", "文史和学习委员会"])
def test_a_special_committee_whose_name_holds_and_is_one_body(name):
    assert f"市政协{name}" in spans_of(f"市政协{name}主任王明出席会议。")


def test_what_is_to_be_studied_is_no_part_of_the_body_named_after_it(tmp_path):
    doc = _processed(tmp_path, "宝鸡政协工作动态\n\n6月1日，市政协召开常委会议。王明强调，要认真学习市委书记、市长李强"
                               "关于政协工作的重要讲话精神。\n")
    assert not any("学习" in name for name in doc.organizations)
    assert "中共宝鸡市委" in doc.organizations


def test_an_era_begins_a_name_where_other_time_words_stop_it():
    # jieba tags 东汉 and 近日 alike as time words: an era is the first word of a museum's name, 近日 is none
    spans = spans_of("王明到东汉遗址博物馆参观，近日民俗博物馆开放。")
    assert "东汉遗址博物馆" in spans and "民俗博物馆" in spans and "近日民俗博物馆" not in spans


def test_centre_alone_is_the_party_centre_only_before_a_lower_level():
    spans = spans_of("会议传达了中央、省委有关精神，落实中央财政资金。")
    assert spans.get("中央") == "national body" and list(spans).count("中央") == 1
    assert "中央" not in spans_of("参观中央厨房，落实中央财政资金。")


def test_a_name_whose_words_stand_in_quotes_is_named_without_them(tmp_path):
    doc = _processed(tmp_path, "宝鸡市政协工作动态\n\n6月1日，王明一行来到“红旗渠畔”纪念馆参观，打造“灯塔工厂”。\n")
    assert "“红旗渠畔”纪念馆" in doc.organizations["红旗渠畔纪念馆"].aliases
    assert not any("灯塔" in name for name in doc.organizations)


def test_local_committees_in_general_and_the_party_sector_name_no_body():
    spans = spans_of("出席全国暨地方政协经济委员会工作座谈会，中共界别委员发言。")
    assert not any("政协" in s or s.startswith("中共") for s in spans)
    assert spans_of("渭滨区政协经济委员会召开会议。").get("渭滨区政协经济委员会") == "head word"


def test_a_division_of_a_committee_office_is_read_with_the_office():
    spans = spans_of("会议由市政协办公厅宣传处承办，市政协办公室到各处调研。")
    assert "市政协办公厅宣传处" in spans and "市政协办公室" in spans
    assert canonical("市政协办公厅宣传处", baoji()).name == "宝鸡市政协办公厅宣传处"


def test_a_verb_ends_no_name_of_a_medium_or_a_party_committee():
    spans = spans_of("王明主持渭河网讯(记者 李华)6月1日，民进认真研究落实省委部署，民建开封市委开展调研。")
    assert spans.get("渭河网") == "news source" and spans.get("民建开封市委") == "democratic party committee"
    assert not any("主持" in s or "落实" in s for s in spans)


def test_the_national_committee_by_its_full_name_without_the_long_prefix(tmp_path):
    # 政协全国委员会 names no place: 全国 stands where a place stands in 政协宝鸡市委员会
    doc = _processed(tmp_path, "宝鸡市政协工作动态\n\n6月1日，政协全国委员会调研组来宝鸡调研。\n")
    assert "政协全国委员会" in doc.organizations["全国政协"].aliases


def test_the_united_front_s_associations_by_their_short_names(tmp_path):
    # 知联会 (intellectuals), 新联会 (new social strata), 台联 (Taiwan compatriots), 社科联: local bodies of the place
    doc = _processed(tmp_path, "宝鸡市政协工作动态\n\n6月1日，市政协召开座谈会。市知联会、市新联会、市台联、市社科联负责同志参加。"
                               "市知联会会长王晓明发言。\n")
    assert {"宝鸡市知联会", "宝鸡市新联会", "宝鸡市台联", "宝鸡市社科联"} <= set(doc.organizations)
    assert doc.organizations["宝鸡市知联会"].kind == "MASS_ORG"
