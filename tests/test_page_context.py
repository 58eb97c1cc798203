"""Where and when a web page is: its header lines (发布时间, 来源) and the county its text speaks of.

The pages are invented: a 湖南 county news item with a page header, a 四川 newspaper item with a dated
dateline and 昨天, and a 上海 district page without any place in its header.
"""
from __future__ import annotations

import pytest

from kg import dates
from kg.pipeline import process

HEADER_PAGE = """\
县政协开展油茶产业专题调研

发布时间：2023-10-09 16:20  来源：中国人民政治协商会议衡东县委员会  作者：李文

10月8日，县政协主席周建军带队开展油茶产业专题调研，县政协副主席刘芳参加。2019年以来，全县油茶面积稳步扩大。
"""

DATELINE_PAGE = """\
南充市政协五届二次会议开幕

2024-01-10 08:30:00来源：南充新闻网

南充新闻网1月10日讯（记者 赵明）昨天上午，市政协五届二次会议在市会议中心开幕。市政协主席何强主持会议。
"""

DISTRICT_PAGE = """\
区政协召开十届五次常委会议

发稿时间：2022-06-20

6月17日，区政协召开十届五次常委会议，区政协主席王立新主持。会议听取了闵行区政协专委会工作情况汇报。与会人员表示，闵行区政协将继续围绕中心工作履职尽责。闵行区政协副主席陈红出席。
"""


# a bare paragraph of a county page: no header, the county named once by its short form
COUNTY_PARAGRAPH = """\
为推动我县茶旅融合发展，5月9日，县政协副主席吴晓东带队赴茶山村调研，县政协经济委主任罗青陪同。吴晓东指出，茶产业事关湄潭长远发展，要做强品牌。
"""

# a bulletin of a city whose item is a county's: the headline names the county's body as 县委会
CITY_BULLETIN = """\
遵义政协工作简报

第2期

2023年4月20日

民进凤冈县委会在县“两会”上积极履职
4月12日，民进凤冈县委会组织会员开展履职培训，县政府有关负责同志到会指导。
"""

PAGES = {"header": HEADER_PAGE, "dateline": DATELINE_PAGE, "district": DISTRICT_PAGE,
         "county": COUNTY_PARAGRAPH, "city": CITY_BULLETIN}


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pages")
    for name, text in PAGES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return {name: process(folder / f"{name}.txt") for name in PAGES}


@pytest.fixture
def header_page(pages):
    return pages["header"]


@pytest.fixture
def dateline_page(pages):
    return pages["dateline"]


@pytest.fixture
def district_page(pages):
    return pages["district"]


def test_page_header_gives_date_and_place(header_page):
    ctx = header_page.context
    assert ctx.date == "2023-10-09" and ctx.year == 2023   # the 2019 of the body does not win
    assert ctx.place == "衡东县"
    assert header_page.events[0].start == "2023-10-08"
    assert "衡东县政协" in header_page.organizations   # the page's own county, named on its own


def test_header_line_is_no_part_of_the_headline(header_page):
    doc = header_page
    assert doc.articles[0].title == "县政协开展油茶产业专题调研"
    header = doc.text.index("发布时间")
    assert any(a <= header < b for a, b in doc.masthead)
    # the header line is a sentence apart: no event opens there
    assert doc.sentences[doc.sentence_at(header)].headline


def test_yesterday_counts_from_the_page_date_and_the_dateline_date_is_no_happening(dateline_page):
    doc = dateline_page
    assert doc.context.date == "2024-01-10"
    assert [(e.start, e.kind) for e in doc.events] == [("2024-01-09", "meeting")]
    assert doc.events[0].persons.get("何强") == "chair"


def test_district_named_in_the_text_is_the_page_place(district_page):
    ctx = district_page.context
    assert ctx.place == "闵行区" and ctx.province == "上海市"
    assert "上海市闵行区政协" in district_page.organizations


def test_page_date_and_relative_days():
    assert dates.page_date("时间:2022-7-05 10:53:19  来源:县融媒体中心") == "2022-07-05"
    assert dates.page_date("2021年6月15日 第3期") == "2021-06-15"
    span = dates.find_happening("前天下午，市政协召开会议。", 2024, "2024-03-01")
    assert (span.start, span.relative) == ("2024-02-28", True)
    assert dates.find_happening("9月21号，县政协召开会议。", 2024, "2024-09-25").start == "2024-09-21"
    # a day without its month is of the report's month, or of the month before when after the report's day
    assert dates.find_happening("28日上午，县政协召开会议。", 2024, "2024-05-30").start == "2024-05-28"
    assert dates.find_happening("31日，县政协召开会议。", 2024, "2024-06-02").start == "2024-05-31"
    assert dates.find_happening("要求近3日内完成整改。", 2024, "2024-06-02") is None
    # a dateline's date is the report's: the happening is the next date
    span = dates.find_happening("本报3月5日讯 3月4日，县政协召开会议。", 2024, "2024-03-05")
    assert span.start == "2024-03-04"


