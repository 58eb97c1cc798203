"""Stage read on web pages: script, markup and page furniture normalised, offsets kept to the page as written.

The pages are invented (a 贵州 county in traditional characters with pinyin glosses, a 广西 page with HTML
left in and web-page furniture around the item).
"""
from __future__ import annotations

import pytest

from kg.pipeline import process

TRADITIONAL = """\
您當前的位置 : 遵義新聞網(wǎng) >> 本地新聞

縣政協(xié)召開十屆三次常委會議

來源:遵義日報 作者:王曉明 2024年03月12日 09:10

  3月11日上午,,湄潭縣政協(xié)召開十屆三次常委會議,。縣政協(xié)主席劉國華主持會議,,縣政協(xié)副主席張衛(wèi)東、陳曉紅出席,。
"""

HTML_PAGE = """\
首页 > 政协要闻 >>
<script type="text/javascript">var hits = "浏览次数"; document.write(hits);</script><!-- 统计代码 -->
<p>县政协开展乡村振兴专题视察</p>
发布时间：2023-09-14&amp;nbsp;&nbsp;来源：融水苗族自治县政协 放大 缩小 打印 关闭 浏览次数：
字体：[大] [中] [小]
<span>9月13日，县政协主席梁红英带队赴安太乡开展乡村振兴专题视察。</span>
2.png
【打印】【关闭】
上一篇：县政协主席韦志强带队调研农村供水
下一篇：县政协召开党组会议
  • 联系电话：0772-5123456
电子邮箱：rszx@example.cn
"""


@pytest.fixture(scope="module")
def traditional(tmp_path_factory):
    path = tmp_path_factory.mktemp("pages") / "meitan.txt"
    path.write_text(TRADITIONAL, encoding="utf-8")
    return process(path)


@pytest.fixture(scope="module")
def html_page(tmp_path_factory):
    path = tmp_path_factory.mktemp("pages") / "rongshui.txt"
    path.write_text(HTML_PAGE, encoding="utf-8")
    return process(path)


def test_traditional_page_is_read_in_simplified_without_glosses(traditional):
    assert traditional.converted
    assert "湄潭县政协召开十届三次常委会议。县政协主席刘国华主持会议,县政协副主席张卫东、陈晓红出席。" in traditional.text
    assert "(" not in traditional.text and "政協" not in traditional.text
    assert {"刘国华", "张卫东", "陈晓红"} <= set(traditional.persons)


def test_offsets_point_back_to_the_page_as_written(traditional):
    doc = traditional
    assert len(doc.written_at) == len(doc.text)
    at = doc.text.index("湄潭县政协")
    assert doc.as_written(at, at + 5) == "湄潭縣政協"   # the gloss (xié) after it is not part of the name
    # every character either is the one written or its conversion: the map never runs backwards
    assert list(doc.written_at) == sorted(doc.written_at)
    for i, c in enumerate(doc.text):
        if c.isascii() and c.isalnum():
            assert doc.written[doc.written_at[i]] == c


def test_traditional_surface_form_is_an_alias(traditional):
    org = traditional.organizations["遵义市湄潭县政协"]
    assert "湄潭縣政協" in org.aliases
    # the title phrase a post was read from (縣政協主席) is no name of the committee
    assert not any(alias.endswith("主席") for alias in org.aliases)


def test_simplified_page_keeps_its_rare_name_characters(tmp_path):
    # 昇 and 堃 are standard characters of names; a simplified page is not converted for them
    path = tmp_path / "page.txt"
    path.write_text("6月3日，市政协副主席黄昇明、李堃带队调研茶产业。\n", encoding="utf-8")
    doc = process(path)
    assert not doc.converted and "黄昇明" in doc.text and "李堃" in doc.text


def test_markup_and_furniture_are_dropped(html_page):
    text = html_page.text
    for furniture in ("<", "&nbsp", "首页", "放大", "浏览次数", "字体", "2.png", "联系电话", "example.cn", "打印",
                      "上一篇", "韦志强", "党组会议", "document.write", "统计代码"):
        assert furniture not in text
    # the page-header line stays (context reads its date and source), without the buttons
    assert "发布时间:2023-09-14" in text and "来源:融水苗族自治县政协" in text
    assert "9月13日,县政协主席梁红英带队赴安太乡开展乡村振兴专题视察。" in text
    assert "梁红英" in html_page.persons


def test_markup_offsets_skip_the_tags(html_page):
    doc = html_page
    at = doc.text.index("9月13日")
    assert doc.written[doc.written_at[at]:doc.written_at[at] + 5] == "9月13日"
    assert doc.written[doc.written_at[at] - 6:doc.written_at[at]] == "<span>"


