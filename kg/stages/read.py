"""Stage read: bytes to normalised text.

Turns the file into text (kg/inputs.py: text in any Chinese encoding, PDF, Word, HTML); then normalises what
the page says from how it was put on the page: stray HTML (tags, entities such as &nbsp;), invisible format
characters (zero-width spaces, soft hyphens), Unicode NFKC, two
columns set side by side (kg/columns.py: read one after the other), the pinyin
glosses some sites print after characters (政協(xié)), doubled punctuation, page furniture (navigation paths,
浏览次数, 打印/关闭/分享, 联系电话 and e-mail lines), traditional characters (converted to simplified with OpenCC,
Hong Kong's forms too, when the page is written in them), dates in Chinese numerals; it removes the spaces PDF extraction leaves between
CJK characters (remembering where, since such a space can still separate two names, save in a line spaced out
letter by letter), drops the page numbers and running headers text copied from a PDF keeps between its pages, and
joins lines broken in the middle of a sentence (on a page wrapped at a width, shorter lines than a web page's).

Every step is an edit of the text that keeps, for each character, its offset in the decoded text
(Document.written_at), so a span of the normalised text can be shown as the page wrote it (Document.as_written).
"""
from __future__ import annotations

import html
import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from functools import lru_cache

from kg import columns, inputs
from kg.document import LINE_STOPS, WEB_ADDRESS, Document, is_page_header
from kg.inputs import ReadError  # noqa: F401  (raised here for the callers of this stage)
from kg.lexicon import alternation, byline_bracket, byline_pattern, lexicon, rows

READS = ("path", "raw")
WRITES = ("raw", "encoding", "input_kind", "warnings", "text", "soft_breaks", "written", "written_at", "converted")


CJK = r"\u3400-\u9fff\uf900-\ufaff"
# a run letter-spaced as PDF extraction gives justified text (市 政 协 主 席 宋 建 国): six or more characters,
# each alone between one-character gaps (the same one as written: see letter_spaced_runs)
LETTER_SPACED_CHARS = rf"{CJK}，。、：；！？“”‘’（）《》【】,:;()·•・‧0-9\-/.—–…%"
LETTER_SPACED = re.compile(rf"[{LETTER_SPACED_CHARS}](?P<gap>[ \u3000])[{LETTER_SPACED_CHARS}]"
                           rf"(?:(?P=gap)[{LETTER_SPACED_CHARS}]){{4,}}")
SPACE_BY_PUNCTUATION = re.compile(rf"(?<=[{LETTER_SPACED_CHARS}])[ \u3000](?=[{LETTER_SPACED_CHARS}])")
# three CJK characters parted by single spaces, between wider gaps (two spaces, a tab), a line's ends, a colon or
# punctuation, or after a word of two or more characters and a space (副主席 王 建 国  赵明华, 副主席：王 建 国、):
# one name spaced out to the width of a column, its gaps no breaks
SPACED_OUT_NAME = re.compile(rf"(?:^|(?<=[ \t]{{2}})|(?<=[\t:：、，,])|(?<=[{CJK}]{{2}} ))[{CJK}] [{CJK}] [{CJK}]"
                             rf"(?=[ \t]{{2}}|\t|$|[、，,。；;：:])", re.M)
SPACE_IN_CJK = re.compile(rf"(?<=[{CJK}0-9])[ \t\u3000]+(?=[{CJK}])|(?<=[{CJK}])[ \t\u3000]+(?=[0-9])")
# A line that ends a sentence or a paragraph; a line not ending so, followed by text, was broken.
ENDS_SENTENCE = re.compile(r"[。！？!?；;:：…」”\")）)】]\s*$")
ENDS_WITH_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*星期.)?\s*$")   # a masthead line
STARTS_PARAGRAPH = re.compile(r"^\s*(【|[-•■▲□◆●]|\d{1,2}月\d{1,2}日|\d{4}年|近日|日前|本报|第[一二三四五六七八九十\d]+|[一二三四五六七八九十]+、|抄|送|编|审核|联系|电子)")
# …of those, the marks of a heading or a list item, which start one even inside a page wrapped at a width
STARTS_ITEM = re.compile(r"^\s*(【|[-•■▲□◆●]|[一二三四五六七八九十]+、)")
# A page wrapped at a width (text copied from a PDF): many of its body's lines (from the first with running text's
# marks: its head, a headline and a date, does not count) stop mid-sentence right above the next, and most of those
# are cut out of running text (a comma or a bracket in them: a list of names or captions has none).
# Its lines are continued from a shorter length than a web page's (a share of its width), and the words that
# start a paragraph (a date, 第, 编…) start one only after a line that ends a sentence.
WRAPPED_SHARE = 0.3       # of the lines with a line below
WRAPPED_PUNCTUATED = 0.6  # of those broken lines
WRAPPED_MIN_LINES = 4
RUNNING_TEXT = re.compile(r"[，,、；;。《》“”（）()]")
LABELLED_LINE = re.compile(r"^[^\s:：，,。]{1,6}[:：]")   # a credit or a link under the item (二审:某某, 分享到:), no text cut
WRAPPED_CONTINUES = 0.6  # of the page's width (the median length of its broken lines)
WEB_LINE_CONTINUES = 25  # characters: a shorter line of a web page is a headline or a caption


