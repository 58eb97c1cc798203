"""The explorer page in a real browser (Debian's chromium driven by Playwright, fixtures in conftest.py).

Small hand-made graphs: each test opens its page in a second or two.
"""
from __future__ import annotations

from rdflib import Literal
from rdflib.namespace import FOAF, RDF

from kg import view
from kg.iris import CPPCC, ID, PROV, SCHEMA
from test_view import EVIL_IMG, SENTENCE, SENTENCE_2, XSD_DATE, event_graph, small_graph, zh


def open_view(page, tmp_path, source, **options) -> None:
    path = tmp_path / "view.html"
    view.write_html(source, path, **options)
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready='1']")
    page.requests = requests


def shown(page) -> set[str]:
    """Names of the nodes the network holds now (filters applied)."""
    return set(page.evaluate("kg.network.body.data.nodes.getIds().map(i => kg.data.name[i])"))


def click_node(page, name: str) -> None:
    xy = page.evaluate("""(name) => { const i = kg.data.name.indexOf(name), net = kg.network;
        net.moveTo({position: net.getPositions([i])[i], scale: 1.5});
        const c = net.canvasToDOM(net.getPositions([i])[i]);
        const r = document.getElementById('kg-network').getBoundingClientRect(); return [c.x + r.left, c.y + r.top]; }""",
                       name)
    page.mouse.click(*xy)


def two_dated_events():
    g = event_graph()                                   # event e1 on 2021-04-28 with 张三 and 李四
    ev = ID["event/e3"]
    g.add((ev, RDF.type, CPPCC.Event))
    g.add((ev, RDF.type, CPPCC.Investigation))
    g.add((ev, SCHEMA.name, zh("6月10日，赵六带队调研。")))
    g.add((ev, SCHEMA.startDate, Literal("2021-06-10", datatype=XSD_DATE)))
    zhao = ID["person/zhao"]
    g.add((zhao, RDF.type, FOAF.Person))
    g.add((zhao, FOAF.name, zh("赵六")))
    g.add((ev, CPPCC.leader, zhao))
    return g


def test_loads_offline_with_the_graphs_nodes(page, tmp_path, hand_store):
    from kg.store import Store
    with Store(hand_store, create=False, read_only=True) as store:
        stats = store.stats()
        open_view(page, tmp_path, store)
    assert page.console_errors == []
    assert [u for u in page.requests if not u.startswith("file:")] == []
    assert page.evaluate("kg.network.body.data.nodes.length") == stats["persons"] + stats["organizations"]
    assert page.inner_text("#kg-stats").startswith(f'{stats["persons"] + stats["organizations"]} 个节点')


def test_search_by_alias_with_a_result_list_and_keys(page, tmp_path):
    open_view(page, tmp_path, small_graph())
    page.fill("#kg-search", "包头市委")                 # an alias of 中共包头市委员会
    page.wait_for_selector("#kg-results li.active")
    first = page.inner_text("#kg-results li.active")
    assert "中共包头市委员会" in first and "党委机构" in first           # the kind is shown
    page.fill("#kg-search", "包头市")                   # two nodes, no bulletin
    page.wait_for_function("document.querySelectorAll('#kg-results li[data-n]').length >= 2")
    items = page.locator("#kg-results li[data-n]")
    assert items.count() >= 2
    page.press("#kg-search", "ArrowDown")
    assert page.get_attribute("#kg-results li.active", "data-n") == "1"
    chosen = page.inner_text("#kg-results li.active .name")
    page.press("#kg-search", "Enter")
    page.wait_for_selector("#kg-panel:not([hidden])")
    assert page.inner_text("#kg-details h2") in chosen
    page.fill("#kg-search", "000_test")                 # a bulletin's file name
    page.wait_for_selector("#kg-results li.active")
    assert "简报 bulletin" in page.inner_text("#kg-results li.active")
    assert page.console_errors == []


def test_click_opens_the_panel_with_every_source(page, tmp_path):
    g = small_graph()
    zhang = ID["person/zhang"]
    many = [f"张三第{i}次出席政协会议。" for i in range(15)]
    for i, text in enumerate(many):
        span = ID[f"source/many{i}"]
        g.add((span, CPPCC.text, zh(text)))
        g.add((span, PROV.wasDerivedFrom, span))
        g.add((zhang, PROV.wasDerivedFrom, span))
    open_view(page, tmp_path, g)
    click_node(page, "张三")
    page.wait_for_selector("#kg-panel:not([hidden])")
    panel = page.inner_text("#kg-details")
    assert page.inner_text("#kg-details h2") == "张三"
    for text in [SENTENCE, SENTENCE_2] + many:          # post sources and the person's own: no cap
        assert text in panel, text
    assert "包头政协工作动态" in panel and "2021-05-01" in panel and "000_test.txt" in panel
    assert "党组书记" in panel and "常委" in panel and "姓名 + 任职机构所在地" in panel
    assert page.evaluate("getComputedStyle(document.getElementById('kg-panel')).userSelect") == "text"
    page.click("#kg-details a.kg-link:text-is('中共包头市委员会')")          # a name in the panel focuses it
    page.wait_for_function("document.querySelector('#kg-details h2').textContent === '中共包头市委员会'")
    assert page.evaluate("kg.network.getSelectedNodes().map(i => kg.data.name[i])") == ["中共包头市委员会"]
    assert "包头市委" in page.inner_text("#kg-details")                      # its alias
    assert page.console_errors == []


