"""kg/inputs.py and the read stage on files the tests make: PDFs (reportlab, with its built-in CID font
STSong-Light), a Word file (python-docx), a saved web page, text in several encodings, and broken input.

The bulletin is invented (a 吉安 bulletin); the same text as plain UTF-8 is the reference each other kind of
file must give the same persons and posts as.
"""
from __future__ import annotations

import os
import unicodedata

import pytest

from kg import inputs
from kg.inputs import ReadError
from kg.pipeline import process

MASTHEAD = ["吉安政协工作动态", "第5期", "吉安市政协办公室", "2023年7月20日"]
HEADLINE = "市政协召开五届十次常委会议"
BODY = [
    "7月18日，市政协召开五届十次常委会议，围绕“推进乡村振兴”开展专题协商。市政协党组书记、主席刘建华主持会议，"
    "市政协副主席周丽萍、陈志强出席，市政协秘书长黄明远作常委会工作报告。",
    "会议审议通过了《关于加快发展林下经济的建议》，要求各专委会抓好落实，为全市高质量发展贡献智慧和力量。",
]
BULLETIN = "\n".join(MASTHEAD + ["", HEADLINE] + BODY) + "\n"


def posts(doc) -> set[tuple[str, str, str]]:
    return {(p.person, p.role, p.org) for p in doc.posts}


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    path = tmp_path_factory.mktemp("ref") / "jian.txt"
    path.write_text(BULLETIN, encoding="utf-8")
    doc = process(path)
    assert {"刘建华", "周丽萍", "陈志强", "黄明远"} <= set(doc.persons)   # the reference itself is read right
    return doc


# --- PDF ------------------------------------------------------------------------------------------

def cjk_style(size: float = 11, indent: bool = True):
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return ParagraphStyle("cjk", fontName="STSong-Light", fontSize=size, leading=size * 1.5, wordWrap="CJK",
                          alignment=TA_JUSTIFY, firstLineIndent=2 * size if indent else 0, spaceAfter=size)


def write_pdf(path, lines: list[str], paragraphs: list[str]) -> None:
    """A one-column PDF: short lines (masthead, headline), then justified paragraphs that wrap."""
    from reportlab.lib.pagesizes import A5
    from reportlab.platypus import Paragraph, SimpleDocTemplate
    plain, body = cjk_style(indent=False), cjk_style()
    SimpleDocTemplate(str(path), pagesize=A5).build(
        [Paragraph(line, plain) for line in lines] + [Paragraph(p, body) for p in paragraphs])


def write_two_column_pdf(path, left: str, right: str, width: int = 16) -> None:
    """Two columns drawn line by line across the page (left line, right line, ...), as some layout
    programs write them: the order of the content stream is not the order of reading."""
    from reportlab.pdfgen import canvas
    cjk_style()
    page = canvas.Canvas(str(path))
    page.setFont("STSong-Light", 11)
    rows = [[text[i:i + width] for i in range(0, len(text), width)] for text in (left, right)]
    y = 780
    for i in range(max(map(len, rows))):
        for x, column in zip((40, 310), rows):
            if i < len(column):
                page.drawString(x, y, column[i])
        y -= 15
    page.showPage()
    page.save()


def test_pdf_with_chinese_text_reads_like_the_text_file(tmp_path, reference):
    path = tmp_path / "jian.pdf"
    write_pdf(path, MASTHEAD + [HEADLINE], BODY)
    doc = process(path)
    assert doc.input_kind == "pdf"
    # wrapped lines are joined back: every sentence of the body is whole in the text
    for sentence in BODY[0].split("。")[:-1] + BODY[1].split("。")[:-1]:
        assert unicodedata.normalize("NFKC", sentence) in doc.text
    assert set(doc.persons) == set(reference.persons)
    assert posts(doc) == posts(reference)


