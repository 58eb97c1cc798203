"""The `kg` command: build a store from bulletins, query it, export it, view it, evaluate against gold.

    kg build seeds -o out                         bulletins (files, folders) -> out/store, graph.ttl, graph.html
    kg query "SELECT ..." -s out                  SPARQL over the union of all bulletins (prefixes predeclared)
    kg query --name person-posts --param person=陈智 -s out
    kg query --list                               the ready-made queries (kg/queries/*.rq)
    kg export -s out --format trig -o all.trig    turtle | nt | jsonld | trig
    kg view -s out -o graph.html                  the interactive HTML graph (--focus NAME --depth N: ego view)
    kg remove NAME.txt -s out                     withdraw a bulletin from the store
    kg stats -s out                               counts over the store
    kg repair -s out                              mend a damaged manifest or store
    kg evaluate GOLD_DIR CORPUS_DIR               scores against gold annotations

Exit status: 0 success, 1 some files could not be built (the others were), 2 usage error, bad query,
missing store or file.
"""
from __future__ import annotations

import argparse
import difflib
import os
import sys
import time
from pathlib import Path
from typing import Sequence

from kg import store as kgstore
from kg import named_queries
from kg.cli_commands import (EXPORT_EXTENSIONS, CliError, cmd_export, cmd_remove, cmd_stats, cmd_view, error,
                             open_store, optional_module, rewrite_view)
from kg.results import TABLE_MAX_WIDTH, print_answer

DEFAULT_DIR = "out"
QUERY_SECONDS = 60.0
QUERY_ROWS = 10000


# --- build -------------------------------------------------------------------------------------------

def collect_files(paths: Sequence[str]) -> tuple[list[Path], list[str]]:
    """The files to build: files as given, folders searched recursively for the kinds kg reads
    (kg.inputs.SUFFIXES: *.txt, *.pdf, *.docx, *.html, *.htm), sorted. Returns (files, problems): a problem is
    a bulletin that cannot be built (a missing path, a broken link or a FIFO named like a bulletin); other
    entries of a folder that are skipped get a warning on stderr here, hidden ones (.git, .DS_Store) excepted.

    >>> collect_files(["seeds"])[0][:1]
    [PosixPath('seeds/000_ea288ff508007a47.txt')]
    """
    files: list[Path] = []
    problems: list[str] = []
    for arg in paths:
        p = Path(arg)
        if p.is_dir():
            found = folder_files(p, problems)
            if not found:
                problems.append(f"{arg}: no bulletin files ({', '.join(_suffixes())}) in this folder")
            files.extend(found)
        elif p.is_file():
            files.append(p)
        else:
            problems.append(f"{arg}: {_unusable(p) or 'no such file or folder'}")
    unique: list[Path] = []
    seen: set[Path] = set()
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, problems


def _suffixes() -> list[str]:
    from kg.inputs import SUFFIXES
    return [f"*{suffix}" for suffix in SUFFIXES]


def _unusable(path: Path) -> str | None:
    """Why an entry that is no folder cannot be read as a file; None when it can."""
    if path.is_symlink() and not path.exists():
        return f"broken symbolic link (to {os.readlink(path)})"
    if path.is_file():
        return None
    return "not a regular file (a FIFO, socket or device)" if path.exists() else None


def folder_files(folder: Path, problems: list[str]) -> list[Path]:
    """The files of a folder and its subfolders that kg reads; each entry skipped is named with its cause."""
    from kg.inputs import supported
    found: list[Path] = []
    def unlisted(e: OSError) -> None:
        print(f"kg: warning: {e.filename}: cannot list this folder: {e.strerror} (skipped)", file=sys.stderr)
    for root, dirs, names in os.walk(folder, onerror=unlisted):
        for linked in sorted(d for d in dirs if (Path(root) / d).is_symlink()):
            print(f"kg: warning: {Path(root) / linked}: a link to a folder, not followed (skipped)",
                  file=sys.stderr)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not (Path(root) / d).is_symlink())
        for name in sorted(names):
            path = Path(root) / name
            if name.startswith("."):
                continue
            cause = _unusable(path)
            if not supported(path):
                print(f"kg: warning: {path}: not a kind kg reads ({', '.join(_suffixes())}; skipped)",
                      file=sys.stderr)
            elif cause:
                problems.append(f"{path}: {cause}")
            else:
                found.append(path)
    return found


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


def push_built(store: kgstore.Store, url: str | None, files: list[Path], built: int) -> int:
    """`kg build --store URL`: push the bulletins built; returns how many failed."""
    if not url or not built:
        return 0
    from kg import remote
    return remote.report_push(store, url, [f.name for f in files])


def _warn(bar, warnings: list[str]) -> None:
    for warning in warnings:
        _say(bar, f"kg: warning: {warning}")


VIEW_MAX_TRIPLES = 200_000   # above this `kg build` leaves graph.html out: a browser view of it would not load
EXPORT_MAX_TRIPLES = 500_000   # above this `kg build` leaves graph.ttl to `kg export`: rewriting 2.5M triples
# took 23 s here, where adding the bulletin took 6 s