def test_event_panel_date_people_and_sentence(page, tmp_path):
    open_view(page, tmp_path, event_graph())
    page.evaluate("kg.show(kg.data.name.indexOf(%r), true)" % SENTENCE)
    panel = page.inner_text("#kg-details")
    assert page.inner_text("#kg-details h2") == "2021-04-28 会议"
    assert "2021-04-28" in panel and "主持" in panel and "张三" in panel and "主办" in panel
    assert SENTENCE in panel and "经济发展" in panel


def test_kind_and_date_filters_hide_the_right_nodes(page, tmp_path):
    open_view(page, tmp_path, two_dated_events())
    everything = shown(page)
    page.click("#kg-kinds li[data-kind='person']")
    assert shown(page) == everything - {"张三", "李四", "赵六"}
    assert page.inner_text("#kg-kinds li[data-kind='person'] .n") == "0/3"
    page.click("#kg-kinds li[data-kind='person']")
    assert shown(page) == everything
    page.fill("#kg-from", "2021-06-01")
    page.dispatch_event("#kg-from", "change")
    # only what is seen from June on: the June investigation and its leader
    assert shown(page) == {"6月10日，赵六带队调研。", "赵六"}
    page.fill("#kg-from", "")
    page.fill("#kg-to", "2021-04-30")
    page.dispatch_event("#kg-to", "change")
    assert shown(page) == {SENTENCE, "张三", "李四", "包头市政协", "经济发展"}
    page.click("#kg-reset")
    assert shown(page) == everything
    page.check("#kg-isolated")
    assert shown(page) == everything                    # nothing is isolated here
    assert page.console_errors == []


def test_injected_markup_in_a_name_stays_text(page, tmp_path):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    open_view(page, tmp_path, small_graph(person_name=EVIL_IMG))
    page.fill("#kg-search", "onerror")
    page.wait_for_selector("#kg-results li.active")
    assert EVIL_IMG in page.inner_text("#kg-results li.active")
    page.press("#kg-search", "Enter")
    page.wait_for_selector("#kg-panel:not([hidden])")
    assert page.eval_on_selector("#kg-details h2", "e => e.textContent") == EVIL_IMG
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    page.click("#kg-details a.kg-link:text-is('包头市政协')")
    assert EVIL_IMG in page.inner_text("#kg-details")          # as a member of the committee, still text
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert dialogs == [] and page.console_errors == []


def test_ego_view_opens_on_its_centre(page, tmp_path):
    open_view(page, tmp_path, event_graph(), focus="李四", depth=1)
    assert shown(page) == {"李四", "包头市政协", SENTENCE}
    page.wait_for_selector("#kg-panel:not([hidden])")
    assert page.inner_text("#kg-details h2") == "李四"


def test_bulletin_chosen_in_the_search_filters_to_it(page, tmp_path, hand_store):
    from kg.store import Store
    with Store(hand_store, create=False, read_only=True) as store:
        open_view(page, tmp_path, store)
    page.fill("#kg-search", "hand-b")
    page.wait_for_selector("#kg-results li.active")
    assert "简报 bulletin" in page.inner_text("#kg-results li.active")
    page.press("#kg-search", "Enter")
    # hand-b.txt names 张三 at 包头市政协 and 赵六 at 鄂尔多斯市政协, nothing else
    assert shown(page) == {"张三", "包头市政协", "赵六", "鄂尔多斯市政协"}
    assert page.input_value("#kg-bulletin") != "-1"
    assert page.console_errors == []


def test_search_by_date_finds_the_events_of_that_month(page, tmp_path):
    open_view(page, tmp_path, two_dated_events())
    page.fill("#kg-search", "2021-06")
    page.wait_for_selector("#kg-results li.active")
    names = page.locator("#kg-results li[data-n] .name").all_inner_texts()
    assert names == ["6月10日，赵六带队调研。 2021-06-10 调研视察"]
