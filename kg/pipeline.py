"""The pipeline: one Document flows through the named stages in order."""
from __future__ import annotations

from pathlib import Path

from kg.document import Document
from kg.stages import context, documents, events, mentions, posts, read, resolve, split, themes

STAGES = (
    ("read", read.run),          # bytes -> normalised text (encoding, NFKC, PDF artefacts)
    ("split", split.run),        # table of contents, sections, articles, sentences
    ("context", context.run),    # the bulletin's place, province, date
    ("mentions", mentions.run),  # persons and organizations named in the text
    ("posts", posts.run),        # (person, role, organization) facts
    ("resolve", resolve.run),    # one entry per entity, identity anchors, aliases merged
    ("events", events.run),      # dated happenings: kind, dates, who led and attended, what was visited, topic
    ("documents", documents.run),  # proposals, reports, regulations named in 《》 and who wrote or handled them
    ("themes", themes.run),      # events and documents linked to the themes of ontology/themes.ttl
)


def process(path: str | Path) -> Document:
    doc = Document(path=Path(path))
    for _name, stage in STAGES:
        stage(doc)
    return doc
