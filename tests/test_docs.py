"""docs/ARCHITECTURE.md says what the code does: its table of stages is the pipeline's order with each
stage's READS and WRITES, and the README links the page."""
from __future__ import annotations

import importlib
import re
from pathlib import Path

from kg import pipeline

ROOT = Path(__file__).resolve().parents[1]
ARCHITECTURE = ROOT / "docs" / "ARCHITECTURE.md"
STAGE_ROW = re.compile(r"^\| `(\w+)` \|(.*)\|(.*)\|$")


def fields(cell: str) -> list[str]:
    return re.findall(r"`(\w+)`", cell)


def row(name: str, reads, writes) -> str:
    def cell(names):
        return ", ".join(f"`{n}`" for n in names)
    return f"| `{name}` | {cell(reads)} | {cell(writes)} |"


def test_the_table_of_stages_is_the_pipeline_with_its_declared_reads_and_writes():
    documented = [(m[1], fields(m[2]), fields(m[3]))
                  for m in map(STAGE_ROW.match, ARCHITECTURE.read_text(encoding="utf-8").splitlines()) if m]
    declared = []
    for name, run in pipeline.STAGES:
        module = importlib.import_module(run.__module__)
        declared.append((name, list(module.READS), list(module.WRITES)))
    assert documented == declared, "docs/ARCHITECTURE.md wants these rows:\n" + "\n".join(row(*d) for d in declared)


def test_the_readme_links_the_architecture_page():
    assert "(docs/ARCHITECTURE.md)" in (ROOT / "README.md").read_text(encoding="utf-8")
