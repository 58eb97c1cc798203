"""Shared fixtures. Keep this small; put fixtures used by one test file in that file."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.document import Article, Context, Document, Organization, PersonMention, Post, Sentence

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


def hand_document(path: Path, lines: list[str], *, date: str | None, place: str | None,
                  article_date: str | None, organizations: list[Organization],
                  persons: dict[str, str], posts: list[tuple[str, str, str, int]]) -> Document:
    """A Document built by hand, independent of the extraction stages.

    lines[0] is the masthead; every further line is one sentence of article 0. posts are
    (person, role, organization name, sentence index); each post's person also gets a mention there.
    """
    text = "\n".join(lines)
    doc = Document(path=path, text=text, encoding="utf-8", title=lines[0])
    doc.raw = text.encode("utf-8")
    offset = len(lines[0]) + 1
    for line in lines[1:]:
        doc.sentences.append(Sentence(start=offset, end=offset + len(line), article=0))
        offset += len(line) + 1
    doc.articles.append(Article(index=0, title=lines[1], start=doc.sentences[0].start,
                                end=doc.sentences[-1].end, section="会议", date=article_date))
    doc.context = Context(place=place, date=date, year=int(date[:4]) if date else None)
    doc.organizations = {o.name: o for o in organizations}
    doc.persons = dict(persons)
    for person, role, org, sentence in posts:
        s = doc.sentences[sentence]
        start = text.index(person, s.start)
        doc.posts.append(Post(person=person, role=role, org=org, start=start, end=start + len(person),
                              sentence=sentence))
        doc.person_mentions.append(PersonMention(name=person, start=start, end=start + len(person),
                                                 sentence=sentence, evidence="title"))
    return doc


@pytest.fixture
def hand_docs(tmp_path) -> tuple[Document, Document]:
    """Two hand-made bulletins with known content.

    hand-a.txt (2021-06-15, article dated 2021-06-10), 包头市:
        张三 包头市政协 主席, 张三 包头市政协 党组书记, 李四 包头市政协 副主席,
        王五 包头市政协提案委员会 主任, 李四 包头市委 常委
    hand-b.txt (2021-07-01, no article date), 鄂尔多斯市:
        张三 包头市政协 主席 (the same person and post as in hand-a), 赵六 鄂尔多斯市政协 主席
    Organizations: 包头市政协 (CPPCC, alias 市政协), 包头市政协提案委员会 (CPPCC_BODY, alias 提案委员会,
    part of 包头市政协), 包头市委 (PARTY, alias 市委), 鄂尔多斯市政协 (CPPCC, alias 市政协).
    """
    baotou = Organization("包头市政协", "CPPCC", {"包头市政协", "市政协"}, place="包头市")
    a = hand_document(
        tmp_path / "hand-a.txt",
        ["包头政协工作动态", "市政协主席张三主持会议。", "市政协党组书记张三讲话。", "市政协副主席李四出席。",
         "提案委员会主任王五汇报。", "市委常委李四参加。"],
        date="2021-06-15", place="包头市", article_date="2021-06-10",
        organizations=[
            baotou,
            Organization("包头市政协提案委员会", "CPPCC_BODY", {"提案委员会"}, parent="包头市政协", place="包头市"),
            Organization("包头市委", "PARTY", {"市委"}, place="包头市"),
        ],
        persons={"张三": "包头市", "李四": "包头市", "王五": "包头市"},
        posts=[("张三", "主席", "包头市政协", 0), ("张三", "党组书记", "包头市政协", 1),
               ("李四", "副主席", "包头市政协", 2), ("王五", "主任", "包头市政协提案委员会", 3),
               ("李四", "常委", "包头市委", 4)])
    b = hand_document(
        tmp_path / "hand-b.txt",
        ["鄂尔多斯政协工作动态", "包头市政协主席张三来访。", "鄂尔多斯市政协主席赵六陪同。"],
        date="2021-07-01", place="鄂尔多斯市", article_date=None,
        organizations=[
            Organization("包头市政协", "CPPCC", {"包头市政协", "市政协"}, place="包头市"),
            Organization("鄂尔多斯市政协", "CPPCC", {"鄂尔多斯市政协", "市政协"}, place="鄂尔多斯市"),
        ],
        persons={"张三": "包头市", "赵六": "鄂尔多斯市"},
        posts=[("张三", "主席", "包头市政协", 0), ("赵六", "主席", "鄂尔多斯市政协", 1)])
    return a, b


@pytest.fixture
def hand_store(tmp_path, hand_docs) -> Path:
    """A store directory holding the two hand-made bulletins (closed again, ready to be opened)."""
    from kg.store import Store
    directory = tmp_path / "hand-store"
    with Store(directory) as store:
        for doc in hand_docs:
            store.add_document(doc)
    return directory


CHROMIUM = "/usr/bin/chromium"
# flags for headless chromium as root on a machine without network (see the env notes)
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium driven by Playwright (its own browser download is not used), one per session.

    ``make test`` installs chromium (Makefile target ``system``); without it the browser tests fail
    with that message rather than being skipped.
    """
    from playwright.sync_api import sync_playwright
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make system` (apt-get install chromium fonts-noto-cjk)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh page; console errors are collected in page.console_errors."""
    context = browser.new_context()
    pg = context.new_page()
    pg.console_errors = []
    pg.on("console", lambda m: m.type == "error" and pg.console_errors.append(m.text))
    pg.on("pageerror", lambda e: pg.console_errors.append(str(e)))
    yield pg
    context.close()


@pytest.fixture
def page_of(tmp_path):
    """page_of(text): the document the pipeline makes of TEXT saved as a page (page.txt in tmp_path)."""
    from kg.pipeline import process

    def read(text: str) -> Document:
        path = tmp_path / "page.txt"
        path.write_text(text, encoding="utf-8")
        return process(path)
    return read