def test_running_headers_and_page_numbers_do_not_break_a_sentence(tmp_path, reference):
    from reportlab.lib.pagesizes import A6
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    def first_page(canvas, document):
        canvas.setFont("STSong-Light", 8)
        canvas.drawCentredString(A6[0] / 2, 15, f"— {document.page} —")          # page number

    def later_pages(canvas, document):
        first_page(canvas, document)
        canvas.drawCentredString(A6[0] / 2, A6[1] - 20, "吉安政协工作动态")      # running header

    path = tmp_path / "pages.pdf"
    plain, body = cjk_style(9, indent=False), cjk_style(9)
    SimpleDocTemplate(str(path), pagesize=A6, topMargin=40, bottomMargin=40).build(
        [Paragraph(line, plain) for line in MASTHEAD + [HEADLINE]] + [Paragraph(p, body) for p in BODY * 2],
        onFirstPage=first_page, onLaterPages=later_pages)
    doc = process(path)
    assert doc.text.count("吉安政协工作动态") == 1 and "—" not in doc.text
    for paragraph in BODY:          # one of them runs over a page break
        assert doc.text.count(unicodedata.normalize("NFKC", paragraph)) == 2
    assert posts(doc) == posts(reference)


def test_two_columns_are_read_one_after_the_other(tmp_path):
    left, right = BODY
    path = tmp_path / "columns.pdf"
    write_two_column_pdf(path, left, right)
    text = inputs.read(path).text
    assert left in text and right in text     # neither column is interleaved with the other
    assert text.index(left) < text.index(right)


FRAMED_ITEMS = [
    ("市政协召开五届十二次常委会议",
     ["6月10日，市政协召开五届十二次常委会议，围绕“推进新型工业化”开展专题协商。市政协党组书记、主席韩立新主持会议，"
      "市政协副主席马永福、赵文静、李嘉颖出席，市政协秘书长苏明远作常委会工作报告。会议审议通过了《关于加快发展先进制造业的建议》，"
      "要求各专委会抓好落实。",
      "韩立新强调，要进一步提高协商质量，推动协商成果转化运用，为全市高质量发展贡献智慧和力量。会议还听取了市政府关于工业经济"
      "运行情况的通报，副市长王海涛到会通报情况。"]),
    ("市政协主席会议成员赴某某县调研",
     ["6月11日，市政协副主席马永福带队赴某某县调研乡村振兴工作，某某县政协主席高治国陪同。调研组一行先后来到某某镇某某村、"
      "某某农业科技有限公司，实地察看特色产业发展情况。",
      "马永福指出，要立足资源禀赋，做强特色产业，持续推动乡村全面振兴。"])]


def write_framed_pdf(path, masthead: list[str], items) -> None:
    """A bulletin page as a layout program sets it: the masthead across the top, then two columns (reportlab
    frames) the items flow through, the left one filled first."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph
    width, height = A4
    column = (width - 120) / 2
    document = BaseDocTemplate(str(path), pagesize=A4)
    document.addPageTemplates([PageTemplate(frames=[
        Frame(50, height - 170, width - 100, 120), Frame(50, 60, column, height - 240),
        Frame(70 + column, 60, column, height - 240)])])
    story = [Paragraph(line, cjk_style(11, indent=False)) for line in masthead] + [FrameBreak()]
    for headline, paragraphs in items:
        story += [Paragraph(headline, cjk_style(13, indent=False))] + [Paragraph(p, cjk_style(10.5)) for p in paragraphs]
    document.build(story)


def test_a_page_set_in_two_frames_reads_column_after_column(tmp_path):
    """pdfminer put the head of the right column before the masthead; the page reads masthead, left column, right
    column, a paragraph going on from the foot of one column to the head of the next is one, and a headline under a
    line that ends a sentence near the column's edge is no part of it: the facts are those of the plain text."""
    items = FRAMED_ITEMS * 2
    pdf, plain = tmp_path / "framed.pdf", tmp_path / "plain.txt"
    write_framed_pdf(pdf, MASTHEAD[:2], items)
    plain.write_text("\n".join(MASTHEAD[:2] + [""] + [line for h, ps in items for line in [h] + ps]) + "\n",
                     encoding="utf-8")
    doc, reference = process(pdf), process(plain)
    assert doc.text.startswith(MASTHEAD[0])
    assert [a.title for a in doc.articles] == [a.title for a in reference.articles]
    assert set(doc.persons) == set(reference.persons) and posts(doc) == posts(reference)
    assert [(e.kind, e.start, dict(e.persons)) for e in doc.events] == \
        [(e.kind, e.start, dict(e.persons)) for e in reference.events]


