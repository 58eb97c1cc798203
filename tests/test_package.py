"""The installed package is complete: its wheel holds the ontology and the data files, and themes are linked
when the package runs from the wheel (no checkout next to it)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel of a fresh copy of the sources (the checkout's build/ may hold files no longer there), built
    with the setuptools of the test extras (no download)."""
    src, out = tmp_path_factory.mktemp("src"), tmp_path_factory.mktemp("wheel")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src)
    shutil.copytree(ROOT / "kg", src / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(src), "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(out)], check=True, capture_output=True)
    return next(out.glob("cppcc_kg-*.whl"))


def test_the_wheel_ships_the_ontology_the_data_and_the_queries(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for ttl in ("cppcc.ttl", "shapes.ttl", "themes.ttl"):
        assert f"kg/ontology/{ttl}" in names
    assert {f"kg/data/{p.name}" for p in (ROOT / "kg" / "data").iterdir()} <= names
    assert {f"kg/queries/{p.name}" for p in (ROOT / "kg" / "queries").glob("*.rq")} <= names
    assert {"kg/static/index.html", "kg/static/yasgui/yasgui.min.js", "kg/static/yasgui/yasgui.min.css"} <= names


def test_an_event_built_from_the_installed_wheel_is_linked_to_its_theme(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)   # a pure-Python wheel unpacked is the installed package
    bulletin = tmp_path / "b.txt"
    bulletin.write_text("政协工作动态\n2024年第3期\n凉山州政协办公室    2024年3月5日\n\n"
                        "州政协召开优化营商环境专题协商会\n"
                        "3月4日，州政协主席王建国主持召开优化营商环境专题协商会。\n", encoding="utf-8")
    script = ("import sys, kg, kg.pipeline as p; from pathlib import Path\n"
              "assert Path(kg.__file__).is_relative_to(sys.argv[2]), kg.__file__\n"
              "print([t for e in p.process(sys.argv[1]).events for t in e.themes])")
    # the wheel's kg comes before the editable checkout; run outside the checkout
    env = {**os.environ, "PYTHONPATH": str(site)}
    done = subprocess.run([sys.executable, "-c", script, str(bulletin), str(site)], cwd=tmp_path, env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "business-environment" in done.stdout
    assert "theme scheme not found" not in done.stderr
