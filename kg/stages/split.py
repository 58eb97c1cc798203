"""Stage split: table of contents, 【section】 headers, articles (headline + body) and sentences.

A table of contents is a run of entries ending in page numbers ("……（13）", "- …(4)") with the
section headers between them, or the lines under a heading of its own (【本期要目】, 目录); it repeats what the articles say, sometimes wrongly, so later stages
read nothing from it. A headline is a short line without closing punctuation that a paragraph follows (not a photo's
credit on a line of its own under a paragraph: 某某社记者 张某 摄).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from kg.document import Article, Document, Sentence, is_page_header
from kg.lexicon import byline_pattern
from kg.stages.read import credit_end

READS = ("text",)
WRITES = ("title", "toc", "masthead", "articles", "sentences")

TOC_ENTRY = re.compile(r"(\.{3,}|…+|-{3,}|—{2,})\s*\(?\s*\d{1,3}\s*\)?\s*$|^\s*[-•]\s.*\(\s*\d{1,3}\s*\)\s*$")
# a 【section】 header; not a credit in the same brackets (【责任编辑：张某】, byline_words.txt), whose names a sentence keeps
SECTION = re.compile(rf"^\s*【(?!\s*(?:{byline_pattern().pattern})\s*[:：/])([^】]{{1,20}})】\s*$")
# the distribution list and credits that close a bulletin: they belong to the bulletin, not the last article
TRAILER = re.compile(r"^\s*(抄送|抄报|抄|送|报|发)\s*[:：]")
# the credit line that closes a bulletin, the bulletin's own and not its last article's: （州政协办公室 编）
CLOSING_CREDIT = re.compile(r"^\s*[(（][^()（）]{2,30}?(?:编|供稿|整理|撰稿|责任编辑[^()（）]*)[)）]\s*$")
# a sentence ends at 。！？, and at ； when a date follows: an annual review lists dated items in one sentence
SENTENCE_END = re.compile(r"[。！？!?]+[”’」』\"]?|[；;](?=\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)")
# a line ending in punctuation ends a paragraph, a credit after it too (…建言献策。（吴林）)
ENDS_PARAGRAPH = re.compile(r"[。！？!?…;；:：,，、]\s*[”’」』\")）]?\s*(?:[(（][^()（）\n]{1,20}[)）])?\s*$")
HEADLINE_MAX = 70
# masthead lines that are no headline: the issue number and the date standing alone
# an issue's date: 2023年6月12日, 2023.6.12, 2023/06/12, 二〇二三年六月十二日
ISSUE_DATE = (r"(?:[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日|[0-9]{4}[./-][0-9]{1,2}[./-][0-9]{1,2}"
              r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)(?:\s*星期.)?")
MASTHEAD_LINE = re.compile(r"^\s*(?:(?:总\s*)?第\s*[0-9０-９一二三四五六七八九十百]+\s*期|" + ISSUE_DATE + r")\s*$"
                           # or all on one line: 第4期   赤峰市政协办公室   2023年6月12日
                           r"|^\s*(?:总\s*)?第\s*[0-9一二三四五六七八九十百]+\s*期[^，。,]{0,30}?" + ISSUE_DATE + r"\s*$"
                           # or the office that issues it and the date: 某市政协办公室编　2024.12.20, 某某市政协办公室　　2024年6月12日
                           r"|^\s*[^，。,\d]{2,30}?(?:办公室|办公厅|秘书处|研究室|委员会|政协|编印|编|印发)\s*" + ISSUE_DATE + r"\s*$")
# a table of contents under a heading of its own (【本期要目】, 目录), its entries without page numbers
TOC_HEADING = re.compile(r"^\s*【?\s*(?:本期)?(?:目\s*录|要\s*目|导\s*读)\s*】?\s*$")


def lines_with_offsets(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


def find_titled_toc(lines) -> tuple[int, int] | None:
    """A table of contents under its heading: the short lines after it, up to the first blank line."""
    for i, (_, _, line) in enumerate(lines[:60]):
        if TOC_HEADING.match(line):
            last = i
            for j in range(i + 1, len(lines)):
                entry = lines[j][2].strip()
                if not entry:
                    if last > i:
                        break
                    continue
                if len(entry) > HEADLINE_MAX or ENDS_PARAGRAPH.search(entry):
                    break
                last = j
            return (i, last) if last > i else None
    return None


def find_toc(lines) -> tuple[int, int] | None:
    """Index range [first, last] of the lines that form the table of contents, if any."""
    titled = find_titled_toc(lines)
    if titled:
        return titled
    entries = [i for i, (_, _, line) in enumerate(lines) if TOC_ENTRY.search(line)]
    if len(entries) < 3:
        return None
    first = last = entries[0]
    for i in entries[1:]:
        gap = [lines[j][2] for j in range(last + 1, i)]
        # between entries only blank lines, section headers and wrapped entry text may stand
        if all(not g.strip() or SECTION.match(g) or len(g.strip()) <= HEADLINE_MAX and not ENDS_PARAGRAPH.search(g)
               for g in gap) and len([g for g in gap if g.strip() and not SECTION.match(g)]) <= 2:
            last = i
        else:
            break
    if len([i for i in entries if first <= i <= last]) < 3:
        return None
    # a section header directly before the first entry belongs to it
    while first > 0 and (not lines[first - 1][2].strip() or SECTION.match(lines[first - 1][2])):
        first -= 1
    return first, last


# the caption a page leaves where its photo stood (会议现场, 调研现场, 活动掠影; the headline again with its photo's
# number, 某某开展视察活动(图1)): no headline of a new item
PHOTO_CAPTION = re.compile(r"^(?:.{0,12}(?:现场|会场|掠影|剪影|合影|一角)|.*[(（]图\s*[\d一二三四五六七八九十]{1,2}[)）])$")
# a line opening with a day of the year and a comma (11月11日，全省政协…推进会在黄石市召开) is a lead whose full stop is
# missing, no headline (a headline puts no comma after its date: 3月6日县政协召开主席会议)
DATED_LEAD = re.compile(r"^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*(?:至|—|-)\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日)?"
                        r"\s*(?:上午|下午|晚上)?\s*[，,]")


def is_headline(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= HEADLINE_MAX and not ENDS_PARAGRAPH.search(s) and not s.startswith(("▲", "■", "(", "（")) \
        and not PHOTO_CAPTION.match(s) and not DATED_LEAD.match(s)


@dataclass
class Layout:
    """What split tells of each line index: headline, masthead (title, 第3期, date) or a web page's header line."""
    headlines: set[int] = field(default_factory=set)
    masthead: set[int] = field(default_factory=set)
    page_header: set[int] = field(default_factory=set)


