"""Media named by a news page are organizations (GUIDELINE: media, type OTHER) and a page's reporters hold 记者 at
their paper, each on invented web pages: a dateline's medium followed by the place it reports from (某某网驻阜新讯,
某某网南宁4月3日电), a site of one character (蓝网), a paper's app on its source line with the writers' names after it
(某某日报客户端 张某 李某), the site's own name in its furniture (欢迎来到…网, 返回…首页), a paper's masthead
(《某某新报》(2024年6月3日) 01版) that a short dateline (新报讯) takes up, a site's name as it gives it (阜新政府网 is
no government), and a correspondent (通讯员), who holds no post at the paper.

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
