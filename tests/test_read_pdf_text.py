"""Stage read on text copied from a PDF: lines wrapped at the page's width, page numbers and a running header
between the pages, names spaced out letter by letter. The same item, written as a web page writes it (one line a
paragraph, no spaces), must give the same facts.

The items are invented (a 青海 county's committee, its persons and bodies).
"""
from __future__ import annotations

from kg.pipeline import process

ITEM = """\
县政协召开十届五次常委会议
6月5日，县政协召开十届五次常委会议。县政协党组书记、主席韩立新主持会议，副主席马永福、赵文静、李嘉颖出席会议，县委常委、统战部部长苏明远应邀出席。
会议听取了县政协提案委员会关于提案办理情况的报告。会议指出，全县提案工作成效明显，2024年县政协共收到提案126件，立案112件。
韩立新强调，要进一步提高提案质量，推动协商成果转化运用。
"""
# the same item as a PDF's text layer gives it: lines of about twenty characters, one cut inside a name
# (马 | 永福), one before a date (…成效明显， | 2024年)
WRAPPED = """\
县政协召开十届五次常委会议
6月5日，县政协召开十届五次常委会议。县政协
党组书记、主席韩立新主持会议，副主席马
永福、赵文静、李嘉颖出席会议，县委常委、统
战部部长苏明远应邀出席。
会议听取了县政协提案委员会关于提案办理情况
的报告。会议指出，全县提案工作成效明显，
2024年县政协共收到提案126件，立案112件。
韩立新强调，要进一步提高提案质量，推动协商成
果转化运用。
"""


def facts(doc):
    return set(doc.persons), {(p.person, p.role, p.org) for p in doc.posts}, [(e.kind, e.start) for e in doc.events]


def read_both(tmp_path, pdf_text: str, plain_text: str = ITEM):
    pdf, plain = tmp_path / "pdf.txt", tmp_path / "plain.txt"
    pdf.write_text(pdf_text, encoding="utf-8")
    plain.write_text(plain_text, encoding="utf-8")
    return process(pdf), process(plain)


def test_a_page_wrapped_at_a_width_reads_as_its_paragraphs(tmp_path):
    """Lines of about twenty characters, shorter than a web page's line that goes on, join again: those cut
    before a date or inside a name too."""
    doc, plain = read_both(tmp_path, WRAPPED)
    assert doc.text == plain.text
    assert facts(doc) == facts(plain)
    assert {"马永福", "李嘉颖"} <= set(doc.persons)
    # lines of names without a mark of running text are a list, each line its own, no page wrapped at a width
    path = tmp_path / "list.txt"
    path.write_text("县政协第十届委员会委员名单\n马永福 赵文静 李嘉颖 韩立新\n苏明远 王海涛 周建平 陈立\n"
                    "吴晓东 刘海燕 张春生 杨光\n孙文博 朱丽华 郭建军 何平\n马海军 林文 谢志强 罗丽\n", encoding="utf-8")
    assert process(path).text.count("\n") >= 5


def test_page_numbers_and_the_running_header_between_pages_go(tmp_path):
    """Between two pages: the page number, blank lines and the header repeated at the top of each page; the
    sentence cut by the page break reads whole (副主席马 | 永福), the header stays where it first stands."""
    lines = WRAPPED.splitlines()
    cut = next(k for k, line in enumerate(lines) if "马" in line) + 1
    head = "青海某县政协工作简报"
    text = "\n".join([head] + lines[:cut] + ["", "— 1 —", "", head] + lines[cut:] + ["", "— 2 —"]) + "\n"
    doc, plain = read_both(tmp_path, text, head + "\n" + ITEM)
    assert "— 1 —" not in doc.text and doc.text.count(head) == 1
    assert doc.text == plain.text
    assert facts(doc) == facts(plain)


