"""The data files of kg/data, loaded once: title lists, organization grammar words, name evidence.

The environment variable KG_DATA_DIR names another directory to read them from instead (a copy of kg/data
with a word or a kind added), read when a file is first loaded: set it before the process starts.

Example
-------
>>> from kg.lexicon import lines, rows
>>> "政协" in [r[0] for r in rows("org_heads.tsv")]
True
>>> rows("kinds.tsv")[0][:2]
['group', 'code']
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path


DATA_DIR_VARIABLE = "KG_DATA_DIR"


def data_dir():
    """The directory of the data files: $KG_DATA_DIR if set, else the package's kg/data."""
    other = os.environ.get(DATA_DIR_VARIABLE)
    return Path(other) if other else resources.files("kg").joinpath("data")


def lines(name: str) -> list[str]:
    """The lines of a data file that are neither blank nor comments (#): a new list each call, the file read once."""
    return list(_lines(data_dir(), name))


@lru_cache(maxsize=None)   # keyed by the directory too: a test's KG_DATA_DIR is read afresh
def _lines(directory, name: str) -> tuple[str, ...]:
    text = directory.joinpath(name).read_text(encoding="utf-8")
    return tuple(line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#"))


def rows(name: str) -> list[list[str]]:
    """The lines of a data file split at tabs."""
    return [line.split("\t") for line in lines(name)]


def alternation(words) -> re.Pattern:
    """A regex matching any of the words, longest first (leftmost-longest)."""
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))


@lru_cache(maxsize=1)
def visit_pattern() -> re.Pattern:
    """The visit words (visit_cues.txt: 走访, 来到…), compiled once: where a visit's bodies follow, for the
    organizations' lists of companies (kg/orglists.py) and the events' visited bodies (kg/event_visits.py).

    >>> bool(visit_pattern().search("先后走访了三家企业"))
    True
    """
    return alternation(lines("visit_cues.txt"))


def occurrences(words, text: str, start: int = 0, end: int | None = None):
    """(offset, word) for each of WORDS, in their order, found in text[start:end]: each word's places left to
    right and not overlapping, as re.finditer finds them, by substring search (most words of a lexicon are in
    no sentence, and a regex per word cost more than the search).

    >>> list(occurrences(["主席", "委员"], "主席、副主席、委员", 1))
    [(4, '主席'), (7, '委员')]
    """
    end = len(text) if end is None else end
    for word in words:
        at = text.find(word, start, end) if word else -1
        while at >= 0:
            yield at, word
            at = text.find(word, at + len(word), end)


class Words:
    """A set of words asked which of them end or start at a place of a text: one set lookup per word length
    there is, not one comparison per word (a scan over hundreds of stop words at every character was the
    organization stage's main cost).

    >>> stops = Words(["赴", "前往", "到"])
    >>> list(stops.ending_at("率队前往", 4)), list(stops.starting("到赴"))
    (['前往'], ['到'])
    """

    def __init__(self, words):
        self.words = frozenset(words)
        self.lengths = sorted({len(w) for w in self.words}, reverse=True)   # longest first

    def ending_at(self, text: str, pos: int):
        """The words text[:pos] ends with, longest first."""
        return (text[pos - n:pos] for n in self.lengths if n <= pos and text[pos - n:pos] in self.words)

    def starting(self, text: str, pos: int = 0):
        """The words text[pos:] starts with, longest first."""
        return (text[pos:pos + n] for n in self.lengths if pos + n <= len(text) and text[pos:pos + n] in self.words)


@lru_cache(maxsize=1)
def byline_pattern() -> re.Pattern:
    """The byline words (byline_words.txt: 记者, 通讯员, 编辑), longest first, compiled once; its pattern goes into
    the regexes of bylines and credits (split, read, event_persons).

    >>> byline_pattern().match("全媒体记者张某").group()
    '全媒体记者'
    """
    return alternation(lines("byline_words.txt"))


@lru_cache(maxsize=1)
def byline_bracket() -> re.Pattern:
    """A bracketed byline (byline_words.txt): （记者 刘海燕、周小敏）, (本报记者:王某); group 1 is what follows its
    word, the names of reporters and editors, not of persons an item tells of."""
    words = byline_pattern().pattern
    return re.compile(rf"[(（【\[]\s*(?:本报|本刊|特约)?(?:{words})\s*[:：]?\s*([^()（）【】\[\]\n]{{0,40}})[)）】\]]")


