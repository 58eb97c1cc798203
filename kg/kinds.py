"""The one table of kinds: organization, event and document kinds, read from kg/data/kinds.tsv.

Every stage that needs a kind's class, label, colour or flags looks it up here, so adding a kind
touches the table, the ontology (kg/ontology/cppcc.ttl) and the shapes (kg/ontology/shapes.ttl) only; a
class the ontology does not declare is an error when the table is read.

Example
-------
>>> from kg import kinds
>>> kinds.get("organization", "CPPCC").cls.endswith("CPPCCCommittee")
True
>>> [k.code for k in kinds.of("organization") if k.organizes][:2]
['CPPCC', 'CPPCC_BODY']
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rdflib import URIRef

from kg.iris import CPPCC
from kg.lexicon import rows
from kg.ontology import ontology_dir

GROUPS = ("organization", "event", "document")
COLUMNS = ("group", "code", "class", "label", "colour", "shape", "organizes", "visited", "local")


@dataclass(frozen=True)
class Kind:
    group: str          # organization | event | document
    code: str           # what the pipeline writes (Organization.kind, Event.kind, NamedDocument.kind)
    cls: URIRef         # its ontology class
    label: str          # legend and table text
    colour: str         # graph view colour
    shape: str          # graph view (vis-network) shape
    organizes: bool     # may organize an event
    visited: bool       # may be visited on an event
    local: bool         # named without a place, it belongs to the bulletin's or article's place


def parse(table: list[list[str]], source: str = "kinds.tsv") -> tuple[Kind, ...]:
    """Kinds from rows of the table (header row first); a malformed row is a one-line ValueError."""
    header, *body = table
    if tuple(header) != COLUMNS:
        raise ValueError(f"{source}: header must be {' '.join(COLUMNS)}")
    out = []
    for n, row in enumerate(body, 2):
        if len(row) != len(COLUMNS) or row[0] not in GROUPS:
            raise ValueError(f"{source}: row {n} is not {len(COLUMNS)} tab-separated columns of a known group")
        group, code, cls, label, colour, shape, *flags = row
        try:
            uri = CPPCC[cls]
        except KeyError:
            raise ValueError(f"{source}: row {n}: class {cls} is not declared in the ontology ({ontology_dir()})") from None
        out.append(Kind(group, code, uri, label, colour, shape, *(f == "1" for f in flags)))
    return tuple(out)


@lru_cache(maxsize=1)
def table() -> tuple[Kind, ...]:
    """The kinds of kinds.tsv in the data directory (kg/data, or KG_DATA_DIR: see kg/lexicon.py)."""
    return parse(rows("kinds.tsv"))


def of(group: str) -> tuple[Kind, ...]:
    """The kinds of one group, in table order."""
    return tuple(k for k in table() if k.group == group)


def get(group: str, code: str) -> Kind:
    """The kind of a group by its code; KeyError names an unknown one."""
    for k in of(group):
        if k.code == code:
            return k
    raise KeyError(f"unknown {group} kind {code!r}")


def codes(group: str, flag: str | None = None) -> frozenset[str]:
    """The codes of a group, or only those whose flag (organizes, visited, local) is set."""
    return frozenset(k.code for k in of(group) if flag is None or getattr(k, flag))


def by_class(cls: URIRef) -> Kind | None:
    """The kind whose ontology class is cls, or None."""
    return next((k for k in table() if k.cls == cls), None)
