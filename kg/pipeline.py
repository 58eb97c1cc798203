"""The pipeline: one Document flows through the named stages in order."""
from __future__ import annotations

from pathlib import Path

from kg.document import Document
from kg.stages import context, mentions, posts, read, resolve, split

STAGES = (
    ("read", read.run),          # bytes -> normalised text (encoding, NFKC, PDF artefacts)
    ("split", split.run),        # table of contents, sections, articles, sentences
    ("context", context.run),    # the bulletin's place, province, date
    ("mentions", mentions.run),  # persons and organizations named in the text
    ("posts", posts.run),        # (person, role, organization) facts
    ("resolve", resolve.run),    # one entry per entity, identity anchors, aliases merged
)


def process(path: str | Path) -> Document:
    doc = Document(path=Path(path))
    for _name, stage in STAGES:
        stage(doc)
    return doc
