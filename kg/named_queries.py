"""The ready-made queries (kg/queries/*.rq) and how parameters go into a query.

A query file starts with comment lines: its description, `# param KEY: text` (or `# param KEY@zh: text`, a
language-tagged literal) and `# example: ...` lines; kg/queries/README.md gives the rules.

    >>> q = load_query("person-posts")
    >>> "person" in q.params
    True
    >>> print(render_query("SELECT * WHERE { ?p foaf:name $n }", {"n": '杨"利民'}, languages={"n": "zh"}))
    SELECT * WHERE { ?p foaf:name "杨\\"利民"@zh }
"""
from __future__ import annotations

import re as _re
import unicodedata as _ud
from pathlib import Path

from kg.store import QueryError

QUERIES_DIR = Path(__file__).parent / "queries"

# `# param NAME@zh: text` renders the value as a "…"@zh literal, which the query can compare with a term
# (FILTER(?name = $person)): that pyoxigraph answers from its index, where FILTER(STR(?name) = …) scans
_PARAM_LINE = _re.compile(r"^#\s*param\s+([A-Za-z_][\w-]*)(?:@([A-Za-z]+(?:-[A-Za-z0-9]+)*))?\s*:\s*(.*)$")
_EXAMPLE_LINE = _re.compile(r"^#\s*example\s*:\s*(.*)$")
_EXAMPLE_PARAM = _re.compile(r"--param\s+([\w-]+)=(\S+)")
# tokens a parameter must never be substituted into: strings, IRIs, comments; then the $NAME tokens
TOKENS = _re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""' r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"' r"|'(?:[^'\\\n\r]|\\.)*'"
    r'|<[^<>"{}|^`\\\s]*>'
    r"|#[^\n]*"
    r"|\$([A-Za-z_][\w]*)")


class NamedQuery:
    def __init__(self, name: str, path: Path):
        self.name = name
        self.path = path
        self.text = path.read_text(encoding="utf-8")
        self.description: list[str] = []
        self.params: dict[str, str] = {}
        self.languages: dict[str, str] = {}   # parameter -> language tag of its literal
        self.examples: list[str] = []
        for line in self.text.splitlines():
            if not line.startswith("#"):
                break
            if m := _PARAM_LINE.match(line):
                self.params[m.group(1)] = m.group(3).strip()
                if m.group(2):
                    self.languages[m.group(1)] = m.group(2)
            elif m := _EXAMPLE_LINE.match(line):
                self.examples.append(m.group(1).strip())
            else:
                text = line.lstrip("#").strip()
                if text:
                    self.description.append(text)

    @property
    def summary(self) -> str:
        return self.description[0] if self.description else ""

    @property
    def example_values(self) -> dict[str, str]:
        """The parameter values of its `# example:` lines (`--param person=杨利民` gives {"person": "杨利民"})."""
        values: dict[str, str] = {}
        for example in self.examples:
            for name, value in _EXAMPLE_PARAM.findall(example):
                values.setdefault(name, value)
        return values

    def render(self, params: dict[str, str] | None = None) -> str:
        return render_query(self.text, params or {}, declared=self.params, languages=self.languages)


def list_queries(directory: str | Path = QUERIES_DIR) -> dict[str, NamedQuery]:
    return {p.stem: NamedQuery(p.stem, p) for p in sorted(Path(directory).glob("*.rq"))}


def load_query(name: str, directory: str | Path = QUERIES_DIR) -> NamedQuery:
    path = Path(directory) / f"{name}.rq"
    if not _re.fullmatch(r"[\w-]+", name) or not path.is_file():
        known = ", ".join(list_queries(directory)) or "none"
        raise QueryError(f"no ready-made query {name!r} (known: {known})")
    return NamedQuery(name, path)


def sparql_string(value: str) -> str:
    """VALUE as a SPARQL string literal: NFKC-normalised (like the bulletin text), every character that
    could end the literal or start an escape escaped."""
    value = _ud.normalize("NFKC", value)
    escaped = (value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
               .replace("\t", "\\t").replace("\b", "\\b").replace("\f", "\\f"))
    return f'"{escaped}"'


def query_parameters(sparql: str) -> list[str]:
    """The $NAME parameters used in a query's body (outside strings, IRIs and comments)."""
    seen: list[str] = []
    for m in TOKENS.finditer(sparql):
        if m.group(1) and m.group(1) not in seen:
            seen.append(m.group(1))
    return seen


def render_query(sparql: str, params: dict[str, str], declared: dict[str, str] | None = None,
                 languages: dict[str, str] | None = None) -> str:
    """Replace each $NAME of SPARQL by the string literal of params[NAME] (tagged with languages[NAME]
    when given, e.g. "陈智"@zh).

    Only $NAME tokens outside string literals, IRIs and comments are replaced, and each value becomes one
    escaped string literal, so a value cannot end the literal and inject SPARQL. Every declared (or used)
    parameter must be given, and every given one must be used.
    """
    used = query_parameters(sparql)
    needed = list(declared) if declared else used
    missing = [p for p in needed if p not in params]
    if missing:
        raise QueryError("missing parameter" + ("s " if len(missing) > 1 else " ")
                         + ", ".join(missing) + " (give --param NAME=VALUE)")
    unknown = [p for p in params if p not in used]
    if unknown:
        raise QueryError("unknown parameter" + ("s " if len(unknown) > 1 else " ") + ", ".join(unknown)
                         + (f" (the query takes: {', '.join(used)})" if used else " (the query takes none)"))

    def replace(m: _re.Match) -> str:
        if m.group(1) and m.group(1) in params:
            language = (languages or {}).get(m.group(1))
            return sparql_string(params[m.group(1)]) + (f"@{language}" if language else "")
        return m.group(0)

    return TOKENS.sub(replace, sparql)
