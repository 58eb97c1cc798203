"""Brackets around organization names: a body's other name written after it (省工商联(总商会))."""
from __future__ import annotations

OPENING, CLOSING = "(（<〈", ")）>〉"   # (总商会<工商联>: the other name in angle brackets too)


def other_name_in_brackets(text: str, start: int, end: int, before_end: int | None) -> bool:
    """text[start:end] stands in brackets right after a body that ends at before_end: the body's other name
    (市工商联(总商会), 市场监管局（知识产权局）), no second body.

    >>> other_name_in_brackets("省工商联(总商会)举行座谈", 5, 8, 4)
    True
    >>> other_name_in_brackets("区总商会<工商联>承办", 5, 8, 4)
    True
    >>> other_name_in_brackets("桃源(湖南)科技有限公司", 3, 5, None)
    False
    """
    return before_end is not None and before_end == start - 1 and text[start - 1:start] in OPENING \
        and text[end:end + 1] in CLOSING and start > 0
