"""Events as pages of places not read before write them: a standing committee that decides when the next session
meets (a full date, the session's name between 决定 and 于), a visit told on 当天 by its party (一行) with another kind
word or none, a course closing after 为期N天, credits of several names after one word, a company named after a
long qualifier and a dash, companies between 对 and 进行调研. The pages are invented (places of 青海 and 新疆, their
people)."""
from __future__ import annotations

import pytest

from tests.test_events import event_on, write_and_process

# A standing committee that fixes the dates of the plenary session, and a chairpersons' meeting that fixes the
# next standing committee, the day of each told in its own clause.
DECIDED = """\
州政协十三届十二次常委会议召开
发布时间：2025-01-08
本报讯（记者 马晓燕）7日，政协海北州第十三届委员会常务委员会第十二次会议在西海镇召开。会议决定政协海北州第十三届委员会第五次会议于2025年1月20日至22日在西海镇召开。
州政协主席才让多杰主持会议。州政协副主席韩永福、李慧芳出席会议。

州政协召开主席会议
发布时间：2025-01-08
1月3日，州政协十三届第三十次主席会议召开，决定州政协十三届十二次常委会议1月7日召开。州政协副主席韩永福主持会议。
"""

# A chairman's visit to a county: the same day told again by his party, once with a talk, once without a kind word.
VISIT = """\
州政协主席到门源县调研
发布时间：2024-11-05
11月3日，州政协主席扎西多杰率队到门源县，调研油菜产业发展情况。
当天上午，扎西多杰一行来到门源县祁连山菜籽油有限公司、浩门牧业专业合作社，实地了解生产经营情况，并与企业负责人座谈。
在县政协召开的座谈会上，扎西多杰听取了县政协工作情况汇报。
州政协主席到刚察县调研
发布时间：2024-11-05
11月4日，州政协副主席李慧芳到刚察县调研生态畜牧业发展。
当天，李慧芳一行专程来到泉吉乡年乃索麻村，了解草场管护情况。
刚察县政协主席马福林、副主席冶玉兰参加调研。
"""


@pytest.fixture(scope="module")
def decided(tmp_path_factory):
    return write_and_process(tmp_path_factory.mktemp("bulletins"), "haibei-2025-01.txt", DECIDED)


@pytest.fixture(scope="module")
def visit(tmp_path_factory):
    return write_and_process(tmp_path_factory.mktemp("bulletins"), "haibei-2024-11.txt", VISIT)


def test_a_session_a_meeting_decided_on_is_no_event(decided):
    assert sorted(e.start for e in decided.events) == ["2025-01-03", "2025-01-07"]


def test_the_persons_of_a_meeting_that_decides_stay_with_it(decided):
    meeting = event_on(decided, "2025-01-07")
    assert meeting.persons == {"才让多杰": "chair", "韩永福": "participant", "李慧芳": "participant"}


def test_a_party_on_its_way_that_day_goes_on_with_the_visit(visit):
    tour = event_on(visit, "2024-11-03")
    assert tour.kind == "investigation"
    assert {"门源县祁连山菜籽油有限公司", "浩门牧业专业合作社"} <= set(tour.visited)


def test_a_same_day_sentence_without_a_kind_word_goes_on_with_the_visit(visit):
    tour = event_on(visit, "2024-11-04")
    assert {"李慧芳", "马福林", "冶玉兰"} <= set(tour.persons)
    assert [e.start for e in visit.events] == ["2024-11-03", "2024-11-04"]


def test_a_meeting_called_that_day_is_an_event_of_its_own(tmp_path):
    doc = write_and_process(tmp_path, "altay-2024-07.txt", "地区政协视察团赴富蕴县视察\n发布时间：2024-07-12\n"
                            "7月10日，地区政协主席阿依古丽·买买提率视察团赴富蕴县视察矿产资源开发工作。\n"
                            "当天下午，视察团一行召开座谈会，听取富蕴县政府工作汇报。\n")
    assert [e.start for e in doc.events] == ["2024-07-10", "2024-07-10"]


def test_a_course_closing_after_its_days_ends_that_day(tmp_path):
    doc = write_and_process(tmp_path, "hami-2024-09.txt", "市政协委员培训班结业\n发布时间：2024-09-21\n"
                            "9月20日上午，为期5天的哈密市政协委员履职能力提升培训班在厦门大学圆满结业。"
                            "市政协副主席库尔班·热合曼作结业讲话。\n")
    course = event_on(doc, "2024-09-20")
    assert course.end is None and "库尔班·热合曼" in course.persons


def test_the_names_after_one_credit_word_are_credits(tmp_path):
    doc = write_and_process(tmp_path, "changji-2024-05.txt", "州政协召开提案交办会\n发布时间：2024-05-10\n"
                            "5月9日，州政协召开提案交办会。州政协副主席赵建新主持会议。"
                            "文：王海燕 编辑：刘亚楠 责编：孙浩然 贾文博 \n"
                            "一审：高志远\n二审：郑雨晴\n三审：苏建平\n")
    assert event_on(doc, "2024-05-09").persons == {"赵建新": "chair"}