def test_a_name_spaced_out_across_a_line_break_keeps_its_spacing(tmp_path):
    """李 | 嘉 颖: the space before the break is a PDF's like the one after it, so the three characters read as
    one name spaced out, not 李嘉 and a character."""
    text = ("县政协召开十届五次常委会议\n6月5日，县政协召开十届五次常委会议。县政协\n党组书记、主席韩立新主持会议，副主席\n"
            "马永福、赵文静、李 \n嘉 颖出席会议，县委常委、统战部部长苏\n明远应邀出席。会议听取了县政协提案委员会\n"
            "关于提案办理情况的报告。\n")
    doc, _ = read_both(tmp_path, text)
    assert "李嘉颖" in doc.persons and "李嘉" not in doc.persons


def test_a_name_spaced_out_with_no_title_before_it_is_read_whole(tmp_path):
    """A three-character name spaced out letter by letter where no title stands before it (after a full stop in a
    list of speakers, opening a line before 当选, in a byline): the spacing shows the name; read as its plain
    text is. A name padded, then a name (作者：房 满 石元军), keeps its two characters."""
    spaced = ("县政协召开全体会议\n6月5日，县政协召开全体会议。会议听取了提案工作报告。金 忠 明、陈海涛等委员发言。\n"
              "高 治 国当选为县政协秘书长。（记者 郭 元 江）\n")
    doc, plain = read_both(tmp_path, spaced, spaced.replace(" ", "").replace("记者", "记者 "))
    assert {"金忠明", "陈海涛", "高治国", "郭元江"} <= set(doc.persons)
    assert facts(doc) == facts(plain)

    path = tmp_path / "padded.txt"
    path.write_text("县政协召开主席会议\n发布日期：2024-06-05 来源：县政协 作者：房 满 石元军\n6月5日，县政协召开主席会议。\n",
                    encoding="utf-8")
    assert {"房满", "石元军"} <= set(process(path).persons)


def test_a_wrapped_line_ending_with_a_bracket_or_a_short_cut_goes_on(tmp_path):
    """On a page wrapped at a width: a line closing a bracket in mid-sentence (党组(扩大) | 集中学习会议), a line
    shorter than the page's width but cut out of running text (…副主席孙 | 国平一行), a header line broken before
    its colon (作者 | ：王某) go on; a credit in brackets after a full stop ends its paragraph."""
    pdf = ("县政协召开党组集中学习会\n发布日期：2024-03-01 来源：县政协 作者\n：王海涛\n"
           "2月27日上午，县政协召开党组(扩大)\n集中学习会议。县政协主席姚立明主持会议并讲\n话，副主席严秀华、宋伯宁参加会议。\n"
           "3月1日，某某县政协副主席孙\n国平一行来我县，学习考察提案工作的做法\n和经验，县政协副主席程明陪同考察。(王海涛)\n"
           "会议审议通过了县政协各专门委员会年度工\n作计划和重点提案。\n")
    plain = ("县政协召开党组集中学习会\n发布日期：2024-03-01 来源：县政协 作者：王海涛\n"
             "2月27日上午，县政协召开党组(扩大)集中学习会议。县政协主席姚立明主持会议并讲话，副主席严秀华、宋伯宁参加会议。\n"
             "3月1日，某某县政协副主席孙国平一行来我县，学习考察提案工作的做法和经验，县政协副主席程明陪同考察。(王海涛)\n"
             "会议审议通过了县政协各专门委员会年度工作计划和重点提案。\n")
    doc, plain_doc = read_both(tmp_path, pdf, plain)
    assert doc.text == plain_doc.text
    assert facts(doc) == facts(plain_doc)
    assert {"孙国平", "姚立明", "王海涛"} <= set(doc.persons)
    # a headline closing its quote is no body text cut in mid-sentence: it stays the page's head
    headline = "委员寄语新的一年“充满希望”\n"
    doc, plain_doc = read_both(tmp_path, headline + pdf.split("\n", 1)[1], headline + plain.split("\n", 1)[1])
    assert doc.text.startswith(headline) and doc.text == plain_doc.text


