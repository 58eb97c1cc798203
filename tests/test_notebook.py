"""notebooks/walkthrough.ipynb runs top to bottom in the project's interpreter and its queries answer."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat
import pytest

nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "walkthrough.ipynb"
CELL_TIMEOUT = 300   # seconds per cell


def read() -> nbformat.NotebookNode:
    return nbformat.read(NOTEBOOK, as_version=4)


def text_of(cell) -> str:
    """Everything a code cell printed or displayed, as text (HTML included)."""
    parts = []
    for out in cell.get("outputs", []):
        if out.output_type == "stream":
            parts.append(out.text)
        elif out.output_type in ("execute_result", "display_data"):
            parts.append(out.data.get("text/html", ""))
            parts.append(out.data.get("text/plain", ""))
        elif out.output_type == "error":
            parts.append(f"{out.ename}: {out.evalue}")
    return "\n".join(parts)


def test_saved_notebook_is_valid_and_has_no_outputs():
    nb = read()
    nbformat.validate(nb)
    assert nb.metadata.get("kernelspec", {}).get("name") == "python3"
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert not cell.outputs, "save the notebook with outputs cleared"
            assert cell.execution_count is None, "save the notebook with outputs cleared"


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    out_dir = tmp_path_factory.mktemp("walkthrough")
    nb = read()
    mp = pytest.MonkeyPatch()
    mp.setenv("KG_WALKTHROUGH_OUT", str(out_dir))   # the kernel inherits the environment
    client = nbclient.NotebookClient(
        nb, kernel_name="python3", timeout=CELL_TIMEOUT, allow_errors=False,
        resources={"metadata": {"path": str(ROOT)}})
    try:
        client.execute()
    except nbclient.exceptions.CellExecutionError as exc:
        pytest.fail(f"a notebook cell failed:\n{exc}")
    finally:
        mp.undo()
    return nb, out_dir


def test_runs_in_the_project_interpreter(executed):
    nb, _ = executed
    first = next(c for c in nb.cells if c.cell_type == "code")
    text = text_of(first)
    prefix = re.search(r"^prefix: (.+)$", text, re.M)
    assert prefix, text
    assert Path(prefix.group(1).strip()).resolve() == Path(sys.prefix).resolve(), \
        f"the kernel ran under {prefix.group(1)!r}, not this interpreter's prefix {sys.prefix!r}"


def test_no_cell_errored(executed):
    nb, _ = executed
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code":
            errors = [o for o in cell.outputs if o.output_type == "error"]
            assert not errors, f"cell {i} errored: {text_of(cell)}"


def test_query_cells_answer(executed):
    nb, _ = executed
    queries = [c for c in nb.cells if c.cell_type == "code" and "query" in c.metadata.get("tags", [])]
    assert len(queries) >= 3
    for cell in queries:
        text = text_of(cell)
        assert text.strip(), f"query cell printed nothing:\n{cell.source}"
        counts = re.findall(r"\((\d+) rows", text)
        assert counts and int(counts[-1]) > 0, f"query cell found no rows:\n{cell.source}\n{text}"
        assert "<td>" in text, f"query cell shows no table:\n{text}"


def test_graph_conforms_and_files_are_written(executed):
    nb, out_dir = executed
    everything = "\n".join(text_of(c) for c in nb.cells if c.cell_type == "code")
    assert "conforms to ontology/shapes.ttl: True" in everything
    assert (out_dir / "graph.ttl").stat().st_size > 0
    try:
        import kg.view  # noqa: F401
    except ImportError:
        return
    assert (out_dir / "graph.html").stat().st_size > 0


def test_events_section_answers(executed):
    """The events section runs the ready-made queries: 云港's investment trip of 2021-05-31..06-04 and the
    companies it visited are in its output."""
    nb, _ = executed
    start = next(i for i, c in enumerate(nb.cells)
                 if c.cell_type == "markdown" and "Events, topics and documents" in c.source)
    section = []
    for cell in nb.cells[start + 1:]:
        if cell.cell_type == "markdown" and cell.source.startswith("## "):
            break
        if cell.cell_type == "code":
            section.append(text_of(cell))
    text = "\n".join(section)
    for name in ("companies-visited", "events-led-by", "topics-per-body", "co-attendance", "person-timeline",
                 "person-identity"):
        assert f"{name}: " in text, f"the events section does not run {name}"
    assert "重庆顺博铝合金股份有限公司" in text
    assert "云港" in text and "2021-05-31" in text


def test_network_analysis_section_answers(executed):
    """The analysis section ranks persons and bodies, finds the path between two persons and draws charts."""
    nb, out_dir = executed
    start = next(i for i, c in enumerate(nb.cells)
                 if c.cell_type == "markdown" and c.source.startswith("## 6. Network analysis"))
    text = "\n".join(text_of(c) for c in nb.cells[start + 1:start + 3])
    assert "most central persons" in text and "包头市政协" in text
    assert "shortest path 刘晓东 → 孙志良" in text
    assert (out_dir / "charts" / "central.png").stat().st_size > 0
