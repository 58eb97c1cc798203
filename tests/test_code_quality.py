"""The limits of the house on kg/, measured by radon (benchmarks/radon_report.py prints the figures): no
function above cyclomatic complexity 25, no module below maintainability grade B."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path


ROOT = Path(__file__).resolve().parents[1]


def radon_report():
    if "radon_report" not in sys.modules:   # registered before it runs: its dataclasses look their module up
        spec = importlib.util.spec_from_file_location("radon_report", ROOT / "benchmarks" / "radon_report.py")
        sys.modules["radon_report"] = module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return sys.modules["radon_report"]


def test_the_measure_sees_a_complex_function_and_an_unmaintainable_module(tmp_path):
    """The check itself: a function of 26 branches is over the limit, a module of such is graded below B."""
    branches = "".join(f"    if x == {i}:\n        return {i}\n" for i in range(26))
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "ladder.py").write_text(f"def ladder(x):\n{branches}    return -1\n" * 6, encoding="utf-8")
    (tmp_path / "pkg" / "small.py").write_text("def one(x):\n    return x + 1\n", encoding="utf-8")
    report = radon_report()
    cc = {c.name: c.cc for c in report.complexities(tmp_path / "pkg")}
    assert cc == {"ladder": 27, "one": 1}
    grades = {m.path: m.grade for m in report.maintainabilities(tmp_path / "pkg")}
    assert grades == {"pkg/ladder.py": "C", "pkg/small.py": "A"}


def test_no_function_above_complexity_25_and_no_module_below_grade_b():
    report = radon_report()
    over = [str(c) for c in report.complexities() if c.cc > report.MAX_COMPLEXITY]
    below = [str(m) for m in report.maintainabilities() if m.grade > report.WORST_GRADE]
    assert not over and not below, "\n".join(["functions above cc 25:", *over, "modules below grade B:", *below])
