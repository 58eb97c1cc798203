"""The reading order of a PDF page's text boxes (kg/inputs.py reads them with pdfminer.six).

pdfminer orders the boxes of a page set in columns by its own mix of height and position, which can put the top
of the right column before the masthead. A page whose narrow boxes stand in two or more columns (their widths
overlapping within a column, not across) is read band by band, top to bottom: a box spanning columns (a headline
across the page) starts a band; inside one, each column top to bottom, the left one first. A page of one column
keeps pdfminer's order.

A paragraph that runs from the foot of one column to the head of the next is two boxes: the first one's last line
reaches its right edge with no stop, the second one's first line is not indented (continues).
"""
from __future__ import annotations

from kg.document import LINE_STOPS

COLUMN_SHARE = 0.6      # of the width of the page's text: a wider box spans columns
MIN_COLUMN_LINES = 4    # lines of a column: fewer are a headline or a note in the margin, no column


def columns(boxes, line_counts: dict[int, int]) -> list[tuple[float, float]]:
    """The x-ranges of the columns the narrow boxes stand in, left to right: the ranges of boxes that overlap,
    merged, each of MIN_COLUMN_LINES lines or more (a headline over its information line is no column); line_counts
    gives the lines of text of each box, by its id."""
    left, right = min(b.x0 for b in boxes), max(b.x1 for b in boxes)
    narrow = sorted((b for b in boxes if b.x1 - b.x0 < COLUMN_SHARE * (right - left)), key=lambda b: b.x0)
    merged: list[list] = []
    for b in narrow:
        if merged and b.x0 < merged[-1][1]:
            merged[-1][1], merged[-1][2] = max(merged[-1][1], b.x1), merged[-1][2] + line_counts[id(b)]
        else:
            merged.append([b.x0, b.x1, line_counts[id(b)]])
    return [(a, c) for a, c, count in merged if count >= MIN_COLUMN_LINES]


class PageLayout:
    """The text boxes of one PDF page (pdfminer's), their columns and the edges of the text each stands in; each
    box's lines of text and column are found once for the page (by the box's id: the layout keeps the boxes)."""

    def __init__(self, boxes: list):
        self.boxes = boxes
        self.lines = {id(b): text_lines(b) for b in boxes}
        self.ranges = columns(boxes, {k: len(v) for k, v in self.lines.items()}) if boxes else []
        self.text_range = (min(b.x0 for b in boxes), max(b.x1 for b in boxes)) if boxes else (0.0, 0.0)
        self.columns = {id(b): self.column_of(b) for b in boxes}

    def column_of(self, box) -> int | None:
        inside = [k for k, (a, c) in enumerate(self.ranges) if box.x0 < c and box.x1 > a]
        return inside[0] if len(inside) == 1 else None

    def column(self, box) -> int | None:
        """The column box stands in, or None (a box across columns or as wide as the text)."""
        return self.columns[id(box)]

    def edges(self, box) -> tuple[float, float]:
        """The left and right edges of the column box stands in, or of the page's text."""
        k = self.column(box)
        return self.text_range if k is None else self.ranges[k]

    def reading_order(self) -> list:
        """The boxes in the order a reader takes them (the module's docstring)."""
        if len(self.ranges) < 2:
            return self.boxes
        ordered, band = [], []
        for box in sorted(self.boxes, key=lambda b: -b.y1):
            if self.column(box) is None:     # across the columns: the band above it is read first
                ordered += sorted(band, key=lambda b: (self.column(b), -b.y1)) + [box]
                band = []
            else:
                band.append(box)
        return ordered + sorted(band, key=lambda b: (self.column(b), -b.y1))

    def continues(self, box, nxt) -> bool:
        """Box NXT goes on with the paragraph box ends with: box's last line reaches the right edge of its column
        (within a character) with no stop, and nxt's first line starts at the left edge of its own."""
        last, first = self.lines[id(box)][-1:], self.lines[id(nxt)][:1]
        if not last or not first:
            return False
        em = max(last[0].height, 1.0)
        return last[0].x1 >= self.edges(box)[1] - em and last[0].get_text().strip()[-1] not in LINE_STOPS \
            and first[0].x0 < self.edges(nxt)[0] + em


def text_lines(box) -> list:
    from pdfminer.layout import LTTextLine
    return [line for line in box if isinstance(line, LTTextLine) and line.get_text().strip()]
