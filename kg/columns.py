"""Two columns set side by side in a text file, as `pdftotext -layout` and some copy-and-paste give a
two-column page: each line holds a line of the left column, a gutter of spaces, and a line of the right
one, so that read line by line the columns interleave. `blocks` finds such runs of lines and
`reading_order` gives the left column's lines, then the right column's.

A run needs MIN_ROWS lines with one gutter each and a left part of COLUMN_MIN characters or more: a page
header (发布时间：…   来源：…) is one line, and a table's cells (姓名   职务) are shorter.

>>> text = "市政协主席王伟主持会议并讲话，    副主席李明华出席会议。\\n会议听取了市工商联的工作汇报。    会议强调要做好工作。\\n"
>>> "".join(sep + text[a:b] for a, b, sep in reading_order(text, blocks(text)[0]))
'市政协主席王伟主持会议并讲话，会议听取了市工商联的工作汇报。\\n副主席李明华出席会议。\\n会议强调要做好工作。'
"""
from __future__ import annotations

import re
import unicodedata

GUTTER = re.compile(r"(?<=\S)[ \t\u3000\u00a0]{3,}(?=\S)")
INDENT = re.compile(r"^[ \t\u3000\u00a0]+")
LINE = re.compile(r"^[^\n]*", re.M)
ENDS_PARAGRAPH = re.compile(r"[。！？!?：:]")   # a column's line ending so ends its paragraph, full or not
COLUMN_MIN = 8   # characters of a left column's line; a table cell or a header field is shorter
MIN_ROWS = 2     # lines with a gutter in a run: one line with a wide gap is a header line, not a layout


def cells(text) -> int:
    """The width of TEXT (a string, or its characters) on the page in character cells, as a layout tool counts it: a
    CJK character takes two.

    >>> cells("上海政协  "), cells("2024-06-12")
    (10, 10)
    """
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _row(text: str, start: int, end: int, left_width: int, right_at: int = -1) -> tuple | None:
    """The line text[start:end] as a row of two columns, or None. A line with one gutter splits in two; inside a
    run whose right column starts at cell RIGHT_AT, so does a line with a gap ending there, its left part as short
    as it may be (the last line of a paragraph, 上海政协) and other gaps in its columns (（某某台    编辑：某某）); one
    indented by at least LEFT_WIDTH is the right column alone; a line with no gap is the left alone."""
    line = text[start:end]
    gaps = list(GUTTER.finditer(line))
    indent = INDENT.match(line)
    indented = indent.end() if indent else 0   # a paragraph's first line may be indented a little
    # inside a run the gutter is the gap where the right column starts, whatever the gaps inside either column
    gutter = next((g for g in gaps if right_at >= 0 and abs(cells(line[:g.end()]) - right_at) <= 1), None)
    if gutter is None and len(gaps) == 1 and len(line[:gaps[0].start()].strip()) >= COLUMN_MIN:
        gutter = gaps[0]
    if gutter is not None and indented < COLUMN_MIN:
        return start, start + gutter.start(), start + gutter.end(), end
    if left_width and left_width <= indented < len(line) and not gaps:
        return start, None, start + indented, end
    if left_width and line.strip() and not gaps and len(line) <= left_width + 2 and indented < COLUMN_MIN:
        return start, start + len(line.rstrip()), None, end
    return None


def blocks(text: str) -> list[list[tuple]]:
    """The runs of lines of TEXT set in two columns, each a list of rows (line start, left end, right start,
    line end); left end None: only the right column has text there; right start None: only the left."""
    found, run, width, right_at = [], [], 0, -1
    for m in LINE.finditer(text):
        row = _row(text, m.start(), m.end(), width if run else 0, right_at if run else -1)
        if row is not None and (run or row[1] is not None and row[2] is not None):
            right_at = right_at if run else cells(text[row[0]:row[2]])
            run.append(row)
            width = max(width, (row[1] or 0) - row[0])
            continue
        _keep(found, run)
        run, width, right_at = [], 0, -1
        if row is not None and row[1] is not None and row[2] is not None:
            run, width, right_at = [row], row[1] - row[0], cells(text[row[0]:row[2]])
    _keep(found, run)
    return found


def _keep(found: list, run: list) -> None:
    if sum(1 for r in run if r[1] is not None and r[2] is not None) >= MIN_ROWS:
        found.append(run)


def reading_order(text: str, run: list[tuple]) -> list[tuple[int, int, str]]:
    """RUN's text in reading order, the left column's lines then the right column's, as (start, end, what
    goes before it): nothing after a full line of a column (its paragraph goes on), a line break after a
    shorter one or one ending a sentence (its paragraph ended there)."""
    left = [(r[0] + len(text[r[0]:r[1]]) - len(text[r[0]:r[1]].lstrip()), r[1]) for r in run if r[1] is not None]
    right = [(r[2], r[0] + len(text[r[0]:r[3]].rstrip())) for r in run if r[2] is not None]
    pieces, goes_on = [], False
    for column in (left, right):
        width = max((b - a for a, b in column), default=0)
        for a, b in ((a, b) for a, b in column if b > a):
            pieces.append((a, b, "" if goes_on or not pieces else "\n"))
            goes_on = b - a >= width - 1 and not ENDS_PARAGRAPH.match(text, b - 1)
    return pieces
