"""Code-quality figures of kg/ by radon: the functions of cyclomatic complexity C or worse (over 10), worst
first, and every module's maintainability index, lowest first. The limits of the house (no function above
cc 25, no module below grade B) are checked by tests/test_code_quality.py, which uses the functions here.

Run from the repository root:

    .venv/bin/python benchmarks/radon_report.py            # the package kg/
    .venv/bin/python benchmarks/radon_report.py some/dir   # another tree

Example
-------
>>> [(f.path, f.name) for f in complexities() if f.name == "score_detailed"]
[('kg/evaluate.py', 'score_detailed')]
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from radon.complexity import cc_rank, cc_visit
from radon.metrics import mi_rank, mi_visit
from radon.visitors import Class

ROOT = Path(__file__).resolve().parents[1]
MAX_COMPLEXITY = 25    # no function above this
WORST_GRADE = "B"      # no module below this maintainability grade (A: MI 20-100, B: 10-19, C: 0-9)
REPORTED = 10          # the ranking lists cc above this (grade C and worse)


@dataclass(frozen=True)
class Complexity:
    path: str
    name: str       # Class.method or function
    line: int
    cc: int

    def __str__(self) -> str:
        return f"{self.cc:4d} {cc_rank(self.cc)}  {self.path}:{self.line} {self.name}"


@dataclass(frozen=True)
class Maintainability:
    path: str
    mi: float

    @property
    def grade(self) -> str:
        return mi_rank(self.mi)

    def __str__(self) -> str:
        return f"{self.mi:6.2f} {self.grade}  {self.path}"


def _sources(root: Path) -> list[tuple[str, str]]:
    return [(str(p.relative_to(root.parent)), p.read_text(encoding="utf-8")) for p in sorted(root.rglob("*.py"))]


def complexities(root: Path = ROOT / "kg") -> list[Complexity]:
    """Every function and method under root with its cyclomatic complexity, most complex first."""
    # cc_visit lists methods on their own as well as in their classes; a closure counts in its function
    out = [Complexity(path, b.fullname, b.lineno, b.complexity)
           for path, code in _sources(root) for b in cc_visit(code) if not isinstance(b, Class)]
    return sorted(out, key=lambda c: (-c.cc, c.path, c.line))


def maintainabilities(root: Path = ROOT / "kg") -> list[Maintainability]:
    """Every module under root with its maintainability index (radon mi, multi-line strings as comments),
    lowest first."""
    return sorted((Maintainability(path, mi_visit(code, multi=True)) for path, code in _sources(root)),
                  key=lambda m: (m.mi, m.path))


def report(root: Path = ROOT / "kg") -> str:
    cc = complexities(root)
    mi = maintainabilities(root)
    over = [c for c in cc if c.cc > MAX_COMPLEXITY]
    below = [m for m in mi if m.grade > WORST_GRADE]
    lines = [f"cyclomatic complexity above {REPORTED} (C or worse), {root}:"]
    lines += [str(c) for c in cc if c.cc > REPORTED] or ["  none"]
    lines += ["", "maintainability index per module (lowest first):"] + [str(m) for m in mi]
    lines += ["", f"{len(over)} functions above cc {MAX_COMPLEXITY}; {len(below)} modules below grade {WORST_GRADE}"
              f" (of {len(cc)} functions, {len(mi)} modules)"]
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT / "kg"))
