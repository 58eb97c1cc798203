"""The `kg` command: build a store from bulletins, query it, export it, view it, evaluate against gold.

    kg build seeds -o out                         bulletins (files or folders of *.txt) -> out/store, graph.ttl, graph.html
    kg query "SELECT ..." -s out                  SPARQL over the union of all bulletins (prefixes predeclared)
    kg query --name person-posts --param person=陈智 -s out
    kg query --list                               the ready-made queries (kg/queries/*.rq)
    kg export -s out --format trig -o all.trig    turtle | nt | jsonld | trig
    kg view -s out -o graph.html                  the interactive HTML graph
    kg remove NAME.txt -s out                     withdraw a bulletin from the store
    kg stats -s out                               counts over the store
    kg repair -s out                              mend a damaged manifest or store
    kg evaluate GOLD_DIR CORPUS_DIR               scores against gold annotations

Exit status: 0 success, 1 some files could not be built (the others were), 2 usage error, bad query,
missing store or file.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import time
import traceback
import unicodedata
from pathlib import Path
from typing import Sequence

from kg import store as kgstore

DEFAULT_DIR = "out"
TABLE_MAX_WIDTH = 80


class CliError(Exception):
    """A user-facing error: printed as one line, exit status 2."""


def error(message: str) -> None:
    print(f"kg: error: {message}", file=sys.stderr)


# --- optional modules written elsewhere ----------------------------------------------------------------

def _optional_module(name: str):
    """import kg.NAME, or None when that module does not exist (yet); errors inside it propagate."""
    import importlib
    try:
        return importlib.import_module(f"kg.{name}")
    except ModuleNotFoundError as e:
        if e.name == f"kg.{name}":
            return None
        raise


# --- build -------------------------------------------------------------------------------------------

def collect_files(paths: Sequence[str]) -> tuple[list[Path], list[str]]:
    """The files to build: files as given, folders searched recursively for *.txt (sorted).
    Returns (files, problems)."""
    files: list[Path] = []
    problems: list[str] = []
    for arg in paths:
        p = Path(arg)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*.txt") if f.is_file())
            if not found:
                problems.append(f"{arg}: no *.txt files in this folder")
            files.extend(found)
        elif p.is_file():
            files.append(p)
        elif p.exists():
            problems.append(f"{arg}: not a regular file or folder")
        else:
            problems.append(f"{arg}: no such file or folder")
    unique: list[Path] = []
    seen: set[Path] = set()
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, problems


def _progress(total: int):
    from tqdm import tqdm
    return tqdm(total=total, unit="file", file=sys.stderr, dynamic_ncols=True,
                disable=total <= 1 or not sys.stderr.isatty())


def _say(bar, message: str) -> None:
    """A line on stderr that does not break the progress bar."""
    if getattr(bar, "disable", True):
        print(message, file=sys.stderr)
    else:
        bar.write(message, file=sys.stderr)


VIEW_MAX_TRIPLES = 200_000   # above this `kg build` leaves graph.html out: a browser view of it would not load
EXPORT_MAX_TRIPLES = 500_000   # above this `kg build` leaves graph.ttl to `kg export`: rewriting 2.5M triples
# took 23 s here, where adding the bulletin took 6 s


def build_files(store: kgstore.Store, files: Sequence[Path], args: argparse.Namespace) -> tuple[int, int]:
    """Extract FILES (as --jobs / --executor say) and write each into STORE as it arrives;
    returns (built, failed). Errors are reported on stderr, one line per file."""
    from kg import build
    built = failed = 0
    bar = _progress(len(files))
    try:
        results = build.extract_all(files, jobs=args.jobs, executor=args.executor, scheduler=args.scheduler,
                                    want_traceback=args.traceback)
        for result in results:
            bar.update(1)
            bar.set_postfix_str(Path(result.path).name, refresh=False)
            if result.error is None:
                try:
                    store.add_ntriples(result.name, result.ntriples, path=result.path, sha256=result.sha256)
                    built += 1
                    continue
                except kgstore.StoreError as e:
                    result.error = str(e)
            failed += 1
            _say(bar, f"kg: error: {result.error}")
            if result.detail and args.traceback:
                _say(bar, result.detail)
    except build.ExecutorError as e:
        raise CliError(str(e)) from e
    finally:
        bar.close()
    return built, failed


def write_outputs(store: kgstore.Store, out: Path, args: argparse.Namespace, triples: int) -> tuple[list[Path], int]:
    """graph.ttl (streamed from the store) and, for a store small enough to view, graph.html;
    returns (files written, failures)."""
    written: list[Path] = []
    failed = 0
    if not args.no_export and triples > EXPORT_MAX_TRIPLES:
        print(f"note: graph.ttl not rewritten: the store has {triples} triples (more than {EXPORT_MAX_TRIPLES}); "
              f"`kg export -s {out} -o {out / 'graph.ttl'}` writes it", file=sys.stderr)
    elif not args.no_export:
        try:
            written.append(store.export(out / "graph.ttl", "turtle"))
        except kgstore.StoreError as e:
            error(str(e))
            failed += 1
    if args.no_html:
        return written, failed
    if triples > VIEW_MAX_TRIPLES:
        print(f"note: graph.html not written: the store has {triples} triples (more than {VIEW_MAX_TRIPLES}); "
              f"`kg view -s {out} -o FILE` writes it anyway", file=sys.stderr)
        return written, failed
    view = _optional_module("view")
    if view is None:
        print("note: kg/view.py is not available; graph.html not written", file=sys.stderr)
        return written, failed
    html = out / "graph.html"
    try:
        view.write_html(store.to_rdflib(), html)
        written.append(html)
    except Exception as e:
        error(f"cannot write {html}: {type(e).__name__}: {e}")
        if args.traceback:
            traceback.print_exc()
        failed += 1
    return written, failed


def cmd_build(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    files, problems = collect_files(args.paths)
    for problem in problems:
        error(problem)
    if not files:
        error("nothing to build")
        return 2
    by_name: dict[str, Path] = {}
    for f in files:
        if f.name in by_name:
            print(f"kg: warning: {by_name[f.name]} and {f} have the same file name; a bulletin is identified "
                  f"by its file name, so the later one replaces the earlier", file=sys.stderr)
        by_name[f.name] = f
    if args.jobs < 1:
        raise CliError("--jobs takes a number of at least 1")
    if args.scheduler and args.executor != "dask":
        raise CliError("--scheduler goes with --executor dask")

    out = Path(args.output)
    try:
        store = kgstore.Store(out, create=True)
    except kgstore.StoreError as e:
        error(str(e))
        return 2
    with store:
        for change in store.reconciled:
            print(f"kg: warning: {change}", file=sys.stderr)
        built, failed = build_files(store, files, args)
        failed += len(problems)
        entries = store.files()
        quads = sum(entry.get("triples") or 0 for entry in entries.values())
        # counting persons, posts... reads the whole union: for a large store `kg stats` does it when asked
        stats = store.stats() if quads <= VIEW_MAX_TRIPLES else None
        written, unwritten = write_outputs(store, out, args, stats["triples"] if stats else quads)
        failed += unwritten
    seconds = time.perf_counter() - started

    print(f"built {built} of {len(files)} file{'s' if len(files) != 1 else ''} into {out}"
          + (f", {failed} failed" if failed else "") + f" in {seconds:.1f} s")
    if stats is None:
        print(f"store: {len(entries)} files, {quads} triples in their graphs (`kg stats -s {out}` counts the rest)")
    else:
        print("store: " + ", ".join(f"{stats[k]} {k}" for k in
                                    ("files", "articles", "persons", "organizations", "posts", "events",
                                     "documents", "triples")))
    for path in written:
        print(f"wrote {path}")
    return 1 if failed else 0


# --- query -------------------------------------------------------------------------------------------

def display_width(text: str) -> int:
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def truncate(text: str, width: int) -> str:
    if width <= 0 or display_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = display_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def compact_iri(value: str) -> str:
    for prefix, ns in kgstore.PREFIXES.items():
        if value.startswith(ns) and len(value) > len(ns):
            return f"{prefix}:{value[len(ns):]}"
    return value


def cell_text(value: object, compact: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if compact and "://" in text and " " not in text:
        text = compact_iri(text)
    return text


def format_table(variables: list[str], rows: list[tuple], max_width: int = TABLE_MAX_WIDTH) -> str:
    """Aligned columns; CJK characters count two columns wide."""
    cells = [[truncate(" ".join(cell_text(v, compact=True).split()), max_width) for v in row] for row in rows]
    header = list(variables)
    widths = [display_width(h) for h in header]
    for row in cells:
        for i, c in enumerate(row):
            widths[i] = max(widths[i], display_width(c))

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (widths[i] - display_width(v)) for i, v in enumerate(values)).rstrip()

    out = [line(header), "  ".join("-" * w for w in widths)]
    out.extend(line(row) for row in cells)
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def format_delimited(variables: list[str], rows: list[tuple], delimiter: str) -> str:
    buf = io.StringIO()
    if delimiter == "\t":   # TSV: one record per line, no quoting; tabs and newlines inside values become spaces
        buf.write("\t".join(variables) + "\n")
        for row in rows:
            buf.write("\t".join(" ".join(cell_text(v).replace("\t", " ").splitlines()) for v in row) + "\n")
    else:
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(variables)
        writer.writerows([cell_text(v) for v in row] for row in rows)
    return buf.getvalue()


def format_json(variables: list[str], rows: list[tuple]) -> str:
    return json.dumps([dict(zip(variables, row)) for row in rows], ensure_ascii=False, indent=2) + "\n"


def format_results(variables: list[str], rows: list[tuple], fmt: str, max_width: int = TABLE_MAX_WIDTH) -> str:
    if fmt == "table":
        return format_table(variables, rows, max_width)
    if fmt == "csv":
        return format_delimited(variables, rows, ",")
    if fmt == "tsv":
        return format_delimited(variables, rows, "\t")
    if fmt == "json":
        return format_json(variables, rows)
    raise CliError(f"unknown format {fmt!r}")


def parse_params(items: Sequence[str] | None) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in items or ():
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise CliError(f"--param takes KEY=VALUE, not {item!r}")
        params[key] = value.strip()
    return params


def list_queries_text() -> str:
    lines = []
    for name, q in kgstore.list_queries().items():
        lines.append(f"{name}")
        for text in q.description:
            lines.append(f"    {text}")
        for param, text in q.params.items():
            lines.append(f"    param {param}: {text}")
        for example in q.examples:
            lines.append(f"    e.g.  {example}")
        lines.append("")
    return "\n".join(lines)


def open_store(directory: str) -> kgstore.Store:
    try:
        return kgstore.Store(directory, create=False, read_only=True)
    except kgstore.StoreError as e:
        raise CliError(str(e)) from e


def cmd_query(args: argparse.Namespace) -> int:
    if args.list:
        sys.stdout.write(list_queries_text())
        return 0
    sources = [s for s in (args.sparql, args.file, args.name) if s is not None]
    if len(sources) != 1:
        raise CliError("give exactly one of: a SPARQL string, --file FILE, --name NAME (or --list)")
    params = parse_params(args.param)
    if args.name is not None:
        try:
            sparql = kgstore.load_query(args.name).render(params)
        except kgstore.QueryError as e:
            raise CliError(f"query {args.name}: {e}") from e
    else:
        if args.file is not None:
            try:
                sparql = Path(args.file).read_text(encoding="utf-8")
            except FileNotFoundError:
                raise CliError(f"no such query file: {args.file}") from None
            except (OSError, UnicodeError) as e:
                raise CliError(f"cannot read query file {args.file}: {e}") from e
        else:
            sparql = args.sparql
        if params or kgstore.query_parameters(sparql):
            try:
                sparql = kgstore.render_query(sparql, params)
            except kgstore.QueryError as e:
                raise CliError(str(e)) from e
    if args.show:
        print(sparql, file=sys.stderr)
    with open_store(args.store) as store:
        try:
            variables, rows = store.query(sparql)
        except kgstore.QueryError as e:
            raise CliError(str(e)) from e
    sys.stdout.write(format_results(variables, rows, args.format, args.max_width))
    return 0


# --- export, view, remove, stats ---------------------------------------------------------------------

def cmd_export(args: argparse.Namespace) -> int:
    fmt = args.format
    if fmt is None:
        by_ext = {ext: f for f, ext in kgstore.EXTENSIONS.items()}
        fmt = by_ext.get(Path(args.output).suffix.lower(), "turtle")
    with open_store(args.store) as store:
        try:
            path = store.export(args.output, fmt)
        except kgstore.StoreError as e:
            raise CliError(str(e)) from e
    print(f"wrote {path}")
    return 0


def cmd_view(args: argparse.Namespace) -> int:
    view = _optional_module("view")
    if view is None:
        raise CliError("the HTML view is not available (kg/view.py is missing)")
    with open_store(args.store) as store:
        graph = store.to_rdflib()
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    view.write_html(graph, output)
    print(f"wrote {output}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    if not kgstore.exists(args.store):
        raise CliError(f"no store in {args.store}")
    missing = 0
    with kgstore.Store(args.store, create=False) as store:
        for name in args.names:
            name = Path(name).name
            if store.remove(name):
                print(f"removed {name}")
            else:
                error(f"{name} is not in the store")
                missing += 1
        if not args.no_export:
            store.export(Path(args.store) / "graph.ttl", "turtle")
    return 1 if missing else 0


def cmd_stats(args: argparse.Namespace) -> int:
    with open_store(args.store) as store:
        stats = store.stats()
        files = store.files()
    for key, value in stats.items():
        print(f"{key:14} {value}")
    if args.files:
        for name, entry in files.items():
            print(f"{name}\t{entry.get('built', '')}\t{entry.get('triples', '')}\t{entry.get('sha256', '')}")
    return 0


def _rebuild_from_sources(directory: Path, cause: str, args: argparse.Namespace) -> int:
    """The store cannot be opened: set it aside and build again every file manifest.json lists."""
    try:
        entries, _layout = kgstore.read_manifest(directory)
    except kgstore.StoreError as e:
        raise CliError(f"{cause}; and {e}: rebuild the store with kg build PATH... -o {directory}") from e
    sources = [Path(e["path"]) for e in entries.values() if e.get("path")]
    lost = sorted((name, e.get("path")) for name, e in entries.items()
                  if not e.get("path") or not Path(e["path"]).is_file())
    aside = kgstore.set_aside(directory / kgstore.STORE_SUBDIR)
    print(f"the store could not be opened ({cause}); set aside as {aside}", file=sys.stderr)
    (directory / kgstore.MANIFEST).unlink(missing_ok=True)
    for name, path in lost:
        error(f"{name}: " + (f"its source {path} is gone" if path else f"{kgstore.MANIFEST} does not say where its "
                             "source is") + "; build it again with kg build FILE")
    with kgstore.Store(directory, create=True) as store:
        built, failed = build_files(store, [p for p in sources if p.is_file()], args)
    print(f"rebuilt {built} of {len(entries)} files from their sources into {directory}")
    return 1 if failed or lost else 0


def cmd_repair(args: argparse.Namespace) -> int:
    directory = Path(args.store)
    if not kgstore.exists(directory):
        raise CliError(f"no store in {directory}")
    try:
        kgstore.read_manifest(directory)
    except kgstore.ManifestError as e:
        aside = kgstore.set_aside(directory / kgstore.MANIFEST)
        print(f"{e.args[0].split(';')[0]}: set aside as {aside}; the store rebuilds it", file=sys.stderr)
    try:
        store = kgstore.Store(directory, create=False)
    except kgstore.StoreError as e:
        if "in use" in str(e):
            raise CliError(str(e)) from e
        return _rebuild_from_sources(directory, str(e), args)
    with store:
        for change in store.reconciled:
            print(f"mended: {change}")
        triples = store.materialise_union()
        files = len(store.files())
    print(f"repaired {directory}: {files} files, {triples} triples in the union graph")
    return 0


# --- argument parsing --------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg", description="Knowledge graphs of officials and bodies from CPPCC work bulletins.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Run `kg COMMAND --help` for a command's options.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("build", help="build bulletins into a store directory",
                       description="Run the pipeline on each bulletin and replace its named graph in the store "
                                   "DIR/store; then write DIR/graph.ttl and DIR/graph.html.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="bulletin files, or folders searched for *.txt")
    p.add_argument("-o", "--output", default=DEFAULT_DIR, metavar="DIR", help=f"store directory (default {DEFAULT_DIR})")
    p.add_argument("--no-html", "--no-view", dest="no_html", action="store_true",
                   help=f"do not write graph.html (left out anyway above {VIEW_MAX_TRIPLES} triples)")
    p.add_argument("--no-export", action="store_true",
                   help=f"do not write graph.ttl (left out anyway above {EXPORT_MAX_TRIPLES} triples; kg export writes it)")
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                   help="extract in N worker processes (default 1); with --executor dask, the workers of a local cluster")
    p.add_argument("--executor", choices=("local", "dask"), default="local",
                   help="local: this machine (default); dask: a Dask cluster (pip install 'cppcc-kg[dask]')")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --executor dask: the scheduler, e.g. tcp://10.0.0.5:8786 (default: a local cluster)")
    p.add_argument("--traceback", action="store_true", help="show tracebacks of processing errors")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("query", help="run SPARQL over the store",
                       description="Run a SPARQL query over the union of all bulletins. The prefixes "
                                   + ", ".join(f"{k}:" for k in kgstore.PREFIXES) + " need no declaration. "
                                   "A $NAME in the query is replaced by the escaped string of --param NAME=VALUE.")
    p.add_argument("sparql", nargs="?", metavar="SPARQL", help="the query text")
    p.add_argument("-f", "--file", metavar="FILE", help="read the query from FILE (.rq)")
    p.add_argument("-n", "--name", metavar="NAME", help="a ready-made query (see --list)")
    p.add_argument("-p", "--param", action="append", metavar="KEY=VALUE", help="a query parameter (repeatable)")
    p.add_argument("--list", action="store_true", help="list the ready-made queries and their parameters")
    p.add_argument("-s", "--store", default=DEFAULT_DIR, metavar="DIR", help=f"store directory (default {DEFAULT_DIR})")
    p.add_argument("--format", choices=("table", "csv", "tsv", "json"), default="table", help="output format (default table)")
    p.add_argument("--max-width", type=int, default=TABLE_MAX_WIDTH, metavar="N",
                   help=f"table format: cut cells wider than N columns (default {TABLE_MAX_WIDTH}; 0 = never)")
    p.add_argument("--show", action="store_true", help="print the final query text on stderr")
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("export", help="write the store as turtle, nt, jsonld or trig",
                       description="turtle, nt and jsonld hold the union of all bulletins as one graph; "
                                   "trig keeps one named graph per bulletin.")
    p.add_argument("-s", "--store", default=DEFAULT_DIR, metavar="DIR", help=f"store directory (default {DEFAULT_DIR})")
    p.add_argument("--format", choices=kgstore.FORMATS, default=None,
                   help="default: from the output file's extension (.ttl .nt .jsonld .trig), else turtle")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("view", help="write the interactive HTML graph view")
    p.add_argument("-s", "--store", default=DEFAULT_DIR, metavar="DIR", help=f"store directory (default {DEFAULT_DIR})")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(func=cmd_view)

    p = sub.add_parser("remove", help="withdraw bulletins from the store (by file name)")
    p.add_argument("names", nargs="+", metavar="FILE_NAME")
    p.add_argument("-s", "--store", default=DEFAULT_DIR, metavar="DIR", help=f"store directory (default {DEFAULT_DIR})")
    p.add_argument("--no-export", action="store_true", help="do not rewrite DIR/graph.ttl")
    p.set_defaults(func=cmd_remove)

    p = sub.add_parser("stats", help="counts over the store")
    p.add_argument("-s", "--store", default=DEFAULT_DIR, metavar="DIR", help=f"store directory (default {DEFAULT_DIR})")
    p.add_argument("--files", action="store_true", help="also list the built files (name, time, triples, sha256)")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("repair", help="mend a store: manifest, union graph, or a rebuild from the sources",
                       description="A damaged manifest.json is set aside and rebuilt from the store; the union "
                                   "graph is rewritten from the bulletins' graphs; a store that cannot be opened "
                                   "is set aside and built again from the files manifest.json lists.")
    p.add_argument("-s", "--store", default=DEFAULT_DIR, metavar="DIR", help=f"store directory (default {DEFAULT_DIR})")
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="rebuild in N worker processes")
    p.add_argument("--traceback", action="store_true", help="show tracebacks of processing errors")
    p.set_defaults(func=cmd_repair, executor="local", scheduler=None)

    try:
        evaluate = _optional_module("evaluate")
        problem = None
    except Exception as e:   # a broken kg/evaluate.py must not break the other commands
        evaluate, problem = None, f"kg/evaluate.py cannot be imported: {type(e).__name__}: {e}"
    if evaluate is not None and hasattr(evaluate, "add_arguments") and hasattr(evaluate, "run"):
        p = sub.add_parser("evaluate", help="score the pipeline against gold annotations",
                           description=(evaluate.__doc__ or "").strip().split("\n\n")[0] or None,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        evaluate.add_arguments(p)
        p.set_defaults(func=evaluate.run)
    else:
        p = sub.add_parser("evaluate", help="score the pipeline against gold annotations (unavailable)")
        p.add_argument("rest", nargs=argparse.REMAINDER)
        p.set_defaults(func=lambda args: _unavailable(problem or "kg/evaluate.py is not available"))
    return parser


def _unavailable(message: str) -> int:
    raise CliError(message)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except CliError as e:
        error(str(e))
        return 2
    except kgstore.StoreError as e:
        error(str(e))
        return 2
    except KeyboardInterrupt:
        error("interrupted")
        return 130
    except BrokenPipeError:   # e.g. `kg query ... | head`
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
