"""The document object that flows through the pipeline stages.

Each stage reads what earlier stages filled in and adds its own part; nothing flows backwards.
"""
from __future__ import annotations

import bisect
import re
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.places import Place, PlaceIndex

# what ends a clause inside a sentence: 6月9日，市政协副主席云港带领调研组，围绕…
CLAUSE_BOUNDARY = re.compile(r"[，,；;。：:！？!?]")
# what ends a sentence or a clause at the end of a line: the paragraph does not run on into the next line or box
LINE_STOPS = "。！？!?；;：:"
# a web page's header line over or under the headline: when, from where and by whom the item was published
# (发布时间：2024-05-30 10:21, 来源：…政协, 作者：…, 2024-05-30 08:12:29来源:…); read keeps these lines whole,
# split keeps them out of headlines and articles' text, context reads the page's date and source from them
# (a table cell's bar may open one: | 2023-01-04 08:10:03编辑: …)
PAGE_HEADER = re.compile(r"^[\s|｜]*(?:(?:(?:信息|文章|本文|稿件)?来源|稿源|发布(?:时间|日期)|发稿(?:时间|日期)|更新时间|时间|日期|作者"
                         r"|责任编辑|编辑)\s*[:：]|\d{4}-\d{1,2}-\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?=来源|作者|编辑|责任编辑|审核|$))"
                         r"|(?:来源|发布时间|发布日期|发稿时间)\s*[:：]"
                         # the site and date left of a navigation path (read): 武隆网 2023-02-28, 长江云新闻 2026-01-07 19:50
                         r"|^\s*[\u4e00-\u9fff]{2,12}?(?:新闻网|新闻|网|在线|融媒|日报|晚报|客户端)\s*\d{4}-\d{1,2}-\d{1,2}"
                         r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
                         # …or right of it: 2017-03-18 中国西藏网
                         r"|^\s*\d{4}-\d{1,2}-\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[\u4e00-\u9fff]{2,12}?"
                         r"(?:新闻网|新闻|网|在线|融媒|日报|晚报|客户端)\s*$")
WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")   # a page's address, saved with it (a line of its own or in one)
PAGE_HEADER_MAX = 160   # characters: a longer line is text that happens to say 来源:


def is_page_header(line: str) -> bool:
    """Whether a line is a web page's header line (PAGE_HEADER).

    >>> is_page_header("发布时间：2024-05-30  来源：县政协"), is_page_header("时间紧，任务重")
    (True, False)
    """
    return len(line) <= PAGE_HEADER_MAX and PAGE_HEADER.search(line) is not None



@dataclass
class Article:
    """A news item: its headline, its body span in the text, and where and when it happened."""
    index: int
    title: str
    start: int          # offset of the headline (or body, when there is none) in Document.text
    end: int
    section: str = ""   # the 【section】 it stands under
    place: str | None = None   # dateline or section place, when it differs from the bulletin's
    date: str | None = None    # ISO date of the first dated sentence, when resolvable


@dataclass
class Sentence:
    start: int
    end: int
    article: int        # index into Document.articles, -1 outside any article
    headline: bool = False


@dataclass
class Context:
    place: str | None = None      # full name of the bulletin's place, e.g. 包头市
    province: str | None = None   # e.g. 内蒙古自治区
    date: str | None = None       # ISO issue date when the text states one
    year: int | None = None       # the year dates without one belong to
    medium: str | None = None     # the newspaper or site the page is from (沈阳日报讯, 来源：定州日报): 本报's


@dataclass
class Window:
    """Where a Document stands in a longer one cut into windows (kg.windows), each of which runs through the
    stages alone: what the stages and kg.rdf need so that a window's facts are those of the whole document
    (offsets and article numbers of the whole, the page's context read once). A document of one window has the
    defaults.

    >>> Window().index, Window(index=2, offset=600000).offset
    (0, 600000)
    """
    index: int = 0                  # 0 for the first (or only) window
    offset: int = 0                 # where this window's text starts in the whole document's text
    first_article: int = 0          # articles of the windows before this one
    page: "Context | None" = None   # the page's context, read by the first window (context); the others take it
    place: "Place | None" = None    # ... and the first window's page_place
    # the anchors of the windows before (Document.anchors): a person keeps the anchor of their first post
    anchors: dict[str, tuple[str, str]] = field(default_factory=dict)


@dataclass
class Organization:
    """One organization as the text names it, qualified by place."""
    name: str                       # the place-qualified short name, e.g. 包头市政协
    kind: str                       # a code of the organization kinds (kg/data/kinds.tsv)
    aliases: set[str] = field(default_factory=set)   # surface forms and full official forms
    parent: str | None = None       # name of the organization it belongs to
    place: str | None = None        # full place name it belongs to
    parent_org: "Organization | None" = field(default=None, repr=False, compare=False)


@dataclass
class Post:
    """(person, role, organization) as stated at one place in the text."""
    person: str
    role: str
    org: str                        # Organization.name
    start: int                      # span of the title phrase and name
    end: int
    sentence: int                   # index into Document.sentences
    headline: bool = False


