"""Deterministic instance IRIs: the same entity gets the same IRI on every run, whatever its name holds."""
import hashlib
import unicodedata

from rdflib import Namespace, URIRef

CPPCC = Namespace("https://w3id.org/cppcc-kg/ontology#")
ID = Namespace("https://w3id.org/cppcc-kg/id/")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")


def key(*parts: object) -> str:
    text = "\x1f".join(unicodedata.normalize("NFKC", str(p)) for p in parts)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def iri(kind: str, *parts: object) -> URIRef:
    return ID[f"{kind}/{key(*parts)}"]


def bulletin(file_name: str) -> URIRef:
    return iri("bulletin", file_name)