CN_DIGIT = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_SMALL = r"(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
# …and the last day of a range after it (五月十日至十二日, 五月三十日至六月二日)
CN_DATE = re.compile(rf"(?:([〇零○一二三四五六七八九]{{4}})\s*年\s*)?({CN_SMALL}|元)\s*月(?:\s*({CN_SMALL})\s*日"
                     rf"(?:\s*(至|到|—|-)\s*(?:({CN_SMALL})\s*月\s*)?({CN_SMALL})\s*日)?)?")


# 元月4日: January by its old name, written with its day in digits (元月四日 is CN_DATE's)
FIRST_MONTH = re.compile(r"元(?=月\s*\d{1,2}\s*[日号])")


def cn_number(text: str) -> int:
    """一 .. 三十一: 十 alone is ten, 二十三 twenty-three; 元 (of 元月) is one."""
    if text == "元":
        return 1
    if "十" not in text:
        return CN_DIGIT[text]
    tens, _, ones = text.partition("十")
    return (CN_DIGIT[tens] if tens else 1) * 10 + (CN_DIGIT[ones] if ones else 0)


def arabic_date(m: re.Match) -> str:
    """二〇二一年六月十五日 -> 2021年6月15日, so one date grammar reads every bulletin (a month needs a year or
    a day beside it: 六月 alone stays); the last day of a range too (五月十日至十二日 -> 5月10日至12日)."""
    year, month, day, joint, last_month, last_day = m.groups()
    if not year and not day:
        return m.group()
    out = "".join(str(CN_DIGIT[c]) for c in year) + "年" if year else ""
    out += f"{cn_number(month)}月"
    out += f"{cn_number(day)}日" if day else ""
    if last_day:
        out += joint + (f"{cn_number(last_month)}月" if last_month else "") + f"{cn_number(last_day)}日"
    return out


# a dateline's day in Chinese numerals, without its month (新华社广州一日电, 本报北京十五日讯), and the same day later on
# its line (朱某一日带队…): the item's day as 1日, so the day-alone grammar reads it (一日 elsewhere, 一日游, stays)
CN_DATELINE_DAY = re.compile(rf"(?<=[\u4e00-\u9fff])(?<![月每第])({CN_SMALL})日(?=电|讯)")
CN_DAY_WORD = r"(?<![月每第前近〇零一二三四五六七八九十\d]){day}日(?![电讯游子常三])"


def arabic_dateline_days(r: Rewriting) -> None:
    """新华社广州一日电（记者 某某）某某一日带队… -> 新华社广州1日电（记者 某某）某某1日带队…: a dateline's day in
    Chinese numerals, and that day named again on its line, as digits (each character keeps its offset)."""
    edits = []
    for m in CN_DATELINE_DAY.finditer(r.text):
        line_end = r.text.find("\n", m.end())
        line_end = len(r.text) if line_end < 0 else line_end
        day = re.compile(CN_DAY_WORD.format(day=m.group(1)))
        edits.append((m.start(1), m.end(1), str(cn_number(m.group(1)))))
        edits += [(d.start(), d.end() - 1, str(cn_number(m.group(1)))) for d in day.finditer(r.text, m.end() + 2, line_end)]
    r.apply(sorted(set(edits)))


TRADITIONAL_SHARE = 0.02   # of the CJK characters OpenCC changes: a page written in traditional characters
TRADITIONAL_MIN = 10       # (a simplified page keeps the 昇 or 堃 of a name: they are standard characters too)
# what a page's markup holds that is no text: scripts, styles, comments
MARKUP_BLOCK = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.S | re.I)
MARKUP_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]{0,9})(?:\s[^<>\n]{0,300})?/?>")
BLOCK_TAGS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section"})
ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?")
TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# a pinyin gloss right after a character: 政協(xié), 發(fā)展; its syllable carries a tone mark
PINYIN_GLOSS = re.compile(rf"(?<=[{CJK}])\((?=[a-zü{TONE_MARKS}]*[{TONE_MARKS}])[a-zü{TONE_MARKS}]{{1,7}}\)")
# the dot joining the parts of a transliterated name, spaced (雪克来提 • 扎克尔) or typed as a full stop
# (帕巴拉.格列朗杰): between two CJK characters it is the one name dot
NAME_DOT = re.compile(rf"(?<=[{CJK}])[ \t\u3000]*[·•・‧.．∙⋅][ \t\u3000]*(?=[{CJK}])")


@lru_cache(maxsize=1)
def lost_name_dot() -> re.Pattern:
    """A question mark that a page's encoding left for the name dot (帕巴拉?格列朗杰, 买买提?吾迈尔): between
    characters of transliteration, two on one side and one on the other, read after the page is simplified.

    >>> lost_name_dot().sub("·", "主席帕巴拉?格列朗杰出席, 买买提?吾迈尔说, 怎么办?我们")
    '主席帕巴拉·格列朗杰出席, 买买提·吾迈尔说, 怎么办?我们'
    """
    t = "".join(sorted(lexicon().transliteration_chars))
    return re.compile(rf"(?<=[{t}]{{2}})\?(?=[{t}][{CJK}])|(?<=[{CJK}][{t}])\?(?=[{t}]{{2}})")