def build_files(store: kgstore.Store, files: Sequence[Path], args: argparse.Namespace) -> tuple[int, int]:
    """Extract FILES (as --jobs / --executor say) and write them into STORE a batch at a time as they arrive
    (kg.build.batched); returns (built, failed). Errors are reported on stderr, one line per file."""
    from kg import build
    built = failed = 0
    bar = _progress(len(files))
    try:
        results = build.extract_all(files, jobs=args.jobs, executor=args.executor, scheduler=args.scheduler,
                                    want_traceback=args.traceback)
        for batch in build.batched(results, total=len(files)):
            unwritten = build.write(store, batch)
            for result in batch:
                bar.update(1)
                bar.set_postfix_str(Path(result.path).name, refresh=False)
                _warn(bar, result.warnings)
                if result.error is None and result.name not in unwritten:
                    built += 1
                    continue
                failed += 1
                _say(bar, result.error or f"kg: error: {unwritten[result.name]}")
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
    html = rewrite_view(store, out, args.traceback)
    return written + ([html] if html else []), failed + (html is False)


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
        failed += push_built(store, args.remote, files, built)
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
    for name, q in named_queries.list_queries().items():
        lines.append(f"{name}")
        for text in q.description:
            lines.append(f"    {text}")
        for param, text in q.params.items():
            lines.append(f"    param {param}: {text}")
        for example in q.examples:
            lines.append(f"    e.g.  {example}")
        lines.append("")
    return "\n".join(lines)


