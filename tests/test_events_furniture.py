"""Events as web pages frame them: a dateline that names its own day (今天 counts from it, not from the page's
publication date), a meeting only planned ahead, and editors' credit lines that name no participant. The pages
are invented (a 湖北 and a 青海 item)."""
from __future__ import annotations

import pytest

from tests.test_events import write_and_process

# Published the morning after the dateline's day; 今天 is the dateline's day. The meeting it decides on is ahead.
XIANGYANG = """\
襄阳市政协召开主席会议

来源：襄阳日报 作者：周文 编辑：韩丽 2022-03-09 07:30:12

襄阳日报3月8日讯（记者 周文）今天上午，市政协召开第12次主席会议，市政协主席罗建国主持会议。
市政协副主席邱敏、黄卫东出席。
会议决定于3月12日召开市政协十届二次常委会议。
"""

# A credit line in brackets at the foot of the item: its editors are persons, no one who took part.
XINING = """\
西宁市政协开展视察

2023年05月12日10:06 | 来源：西宁晚报

5月11日，市政协副主席马永福带领视察组到城北区视察社区养老服务工作。市政协秘书长韩国栋参加视察。

（责编：祁海燕、冶青）
"""


@pytest.fixture(scope="module")
def xiangyang(tmp_path_factory):
    return write_and_process(tmp_path_factory.mktemp("pages"), "xiangyang.txt", XIANGYANG)


def test_today_counts_from_the_datelines_day_not_the_pages(xiangyang):
    assert [e.start for e in xiangyang.events] == ["2022-03-08"]
    assert xiangyang.events[0].persons["罗建国"] == "chair"


def test_a_meeting_decided_on_for_a_later_day_is_no_happening(xiangyang):
    assert "2022-03-12" not in {e.start for e in xiangyang.events}


def test_editors_of_a_credit_line_take_no_part_in_the_event(tmp_path):
    doc = write_and_process(tmp_path, "xining.txt", XINING)
    (event,) = doc.events
    assert event.start == "2023-05-11"
    assert {"马永福", "韩国栋"} <= set(event.persons)
    assert not {"祁海燕", "冶青"} & set(event.persons)


# A portal's page as saved text: version switches and buttons, a list of links to other items under 热门新闻
# (one of them about another city), the header lines over the headline, a path whose links were dropped.
PORTAL = """\
简体 繁体
网站无障碍
进入适老版
热门新闻
- 海东市政协委员视察团赴互助县视察
- 黄南州政协召开专题协商会
热门图文
当前位置:
时间:2023-06-02 09:15
作者:青海日报
来源:青海日报
点击量:
青海省政协召开主席会议
6月1日，省政协主席会议在西宁召开，省政协主席公保扎西主持会议。
分享让更多人看到
返回顶部
"""


def test_portal_furniture_gives_no_headline_place_or_person(tmp_path):
    doc = write_and_process(tmp_path, "qinghai.txt", PORTAL)
    assert "繁体" not in doc.text and "热门" not in doc.text and "互助县" not in doc.text
    assert [a.title for a in doc.articles] == ["青海省政协召开主席会议"]
    assert doc.context.date == "2023-06-02" and doc.context.place is None
    assert "青海日报" not in doc.persons
    assert [e.start for e in doc.events] == ["2023-06-01"]


# A district's news site, its date on the navigation path; the district was a county until a few years ago
# (湟中县, now 湟中区). The meeting studies what another body said on a date of its own.
HUANGZHONG = """\
区政协召开主席会议
您的位置：湟中新闻网 > 政协动态 > 正文  |  2023-04-12  浏览次数：
4月11日，区政协主席马德全主持召开主席会议，传达学习4月8日全省政协工作会议精神。区政协副主席李青、韩建平参加会议。
"""


def test_a_navigation_path_gives_the_pages_site_place_and_date(tmp_path):
    doc = write_and_process(tmp_path, "huangzhong.txt", HUANGZHONG)
    assert "政协动态" not in doc.text and "浏览" not in doc.text
    assert [a.title for a in doc.articles] == ["区政协召开主席会议"]
    assert (doc.context.place, doc.context.date) == ("湟中区", "2023-04-12")
    assert {(p.person, p.role, p.org) for p in doc.posts} >= {("马德全", "主席", "西宁市湟中区政协"),
                                                            ("李青", "副主席", "西宁市湟中区政协")}


