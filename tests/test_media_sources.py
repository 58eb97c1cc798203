"""Media named by a news page are organizations (GUIDELINE: media, type OTHER) and a page's reporters hold 记者 at
their paper, each on invented web pages: a dateline's medium followed by the place it reports from (某某网驻阜新讯,
某某网南宁4月3日电), a site of one character (蓝网; not 官网), a paper's app on its source line with the writers'
names after it (某某日报客户端 张某 李某), the site's own name in its furniture (欢迎来到…网, 返回…首页), a paper's
masthead (《某某新报》(2024年6月3日) 01版) that a short dateline (新报讯) takes up, a site's label before a byline
(【某网】), a site's name as it gives it (阜新政府网 is no government), a paper's office (某某日报社: the paper), a site
and a paper a dateline names together (某某网-某某日报讯), a correspondent (通讯员), who holds no post at the paper, a
news agency's reporters (新华社记者), a site's dateline of news (某某网2024年6月1日消息:), whose medium the reporters
closing the item hold 记者 at, a reporter of a paper's desk or app (某某日报锦观新闻记者), a news app (某某新闻) and a
station's head office (某某广播电视总台) on source lines; a credit closing an item before another item's dateline is none
of that dateline's medium.
The credits name persons: the writers after a source line's medium, a credit set with the bar 丨, a name whose
surname jieba joins to a name word (张开|华), a byline bracket left open at the line's end, a crumb of a navigation
path, and writer and photographer credited by slash words (某某/文 某某/图).

The sites, papers and persons are invented.
"""
from __future__ import annotations

from test_extraction import posts_of, write_and_process

ITEM = "6月1日，县政协召开常委会议。县政协主席孙立强主持会议。\n"


def page(tmp_path_factory, text: str):
    return write_and_process(tmp_path_factory, "media-page.txt", "县政协召开常委会议\n" + text)


def orgs(doc) -> dict[str, str]:
    return {o.name: o.kind for o in doc.organizations.values()}


def test_a_datelines_site_before_the_place_it_reports_from(tmp_path_factory):
    doc = page(tmp_path_factory, "星光网驻南阳讯(记者 韩晓东)" + ITEM)
    assert orgs(doc).get("星光网") == "OTHER"
    assert posts_of(doc, "韩晓东") == {("记者", "星光网")}


def test_a_datelines_site_before_the_city_and_day_of_its_report(tmp_path_factory):
    doc = page(tmp_path_factory, "晨风网南宁6月1日电（记者 韩晓东）" + ITEM)
    assert posts_of(doc, "韩晓东") == {("记者", "晨风网")}


def test_a_site_of_one_character_on_a_source_line(tmp_path_factory):
    doc = page(tmp_path_factory, "来源：蓝网 作者：韩晓东\n" + ITEM)
    assert orgs(doc).get("蓝网") == "OTHER"


def test_a_papers_app_is_the_paper_and_its_photographer_its_reporter(tmp_path_factory):
    doc = page(tmp_path_factory, "来源: 北星日报客户端  魏丽 葛思远\n" + ITEM + "记者 庞立新 摄\n")
    assert orgs(doc).get("北星日报") == "OTHER"
    assert posts_of(doc, "庞立新") == {("记者", "北星日报")}


def test_the_sites_own_name_in_its_furniture(tmp_path_factory):
    doc = page(tmp_path_factory, "欢迎来到政协星海网!\n" + ITEM + "返回蓝网首页\n")
    assert {"政协星海网", "蓝网"} <= set(orgs(doc))


def test_a_bodys_official_site_is_no_medium(tmp_path_factory):
    doc = page(tmp_path_factory, "欢迎访问星海市政协官网!\n" + ITEM)
    assert not any(name.endswith("官网") for name in orgs(doc))


def test_a_papers_masthead_names_the_medium_of_its_short_dateline(tmp_path_factory):
    doc = page(tmp_path_factory, "《北星新报》(2024年6月3日) 01版\n新报讯(记者 韩晓东 魏丽)" + ITEM)
    assert orgs(doc).get("北星新报") == "OTHER"
    assert posts_of(doc, "魏丽") == {("记者", "北星新报")}


