"""Stage split: table of contents, sections, articles and sentences."""
from __future__ import annotations

import re

from kg.document import Article, Document, Sentence

SENTENCE_END = re.compile(r"[。！？!?]+[”’」』\"]?|\n+")


def split_sentences(doc: Document) -> None:
    start = 0
    for m in SENTENCE_END.finditer(doc.text):
        end = m.end()
        if doc.text[start:end].strip():
            doc.sentences.append(Sentence(start, end, article=0))
        start = end
    if doc.text[start:].strip():
        doc.sentences.append(Sentence(start, len(doc.text), article=0))


def run(doc: Document) -> None:
    first_line = next((l.strip() for l in doc.text.split("\n") if l.strip()), doc.name)
    doc.articles = [Article(index=0, title=first_line, start=0, end=len(doc.text))]
    split_sentences(doc)