def test_a_date_in_what_a_meeting_studies_is_no_event(tmp_path):
    doc = write_and_process(tmp_path, "huangzhong.txt", HUANGZHONG)
    assert [e.start for e in doc.events] == ["2023-04-11"]


# A district page of a municipality: the district named once in full and once short, never another district;
# the meeting studies a speech, whose speaker takes no part in it.
TONGNAN = """\
发布时间：2024-03-07 16:20
3月6日，区政协党组书记、主席周正明主持召开区政协党组会议，传达学习市委书记陈国栋在全市领导干部会议上的讲话精神。
会议提出，区政协将在中共重庆市潼南区委的领导下，为建设现代化新潼南贡献政协力量。
区政协副主席黄丽、谭学军出席会议。
"""


def test_a_district_page_of_a_municipality_is_the_districts(tmp_path):
    doc = write_and_process(tmp_path, "tongnan.txt", TONGNAN)
    assert doc.context.place == "潼南区"
    assert ("周正明", "主席", "重庆市潼南区政协") in {(p.person, p.role, p.org) for p in doc.posts}


def test_whose_speech_a_meeting_studies_takes_no_part_in_it(tmp_path):
    doc = write_and_process(tmp_path, "tongnan.txt", TONGNAN)
    (event,) = doc.events
    assert event.persons["周正明"] == "chair" and {"黄丽", "谭学军"} <= set(event.persons)
    assert "陈国栋" not in event.persons


# A county site's item: its date line goes on with the editors; the byline spaces out 记 者 and names a 见习记者;
# the meeting is told to follow what the county's Party secretary asked, who was not there.
LONGDE = """\
新闻热线 0954-1234567
县政协召开常委会议
2023-08-15 17:20:05 编辑: 马晓梅 审核人:苏建国 阅读次数:1024 |
8月14日，隆德县政协召开十届十二次常委会议，县政协主席杨志强主持会议。会议要求，要把思想和行动统一到县委李明书记的指示要求上来。（记 者：王海 田丽 见习记者 海燕）
"""


def test_a_county_sites_header_and_spaced_byline(tmp_path):
    doc = write_and_process(tmp_path, "longde.txt", LONGDE)
    assert "热线" not in doc.text
    assert [a.title for a in doc.articles] == ["县政协召开常委会议"]
    assert doc.context.date == "2023-08-15"
    assert {"王海", "田丽", "海燕"} <= set(doc.persons)
    (event,) = doc.events
    assert event.start == "2023-08-14" and event.persons == {"杨志强": "chair"}


# A provincial e-paper page: the date line carries a hotline, the page's buttons stand on lines of their own;
# 与会同志 holds the short form of a county of another province (会同), which is no place of this page.
GANSU_PAPER = """\
2023年03月02日 星期四  新闻热线:0931-8888888
当前版: 003版 上一版 下一版 上一期 下一期
上一篇    下一篇
放大 缩小 默认
甘肃政协召开主席会议
3月1日，省政协召开十三届十次主席会议，省政协主席庄国泰主持会议。会议听取了与会同志的意见建议，要求加强对县区政协工作的指导。省政协副主席郭鹤立、张世珍出席会议。
"""


def test_an_epapers_buttons_and_hotline_go_and_its_date_stays(tmp_path):
    doc = write_and_process(tmp_path, "gansu.txt", GANSU_PAPER)
    assert "热线" not in doc.text and "上一版" not in doc.text and "默认" not in doc.text
    assert doc.context.date == "2023-03-02"
    assert [e.start for e in doc.events] == ["2023-03-01"]


def test_a_county_named_in_passing_is_no_place_of_a_page_of_another_province(tmp_path):
    doc = write_and_process(tmp_path, "gansu.txt", GANSU_PAPER)
    assert (doc.context.place, doc.context.province) == (None, "甘肃省")
    assert ("庄国泰", "主席", "甘肃省政协") in {(p.person, p.role, p.org) for p in doc.posts}


