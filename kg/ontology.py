"""Where the project's ontology files (ontology/*.ttl: classes, shapes, the theme scheme) are."""
from __future__ import annotations

from pathlib import Path


def ontology_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "ontology"


def ontology_files() -> list[Path]:
    d = ontology_dir()
    return sorted(d.glob("*.ttl")) if d.is_dir() else []