def test_a_place_in_both_adcode_tables_is_one_place():
    # 崇川区 was numbered anew when it merged with 港闸区; 定州市 moved under 保定市: one place each, not two
    # (two would make every mention of the name ambiguous, and a page of that place unqualified)
    from kg.places import gazetteer
    gz = gazetteer()
    assert len(gz.lookup("崇川区")) == 1 and gz.resolve("崇川区").name == "崇川区"
    assert len(gz.lookup("定州市")) == 1
    assert gz.resolve("郫县") is not None   # a name abolished since is still there


def test_a_short_county_page_is_the_county_it_names(pages):
    assert pages["county"].context.place == "湄潭县"
    assert "湄潭县政协" in pages["county"].organizations


def test_an_item_about_a_county_body_takes_the_county(pages):
    doc = pages["city"]
    assert doc.context.place == "遵义市"
    assert doc.articles[0].place == "凤冈县"


# a page of a meeting of several cities: each paragraph opens with its city's body
CITIES_PAGE = """\
西南五城市政协协作会在遵义召开

5月20日，西南五城市政协协作会第十次会议在遵义召开。
昆明市政协主席李华作交流发言，市政协秘书长王强参加。
贵阳市政协主席张明介绍了市政协协商工作，市委统战部部长刘芳参加。
"""


def test_each_paragraph_opening_with_its_city_has_that_place(tmp_path):
    path = tmp_path / "cities.txt"
    path.write_text(CITIES_PAGE, encoding="utf-8")
    doc = process(path)
    assert doc.place_at(doc.text.index("王强")) == "昆明市"
    assert doc.place_at(doc.text.index("刘芳")) == "贵阳市"
    assert doc.place_at(doc.text.index("第十次会议")) == doc.context.place == "遵义市"


def test_the_author_of_the_header_is_a_person_but_no_participant(header_page):
    assert "李文" in header_page.persons
    assert "李文" not in header_page.events[0].persons