# A county page that names its county once; common words hold short forms of counties elsewhere
# (同心圆: 同心县, 与会同志: 会同县), which must not make the one county ambiguous.
LIQUAN = """\
发布时间：2023-06-06 10:00
6月5日，礼泉县政协召开常委会议，县政协主席赵建国主持会议。会议强调，要画好同心圆，认真听取与会同志的意见，为我县发展凝聚力量。
"""


def test_short_forms_inside_common_words_are_no_places(tmp_path):
    doc = write_and_process(tmp_path, "liquan.txt", LIQUAN)
    assert doc.context.place == "礼泉县"
    assert ("赵建国", "主席", "礼泉县政协") in {(p.person, p.role, p.org) for p in doc.posts}


# A regional page whose only county-like word is inside a transliterated name (铁力 of 阿不都·铁力克, a county of
# 黑龙江): the page is the region's, not that county's.
XINJIANG = """\
时间：2024-01-10 09:30
自治区政协召开主席会议
1月9日，自治区政协在新疆人民会堂召开主席会议，自治区政协主席阿不都·铁力克主持会议，新疆日报记者参加报道。
"""


def test_a_county_inside_a_name_is_no_place_of_a_page_of_another_province(tmp_path):
    doc = write_and_process(tmp_path, "xinjiang.txt", XINJIANG)
    assert (doc.context.place, doc.context.province) == (None, "新疆维吾尔自治区")


# A photo's caption left between two paragraphs of one item: the attendees named after it still attended.
CAPTIONED = """\
发布时间：2023-09-13 18:00
县政协召开十届九次常委会议
9月12日，金川县政协召开十届九次常委会议，县政协主席泽旺主持会议。
会议现场
县政协副主席杨红、蒋文出席会议。
"""


def test_a_photo_caption_opens_no_new_item(tmp_path):
    doc = write_and_process(tmp_path, "jinchuan.txt", CAPTIONED)
    assert len(doc.articles) == 1
    (event,) = doc.events
    assert {"泽旺", "杨红", "蒋文"} <= set(event.persons)


def test_a_dateline_of_an_app_and_its_paper_names_the_papers_medium(tmp_path):
    doc = write_and_process(tmp_path, "kashi.txt", """\
喀什地区政协召开常委会议
发布时间：2024-04-03 11:00
天山网/喀什日报讯（记者 王磊）4月2日，喀什地区政协召开常委会议。
""")
    assert doc.context.medium == "喀什日报"
    assert ("王磊", "记者", "喀什日报") in {(p.person, p.role, p.org) for p in doc.posts}


def test_who_gave_instructions_for_the_work_takes_no_part_in_the_meeting(tmp_path):
    doc = write_and_process(tmp_path, "hezhou.txt", """\
发布时间：2022-03-09 17:00
3月8日，市政协召开专题座谈会，市政协副主席黄明主持。市委书记李强第一时间对做好此项工作作出批示，市政协主席韦东主席指示抓紧落实。市政协秘书长莫林出席。
""")
    (event,) = doc.events
    assert event.persons == {"黄明": "chair", "莫林": "participant"}


# the paper's reporter and editor closing the item, each word joined to the name by a slash; a namesake of a
# national figure (the lexicon's) who went along with the visit, told by 一同
SLASHED = """\
省政协副主席到大通县督导检查
发布时间：2023-06-12
6月10日，省政协副主席马成林一行到大通县督导检查安全生产工作。大通县政协主席胡锦涛一同检查。
市政协副主席韩德明出席。（西宁晚报记者/祁海燕 编辑/冶青）
"""


def test_a_reporter_after_a_slash_and_a_namesake_who_went_along(tmp_path):
    doc = write_and_process(tmp_path, "datong.txt", SLASHED)
    (event,) = doc.events
    assert event.persons.get("胡锦涛") == "participant"
    assert "韩德明" in event.persons
    assert not {"祁海燕", "冶青"} & set(event.persons)