# a comma left before another stop (,, ,。 ,、) where a page dropped what stood between them
DOUBLED_STOP = re.compile(r",+(?=[,。;!?、:])|(?<=[。;!?、]),+")
# a navigation path: 首页 > 要闻 >>, 当前位置:福清新闻网 >> 福清两会 >> 正文
BREADCRUMB = re.compile(r"^[^。,，]{0,12}?(?:(?:您的|您当前的|您现在的|当前)?位置\s*[:：]?|首页).*[>»]|^[^。]{0,80}>>[^。]*$"
                        r"|^\s*(?:您的|您当前的|您现在的|当前)(?:所在)?位置\s*[:：]\s*$"   # a path whose links were dropped
                        # …or one link a line (a saved page's navigation): a separator, maybe with its step (> 正文)
                        r"|^\s*[>»|｜]+\s*[^\s。，,:：]{0,8}\s*$")
# a page's list of links to other items under its heading (热门新闻, 相关阅读, 推荐图文), one headline a bulleted line,
# or, closing the page, lines of a headline's length with no stop nor colon (a saved page's list, its bullets gone):
# those headlines are not this page's, and their places are not its place
# (the headlines may stand unbulleted, a short line each with no full stop and a day: 5月28日，某某带队视察…, …会议 2024-05-15;
# a snippet cut short, 本报讯…10月30日，州委召开…就此次“两...; not the page's own header lines (时间：…) and headline
# after 热门图文)
LINK_LIST = re.compile(r"^[ \t]*(?:(?:热门|热点|相关|推荐|最新|精彩|往期|更多)(?:新闻|阅读|文章|图文|资讯|推荐|报道|视频|专题)"
                       r"|新闻推荐|延伸阅读|猜你喜欢|为你推荐)"
                       r"[ \t]*[:：]?[ \t]*\n(?:(?:[^\n。！？!?:：]{4,40}(?:\n|$))+\Z"
                       r"|(?:[ \t]*(?:[-·•▪●][^\n]*|(?![^\n]*[:：])[^\n。！？!?]{0,40}?(?:\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2})"
                       r"[^\n。！？!?]{0,60}|[^\n。！？!?]{2,200}?(?:\.{3}|…+))(?:\n|$))*)", re.M)
# a navigation path that also carries the page's date (您的位置:武隆网 > 时政新闻 > 正文 | 2023-02-28 阅读量:):
# its site (the first step, a place's news site) and its date are the page's header; the rest goes
DATED_BREADCRUMB = re.compile(r"^(?:[^\n。,，>»:：]{0,12}[:：]\s*)?(?:(?P<site>[\u4e00-\u9fff]{2,12}?(?:新闻网|网|在线|融媒|日报|晚报))"
                              r"(?=\s*[>»]))?[^\n。]*?[>»][^\n。]*?(?P<date>(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?!\d))[^\n。]*$", re.M)
# a page's date as its header gives it, a time after it (2024-06-12 10:30)
PAGE_DAY = r"(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?(?![\d:])"
IMAGE_LINE = re.compile(r"^\s*(?:[\w.-]+\.(?:png|jpe?g|gif|bmp|webp)|图片)\s*$", re.IGNORECASE)
EMAIL_LINE = re.compile(r"^.{0,12}[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$")
# a name spaced out on a line of its own (俞 志 平 under a report's title): no continuation of the line before
SPACED_NAME = re.compile(rf"^\s*[{CJK}](?:[ \u3000]+[{CJK}]){{1,3}}\s*$")
LINES = re.compile(r"[^\n]*\n?")


@lru_cache(maxsize=1)
def furniture() -> dict[str, re.Pattern]:
    words = rows("page_furniture.tsv")
    control = alternation(w for w, group in words if group == "control").pattern
    contact = alternation(w for w, group in words if group == "contact").pattern
    # on a header line only words of two characters or more go: 作者：王 中 keeps its 中
    button = alternation(w for w, group in words if group == "control" and len(w) > 1).pattern
    controls = rf"(?:[ \t\[【〖]*(?:{control})[ \t]*[\]】〗]?[ \t]*(?:[:：][ \t]*\d*)?[ \t|/]*)+"
    token = rf"(?<!\S)(?:{button})[ \t]*[:：]?[ \t]*[\d\[\]【】〖〗|]*(?!\S)"
    return {
        "control_token": re.compile(token),
        "control_line": re.compile(rf"^(?:[ \t\[【〖]*(?:{control})[ \t]*[:：]?[ \t]*[\d\[\]【】〖〗|/]*版?)+[ \t]*$"),
        # a contact word with its number, wherever it stands (2026年1月22日 星期四 报料热线:966123)
        "contact_number": re.compile(rf"[ \t]*(?:{contact})[ \t]*[:：]?[ \t]*\(?\d[\d()（） -]{{4,}}\d"),
        # the word and a colon, or the number itself (新闻热线 0891-6325020)
        "contact_line": re.compile(rf"^\s*[•·*-]?\s*(?:{contact})\s*(?:[:：]|(?=[\d(（+]))"),
        # a line of the page's buttons and its date (【打印】【关闭】 2024-06-12, at the foot of some pages)
        "dated_controls": re.compile(rf"^(?P<before>{controls})?[ \t]*(?P<date>{PAGE_DAY})[ \t]*(?P<after>{controls})?[ \t]*$",
                                     re.M),
    }