def test_a_site_keeps_the_name_it_gives_itself(tmp_path_factory):
    doc = page(tmp_path_factory, ITEM + "来源:阜新政府网\n作者:韩晓东\n")
    assert orgs(doc).get("阜新政府网") == "OTHER"


def test_a_correspondent_holds_no_post_at_the_paper(tmp_path_factory):
    doc = page(tmp_path_factory, "北星日报讯(记者 韩晓东 通讯员 魏丽)" + ITEM)
    assert posts_of(doc, "韩晓东") == {("记者", "北星日报")}
    assert posts_of(doc, "魏丽") == set()


def test_the_writers_a_source_line_names_after_its_medium(tmp_path_factory):
    doc = page(tmp_path_factory, "来源: 北星日报客户端  魏丽 葛思远\n" + ITEM)
    assert {"魏丽", "葛思远"} <= set(doc.persons)


def test_a_news_agencys_photographer_and_reporter_hold_jizhe_there(tmp_path_factory):
    doc = page(tmp_path_factory, "新华社北京6月1日电（记者 韩晓东）" + ITEM + "新华社记者 庞立新 摄\n")
    assert posts_of(doc, "韩晓东") == {("记者", "新华社")}
    assert posts_of(doc, "庞立新") == {("记者", "新华社")}


def test_credit_lines_set_with_a_bar_or_a_name_jieba_splits_after_a_name_word(tmp_path_factory):
    # 张开 is a word of jieba's dictionary, tagged as a name (nr): 张开华 is a name all the same
    doc = page(tmp_path_factory, ITEM + "供稿丨韩晓东\n\n一审:魏丽\n\n二审:张开华\n")
    assert {"韩晓东", "魏丽", "张开华"} <= set(doc.persons)


def test_a_byline_bracket_left_open_at_the_line_end_is_not_joined_to_the_next_line(tmp_path_factory):
    doc = page(tmp_path_factory, "6月1日，县政协召开常委会议，县政协主席孙立强主持会议。(记者 韩晓东 魏丽 葛思远\n \n站群导航\n")
    assert {"韩晓东", "魏丽", "葛思远"} <= set(doc.persons)


def test_a_name_between_the_marks_of_a_navigation_path(tmp_path_factory):
    doc = page(tmp_path_factory, "某某频道 > 领导活动报道集 > 庞立新 > 考察调研\n" + ITEM)
    assert "庞立新" in doc.persons


def test_writer_and_photographer_credited_by_slash_words(tmp_path_factory):
    doc = page(tmp_path_factory, "本报讯(记者 韩晓东/文 葛思远/图)" + ITEM)
    assert {"韩晓东", "葛思远"} <= set(doc.persons)


def test_a_papers_office_is_the_paper(tmp_path_factory):
    doc = page(tmp_path_factory, "来源：北星日报\n" + ITEM + "北星日报社、蓝光晚报社记者参加。\n")
    assert orgs(doc).get("北星日报") == "OTHER" and "北星日报社" not in orgs(doc)
    assert orgs(doc).get("蓝光晚报") == "OTHER"


def test_a_site_and_a_paper_named_together_by_a_dateline(tmp_path_factory):
    doc = page(tmp_path_factory, "星光网-北星日报讯(记者 韩晓东)" + ITEM)
    assert {"星光网", "北星日报"} <= set(orgs(doc))
    assert posts_of(doc, "韩晓东") == {("记者", "北星日报")}


def test_a_datelines_site_before_the_year_and_day_of_its_report(tmp_path_factory):
    doc = page(tmp_path_factory, "晨风网2024年6月1日讯(记者 韩晓东)" + ITEM)
    assert posts_of(doc, "韩晓东") == {("记者", "晨风网")}


