"""Stage themes: each event and document linked to the themes of ontology/themes.ttl its words name.

An event takes the themes of its topic, else of its opening sentence and its item's headline; a document
those of its title.
"""
from __future__ import annotations

from kg.document import Document
from kg.themes import themes_of

READS = ("text", "sentences", "articles")
WRITES = ("events", "documents")


def run(doc: Document) -> None:
    for event in doc.events:
        if event.topic:
            event.themes = themes_of(event.topic)
        if not event.themes:
            s = doc.sentences[event.sentence]
            headline = doc.articles[s.article].title if s.article >= 0 else ""
            event.themes = themes_of(headline + "\n" + doc.sentence_text(event.sentence))
    for named in doc.documents:
        named.themes = themes_of(named.title)
