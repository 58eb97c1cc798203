"""The place bare references are read against, on shapes of real county, district, prefecture and league pages
(session 12, places4). Invented sentences and names; the places are real, as the gazetteer needs them."""
from __future__ import annotations

from kg.pipeline import process


def build(tmp_path, text: str, name: str = "page.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return process(path)


def orgs_of(doc, person: str) -> set[str]:
    return {p.org for p in doc.posts if p.person == person}


STUDY_TRIP = """\
县政协组织委员赴浏阳市、醴陵市考察学习

发布时间：2023-05-12

5月10日至11日，县政协主席刘建国带队赴浏阳市、醴陵市考察学习委员工作室建设。考察组先后到浏阳市政协机关、醴陵市陶瓷博物馆参观学习。刘建国表示，此次到浏阳市、醴陵市考察学习收获很大，要结合攸县实际，推动县政协工作提质增效。县政协副主席陈卫东参加。
"""


def test_the_counties_a_countys_people_go_to_are_not_its_place(tmp_path):
    # the county's own people go to two cities of other counties, named again and again: the page is the county's
    # that it names once (攸县), and its bare 县政协 that county's
    doc = build(tmp_path, STUDY_TRIP)
    assert doc.context.place == "攸县"
    assert orgs_of(doc, "刘建国") == {"攸县政协"}
    # where a city's leader goes to a county, the bare 县委, 县政协 after it are still that county's
    city = build(tmp_path, CITY_VISIT, "city.txt")
    assert orgs_of(city, "郑海涛") <= {"襄阳市南漳县政协", "南漳县政协"} and orgs_of(city, "郑海涛")


CITY_VISIT = """\
市政协主席到南漳县调研

发布时间：2023-06-02

6月1日，市政协主席黄志远一行到南漳县调研乡村振兴工作。县委书记周立群，县政协主席郑海涛陪同调研。
"""


GUESTS_IN_A_LONG_FIRST_LINE = """\
本报讯（记者 王小明 通讯员 李红）9月12日，浙江省淳安县政协副主席李明华一行8人来平利县考察学习，平利县政协副主席张国庆陪同。
考察组参观了县政协委员工作室，详细了解委员履职情况。县政协秘书长赵文斌介绍了有关情况。
"""


def test_guests_in_an_item_without_headline_give_it_no_place(tmp_path):
    # no headline: the item's title is cut from its first line, before the words that make the first place the
    # guests' (…一行8人来平利县考察): the line is read on, and the bare 县政协 is the hosts'
    doc = build(tmp_path, GUESTS_IN_A_LONG_FIRST_LINE)
    assert orgs_of(doc, "赵文斌") == {"平利县政协"}
    assert orgs_of(doc, "李明华") == {"淳安县政协"}
    # the place of the item is still read in its title only: a committee the line names later is none of it
    trip = build(tmp_path, LONG_LINE_TRIP, "trip.txt")
    assert orgs_of(trip, "刘晓红") == {"甘孜州政协"}


LONG_LINE_TRIP = """5月14日至17日，州政协主席何东明率队赴安徽省宣城市开展专题调研考察活动，并与宣城市政协缔结为友好政协。双方介绍了宣城、甘孜两地经济社会发展情况。州政协副主席刘晓红参加调研。
"""


GUESTS_WELCOMED = """\
镇坪县政协考察团来南岸区交流

发布时间：2023-03-03

3月2日，陕西省镇坪县政协主席王立新率考察团来南岸区考察学习基层协商工作。南岸区政协主席李建华陪同。
区领导对镇坪政协考察团的到来表示欢迎，区政协副主席赵明远介绍了区政协委员工作室建设情况。
"""


def test_a_paragraph_opening_with_the_pages_own_bare_body_is_not_the_guests(tmp_path):
    # 区领导对镇坪政协考察团…: the paragraph opens with the page's own body, the guests' place after it marks no
    # paragraph of theirs; its 区政协 is the district's
    doc = build(tmp_path, GUESTS_WELCOMED)
    assert orgs_of(doc, "赵明远") == {"重庆市南岸区政协"}
    assert orgs_of(doc, "王立新") == {"镇坪县政协"}


GROUP_LED_HERE = """\
南京市鼓楼区政协文史研究会一行6人在会长周德明的带领下，来紫阳县就文史资料征集工作进行交流，县政协副主席刘晓峰陪同。
双方就文史资料的收集、整理和出版进行了深入交流。县政协秘书长王海燕参加。
"""


def test_a_group_come_here_past_a_comma_is_the_guests(tmp_path):
    # 某区…一行6人在会长某某的带领下，来紫阳县就…进行交流: the group's district is the guests', the page the county's
    doc = build(tmp_path, GROUP_LED_HERE)
    assert doc.context.place == "紫阳县"
    assert orgs_of(doc, "王海燕") == {"紫阳县政协"}


TWO_CHARACTER_GUESTS = """\
4月8日上午，沛县政协主席王振东一行来海宁市考察，海宁市政协主席陈立平，沛县政协副主席孙海波等陪同考察。
考察团一行走访了海宁市规划展示馆，了解当地产业发展情况。
"""


def test_a_two_character_county_before_its_committee_is_that_county_far_away(tmp_path):
    # 沛县 (徐州) on a page of 海宁市 (嘉兴): its official name of two characters before 政协 names it, no bare
    # 县政协 of the page's city
    doc = build(tmp_path, TWO_CHARACTER_GUESTS)
    assert orgs_of(doc, "孙海波") == {"沛县政协"}
    assert orgs_of(doc, "陈立平") == {"海宁市政协"}


GUESTS_OF_AN_UNNAMED_CITY = """\
市政协工作动态

市政协召开主席会议
6月1日，市政协主席赵刚主持召开主席会议，市政协副主席孙明、周亮出席。

清远市政协考察团来我市交流
6月5日，清远市政协副主席黄海一行来我市考察交流。市政协副主席孙明陪同。清远市政协秘书长吴江参加。
黄海表示，将学习借鉴我市经验。市政协秘书长钱进介绍了情况。
"""


def test_the_guests_city_named_again_is_still_theirs(tmp_path):
    # a city bulletin that never names itself: the guests' city (来我市考察) is not its place, though named again
    # without the visit (清远市政协秘书长吴江参加), and the bare 市政协 after it is the hosts', no short name of theirs
    doc = build(tmp_path, GUESTS_OF_AN_UNNAMED_CITY)
    assert doc.context.place != "清远市"
    assert orgs_of(doc, "钱进") == orgs_of(doc, "赵刚") == {"市政协"}
    assert orgs_of(doc, "吴江") == {"清远市政协"}


AUTONOMOUS_COUNTY = """\
自治县政协召开主席会议

5月5日，自治县政协主席王明主持召开主席会议，自治县政协副主席李强出席。自治县委常委、统战部部长赵丽，自治县人民政府副县长钱军，人大常委会副主任孙红参加。会议指出，要助力长阳高质量发展。
"""

FOREST_DISTRICT = """\
政协神农架林区第九届委员会第三次会议开幕

1月7日，林区党委书记周森锋，党委副书记、政府区长刘启俊，人大常委会主任李波出席。林区党委常委柴景山参加。
"""


def test_the_bare_words_of_a_places_own_kind(tmp_path):
    # an autonomous county's page writes its bodies 自治县政协, 自治县委: the page is the county's, they are its
    doc = build(tmp_path, AUTONOMOUS_COUNTY)
    assert doc.context.place == "长阳土家族自治县"
    assert orgs_of(doc, "王明") == {"长阳土家族自治县政协"}
    assert "中共长阳土家族自治县委" in orgs_of(doc, "赵丽")
    # 人大常委会 alone is the place's own, like 工商联 (org_heads_alone.txt)
    assert orgs_of(doc, "孙红") == {"长阳土家族自治县人大常委会"}
    # a forest district's 林区党委 is its Party committee, no 林区 of a 林区
    forest = build(tmp_path, FOREST_DISTRICT, "forest.txt")
    assert orgs_of(forest, "周森锋") == orgs_of(forest, "柴景山") == {"中共神农架林区委"}
    assert ("刘启俊", "副书记", "中共神农架林区委") in {(p.person, p.role, p.org) for p in forest.posts}
    assert not any("林区林区" in name for name in forest.organizations)


CITY_OF_A_PREFECTURE = """\
市政协召开主席会议

5月5日，市政协主席王强主持召开主席会议。州委常委、市委书记张明出席并讲话，市委副书记、市长李华参加。会议强调，要助力凯里高质量发展。
"""

CITY_OF_A_LEAGUE = """\
市政协召开主席会议

5月5日，市政协主席王强主持召开主席会议。盟委委员、市委书记张明出席并讲话，市委副书记、市长李华参加。会议强调，要助力乌兰浩特高质量发展。
"""


def test_a_county_level_city_of_an_autonomous_prefecture_or_league(tmp_path):
    # the page speaks of 市 bodies, its secretary sits on the 州委 (盟委): the page is the county-level city's, its
    # 市委 that city's, not the prefecture's
    doc = build(tmp_path, CITY_OF_A_PREFECTURE)
    assert doc.context.place == "凯里市"
    posts = {(p.person, p.role, p.org) for p in doc.posts}
    assert {("张明", "书记", "中共凯里市委"), ("张明", "常委", "中共黔东南州委"), ("王强", "主席", "凯里市政协")} <= posts
    league = build(tmp_path, CITY_OF_A_LEAGUE, "league.txt")
    assert ("张明", "书记", "中共乌兰浩特市委") in {(p.person, p.role, p.org) for p in league.posts}
    assert orgs_of(league, "王强") == {"乌兰浩特市政协"}


SESSION_AT_THE_SEAT = """\
州政协十三届五次会议在凯里隆重开幕

发布时间：2026年01月18日

1月18日上午，州政协十三届五次会议在凯里隆重开幕。州委书记张明，州委副书记、州长李华出席。州政协主席王强作工作报告。
"""


def test_a_county_where_a_higher_bodys_session_sits_is_no_place_of_the_head(tmp_path):
    # the headline names where the prefecture's session sat (在凯里隆重开幕): the page is the prefecture's
    doc = build(tmp_path, SESSION_AT_THE_SEAT)
    assert doc.context.place == "黔东南苗族侗族自治州"
    assert orgs_of(doc, "王强") == {"黔东南州政协"}


PROVINCIAL_SESSION_DATELINE = """\
自治区政协十三届一次会议开幕

2023年01月11日 16:13   来源: 中新网

中新网呼和浩特1月11日电(记者 王某)11日，内蒙古自治区政协十三届委员会第一次会议在呼和浩特开幕。
自治区十二届政协副主席李明向大会作了十二届政协工作报告。自治区十二届政协副主席张华报告提案工作情况。
"""


def test_a_provinces_page_dateline_names_no_place_of_its_item(tmp_path):
    # the dateline's city (中新网呼和浩特…电) is where the reporter is: the bare 十二届政协 is the region's, no
    # committee of the capital
    doc = build(tmp_path, PROVINCIAL_SESSION_DATELINE)
    assert not any(name.startswith("呼和浩特") for name in doc.organizations)
    assert orgs_of(doc, "李明") == {"内蒙古自治区政协"}


CONJUNCTION_BEFORE_A_COUNTY_BODY = """\
县政协主席王明主持召开会议，传达县政协全会和县第十六届人大会议精神。会议要求，要推动竹山高质量发展。
"""


def test_a_conjunction_before_a_bare_county_body_begins_no_county(tmp_path):
    # 全会和县第十六届人大: jieba reads 和县 as a word, but the page is another county's: the 和 joins, no 和县人大
    doc = build(tmp_path, CONJUNCTION_BEFORE_A_COUNTY_BODY)
    assert not any(name.startswith("和县") for name in doc.organizations)
    assert "竹山县人大" in doc.organizations


def test_the_committees_of_two_levels_after_a_place_are_no_body(tmp_path):
    # 延安市市县政协: the city's and its counties' committees, no body of one place
    doc = build(tmp_path, "5月16日，调研组认为，咸阳市和延安市市县政协工作特色鲜明，值得学习借鉴。\n")
    assert not any("市县" in name for name in doc.organizations)


TITLE_HELD_BEFORE = """\
东营市政协来济考察调研

信息来源:济南政协 发布日期:2019-03-05

3月5日，市政协秘书长孙立军会见了东营市政协秘书长赵海涛率领的调研组一行。

孙立军秘书长对东营市政协调研组一行表示热烈欢迎，并介绍了有关工作情况。
"""


def test_a_bare_title_after_a_name_that_holds_it_is_that_post(tmp_path):
    # 孙立军秘书长 after 市政协秘书长孙立军: still the hosts' secretary general, not the guests' the sentence before ended on
    doc = build(tmp_path, TITLE_HELD_BEFORE)
    assert orgs_of(doc, "孙立军") == {"济南市政协"}
    assert orgs_of(doc, "赵海涛") == {"东营市政协"}


def test_a_countys_short_form_before_a_lake_is_the_lake(tmp_path):
    # 微山湖 is a lake: no 微山县 + 湖 in the name of the body that runs it
    doc = build(tmp_path, "滕州市政协工作动态\n\n6月1日，市政协组织委员到微山湖湿地管委会调研，微山湖湿地管委会主任王明介绍了情况。\n")
    assert not any("微山县" in name for name in doc.organizations)


SITE_NAMED_AFTER_AN_OLD_COUNTY = """\
本报讯（记者 王红）昨天上午，区政协组织委员到路县故城遗址公园开展集中视察活动。区政协主席李明参加。
委员们视察了路县故城遗址博物馆、考古挖掘现场，实地了解路县故城文化遗产保护情况。区政协副主席赵刚参加。
"""


def test_a_short_form_inside_a_sites_name_after_a_level_word_is_no_place(tmp_path):
    # 路县故城: the 故城 of an old county's name, no 故城县 of 衡水 however often the page names the site
    doc = build(tmp_path, SITE_NAMED_AFTER_AN_OLD_COUNTY)
    assert doc.context.place != "衡水市"
    assert not any(name.startswith("衡水") for name in doc.organizations)


GUESTS_OF_A_DISTRICT_ON_A_COUNTY_PAGE = """\
县政协召开常委会议

5月5日，县政协召开常委会议。县政协主席王明主持，县委副书记李强出席。
会议通报了乐山市沙湾区政协来访情况。沙湾区政协副主席张华介绍了区政协委员工作室建设经验。
会议强调，县政协要学习借鉴。县政协副主席赵刚参加。推动夹江发展。
"""


def test_a_county_of_another_level_than_the_pages_bare_words_is_not_its_place(tmp_path):
    # the page speaks of 县 bodies; the district it names twice is the guests': the page is the one 县 of the city
    # it names, and no bare 县政协 is a 区's
    doc = build(tmp_path, GUESTS_OF_A_DISTRICT_ON_A_COUNTY_PAGE)
    assert doc.context.place == "夹江县"
    assert orgs_of(doc, "赵刚") == {"夹江县政协"}
    assert orgs_of(doc, "张华") == {"乐山市沙湾区政协"}


PREFECTURE_OF_A_REGION = """\
地区政协召开主席会议

5月5日，地区政协主席王明主持召开主席会议，地委副书记李强出席，地区政协副主席赵刚参加。会议强调，要推动和田地区高质量发展。
"""


def test_the_bare_bodies_of_a_diqu(tmp_path):
    # a 地区's page writes its committee 地区政协 and its Party committee 地委: the page's 地区's
    doc = build(tmp_path, PREFECTURE_OF_A_REGION)
    assert orgs_of(doc, "王明") == orgs_of(doc, "赵刚") == {"和田地区政协"}
    # 地区政协 is no county's bare word: a page naming 喀什地区 and 喀什 (a city too) is the 地区's
    named = build(tmp_path, "5月5日，喀什地区政协主席王明主持召开会议，喀什地委副书记李强出席，喀什地区政协副主席赵刚参加。\n",
                  "kashgar.txt")
    assert named.context.place == "喀什地区"
    party = orgs_of(doc, "李强")
    assert len(party) == 1 and "中共和田地委" in doc.organizations[party.pop()].aliases
    # its government, the 行署 (行政公署), is named alone too
    doc = build(tmp_path, "地区政协召开会议\n\n5月5日，地区政协主席王明主持会议，地委副书记、行署专员李强出席。会议强调，要推动喀什地区发展。\n",
                "diqu.txt")
    assert {(p.role, p.org) for p in doc.posts if p.person == "李强"} == {("副书记", "中共喀什地区委"), ("专员", "喀什地区行署")}
