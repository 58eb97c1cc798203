"""The page's place is not a place it names in passing (issue 9): a district of 台湾省 met inside a community's
name, a county of another level than the page's own bodies. Invented district pages that name no place of
their own in the text."""
from __future__ import annotations

from kg.pipeline import process

COMMUNITY_PAGE = """\
区政协界别活动走进社区

发布时间：2023-04-12

4月11日上午，区政协界别活动在城东街道开展，区政协主席周明华参加。活动组来到乐新家园社区，考察了乐新社区党群活动中心的建设情况。
"""

TRAINING_PAGE = """\
区政协举办委员履职培训班

发布时间：2023-05-20

5月19日，区政协委员履职能力提升培训班开班，区政协主席张立新作动员讲话。培训期间，学员们将赴安吉县余村参观美丽乡村建设。
"""


def test_a_district_of_taiwan_inside_a_community_name_is_no_page_place(tmp_path):
    path = tmp_path / "community.txt"
    path.write_text(COMMUNITY_PAGE, encoding="utf-8")
    ctx = process(path).context
    assert ctx.place != "新社区" and ctx.province != "台湾省"


def test_a_county_named_in_passing_on_a_district_page_is_no_page_place(tmp_path):
    path = tmp_path / "training.txt"
    path.write_text(TRAINING_PAGE, encoding="utf-8")
    doc = process(path)
    assert doc.context.place != "安吉县"
    assert "安吉县政协" not in doc.organizations


VISIT_PAGE = """\
区委统战部赴结对县交流

发布时间：2023-09-12

9月10日，江门市蓬江区委常委、统战部部长林晓明带队到龙胜各族自治县交流。龙胜各族自治县委常委、县委办主任石立新，县委统战部副部长吴海清参加座谈。
"""


def test_a_bare_county_body_after_another_countys_committee_is_that_countys(tmp_path):
    # the district's page visits a county of another city: 县委办 right after that county's 县委常委 is its own,
    # no 县委办 of the district's city
    path = tmp_path / "visit.txt"
    path.write_text(VISIT_PAGE, encoding="utf-8")
    doc = process(path)
    orgs = {p.org for p in doc.posts if p.person == "石立新"}
    assert not any(name.startswith("江门市县") for name in orgs | set(doc.organizations))
    assert any(name.endswith("龙胜各族自治县委办公室") or name.endswith("龙胜各族自治县委办") for name in orgs)


def test_an_association_of_hong_kong_members_takes_no_place_of_the_page(tmp_path):
    # 港区省级政协委员联谊会 is Hong Kong's: named on a 苏州 page it is no 苏州市 body
    path = tmp_path / "hk.txt"
    path.write_text("考察团抵达苏州\n\n9月4日,考察团一行抵达苏州。苏州市委统战部部长赵立新会见考察团,他称,"
                    "港区省级政协委员联谊会坚持爱国爱港。\n", encoding="utf-8")
    doc = process(path)
    assert "港区省级政协委员联谊会" in doc.organizations
    assert not any(name.startswith("苏州市港区") for name in doc.organizations)


def test_hong_kong_and_macau_members_and_the_sar_government_are_no_district_bodies(tmp_path):
    # 港区全国人大代表, 澳区委员, 特区政府: the 区 of 港区/澳区/特区 is no county level word
    path = tmp_path / "hk2.txt"
    path.write_text("会议开幕\n\n5月6日,会议开幕。港区全国人大代表、澳区全国政协委员出席,支持特区政府依法施政。\n",
                    encoding="utf-8")
    doc = process(path)
    assert not any(name.startswith("区") for name in doc.organizations)
