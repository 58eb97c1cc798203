"""Namespaces and deterministic instance IRIs: the same entity gets the same IRI on every run, whatever its
name holds.

The vocabularies are closed: a term that the vocabulary does not define is an error where it is written
(``SCHEMA.startDat`` raises AttributeError), not a silently wrong triple. ORG and PROV are rdflib's own
closed namespaces, SCHEMA is rdflib's schema.org (SDO) made to fail instead of warn, and CPPCC holds the
terms the project's ontology (kg/ontology/cppcc.ttl and themes.ttl) declares.

Example
-------
>>> from kg.iris import CPPCC, SCHEMA, iri
>>> CPPCC.Meeting, SCHEMA.startDate
(rdflib.term.URIRef('https://w3id.org/cppcc-kg/ontology#Meeting'), rdflib.term.URIRef('https://schema.org/startDate'))
>>> CPPCC.Meetng
Traceback (most recent call last):
...
AttributeError: "term 'Meetng' not in namespace 'https://w3id.org/cppcc-kg/ontology#'"
>>> iri("person", "张三", "包头市") == iri("person", "张三", "包头市")
True
"""
import hashlib
import unicodedata
from functools import lru_cache

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import ORG, PROV, SDO, ClosedNamespace

from kg.ontology import ontology_dir

__all__ = ["CPPCC", "CPPCC_IRI", "ID", "ORG", "PROV", "SCHEMA", "bulletin", "iri", "key"]

CPPCC_IRI = "https://w3id.org/cppcc-kg/ontology#"
ID = Namespace("https://w3id.org/cppcc-kg/id/")   # instances: open by nature


class SCHEMA(SDO):
    """schema.org as rdflib ships it, failing on a term it does not define (SDO only warns)."""
    _fail = True


def declared_terms(namespace: str, files=("cppcc.ttl", "themes.ttl")) -> list[str]:
    """The local names of the terms the ontology files declare (as subjects) in namespace.

    Example
    -------
    >>> "Company" in declared_terms(CPPCC_IRI)
    True
    """
    g = Graph()
    for name in files:
        path = ontology_dir() / name
        if not path.is_file():   # the package ships them: only a wrong KG_ONTOLOGY_DIR gets here
            raise FileNotFoundError(f"{path}: ontology file not found")
        g.parse(path, format="turtle")
    return sorted({str(s)[len(namespace):] for s in g.subjects() if str(s).startswith(namespace)})


CPPCC = ClosedNamespace(CPPCC_IRI, declared_terms(CPPCC_IRI))


def key(*parts: object) -> str:
    text = "\x1f".join(unicodedata.normalize("NFKC", str(p)) for p in parts)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=8192)   # a bulletin's graph names its persons, bodies and roles many times over
def iri(kind: str, *parts: object) -> URIRef:
    return ID[f"{kind}/{key(*parts)}"]


def bulletin(file_name: str) -> URIRef:
    return iri("bulletin", file_name)