def test_a_company_after_a_long_qualifier_and_a_dash_was_visited(tmp_path):
    doc = write_and_process(tmp_path, "yushu-2024-06.txt", "州政协副主席走访委员企业\n发布时间：2024-06-14\n"
                            "6月13日，州政协副主席尕玛才仁带队走访委员企业。"
                            "尕玛才仁一行来到所联系的2024年玉树州重点项目建设企业--三江源牦牛乳业有限公司，"
                            "了解企业生产情况。\n")
    assert "三江源牦牛乳业有限公司" in event_on(doc, "2024-06-13").visited


def test_companies_between_dui_and_an_investigation_word_were_visited(tmp_path):
    doc = write_and_process(tmp_path, "tacheng-2024-08.txt", "地区政协调研民营经济\n发布时间：2024-08-30\n"
                            "8月26日至28日，地区政协主席努尔兰·哈力别克赴乌苏市、沙湾市调研民营经济发展情况。"
                            "在乌苏市调研期间，对乌苏啤酒股份有限公司、新疆天河棉业有限公司进行了实地调研。\n")
    tour = event_on(doc, "2024-08-26")
    assert {"乌苏啤酒股份有限公司", "新疆天河棉业有限公司"} <= set(tour.visited)


def test_then_the_party_going_on_with_a_talk_is_the_same_visit(tmp_path):
    doc = write_and_process(tmp_path, "kashgar-2024-04.txt", "地区政协主席调研委员企业\n发布时间：2024-04-18\n"
                            "4月16日，地区政协主席阿不都热依木·吐尔逊一行到疏附县调研委员企业。"
                            "随后，阿不都热依木·吐尔逊一行前往委员工作室，详细了解工作室运行情况，并召开座谈会。"
                            "疏附县政协主席王建军参加。\n")
    assert len(doc.events) == 1
    assert "王建军" in event_on(doc, "2024-04-16").persons


def test_a_body_under_whose_guidance_something_was_done_was_not_visited(tmp_path):
    doc = write_and_process(tmp_path, "golog-2024-01.txt", "州政协召开新年茶话会\n发布时间：2024-01-03\n"
                            "1月2日，州政协新年茶话会在玛沁县举行。州政协主席索南才让致辞。"
                            "索南才让说，一年来，在省政协的指导和州委的坚强领导下，州政协围绕中心履职尽责。\n")
    assert event_on(doc, "2024-01-02").visited == []


KINDS = [
    # a visit told first, a talk only added to it
    ("3月6日，州政协主席叶尔兰·努尔兰到霍城县调研薰衣草产业发展，并主持召开座谈会。", "investigation"),
    # a party group meeting that studies (the study word of a cited course later on)
    ("3月6日，州政协召开党组（扩大）会议，传达学习全国政协有关培训班开班式上的讲话精神。州政协主席次仁多吉主持会议。",
     "meeting"),
    # a consultation held as a talk
    ("3月6日，州政协召开双月协商座谈会，围绕“发展庭院经济”建言献策。州政协主席买买提·艾力主持会议。", "consultation"),
    # a room named for consultations and an idea of them are no consultation held
    ("3月6日，州政协副主席马丽到城关街道调研委员活动室（商量工作室）建设情况。", "investigation"),
    ("3月6日，州政协举办基层协商民主实践展示活动，州政协主席马丽出席。", "other"),
]


@pytest.mark.parametrize("sentence,kind", KINDS)
def test_the_kind_of_what_the_sentence_mainly_tells(tmp_path, sentence, kind):
    doc = write_and_process(tmp_path, "ili-2024-03.txt", f"州政协工作动态\n发布时间：2024-03-08\n{sentence}\n")
    assert event_on(doc, "2024-03-06").kind == kind


def test_the_sections_of_an_item_under_short_headings_go_on_telling_of_its_event(tmp_path):
    doc = write_and_process(tmp_path, "xining-2024-06.txt", "市政协委员履职能力提升培训班结业\n发布时间：2024-06-22\n"
                            "6月21日上午，西宁市政协委员履职能力提升培训班在青海大学结业。市政协主席马兴华出席。\n"
                            "课堂教学\n专家们围绕人民政协理论作了专题辅导。\n"
                            "交流发言\n结业仪式上，市政协副主席李国栋、秘书长王春燕作交流发言。\n")
    course = event_on(doc, "2024-06-21")
    assert {"马兴华", "李国栋", "王春燕"} <= set(course.persons)


