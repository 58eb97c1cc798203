"""A document too long to hold whole: read once, cut into windows, each window through the stages and kg.rdf
alone, its triples handed on and then freed, so that memory is bounded by a window, not by the document.

The file is read and decoded once (kg.inputs); the decoded text is cut at section, paragraph or line breaks
into windows of about WINDOW_CHARS characters (cut); each window is normalised (read.normalise) and runs
through the stages after read (kg.pipeline.STAGES) as a Document of its own, whose Window (kg/document.py)
says where it stands: offsets and article numbers are the whole document's, and the page's context (place,
province, date, year) is the one the first window read. All windows are the same bulletin (same IRI, same
named graph); an entity named in two windows is the same IRI where its name and anchor are (organizations
by name, persons by name and anchor). A document of one window is processed exactly as kg.pipeline.process
does, and gives the same N-Triples byte for byte. What a one-pass build would read across a window boundary
(a line joined over it, an abbreviation resolved against a name in another window, a person's anchor taken
from a post in another window) is read within each window.

    from kg import windows
    long = windows.LongDocument("year.txt")
    for chunk in long.ntriples():     # N-Triples a window at a time, then the memberships' first and last days
        ...
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterator

from kg import inputs, rdf
from kg.document import Document, Window
from kg.pipeline import STAGES
from kg.stages import read

WINDOW_CHARS = 300_000   # characters of a window (~0.9 MB of UTF-8): the stages and kg.rdf hold ~250 MB per MB
# of the text they work on (benchmarks/README.md, bench_long_document.py), so a window keeps a build's peak near
# 0.5 GB whatever the document's length; much smaller windows would cut more facts at their boundaries
WINDOW_BYTES = 3 * WINDOW_CHARS   # a file larger than this is read through windows (kg.build): 3 bytes a CJK
# character in UTF-8 (a smaller file may still be longer than a window in GBK: it is then built in one pass)
BREAKS = ("\n【", "\n\n", "\n")   # where a window is best cut: before a 【section】, at a blank line, a line end


def cut(text: str, size: int = WINDOW_CHARS) -> Iterator[str]:
    """TEXT in consecutive pieces of at most SIZE characters, each cut after the last BREAKS (the first of
    them found) in its second half; a piece without any is cut at SIZE.

    >>> list(cut("甲乙\\n\\n丙丁\\n戊", 6))
    ['甲乙\\n\\n', '丙丁\\n戊']
    """
    pos = 0
    while len(text) - pos > size:
        end = pos + size
        for mark in BREAKS:
            at = text.rfind(mark, pos + size // 2, end)
            if at >= 0:
                end = at + len(mark) if mark == "\n\n" else at + 1
                break
        yield text[pos:end]
        pos = end
    yield text[pos:]


class LongDocument:
    """One file read once, for its windows (documents) or their N-Triples (ntriples). The file is read when
    this is made (ReadError and OSError as kg.inputs.read raises them); SHA256 is of its bytes.

    >>> long = LongDocument("year.txt")      # doctest: +SKIP
    >>> [doc.window.offset for doc in long.documents()]      # doctest: +SKIP
    [0, 299980, 599871]
    """

    def __init__(self, path: str | Path, raw: bytes | None = None, size: int | None = None):
        self.path = Path(path)
        reading = inputs.read(self.path, raw)
        self.sha256 = hashlib.sha256(reading.raw).hexdigest() if reading.raw else None
        self.encoding, self.kind, self.warnings = reading.encoding, reading.kind, list(reading.warnings)
        self._text = reading.text.replace("\r\n", "\n").replace("\r", "\n")   # as read.normalise would
        self.size = size or WINDOW_CHARS

    @property
    def several(self) -> bool:
        """Whether the text is longer than one window."""
        return len(self._text) > self.size

    def documents(self) -> Iterator[Document]:
        """Each window as a Document that has been through every stage, in order: one made after the one before
        it is handed on (the page's context and place pass from the first to the others)."""
        window = Window()
        for piece in cut(self._text, self.size):
            doc = Document(path=self.path, encoding=self.encoding, input_kind=self.kind, window=window)
            if window.index == 0:
                doc.warnings.extend(self.warnings)
            read.normalise(doc, piece)
            for _name, stage in STAGES[1:]:   # read: the file was read once, each window is normalised
                stage(doc)
            yield doc
            window = Window(index=window.index + 1, offset=window.offset + len(doc.text),
                            first_article=window.first_article + len(doc.articles),
                            page=window.page or doc.context, place=doc.page_place, anchors=doc.anchors)

    def ntriples(self, warnings: list[str] | None = None) -> Iterator[bytes]:
        """The bulletin's N-Triples a window at a time (what kg.store.Store.add_windows writes), then, for a
        document of several windows, the first and last day of each membership (seen over all of them). What
        the stages noted of each window (Document.warnings) is added to WARNINGS."""
        seen: dict | None = {} if self.several else None
        for doc in self.documents():
            if warnings is not None:
                warnings.extend(doc.warnings)
            yield rdf.to_ntriples(doc, seen)
        if seen:
            yield rdf.seen_triples(seen).ntriples()
