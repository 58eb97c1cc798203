"""Second mentions of a person by a part of the name, as the persons stage (kg/stages/persons.py) reads them last:
the mention's name becomes the full name it refers to (its offsets still quote the part the text wrote)."""
from __future__ import annotations

import re

from kg.document import Document
from kg.lexicon import lexicon
from kg.names import DOTS
from kg.transliterated_names import DOTTED


def part_references(doc: Document) -> None:
    """The parts of names written alone that refer to a person the page names in full (first_part_references,
    given_name_references)."""
    first_part_references(doc)
    given_name_references(doc)


def first_part_references(doc: Document) -> None:
    """克尔克孜委员 after 克尔克孜·艾依地马提: the first part of a name of parts joined by a dot, written alone, is
    that person (when one such name of the page begins with it), not a second one."""
    full: dict[str, set[str]] = {}
    for m in doc.person_mentions:
        if DOTTED.fullmatch(m.name):
            full.setdefault(re.split(f"[{DOTS}]", m.name)[0], set()).add(m.name)
    for m in doc.person_mentions:
        if len(full.get(m.name, ())) == 1:
            m.name = next(iter(full[m.name]))


def given_name_references(doc: Document) -> None:
    """亚明区长 after 区长王亚明: a given name of two characters, no surname opening it, written alone before a title
    is the person of the page whose full name ends with it (one such), not a second one."""
    surnames = lexicon().surnames
    full: dict[str, set[str]] = {}
    for m in doc.person_mentions:
        if len(m.name) == 3 and m.name[0] in surnames:
            full.setdefault(m.name[1:], set()).add(m.name)
    for m in doc.person_mentions:
        if len(m.name) == 2 and m.name[0] not in surnames and len(full.get(m.name, ())) == 1:
            m.name = next(iter(full[m.name]))
