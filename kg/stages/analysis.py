"""Stage analysis: the word segmentation and the place surfaces of the text, computed once.

Later stages look them up (``Document.is_word_start``, ``Document.word_before``, ``Document.places.find``)
instead of segmenting or scanning the gazetteer again for every candidate name.
"""
from __future__ import annotations

from kg.document import Document
from kg.places import PlaceIndex

READS = ("text", "sentences")
WRITES = ("word_starts", "places")


def word_starts(doc: Document) -> list[int]:
    """Sorted offsets where a jieba word starts, sentence by sentence (each sentence's end included): a stop
    word only stops a name where it is a word of its own.

    >>> from pathlib import Path
    >>> from kg.document import Sentence
    >>> doc = Document(Path("x"), text="市政协主席王明", sentences=[Sentence(0, 7, 0)])
    >>> 3 in word_starts(doc)
    True
    """
    import jieba
    jieba.setLogLevel(60)
    starts: set[int] = set()
    for s in doc.sentences:
        pos = s.start
        for token in jieba.cut(doc.text[s.start:s.end], HMM=False):
            starts.add(pos)
            pos += len(token)
        starts.add(pos)
    return sorted(starts)


def run(doc: Document) -> None:
    doc.word_starts = word_starts(doc)
    doc.places = PlaceIndex(doc.text)