@dataclass
class PersonMention:
    name: str
    start: int
    end: int
    sentence: int
    evidence: str                   # what made it a name: a title, a trigger word, a lexicon
    title_start: int = -1           # span of the title phrase that stands before it (shared by a list)
    title_end: int = -1


@dataclass
class OrgMention:
    org: str                        # Organization.name
    surface: str
    start: int
    end: int
    sentence: int


@dataclass
class Event:
    """A dated happening a news item reports: a meeting, an investigation, an investment trip..."""
    kind: str                       # a code of the event kinds (kg/data/kinds.tsv)
    sentence: int                   # the sentence that reports it
    last_sentence: int              # the last sentence of the item that still tells of it
    start: str | None               # ISO dates
    end: str | None = None
    approximate: bool = False       # 近日: only known to be shortly before the bulletin's date
    persons: dict[str, str] = field(default_factory=dict)      # name -> chair | leader | speaker | participant
    organizers: list[str] = field(default_factory=list)        # Organization.name of the bodies that held it
    visited: list[str] = field(default_factory=list)           # Organization.name visited on site
    visited_places: list[str] = field(default_factory=list)    # full place names travelled to
    topic: str | None = None        # the subject as the text words it (quoted after 围绕…)
    themes: list[str] = field(default_factory=list)            # theme concept ids of ontology/themes.ttl
    at: int = -1                    # where its words start when its sentence reports two (…会议和…会议), else -1


@dataclass
class NamedDocument:
    """A proposal, report, recommendation or regulation named in 《》."""
    title: str
    kind: str                       # a code of the document kinds (kg/data/kinds.tsv)
    start: int                      # span of 《title》 in Document.text
    end: int
    sentence: int
    agents: list[tuple[str, str, str]] = field(default_factory=list)   # (author|handler|supervisor, person|org, name)
    themes: list[str] = field(default_factory=list)


class Coverage:
    """Spans taken by names and the title words before them (the persons stage), looked up by offset: a set
    of offsets, so asking whether a position is taken costs the same however many names were found.

    >>> c = Coverage()
    >>> c.add(3, 6)
    >>> c.covers(5), c.covers(6), c.spans
    (True, False, [(3, 6)])
    """

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []
        self._offsets: set[int] = set()

    def add(self, start: int, end: int) -> None:
        self.spans.append((start, end))
        self._offsets.update(range(start, end))

    def covers(self, pos: int) -> bool:
        return pos in self._offsets

    def any_in(self, start: int, end: int) -> bool:
        return any(p in self._offsets for p in range(start, end))


def by_sentence(mentions: list) -> dict[int, list]:
    """Mentions grouped by the index of their sentence, in text order: an index, so a stage asking for one
    sentence's mentions does not scan those of the whole document.

    >>> by_sentence([OrgMention("甲", "甲", 0, 1, 0), OrgMention("乙", "乙", 5, 6, 2)])[2][0].org
    '乙'
    """
    grouped: dict[int, list] = {}
    for m in sorted(mentions, key=lambda m: m.start):   # a later stage's mentions (posts) come after the earlier's
        grouped.setdefault(m.sentence, []).append(m)
    return grouped