def test_a_headline_over_its_information_line_stays_a_line_of_its_own(tmp_path, reference):
    """The headline and the information line under it make one pdfminer box of short lines: the headline, the
    box's longest line, reaches the box's edge but not the text's, so the two are not joined."""
    from reportlab.lib.pagesizes import A5
    from reportlab.platypus import Paragraph, SimpleDocTemplate
    path = tmp_path / "info.pdf"
    head, body = cjk_style(10, indent=False), cjk_style(10)
    head.spaceAfter = body.spaceAfter = 2     # set close: pdfminer makes one box of the headline and the line under it
    SimpleDocTemplate(str(path), pagesize=A5).build(
        [Paragraph(line, head) for line in (HEADLINE, "时间：2023-07-20")] + [Paragraph(p, body) for p in BODY])
    doc = process(path)
    assert doc.text.startswith(HEADLINE + "\n")
    assert doc.context.date == "2023-07-20"
    assert set(doc.persons) == set(reference.persons)


def test_scanned_pdf_without_text_asks_for_ocr(tmp_path):
    from reportlab.pdfgen import canvas
    path = tmp_path / "scan.pdf"
    page = canvas.Canvas(str(path))
    page.rect(50, 50, 400, 600, fill=1)      # an image-only page: no text layer
    page.showPage()
    page.save()
    with pytest.raises(ReadError, match="no text layer: run OCR first") as caught:
        process(path)
    assert str(path) in str(caught.value)


def test_damaged_pdf_names_the_cause(tmp_path):
    good = tmp_path / "good.pdf"
    write_pdf(good, MASTHEAD, BODY)
    path = tmp_path / "damaged.pdf"
    path.write_bytes(good.read_bytes()[:400])     # cut in the middle of its first object
    with pytest.raises(ReadError, match="PDF") as caught:
        inputs.read(path)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)


def write_protected_pdf(path, user_password: str, text: str, font: str = "STSong-Light") -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas
    cjk_style()
    page = canvas.Canvas(str(path), encrypt=StandardEncryption(user_password, ownerPassword="owner", canCopy=0))
    page.setFont(font, 12)
    page.drawString(50, 700, text)
    page.showPage()
    page.save()


def test_password_protected_pdf_is_named(tmp_path):
    path = tmp_path / "locked.pdf"
    write_protected_pdf(path, "secret", HEADLINE)
    with pytest.raises(ReadError, match="encrypted PDF") as caught:
        inputs.read(path)
    assert str(caught.value).startswith(str(path))


def test_what_pdfminer_notices_is_one_warning_not_stderr_noise(tmp_path, capfd):
    path = tmp_path / "no-copy.pdf"
    write_protected_pdf(path, "", "Jian CPPCC bulletin", font="Helvetica")   # opens, but forbids copying
    reading = inputs.read(path)
    assert reading.text == "Jian CPPCC bulletin"
    assert len(reading.warnings) == 1 and reading.warnings[0].startswith(f"{path}: pdfminer: ")
    assert capfd.readouterr().err == ""


def test_pdf_of_glyph_numbers_only_has_no_usable_text(tmp_path):
    # pdfminer cannot map the glyphs of this encrypted CID-font file to characters: it writes (cid:3431)...,
    # as it does for the many Chinese PDFs whose fonts carry no character map
    path = tmp_path / "glyphs.pdf"
    write_protected_pdf(path, "", HEADLINE)
    with pytest.raises(ReadError, match=r"\(cid:N\)\): no usable text layer: run OCR first"):
        inputs.read(path)