class Rewriting:
    """Text under normalisation with, for each character, its offset in the text it started as.

    >>> r = Rewriting("政協(xié)")
    >>> r.sub(PINYIN_GLOSS, "")
    >>> r.text, list(r.origin)
    ('政協', [0, 1])
    """

    def __init__(self, text: str):
        self.text = text
        self.origin = array("l", range(len(text)))

    def apply(self, edits) -> list[int]:
        """Replace the (start, end, replacement) spans, sorted and disjoint; returns where each replacement
        now starts. A replacement as long as what it replaces maps character by character, another to the
        replaced characters in turn (the last standing for the rest)."""
        parts, origin, starts, last = [], array("l"), [], 0
        for start, end, new in edits:
            parts.append(self.text[last:start])
            origin.extend(self.origin[last:start])
            starts.append(len(origin))
            parts.append(new)
            if new:
                old = self.origin[start:end] or array("l", [self.origin[start - 1] if start else 0])
                origin.extend(array("l", (old[min(i, len(old) - 1)] for i in range(len(new)))))
            last = end
        if not edits:
            return []
        parts.append(self.text[last:])
        origin.extend(self.origin[last:])
        self.text, self.origin = "".join(parts), origin
        return starts

    def sub(self, pattern: re.Pattern, repl) -> None:
        """Like pattern.sub(repl, text): repl a string or a function of the match."""
        make = repl if callable(repl) else (lambda _m: repl)
        self.apply([(m.start(), m.end(), make(m)) for m in pattern.finditer(self.text)])

    def rearrange(self, runs: list[tuple[int, int, list[tuple[int, int, str]]]]) -> None:
        """Replace each span text[start:end] of RUNS (sorted, disjoint) with pieces of it, (start, end, separator
        before it), in the order given, in one pass over the text; every character keeps its own offset (a
        separator takes the offset of what follows it)."""
        text, origin, last = [], array("l"), 0
        for start, end, pieces in runs:
            text.append(self.text[last:start])
            origin.extend(self.origin[last:start])
            for a, b, separator in pieces:
                text += [separator, self.text[a:b]]
                origin.extend(array("l", [self.origin[a]] * len(separator)))
                origin.extend(self.origin[a:b])
            last = end
        if runs:
            text.append(self.text[last:])
            origin.extend(self.origin[last:])
            self.text, self.origin = "".join(text), origin

    def drop_lines(self, is_furniture) -> None:
        """Remove the lines (with their line break) for which is_furniture(line) holds."""
        edits = []
        for m in LINES.finditer(self.text):
            if m.group() and is_furniture(m.group().rstrip("\n")):
                edits.append((m.start(), m.end(), ""))
        self.apply(edits)


def is_page_furniture(line: str) -> bool:
    """A line of the web page around the text: navigation, buttons, contact lines, image names."""
    f = furniture()
    return bool(line.strip()) and any(p.match(line) for p in (
        f["control_line"], f["contact_line"], BREADCRUMB, IMAGE_LINE, EMAIL_LINE))


RUNNING_LINE_MAX = 30   # characters of a running header or footer (政协工作简报 2024年第3期)


def is_page_number(line: str) -> bool:
    """A line of only a page's number (— 3 —, 第3页 共5页, 3/5, 12), as text copied from a PDF keeps it; a year
    alone (2024) is no page number."""
    line = line.strip()
    return bool(line) and bool(inputs.PAGE_NUMBER.fullmatch(line)) and not re.fullmatch(r"\d{4}", line)


def running_lines(text: str) -> list[tuple[int, int]]:
    """The spans (with their line break) of the page numbers of text copied from a PDF, and of the running header
    or footer beside them: a short line met again beside a page number, kept where it first stands (on page one
    it is often the masthead); with the blank lines around them, so the page's text runs on across the break.
    A headline repeated after a table of contents stands beside no page number.

    >>> text = "政协简报\\n会议指出，要\\n\\n— 1 —\\n政协简报\\n加强学习。\\n"
    >>> [text[a:b] for a, b in running_lines(text)]
    ['\\n', '— 1 —\\n', '政协简报\\n']
    """
    found = [(m.start(), m.end(), m.group().strip()) for m in LINES.finditer(text) if m.group()]
    content = [k for k, (_, _, line) in enumerate(found) if line]
    numbers = {k for k in content if is_page_number(found[k][2])}
    dropped, seen = set(numbers), set()
    for i, k in enumerate(content):
        line = found[k][2]
        beside = i > 0 and content[i - 1] in numbers or i + 1 < len(content) and content[i + 1] in numbers
        if line in seen and beside and len(line) <= RUNNING_LINE_MAX and not line.startswith("【"):
            dropped.add(k)
        seen.add(line)
    return [found[k][:2] for k in sorted(with_blanks_around(dropped, content, len(found)))]


def with_blanks_around(dropped: set[int], content: list[int], count: int) -> set[int]:
    """The numbers of the DROPPED lines and of the blank lines between each and the lines of text (numbered in
    CONTENT, in order) around it, of COUNT lines.

    >>> sorted(with_blanks_around({3}, [0, 3, 5], 7))
    [1, 2, 3, 4]
    """
    out = set(dropped)
    for k in dropped:
        before, after = bisect_left(content, k), bisect_right(content, k)
        out |= set(range(content[before - 1] + 1 if before else 0, k))
        out |= set(range(k + 1, content[after] if after < len(content) else count))
    return out


