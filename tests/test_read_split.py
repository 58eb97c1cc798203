"""Stages read, split and context, seen through kg.pipeline.process on small synthetic bulletins.

The bulletins are invented (names, events, issue numbers) and deliberately not from Inner Mongolia: a
平凉 (甘肃) bulletin with a table of contents, the same masthead without one (in GB18030), and a
provincial newspaper page whose articles carry 本报X讯 datelines. Each is processed once per module.
"""
from __future__ import annotations

import pytest

from kg.pipeline import process
from kg.stages.read import ReadError

# A 平凉 bulletin with a table of contents. It is full of what PDF-to-text conversion leaves behind:
# full-width digits and brackets, a space inside a name (鞠 毅), lines broken in mid-sentence (one of them
# inside the name 孙丽娟). The table of contents names 马德林 and 市妇联, which no article mentions.
PINGLIANG_TOC = """\
平凉政协工作动态

第４期

平凉市政协办公室

２０２２年４月１５日

【重要会议】
市政协召开四届十三次常委会议……（２）
市政协副主席马德林带队赴静宁县调研……（３）
【委员风采】
市妇联开展“巾帼建功”主题活动……（５）
委员周红梅：把论文写在苹果园里……（６）

【重要会议】

市政协召开四届十三次常委会议
４月１２日，市政协召开四届十三次常委会议，围绕“推动工业经济高质量发展”开展专
题协商。市政协党组书记、主席王建国主持会议，市政协副主席鞠 毅出席，市政协秘书长孙丽
娟作常委会工作报告。

市政协主席会议成员赴静宁县调研
４月１４日，市政协副主席张振华、李淑芳带队赴静宁县调研苹果产业发展情况，静宁县政协主席高志远陪同。

【委员风采】

委员周红梅：把论文写在苹果园里
周红梅是市政协委员、静宁县果业技术推广中心高级农艺师。多年来，她扎根果园，累计培训果农三千余人次（含线上培训）。
"""

# The masthead of the brief without a table of contents; written in GB18030 as some offices still do.
PINGLIANG_PLAIN = """\
平凉政协工作动态

第3期

2022年3月10日

市政协召开党组理论学习中心组学习会
3月8日，市政协党组书记、主席王建国主持召开党组理论学习中心组学习会。市政协副主席马玉成、李淑芳参加。
"""

# A provincial newspaper page with two cities' news; each article says its city in the dateline only.
NEWSPAPER = """\
甘肃日报

2023年6月5日

天水：政协委员建言苹果产业
本报天水讯（记者 王晓东）6月2日，天水市政协副主席雷振华带队调研苹果产业发展，天水市农业农村局负责同志陪同。

政协委员助力文旅融合发展
本报酒泉讯（记者 刘婷）6月3日，市政协组织部分委员赴敦煌市开展文旅融合发展专题调研。市政协主席杜文军带队，市文旅局负责同志陪同。
"""


def write_and_process(tmp_path_factory, name: str, text: str, encoding: str = "utf-8"):
    path = tmp_path_factory.mktemp("bulletins") / name
    path.write_bytes(text.encode(encoding))
    return process(path)


@pytest.fixture(scope="module")
def toc_doc(tmp_path_factory):
    return write_and_process(tmp_path_factory, "pingliang-2022-04.txt", PINGLIANG_TOC)


@pytest.fixture(scope="module")
def plain_doc(tmp_path_factory):
    return write_and_process(tmp_path_factory, "pingliang-2022-03.txt", PINGLIANG_PLAIN, "gb18030")


@pytest.fixture(scope="module")
def newspaper_doc(tmp_path_factory):
    return write_and_process(tmp_path_factory, "gansu-daily-2023-06-05.txt", NEWSPAPER)


def posts_of(doc, person: str) -> set[tuple[str, str]]:
    return {(p.role, p.org) for p in doc.posts if p.person == person}


def line_offset(doc, line: str) -> int:
    """Offset of the first line of doc.text equal to line (after the table of contents)."""
    after = doc.toc[0][1] if doc.toc else 0
    offset = doc.text.find("\n" + line + "\n", after)
    assert offset >= 0, line
    return offset + 1


# ---------------------------------------------------------------- read

def test_gb18030_is_decoded(plain_doc):
    with pytest.raises(UnicodeDecodeError):
        plain_doc.raw.decode("utf-8")   # the test file really is not UTF-8
    assert plain_doc.encoding == "gb18030"
    assert plain_doc.text.startswith("平凉政协工作动态")
    assert "市政协党组书记、主席王建国主持召开" in plain_doc.text
    assert {"王建国", "马玉成", "李淑芳"} <= set(plain_doc.persons)


def test_nfkc_folds_full_width_digits_and_brackets(toc_doc):
    text = toc_doc.text
    assert toc_doc.encoding == "utf-8"
    assert not any(ch in text for ch in "０１２３４５６７８９（）")
    assert "4月12日" in text and "2022年4月15日" in text and "(含线上培训)" in text
    # the folded digits are read as dates: the issue date and the first article's date
    assert toc_doc.context.date == "2022-04-15"
    assert toc_doc.articles[0].date == "2022-04-12"


