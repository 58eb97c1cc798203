"""The subject of an event as its sentences write it: unquoted after 围绕/聚焦 (围绕我市固废利用情况开展调研), a quoted
phrase after 围绕/聚焦/就 or before 为题/为主题 (topic_cues.tsv), else a quote right beside the kind word."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import rows

QUOTE = re.compile(r"“([^“”]{2,80})”|《([^《》]{2,80})》")
# (聚焦企业发展开展辅导: the 展开 inside 发展开展 is no verb)
UNQUOTED_TOPIC = re.compile(r"(?:围绕|聚焦)([^“《，,。；;]{4,40}?)(?:开展|进行|(?<!发)展开|召开|组织|深入)")
WEAK_TOPIC_TAIL = re.compile(r"[^，,。；;：:“”《》]{0,14}")
NAMED_THING = re.compile(r"(?:展厅|展馆|展览|展区|纪念馆|基地|园区|广场|大厦|号|杯|牌|品牌|平台|工作室|之家)")
SERIES_NUMBER = re.compile(r"第[\d一二三四五六七八九十]+[期次届]\s*$")
WEAK_TOPIC_MIN = 6      # a quote only beside the kind word is a subject when it is a phrase, not a series name


@lru_cache(maxsize=1)
def topic_cues() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words before, words after) a quote that make it the subject (topic_cues.tsv)."""
    cues = rows("topic_cues.tsv")
    return tuple(w for w, side in cues if side == "before"), tuple(w for w, side in cues if side == "after")


def opening_topic(text: str, kind_pattern: re.Pattern) -> str | None:
    """The subject of an event's opening sentence: unquoted after 围绕/聚焦 (a later quote is not its subject),
    else its quoted subject, strong or weak (quoted_topics).

    >>> opening_topic("5月6日，市政协围绕我市固废利用情况开展调研。", re.compile("调研"))
    '我市固废利用情况'
    """
    plain = UNQUOTED_TOPIC.search(text)
    if plain:
        return plain.group(1)
    strong, weak = quoted_topics(text, kind_pattern)
    return strong or weak


def quoted_topics(text: str, kind_pattern: re.Pattern) -> tuple[str | None, str | None]:
    """(quote marked as a subject by 围绕/为题…, quote right beside a word of kind_pattern) of one sentence.

    >>> quoted_topics("以“革命文物与包头革命史迹”为题举办讲座。", re.compile("讲座"))
    ('革命文物与包头革命史迹', None)
    """
    before_words, after_words = topic_cues()
    weak = None
    for q in QUOTE.finditer(text):
        phrase = (q.group(1) or q.group(2)).strip()
        before, after = text[:q.start()], text[q.end():]
        if before.endswith(before_words) or after.startswith(after_words):
            return phrase, None
        if weak or SERIES_NUMBER.search(before) or q.group(2) or len(phrase) < WEAK_TOPIC_MIN:
            continue
        tail = WEAK_TOPIC_TAIL.match(after).group()   # “…”庆祝建党100周年知识竞赛: up to punctuation
        if NAMED_THING.match(tail):
            continue   # “齐心协力建包钢”展厅, “红色蒙古包”: the name of a place or a thing, not a subject
        if kind_pattern.search(tail) or kind_pattern.search(before[-4:]):
            weak = phrase
    return None, weak
