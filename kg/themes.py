"""The theme scheme of ontology/themes.ttl and the keywords (skos:prefLabel, skos:altLabel in Chinese)
by which a text is matched to its themes."""
from __future__ import annotations

from functools import lru_cache

from rdflib import Graph
from rdflib.namespace import RDF, SKOS

from kg.iris import ID
from kg.lexicon import alternation
from kg.ontology import ontology_dir

THEME_PREFIX = str(ID["theme/"])


class ThemeError(Exception):
    pass


@lru_cache(maxsize=1)
def keywords() -> dict[str, str]:
    """keyword -> theme id (the IRI's local part, e.g. business-environment)."""
    path = ontology_dir() / "themes.ttl"
    if not path.is_file():
        raise ThemeError(f"theme scheme not found: {path}")
    g = Graph().parse(path, format="turtle")
    out: dict[str, str] = {}
    for concept in g.subjects(RDF.type, SKOS.Concept):
        if not str(concept).startswith(THEME_PREFIX):
            continue
        theme = str(concept)[len(THEME_PREFIX):]
        for p in (SKOS.prefLabel, SKOS.altLabel):
            for label in g.objects(concept, p):
                if getattr(label, "language", None) == "zh":
                    out[str(label)] = theme
    return out


def themes_of(text: str) -> list[str]:
    """Theme ids whose keywords the text holds, in order of first occurrence."""
    words = keywords()
    if not text or not words:
        return []
    found: list[str] = []
    for m in _pattern().finditer(text):
        theme = words[m.group()]
        if theme not in found:
            found.append(theme)
    return found


@lru_cache(maxsize=1)
def _pattern():
    return alternation(keywords())
