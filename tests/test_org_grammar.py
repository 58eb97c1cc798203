"""The organization grammar as rules: each rule of kg.orgnames.RULES, each naming of NAMINGS and each span
rule of the organizations stage, shown on an invented name or sentence of 宝鸡 (陕西) that it alone reads.

A new rule needs a row here: test_every_rule_has_a_test fails otherwise.
"""
from __future__ import annotations

import dataclasses
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
    "government": ("渭滨区政府", baoji(), "宝鸡市渭滨区人民政府", "GOVERNMENT"),
    "government body": ("渭滨区人民政府办公室", baoji(), "宝鸡市渭滨区人民政府办公室", "GOVERNMENT"),
    "headed body": ("宝鸡秦岭钢铁集团", baoji(), "宝鸡秦岭钢铁集团", "COMPANY"),
}

# naming of a headed body -> (surface, scope, organization name)
NAMING_CASES = {
    "national": ("全国工商联", baoji(), "全国工商联"),
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