def did_you_mean(word: str, choices) -> str:
    """" (did you mean X?)" for the closest of CHOICES, or ""."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]}?)" if close else ""


def named_query_text(name: str, params: dict[str, str]) -> str:
    queries = named_queries.list_queries()
    if name not in queries:
        raise CliError(f"no ready-made query {name!r}{did_you_mean(name, queries)}; `kg query --list` shows them")
    declared = queries[name].params
    for param in params:
        if param not in declared:
            raise CliError(f"query {name}: unknown parameter {param!r}{did_you_mean(param, declared)}; "
                           f"it takes: {', '.join(declared) or 'none'}")
    try:
        return queries[name].render(params)
    except kgstore.QueryError as e:
        raise CliError(f"query {name}: {e}") from e


def query_text(args: argparse.Namespace) -> str:
    """The SPARQL of `kg query`: the string, the --file or the --name query, parameters filled in."""
    sources = [s for s in (args.sparql, args.file, args.name) if s is not None]
    if len(sources) != 1:
        raise CliError("give exactly one of: a SPARQL string, --file FILE, --name NAME (or --list)")
    params = parse_params(args.param)
    if args.name is not None:
        return named_query_text(args.name, params)
    if args.file is not None:
        try:
            sparql = Path(args.file).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise CliError(f"no such query file: {args.file}") from None
        except (OSError, UnicodeError) as e:
            raise CliError(f"cannot read query file {args.file}: {e}") from e
    else:
        sparql = args.sparql
    if params or named_queries.query_parameters(sparql):
        try:
            sparql = named_queries.render_query(sparql, params)
        except kgstore.QueryError as e:
            raise CliError(str(e)) from e
    return sparql


def cmd_query(args: argparse.Namespace) -> int:
    if args.list:
        sys.stdout.write(list_queries_text())
        return 0
    from kg import sparql
    text = query_text(args)
    if args.page or args.page_size:   # a page of the rows: LIMIT and OFFSET appended
        text = sparql.paged(text, args.page, args.page_size)
    if args.show:
        print(text, file=sys.stderr)
    limits = sparql.Limits(seconds=args.timeout, rows=args.limit)
    if args.endpoint:
        from kg import remote
        sparql.check(text)
        print_answer(remote.query(args.endpoint, text, limits), args.format, args.max_width)
        return 0
    with open_store(args.store) as store:
        answer = sparql.run(store, text, limits)
        if print_answer(answer, args.format, args.max_width) == 0 and answer.form == "SELECT":
            hint = sparql.language_hint(store, text)
            if hint:
                print(hint, file=sys.stderr)
    return 0


# --- serve, push, analyze: each module declares its arguments and runs the command -------------------

SHARING = {
    "serve": ("serve the store as a read-only SPARQL endpoint with a query page", "serve"),
    "push": ("copy the store to a remote triple store (Graph Store Protocol)", "remote"),
    "analyze": ("network analysis: central persons and bodies, communities, paths", "analyze"),
}


def add_sharing_commands(sub) -> None:
    """The subcommands that share the graph; kg/serve.py, kg/remote.py and kg/analyze.py declare them."""
    import importlib
    for command, (help_text, module_name) in SHARING.items():
        module = importlib.import_module(f"kg.{module_name}")
        p = sub.add_parser(command, help=help_text, description=module.DESCRIPTION)
        p.add_argument("-s", "--store", default=DEFAULT_DIR, metavar="DIR",
                       help=f"store directory (default {DEFAULT_DIR})")
        module.add_arguments(p)
        p.set_defaults(func=module.run_command)


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
    parser.add_argument("--version", action="version", version=f"%(prog)s {package_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("build", help="build bulletins into a store directory",
                       description="Run the pipeline on each bulletin and replace its named graph in the store "
                                   "DIR/store; then write DIR/graph.ttl and DIR/graph.html.")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="bulletin files (text, PDF, Word, HTML) or folders searched for them")
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
    p.add_argument("--store", metavar="URL", dest="remote",
                   help="also write each built bulletin's named graph to this SPARQL 1.1 Graph Store endpoint")
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
    # strings, checked by kg.sparql.paged, so that a bad value gets the same one-line error as in kg serve
    p.add_argument("--page", metavar="N", help="only page N (from 1) of the rows of a query ending with its ORDER BY")
    p.add_argument("--page-size", metavar="ROWS", help="with --page: rows a page (default 1000)")
    p.add_argument("-s", "--store", default=DEFAULT_DIR, metavar="DIR", help=f"store directory (default {DEFAULT_DIR})")
    p.add_argument("--format", choices=("table", "csv", "tsv", "json"), default="table", help="output format (default table)")
    p.add_argument("--max-width", type=int, default=TABLE_MAX_WIDTH, metavar="N",
                   help=f"table format: cut cells wider than N columns (default {TABLE_MAX_WIDTH}; 0 = never)")
    p.add_argument("--show", action="store_true", help="print the final query text on stderr")
    p.add_argument("--timeout", type=float, default=QUERY_SECONDS, metavar="S",
                   help=f"stop the query after S seconds (default {QUERY_SECONDS:g}; 0 = no limit)")
    p.add_argument("--limit", type=int, default=QUERY_ROWS, metavar="N",
                   help=f"print at most N rows (default {QUERY_ROWS}; 0 = no limit)")
    p.add_argument("--endpoint", metavar="URL",
                   help="run the query on a SPARQL endpoint (kg serve, Oxigraph, Fuseki…) instead of -s DIR")
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("export", help="write the store as RDF, a network for Gephi, or CSV tables",
                       description="turtle, nt and jsonld hold the union of all bulletins as one graph; "
                                   "trig keeps one named graph per bulletin; graphml and gexf are the network "
                                   "of persons, bodies, events and documents (Gephi, networkx), node kinds, "
                                   "labels and dates as attributes; csv writes the tables persons, "
                                   "organizations, posts and events into a folder. The format follows the "
                                   "file extension; a --format that does not match it is refused.")
    p.add_argument("-s", "--store", default=DEFAULT_DIR, metavar="DIR", help=f"store directory (default {DEFAULT_DIR})")
    p.add_argument("--format", choices=tuple(EXPORT_EXTENSIONS), default=None,
                   help="default: from the output's extension (" + " ".join(
                       e for exts in EXPORT_EXTENSIONS.values() for e in exts if e) + ")")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the file (or the folder for csv)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("view", help="write the interactive HTML graph view",
                       description="Write the graph explorer (one HTML file that works offline). With --focus, "
                                   "only the nodes within --depth links of the node of that name or alias.")
    p.add_argument("-s", "--store", default=DEFAULT_DIR, metavar="DIR", help=f"store directory (default {DEFAULT_DIR})")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="the HTML file (default DIR/graph.html, with --focus DIR/focus.html)")
    p.add_argument("--focus", metavar="NAME", help="an ego view around the node of this name or alias")
    p.add_argument("--depth", type=int, default=1, metavar="N", help="links from the focus kept (default 1)")
    p.set_defaults(func=cmd_view)

    p = sub.add_parser("remove", help="withdraw bulletins from the store (by file name)",
                       description="Drop the named graph of each bulletin and its manifest entry, then "
                                   "rewrite DIR/graph.ttl.")
    p.add_argument("names", nargs="+", metavar="FILE_NAME")
    p.add_argument("-s", "--store", default=DEFAULT_DIR, metavar="DIR", help=f"store directory (default {DEFAULT_DIR})")
    p.add_argument("--no-export", action="store_true", help="do not rewrite DIR/graph.ttl")
    p.add_argument("--no-html", action="store_true", help="do not rewrite DIR/graph.html")
    p.set_defaults(func=cmd_remove)

    p = sub.add_parser("stats", help="counts over the store",
                       description="Count files, articles, persons, organizations, posts, events, "
                                   "documents and triples in the store.")
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
    p.set_defaults(func=cmd_repair, executor="local", scheduler=None, remote=None)

    add_sharing_commands(sub)

    try:
        evaluate = optional_module("evaluate")
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


def package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("cppcc-kg")
    except PackageNotFoundError:
        return "unknown"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    commands = parser._subparsers._group_actions[0].choices   # argparse keeps the subcommands there
    if argv and not argv[0].startswith("-") and argv[0] not in commands:
        error(f"unknown command {argv[0]!r}{did_you_mean(argv[0], commands)}; `kg --help` lists them")
        return 2
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