def test_pdf_space_inside_a_name_is_removed(toc_doc):
    assert "鞠 毅" not in toc_doc.text and "副主席鞠毅出席" in toc_doc.text
    assert "鞠毅" in toc_doc.persons
    assert not any(name.startswith("鞠") and name != "鞠毅" for name in toc_doc.persons)
    assert posts_of(toc_doc, "鞠毅") == {("副主席", "平凉市政协")}


def test_line_broken_mid_sentence_is_joined(toc_doc):
    text = toc_doc.text
    assert "开展专题协商。" in text
    assert "市政协秘书长孙丽娟作常委会工作报告。" in text
    sentences = [toc_doc.sentence_text(i) for i in range(len(toc_doc.sentences))]
    assert any(s.startswith("4月12日") and s.endswith("开展专题协商。") for s in sentences)
    # the name broken across the two lines is read whole
    assert "孙丽娟" in toc_doc.persons and "孙丽" not in toc_doc.persons
    assert posts_of(toc_doc, "孙丽娟") == {("秘书长", "平凉市政协")}


def test_binary_file_raises_read_error(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 64 >>\nstream\n"
                     + bytes(range(256)) + b"\x00" * 64 + b"\nendstream\nendobj\n")
    with pytest.raises(ReadError, match="binary") as caught:
        process(path)
    assert "scan.pdf" in str(caught.value)


def test_missing_file_raises_read_error(tmp_path):
    with pytest.raises(ReadError, match="cannot read"):
        process(tmp_path / "no-such-bulletin.txt")


# ---------------------------------------------------------------- split

def test_table_of_contents_is_recognised(toc_doc):
    assert len(toc_doc.toc) == 1
    start, end = toc_doc.toc[0]
    toc = toc_doc.text[start:end]
    for entry in ("市政协召开四届十三次常委会议......(2)", "【委员风采】", "委员周红梅:把论文写在苹果园里......(6)"):
        assert entry in toc
    # the masthead stands before it, the first article after it
    assert start > toc_doc.text.index("2022年4月15日")
    assert end <= toc_doc.articles[0].start
    assert all(s.article == -1 for s in toc_doc.sentences if start <= s.start < end)


def test_nothing_is_read_from_the_table_of_contents(toc_doc):
    # 马德林 and 市妇联 are named in the table of contents only
    assert "马德林" not in toc_doc.persons
    assert not any(p.person == "马德林" for p in toc_doc.posts)
    assert not any("妇联" in name for name in toc_doc.organizations)
    start, end = toc_doc.toc[0]
    assert not any(start <= m.start < end for m in toc_doc.person_mentions)
    assert not any(start <= m.start < end for m in toc_doc.org_mentions)


def test_articles_start_at_headlines(toc_doc):
    titles = ["市政协召开四届十三次常委会议", "市政协主席会议成员赴静宁县调研", "委员周红梅:把论文写在苹果园里"]
    assert [a.title for a in toc_doc.articles] == titles
    for article, title in zip(toc_doc.articles, titles):
        assert article.start == line_offset(toc_doc, title)
        assert toc_doc.text[article.start:article.end].startswith(title)
    # each article ends before the next begins, and the last one holds the last paragraph
    for a, b in zip(toc_doc.articles, toc_doc.articles[1:]):
        assert a.end < b.start
    assert toc_doc.text[toc_doc.articles[-1].start:toc_doc.articles[-1].end].endswith("(含线上培训)。")


def test_sections_are_recorded(toc_doc):
    assert [a.section for a in toc_doc.articles] == ["重要会议", "重要会议", "委员风采"]


def test_sentences_belong_to_their_articles(toc_doc):
    doc = toc_doc
    for article in doc.articles:
        mine = [s for s in doc.sentences if s.article == article.index]
        assert mine, article.title
        assert mine[0].headline and doc.text[mine[0].start:mine[0].end] == article.title
        assert not any(s.headline for s in mine[1:])
    text = [doc.sentence_text(i) for i, s in enumerate(doc.sentences) if s.article == 1]
    assert text[1].startswith("4月14日") and text[1].endswith("高志远陪同。")
    assert [doc.sentence_text(i) for i, s in enumerate(doc.sentences) if s.article == 0][1:] == [
        "4月12日,市政协召开四届十三次常委会议,围绕“推动工业经济高质量发展”开展专题协商。",
        "市政协党组书记、主席王建国主持会议,市政协副主席鞠毅出席,市政协秘书长孙丽娟作常委会工作报告。"]


def test_section_headers_are_not_sentences_of_an_article(toc_doc):
    doc = toc_doc
    for i, s in enumerate(doc.sentences):
        if doc.sentence_text(i).startswith("【"):
            assert s.article == -1, doc.sentence_text(i)
    for article in doc.articles:
        assert all(article.start <= s.start and s.end <= article.end
                   for s in doc.sentences if s.article == article.index)


# ---------------------------------------------------------------- context

def test_context_from_masthead_with_table_of_contents(toc_doc):
    ctx = toc_doc.context
    assert (ctx.place, ctx.province, ctx.date, ctx.year) == ("平凉市", "甘肃省", "2022-04-15", 2022)
    assert toc_doc.title == "平凉政协工作动态"