def test_a_sites_dateline_of_news_gives_the_item_closing_reporters_its_post(tmp_path_factory):
    doc = page(tmp_path_factory, "晨风网2024年6月1日消息:日前,县政协召开常委会议。县政协主席孙立强主持会议。(记者 韩晓东 魏丽)\n")
    assert posts_of(doc, "魏丽") == {("记者", "晨风网")}


def test_a_reporter_of_a_papers_desk_is_the_papers(tmp_path_factory):
    doc = page(tmp_path_factory, "本报讯 (北星日报锦观新闻记者 韩晓东) " + ITEM)
    assert posts_of(doc, "韩晓东") == {("记者", "北星日报")}


def test_a_source_line_naming_the_official_site_names_no_medium(tmp_path_factory):
    doc = page(tmp_path_factory, "来源：官网 作者：韩晓东\n" + ITEM)
    assert "官网" not in orgs(doc)


def test_a_sites_label_before_the_items_byline(tmp_path_factory):
    doc = page(tmp_path_factory, "【星网】(记者 韩晓东) " + ITEM)
    assert posts_of(doc, "韩晓东") == {("记者", "星网")}


def test_a_news_app_and_a_stations_head_office_on_source_lines(tmp_path_factory):
    # 某某新闻 (a news app's name), 某某广播电视总台 (a city's station): media, though no 报 or 网 ends them
    doc = page(tmp_path_factory, "来源:云溪新闻发布时间:2024-06-01\n" + ITEM)
    assert orgs(doc).get("云溪新闻") == "OTHER"
    doc = page(tmp_path_factory, "2024年06月01日08:26   来源:宿迁市广播电视总台\n" + ITEM)
    assert orgs(doc).get("宿迁市广播电视总台") == "OTHER"


def test_a_later_items_dateline_names_no_medium_of_the_first(tmp_path_factory):
    # the first story closes with its reporter; the next item, a site's, opens with its own dateline: the site is
    # the second item's medium, not the page's, so the first reporter holds no post there
    first = ("县政协召开专题协商会议，围绕基层协商民主建设建言献策。县政协主席孙立强主持会议并讲话，他强调要进一步修改完善"
             "协商报告，为促进科学民主决策贡献政协智慧和力量。(记者 高玉兰)\n")
    doc = page(tmp_path_factory, first + "县域职业技能培训惠及更多家庭\n  云溪网银川1月4日电(记者 谢文静)记者近日获悉，培训工作成效明显。\n")
    assert posts_of(doc, "谢文静") == {("记者", "云溪网")}
    assert ("记者", "云溪网") not in posts_of(doc, "高玉兰")


def test_a_sites_channel_of_a_provinces_news_in_a_dateline_is_the_site(tmp_path_factory):
    # 某某网河北新闻1月15日电: the channel (河北新闻) of the site, whose reporters they are; a news app alone
    # (某某新闻) stays a medium of its own
    doc = page(tmp_path_factory, "  云溪网河北新闻1月15日电 (记者 徐明远)15日，县政协召开常委会议。\n")
    assert posts_of(doc, "徐明远") == {("记者", "云溪网")}


def test_a_credit_before_another_items_dateline_is_none_of_its_medium(tmp_path_factory):
    # (记者 苏明月) closes the first item, a short one; 晨风网 is first written in the next item's dateline
    doc = page(tmp_path_factory, ITEM + "会议要求，要凝聚共识。(记者 苏明月)\n\n县里开展技能培训\n"
                                         "晨风网南宁6月1日电(记者 韩晓东)记者近日从县人社局获悉，培训惠及千人。\n")
    assert posts_of(doc, "苏明月") == set()
    assert posts_of(doc, "韩晓东") == {("记者", "晨风网")}


def test_every_reporter_of_a_credit_holds_the_post(tmp_path_factory):
    # 记者 甲某 乙某 (the names parted by spaces or run together): each is the medium's reporter, not the first alone
    doc = page(tmp_path_factory, "来源：云溪新闻网\n□ 记者 谢明天 康立斌\n" + ITEM)
    assert posts_of(doc, "谢明天") == posts_of(doc, "康立斌") == {("记者", "云溪新闻网")}