def test_a_district_named_only_in_the_source_line_is_the_page_place(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("区政协开展民生实事专项视察\n\n来源：青秀区融媒体中心\n\n发布时间：2024-04-18\n\n"
                    "4月17日，区政协主席黄卫国带队开展民生实事专项视察，区政协副主席梁小燕参加。\n", encoding="utf-8")
    doc = process(path)
    assert (doc.context.place, doc.context.date) == ("青秀区", "2024-04-18")
    assert "南宁市青秀区政协" in doc.organizations


def test_the_medium_of_a_source_line_is_an_organization(tmp_path):
    """来源：崇川在线 and 文章来源:民权网文章作者:… (the line's spaces gone): the page names its site, an
    organization of the media; a source that names a committee (来源：县政协) is no medium."""
    for text, medium in (("来源: 崇川在线  发布时间: 2024-01-16\n", "崇川在线"),
                         ("文章来源:民权网 文章作者:民权网 责任编辑:薛某\n时间:2020-05-28 17:03\n", "民权网")):
        path = tmp_path / "page.txt"
        path.write_text("区政协召开主席会议\n" + text + "1月15日，区政协主席王为民主持召开主席会议。\n", encoding="utf-8")
        doc = process(path)
        assert doc.context.medium == medium
        assert doc.organizations[medium].kind == "OTHER"
    path.write_text("区政协召开主席会议\n来源：县政协\n1月15日，县政协主席王为民主持会议。\n", encoding="utf-8")
    assert process(path).context.medium is None


def test_a_bare_body_in_a_paragraph_of_its_own_city_is_that_citys(tmp_path):
    path = tmp_path / "cities.txt"
    path.write_text(CITIES_PAGE, encoding="utf-8")
    doc = process(path)
    kunming = doc.text.index("昆明市政协主席")
    guiyang = doc.text.index("贵阳市政协主席")
    bare = [m for m in doc.org_mentions if m.surface == "市政协"]
    assert {m.org for m in bare if kunming < m.start < guiyang} == {"昆明市政协"}
    assert {m.org for m in bare if m.start > guiyang} == {"贵阳市政协"}


def test_the_closing_credit_is_the_bulletins_not_its_last_articles(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("遵义政协工作简报\n\n第3期\n\n2023年6月20日\n\n"
                    "毕节市政协主席到金沙县调研\n6月12日，毕节市政协主席陈明到金沙县调研，毕节市政协秘书长吴刚参加。\n\n"
                    "（市政协办公室　编）\n", encoding="utf-8")
    doc = process(path)
    assert doc.articles[0].place == "毕节市"
    assert doc.articles[-1].section == "trailer"
    assert "遵义市政协办公室" in doc.organizations and "毕节市政协办公室" not in doc.organizations


def test_a_reporter_of_the_dateline_is_of_the_pages_medium(tmp_path):
    folder = tmp_path
    (folder / "a.txt").write_text("县政协调研茶产业\n\n时间：2023-05-10  来源：黔南日报  作者：王芳\n\n"
                                  "本报讯（记者王芳）5月9日，县政协主席罗明带队调研茶产业。\n", encoding="utf-8")
    (folder / "b.txt").write_text("市政协召开常委会议\n\n2023-06-02 09:00:00\n\n"
                                  "遵义日报讯（记者李强）6月1日，市政协召开常委会议。\n", encoding="utf-8")
    a, b = process(folder / "a.txt"), process(folder / "b.txt")
    assert (a.context.medium, b.context.medium) == ("黔南日报", "遵义日报")
    assert ("王芳", "记者", "黔南日报") in {(p.person, p.role, p.org) for p in a.posts}
    assert ("李强", "记者", "遵义日报") in {(p.person, p.role, p.org) for p in b.posts}


def _page(tmp_path, text):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return process(path)


def test_a_province_short_form_in_a_site_name_is_the_province_not_a_district(tmp_path):
    # 河北 is 河北省 before it is 天津市河北区: a 河北 site's item has no Tianjin place and no 天津市政协
    doc = _page(tmp_path, "山西省政协考察组来河北省交流\n来源:河北经济网 2022-09-08 10:21:00\n\n"
                          "9月6日至7日,山西省政协副主席王明率考察组到河北省考察,河北省政协副主席李强陪同。"
                          "王明表示,省政协将认真学习借鉴。\n")
    assert doc.context.province == "河北省" and doc.context.place is None
    assert not any("天津" in name for name in doc.organizations)


def test_a_place_name_inside_a_word_of_the_headline_is_no_place(tmp_path):
    # 搭建平台 holds 建平 (建平县) only across two words
    doc = _page(tmp_path, "搭建平台 服务发展 市政协召开专题协商会\n\n"
                          "10月9日,白城市政协召开专题协商会议。市政协主席赵刚出席并讲话,市政协副主席钱丽主持。\n")
    assert doc.context.place == "白城市"


def test_a_given_name_that_is_a_place_short_form_is_no_place(tmp_path):
    # 卫东 (平顶山市卫东区) is the given name of 周卫东 wherever it stands: the district page is 嘉定区's
    doc = _page(tmp_path, "区政协主席周卫东赴嘉定工业区走访企业\n发稿时间: 2024-03-12\n\n"
                          "3月11日,区政协主席周卫东赴上海某某智能科技有限公司走访调研。调研中,周卫东一行听取了情况介绍。"
                          "周卫东感谢企业落户嘉定。\n")
    assert (doc.context.place, doc.context.province) == ("嘉定区", "上海市")
    assert "上海市嘉定区政协" in doc.organizations


def test_where_a_citys_leaders_go_is_not_the_page_place(tmp_path):
    doc = _page(tmp_path, "市领导赴诸暨市调研政协工作\n\n"
                          "6月3日,市政协主席孙强率队前往诸暨市调研,市政协秘书长钱平参加。孙强对诸暨市政协的工作表示肯定,"
                          "希望绍兴市各级政协组织加强联动。绍兴市政协将继续支持。\n")
    assert doc.context.place == "绍兴市"


def test_a_page_of_items_from_several_cities_has_no_place(tmp_path):
    doc = _page(tmp_path, "政协奋进新征程(山东篇)\n\n"
                          "潍坊市政协\n以协商促发展\n潍坊市政协坚持协商于民。市政协委员积极履职。\n\n"
                          "临沂市政协\n临沂市政协:委员履职在基层\n临沂市政协组织委员下基层。\n\n"
                          "日照市政协\n日照市政协:让协商更有温度\n日照市政协搭建协商平台。\n")
    assert doc.context.place is None and doc.context.province == "山东省"


def test_a_page_naming_one_city_officially_is_that_citys(tmp_path):
    doc = _page(tmp_path, "1月9日上午,市政协十二届三次会议提案委员会全体会议召开。市政协副主席孙红主持会议。"
                          "提案委员会按照《政协蚌埠市委员会提案工作条例》对提案进行了审查。\n")
    assert doc.context.place == "蚌埠市"
    assert "市政协" in doc.organizations["蚌埠市政协"].aliases
    # the proposals committee of a session (市政协十二届三次会议提案委员会) is the committee's proposals committee
    assert "蚌埠市政协提案委员会" in doc.organizations


def test_a_place_across_two_words_of_the_first_line_is_no_place_of_the_item(tmp_path):
    # 召开州政协 holds 开州 (重庆市开州区) across 召开 and 州: the bare 州政协 stays the prefecture's own
    doc = _page(tmp_path, "本报讯(记者 王兰) 5月8日,州政协党组书记、主席马强主持召开州政协主席会议。会议审议通过了"
                          "《政协甘孜州委员会重点提案督办办法》,传达学习了省委、州委有关会议精神。\n")
    assert doc.articles[0].place is None
    assert "甘孜藏族自治州政协" in doc.organizations or "甘孜州政协" in doc.organizations
    assert not any("重庆" in name for name in doc.organizations)


def test_a_city_page_naming_one_city_once_is_that_citys(tmp_path):
    # bare 市政协 and one short mention of the only city the page names
    doc = _page(tmp_path, "助力科创产业发展 市政协召开专题协商会议\n\n"
                          "11月18日,市政协召开专题协商会议。市政协主席周强出席会议并讲话,要求为促进科创资源向通化汇集"
                          "贡献政协力量。市政协副主席吴敏主持会议。\n")
    assert doc.context.place == "通化市"
    assert "通化市政协" in doc.organizations


def test_a_county_named_officially_beats_another_named_only_by_a_short_form(tmp_path):
    # 南湖 of 南湖文化园 is 嘉兴市南湖区 only by a short form; 沁县 is named by its own two-character name
    doc = _page(tmp_path, "市政协主席调研文化产业\n\n5月22日下午,市政协主席王明深入我县南湖文化园、青少年活动中心调研。"
                          "王明要求,沁县要依托良好的生态环境,在文化旅游方面下功夫。\n")
    assert (doc.context.place, doc.context.province) == ("沁县", "山西省")
    assert "长治市政协" in doc.organizations


def test_the_province_a_head_names_most_is_the_pages(tmp_path):
    doc = _page(tmp_path, "当前位置:陕西政协网 > 陕西政协动态\n\n天津市政协考察团来陕考察\n\n来源:陕西政协报\n\n"
                          "9月7日,省政协副主席李强在西安主持召开座谈会,天津市政协副主席王明一行参加。\n")
    assert doc.context.province == "陕西省"


def test_a_visiting_county_body_written_with_its_city_keeps_the_city(tmp_path):
    # the visitors' place is not the page's: a county body written with its prefecture keeps it in its name,
    # while the host's bare 区政协 is still the page's own
    doc = _page(tmp_path, "余杭融媒讯 4月9日，湖北省襄阳市樊城区政协主席陈国强一行来余杭区考察。"
                          "区政协副主席方志明陪同考察。\n")
    posts = {(p.person, p.org) for p in doc.posts}
    assert ("陈国强", "襄阳市樊城区政协") in posts
    assert ("方志明", "杭州市余杭区政协") in posts


def test_the_province_and_city_before_a_long_visitors_name_are_no_page_place(tmp_path):
    # 山东省潍坊市 stand far before 来瑞金市考察, but they begin the visitors' 寒亭区政协: the page stays 瑞金市's
    doc = _page(tmp_path, "瑞金融媒讯 5月8日，山东省潍坊市寒亭区政协党组书记、主席王立新一行来瑞金市考察。"
                          "市政协副主席刘春华陪同考察。\n")
    assert doc.context.place == "瑞金市"
    posts = {(p.person, p.org) for p in doc.posts}
    assert ("王立新", "潍坊市寒亭区政协") in posts
    assert ("刘春华", "瑞金市政协") in posts


PAGES_OF_THEIR_BARE_WORDS = [
    # 潜江市 has no prefecture: its pages speak of 市政协 as a prefecture's do, and a word that is a short form of
    # a prefecture elsewhere (商城 of 信阳市's 商城县) is not the page's city
    pytest.param("市政协组织委员视察重点项目\n\n1月10日，市政协组织委员视察重点项目，感受潜江发展脉搏。"
                 "委员们先后来到潜江服装电商城、潜江食品产业园。(潜江市融媒体中心)\n",
                 "潜江市", id="a_county_level_city_under_its_province_is_the_page_of_its_city_words"),
    # 到我市 says where visitors came, as 来我市 does: 保山市 is theirs, the host 临沧市 is the page's
    pytest.param("保山市政协到我市考察调研\n\n3月10日，保山市政协考察团到我市开展了考察交流活动。"
                 "市政协主席李强陪同，介绍了临沧市政协的工作。\n",
                 "临沧市", id="visitors_who_came_to_our_city_are_not_the_page"),
    # 乡镇和县直单位: the 和县 (of 安徽) there is 和 and 县直; the page is the one county it names
    pytest.param("县政协开展委员走访活动\n\n12月5日，竹山县政协深入乡镇和县直单位开展委员走访活动。\n",
                 "竹山县", id="and_county_direct_units_name_no_he_county"),
    # 邹城 (邹城市 of 济宁市) is the only place named and 济宁 never is: the page's 市政协 is 邹城's
    pytest.param("市政协开展委员走访活动\n\n8月11日，市政协副主席王明带队开展委员走访活动，"
                 "要求委员为邹城高质量发展献计出力，把邹城的事办好。\n",
                 "邹城市", id="a_county_level_city_named_by_its_short_form_is_the_page_of_its_city_words"),
    # 盟政协 is a bare word of the league's page, as 市政协 is of a city's: the page is no provincial one
    pytest.param("7月28日，盟政协党组召开会议，研究落实自治区党委部署。兴安盟政协主席王立新主持。"
                 "会议在兴安盟政协机关召开。\n",
                 "兴安盟", id="a_leagues_page_speaks_of_its_bodies_as_a_citys"),
]


@pytest.mark.parametrize("text, place", PAGES_OF_THEIR_BARE_WORDS)
def test_the_page_is_the_place_its_bare_words_speak_of(tmp_path, text, place):
    assert _page(tmp_path, text).context.place == place


def test_a_lone_short_form_that_is_a_word_first_is_no_page_city(tmp_path):
    # 温泉 (温泉县 of 新疆) in 温泉养生 is a word here, and so is 同心 (同心县 of 宁夏) in 同心筑梦: the page names
    # no city
    for word in ("发展温泉养生", "书香政协同心筑梦"):
        doc = _page(tmp_path, f"市政协召开委员座谈会\n\n7月2日，市政协召开座谈会，委员们交流了{word}、乡村旅游的体会。\n")
        assert doc.context.place is None


def test_a_city_papers_meeting_in_one_of_its_counties_is_the_citys(tmp_path):
    # the dateline names the city's paper and the page speaks of 全市, 市政协: the county is only where it met
    doc = _page(tmp_path, "曲靖日报讯 5月9日，全市政协秘书长工作座谈会在罗平县召开。市政协主席王立出席会议。"
                          "罗平县委书记李明介绍了罗平县发展情况。\n")
    assert doc.context.place == "曲靖市"
    assert "曲靖市政协" in doc.organizations


def test_a_provincial_meeting_in_its_capital_is_no_city_page(tmp_path):
    pages = {
        # the page speaks of 省政协 and never of a 市政协: 成都 is where the meeting sat, not the page's city
        "四川省": "政协四川省第九届委员会第三次会议1月20日在成都开幕。省政协主席王立新作常委会工作报告。"
                  "会议在成都锦城礼堂举行,省政协副主席李明主持。",
        # the 区政协 of 自治区政协 is no county's body: the page speaks of its region only, 银川 is where it met
        "宁夏回族自治区": "2月10日，自治区政协十二届常委会第五次会议在银川召开。自治区政协主席王立新主持会议，"
                         "自治区政协副主席李明出席。会议在银川国际会堂举行。"}
    for province, text in pages.items():
        ctx = _page(tmp_path, text + "\n").context
        assert (ctx.place, ctx.province) == (None, province)


def test_a_meeting_held_in_macau_is_of_the_mainland_citys_page(tmp_path):
    # 澳门 seats no local committee: the page of 梅州's members' association meeting there is 梅州's
    doc = _page(tmp_path, "[梅州]澳门梅州同乡联谊会理事会议在澳门召开\n\n"
                          "5月6日,澳门梅州同乡联谊会理事会议在澳门召开。市政协主席孙立强、副主席钱明出席。\n")
    assert (doc.context.place, doc.context.province) == ("梅州市", "广东省")
    assert "梅州市政协" in doc.organizations


def test_a_district_of_two_cities_written_once_after_its_city_is_that_citys(tmp_path):
    # 宝山区 is a district of 上海 and of 双鸭山: the committee's full name says which the page means
    doc = _page(tmp_path, "3月5日,宝山区政协召开常委会议,区政协主席孙立主持。会议审议了政协上海市宝山区第八届委员会"
                          "常务委员会工作要点,提出打造滨江文化长廊。宝山区政协副主席钱明出席。\n")
    assert (doc.context.place, doc.context.province) == ("宝山区", "上海市")
    assert "上海市宝山区政协" in doc.organizations


def test_national_members_living_in_one_province_visiting_another_are_the_others_guests(tmp_path):
    # 住黔 members came to 浙江: the 省政协 that receives them is 浙江's, not 贵州's
    doc = _page(tmp_path, "住黔全国政协委员赴浙考察\n\n6月2日,全国政协委员、贵州省政协主席赵立新率住黔全国政协委员"
                          "考察团抵浙考察。省政协主席钱明主持情况介绍会,对住黔全国政协委员考察团表示欢迎。\n")
    assert doc.context.province == "浙江省"
    assert {p.org for p in doc.posts if p.person == "钱明"} == {"浙江省政协"}


def test_the_hometown_of_a_hong_kong_association_in_the_head_is_no_page_place(tmp_path):
    # 香港连山同乡会 names where its members come from; the page is the city's that received them (清远)
    doc = _page(tmp_path, "香港连山同乡会回清远考察\n\n7月2日,香港连山同乡会会长赵立新率会员回到清远考察。"
                          "市政协副主席钱明参加活动。考察团到清城区、英德市参观。\n")
    assert doc.context.place == "清远市"
    assert {p.org for p in doc.posts if p.person == "钱明"} == {"清远市政协"}


def test_macau_members_and_a_venue_in_the_head_name_no_district(tmp_path):
    # 澳区委员 are no 区委's members, 白云国际会议中心 is where the session sat: the page is 广州's
    doc = _page(tmp_path, "澳区委员在白云国际会议中心合影\n\n穗政协会议开幕\n\n【本报记者广州一日电】广州市政协十三届二次会议"
                          "今天开幕,十名澳区委员出席。市政协主席赵立新表示,将发动港澳委员开展调研。\n")
    assert doc.context.place == "广州市"


def test_the_place_of_guests_a_headline_names_is_no_place_of_the_page(tmp_path):
    # 天津市政协来连考察: 天津 is the guests', however often the page names it; its 市委书记 and 省政协 are the hosts'
    doc = _page(tmp_path, "天津市政协来连考察调研 赵立新率队\n\n发布时间:2023-05-12\n\n5月10日至11日,天津市政协主席赵立新"
                          "率队来连考察调研。省政协副主席钱明陪同,天津市政协秘书长孙亮参加。市委书记李红介绍情况,"
                          "市政协主席周强陪同。调研组考察了大连港和金州区的企业,与大连市政协座谈交流。\n")
    assert (doc.context.place, doc.context.province) == ("大连市", "辽宁省")
    posts = {(p.person, p.org) for p in doc.posts}
    assert {("钱明", "辽宁省政协"), ("李红", "中共大连市委"), ("周强", "大连市政协")} <= posts


def test_a_city_paper_dateline_names_its_city_though_the_short_name_is_a_word(tmp_path):
    # jieba knows 保定 as a verb too: before 日报讯 it is the paper's city, the page's
    doc = _page(tmp_path, "市政协召开主席会议\n\n保定日报讯 3月5日,市政协召开主席会议。市政协主席孙立新主持会议。\n")
    assert doc.context.place == "保定市"
    assert "保定市政协" in doc.organizations


def test_a_district_the_citys_people_visit_is_no_page_place_when_only_named(tmp_path):
    # the page speaks of 市政协 bare and of 长乐区委 only with its name: the city's page, the district visited
    doc = _page(tmp_path, "市政协领导赴长乐区调研\n\n发布时间:2023-04-12\n\n4月11日,市政协主席孙立新率队赴长乐区调研"
                          "乡村振兴工作。长乐区委书记李明陪同。调研组察看了长乐区潭头镇的产业项目。市政协副主席钱红参加调研。\n")
    assert doc.context.place == "福州市"


def test_the_committee_of_members_living_here_in_the_head_is_no_page_place(tmp_path):
    # 住我市的无锡市政协委员 are members of the city's committee living in 江阴: the page is 江阴's, as its footer says
    doc = _page(tmp_path, "市政协组织住我市的无锡市政协委员赴宜兴市视察\n\n5月8日,市政协组织住我市的无锡市政协委员赴宜兴市"
                          "视察。市政协主席孙立新参加。宜兴市政协主席钱明陪同。\n\n中国人民政治协商会议江阴市委员会"
                          "(简称江阴市政协)是江阴市的爱国统一战线组织。\n")
    assert doc.context.place == "江阴市"
    assert {p.org for p in doc.posts if p.person == "孙立新"} == {"江阴市政协"}


def test_items_under_a_section_naming_a_county_city_are_that_citys(tmp_path):
    # 【揭西县】 heads its items: their bare 县政协 is 揭西县's, on the 揭阳 bulletin
    doc = _page(tmp_path, "揭阳政协工作动态\n\n第3期\n\n揭阳市政协办公室\n\n2024年5月20日\n\n【揭西县】\n\n视察农村公路\n"
                          "5月6日,县政协主席孙立新带队视察农村公路建设。\n\n【惠来县】\n\n开展民主监督\n"
                          "5月7日,县政协副主席赵强带队开展民主监督。\n")
    posts = {(p.person, p.org) for p in doc.posts}
    assert ("孙立新", "揭阳市揭西县政协") in posts and ("赵强", "揭阳市惠来县政协") in posts


def test_digits_of_a_link_are_no_page_date(tmp_path):
    # a link's digits read like a date of the year 9328: no bulletin's year, the header's date is the page's
    page = tmp_path / "link.txt"
    page.write_text("http://www.example.gov.cn/news/9328-04-20/content.html\n县政协召开主席会议\n\n"
                    "发布时间：2023-10-09 16:20  来源：县政协\n\n10月8日，县政协主席周立军主持会议。\n", encoding="utf-8")
    assert process(page).context.date == "2023-10-09"
    span = dates.find_happening("9328年4月20日，县政协召开会议。", 2024, "2024-05-30")
    assert span is None or span.start is None


def test_the_provinces_a_citys_people_go_to_are_not_the_pages(tmp_path):
    # the page's 市政协 goes to 湖南 and 湖北: the page names no place of its own, nor its province
    doc = _page(tmp_path, "市政协副主席孙立新率队赴湖南长沙、湖北武汉考察\n\n发布时间:2023-06-02\n\n5月28日至31日,"
                          "市政协副主席孙立新率调研组赴湖南长沙、湖北武汉等地考察。调研组在武汉参观了光谷科技馆,"
                          "在武汉、长沙与当地政协座谈。市政协秘书长钱明参加。\n")
    assert (doc.context.place, doc.context.province) == (None, None)
    # a city that names itself keeps its place and province
    doc = _page(tmp_path, "南通市政协赴浙江嘉兴考察\n\n5月8日,南通市政协主席孙立新率队赴浙江嘉兴考察,"
                          "在嘉兴参观了南湖。南通市政协副主席钱明参加。\n")
    assert (doc.context.place, doc.context.province) == ("南通市", "江苏省")


def test_an_official_name_cut_out_of_two_words_is_no_place(tmp_path):
    # 嘉兴城市规划馆 is 嘉兴/城市/规划馆: no 兴城市 of 辽宁
    doc = _page(tmp_path, "区政协委员参观城市规划馆\n\n5月8日,区政协组织委员赴浙江嘉兴城市规划馆参观,"
                          "委员们在嘉兴城市规划馆了解城市建设。区政协副主席钱明参加。\n")
    assert doc.context.place != "兴城市" and doc.context.province != "辽宁省"


def test_items_right_under_a_section_of_a_short_county_city_name_are_that_citys(tmp_path):
    # 【信宜】 (信宜市 without its 市) heads an item with no headline: the item is an article of its own, of 信宜市;
    # a short form heads a place only under the page's own (茂名)
    doc = _page(tmp_path, "茂名政协工作动态\n\n第3期\n\n茂名市政协办公室\n\n2024年5月20日\n\n【信宜】\n\n"
                          "5月6日,市政协主席孙立新带队视察农村公路建设。\n\n【高州】\n\n5月7日,市政协副主席赵强带队开展民主监督。\n")
    assert [a.section for a in doc.articles] == ["信宜", "高州"]
    posts = {(p.person, p.org) for p in doc.posts}
    assert ("孙立新", "茂名市信宜市政协") in posts and ("赵强", "茂名市高州市政协") in posts


def test_a_county_level_city_made_a_district_before_the_older_table_is_a_place_of_its_own(tmp_path):
    # 吴江市 (a district since 2012) on an older page: its 市政协 and 市委 are 吴江市's, not 苏州's;
    # the short form 吴江 is today's district
    doc = _page(tmp_path, "吴江市政协召开常委会议\n\n发布时间:2010-05-06\n\n5月5日,吴江市政协召开十二届十次常委会议,"
                          "市政协主席孙立新主持。市政协副主席钱明、市委副书记李红参加。\n")
    assert (doc.context.place, doc.context.province) == ("吴江市", "江苏省")
    posts = {(p.person, p.org) for p in doc.posts}
    assert {("孙立新", "吴江市政协"), ("李红", "中共吴江市委")} <= posts
    from kg.places import gazetteer
    assert [p.name for p in gazetteer().lookup("吴江")] == ["吴江区"]


def test_members_living_in_a_city_named_by_its_one_character_name_make_the_page_that_citys(tmp_path):
    # 驻湛省政协委员: the provincial members living in 湛江; the session sits in 广州, the page is 湛江's
    doc = _page(tmp_path, "省政协会议开幕 驻湛省政协委员参会\n\n1月20日,省政协十三届二次会议在广州开幕。驻湛省政协委员"
                          "孙立新、钱明出席。市政协主席李红到会看望委员。\n")
    assert doc.context.place == "湛江市"
    assert {p.org for p in doc.posts if p.person == "李红"} == {"湛江市政协"}


def test_a_city_page_naming_its_county_level_city_once_by_a_rare_name_is_that_citys(tmp_path):
    # jieba tags 阳春 a (rare) person's name: on a 市政协 page naming no other place it is 阳春市
    doc = _page(tmp_path, "市政协召开常委会议\n\n6日,市政协主席孙立新主持召开常委会议。委员们表示,"
                          "要为开创阳春发展新局面贡献力量。\n")
    assert doc.context.place == "阳春市"


def test_a_province_a_group_of_no_local_body_goes_to_stays_the_pages(tmp_path):
    # 港区委员联谊会 is no local body of a province: the province it goes to is the page's, not 黑龙江 (a member's)
    doc = _page(tmp_path, "港区委员联谊会赴福建考察\n\n港区委员联谊会30人日前赴福建泉州、漳州等地考察。福建省政协常委、"
                          "联谊会副会长孙立新任团长,黑龙江省政协委员李明参加。\n")
    assert doc.context.province == "福建省"


def test_a_county_sites_dateline_names_the_county_of_a_county_page(tmp_path):
    # 宁海新闻网讯 on a page that speaks of 县政协: the page is 宁海县's, though a name reads as another county (安远)
    doc = _page(tmp_path, "县政协召开常委会议\n\n宁海新闻网讯(记者 孙立)昨天上午,县政协召开九届五次常委会议。"
                          "县政协主席钱明主持会议。县领导卞安远到会。\n")
    assert doc.context.place == "宁海县"
    assert {p.org for p in doc.posts if p.person == "钱明"} == {"宁海县政协"}


def test_a_digest_of_items_from_several_provinces_has_no_province(tmp_path):
    # the first item's 北京市政协 is no province of a digest whose items come from three provinces
    doc = _page(tmp_path, "政协早知道\n\n北京市政协召开主席会议\n5月8日,北京市政协召开主席会议,市政协主席孙立主持。\n\n"
                          "保定市政协召开常委会议\n5月8日,保定市政协召开常委会议。市政协主席钱明主持。\n\n"
                          "岳阳市政协开展专题调研\n5月9日,岳阳市政协组织委员开展专题调研。市政协副主席李红参加。\n\n"
                          "绵阳市政协召开主席会议\n5月9日,绵阳市政协召开主席会议。市政协主席赵强主持。\n")
    assert (doc.context.place, doc.context.province) == (None, None)
    posts = {(p.person, p.org) for p in doc.posts}
    assert {("钱明", "保定市政协"), ("李红", "岳阳市政协")} <= posts