@dataclass(frozen=True)
class Title:
    text: str
    kind: str          # post | person | member | national (see titles.tsv)
    implies: str = ""  # organization named by the title itself, a template over place levels


@dataclass(frozen=True)
class NationalLeader:
    name: str
    title: str
    organization: str       # a name of national_orgs.tsv
    since: int
    until: int | None       # None: still in office

    def in_office(self, year: int | None) -> bool:
        return year is not None and self.since <= year <= (self.until or year)


class Lexicon:
    @cached_property
    def titles(self) -> dict[str, Title]:
        return {r[0]: Title(r[0], r[1], r[2] if len(r) > 2 else "") for r in rows("titles.tsv")}

    @cached_property
    def title_pattern(self) -> re.Pattern:
        return alternation(self.titles)

    @cached_property
    def surnames(self) -> set[str]:
        return set(lines("surnames.txt"))

    @cached_property
    def rare_surnames(self) -> set[str]:
        return set(lines("rare_surnames.txt"))

    @cached_property
    def transliteration_chars(self) -> set[str]:
        return set("".join(lines("transliteration_chars.txt")))

    @cached_property
    def name_boundaries(self) -> re.Pattern:
        return alternation(lines("name_boundaries.txt"))

    @cached_property
    def person_triggers(self) -> dict[str, list[str]]:
        """Side (before, after, opens, closes, acted) -> its words (person_triggers.tsv); every byline word
        (byline_words.txt) before a colon or a bar (编审:, 编辑|), or ending with its slash (文/, 图/), stands before
        a name too.

        >>> {"编审:", "文/"} <= set(lexicon().person_triggers["before"])
        True
        """
        out: dict[str, list[str]] = {"before": [], "after": [], "opens": [], "closes": [], "acted": []}
        for word, side in rows("person_triggers.tsv"):
            out[side].append(word)
        # NFKC made ： a : and ｜ a |; a page may set its credits as 编辑|某某, or with the bar 丨 (供稿丨某某)
        credits = [w if w.endswith("/") else w + mark for w in lines("byline_words.txt") for mark in ":|丨"]
        out["before"] += [w for w in credits if w not in out["before"]]
        return out

    @cached_property
    def famous_persons(self) -> set[str]:
        return set(lines("famous_persons.txt"))

    @cached_property
    def foreign_countries(self) -> tuple[str, ...]:
        return tuple(sorted(set(lines("foreign_countries.txt")), key=len, reverse=True))

    @cached_property
    def national_leaders(self) -> list[NationalLeader]:
        out = []
        for r in rows("national_leaders.tsv"):
            r += [""] * (5 - len(r))
            out.append(NationalLeader(r[0], r[1], r[2], int(r[3]), int(r[4]) if r[4].strip() else None))
        return out

    @cached_property
    def org_heads(self) -> dict[str, str]:
        """Head word -> the kind it gives a name (org_heads.tsv; words of kind "-" end no name)."""
        return {r[0]: r[1] for r in rows("org_heads.tsv") if r[1] != "-"}

    @cached_property
    def head_groups(self) -> dict[str, tuple[str, ...]]:
        """Group of org_heads.tsv -> its head words, longest first: ``lexicon().head_groups["cell"]``."""
        groups: dict[str, list[str]] = {}
        for r in rows("org_heads.tsv"):
            for group in (r[2].split(",") if len(r) > 2 and r[2] else ()):
                groups.setdefault(group, []).append(r[0])
        return {g: tuple(sorted(words, key=len, reverse=True)) for g, words in groups.items()}

    @cached_property
    def official_heads(self) -> dict[str, dict[str, str]]:
        """Head word -> the form a main name writes it with by the level of its place, "" for any level
        (org_heads.tsv, fourth column): 法院 -> 人民法院, a prefecture's 中级人民法院."""
        return {r[0]: dict(("", f) if "=" not in f else f.split("=", 1) for f in r[3].split(";"))
                for r in rows("org_heads.tsv") if len(r) > 3 and r[3]}

    @lru_cache(maxsize=None)   # the lexicon is loaded once; the organization grammar asks for the same groups all the time
    def heads(self, *groups: str) -> tuple[str, ...]:
        """The head words of some groups of org_heads.tsv, longest first.

        >>> "党总支" in lexicon().heads("cell")
        True
        """
        return tuple(sorted({w for g in groups for w in self.head_groups[g]}, key=len, reverse=True))

    @cached_property
    def org_head_pattern(self) -> re.Pattern:
        return alternation(self.org_heads)

    @cached_property
    def org_heads_alone(self) -> set[str]:
        return set(lines("org_heads_alone.txt"))

    @cached_property
    def org_left_stops(self) -> list[str]:
        return sorted(set(lines("org_left_stops.txt")), key=len, reverse=True)

    @cached_property
    def org_left_stop_words(self) -> Words:
        return Words(self.org_left_stops)

    @cached_property
    def party_bodies(self) -> list[str]:
        return sorted(lines("party_bodies.txt"), key=len, reverse=True)

    @cached_property
    def org_name_compounds(self) -> list[str]:
        # longest first: 提案和委员学习联络 is masked whole before 学习联络 inside it
        return sorted(lines("org_name_compounds.txt"), key=len, reverse=True)

    @cached_property
    def cppcc_bodies(self) -> list[str]:
        return [r[0] for r in rows("cppcc_bodies.txt")]

    @cached_property
    def cppcc_body_ends(self) -> tuple[str, ...]:
        """What ends a body's name inside a CPPCC committee (委员会, 办公室's 室, 机关): cppcc_body_ends.txt."""
        return tuple(lines("cppcc_body_ends.txt"))

    @cached_property
    def cppcc_bodies_alone(self) -> set[str]:
        """The bodies of cppcc_bodies.txt that are the local committee's when written alone (办公厅, 研究室)."""
        return {r[0] for r in rows("cppcc_bodies.txt") if r[1:2] == ["alone"]}

    @cached_property
    def party_committee_titles(self) -> dict[str, str]:
        """Bare titles of a democratic party's committee (party_committee_titles.tsv) -> own or shared."""
        return {r[0]: r[1] for r in rows("party_committee_titles.tsv")}

    @cached_property
    def party_departments(self) -> list[str]:
        return lines("party_departments.txt")

    @cached_property
    def non_names(self) -> set[str]:
        return set(lines("non_names.txt")) | set(self.regions)   # 华中总裁联合会: a region's name, no person's

    @cached_property
    def regions(self) -> tuple[str, ...]:
        return tuple(lines("regions.txt"))

    @cached_property
    def historical_eras(self) -> set[str]:
        return set(lines("historical_eras.txt"))

    @cached_property
    def kinship_words(self) -> set[str]:
        return set(lines("kinship_words.txt"))

    @cached_property
    def word_place_forms(self) -> set[str]:
        """Short place forms that are first words (word_place_forms.txt: 同心, 温泉, 友谊)."""
        return set(lines("word_place_forms.txt"))

    @cached_property
    def not_org_words(self) -> list[str]:
        return lines("not_org_words.txt")

    @cached_property
    def not_org_phrases(self) -> Words:
        """The phrases that name no body (not_org_words.txt), asked which end or start at a place.

        >>> "大局" in lexicon().not_org_phrases.ending_at("服务中心大局", 6)
        True
        """
        return Words(self.not_org_words)

    @cached_property
    def site_words(self) -> tuple[str, ...]:
        """Words after a body's name that make it a site's (旧址): site_words.txt."""
        return tuple(lines("site_words.txt"))

    @cached_property
    def generic_org_leads(self) -> tuple[str, ...]:
        return tuple(lines("generic_org_leads.txt"))

    @cached_property
    def national_orgs(self) -> list[tuple[str, str, list[str]]]:
        return [(r[0], r[1], r[2].split("|")) for r in rows("national_orgs.tsv")]

    @cached_property
    def democratic_parties(self) -> dict[str, str]:
        return {r[0]: r[1] for r in rows("democratic_parties.tsv")}

    @cached_property
    def democratic_party_letters(self) -> dict[str, str]:
        """The one character a democratic party writes for itself before a level committee -> its short name
        (社 -> 九三学社: 社省委, 社市委)."""
        return {r[2]: r[0] for r in rows("democratic_parties.tsv") if len(r) > 2 and r[2]}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon()
