"""Two span tests of the organizations stage (kg/stages/organizations.py), kept here to keep that module small: the
special committees a list names after a CPPCC committee's first one by their short names (市政协提案委、文史委、社法委),
and a one-character head word that is the middle of a town's or village's name (毛家厂镇, 石灰厂村)."""
from __future__ import annotations

import re

from kg.orglists import LIST_SEPARATOR, Span
from kg.orgnames import head_kind

CPPCC = "政协"
COMMITTEE_ENDS = ("委员会", "委")   # a CPPCC committee's special committees: 提案委员会, 文史委
# a CPPCC body of a list's later item, written by its own words: 文史委 of 市政协提案委、文史委
COMMITTEE_ITEM = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:委员会|委(?!员))")
PLACE_UNIT_AFTER = re.compile(r"镇|乡|村|街道|社区|苏木|嘎查")   # what ends a town's or village's name


def committee_item_spans(reader, end: int, spans: list[Span]):
    """The committees after a CPPCC committee's special committee in a 、-list, written by their short names
    (市政协提案委、文史委、社法委): each is a committee of the same CPPCC committee, not a government body (发改委:
    a head word of its own). reader is the stage's OrgReader (its text and plain_continuation); spans end at or
    before end."""
    text = reader.text
    for span in spans:
        if CPPCC not in text[span.start:span.end] or not text.endswith(COMMITTEE_ENDS, 0, span.end):
            continue
        e = span.end
        while text.startswith(LIST_SEPARATOR, e):
            m = COMMITTEE_ITEM.match(text, e + 1, end)
            if not (m and reader.plain_continuation(m) and head_kind(m.group()) in (None, "CPPCC", "CPPCC_BODY")):
                break
            yield Span(m.start(), m.end(), "committee in a list", alone=True)
            e = m.end()


def place_goes_on(reader, e: int) -> bool:
    """A one-character head word (厂, 局) ending at e is the middle of a town's or village's name: 镇, 乡, 村… follow
    it and end a word (毛家厂镇调研; not 乡村 of 交通局乡村振兴队). reader is the stage's OrgReader."""
    unit = PLACE_UNIT_AFTER.match(reader.text, e)
    return bool(unit) and reader.text[e - 1] in reader.lex.org_heads and reader.doc.is_word_start(unit.end())