def test_a_pdf_named_txt_is_read_as_pdf(tmp_path, reference):
    pdf = tmp_path / "a.pdf"
    write_pdf(pdf, MASTHEAD + [HEADLINE], BODY)
    path = tmp_path / "bulletin.txt"
    path.write_bytes(pdf.read_bytes())
    doc = process(path)
    assert doc.input_kind == "pdf" and not doc.text.startswith("%PDF")
    assert posts(doc) == posts(reference)


# --- Word -----------------------------------------------------------------------------------------

def test_docx_paragraphs_and_tables_in_order(tmp_path, reference):
    import docx
    document = docx.Document()
    for line in MASTHEAD + ["", HEADLINE, BODY[0]]:
        document.add_paragraph(line)
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["出席人员", "职务", "单位"]):
        cell.text = text
    row = table.rows[1].cells
    row[0].text = "黄明远"
    merged = row[1].merge(row[2])       # one cell over two columns
    merged.text = "市政协秘书长"
    document.add_paragraph(BODY[1])
    path = tmp_path / "jian.docx"
    document.save(path)

    reading = inputs.read(path)
    assert reading.kind == "docx"
    text = reading.text
    assert text.index(BODY[0]) < text.index("出席人员\t职务\t单位") < text.index(BODY[1])
    assert "黄明远\t市政协秘书长\n" in text       # the merged cell once
    doc = process(path)
    assert posts(reference) <= posts(doc)


def test_damaged_docx_names_the_cause(tmp_path):
    import docx
    document = docx.Document()
    document.add_paragraph(BODY[0])
    good = tmp_path / "good.docx"
    document.save(good)
    path = tmp_path / "cut.docx"
    path.write_bytes(good.read_bytes()[:3000])      # a ZIP archive cut short
    with pytest.raises(ReadError, match="damaged Word file") as caught:
        process(path)
    assert str(caught.value).startswith(str(path)) and "\n" not in str(caught.value)


@pytest.mark.parametrize("name, cause", [("a.pdf", "not a PDF"), ("a.docx", "not a Word .docx file")])
def test_a_text_named_pdf_or_docx_is_named(tmp_path, name, cause):
    path = tmp_path / name
    path.write_text(BULLETIN, encoding="utf-8")
    with pytest.raises(ReadError, match=cause):
        inputs.read(path)


def test_old_binary_doc_is_named(tmp_path):
    path = tmp_path / "old.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    with pytest.raises(ReadError, match=r"old binary Word \.doc"):
        inputs.read(path)


