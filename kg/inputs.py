"""Inputs: the bytes of any supported file to plain text for the read stage.

    text   *.txt   UTF-8, GB18030/GBK, Big5, UTF-16/32: detected, not assumed (see `decode_text`)
    pdf    *.pdf   the text layer, read by pdfminer.six, whose layout analysis keeps columns apart
    docx   *.docx  paragraphs and tables in document order (python-docx)
    html   *.html  a saved web page: its main text without navigation (trafilatura), headed by its title and
                   publication date

The kind is told by the file's first bytes (a PDF named .txt is a PDF), then by its name. Every failure is
a `ReadError` whose message names the file and the cause in one line.
"""
from __future__ import annotations

import codecs
import io
import logging
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.pdf_layout import PageLayout

SUFFIXES = {".txt": "text", ".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html"}

# decodings tried on text without a byte-order mark, in order of preference when two read equally well
ENCODINGS = ("utf-8", "gb18030", "big5", "utf-16-le", "utf-16-be")
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
MIN_CHINESE = 0.7     # share of common hanzi among non-ASCII letters: real text ≥ 0.99, a wrong decoding ≤ 0.5
SAMPLE = 65_536       # bytes judged (an even number, for UTF-16): some 20,000 hanzi, enough to tell
# lines of one PDF text box may stand this many line heights apart: Chinese documents are set at 1.5 to 2
# times the type size, which pdfminer's default (0.5) splits into one box per line
LINE_GAP = 1.0
PAGE_MARGIN = 0.1     # share of the page height at its top and bottom where running headers and footers stand
PAGE_NUMBER = re.compile(r"[\s\-—–―－·•]*(第\s*)?\d{1,4}\s*页?(\s*/\s*(共\s*)?\d{1,4}\s*页?)?[\s\-—–―－·•]*$")
UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)")   # what pdfminer writes for a glyph its font maps to no character
MAX_CHAR_BYTES = 4    # a cut at the end loses at most one character of this many bytes
BINARY_MAGIC = ((b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
                (b"II*\x00", "a TIFF image"), (b"MM\x00*", "a TIFF image"), (b"\x1f\x8b", "gzip data"),
                (b"\xd0\xcf\x11\xe0", "an old binary Word .doc (or other OLE) file: save it as .docx"),
                (b"PK\x03\x04", "a ZIP archive, not a Word .docx file"))
# the line of a web page that says when and by whom it was published, as CPPCC sites print it
PAGE_INFO = re.compile(r"(发布|发表|更新)?(时间|日期)\s*[:：]\s*\d{4}|来\s*源\s*[:：]")
MAX_INFO_LINE = 160
HTML_START = re.compile(rb"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html)[\s>]", re.I | re.S)
DECLARED_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([a-z0-9_-]+)", re.I)


class ReadError(ValueError):
    """The file cannot be read as text; the message names the file and says why."""


@dataclass
class Reading:
    """What a file gave: its text, its kind, the encoding of a text or HTML file, warnings about it and the
    bytes it was read from."""
    text: str
    kind: str                    # text | pdf | docx | html
    encoding: str = ""
    warnings: list[str] = field(default_factory=list)
    raw: bytes = b""


def supported(path: str | Path) -> bool:
    """Whether a file of this name is read (by its suffix, as a folder is searched).

    >>> supported("2024/第3期.PDF"), supported("notes.md")
    (True, False)
    """
    return Path(path).suffix.lower() in SUFFIXES


def kind_of(raw: bytes, path: str | Path) -> str:
    """The kind of a file: by its first bytes, then by its suffix; text when neither tells.

    >>> kind_of(b"%PDF-1.3 ...", "bulletin.txt"), kind_of(b"<html><body>...", "page.htm")
    ('pdf', 'html')
    """
    if raw[:1024].lstrip()[:5] == b"%PDF-":
        return "pdf"
    if raw.startswith(b"PK\x03\x04") and b"word/" in raw[:65536]:
        return "docx"
    suffix = SUFFIXES.get(Path(path).suffix.lower(), "text")
    if suffix == "text" and HTML_START.match(raw[:4096].removeprefix(codecs.BOM_UTF8)):
        return "html"
    return suffix


def read(path: str | Path, raw: bytes | None = None) -> Reading:
    """Read a file (or its bytes already read) into text.

    Raises ReadError naming the file and the cause when it cannot be read or holds no text.

    >>> reading = read("bulletin.txt", "政协工作动态".encode("gb18030"))
    >>> reading.text, reading.kind, reading.encoding
    ('政协工作动态', 'text', 'gb18030')
    """
    path = Path(path)
    if raw is None:
        try:
            raw = path.read_bytes()
        except OSError as e:
            raise ReadError(f"cannot read {path}: {e.strerror or type(e).__name__}") from e
    if not raw or raw.isspace():
        raise ReadError(f"{path}: empty file" + (" (only white space)" if raw else ""))
    kind = kind_of(raw, path)
    try:
        reading = READERS[kind](raw)
    except ReadError as e:
        raise ReadError(f"{path}: {e}") from e
    if not reading.text.strip():
        cause = "empty file (only white space)" if kind == "text" else f"no text in this {kind} file"
        raise ReadError(f"{path}: {cause}")
    reading.warnings = [f"{path}: {w}" for w in reading.warnings]
    reading.raw = raw
    return reading


# --- plain text ----------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def common_hanzi() -> frozenset[str]:
    """The common characters of simplified and traditional Chinese: GB2312 level 1 (3,755 characters) and
    Big5 level 1 (5,401), taken from the codecs themselves."""
    rows = [(bytes([hi, lo]), "gb2312") for hi in range(0xB0, 0xD8) for lo in range(0xA1, 0xFF)]
    rows += [(bytes([hi, lo]), "big5") for hi in range(0xA4, 0xC7)
             for lo in [*range(0x40, 0x7F), *range(0xA1, 0xFF)] if (hi, lo) <= (0xC6, 0x7E)]
    chars = set()
    for pair, encoding in rows:
        try:
            chars.add(pair.decode(encoding))
        except UnicodeDecodeError:
            continue
    return frozenset(chars)


def chinese_ratio(text: str) -> float | None:
    """Share of common hanzi among the non-ASCII letters of text (full-width Latin letters, as GB text writes
    ＧＤＰ, not counted); None when it has none (ASCII text).

    >>> chinese_ratio("市政协召开主席会议"), chinese_ratio("ѧκл־ԶԺʿ"), chinese_ratio("plain ASCII")
    (1.0, 0.0, None)
    """
    common = common_hanzi()
    letters = [c for c in text if c > "\x7f" and not "\uff01" <= c <= "\uff5e" and unicodedata.category(c)[0] == "L"]
    return sum(c in common for c in letters) / len(letters) if letters else None


def looks_like_text(text: str) -> bool:
    r"""Whether text is text, not binary data decoded: a stray control character or two may be in a text
    (Word leaves some), binary data holds them throughout.

    >>> looks_like_text("市政协\x0b召开会议"), looks_like_text("\x00\x01abc\x02\x03")
    (True, False)
    """
    controls = sum(unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v" for c in text)
    return controls <= 2 or controls < 0.05 * len(text)


def _strict_decode(raw: bytes, encoding: str) -> tuple[str, int] | None:
    """raw decoded without replacement, and how many bytes of an incomplete last character were dropped;
    None when it does not decode."""
    try:
        return raw.decode(encoding), 0
    except UnicodeDecodeError as e:
        if e.end < len(raw) or len(raw) - e.start >= MAX_CHAR_BYTES:
            return None
        try:
            return raw[:e.start].decode(encoding), len(raw) - e.start
        except UnicodeDecodeError:
            return None


@dataclass
class Candidate:
    """One encoding judged on the first SAMPLE bytes of a file."""
    encoding: str
    sample: str
    chinese: float | None        # chinese_ratio of the sample
    mess: float                  # charset-normalizer's mess ratio of the sample (0 clean .. 1 garbage)

    @property
    def is_chinese(self) -> bool:
        return self.chinese is not None and self.chinese >= MIN_CHINESE


def _candidate(head: bytes, encoding: str) -> Candidate | None:
    """head judged as text in encoding; None when it does not decode or is binary data."""
    from charset_normalizer.md import mess_ratio
    decoded = _strict_decode(head, encoding)     # a character cut by the sample's end is dropped
    if decoded is None or not looks_like_text(decoded[0]):
        return None
    return Candidate(encoding, decoded[0], chinese_ratio(decoded[0]), mess_ratio(decoded[0], maximum_threshold=1.0))


def decode_text(raw: bytes) -> tuple[str, str, list[str]]:
    """Decode the bytes of a text file: (text, encoding, warnings).

    A byte-order mark decides. Otherwise UTF-8, GB18030/GBK, Big5 and UTF-16 are each tried on the file's
    first SAMPLE bytes, and the encoding kept is the first of `_ranked` that decodes the whole file. Big5
    read as GB18030, or GBK bytes that happen to be valid UTF-8, give rare characters or other scripts and
    lose. Text without Chinese is valid UTF-8 or whatever charset-normalizer finds best. An incomplete last
    character (a file cut short) is dropped with a warning. Raises ReadError with the cause when nothing fits.

    >>> decode_text("臺北市政協".encode("big5"))[:2]
    ('臺北市政協', 'big5')
    >>> decode_text("学魏谢志远院士".encode("gbk"))[:2]     # these bytes are valid UTF-8 too: ѧκл־ԶԺʿ
    ('学魏谢志远院士', 'gb18030')
    """
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            return _decode_with_bom(raw, encoding)
    utf8 = _chinese_utf8(raw)
    if utf8 is not None:   # the first of _ranked whenever it decodes: the others need not be judged
        return utf8[0], "utf-8", _cut_warning(utf8[1])
    candidates = [c for c in (_candidate(raw[:SAMPLE], encoding) for encoding in ENCODINGS) if c]
    for best in _ranked(candidates):
        decoded = _strict_decode(raw, best.encoding)
        if decoded:
            not_chinese = [] if best.is_chinese or best.chinese is None else [
                f"not Chinese text ({best.chinese:.0%} common hanzi in the best reading); read as UTF-8"]
            return decoded[0], best.encoding, _cut_warning(decoded[1]) + not_chinese
    other = _other_encoding(raw)
    if other is None:
        raise ReadError(_undecodable_cause(raw, candidates))
    return other[0], other[1], [f"no Chinese text in any Chinese encoding; read as {other[1]}"]


def _chinese_utf8(raw: bytes) -> tuple[str, int] | None:
    """raw decoded as UTF-8 (and the bytes of a cut last character dropped) when its first SAMPLE bytes read
    as Chinese text in UTF-8; else None."""
    head = _strict_decode(raw[:SAMPLE], "utf-8")
    if head is None or not looks_like_text(head[0]) or (chinese_ratio(head[0]) or 0) < MIN_CHINESE:
        return None
    return _strict_decode(raw, "utf-8")


def _ranked(candidates: list[Candidate]) -> list[Candidate]:
    """The readings that are Chinese (at least MIN_CHINESE common hanzi): UTF-8 first, since other multibyte
    text is hardly ever valid UTF-8 too and when it is (a few GBK characters) its UTF-8 reading is other
    scripts, not hanzi; then by that share, then by charset-normalizer's mess ratio (its measure of garbage,
    on a short text too noisy to rank by first: two stray control characters outweigh the hanzi). After
    them, UTF-8 that is not Chinese."""
    chinese = sorted((c for c in candidates if c.is_chinese),
                     key=lambda c: (c.encoding != "utf-8", -round(c.chinese, 2), c.mess))
    return chinese + [c for c in candidates if c.encoding == "utf-8" and not c.is_chinese]


def _cut_warning(dropped: int) -> list[str]:
    return [f"incomplete last character dropped ({dropped} byte(s); was the file cut short?)"] if dropped else []


def _decode_with_bom(raw: bytes, encoding: str) -> tuple[str, str, list[str]]:
    decoded = _strict_decode(raw, encoding)
    if decoded is None:
        raise ReadError(f"starts with a {encoding} byte-order mark but is not valid {encoding}")
    return decoded[0], encoding.removesuffix("-sig"), _cut_warning(decoded[1])


def _other_encoding(raw: bytes) -> tuple[str, str] | None:
    """charset-normalizer's best guess (text, encoding) for text in no Chinese encoding (Latin-1, Cyrillic...)."""
    from charset_normalizer import from_bytes
    best = from_bytes(raw).best()
    return (str(best), best.encoding) if best is not None and looks_like_text(str(best)[:SAMPLE]) else None


def _undecodable_cause(raw: bytes, candidates: list[Candidate]) -> str:
    for magic, what in BINARY_MAGIC:
        if raw.startswith(magic):
            return f"{what}, not text"
    if not candidates or b"\x00" in raw[:4096]:
        return "binary data, not text in UTF-8, GB18030/GBK, Big5, UTF-16 or any encoding charset-normalizer knows"
    best = max(candidates, key=lambda c: c.chinese or 0)   # judged on the first SAMPLE bytes
    try:
        raw.decode("utf-8")
        utf8 = "UTF-8 with control characters throughout"
    except UnicodeDecodeError as e:
        utf8 = f"not UTF-8 (byte 0x{raw[e.start]:02x} at offset {e.start})"
    return (f"undecodable: {utf8}, and no Chinese encoding gives Chinese text (best: {best.encoding}, "
            f"{best.chinese or 0:.0%} common hanzi, e.g. {best.sample[:12].strip()!r})")


def _read_text(raw: bytes) -> Reading:
    text, encoding, warnings = decode_text(raw)
    return Reading(text, "text", encoding, warnings)


# --- PDF -----------------------------------------------------------------------------------------

def read_pdf(raw: bytes) -> Reading:
    """The text layer of a PDF: text boxes in pdfminer's reading order (a column after the other), a blank
    line between boxes and pages, lines wrapped at the box's right edge joined back, page numbers and
    running headers dropped; what pdfminer notices about the file (a damaged stream, copy protection
    ignored) becomes one warning.

    >>> read_pdf(Path("第3期.pdf").read_bytes()).text.splitlines()[0]     # doctest: +SKIP
    '吉安政协工作动态'
    """
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer
    from pdfminer.pdfdocument import PDFEncryptionError
    from pdfminer.psexceptions import PSEOF, PSException
    if b"%PDF-" not in raw[:1024]:
        raise ReadError("not a PDF: it has no %PDF- header (named .pdf, but another kind of file?)")
    try:
        with _pdfminer_notes() as notes:
            pages = [_page_boxes(page, LTTextContainer)
                     for page in extract_pages(io.BytesIO(raw), laparams=LAParams(line_margin=LINE_GAP))]
    except PDFEncryptionError as e:
        raise ReadError(f"encrypted PDF: {type(e).__name__} (remove the password first)") from e
    except PSEOF as e:
        raise ReadError("damaged PDF: the file ends too early (cut short?)") from e
    except (PSException, ValueError, KeyError, TypeError, AttributeError, IndexError) as e:
        # what a damaged file makes pdfminer raise, deep inside its parser
        raise ReadError(f"damaged PDF: {type(e).__name__}: {' '.join(str(e).split())[:120]}") from e
    text = "\n\n".join("\n\n".join(boxes) for boxes in _without_running_lines(pages))
    if not text.strip():
        raise ReadError(f"PDF of {len(pages)} page(s) with no text layer: run OCR first")
    text, unmapped = UNMAPPED_GLYPH.subn("", text)
    if unmapped and len(text.strip()) < unmapped:
        raise ReadError(f"PDF whose fonts map no glyph to a character ({unmapped} glyphs read as (cid:N)): "
                        "no usable text layer: run OCR first")
    warnings = [f"{unmapped} glyph(s) without a character in the PDF's fonts dropped"] if unmapped else []
    if notes:
        warnings.append(f"pdfminer: {notes[0]}" + (f" (and {len(notes) - 1} more notes)" if len(notes) > 1 else ""))
    return Reading(text, "pdf", warnings=warnings)


@contextmanager
def _pdfminer_notes() -> Iterator[list[str]]:
    """The warnings pdfminer logs while it reads, gathered (one line each) instead of printed on stderr."""
    notes: list[str] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = lambda record: notes.append(
        " ".join(re.sub(r"<_io\.BytesIO object at 0x[0-9a-f]+> ?", "", record.getMessage()).split()))
    logger = logging.getLogger("pdfminer")
    propagate, logger.propagate = logger.propagate, False
    logger.addHandler(handler)
    try:
        yield notes
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def _page_boxes(page, container) -> list[tuple[str, bool]]:
    """(text, whether in the top or bottom margin) of each text box of a page in reading order (kg.pdf_layout),
    but page numbers (in the margin); a box that goes on with the paragraph of the box before (from the foot of
    one column to the head of the next) is one with it."""
    margin = page.height * PAGE_MARGIN
    layout = PageLayout([item for item in page if isinstance(item, container)])
    out: list[tuple[str, bool]] = []
    prev = None
    for item in layout.reading_order():
        text, in_margin = _box_text(item, layout.edges(item)), item.y0 >= page.height - margin or item.y1 <= margin
        if not text.strip() or in_margin and PAGE_NUMBER.match(text):
            continue
        if prev is not None and not in_margin and not out[-1][1] and layout.continues(prev, item):
            out[-1] = (out[-1][0] + _joiner(out[-1][0], text) + text, False)
        else:
            out.append((text, in_margin))
        prev = item
    return out


def _without_running_lines(pages: list[list[tuple[str, bool]]]) -> list[list[str]]:
    """The boxes of each page, a running header or footer (text in the margin of a page that an earlier page
    holds too) kept only where it first stands: on page one it is often the masthead."""
    earlier: set[str] = set()
    out = []
    for boxes in pages:
        out.append([text for text, in_margin in boxes if not (in_margin and text in earlier)])
        earlier |= {text for text, _ in boxes}
    return out


def _box_text(box, edges: tuple[float, float]) -> str:
    """The lines of one pdfminer text box, those that reach the right edge of the text the box stands in (its
    column's, or the page's: EDGES) joined with the next (a wrapped line) unless the next is indented (a new
    paragraph) or the line ends a sentence. Within two characters of the edge counts as reaching it: a line of
    half-width digits ends short of the full-width lines. A box of short lines (a headline over its information
    line) reaches no edge."""
    from pdfminer.layout import LTTextLine
    lines = [line for line in box if isinstance(line, LTTextLine) and line.get_text().strip()]
    out: list[str] = []
    for i, line in enumerate(lines):
        text = line.get_text().strip()
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        em = max(line.height, 1.0)     # one character's width in CJK type
        # a line ending a sentence is left to end there (the next may be a headline that is not indented)
        wrapped = nxt is not None and line.x1 >= edges[1] - 2 * em and nxt.x0 < max(box.x0, edges[0]) + em \
            and text[-1] not in "。！？!?"
        out.append(text + (_joiner(text, nxt.get_text().strip()) if wrapped else "\n"))
    return "".join(out).rstrip("\n")


def _joiner(before: str, after: str) -> str:
    """What joins a wrapped line to the next: nothing in Chinese, a space between Latin words."""
    return " " if before[-1:].isascii() and before[-1:].isalnum() and after[:1].isascii() else ""


# --- Word ----------------------------------------------------------------------------------------

def read_docx(raw: bytes) -> Reading:
    """A Word file's paragraphs and tables in document order; a table row is one line, its cells split by a
    tab (a merged cell once).

    >>> read_docx(Path("名单.docx").read_bytes()).text.splitlines()[:2]     # doctest: +SKIP
    ['出席人员名单', '姓名\t职务']
    """
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    import zipfile
    if raw.startswith(b"\xd0\xcf\x11\xe0"):
        raise ReadError("an old binary Word .doc (or other OLE) file: save it as .docx")
    if not raw.startswith(b"PK\x03\x04"):
        raise ReadError("not a Word .docx file: it is no ZIP archive (named .docx, but another kind of file?)")
    try:
        document = docx.Document(io.BytesIO(raw))
        blocks = [_table_text(block) if isinstance(block, Table) else block.text
                  for block in document.iter_inner_content()]
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as e:
        raise ReadError(f"damaged Word file: {type(e).__name__}: {' '.join(str(e).split())[:120]}") from e
    return Reading("\n".join(blocks), "docx")


def _table_text(table) -> str:
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) not in seen:           # a merged cell is repeated for each grid column it spans
                seen.add(id(cell._tc))
                cells.append(" ".join(cell.text.split()))
        rows.append("\t".join(cells))
    return "\n".join(rows)


# --- HTML ----------------------------------------------------------------------------------------

def read_html(raw: bytes) -> Reading:
    """The main text of a saved web page (trafilatura drops navigation, footers and link lists), headed by
    the page's title and its information line as the page prints it (发布时间：2024-05-30　来源：…), or else
    the date trafilatura finds marked as the page's own.

    >>> read_html(Path("page.html").read_bytes()).text.splitlines()[:2]     # doctest: +SKIP
    ['市政协召开主席会议', '发布时间：2024-05-30 09:12 来源：临川市政协办公室']
    """
    import trafilatura
    markup, encoding, warnings = _decode_html(raw)
    tree = trafilatura.load_html(markup)       # parsed once, for the information line and the extraction
    if tree is None:
        raise ReadError("not an HTML page that can be parsed")
    info = _page_info_line(tree)
    # htmldate's extensive search guesses a date from any year in the page (2024年3月2日 gave 2024-01-01):
    # only a date the page marks as its own heads the text
    page = trafilatura.bare_extraction(tree, with_metadata=True, include_tables=True, include_comments=False,
                                       date_extraction_params={"extensive_search": False, "original_date": True})
    if page is None or not (page.text or "").strip():
        raise ReadError("no main text found in this HTML page")
    title = "" if not page.title or page.text.lstrip().startswith(page.title) else page.title
    header = [title, "" if info and info in page.text else info or (f"发布时间：{page.date}" if page.date else "")]
    return Reading("\n".join([line for line in header if line] + [page.text]), "html", encoding, warnings)


def _page_info_line(tree) -> str | None:
    """The first short text of the page that gives its date or source (发布时间：…, 来源：…), which
    trafilatura counts as boilerplate and drops."""
    for element in tree.iter():
        if element.tag in ("script", "style", "title") or not isinstance(element.tag, str):
            continue
        text = " ".join((element.text or "").split())
        if len(text) <= MAX_INFO_LINE and PAGE_INFO.search(text):
            return text
    return None


def _decode_html(raw: bytes) -> tuple[str, str, list[str]]:
    """A page in the charset it declares, when that decodes it; detected like plain text otherwise."""
    declared = DECLARED_CHARSET.search(raw[:4096])
    if declared:
        name = declared.group(1).decode("ascii").lower()
        name = "gb18030" if name in ("gb2312", "gbk") else name    # GB18030 is a superset both are served as
        try:
            decoded = _strict_decode(raw, codecs.lookup(name).name)
        except LookupError:
            decoded = None
        if decoded and not decoded[1]:
            return decoded[0], name, []
    return decode_text(raw)


READERS = {"text": _read_text, "pdf": read_pdf, "docx": read_docx, "html": read_html}
