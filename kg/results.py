"""Query results on the terminal: aligned tables (CJK characters two columns wide), CSV, TSV, JSON,
written piece by piece as the rows of a kg.sparql.Answer come.

    >>> print(format_results(["name"], [("张三",), ("李四",)], "table"))
    name
    ----
    张三
    李四
    (2 rows)
    <BLANKLINE>
"""
from __future__ import annotations

import csv
import io
import itertools
import json
import sys
import unicodedata
from typing import Iterator

from kg import store as kgstore
from kg.columns import cells

TABLE_MAX_WIDTH = 80


def display_width(text: str) -> int:
    """The width of TEXT on a terminal: its character cells (kg.columns.cells, a page layout's count), less the marks
    and format characters a terminal draws in no cell of their own.

    >>> display_width("王\u200b建国"), display_width("e\u0301")
    (6, 1)
    """
    return cells(ch for ch in text if not (unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf")))


def truncate(text: str, width: int) -> str:
    if width <= 0 or display_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = display_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def compact_iri(value: str) -> str:
    for prefix, ns in kgstore.PREFIXES.items():
        if value.startswith(ns) and len(value) > len(ns):
            return f"{prefix}:{value[len(ns):]}"
    return value


def cell_text(value: object, compact: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if compact and "://" in text and " " not in text:
        text = compact_iri(text)
    return text


def table_lines(variables: list[str], rows, max_width: int = TABLE_MAX_WIDTH, block: int = 200) -> Iterator[str]:
    """Aligned columns, CJK characters two columns wide, written as the rows come: the widths are those
    of the first BLOCK rows (a longer cell later pushes its line out), then a "(N rows)" line."""
    rows = iter(rows)
    header = list(variables)
    widths = [display_width(h) for h in header]

    def cells(row) -> list[str]:
        return [truncate(" ".join(cell_text(v, compact=True).split()), max_width) for v in row]

    first = [cells(row) for row in itertools.islice(rows, block)]
    for row in first:
        widths = [max(w, display_width(c)) for w, c in zip(widths, row)]

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (widths[i] - display_width(v)) for i, v in enumerate(values)).rstrip() + "\n"

    yield line(header)
    yield "  ".join("-" * w for w in widths) + "\n"
    count = 0
    for row in itertools.chain(first, (cells(r) for r in rows)):
        count += 1
        yield line(row)
    yield f"({count} row{'s' if count != 1 else ''})\n"


def delimited_lines(variables: list[str], rows, delimiter: str) -> Iterator[str]:
    if delimiter == "\t":   # TSV: one record per line, no quoting; tabs and newlines inside values become spaces
        yield "\t".join(variables) + "\n"
        for row in rows:
            yield "\t".join(" ".join(cell_text(v).replace("\t", " ").splitlines()) for v in row) + "\n"
        return
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for row in itertools.chain([variables], ([cell_text(v) for v in row] for row in rows)):
        writer.writerow(row)
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()


def json_lines(variables: list[str], rows) -> Iterator[str]:
    """A JSON array of objects, one object a line."""
    yield "["
    for i, row in enumerate(rows):
        yield ("," if i else "") + "\n  " + json.dumps(dict(zip(variables, row)), ensure_ascii=False)
    yield "\n]\n"


def result_lines(variables: list[str], rows, fmt: str, max_width: int = TABLE_MAX_WIDTH) -> Iterator[str]:
    """The rows in FMT (table, csv, tsv, json), piece by piece."""
    if fmt == "table":
        return table_lines(variables, rows, max_width)
    if fmt in ("csv", "tsv"):
        return delimited_lines(variables, rows, "," if fmt == "csv" else "\t")
    if fmt == "json":
        return json_lines(variables, rows)
    raise ValueError(f"unknown format {fmt!r}")


def format_results(variables: list[str], rows: list[tuple], fmt: str, max_width: int = TABLE_MAX_WIDTH) -> str:
    return "".join(result_lines(variables, rows, fmt, max_width))


def print_answer(answer, fmt: str, max_width: int) -> int:
    """Write a kg.sparql.Answer to stdout as it streams; returns the number of rows."""
    count = 0

    def rows():
        nonlocal count
        for row in answer.rows:
            count += 1
            if answer.form == "TRIPLES":
                row = (row.subject, row.predicate, row.object)
            yield tuple(value if isinstance(value, bool) else kgstore.to_python(value) for value in row)

    variables = {"ASK": ["ask"], "TRIPLES": ["subject", "predicate", "object"]}.get(answer.form, answer.variables)
    for piece in result_lines(variables, rows(), fmt, max_width):
        sys.stdout.write(piece)
    sys.stdout.flush()
    if answer.truncated:
        print(f"note: stopped at the row limit of {answer.limits.rows} (--limit N; 0 for none)", file=sys.stderr)
    return count
