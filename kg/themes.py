"""The theme scheme of kg/ontology/themes.ttl and the keywords (skos:prefLabel, skos:altLabel in Chinese)
by which a text is matched to its themes."""
from __future__ import annotations

import warnings
from functools import lru_cache

from rdflib import Graph
from rdflib.namespace import RDF, SKOS

from kg.iris import ID
from kg.lexicon import alternation
from kg.ontology import ontology_dir

THEME_PREFIX = str(ID["theme/"])


@lru_cache(maxsize=1)
def scheme() -> Graph:
    """The scheme of kg/ontology/themes.ttl (shipped with the package); empty, with a warning, when the
    ontology directory has none (then no event or document is linked to a theme, and nothing else changes)."""
    path = ontology_dir() / "themes.ttl"
    if not path.is_file():
        warnings.warn(f"theme scheme not found at {path}: events and documents get no themes", stacklevel=2)
        return Graph()
    return Graph().parse(path, format="turtle")


def _themes() -> dict[str, object]:
    g = scheme()
    return {str(c)[len(THEME_PREFIX):]: c for c in g.subjects(RDF.type, SKOS.Concept) if str(c).startswith(THEME_PREFIX)}


@lru_cache(maxsize=1)
def keywords() -> dict[str, str]:
    """keyword -> theme id (the IRI's local part, e.g. business-environment)."""
    g = scheme()
    out: dict[str, str] = {}
    for theme, concept in _themes().items():
        for p in (SKOS.prefLabel, SKOS.altLabel):
            for label in g.objects(concept, p):
                if getattr(label, "language", None) == "zh":
                    out[str(label)] = theme
    return out


@lru_cache(maxsize=None)
def labels(theme: str) -> list:
    """The theme's skos:prefLabel literals (Chinese and English)."""
    concept = _themes().get(theme)
    return sorted(scheme().objects(concept, SKOS.prefLabel)) if concept is not None else []


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
