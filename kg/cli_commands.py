"""What every `kg` command shares (CliError, error, open_store, the optional modules kg/view.py, kg/evaluate.py)
and the commands over a built store: export, view, remove, stats. kg.cli parses the arguments and runs them.
"""
from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path

from kg import store as kgstore


class CliError(Exception):
    """A user-facing error: printed as one line, exit status 2."""


def error(message: str) -> None:
    print(f"kg: error: {message}", file=sys.stderr)


def optional_module(name: str):
    """import kg.NAME, or None when that module does not exist (yet); errors inside it propagate."""
    import importlib
    try:
        return importlib.import_module(f"kg.{name}")
    except ModuleNotFoundError as e:
        if e.name == f"kg.{name}":
            return None
        raise


def open_store(directory: str) -> kgstore.Store:
    try:
        store = kgstore.Store(directory, create=False, read_only=True)
    except kgstore.StoreError as e:
        raise CliError(str(e)) from e
    if store.outdated:
        print(store.outdated, file=sys.stderr)
    return store


# --- export, view, remove, stats ---------------------------------------------------------------------

# each export format and the file extensions it is written to (csv: a folder of tables)
EXPORT_EXTENSIONS = {"turtle": (".ttl", ".turtle"), "nt": (".nt",), "jsonld": (".jsonld", ".json"),
                     "trig": (".trig",), "graphml": (".graphml",), "gexf": (".gexf",), "csv": ("",)}


def export_format(output: str, fmt: str | None) -> str:
    """The export format of OUTPUT: --format when given (the extension must agree), else the extension's."""
    suffix = Path(output).suffix.lower()
    by_extension = {ext: f for f, exts in EXPORT_EXTENSIONS.items() for ext in exts if ext}
    if fmt is None:
        if suffix == ".csv":
            raise CliError(f"{output}: the CSV export is four tables; give a folder: --format csv -o tables/")
        if suffix not in by_extension:
            raise CliError(f"{output}: cannot tell the format from {suffix or 'no extension'!r}; use one of "
                           f"{', '.join(by_extension)} or --format")
        return by_extension[suffix]
    if suffix not in EXPORT_EXTENSIONS[fmt]:
        wanted = " or ".join(e for e in EXPORT_EXTENSIONS[fmt] if e) or "a folder (no extension)"
        raise CliError(f"{output}: --format {fmt} is written to {wanted}, not {suffix or 'no extension'!r}")
    return fmt


def cmd_export(args: argparse.Namespace) -> int:
    fmt = export_format(args.output, args.format)
    with open_store(args.store) as store:
        if fmt in kgstore.FORMATS:
            paths = [store.export(args.output, fmt)]
        else:
            from kg import exports
            paths = exports.write(store, args.output, fmt)
    for path in paths:
        print(f"wrote {path}")
    return 0


def rewrite_view(store: kgstore.Store, directory: Path, show_traceback: bool = False) -> Path | bool | None:
    """Write DIR/graph.html after the store changed: its path, None without kg/view.py, False on failure."""
    view = optional_module("view")
    if view is None:
        print("note: kg/view.py is not available; graph.html not written", file=sys.stderr)
        return None
    html = Path(directory) / "graph.html"
    try:
        view.write_html(store, html)
        return html
    except Exception as e:   # the store is written; a view that fails must not hide that
        error(f"cannot write {html}: {type(e).__name__}: {e}")
        if show_traceback:
            traceback.print_exc()
        return False


def cmd_view(args: argparse.Namespace) -> int:
    view = optional_module("view")
    if view is None:
        raise CliError("the HTML view is not available (kg/view.py is missing)")
    if args.depth < 0:
        raise CliError("--depth must be 0 or more")
    # an ego view does not replace the store's whole view unless asked to
    output = Path(args.output) if args.output else Path(args.store) / ("focus.html" if args.focus else "graph.html")
    output.parent.mkdir(parents=True, exist_ok=True)
    with open_store(args.store) as store:
        try:
            view.write_html(store, output, focus=args.focus, depth=args.depth)
        except ValueError as e:   # --focus names no node
            raise CliError(str(e)) from e
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
        if not args.no_html and rewrite_view(store, Path(args.store)) is False:
            return 1
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