def unfold_columns(r: Rewriting) -> None:
    """Two columns set side by side (kg.columns) are read one after the other, the left one first."""
    r.rearrange([(run[0][0], run[-1][3], columns.reading_order(r.text, run)) for run in columns.blocks(r.text)])


def keep_breadcrumb_date(r: Rewriting) -> None:
    """Of a navigation path that carries the page's date, keep its site and date (DATED_BREADCRUMB)."""
    edits = []
    for m in DATED_BREADCRUMB.finditer(r.text):
        kept = m.start("site") if m.group("site") else m.start("date")
        edits.append((m.start(), kept, ""))
        if m.group("site"):
            edits.append((m.end("site"), m.start("date"), " "))
        edits.append((m.end("date"), m.end(), ""))
    r.apply([e for e in edits if e[1] > e[0]])


def keep_controls_date(r: Rewriting) -> None:
    """Of a line of the page's buttons and its date (【打印】【关闭】 2024-06-12), keep the date: a page-header line
    (kg.document.PAGE_HEADER) then, as the bare date on its line is.

    >>> r = Rewriting("正文。\\n[打印本页] [关闭窗口] 2024-06-12\\n")
    >>> keep_controls_date(r); r.text
    '正文。\\n2024-06-12\\n'
    """
    edits = []
    for m in furniture()["dated_controls"].finditer(r.text):
        if m.group("before") or m.group("after"):
            edits += [(m.start(), m.start("date"), ""), (m.end("date"), m.end(), "")]
    r.apply([e for e in edits if e[1] > e[0]])


def strip_header_controls(r: Rewriting) -> None:
    """On a page-header line (发布时间:… 来源:… 放大 缩小 关闭 浏览量:), the page's buttons and counters go."""
    token = furniture()["control_token"]
    edits = []
    for line in LINES.finditer(r.text):
        if is_page_header(line.group()):
            edits += [(line.start() + m.start(), line.start() + m.end(), "") for m in token.finditer(line.group())]
    r.apply(edits)


def unmarked(m: re.Match) -> str:
    return "\n" if m.group(1).lower() in BLOCK_TAGS else ""


@lru_cache(maxsize=1)
def t2s():
    """OpenCC's traditional-to-simplified conversion, by way of Hong Kong's forms (hk2s: 衞生 as 卫生, as Hong Kong
    papers print it; a page in the standard forms reads as t2s reads it)."""
    import opencc
    return opencc.OpenCC("hk2s")


def to_simplified(r: Rewriting) -> bool:
    """Convert a page written in traditional characters to simplified (OpenCC, phrase by phrase: 乾隆 stays,
    乾燥 becomes 干燥); a simplified page is left as written. Returns whether it converted."""
    converted = t2s().convert(r.text)
    if converted == r.text:
        return False
    if len(converted) != len(r.text):   # not one character for one: convert line by line, keeping each line's map
        r.apply([(m.start(), m.end(), t2s().convert(m.group())) for m in LINES.finditer(r.text)])
        return True
    changed = [i for i, (a, b) in enumerate(zip(r.text, converted)) if a != b]
    cjk = len(re.findall(f"[{CJK}]", r.text))
    if len(changed) < TRADITIONAL_MIN or len(changed) < TRADITIONAL_SHARE * cjk:
        return False
    r.apply([(i, i + 1, converted[i]) for i in changed])
    return True


@lru_cache(maxsize=1)
def invisible() -> re.Pattern:
    """The format characters a page may hide in its text (zero-width space, joiners, soft hyphen, byte-order mark,
    direction marks: Unicode's Cf), as one class: inside a name (王\u200b建国) they part it.

    >>> invisible().sub("", "主席王\u200b建国、李\ufeff明\u00ad出席")
    '主席王建国、李明出席'
    """
    chars = [chr(c) for c in range(0x80, 0x10000) if unicodedata.category(chr(c)) == "Cf"]
    return re.compile("[" + "".join(chars) + "]")


@lru_cache(maxsize=1)
def not_nfkc() -> re.Pattern:
    """The characters NFKC changes (full-width forms, compatibility ideographs, circled digits…), as one class."""
    ranges = [range(0x80, 0x10000), range(0x2F800, 0x2FA20)]
    chars = [chr(c) for rng in ranges for c in rng
             if not 0xD800 <= c < 0xE000 and not unicodedata.is_normalized("NFKC", chr(c))]
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]")


def nfkc(r: Rewriting) -> None:
    """Unicode NFKC (full-width digits and letters, compatibility forms), character by character so the offset
    map holds."""
    if unicodedata.is_normalized("NFKC", r.text):
        return
    r.apply([(m.start(), m.end(), unicodedata.normalize("NFKC", m.group())) for m in not_nfkc().finditer(r.text)])


def letter_spaced_runs(r: Rewriting, written: str) -> list[tuple[int, int]]:
    """The spans of r.text letter-spaced (LETTER_SPACED) with one and the same gap in WRITTEN, the text r
    started as: NFKC made every ideographic space a space, and 王　伟 李　明 mixes two."""
    return [m.span() for m in LETTER_SPACED.finditer(r.text)
            if len({written[r.origin[k]] for k in range(m.start() + 1, m.end(), 2)}) == 1]


# a field of a line spaced out letter by letter (编 辑 :   木 子: two fields, parted by a wider gap)
SPACED_FIELD = re.compile(rf"[{LETTER_SPACED_CHARS}](?: [{LETTER_SPACED_CHARS}])+")
SPACED_LINE_MIN = 5   # characters spaced out in two or more fields of a line: fewer are two padded names (王 伟   李 明)


