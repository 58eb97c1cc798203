"""The pipeline: one Document flows through the named stages in order."""
from __future__ import annotations

from pathlib import Path

from kg.document import Document
from kg.stages import (analysis, context, documents, events, organizations, persons, posts, read, resolve, split,
                       themes)

STAGES = (
    ("read", read.run),          # bytes -> normalised text (encoding, NFKC, PDF artefacts)
    ("split", split.run),        # table of contents, sections, articles, sentences
    ("analysis", analysis.run),  # jieba words and place surfaces of the text, found once for the stages after
    ("context", context.run),    # the bulletin's place, province, date
    ("persons", persons.run),    # persons named in the text
    ("organizations", organizations.run),   # organizations named in the text, by the organization grammar
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