def test_the_credits_under_a_wrapped_item_leave_it_wrapped(tmp_path):
    """Credit lines under the item (记者:某某, 二审:某某), each above the next with no stop, are no text cut at the
    page's width: they do not hide that the item above them is wrapped (its short cut lines go on)."""
    credits = "记者:王海涛\n编辑:古淑文\n二审:牛宇华\n三审:杨沛\n终审:何平\n"
    pdf = ("县政协召开主席会议\n6月5日，县政协召开主席会议，县政协主\n席韩立新主持会议，副主席马永福、赵文\n"
           "静、李嘉颖出席会议。会议听取了县政协\n提案委员会关于提案办理情况的报告，要\n求提高提案质量。\n")
    plain = ("县政协召开主席会议\n6月5日，县政协召开主席会议，县政协主席韩立新主持会议，副主席马永福、赵文静、李嘉颖出席会议。"
             "会议听取了县政协提案委员会关于提案办理情况的报告，要求提高提案质量。\n")
    doc, plain_doc = read_both(tmp_path, pdf + credits, plain + credits)
    assert doc.text == plain_doc.text
    assert facts(doc) == facts(plain_doc)


def test_a_headline_in_brackets_opening_a_wrapped_paragraph_goes_on(tmp_path):
    """【某某会议】5 | 月9日…: text after the bracketed headline makes the line a paragraph's, not a section header;
    a byline whose bracket stays open at the line's end (本报讯(记者 | 马某)) goes on over a blank line."""
    pdf = ("县政协召开重点提案交办会\n【县政协召开重点提案交办会】5\n月9日下午，县政协召开重点提案交办会，县政协副主席陈\n"
           "焕明主持会议，县政协副主席何建浩出席会议。\n会议听取了县政协提案委员会关于提案审查情况的通报，要\n"
           "求各承办单位认真办理。本报讯(记者\n\n马博远)会后，县政协组织委员视察了提案办理情况，\n"
           "察看了部分承办单位的办理台账，听取了有关\n情况介绍。\n")
    plain = ("县政协召开重点提案交办会\n【县政协召开重点提案交办会】5月9日下午，县政协召开重点提案交办会，县政协副主席陈焕明主持会议，"
             "县政协副主席何建浩出席会议。\n会议听取了县政协提案委员会关于提案审查情况的通报，要求各承办单位认真办理。本报讯(记者"
             "马博远)会后，县政协组织委员视察了提案办理情况，察看了部分承办单位的办理台账，听取了有关情况介绍。\n")
    doc, plain_doc = read_both(tmp_path, pdf, plain)
    assert doc.text == plain_doc.text
    assert {"陈焕明", "何建浩", "马博远"} <= set(doc.persons)


def test_justified_lines_spaced_letter_by_letter_read_as_unspaced(tmp_path):
    """A justified line spaces out every character, a name's dot too (热 孜 万 · 艾 拜), and a credit line spaces out
    its fields apart by wider gaps (编 辑 :   木 子): they read as the lines unspaced."""
    spaced = ("县政协召开主席会议\n6月5日，县政协召开主席会议。\n"
              "县 政 协 副 主 席 热 孜 万 · 艾 拜 、 马 永 福 出 席 会 议 。\n"
              "政 协 委 员   张 正 保 : 我 是 从 事 电 商 行 业 的 。\n编 辑 :   木 子\n"
              "要 聚 焦 《 发 展 行 动 计 划 ( 2 0 2 4 — 2 0 2 7 年 ) 》 开 展 调 研 。\n")
    plain = ("县政协召开主席会议\n6月5日，县政协召开主席会议。\n县政协副主席热孜万·艾拜、马永福出席会议。\n"
             "政协委员 张正保:我是从事电商行业的。\n编辑: 木子\n要聚焦《发展行动计划(2024—2027年)》开展调研。\n")
    doc, plain_doc = read_both(tmp_path, spaced, plain)
    assert {"热孜万·艾拜", "马永福", "张正保", "木子"} <= set(doc.persons)
    assert facts(doc) == facts(plain_doc)
    assert "(2024—2027年)" in doc.text   # a dash is spaced as the characters around it
