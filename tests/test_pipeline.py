"""The pipeline's stages declare what they read and write on the Document, and nothing flows backwards."""
from __future__ import annotations

import dataclasses
import importlib
from pathlib import Path

from hypothesis import given, settings, strategies as st

from kg import pipeline
from kg.document import Document
from kg.places import PlaceIndex, gazetteer

FIELDS = {f.name for f in dataclasses.fields(Document)}
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def stage_module(name: str):
    return importlib.import_module(f"kg.stages.{name}")


def test_every_stage_declares_reads_and_writes_of_document_fields():
    for name, _run in pipeline.STAGES:
        module = stage_module(name)
        assert set(module.READS) <= FIELDS and set(module.WRITES) <= FIELDS, name
        assert module.WRITES, name


def test_no_stage_reads_what_a_later_stage_writes():
    stages = [stage_module(name) for name, _run in pipeline.STAGES]
    for i, stage in enumerate(stages):
        later = {field for s in stages[i + 1:] for field in s.WRITES}
        assert not set(stage.READS) & later, (stage.__name__, set(stage.READS) & later)


class Watched(Document):
    """A Document that records which of its fields are touched."""

    def __getattribute__(self, key):
        if key in FIELDS:
            object.__getattribute__(self, "__dict__").setdefault("_touched", set()).add(key)
        return object.__getattribute__(self, key)


def test_stages_touch_only_the_fields_they_declare():
    doc = Watched(path=sorted(SEEDS.glob("*.txt"))[0])
    for name, run in pipeline.STAGES:
        doc.__dict__["_touched"] = set()
        run(doc)
        module = stage_module(name)
        assert doc.__dict__["_touched"] <= set(module.READS) | set(module.WRITES), name


TEXT = "内蒙古自治区包头市青山区政协、土右旗委和江苏响水县政协，马鞍山市和县政协在镇江西省道调研。"


@settings(max_examples=200, deadline=None)
@given(st.integers(0, len(TEXT)), st.integers(0, len(TEXT)), st.booleans())
def test_place_index_finds_what_find_all_finds_on_any_stretch(a, b, short_forms):
    start, end = min(a, b), max(a, b)
    found = [(m.start - start, m.end - start, m.surface, m.full)
             for m in PlaceIndex(TEXT).find(start, end, short_forms)]
    expected = [(m.start, m.end, m.surface, m.full) for m in gazetteer().find_all(TEXT[start:end], short_forms)]
    assert found == expected
