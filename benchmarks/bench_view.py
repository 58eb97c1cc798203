"""The graph view at 1k, 5k and 20k nodes: build time, file size and time to interactive in headless Chromium.

    .venv/bin/python benchmarks/bench_view.py [--sizes 1000 5000 20000]

A synthetic store of N nodes (persons, organizations, events; about 2 edges per node, every post and
event with a source sentence in one of N/50 bulletins) is written by `synthetic_store`, then
`kg.view.write_html` writes the page. Time to interactive is from navigation start to a page that
answers a click: the page's first drawing done (kg.timing.drawn), plus the time from a mouse press on the
best-connected person to its details panel shown, both measured in the page (Playwright's own round trips
and the benchmark's search for a node to click are left out).
Search (typing a name until the result list shows it) and a kind filter (a legend click until the
counts change) are timed on the same page. Ratios are against an empty view measured in the same run.

Targets (2-core machine): 5,000 nodes / 10,000 edges interactive within 3 s, 20,000 / 40,000 within 8 s.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import pyoxigraph as ox  # noqa: E402

from kg import iris, kinds, view  # noqa: E402
from kg.store import Store  # noqa: E402

TARGETS = {5000: 3.0, 20000: 8.0}
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "建国华明丽军平伟芳海红霞静强磊洋艳勇杰娟涛超秀英敏鹏飞志刚玉兰晓东春梅"
PLACES = ["甲市", "乙市", "丙县", "丁区", "戊旗", "己市", "庚县", "辛区"]
ORG_WORDS = ["政协", "政协提案委员会", "委员会", "人民政府", "发展和改革委员会", "工商联", "总工会", "科技有限公司"]
ROLES = ["主席", "副主席", "秘书长", "主任", "副主任", "委员", "局长", "总经理"]
EVENT_ROLES = ["chair", "participant", "speaker", "leader"]


def _lit(text: str, lang: str = "zh") -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"@{lang}'


def _date(text: str) -> str:
    return f'"{text}"^^<http://www.w3.org/2001/XMLSchema#date>'


def synthetic_store(directory: Path, n: int, seed: int = 1) -> Store:
    """A store of about n nodes: 55% persons, 15% organizations, 30% events, about 2n edges.

    Organizations are picked with a heavy tail (a few hubs); every post and event has a source sentence.
    """
    rng = random.Random(seed)
    n_org, n_event = max(3, n * 15 // 100), n * 30 // 100
    n_person = n - n_org - n_event
    org_kinds = [k for k in kinds.of("organization")]
    event_kinds = [k for k in kinds.of("event")]
    T = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    P = {k: f"<{v}>" for k, v in {
        "label": "http://www.w3.org/2000/01/rdf-schema#label", "pref": "http://www.w3.org/2004/02/skos/core#prefLabel",
        "alt": "http://www.w3.org/2004/02/skos/core#altLabel", "name": "http://xmlns.com/foaf/0.1/name",
        "person": "http://xmlns.com/foaf/0.1/Person", "derived": "http://www.w3.org/ns/prov#wasDerivedFrom",
        "part": "http://purl.org/dc/terms/isPartOf", "date": "http://purl.org/dc/terms/date",
        "ident": "http://purl.org/dc/terms/identifier", "title": "http://purl.org/dc/terms/title",
        "membership": str(iris.ORG.Membership), "member": str(iris.ORG.member),
        "organization": str(iris.ORG.organization), "role": str(iris.ORG.role), "sub": str(iris.ORG.subOrganizationOf),
        "text": str(iris.CPPCC.text), "first": str(iris.CPPCC.firstSeen), "last": str(iris.CPPCC.lastSeen),
        "bulletin": str(iris.CPPCC.Bulletin), "event": str(iris.CPPCC.Event), "ename": str(iris.SCHEMA.name),
        "start": str(iris.SCHEMA.startDate), "body": str(iris.CPPCC.organizingBody),
    }.items()}
    n_bulletins = max(1, n // 50)
    bulletins = [f"<{iris.bulletin(f'synthetic-{b:05d}.txt')}>" for b in range(n_bulletins)]
    days = [f"2021-{1 + b * 12 // n_bulletins:02d}-{1 + b % 28:02d}" for b in range(n_bulletins)]
    lines: list[str] = []

    def add(s, p, o, b):
        lines.append(f"{s} {p} {o} {bulletins[b]} .")

    for b, g in enumerate(bulletins):
        add(g, T, P["bulletin"], b)
        add(g, P["ident"], f'"synthetic-{b:05d}.txt"', b)
        add(g, P["title"], _lit(f"合成政协工作动态 第{b + 1}期"), b)
        add(g, P["date"], _date(days[b]), b)
    orgs = [f"<{iris.iri('org', 'synthetic', i)}>" for i in range(n_org)]
    org_names = []
    for i, o in enumerate(orgs):
        name = f"{PLACES[i % len(PLACES)]}{ORG_WORDS[i % len(ORG_WORDS)]}{i}"
        org_names.append(name)
        b = i % n_bulletins
        add(o, T, f"<{org_kinds[i % len(org_kinds)].cls}>", b)
        add(o, P["pref"], _lit(name), b)
        add(o, P["label"], _lit(name), b)
        add(o, P["alt"], _lit(f"别名{i}"), b)
        if i >= 8 and i % 5 == 0:
            add(o, P["sub"], orgs[i % 8], b)
    hub = lambda: orgs[min(int(rng.paretovariate(1.1)) - 1, n_org - 1)] if rng.random() < 0.5 else rng.choice(orgs)
    span_no = 0

    def span(text, b):
        nonlocal span_no
        s = f"<{iris.iri('source', 'synthetic', span_no)}>"
        span_no += 1
        add(s, P["text"], _lit(text), b)
        add(s, P["part"], bulletins[b], b)
        return s

    persons = [f"<{iris.iri('person', 'synthetic', i)}>" for i in range(n_person)]
    for i, p in enumerate(persons):
        name = SURNAMES[i % len(SURNAMES)] + GIVEN[(i // len(SURNAMES)) % len(GIVEN)] + GIVEN[i % 7] + str(i)
        b = rng.randrange(n_bulletins)
        add(p, T, P["person"], b)
        add(p, P["name"], _lit(name), b)
        add(p, P["label"], _lit(name), b)
        for k in range(1 + (rng.random() < 0.6) + (rng.random() < 0.3)):
            o = hub()
            role = ROLES[rng.randrange(len(ROLES))]
            m = f"<{iris.iri('membership', 'synthetic', i, k)}>"
            add(m, T, P["membership"], b)
            add(m, P["member"], p, b)
            add(m, P["organization"], o, b)
            r = f"<{iris.iri('role', role)}>"
            add(m, P["role"], r, b)
            add(r, P["pref"], _lit(role), b)
            add(m, P["derived"], span(f"{org_names[orgs.index(o)] if n_org < 2000 else '某机构'}{role}{name}出席会议。", b), b)
            add(m, P["first"], _date(days[b]), b)
            add(m, P["last"], _date(days[b]), b)
    for i in range(n_event):
        e = f"<{iris.iri('event', 'synthetic', i)}>"
        b = rng.randrange(n_bulletins)
        kind = event_kinds[i % len(event_kinds)]
        add(e, T, P["event"], b)
        add(e, T, f"<{kind.cls}>", b)
        text = f"{days[b][5:7]}月{days[b][8:]}日，召开第{i}次{kind.label.split()[0]}。"
        add(e, P["ename"], _lit(text), b)
        add(e, P["start"], _date(days[b]), b)
        add(e, P["body"], hub(), b)
        for _ in range(2 + (rng.random() < 0.5)):
            add(e, f"<{iris.CPPCC[rng.choice(EVENT_ROLES)]}>", rng.choice(persons), b)
        add(e, P["derived"], span(text, b), b)
    store = Store(directory)
    # straight into the database: the view reads the store with SPARQL, whatever wrote it
    store.db.load("\n".join(lines).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    return store


def interactive(browser, path: Path) -> dict:
    """Seconds from navigation start until a click on the hub person opens the panel; then search and filter."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri(), wait_until="commit")
    page.wait_for_function("window.kg !== undefined && document.body.dataset.ready === '1'", timeout=120_000,
                           polling=20)
    # the best-connected person that no other node covers once zoomed in on it
    target = page.evaluate("""() => { const d = kg.data, net = kg.network;
        const people = d.iri.map((_, i) => i).filter(i => d.kinds[d.kind[i]][0] === 'person')
                         .sort((a, b) => d.degree[b] - d.degree[a]);
        const best = people.find(i => net.getNodeAt(net.canvasToDOM(net.getPositions([i])[i])) === i);
        if (best === undefined) return null;
        const c = kg.network.canvasToDOM(kg.network.getPositions([best])[best]);
        const r = document.getElementById('kg-network').getBoundingClientRect();
        return {i: best, name: d.name[best], x: c.x + r.left, y: c.y + r.top}; }""")
    out = {"errors": errors}
    if target is None:
        out["tti"] = out["drawn"] = page.evaluate("kg.timing.drawn") / 1000
        page.close()
        return out
    # zoomed in on the target, so that no neighbour lies under the mouse
    xy = page.evaluate("""(i) => { kg.network.moveTo({position: kg.network.getPositions([i])[i], scale: 1.5});
        const c = kg.network.canvasToDOM(kg.network.getPositions([i])[i]);
        const r = document.getElementById('kg-network').getBoundingClientRect(); return [c.x + r.left, c.y + r.top]; }""",
                       target["i"])
    # the page's own time: first drawing done, then from the mouse press to the panel shown
    page.evaluate("""() => { window.benchTimes = {};
        document.addEventListener('mousedown', () => { benchTimes.down = performance.now(); }, true);
        const panel = document.getElementById('kg-panel');
        new MutationObserver(() => { if (!panel.hidden && !benchTimes.open) benchTimes.open = performance.now(); })
            .observe(panel, {attributes: true}); }""")
    page.mouse.click(*xy)
    page.wait_for_function("document.querySelector('#kg-details h2') && "
                           "document.querySelector('#kg-details h2').textContent === %r" % target["name"],
                           timeout=60_000, polling=10)
    times = page.evaluate("[kg.timing.drawn, benchTimes.open - benchTimes.down]")
    out["drawn"], out["click"] = times[0] / 1000, times[1] / 1000
    out["tti"] = out["drawn"] + out["click"]
    t = time.perf_counter()
    page.fill("#kg-search", target["name"])
    page.wait_for_selector("#kg-results li.active", timeout=30_000)
    out["search"] = time.perf_counter() - t
    t = time.perf_counter()
    before = page.inner_text("#kg-stats")
    page.click("#kg-kinds li[data-k='0']")
    page.wait_for_function("document.getElementById('kg-stats').textContent !== %r" % before, timeout=30_000)
    out["filter"] = time.perf_counter() - t
    page.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                    args=["--no-sandbox", "--disable-gpu"])
        empty = Path(tmp) / "empty.html"
        with Store(Path(tmp) / "empty") as store:
            view.write_html(store, empty)
        reference = min(interactive(browser, empty)["tti"] for _ in range(3))
        print(f"reference: empty view interactive in {reference:.2f} s")
        print(f"{'nodes':>7} {'edges':>7} {'triples':>8} {'write s':>8} {'MB':>6} {'drawn s':>7} {'click s':>7} "
              f"{'TTI s':>6} {'ratio':>6} {'target':>7} {'search s':>8} {'filter s':>8}")
        for n in args.sizes:
            with synthetic_store(Path(tmp) / f"s{n}", n) as store:
                triples = len(store.db)
                t = time.perf_counter()
                html = view.write_html(store, Path(tmp) / f"v{n}.html")
                write = time.perf_counter() - t
            r = interactive(browser, html)
            page_counts = _counts(browser, html)
            target = TARGETS.get(n)
            print(f"{page_counts[0]:>7} {page_counts[1]:>7} {triples:>8} {write:>8.1f} "
                  f"{html.stat().st_size / 1e6:>6.1f} {r['drawn']:>7.2f} {r.get('click', 0):>7.2f} "
                  f"{r['tti']:>6.2f} {r['tti'] / reference:>6.1f} "
                  f"{(f'<{target:.0f} s' if target else ''):>7} {r.get('search', 0):>8.2f} {r.get('filter', 0):>8.2f}"
                  + (f"  errors: {r['errors']}" if r["errors"] else ""))
        browser.close()


def _counts(browser, path: Path) -> tuple[int, int]:
    page = browser.new_page()
    page.goto(path.as_uri())
    page.wait_for_function("window.kg !== undefined", timeout=120_000)
    counts = page.evaluate("[kg.data.iri.length, kg.data.edges.length]")
    page.close()
    return counts[0], counts[1]


if __name__ == "__main__":
    main()
