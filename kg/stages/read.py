"""Stage read: bytes to normalised text.

Decodes UTF-8 or GB18030/GBK (detected), applies Unicode NFKC, removes the spaces PDF extraction leaves
between CJK characters (remembering where, since such a space can still separate two names), and joins
lines broken in the middle of a sentence.
"""
from __future__ import annotations

import re
import unicodedata

from kg.document import Document

READS = ("path", "raw")
WRITES = ("raw", "encoding", "text", "soft_breaks")


class ReadError(ValueError):
    """The file cannot be read as text; the message says why."""


CJK = r"\u3400-\u9fff\uf900-\ufaff"
SPACE_IN_CJK = re.compile(rf"(?<=[{CJK}0-9])[ \t\u3000]+(?=[{CJK}])|(?<=[{CJK}])[ \t\u3000]+(?=[0-9])")
# A line that ends a sentence or a paragraph; a line not ending so, followed by text, was broken.
ENDS_SENTENCE = re.compile(r"[。！？!?；;:：…」”\")）)】]\s*$")
ENDS_WITH_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*星期.)?\s*$")   # a masthead line
STARTS_PARAGRAPH = re.compile(r"^\s*(【|[-•■▲□◆●]|\d{1,2}月\d{1,2}日|\d{4}年|近日|日前|本报|第[一二三四五六七八九十\d]+|[一二三四五六七八九十]+、|抄|送|编|审核|联系|电子)")


CN_DIGIT = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_SMALL = r"(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
CN_DATE = re.compile(rf"(?:([〇零○一二三四五六七八九]{{4}})\s*年\s*)?({CN_SMALL})\s*月(?:\s*({CN_SMALL})\s*日)?")


def cn_number(text: str) -> int:
    """一 .. 三十一: 十 alone is ten, 二十三 twenty-three."""
    if "十" not in text:
        return CN_DIGIT[text]
    tens, _, ones = text.partition("十")
    return (CN_DIGIT[tens] if tens else 1) * 10 + (CN_DIGIT[ones] if ones else 0)


def arabic_dates(text: str) -> str:
    """二〇二一年六月十五日 -> 2021年6月15日, so one date grammar reads every bulletin (a month needs a year or
    a day beside it: 六月 alone stays)."""
    def convert(m: re.Match) -> str:
        year, month, day = m.groups()
        if not year and not day:
            return m.group()
        out = "".join(str(CN_DIGIT[c]) for c in year) + "年" if year else ""
        out += f"{cn_number(month)}月"
        return out + (f"{cn_number(day)}日" if day else "")
    return CN_DATE.sub(convert, text)


def decode(raw: bytes) -> tuple[str, str]:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes
    best = from_bytes(raw).best()
    if best is None:
        raise ReadError("not text in UTF-8, GB18030/GBK or any encoding charset-normalizer recognises")
    return str(best), best.encoding


def remove_cjk_spaces(text: str) -> tuple[str, set[int]]:
    out, breaks, last = [], set(), 0
    length = 0
    for m in SPACE_IN_CJK.finditer(text):
        out.append(text[last:m.start()])
        length += m.start() - last
        breaks.add(length)
        last = m.end()
    out.append(text[last:])
    return "".join(out), breaks


def join_broken_lines(text: str) -> str:
    """Join a line that stops mid-sentence with the next; across blank lines (a page break) only when the
    broken line is clearly body text."""
    out: list[str] = []
    blank_since_last = False
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            blank_since_last = True
            out.append("")
            continue
        prev_index = next((i for i in range(len(out) - 1, -1, -1) if out[i].strip()), None)
        if prev_index is not None:
            prev = out[prev_index].rstrip()
            # across a blank line only body text is joined: long, or punctuated like a paragraph
            body_like = len(prev.strip()) >= 40 or (len(prev.strip()) >= 20 and re.search(r"[。,，;；]", prev))
            if (body_like if blank_since_last else len(prev.strip()) >= 25) and not ENDS_SENTENCE.search(prev) \
                    and not ENDS_WITH_DATE.search(prev) \
                    and not STARTS_PARAGRAPH.match(stripped) and not prev.lstrip().startswith(("【", "-")):
                out[prev_index] = prev + stripped
                del out[prev_index + 1:]
                blank_since_last = False
                continue
        out.append(line.rstrip())
        blank_since_last = False
    return "\n".join(out)


def run(doc: Document) -> None:
    if not doc.raw:
        try:
            doc.raw = doc.path.read_bytes()
        except OSError as e:
            raise ReadError(f"cannot read {doc.path}: {e.strerror}") from e
    if b"\x00" in doc.raw[:4096] and not doc.raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError(f"{doc.path} looks binary, not a text bulletin (a PDF must be converted to text first)")
    text, doc.encoding = decode(doc.raw)
    text = unicodedata.normalize("NFKC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("*", "")
    text = arabic_dates(text)
    text = join_broken_lines(text)
    doc.text, doc.soft_breaks = remove_cjk_spaces(text)
