"""kg.places: the gazetteer of administrative divisions (cpca's adcode table, rule-derived
short forms, the aliases in kg/data/place_aliases.tsv).  Timings are in
benchmarks/bench_places.py, not here."""
from __future__ import annotations

import pytest

from kg.places import ALIASES_PATH, Gazetteer, Place, PlaceMatch, gazetteer, short_forms


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return gazetteer()


def one(g: Gazetteer, surface: str) -> Place:
    places = g.lookup(surface)
    assert len(places) == 1, (surface, places)
    return places[0]


# ---------------------------------------------------------------- table and hierarchy

def test_singleton_and_size(g):
    assert gazetteer() is g
    levels = {level: sum(1 for p in g if p.level == level) for level in ("province", "prefecture", "county")}
    assert levels["province"] == 34  # 23 provinces, 5 autonomous regions, 4 municipalities, 2 SARs
    assert 300 < levels["prefecture"] < 400
    assert 2800 < levels["county"] < 3300   # today's counties and those abolished or renamed since 2017
    assert all(p.name not in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划") for p in g)


def test_kongtong(g):
    place = one(g, "崆峒区")
    assert place.level == "county"
    assert g.parent(place).name == "平凉市"
    assert g.prefecture(place).name == "平凉市"
    assert g.province(place).name == "甘肃省"
    assert g.resolve("崆峒区") == place
    assert g.qualified(place) == "平凉市崆峒区"


def test_xiangshui(g):
    place = one(g, "响水县")
    assert g.parent(place).name == "盐城市"
    assert g.province(place).name == "江苏省"
    assert g.resolve("响水") == place  # short form


def test_levels_and_parents(g):
    baotou = one(g, "包头市")
    assert (baotou.level, baotou.adcode, baotou.parent_code) == ("prefecture", "150200000000", "150000000000")
    nmg = g.parent(baotou)
    assert nmg.name == "内蒙古自治区" and nmg.level == "province" and g.parent(nmg) is None
    assert g.province(nmg) == nmg and g.prefecture(nmg) is None
    assert g.prefecture(baotou) == baotou and g.province(baotou) == nmg
    assert g.ancestors(one(g, "土默特右旗")) == [baotou, nmg]
    assert one(g, "达尔罕茂明安联合旗") in g.children(baotou)


def test_municipalities(g):
    for name in ("北京市", "天津市", "上海市", "重庆市"):
        m = one(g, name)
        assert m.level == "province" and m.is_municipality
        assert g.prefecture(m) == m and g.province(m) == m
        assert g.qualified(m) == name
    yuzhong = one(g, "渝中区")
    assert g.parent(yuzhong).name == "重庆市"  # the 市辖区 row is skipped
    assert g.prefecture(yuzhong).name == "重庆市"
    assert g.qualified(yuzhong) == "重庆市渝中区"
    zhongxian = one(g, "忠县")  # under Chongqing's placeholder row 县
    assert g.parent(zhongxian).name == "重庆市" and g.qualified(zhongxian) == "重庆市忠县"
    chaoyang = g.resolve("朝阳区", near=[one(g, "北京市")])
    assert g.qualified(chaoyang) == "北京市朝阳区"
    assert g.resolve("重庆").name == "重庆市"


def test_directly_administered_county_level(g):
    xiantao = one(g, "仙桃市")
    assert xiantao.level == "county"
    assert g.parent(xiantao).name == "湖北省"  # under 省直辖县级行政区划
    assert g.province(xiantao).name == "湖北省"
    assert g.prefecture(xiantao) is None
    assert g.qualified(xiantao) == "仙桃市"
    assert g.parent(one(g, "神农架林区")).name == "湖北省"
    assert g.parent(one(g, "石河子市")).name == "新疆维吾尔自治区"


# ---------------------------------------------------------------- surface forms

def test_no_one_character_surface_forms(g):
    assert all(len(surface) >= 2 for surface, _, _ in g.surfaces())
    assert g.lookup("蒙") == [] and g.lookup("京") == []
    assert g.lookup("城区") and all(len(f) >= 2 for p in g for f in short_forms(p.name))


def test_short_property(g):
    assert one(g, "包头市").short == "包头"
    assert one(g, "土默特右旗").short == "土默特右"
    assert one(g, "内蒙古自治区").short == "内蒙古"
    assert one(g, "广西壮族自治区").short == "广西"
    assert one(g, "宁夏回族自治区").short == "宁夏"
    assert one(g, "新疆维吾尔自治区").short == "新疆"
    assert one(g, "西藏自治区").short == "西藏"
    assert one(g, "香港特别行政区").short == "香港"
    assert one(g, "延边朝鲜族自治州").short == "延边"
    assert one(g, "鄂伦春自治旗").short == "鄂伦春"
    assert one(g, "鄂温克族自治旗").short == "鄂温克"
    assert one(g, "积石山保安族东乡族撒拉族自治县").short == "积石山"
    assert one(g, "大兴安岭地区").short == "大兴安岭"
    assert one(g, "浦东新区").short == "浦东"
    assert one(g, "白云鄂博矿区").short == "白云鄂博"
    assert one(g, "万柏林区").short == "万柏林"
    assert one(g, "神农架林区").short == "神农架"
    assert one(g, "兴安盟").short == "兴安"
    assert one(g, "和县").short == "和县"  # no one-character short form


def test_an_ethnic_district_is_written_without_its_people(g):
    # 瀍河回族区 is called 瀍河区 (梅里斯达斡尔族区 梅里斯区): the district word stays, the ethnic word goes
    assert short_forms("瀍河回族区") == ("瀍河", "瀍河区")
    assert one(g, "梅里斯区").name == "梅里斯达斡尔族区"
    assert g.resolve("瀍河区").name == "瀍河回族区"


def test_a_common_misspelling_of_a_region_is_an_alias(g):
    assert g.resolve("新疆维吾尔族自治区").name == "新疆维吾尔自治区"


def test_lookup_forms(g):
    nmg = one(g, "内蒙古自治区")
    assert g.lookup("内蒙古") == [nmg] and g.lookup("内蒙") == [nmg]
    assert g.kind("内蒙古自治区") == "full" and g.kind("内蒙古") == "short" and g.kind("内蒙") == "alias"
    assert g.lookup("恩施州") == [one(g, "恩施土家族苗族自治州")]
    assert g.lookup("鄂伦春旗") == [one(g, "鄂伦春自治旗")]
    assert g.lookup("长阳县") == [one(g, "长阳土家族自治县")]
    assert g.lookup("兴安盟") and g.lookup("锡林郭勒盟") == g.lookup("锡林郭勒") == g.lookup("锡盟")
    assert [p.name for p in g.lookup("吉林")] == ["吉林省", "吉林市"]  # province first
    assert g.lookup("稀土高新区") == []  # not an administrative division
    assert g.lookup("神农架林") == []
    assert g.lookup("不是地名") == []


def test_aliases_inner_mongolia(g):
    baotou = one(g, "包头市")
    for alias in ("土右旗", "土右"):
        place = one(g, alias)
        assert place.name == "土默特右旗" and g.parent(place) == baotou
    for alias in ("达茂旗", "达茂"):
        assert one(g, alias).name == "达尔罕茂明安联合旗"
    assert one(g, "昆区").name == "昆都仑区"
    assert one(g, "白云矿区").name == "白云鄂博矿区"
    assert one(g, "呼市").name == "呼和浩特市"
    assert one(g, "科右前旗").name == "科尔沁右翼前旗"
    assert one(g, "察右后旗").name == "察哈尔右翼后旗"
    assert one(g, "莫旗").name == "莫力达瓦达斡尔族自治旗"
    assert one(g, "阿左旗").name == "阿拉善左旗"
    assert one(g, "杭后").name == "杭锦后旗"
    assert {p.name for p in g.lookup("白云")} == {"白云区"}  # Guangzhou, Guiyang; not 白云鄂博矿区
    assert g.resolve("白云") is None


def test_aliases_elsewhere(g):
    assert one(g, "博州").name == "博尔塔拉蒙古自治州"
    assert [p.name for p in g.lookup("巴州")] == ["巴音郭楞蒙古自治州", "巴州区"]
    assert g.resolve("巴州").name == "巴音郭楞蒙古自治州"
    assert g.qualified(g.resolve("巴州", near=[one(g, "四川省")])) == "巴中市巴州区"
    # renamed since 2017: the new name is a place of today's table, the old one still names the old county
    renamed = one(g, "郫都区")
    assert renamed.name == "郫都区" and g.parent(renamed).name == "成都市"
    assert one(g, "郫县").name == "郫县" and g.parent(one(g, "郫县")).name == "成都市"


def test_divisions_created_after_2017():
    g = gazetteer()
    for name, parent in (("偃师区", "洛阳市"), ("临平区", "杭州市"), ("邵东市", "邵阳市")):
        assert g.parent(one(g, name)).name == parent
    assert [p.level for p in g.lookup("重庆市")] == ["province"]   # no placeholder prefecture named like it


def test_alias_file_is_valid():
    rows = [l.split("\t") for l in ALIASES_PATH.read_text(encoding="utf-8").splitlines()
            if l.strip() and not l.startswith("#")]
    assert len(rows) >= 50
    for cols in rows:
        assert 2 <= len(cols) <= 4, cols
        assert len(cols[0]) >= 2, cols
    aliases = [cols[0] for cols in rows]
    # an alias naming two places is listed twice; none is
    assert len(aliases) == len(set(aliases))
    Gazetteer()  # raises if a row does not denote exactly one place


def test_bad_alias_row_raises(tmp_path):
    bad = tmp_path / "aliases.tsv"
    bad.write_text("青区\t青山区\t\tambiguous without parent\n", encoding="utf-8")
    with pytest.raises(ValueError):
        Gazetteer(aliases=bad)
    bad.write_text("青区\t青山区\t包头市\n", encoding="utf-8")
    assert Gazetteer(aliases=bad).lookup("青区")[0].adcode == "150204000000"


# ---------------------------------------------------------------- resolve and qualify

def test_resolve_qingshan(g):
    baotou, wuhan = one(g, "包头市"), one(g, "武汉市")
    assert g.resolve("青山区") is None  # two county-level candidates, no context
    q1 = g.resolve("青山区", near=[baotou])
    assert g.qualified(q1) == "包头市青山区" and q1.adcode == "150204000000"
    assert g.qualified(g.resolve("青山区", near=[wuhan])) == "武汉市青山区"
    assert g.qualified(g.resolve("青山区", near=[one(g, "内蒙古自治区")])) == "包头市青山区"
    assert g.qualified(g.resolve("青山区", near=[one(g, "湖北省")])) == "武汉市青山区"
    # the first near place decides between equally related candidates
    assert g.qualified(g.resolve("青山区", near=[wuhan, baotou])) == "武汉市青山区"
    # context is the place itself, or a place under it
    assert g.qualified(g.resolve("青山区", near=[q1])) == "包头市青山区"
    assert g.resolve("包头", near=[one(g, "东河区")]) == baotou
    # extension: a sibling in the same prefecture
    assert g.qualified(g.resolve("青山区", near=[one(g, "东河区")])) == "包头市青山区"
    # context unrelated to every candidate: falls back
    assert g.resolve("青山区", near=[one(g, "广东省")]) is None


def test_resolve_fallbacks(g):
    assert g.resolve("吉林").name == "吉林省"  # highest level
    assert g.resolve("吉林", near=[one(g, "船营区")]).name == "吉林市"  # the parent beats the grandparent
    assert g.resolve("海南").name == "海南省"
    assert g.resolve("海南", near=[one(g, "乌海市")]).name == "海南区"
    assert g.resolve("土右旗").name == "土默特右旗"  # unique
    assert g.resolve("不是地名") is None


# ---------------------------------------------------------------- find_all

BULLETIN = "市政协副主席云港带队赴重庆、福建、江西、山西等地开展招商引资"


def test_find_all_bulletin_sentence(g):
    matches = g.find_all(BULLETIN)
    assert all(isinstance(m, PlaceMatch) for m in matches)
    got = [(m.start, m.end, m.surface) for m in matches]
    assert got == [(11, 13, "重庆"), (14, 16, "福建"), (17, 19, "江西"), (20, 22, "山西")]
    for m in matches:
        assert BULLETIN[m.start:m.end] == m.surface
        assert m.kind == "short" and not m.full and m.short
        assert m.places[0].level == "province"
        assert g.resolve(m.surface) == m.places[0]
    assert [m.places[0].name for m in matches] == ["重庆市", "福建省", "江西省", "山西省"]
    assert g.find_all(BULLETIN, short_forms=False) == []


def test_find_all_full_and_alias(g):
    text = "市政协机关、东河区政协、九原区政协、白云矿区政协、土右旗政协、达茂旗政协和固阳县政协9支代表队"
    strong = g.find_all(text, short_forms=False)
    assert [m.surface for m in strong] == ["东河区", "九原区", "白云矿区", "土右旗", "达茂旗", "固阳县"]
    assert [m.kind for m in strong] == ["full", "full", "alias", "alias", "alias", "full"]
    assert all(m.full for m in strong)
    assert g.find_all(text) == strong  # no short form in the gaps
    m = g.find_all("直面难题聚人心——江苏响水县政协开展协商")
    assert [(x.surface, x.full) for x in m] == [("江苏", False), ("响水县", True)]


def test_find_all_leftmost_longest(g):
    text = "包头市青山区政协和内蒙古自治区政协"
    assert [m.surface for m in g.find_all(text)] == ["包头市", "青山区", "内蒙古自治区"]
    assert [m.surface for m in g.find_all("白云鄂博矿区")] == ["白云鄂博矿区"]  # not 白云
    assert [m.surface for m in g.find_all("达尔罕茂明安联合旗")] == ["达尔罕茂明安联合旗"]
    # a short form never cuts into an official name: 镇江 / 江西省
    assert [m.surface for m in g.find_all("镇江西省")] == ["江西省"]
    # two-character official names are weak
    m = g.find_all("马鞍山市和县政协")
    assert [(x.surface, x.kind, x.full) for x in m] == [("马鞍山市", "full", True), ("和县", "full", False)]
    assert [x.surface for x in g.find_all("马鞍山市和县政协", short_forms=False)] == ["马鞍山市"]


def test_find_all_places_order(g):
    (m,) = g.find_all("巴州")
    assert [p.name for p in m.places] == ["巴音郭楞蒙古自治州", "巴州区"]
    assert m.kind == "alias" and not m.full  # two characters
    (m,) = g.find_all("东乡县")
    assert m.places[0].name == "东乡县" and m.places[1].name == "东乡族自治县"
    assert g.find_all("") == []


def _naive_find_all(g: Gazetteer, text: str, short_forms: bool = True):
    """The documented selection, by brute force: strong surfaces leftmost-longest, then
    weak ones leftmost-longest in the gaps."""
    kinds = {s: (k, s) for s, _, k in g.surfaces()}
    strong_set = {s for s, (k, _) in kinds.items() if k != "short" and len(s) >= 3}
    lengths = sorted({len(s) for s in kinds}, reverse=True)

    def select(surfaces, blocked):
        out, i = [], 0
        while i < len(text):
            for n in lengths:
                span = (i, i + n)
                if text[i : i + n] in surfaces and not any(a < span[1] and span[0] < b for a, b in blocked):
                    out.append(span)
                    i += n
                    break
            else:
                i += 1
        return out

    chosen = select(strong_set, [])
    if short_forms:
        chosen += select(set(kinds) - strong_set, chosen)
    return sorted(chosen)


def test_find_all_agrees_with_brute_force(g):
    from pathlib import Path

    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    text = "".join(p.read_text(encoding="utf-8") for p in seeds[:2])[:30_000] or BULLETIN
    for short in (True, False):
        got = [(m.start, m.end) for m in g.find_all(text, short_forms=short)]
        assert got == _naive_find_all(g, text, short)
        assert all(text[m.start:m.end] == m.surface for m in g.find_all(text, short_forms=short))