def test_a_deck_under_the_lead_goes_on_telling_of_its_meeting(tmp_path):
    # the deck (某某主持并讲话) is read as a headline; the text under it opens telling of the meeting told
    doc = write_and_process(tmp_path, "xining-2024-02.txt", "区政协全会主席团召开第一次会议\n发布时间：2024-02-10\n"
                            "2月9日下午，区政协十五届一次会议主席团召开第一次会议。\n\n区政协党组书记马兴华主持并讲话\n\n"
                            "区政协党组书记马兴华主持会议，区委常委、统战部部长李国栋出席会议。\n"
                            "会议审议通过了主席团常务主席名单。\n")
    assert {"马兴华", "李国栋"} <= set(event_on(doc, "2024-02-09").persons)
    # photo captions read as headlines, then the text of the opening: who sat on the platform
    doc = write_and_process(tmp_path, "xining-2024-01.txt", "县政协全会开幕\n发布时间：2024-01-10\n"
                            "今天下午，县政协十一届六次会议在县城隆重开幕。\n县政协副主席李国栋主持开幕式\n"
                            "县政协主席马兴华、县委书记王春燕在主席台就座。\n")
    assert {"马兴华", "王春燕"} <= set(event_on(doc, "2024-01-10").persons)


def test_yesterday_counts_from_a_dateline_that_reports(tmp_path):
    doc = write_and_process(tmp_path, "urumqi-tv.txt", "发布时间：2024-01-16\n"
                            "新疆新闻频道1月15日报道：昨天上午，自治区政协十三届二次会议预备会议在乌鲁木齐举行。"
                            "会议由自治区政协副主席吉尔拉·衣沙木丁主持。\n")
    assert [e.start for e in doc.events] == ["2024-01-14"]


def test_a_page_dated_day_first_with_dots_gives_the_year(tmp_path):
    doc = write_and_process(tmp_path, "golmud.txt", "格尔木市政协召开主席会议\n\n21.03.2024  09:15\n来源：格尔木市政协\n\n"
                            "3月20日，市政协主席马文元主持召开市政协十一届十五次主席会议。\n")
    assert doc.context.date == "2024-03-21"
    assert event_on(doc, "2024-03-20").persons == {"马文元": "chair"}


def test_a_decision_after_a_colon_plans_its_date(tmp_path):
    doc = write_and_process(tmp_path, "delingha.txt", "市政协召开常委会议\n发布时间：2025-01-10\n"
                            "1月9日下午，市政协召开十届十一次常委会议。市政协主席张海明主持会议。"
                            "会议决定：政协德令哈市第十届委员会第四次会议于2025年2月26日召开全体会议。\n")
    assert [e.start for e in doc.events] == ["2025-01-09"]


@pytest.mark.parametrize("verb", ["拜会", "会见"])
def test_a_lead_told_twice_under_a_photo_is_one_event(tmp_path, verb):
    lead = (f"7月2日，自治区党委副书记、自治区政协党组书记、主席才旺罗布，自治区政协副主席、秘书长格桑在拉萨{verb}"
            "全国政协常委、全国政协调研组组长刘建国一行。")
    doc = write_and_process(tmp_path, "lhasa-2024-07.txt", f"发布时间：2024-07-03\n{lead}记者 次仁 摄\n\n{lead}\n\n"
                            "双方就援藏工作交换了意见。\n\n自治区政协副主席扎西、秘书长王雪梅参加。（记者 次仁）\n")
    assert len(doc.events) == 1
    assert {"才旺罗布", "刘建国", "扎西", "王雪梅"} <= set(doc.events[0].persons)


def test_a_company_inside_a_long_qualifier_of_where_it_stands_was_visited(tmp_path):
    doc = write_and_process(tmp_path, "haixi-2024-08.txt", "州政协视察盐湖产业\n发布时间：2024-08-22\n"
                            "8月21日，在察尔汗盐湖循环经济工业园的青海中盐化工有限公司生产车间，"
                            "州政协主席李海东一行实地了解盐湖资源综合利用情况。\n")
    assert "青海中盐化工有限公司" in event_on(doc, "2024-08-21").visited


def test_a_day_of_the_trip_told_by_its_party_goes_on_with_it(tmp_path):
    doc = write_and_process(tmp_path, "guoluo-2024-09.txt", "省政协调研组来我州调研\n发布时间：2024-09-14\n"
                            "9月11日至12日，省政协副主席张文魁率调研组来我州开展生态畜牧业调研。\n"
                            "9月12日，调研组一行来到甘德县青珍乡牧民合作社，了解牦牛养殖情况。\n"
                            "州政协主席马占林、副主席李成林陪同。\n"
                            "9月12日，驻玛沁县的省政协委员考察团到大武镇与牧民座谈交流。\n")
    trip = event_on(doc, "2024-09-11")
    assert {"张文魁", "马占林", "李成林"} <= set(trip.persons)
    assert [e.start for e in doc.events] == ["2024-09-11", "2024-09-12"]
