"""The project's ontology files, shipped with the package: cppcc.ttl (classes and properties), shapes.ttl
(the SHACL shapes every built graph satisfies), themes.ttl (the theme scheme). In a checkout the top-level
`ontology` is a link to this directory. The environment variable KG_ONTOLOGY_DIR names another directory
holding the same three files (a copy with a class added), read at import: set it before the process starts.

Example
-------
>>> from kg.ontology import ontology_dir, ontology_files, vocabulary_links
>>> [f.name for f in ontology_files()]
['cppcc.ttl', 'shapes.ttl', 'themes.ttl']
>>> (ontology_dir() / "themes.ttl").is_file()
True
>>> any(t.predicate.value.endswith("#subClassOf") for t in vocabulary_links())
True
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

ONTOLOGY_DIR_VARIABLE = "KG_ONTOLOGY_DIR"
VOCABULARY_FILE = "cppcc.ttl"
# The links that let a standard reader see the project's classes and properties as W3C ORG, FOAF and
# schema.org terms (a visit as a schema:Event, its chair as a schema:attendee).
LINK_PREDICATES = frozenset(ox.NamedNode(f"http://www.w3.org/2000/01/rdf-schema#{name}")
                            for name in ("subClassOf", "subPropertyOf"))


def ontology_dir() -> Path:
    """The directory of the ontology files: $KG_ONTOLOGY_DIR if set, else this package's."""
    other = os.environ.get(ONTOLOGY_DIR_VARIABLE)
    return Path(other) if other else Path(__file__).resolve().parent


def ontology_files() -> list[Path]:
    """The ontology files (*.ttl), sorted by name."""
    return sorted(ontology_dir().glob("*.ttl"))


@lru_cache(maxsize=4)
def _links_of(path: Path) -> tuple[ox.Triple, ...]:
    return tuple(quad.triple for quad in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
                 if quad.predicate in LINK_PREDICATES)


def vocabulary_links() -> tuple[ox.Triple, ...]:
    """The rdfs:subClassOf and rdfs:subPropertyOf triples of cppcc.ttl, which a single-graph export
    carries so that a reader without the ontology file still finds events, organizations and
    attendees through the standard vocabularies."""
    return _links_of(ontology_dir() / VOCABULARY_FILE)