def headline_block(lines, nonblank: list[int], k: int, layout: Layout, masthead_possible: bool) -> int:
    """Take the block of short lines from nonblank[k]: the lines of one headline when a paragraph follows;
    page-header lines (发布时间：…) inside or under it are set apart. Returns the index after the block."""
    def line(j: int) -> str:
        return lines[nonblank[j]][2]
    if k and ENDS_PARAGRAPH.search(line(k - 1).strip()) and credit_end().search(line(k).strip()):
        return k   # a photo's credit on a line of its own under a paragraph (某某社记者 张某 摄): the item goes on
    block = []
    while k < len(nonblank) and not SECTION.match(line(k)) and (is_headline(line(k)) or is_page_header(line(k).strip())):
        if is_page_header(line(k).strip()):
            layout.page_header.add(nonblank[k])
        else:
            block.append(nonblank[k])
        k += 1
    if block and masthead_possible:
        # without a table of contents the masthead (title, 第3期, date) opens the first block
        # (a block that ends with the date has no headline: the first article starts without one)
        dated = [j for j, i in enumerate(block) if MASTHEAD_LINE.match(lines[i][2])]
        if dated:
            layout.masthead.update(range(block[0], block[dated[-1]] + 1))
            block = block[dated[-1] + 1:]
    followed_by_body = k < len(nonblank) and not is_headline(line(k))
    if block and followed_by_body and len(block) <= 4:
        layout.headlines.update(block)
    return k