@dataclass
class Document:
    path: Path
    raw: bytes = b""
    encoding: str = ""                              # of a text or HTML file
    input_kind: str = ""                            # text | pdf | docx | html (kg/inputs.py)
    warnings: list[str] = field(default_factory=list)   # what the stages noticed but could go past
    title: str = ""                                 # the bulletin's masthead title, when it has one
    text: str = ""                                  # normalised text all offsets refer to
    written: str = ""                               # the text as decoded, before normalisation (read)
    # offset in `written` of each character of `text`: provenance back to the page as it was written
    written_at: array = field(default_factory=lambda: array("l"))
    converted: bool = False                         # read converted the page from traditional characters
    soft_breaks: set[int] = field(default_factory=set)   # offsets where a PDF space inside CJK was removed
    toc: list[tuple[int, int]] = field(default_factory=list)   # spans of the table of contents
    # spans of the lines that say what the page is, when and from where: a bulletin's masthead (title, 第3期,
    # date) and a web page's header lines (PAGE_HEADER); split finds them, context reads them
    masthead: list[tuple[int, int]] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    context: Context = field(default_factory=Context)
    page_place: "Place | None" = None   # the place of context.place as the gazetteer has it (context)
    # (start, end, full place name) of the paragraphs that open with a place of their own (九江市政协主席…):
    # context fills it, place_at reads it
    place_marks: list[tuple[int, int, str]] = field(default_factory=list)
    word_starts: list[int] = field(default_factory=list)   # sorted offsets where a jieba word starts (analysis)
    places: "PlaceIndex | None" = field(default=None, repr=False)   # every place surface in the text (analysis)
    person_mentions: list[PersonMention] = field(default_factory=list)
    person_spans: Coverage = field(default_factory=Coverage, repr=False)   # names and their title words
    org_mentions: list[OrgMention] = field(default_factory=list)
    organizations: dict[str, Organization] = field(default_factory=dict)
    posts: list[Post] = field(default_factory=list)
    persons: dict[str, str] = field(default_factory=dict)   # name -> anchor (place or org) used for identity
    identity_basis: dict[str, str] = field(default_factory=dict)   # name -> why it is anchored so (resolve)
    events: list[Event] = field(default_factory=list)
    documents: list[NamedDocument] = field(default_factory=list)
    # name -> (anchor, why) of the persons holding a post with a place, from their first such post (resolve);
    # in a window of a long document the dict of the windows before (Window.anchors), added to
    anchors: dict[str, tuple[str, str]] = field(default_factory=dict)
    window: Window = field(default_factory=Window)   # where it stands in a longer document (kg.windows)

    @property
    def name(self) -> str:
        return self.path.name

    def as_written(self, start: int, end: int) -> str:
        """The characters of text[start:end] as the page wrote them (traditional characters, before NFKC), without
        what read dropped between them (pinyin glosses, markup).

        >>> doc = Document(Path("x.txt"), written="市政協(xié)主席", text="市政协主席", written_at=array("l", [0, 1, 2, 8, 9]))
        >>> doc.as_written(0, 3)
        '市政協'
        """
        if not self.written_at:
            return self.text[start:end]
        return "".join(self.written[i] for i in dict.fromkeys(self.written_at[start:end]))

    def place_at(self, offset: int) -> str | None:
        """The place the text speaks of at offset, as a name to resolve near the bulletin's place: of the paragraph
        when it opens with a place of its own (九江市政协主席…), else the article's (Article.place), else the
        bulletin's (context.place).

        >>> doc = Document(Path("x.txt"), place_marks=[(10, 30, "昆明市")])
        >>> doc.context.place = "遵义市"
        >>> doc.place_at(12), doc.place_at(35)
        ('昆明市', '遵义市')
        """
        at = bisect.bisect_right(self.place_marks, (offset, float("inf"))) - 1
        if at >= 0 and offset < self.place_marks[at][1]:
            return self.place_marks[at][2]
        sentence = self.sentence_at(offset)
        article = self.sentences[sentence].article if sentence >= 0 else -1
        if article >= 0 and self.articles[article].place:
            return self.articles[article].place
        return self.context.place

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start:s.end]

    def add_organization(self, org: Organization, surface: str, start: int, end: int, sentence: int) -> None:
        """Record a mention of org; the same organization named again gains the new aliases."""
        if self.converted and self.as_written(start, end) != surface and (surface in org.aliases or surface == org.name):
            # 政協 as written on a traditional-character page; not a whole title phrase a post was read from
            # (市委副書記、市長 of 市长)
            org.aliases.add(self.as_written(start, end))
        existing = self.organizations.get(org.name)
        if existing:
            existing.aliases |= org.aliases
        else:
            self.organizations[org.name] = org
        self.org_mentions.append(OrgMention(org.name, surface, start, end, sentence))

    def move_mention(self, surface: str, org: Organization, start: int, end: int) -> None:
        """The first mention written surface in text[start:end] names org instead (a later stage read it in
        its phrase: 湖北省委 of 九三学社中央常委、湖北省委主委 is 九三学社's, 市委统战部 of 天津市政协副主席、市委统战部部长
        is 天津's); the organization it named goes when nothing else names it."""
        mention = next((m for m in self.org_mentions if m.surface == surface and start <= m.start < end), None)
        if mention is None or mention.org == org.name:
            return
        old, mention.org = mention.org, org.name
        self.organizations.setdefault(org.name, org)
        if not any(m.org == old for m in self.org_mentions):
            self.organizations.pop(old, None)

    def is_word_start(self, offset: int) -> bool:
        """A jieba word starts at offset (or a sentence ends there)."""
        k = bisect.bisect_left(self.word_starts, offset)
        return k < len(self.word_starts) and self.word_starts[k] == offset

    def word_before(self, offset: int) -> str:
        """The jieba word that ends at offset ("" at the start of a sentence)."""
        k = bisect.bisect_left(self.word_starts, offset)
        return self.text[self.word_starts[k - 1]:offset] if k > 0 else ""

    def next_word_start(self, offset: int, limit: int) -> int:
        """The first word start after offset, at most limit."""
        k = bisect.bisect_right(self.word_starts, offset)
        return min(self.word_starts[k], limit) if k < len(self.word_starts) else limit

    def word_spans(self, start: int, end: int):
        """(start, end) of each jieba word of text[start:end], left to right, the last cut at end.

        >>> doc = Document("t", "走访企业")
        >>> doc.word_starts = [0, 2]
        >>> list(doc.word_spans(1, 4))
        [(1, 2), (2, 4)]
        """
        pos = start
        while pos < end:
            nxt = self.next_word_start(pos, end)
            yield pos, nxt
            pos = nxt

    def clause_start(self, sentence: int, offset: int) -> int:
        """Where the clause holding offset begins: after the last clause boundary of its sentence before it."""
        start = self.sentences[sentence].start
        return max((m.end() for m in CLAUSE_BOUNDARY.finditer(self.text, start, offset)), default=start)

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence holding offset (binary search over sorted sentences)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return mid
        return -1