def spaced_fields(r: Rewriting, written: str) -> set[tuple[int, int]]:
    """The gaps inside the fields of the lines spaced out letter by letter throughout, their fields parted by wider
    gaps (编 辑 :   木 子, 政 协 委 员   张 正 保 : 我 是 …), each gap one and the same character as written."""
    gaps = set()
    for line in LINES.finditer(r.text):
        fields = list(SPACED_FIELD.finditer(r.text, line.start(), line.start() + len(line.group().rstrip())))
        spaced = sum((f.end() - f.start() + 1) // 2 for f in fields)
        if len(fields) < 2 or spaced < SPACED_LINE_MIN or spaced != len("".join(line.group().split())):
            continue   # some of the line is no spaced field: a line of words parted by spaces
        inner = [k for f in fields for k in range(f.start() + 1, f.end(), 2)]
        if len({written[r.origin[k]] for k in inner}) == 1:
            gaps |= {(k, k + 1) for k in inner}
    return gaps


def collapse_letter_spacing(r: Rewriting, written: str) -> None:
    """The gaps of the letter-spaced runs and fields go (as remove_cjk_spaces would take them), before the name dots
    are read: 热 孜 万 · 艾 拜 spaces its dot as every character, and the dot read first would part the run in two.

    >>> r = Rewriting("副 主 席 热 孜 万 · 艾 拜 出 席")
    >>> collapse_letter_spacing(r, r.text); r.text
    '副主席热孜万·艾拜出席'
    >>> r = Rewriting("编 辑 :   木 子")
    >>> collapse_letter_spacing(r, r.text); r.text
    '编辑:   木子'
    """
    gaps = {m.span() for a, b in letter_spaced_runs(r, written) for m in SPACE_BY_PUNCTUATION.finditer(r.text, a, b)}
    r.apply([(start, end, "") for start, end in sorted(gaps | spaced_fields(r, written))])


def remove_cjk_spaces(r: Rewriting, written: str) -> set[int]:
    """Remove the spaces PDF extraction leaves inside CJK text; returns where they stood, save inside a
    letter-spaced run, where a space says nothing of where a word or a name ends, and inside three characters
    spaced out between wider gaps (副主席 王 建 国  赵明华: a name of a leadership list).

    >>> text = "主席王 伟、副主席宋 建 国 主 持 会 议"
    >>> r = Rewriting(text)
    >>> sorted(remove_cjk_spaces(r, text)), r.text
    ([3], '主席王伟、副主席宋建国主持会议')
    """
    in_run = {m.span(): False for m in SPACE_IN_CJK.finditer(r.text)}
    for a, b in letter_spaced_runs(r, written):   # every gap of a run goes, beside punctuation too (宋 建 国 ，
        in_run.update({m.span(): True for m in SPACE_BY_PUNCTUATION.finditer(r.text, a, b)})   # 副), none a break
    for m in SPACED_OUT_NAME.finditer(r.text):
        in_run.update({(k, k + 1): True for k in (m.start() + 1, m.start() + 3)})
    edits = sorted(in_run)
    starts = r.apply([(start, end, "") for start, end in edits])
    return {start for start, span in zip(starts, edits) if not in_run[span]}


# a byline word spaced out as a page sets it (（记 者：张某）)
SPACED_BYLINE_WORD = re.compile(r"(?<=[(（【])[ \t\u3000]*记[ \t\u3000]+者")


def one_each_side(text: str, start: int, end: int) -> bool:
    """The space text[start:end] stands between two characters that stand alone ((文/房 强)): a name of two set to
    the width of three, not two names."""
    return not re.match(f"[{CJK}]", text[start - 2:start - 1]) and not re.match(f"[{CJK}]", text[end + 1:end + 2])


def separate_byline_names(r: Rewriting) -> None:
    """In a bracketed byline a space separates two names (（记者：杨海 吴凤至）): it becomes 、, not a PDF artefact."""
    r.sub(SPACED_BYLINE_WORD, "记者")
    edits = []
    word_before = re.compile(rf"(?:{byline_pattern().pattern})$")
    for m in byline_bracket().finditer(r.text):
        if LETTER_SPACED.search(m.group(1)):
            continue   # （滁 州 网 记 者 吕 静 远）: every character spaced, no space parts two names
        edits += [(m.start(1) + s.start(), m.start(1) + s.end(), "、")
                  for s in re.finditer(rf"(?<=[{CJK}])[ \t\u3000]+(?=[{CJK}])", m.group(1))
                  if not word_before.search(m.group(1), 0, s.start())   # 见习记者 汪某: a word and its name
                  and not one_each_side(m.group(1), s.start(), s.end())]
    r.apply(edits)


def unspaced(line: str) -> str:
    """LINE as it reads once remove_cjk_spaces has run: what is decided before it (a line's length, whether
    it ends with a date) must not count the spaces of a letter-spaced line (发 布 时 间 ： 2 0 1 6 - 1 1 - 0 3)."""
    return SPACE_IN_CJK.sub("", LETTER_SPACED.sub(lambda m: m.group().replace(m.group("gap"), ""), line))


BRACKET_CLOSED = re.compile(r"\s*[^()（）\n]{0,20}[)）]")   # a line closing a bracket the line before opened


@lru_cache(maxsize=1)
def credit_end() -> re.Pattern:
    """The end of a line a credit closes: a closing word of person_triggers.tsv (摄, 摄影报道) after a space, a
    slash or a reporter's name (郑某 摄, 张某/摄, 记者张某摄), or 供图 or 摄 after the caption's sentence (…会议现场。
    某某新闻办公室供图): the photo's caption ends there, whatever follows."""
    words = alternation(lexicon().person_triggers["closes"]).pattern
    return re.compile(rf"(?:(?:[ \t\u3000/]|记者[{CJK}]{{2,4}})(?:{words})|[。！？][^。！？]{{2,30}}(?:供图|摄))\s*$")


@lru_cache(maxsize=1)
def open_byline_end() -> re.Pattern:
    """The end of a line a bracketed byline left open closes, its names parted by spaces ((记者 张某 李某): the
    item's credit; the next line, unless it closes the bracket, is no part of it."""
    words = byline_pattern().pattern
    return re.compile(rf"[(（](?:{words})[ \t\u3000:：]*[{CJK}][{CJK} \t\u3000]{{1,40}}$")


def wrapped_width(text: str) -> float | None:
    """The width a page is wrapped at (WRAPPED_SHARE), as the median length of its lines stopping mid-sentence
    right above another; None for a page whose lines are its paragraphs, or a list.

    >>> wrapped_width("3月5日，市政协主席王\\n某主持会议并讲话，副\\n主席李某、赵某出席\\n会议。会议听取了\\n工作报告。\\n")
    9.5
    """
    written = [line.strip() for line in text.split("\n")]
    lines = [unspaced(line) for line in written]
    body = next((k for k, line in enumerate(lines) if RUNNING_TEXT.search(line)), len(lines))
    written, lines = written[body:], lines[body:]
    content = [line for line in lines[:-1] if line]
    broken = sorted((len(a), bool(RUNNING_TEXT.search(a))) for w, a, b in zip(written, lines, lines[1:])
                    if a and b and not ENDS_SENTENCE.search(a) and not credit_end().search(w) and not is_page_header(a)
                    and not LABELLED_LINE.match(a))
    if len(broken) < max(WRAPPED_MIN_LINES, WRAPPED_SHARE * len(content)) \
            or sum(cut for _, cut in broken) < WRAPPED_PUNCTUATED * len(broken):
        return None
    return (broken[(len(broken) - 1) // 2][0] + broken[len(broken) // 2][0]) / 2


CLOSING_MARKS = "」”\")）)】"
OPENING_MARKS = "「“\"(（【"
STOPS = LINE_STOPS + "…"   # and an ellipsis, which a PDF box may end with and go on in the next (pdf_layout)
CUT_MARKS = re.compile(r"[,，、;；]")   # of running text (a headline has none)


def ends_paragraph(line: str, width: float | None) -> bool:
    """LINE ends a sentence (ENDS_SENTENCE); in the body text of a page wrapped at a width, a bracket or a quote closed
    in mid-sentence does not (召开了党组(扩大) | 集中学习会议): only one closing a sentence (…。”) or standing after one
    (。(王某)).

    >>> ends_paragraph("会议召开了党组(扩大)", 30.0), ends_paragraph("会议召开了党组(扩大)", None), ends_paragraph("通过。(王某)", 30.0)
    (False, True, True)
    """
    if not ENDS_SENTENCE.search(line):
        return False
    inner = line.rstrip().rstrip(CLOSING_MARKS)
    if not width or len(inner) == len(line.rstrip()) or inner[-1:] in STOPS:
        return True
    opening = max(inner.rfind(mark) for mark in OPENING_MARKS)
    return opening <= 0 or inner[opening - 1] in STOPS


def long_enough(prev: str, width: float | None) -> bool:
    """PREV, a line with a line right below it, is long enough to go on there: on a web page WEB_LINE_CONTINUES; on a
    page wrapped at WIDTH a share of it, or any line cut out of running text (a comma in it)."""
    if not width:
        return len(prev) >= WEB_LINE_CONTINUES
    return len(prev) >= min(WEB_LINE_CONTINUES, WRAPPED_CONTINUES * width) or bool(CUT_MARKS.search(prev))


# a 【section】 header, or one broken before its 】: no text after a headline set in brackets (【某某会议】5 | 月9日…)
SECTION_OPENS = re.compile(r"^【(?:[^】]*|.*】)$")
# a bracket opened near the end of a line and not closed there: a byline whose name the next line gives (本报讯(记者)
OPEN_BRACKET_END = re.compile(r"[(（][^()（）]{0,10}$")


def runs_on(prev: str, line: str, blank_between: bool) -> bool:
    """LINE goes on PREV whatever their lengths: it opens with a colon (作者 | ：王某), or PREV leaves a bracket open
    at its end that LINE closes (本报讯(记者 | 马某)), even over a blank line, save when LINE is a page's header line.

    >>> runs_on("本报讯(记者", "马某)10月23日，州政协召开常委会。", True), runs_on("会议指出(一)", "要加强学习。", False)
    (True, False)
    """
    if line[:1] in ":：" and not blank_between and not ENDS_SENTENCE.search(prev):
        return True
    return bool(OPEN_BRACKET_END.search(prev) and BRACKET_CLOSED.match(line)) and not ENDS_SENTENCE.search(prev) \
        and not is_page_header(line)


def joins(prev: str, line: str, blank_between: bool, width: float | None = None) -> bool:
    """Whether line continues prev, a line stopping mid-sentence; across blank lines (a page break) only when
    prev is clearly body text: long, or punctuated like a paragraph. On a page wrapped at WIDTH
    (wrapped_width) a shorter line continues, and a date starts no paragraph after body text; some lines go on
    whatever their lengths (runs_on). A web address (a page saved with it on its first line)
    stands alone, and so does a caption a credit closes (…报到 本报记者 郑某 摄, …会议现场。某某办公室供图) and an
    item a byline left open closes (…讨论。(记者 张某 李某)."""
    if credit_end().search(prev) or open_byline_end().search(prev.rstrip()) and not BRACKET_CLOSED.match(line):
        return False
    prev, spaced_line, line = unspaced(prev.strip()), line, unspaced(line)
    if runs_on(prev, line, blank_between):
        return True
    body_like = len(prev) >= 40 or (len(prev) >= 20 and re.search(r"[。,，;；]", prev))
    starts = STARTS_ITEM if width and body_like else STARTS_PARAGRAPH
    # a headline (寄语“充满希望”) is no running text: its closing quote ends it
    return bool(body_like if blank_between else long_enough(prev, width)) \
        and not ends_paragraph(prev, width if CUT_MARKS.search(prev) else None) \
        and not ENDS_WITH_DATE.search(prev) and not starts.match(line) \
        and not prev.startswith(("-", "——")) and not SECTION_OPENS.match(prev) and not SPACED_NAME.match(spaced_line) \
        and not is_page_header(prev) and not is_page_header(line) and not WEB_ADDRESS.fullmatch(prev)


def join_broken_lines(r: Rewriting) -> None:
    """Join a line that stops mid-sentence with the next; the indentation and trailing blanks of lines go (　　本报讯(记者
    | 　　马某): a paragraph's indentation says nothing the line breaks do not). A single space the page left
    at the break stays (李 | 嘉 颖: a name spaced out across the break, its space a PDF's like the others)."""
    edits, width = [], wrapped_width(r.text)
    prev, prev_end, blanks = None, 0, []   # the text of the last line with content and where that content ends
    for m in LINES.finditer(r.text):
        line = m.group().rstrip("\n")
        end = m.start() + len(line)
        if not line.strip():
            blanks.append((m.start(), end))
            continue
        content_start, content_end = m.start() + len(line) - len(line.lstrip()), m.start() + len(line.rstrip())
        if prev is not None and joins(prev, line.strip(), bool(blanks), width):
            gap = r.text[prev_end:content_start].replace("\n", "")
            edits.append((prev_end, content_start, " " if gap == " " and not blanks else ""))
            prev += line.strip()
        else:
            if prev is not None:
                edits += [(s, e, "") for s, e in blanks if e > s]
            edits += [(m.start(), content_start, "")] if content_start > m.start() else []
            prev = line.strip()
        edits += [(content_end, end, "")] if content_end < end else []
        prev_end, blanks = content_end, []
    edits += [(s, e, "") for s, e in blanks if e > s]
    r.apply(sorted(set(edits)))


def normalise(doc: Document, text: str) -> None:
    """Fill doc.text (and its map to the page as written) from the decoded text."""
    r = Rewriting(text.replace("\r\n", "\n").replace("\r", "\n"))
    doc.written = r.text
    r.sub(MARKUP_BLOCK, "")
    r.sub(MARKUP_TAG, unmarked)
    for _ in range(2):   # &amp;nbsp; escaped twice
        r.sub(ENTITY, lambda m: html.unescape(m.group()))
    r.sub(invisible(), "")
    r.sub(re.compile("[\u2028\u2029]"), "\n")   # Unicode's line and paragraph separators
    unfold_columns(r)   # before NFKC: a column's width is counted in the characters the page was laid out in
    nfkc(r)
    r.sub(re.compile(r"[\u00a0*]"), lambda m: " " if m.group() == "\u00a0" else "")
    r.sub(PINYIN_GLOSS, "")
    r.sub(DOUBLED_STOP, "")
    collapse_letter_spacing(r, doc.written)
    r.sub(NAME_DOT, "·")
    keep_breadcrumb_date(r)
    r.sub(furniture()["contact_number"], "")
    strip_header_controls(r)
    keep_controls_date(r)
    doc.converted = to_simplified(r)
    r.sub(lost_name_dot(), "·")
    r.apply([(a, b, "") for a, b in running_lines(r.text)])
    r.drop_lines(is_page_furniture)   # after simplifying: a traditional page's 聯繫電話 is a 联系电话 line too
    r.sub(LINK_LIST, "")
    r.sub(CN_DATE, arabic_date)
    r.sub(FIRST_MONTH, "1")
    arabic_dateline_days(r)
    join_broken_lines(r)
    separate_byline_names(r)
    doc.soft_breaks = remove_cjk_spaces(r, doc.written)
    doc.text, doc.written_at = r.text, r.origin


def run(doc: Document) -> None:
    reading = inputs.read(doc.path, doc.raw or None)
    text, doc.raw, doc.encoding, doc.input_kind = reading.text, reading.raw, reading.encoding, reading.kind
    doc.warnings.extend(reading.warnings)
    normalise(doc, text)