def find_layout(lines, skip_until: int, has_toc: bool) -> Layout:
    """Headline blocks: consecutive short lines followed by a paragraph; the masthead and page-header lines."""
    layout = Layout()
    nonblank = [i for i, (_, _, line) in enumerate(lines) if line.strip() and i > skip_until]
    k = 0
    while k < len(nonblank):
        if SECTION.match(lines[nonblank[k]][2]):
            k += 1
            continue
        after = headline_block(lines, nonblank, k, layout,
                               masthead_possible=not has_toc and not layout.headlines and not layout.masthead)
        k = after if after > k else k + 1
    return layout


def build_articles(lines, skip_until: int, layout: Layout) -> list[Article]:
    """One article per headline (its lines joined), from it to the next; the trailer apart."""
    articles: list[Article] = []
    section, prev_headline, opened = "", False, False
    last = max((i for i, (_, _, text) in enumerate(lines) if text.strip()), default=-1)
    for i, (start, end, text) in enumerate(lines):
        # header lines above the first headline (时间：…, 作者：…, 来源：…) are the page's, no article's
        if i <= skip_until or i in layout.masthead or not text.strip() or (i in layout.page_header and not articles):
            continue
        m = SECTION.match(text)
        if m:
            section, opened = m.group(1).strip(), True
            continue
        if TRAILER.match(text) or (i == last and CLOSING_CREDIT.match(text)):
            articles.append(Article(index=len(articles), title=text.strip()[:20], start=start, end=end,
                                    section="trailer"))
        elif i in layout.headlines and prev_headline and articles:
            articles[-1].title += text.strip()
        elif i in layout.headlines:
            articles.append(Article(index=len(articles), title=text.strip(), start=start, end=end, section=section))
        elif not articles or opened:
            # an item right under its section header, without a headline (【某县】 then its text): an article of its own
            articles.append(Article(index=len(articles), title=text.strip()[:40], start=start, end=end, section=section))
        if i not in layout.page_header:
            prev_headline, opened = i in layout.headlines, False
        articles[-1].end = end
    return articles


def build_sentences(lines, skip_until: int, articles: list[Article], layout: Layout) -> list[Sentence]:
    """Sentences, each in its article; headline and page-header lines are sentences of their own."""
    sentences = []
    starts = [a.start for a in articles]
    for i, (start, end, text) in enumerate(lines):
        if not text.strip() or SECTION.match(text):
            continue
        art = articles[bisect_right(starts, start) - 1].index if i > skip_until and starts and starts[0] <= start \
            else -1
        apart = i in layout.headlines or i in layout.page_header
        pos = start
        for m in SENTENCE_END.finditer(text):
            if text[pos - start:m.end()].strip():
                sentences.append(Sentence(pos, start + m.end(), art, headline=apart))
            pos = start + m.end()
        if text[pos - start:].strip():
            sentences.append(Sentence(pos, end, art, headline=apart))
    return sentences


def run(doc: Document) -> None:
    lines = list(lines_with_offsets(doc.text))
    toc = find_toc(lines)
    skip_until = -1
    if toc:
        doc.toc.append((lines[toc[0]][0], lines[toc[1]][1]))
        skip_until = toc[1]
    layout = find_layout(lines, skip_until, bool(toc))
    doc.articles = build_articles(lines, skip_until, layout)
    head_end = lines[toc[0]][0] if toc else (doc.articles[0].start if doc.articles else 0)
    doc.masthead = sorted([(0, head_end)] * bool(toc) + [(lines[i][0], lines[i][1])
                                                        for i in layout.masthead | layout.page_header])
    if not doc.title:
        head = doc.text[:head_end] if toc or doc.articles else doc.text[:200]
        first = next((line.strip() for line in head.split("\n") if line.strip()), "")
        doc.title = first or (doc.articles[0].title if doc.articles else doc.name)
    doc.sentences = build_sentences(lines, skip_until, doc.articles, layout)