def test_a_space_between_names_of_a_byline_separates_them(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("县政协召开常委会议\n本报讯（记者 韦晓明 蒙丽）6月5日，县政协召开常委会议。\n", encoding="utf-8")
    doc = process(path)
    assert "(记者韦晓明、蒙丽)" in doc.text
    assert {"韦晓明", "蒙丽"} <= set(doc.persons)


LETTER_SPACED_ITEM = """\
县政协召开主席会议
发 布 时 间 ： 2 0 2 3 - 0 6 - 0 6
6月5日，县政协召开主席会议。
县 政 协 主 席 潘 卫 民 主 持 会 议 ， 副 主 席 吴 佳 梅 、 艾 山 · 买 买 提 ， 秘 书 长 王 建 出 席 。
会议听取了绿谷食品（黔东）有限公司的情况汇报。
"""


def test_a_letter_spaced_line_reads_as_the_same_line_unspaced(tmp_path):
    """PDF extraction of justified text spaces out every character: those spaces say nothing of where a name
    ends, so the line gives the persons and posts it gives unspaced (a three-character name keeps its third
    character; the 、 list and the comma stay lists)."""
    spaced, plain = tmp_path / "spaced.txt", tmp_path / "plain.txt"
    spaced.write_text(LETTER_SPACED_ITEM, encoding="utf-8")
    plain.write_text("\n".join(line.replace(" ", "") if " " in line else line
                               for line in LETTER_SPACED_ITEM.splitlines()) + "\n", encoding="utf-8")
    spaced_doc, plain_doc = process(spaced), process(plain)
    assert "县政协主席潘卫民主持会议,副主席吴佳梅、艾山·买买提,秘书长王建出席。" in spaced_doc.text
    assert "发布时间:2023-06-06\n" in spaced_doc.text   # the dateline is no line broken mid-sentence
    assert spaced_doc.text == plain_doc.text
    assert set(spaced_doc.persons) == set(plain_doc.persons) >= {"潘卫民", "吴佳梅", "艾山·买买提", "王建"}
    assert [(m.person, m.role) for m in spaced_doc.posts] == [(m.person, m.role) for m in plain_doc.posts]


def test_two_character_names_padded_in_a_list_keep_their_breaks(tmp_path):
    """Two-character names padded to three (王　伟) mix their gaps with the spaces between names: no
    letter-spaced run, so every removed space stays a soft break, the ones between names too."""
    path = tmp_path / "page.txt"
    path.write_text("县政协召开常委会议\n出席会议的有：王　伟 李　明 张　强 赵　兵 刘　洋 陈　晨\n", encoding="utf-8")
    doc = process(path)
    line = doc.text.index("王伟李明张强赵兵刘洋陈晨")
    assert {line + k for k in range(1, 12)} <= doc.soft_breaks


def test_a_three_character_name_spaced_out_inside_unspaced_text_is_read_whole(tmp_path):
    """宋 建 国主持: the spaces end with the name, so it is read whole; 王 伟 李明 (a padded name, then a name)
    and 李 明 华 出 (spacing going on past the name) keep their two-character readings."""
    path = tmp_path / "page.txt"
    path.write_text("县政协召开主席会议\n6月5日，县政协主席宋 建 国主持会议，副主席王 伟 李明、韩 东出席。\n",
                    encoding="utf-8")
    assert {"宋建国", "王伟", "李明", "韩东"} <= set(process(path).persons)


def two_columns(text: str, width: int = 16) -> str:
    """TEXT set in two columns of WIDTH characters side by side, as pdftotext -layout gives a two-column page."""
    lines = [para[i:i + width] for para in text.split("\n") for i in range(0, len(para), width)]
    half = (len(lines) + 1) // 2
    left, right = lines[:half], lines[half:] + [""]
    return "\n".join(l + " " * (4 + 2 * (width - len(l))) + r if r else l for l, r in zip(left, right))


COLUMN_ITEM = ("6月5日，县政协召开主席会议。县政协主席潘卫民主持会议，副主席吴佳梅、苏永良出席。"
               "会议听取了县工商联关于民营经济发展情况的汇报。\n潘卫民指出，要深入开展调研，"
               "为县委县政府科学决策提供参考。县政协秘书长王建通报了近期工作安排。")


def test_two_columns_side_by_side_read_one_after_the_other(tmp_path):
    """A page whose two columns stand side by side on each line reads as the page set in one column: the
    left column's lines, then the right's, each paragraph joined again; every character keeps its offset."""
    spaced, plain = tmp_path / "columns.txt", tmp_path / "plain.txt"
    spaced.write_text("县政协召开主席会议\n\n" + two_columns(COLUMN_ITEM) + "\n", encoding="utf-8")
    plain.write_text("县政协召开主席会议\n\n" + COLUMN_ITEM + "\n", encoding="utf-8")
    doc, plain_doc = process(spaced), process(plain)
    assert doc.text == plain_doc.text
    assert set(doc.persons) == set(plain_doc.persons) >= {"潘卫民", "吴佳梅", "苏永良", "王建"}
    at = doc.text.index("王建")
    assert doc.written[doc.written_at[at]:doc.written_at[at] + 2] == "王建"


SHORT_LINE_ITEM = ("近日，县政协召开主席会议，县政协主席潘卫民主持会议并讲话，副主席吴佳梅出席。\n"
                   "县政协秘书长王建参加了会议。\n会议听取了县工商联关于民营经济发展情况的汇报，要求各专委会深入开展调研，"
                   "为县委县政府科学决策提供参考，县政协副主席苏永良作了表态发言。")


def test_a_columns_short_line_is_a_row_of_its_run(tmp_path):
    """The last line of a left column's paragraph (会议。) is shorter than a header field, yet its right part
    starts where the right column does: the run goes on, and the page reads as set in one column."""
    laid_out = two_columns(SHORT_LINE_ITEM)
    assert any(0 < len(line.split("   ")[0].strip()) < 8 for line in laid_out.splitlines()[1:-1])
    spaced, plain = tmp_path / "columns.txt", tmp_path / "plain.txt"
    spaced.write_text("县政协召开主席会议\n\n" + laid_out + "\n", encoding="utf-8")
    plain.write_text("县政协召开主席会议\n\n" + SHORT_LINE_ITEM + "\n", encoding="utf-8")
    doc, plain_doc = process(spaced), process(plain)
    assert doc.text == plain_doc.text
    assert set(doc.persons) == set(plain_doc.persons) >= {"潘卫民", "吴佳梅", "苏永良", "王建"}


def test_a_gap_inside_a_column_is_no_second_gutter(tmp_path):
    """The right column's credit sets its fields apart (（某某台    编辑：某某）): the line's gutter is the gap where
    the right column starts, and the run goes on."""
    left = ["近日，县政协主席潘卫民带领调研组", "赴某某镇开展专题调研，实地走访了", "某某农业科技有限公司等企业，副主", "席吴佳梅参加调研。"]
    right = ["调研组要求持续推动产业发展，县政", "协秘书长王建陪同调研。", "（某某电视台    编辑：苏永良）", ""]
    laid_out = "\n".join(a + " " * (4 + 2 * (16 - len(a))) + b if b else a for a, b in zip(left, right))
    spaced, plain = tmp_path / "columns.txt", tmp_path / "plain.txt"
    spaced.write_text("县政协开展专题调研\n\n" + laid_out + "\n", encoding="utf-8")
    plain.write_text("县政协开展专题调研\n\n" + "".join(left) + "\n" + "".join(right[:2]) + "\n" + right[2] + "\n",
                     encoding="utf-8")
    doc, plain_doc = process(spaced), process(plain)
    assert doc.text == plain_doc.text
    assert {"潘卫民", "吴佳梅", "王建"} <= set(doc.persons)


def test_a_table_and_a_header_line_are_no_columns(tmp_path):
    """Cells of a table (shorter than a column's line) and one header line with wide gaps stay as written."""
    path = tmp_path / "page.txt"
    path.write_text("县政协召开主席会议\n发布时间：2024-06-05    来源：县政协办公室\n"
                    "主  席    潘卫民\n副主席    吴佳梅\n秘书长    王建\n", encoding="utf-8")
    doc = process(path)
    assert "潘卫民\n" in doc.text and doc.text.index("吴佳梅") < doc.text.index("王建")
    assert "来源:县政协办公室" in doc.text


def test_a_web_address_line_is_no_sentence_broken_before_the_headline(tmp_path):
    # the address is a line of its own: the headline after it stays the page's head and names its place
    path = tmp_path / "page.txt"
    path.write_text("https://www.example.cn/news/2023-06-06/12345.shtml\n首页>政协动态\n"
                    "嘉善县政协组织委员开展视察\n按照嘉兴市政协的要求,6月5日,嘉善县政协组织委员开展视察。"
                    "县政协主席王立新参加。\n", encoding="utf-8")
    doc = process(path)
    assert doc.text.startswith("https://www.example.cn/news/2023-06-06/12345.shtml\n")
    assert doc.context.place == "嘉善县"


def test_a_traditional_pages_keyword_and_contact_lines_are_furniture(tmp_path):
    # 關鍵詞 and 聯繫地址 lines are dropped as their simplified forms are: no organization spans the keywords
    path = tmp_path / "page.txt"
    path.write_text("區政協啟動大會發言徵集\n本報訊 嘉定區政協從11月起啟動大會發言選題徵集活動。(李明遠)\n"
                    "關鍵詞:嘉定區政協 協商民主 界別\n聯繫地址:澳門某街10號(某某報社)\n", encoding="utf-8")
    doc = process(path)
    assert "关键词" not in doc.text and "联系地址" not in doc.text
    assert not any("界别" in name or "报社" in name for name in doc.organizations)


def test_a_web_address_on_the_first_line_joins_no_line(tmp_path):
    # a page saved with its address first: the headline, and the page's date under it, stay lines of their own
    page = tmp_path / "address.txt"
    page.write_text("https://www.example.cn/news/202601/31300001.html\n"
                    "政协曲靖市第十三届委员会常务委员会第二十五次(扩大)会议召开 杨正华出席\n\n"
                    "李明   掌上曲靖   2026-01-08 06:53:46\n\n"
                    "云南日报·云报客户端1月8日讯(李明)7日,政协曲靖市第十三届委员会常务委员会第二十五次(扩大)会议召开。"
                    "市政协主席杨正华参加。\n", encoding="utf-8")
    doc = process(page)
    assert doc.context.date == "2026-01-08"
    assert [e.start for e in doc.events] == ["2026-01-07"]


def test_a_paragraphs_indentation_is_no_part_of_its_line(page_of):
    # every paragraph indented by two ideographic spaces: the lines read as a page without them
    doc = page_of("县政协召开常委会议\n\u3000\u30006月5日，县政协召开常委会议。\n\u3000\u3000县政协主席韦晓明主持。\n")
    assert doc.text == "县政协召开常委会议\n6月5日,县政协召开常委会议。\n县政协主席韦晓明主持。\n"


def test_hong_kong_forms_of_a_traditional_page_are_simplified_too(page_of):
    # 衞 (卫) as Hong Kong papers print it: the committee's name is the one a mainland page writes
    doc = page_of("區政協召開教科文衞體委員會會議\n本報訊 6月5日，區政協教科文衞體委員會召開會議，主任陳國華主持。\n")
    assert "衞" not in doc.text and "教科文卫体委员会" in doc.text


def test_invisible_format_characters_part_no_name(page_of):
    # a zero-width space and a soft hyphen inside names, a word joiner, a line separator between paragraphs
    doc = page_of("县政协召开主席会议\n6月5日，县政协主席王\u200b建国主持会议，副主席李\u00ad明、赵\u2060文静出席。"
                  "\u2028会议听取了提案工作情况汇报。\n")
    assert {"王建国", "李明", "赵文静"} <= set(doc.persons)
    assert "出席。\n会议听取" in doc.text


def test_a_saved_pages_navigation_and_link_list_one_link_a_line_are_furniture(page_of):
    # what an extractor leaves of a saved page's navigation and of its list of other items, their bullets gone
    doc = page_of("首页\n|\n新闻中心\n当前位置：\n首页\n>\n政协要闻\n> 正文\n县政协召开主席会议\n"
                  "6月5日，县政协召开主席会议，县政协主席王建国主持会议。\n相关新闻\n县机关党支部召开专题组织生活会\n"
                  "全体机关干部开展志愿服务活动\n")
    assert "首页" not in doc.text and "> 正文" not in doc.text and "|" not in doc.text
    assert "支部" not in doc.text and not any("支部" in name for name in doc.organizations)


def test_a_traditional_pages_yu_of_a_name_stays_and_the_prepositions_is_simplified(page_of):
    # 於 is a surname and a given-name character (王興於, 於立新); as a preposition (於6月5日, 位於) it is 于
    doc = page_of("縣政協召開常委會議\n會議於6月5日在位於縣城的會堂舉行。縣政協主席劉國華主持會議,縣政協副主席王興於、"
                  "於立新、陳曉紅出席。王興於強調,要做好提案工作。\n")
    assert {"王兴於", "於立新", "陈晓红"} <= set(doc.persons) and "王兴于" not in doc.persons
    assert "会议于6月5日在位于县城" in doc.text and ("王兴於", "副主席") in {(p.person, p.role) for p in doc.posts}