# --- HTML -----------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>{headline}_吉安政协网</title></head>
<body>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/news">政协要闻</a></li>
<li><a href="/members">委员风采</a></li><li><a href="/proposals">提案工作</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/news">政协要闻</a></div>
<div class="article">
<h1>{headline}</h1>
<div class="info">发布时间：2023-07-20 10:05　来源：吉安市政协办公室　浏览次数：86</div>
<div class="content">{paragraphs}</div>
</div>
<div class="footer">版权所有：吉安市政协办公室　地址：吉安市吉州区人民路1号　备案号：赣ICP备00000000号</div>
<div class="links">友情链接：<a href="#">全国政协</a> <a href="#">江西省政协</a></div>
</body></html>
"""


@pytest.mark.parametrize("charset", ["utf-8", "gbk"])
def test_html_page_main_text_title_and_date(tmp_path, reference, charset):
    html = PAGE.format(charset=charset, headline=HEADLINE, paragraphs="".join(f"<p>{p}</p>" for p in BODY))
    path = tmp_path / "page.html"
    path.write_bytes(html.encode(charset))
    doc = process(path)
    assert doc.input_kind == "html"
    lines = inputs.read(path).text.splitlines()
    assert lines[:2] == [HEADLINE, "发布时间：2023-07-20 10:05 来源：吉安市政协办公室 浏览次数：86"]
    for boilerplate in ("首页", "当前位置", "版权所有", "友情链接", "备案号"):
        assert boilerplate not in doc.text
    for paragraph in BODY:
        assert unicodedata.normalize("NFKC", paragraph) in doc.text
    assert set(doc.persons) == set(reference.persons)


def test_html_title_inside_the_article_is_not_doubled():
    page = f"<html><body><article><h1>{HEADLINE}</h1><p>{BODY[0]}</p><p>{BODY[1]}</p></article></body></html>"
    text = inputs.read("page.html", page.encode("utf-8")).text
    assert text.splitlines()[:2] == [HEADLINE, BODY[0]]


def test_html_page_keeps_its_information_line_and_guesses_no_date(tmp_path):
    html = PAGE.format(charset="utf-8", headline=HEADLINE, paragraphs="".join(f"<p>{p}</p>" for p in BODY))
    html = html.replace("发布时间：2023-07-20 10:05", "发布日期：2023年7月20日")
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    lines = inputs.read(path).text.splitlines()
    # as the page prints it (trafilatura drops the line; htmldate's guess would be 2023-01-01)
    assert lines[:2] == [HEADLINE, "发布日期：2023年7月20日 来源：吉安市政协办公室 浏览次数：86"]
    assert "发布时间" not in "".join(lines)


# --- plain text -----------------------------------------------------------------------------------

TRADITIONAL = "臺北市政協召開主席會議\n6月5日，市政協主席陳國華主持會議，副主席黃麗娟、劉志遠出席並講話。\n"


@pytest.mark.parametrize("text, encoding, found", [
    (TRADITIONAL, "big5", "big5"),
    (BULLETIN, "gb18030", "gb18030"),
    (BULLETIN, "gbk", "gb18030"),
    (BULLETIN, "utf-16-le", "utf-16-le"),      # no byte-order mark
    (BULLETIN, "utf-16-be", "utf-16-be"),
    (BULLETIN, "utf-16", "utf-16"),            # with one
    (BULLETIN, "utf-8-sig", "utf-8"),
])
def test_encodings_are_detected(text, encoding, found):
    read_text, read_encoding, warnings = inputs.decode_text(text.encode(encoding))
    assert (read_text, read_encoding, warnings) == (text, found, [])


def test_big5_is_not_read_as_gb18030():
    raw = TRADITIONAL.encode("big5")
    raw.decode("gb18030")          # these bytes are valid GB18030 too, which is how they were misread
    assert inputs.decode_text(raw)[0] == TRADITIONAL


def test_gbk_bytes_that_are_valid_utf8_are_read_as_gbk():
    text = "学魏谢志远院士"
    raw = text.encode("gbk")
    assert raw.decode("utf-8") != text    # valid UTF-8 of Cyrillic, Greek and Armenian letters
    assert inputs.decode_text(raw)[:2] == (text, "gb18030")


@pytest.mark.parametrize("encoding", ["utf-8", "gbk", "big5", "utf-16-le"])
def test_cut_last_character_is_dropped_with_a_warning(tmp_path, encoding):
    text = TRADITIONAL.rstrip("\n") if encoding == "big5" else BULLETIN.rstrip("\n")
    path = tmp_path / f"cut-{encoding}.txt"
    path.write_bytes(text.encode(encoding)[:-1])
    reading = inputs.read(path)
    assert reading.text == text[:-1]
    assert len(reading.warnings) == 1 and str(path) in reading.warnings[0] and "cut short" in reading.warnings[0]


def test_empty_and_blank_files_are_errors(tmp_path):
    for name, raw in (("empty.txt", b""), ("blank.txt", b" \r\n\t\n")):
        path = tmp_path / name
        path.write_bytes(raw)
        with pytest.raises(ReadError, match="empty file") as caught:
            process(path)
        assert str(path) in str(caught.value)


@pytest.mark.parametrize("raw, cause", [
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image"),
    (bytes(range(256)) * 16, "binary data"),
    (bytes(range(0x80, 0x100)) * 16, "binary data|undecodable"),
])
def test_undecodable_text_names_the_cause(tmp_path, raw, cause):
    path = tmp_path / "bulletin.txt"
    path.write_bytes(raw)
    with pytest.raises(ReadError, match=cause) as caught:
        inputs.read(path)
    assert str(caught.value).startswith(str(path)) and "\n" not in str(caught.value)


def test_unreadable_entries_raise_read_error(tmp_path):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    with pytest.raises(ReadError, match="cannot read"):
        inputs.read(link)


def test_kind_is_told_by_content_then_by_name():
    assert inputs.kind_of(b"  %PDF-1.4 ...", "x.txt") == "pdf"
    assert inputs.kind_of(b"<!DOCTYPE html><html>", "page.txt") == "html"
    assert inputs.kind_of("政协".encode(), "page.htm") == "html"
    assert inputs.kind_of("政协".encode(), "notes") == "text"
    assert inputs.supported("A.PDF") and inputs.supported("b.htm") and not inputs.supported("c.doc")


def test_broken_link_given_directly_is_named(tmp_path):
    from kg.cli import collect_files
    link = tmp_path / "gone.pdf"
    link.symlink_to(tmp_path / "moved.pdf")
    assert collect_files([str(link)]) == ([], [f"{link}: broken symbolic link (to {tmp_path / 'moved.pdf'})"])


def test_fifo_given_directly_is_not_waited_on(tmp_path):
    from kg.cli import collect_files
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    files, problems = collect_files([str(fifo)])
    assert files == [] and problems == [f"{fifo}: not a regular file (a FIFO, socket or device)"]


# --- kg build: folders and bad input --------------------------------------------------------------

def test_build_of_a_folder_reads_every_kind_and_names_every_bad_entry(tmp_path, capsys):
    import docx
    from kg.cli import main
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text(BULLETIN, encoding="utf-8")
    write_pdf(src / "sub" / "b.PDF", MASTHEAD + [HEADLINE], BODY)
    word = docx.Document()
    for line in MASTHEAD + [HEADLINE] + BODY:
        word.add_paragraph(line)
    word.save(src / "c.docx")
    (src / "d.htm").write_text(PAGE.format(charset="utf-8", headline=HEADLINE, paragraphs=f"<p>{BODY[0]}</p>"),
                               encoding="utf-8")
    (src / "cut.txt").write_bytes(BULLETIN.rstrip("\n").encode("gbk")[:-1])
    (src / "empty.txt").write_bytes(b"")
    (src / "noise.txt").write_bytes(bytes(range(256)) * 8)
    (src / "gone.txt").symlink_to(src / "nowhere.txt")
    os.mkfifo(src / "pipe.txt")
    (src / "notes.md").write_text("not a bulletin", encoding="utf-8")
    (src / ".hidden.txt").write_text(BULLETIN, encoding="utf-8")
    (src / "again").symlink_to(src / "sub")         # a loop, or the same files twice, if followed

    code = main(["build", str(src), "-o", str(tmp_path / "out"), "--no-html"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "built 5 of 7 files" in out and "4 failed" in out      # the summary is printed
    lines = err.strip().splitlines()
    expected = {"gone.txt": "broken symbolic link", "pipe.txt": "not a regular file", "notes.md": "not a kind",
                "empty.txt": "empty file", "noise.txt": "binary data", "cut.txt": "incomplete last character",
                "again": "a link to a folder, not followed"}
    for name, cause in expected.items():
        assert sum(name in line and cause in line for line in lines) == 1, (name, err)
    assert len(lines) == len(expected) and "Traceback" not in err and ".hidden" not in err


def test_pdf_given_directly_is_built_from_its_text(tmp_path, capsys):
    from kg.cli import main
    from kg.store import Store
    path = tmp_path / "jian.pdf"
    write_pdf(path, MASTHEAD + [HEADLINE], BODY)
    assert main(["build", str(path), "-o", str(tmp_path / "out"), "--no-html"]) == 0
    capsys.readouterr()
    with Store(tmp_path / "out", create=False, read_only=True) as store:
        _, rows = store.query('SELECT ?name WHERE { ?p a foaf:Person ; foaf:name ?name }')
        _, titles = store.query('SELECT ?t WHERE { ?b a cppcc:Bulletin ; dcterms:title ?t }')
    assert {"刘建华", "黄明远"} <= {r[0] for r in rows}
    assert not any(str(t[0]).startswith("%PDF") for t in titles)


def test_docstring_examples_hold():
    import doctest
    assert doctest.testmod(inputs).failed == 0