def test_context_from_masthead_without_table_of_contents(plain_doc):
    ctx = plain_doc.context
    assert (ctx.place, ctx.province, ctx.date) == ("平凉市", "甘肃省", "2022-03-10")


def test_first_headline_without_table_of_contents(plain_doc):
    assert [a.title for a in plain_doc.articles] == ["市政协召开党组理论学习中心组学习会"]
    assert plain_doc.articles[0].start == line_offset(plain_doc, "市政协召开党组理论学习中心组学习会")


def test_newspaper_page_of_several_cities_has_no_place(newspaper_doc):
    assert newspaper_doc.context.place is None
    assert newspaper_doc.context.province == "甘肃省"
    assert posts_of(newspaper_doc, "雷振华") == {("副主席", "天水市政协")}


def test_newspaper_dateline_gives_the_article_place(newspaper_doc):
    article = newspaper_doc.articles[-1]
    assert article.title == "政协委员助力文旅融合发展"
    assert article.place in ("酒泉", "酒泉市")
    assert posts_of(newspaper_doc, "杜文军") == {("主席", "酒泉市政协")}
    assert newspaper_doc.organizations["酒泉市文旅局"].kind == "GOVERNMENT"


# A 赤峰 brief whose issue, office and date share one masthead line, with a table of contents under its
# own heading whose entries start with dates and carry no page numbers.
CHIFENG_TITLED_TOC = """\
赤峰政协工作动态
第4期                 赤峰市政协办公室              2023年6月12日

【本期要目】
6月5日 市政协召开主席会议
6月8日 市政协主席带队调研现代农业

市政协召开主席会议
6月5日，市政协党组书记、主席巴特尔主持召开主席会议。

市政协主席带队调研现代农业
6月8日，市政协主席巴特尔带队深入元宝山区调研现代农业发展。
"""


def test_table_of_contents_under_its_own_heading(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "chifeng-2023-06.txt", CHIFENG_TITLED_TOC)
    assert doc.context.date == "2023-06-12"            # from the one-line masthead
    assert [a.title for a in doc.articles] == ["市政协召开主席会议", "市政协主席带队调研现代农业"]
    assert len(doc.toc) == 1 and "6月8日市政协主席带队" in doc.text[doc.toc[0][0]:doc.toc[0][1]]
    # nothing is read from the table of contents: each event is read once, from its article
    assert sorted(e.start for e in doc.events) == ["2023-06-05", "2023-06-08"]


def test_masthead_on_one_line_without_table_of_contents(tmp_path_factory):
    text = CHIFENG_TITLED_TOC.replace("【本期要目】\n6月5日 市政协召开主席会议\n6月8日 市政协主席带队调研现代农业\n\n", "")
    doc = write_and_process(tmp_path_factory, "chifeng-2023-06b.txt", text)
    assert doc.context.date == "2023-06-12"
    assert [a.title for a in doc.articles] == ["市政协召开主席会议", "市政协主席带队调研现代农业"]


def test_dates_in_chinese_numerals_are_read(tmp_path_factory):
    text = CHIFENG_TITLED_TOC.replace("2023年6月12日", "二〇二三年六月十二日").replace("6月5日，", "六月五日，")
    doc = write_and_process(tmp_path_factory, "chifeng-2023-06c.txt", text)
    assert doc.context.date == "2023-06-12"
    assert sorted(e.start for e in doc.events) == ["2023-06-05", "2023-06-08"]


def test_a_range_of_days_in_chinese_numerals_is_read():
    from kg.stages.read import CN_DATE, arabic_date
    assert CN_DATE.sub(arabic_date, "五月十日至十二日，县政协调研组赴某镇调研") == "5月10日至12日，县政协调研组赴某镇调研"
    assert CN_DATE.sub(arabic_date, "五月三十日至六月二日，") == "5月30日至6月2日，"


def test_a_photo_credit_on_a_line_of_its_own_is_no_headline(page_of):
    # the caption's credit stands alone between two paragraphs: the item goes on, its second paragraph is no
    # article of its own (whose 委员 would belong to no committee)
    doc = page_of("自治区政协十三届三次会议开幕\n1月18日，自治区政协十三届三次会议在首府开幕。图为会议现场。\n"
                  "新疆日报记者 李建新 摄\n会前举办“委员通道”采访活动，马海军、艾力·吾买尔等6位政协委员与记者面对面。\n")
    assert len(doc.articles) == 1


def test_the_issuer_and_the_date_on_one_masthead_line_date_the_bulletin(page_of):
    # the office and the date set apart by wide gaps on one line, the gaps gone once PDF spaces are removed
    doc = page_of("平凉政协工作动态\n第6期\n平凉市政协办公室\u3000\u3000\u3000\u30002024年6月12日\n\n"
                  "市政协召开常委会议\n6月10日，市政协召开常委会议。\n")
    assert doc.context.date == "2024-06-12"
    assert [a.title for a in doc.articles] == ["市政协召开常委会议"]
