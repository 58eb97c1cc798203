"""Stage split: table of contents, 【section】 headers, articles (headline + body) and sentences.

A table of contents is a run of entries ending in page numbers ("……（13）", "- …(4)") with the
section headers between them, or the lines under a heading of its own (【本期要目】, 目录); it repeats what the articles say, sometimes wrongly, so later stages
read nothing from it. A headline is a short line without closing punctuation that a paragraph follows.
"""
from __future__ import annotations

import re

from kg.document import Article, Document, Sentence

READS = ("text",)
WRITES = ("title", "toc", "articles", "sentences")

TOC_ENTRY = re.compile(r"(\.{3,}|…+|-{3,}|—{2,})\s*\(?\s*\d{1,3}\s*\)?\s*$|^\s*[-•]\s.*\(\s*\d{1,3}\s*\)\s*$")
SECTION = re.compile(r"^\s*【([^】]{1,20})】\s*$")
# the distribution list and credits that close a bulletin: they belong to the bulletin, not the last article
TRAILER = re.compile(r"^\s*(抄送|抄报|抄|送|报|发)\s*[:：]")
# a sentence ends at 。！？, and at ； when a date follows: an annual review lists dated items in one sentence
SENTENCE_END = re.compile(r"[。！？!?]+[”’」』\"]?|[；;](?=\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)")
ENDS_PARAGRAPH = re.compile(r"[。！？!?…;；:：,，、]\s*[”’」』\")）]?\s*$")
HEADLINE_MAX = 70
# masthead lines that are no headline: the issue number and the date standing alone
MASTHEAD_LINE = re.compile(r"^\s*(?:(?:总\s*)?第\s*[0-9０-９一二三四五六七八九十百]+\s*期|"
                           r"[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日(?:\s*星期.)?)\s*$"
                           # or all on one line: 第4期   赤峰市政协办公室   2023年6月12日
                           r"|^\s*(?:总\s*)?第\s*[0-9一二三四五六七八九十百]+\s*期[^，。,]{0,30}?"
                           r"[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日(?:\s*星期.)?\s*$")
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


def is_headline(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= HEADLINE_MAX and not ENDS_PARAGRAPH.search(s) and not s.startswith(("▲", "■", "(", "（"))


def run(doc: Document) -> None:
    lines = list(lines_with_offsets(doc.text))
    toc = find_toc(lines)
    skip_until = -1
    if toc:
        doc.toc.append((lines[toc[0]][0], lines[toc[1]][1]))
        skip_until = toc[1]

    section = ""
    headline_lines: set[int] = set()
    masthead_lines: set[int] = set()
    nonblank = [i for i, (_, _, l) in enumerate(lines) if l.strip() and i > skip_until]
    # headline blocks: consecutive short lines followed by a paragraph
    k = 0
    while k < len(nonblank):
        i = nonblank[k]
        text = lines[i][2]
        if SECTION.match(text):
            k += 1
            continue
        block = []
        while k < len(nonblank) and is_headline(lines[nonblank[k]][2]) and not SECTION.match(lines[nonblank[k]][2]):
            block.append(nonblank[k])
            k += 1
        if block and not toc and not headline_lines and not masthead_lines:
            # without a table of contents the masthead (title, 第3期, date) opens the first block
            # (a block that ends with the date has no headline: the first article starts without one)
            dated = [j for j, i in enumerate(block) if MASTHEAD_LINE.match(lines[i][2])]
            if dated:
                masthead_lines.update(range(block[0], block[dated[-1]] + 1))
                block = block[dated[-1] + 1:]
        if block:
            followed_by_body = k < len(nonblank) and not is_headline(lines[nonblank[k]][2])
            if followed_by_body and len(block) <= 4:
                headline_lines.update(block)
            continue
        k += 1

    articles: list[Article] = []
    masthead_end = lines[toc[0]][0] if toc else None
    prev_headline = False
    for i, (start, end, text) in enumerate(lines):
        if i <= skip_until or i in masthead_lines or not text.strip():
            continue
        m = SECTION.match(text)
        if m:
            section = m.group(1).strip()
            continue
        if TRAILER.match(text):
            articles.append(Article(index=len(articles), title=text.strip()[:20], start=start, end=end,
                                    section="trailer"))
            prev_headline = False
        elif i in headline_lines:
            if prev_headline and articles:
                articles[-1].title += text.strip()
            else:
                articles.append(Article(index=len(articles), title=text.strip(), start=start, end=end,
                                        section=section))
            prev_headline = True
        else:
            if not articles:
                articles.append(Article(index=0, title=text.strip()[:40], start=start, end=end, section=section))
            prev_headline = False
        articles[-1].end = end
    doc.articles = articles
    if not doc.title:
        head = doc.text[:masthead_end] if masthead_end is not None else doc.text[:articles[0].start if articles else 200]
        first = next((l.strip() for l in head.split("\n") if l.strip()), "")
        doc.title = first or (articles[0].title if articles else doc.name)

    # sentences, each in its article; headline lines are sentences of their own
    for i, (start, end, text) in enumerate(lines):
        if not text.strip() or SECTION.match(text):
            continue
        art = -1
        if i > skip_until:
            art = max((a.index for a in articles if a.start <= start), default=-1)
        pos = start
        for m in SENTENCE_END.finditer(text):
            if text[pos - start:m.end()].strip():
                doc.sentences.append(Sentence(pos, start + m.end(), art, headline=i in headline_lines))
            pos = start + m.end()
        if text[pos - start:].strip():
            doc.sentences.append(Sentence(pos, end, art, headline=i in headline_lines))
