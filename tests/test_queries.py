"""The ready-made queries of kg/queries/ on a hand-made store, with hand-checked answers."""
from __future__ import annotations

import re

import pytest

from kg import store as kgstore
from kg import named_queries
from kg.rdf import person_iri
from kg.store import Store

REQUIRED = {"person-posts": ["person"], "body-members": ["org"], "bodies-by-kind": [], "bulletin-persons": ["bulletin"]}


def run(directory, name, **params):
    with Store(directory, create=False, read_only=True) as store:
        return store.query(named_queries.load_query(name).render(params))


def as_dicts(result):
    variables, rows = result
    return [dict(zip(variables, row)) for row in rows]


def test_required_queries_exist_with_their_parameters():
    queries = named_queries.list_queries()
    for name, params in REQUIRED.items():
        assert name in queries, name
        assert list(queries[name].params) == params


@pytest.mark.parametrize("name", sorted(named_queries.list_queries()))
def test_every_query_is_described_and_declares_exactly_the_parameters_it_uses(name):
    q = named_queries.list_queries()[name]
    assert q.summary, f"{name}.rq has no leading description comment"
    assert sorted(q.params) == sorted(named_queries.query_parameters(q.text))


@pytest.mark.parametrize("name", sorted(named_queries.list_queries()))
def test_every_query_runs_on_an_empty_store(tmp_path, name):
    q = named_queries.list_queries()[name]
    with Store(tmp_path / "empty") as store:
        variables, rows = store.query(q.render({p: "x" for p in q.params}))
    assert variables and all(len(row) == len(variables) for row in rows)


def test_person_posts(hand_store):
    rows = as_dicts(run(hand_store, "person-posts", person="张三"))
    zhang = str(person_iri("张三", "包头市"))
    assert [(r["person"], r["role"], r["organization"], r["bulletin"], r["date"]) for r in rows] == [
        (zhang, "主席", "包头市政协", "hand-a.txt", "2021-06-10"),
        (zhang, "党组书记", "包头市政协", "hand-a.txt", "2021-06-10"),
        (zhang, "主席", "包头市政协", "hand-b.txt", "2021-07-01"),
    ]


def test_person_posts_of_someone_else_and_of_nobody(hand_store):
    rows = as_dicts(run(hand_store, "person-posts", person="李四"))
    assert sorted((r["role"], r["organization"]) for r in rows) == [("副主席", "包头市政协"), ("常委", "包头市委")]
    assert run(hand_store, "person-posts", person="不存在")[1] == []


def test_body_members_by_pref_label(hand_store):
    rows = as_dicts(run(hand_store, "body-members", org="包头市政协"))
    got = {(r["organization"], r["role"], r["person"]): (r["count"], set(r["bulletins"].split()))
           for r in rows}
    assert got == {
        ("包头市政协", "主席", "张三"): (2, {"hand-a.txt", "hand-b.txt"}),
        ("包头市政协", "党组书记", "张三"): (1, {"hand-a.txt"}),
        ("包头市政协", "副主席", "李四"): (1, {"hand-a.txt"}),
    }


def test_body_members_by_alt_label(hand_store):
    # 市政协 is an altLabel of both 包头市政协 and 鄂尔多斯市政协
    rows = as_dicts(run(hand_store, "body-members", org="市政协"))
    assert {(r["organization"], r["role"], r["person"]) for r in rows} == {
        ("包头市政协", "主席", "张三"), ("包头市政协", "党组书记", "张三"), ("包头市政协", "副主席", "李四"),
        ("鄂尔多斯市政协", "主席", "赵六")}
    rows = as_dicts(run(hand_store, "body-members", org="提案委员会"))
    assert [(r["organization"], r["role"], r["person"]) for r in rows] == [("包头市政协提案委员会", "主任", "王五")]


def test_bodies_by_kind(hand_store):
    rows = as_dicts(run(hand_store, "bodies-by-kind"))
    got = {r["kind"]: (r["count"], set(r["organizations"].split("、"))) for r in rows}
    assert got == {
        "CPPCCCommittee": (2, {"包头市政协", "鄂尔多斯市政协"}),
        "CPPCCBody": (1, {"包头市政协提案委员会"}),
        "PartyOrgan": (1, {"包头市委"}),
    }
    assert rows[0]["kind"] == "CPPCCCommittee"   # the largest group first


def test_bulletin_persons(hand_store):
    rows = as_dicts(run(hand_store, "bulletin-persons", bulletin="hand-a.txt"))
    got = {r["person"]: (set(r["posts"].split("; ")), r["sentences"]) for r in rows}
    assert got == {
        "张三": ({"包头市政协主席", "包头市政协党组书记"}, 2),
        "李四": ({"包头市政协副主席", "包头市委常委"}, 2),
        "王五": ({"包头市政协提案委员会主任"}, 1),
    }
    # another bulletin gives its own persons only
    rows = as_dicts(run(hand_store, "bulletin-persons", bulletin="hand-b.txt"))
    assert {r["person"] for r in rows} == {"张三", "赵六"}


def test_bulletins_and_top_persons(hand_store):
    rows = as_dicts(run(hand_store, "bulletins"))
    assert [(r["bulletin"], r["date"], r["place"], r["articles"], r["persons"], r["posts"]) for r in rows] == [
        ("hand-a.txt", "2021-06-15", "包头市", 1, 3, 5), ("hand-b.txt", "2021-07-01", "鄂尔多斯市", 1, 2, 2)]
    rows = as_dicts(run(hand_store, "top-persons"))
    assert [(r["person"], r["count"], r["bulletins"]) for r in rows][:2] == [("张三", 2, 2), ("李四", 2, 1)]


@pytest.mark.parametrize("evil", [
    '张三" || true || "',            # would match every person if pasted raw into FILTER(STR(?name) = "...")
    '张三") || true || ("',
    '张三\\" || true || \\"',
    '\\u0022) || true || (\\u0022',   # a \u escape of a quote
    '张三" } } UNION { ?p ?q ?r } #',
    "张三' || true || '",
    "张三\n} #",
])
def test_parameter_injection_is_harmless(hand_store, evil):
    variables, rows = run(hand_store, "person-posts", person=evil)
    assert rows == []
    variables, rows = run(hand_store, "body-members", org=evil)
    assert rows == []


def test_parameter_with_quote_matches_literally(tmp_path, hand_docs):
    """A name that really contains a quote and a backslash is found by exactly that name."""
    a, _ = hand_docs
    odd = 'O"Brien\\'
    a.persons[odd] = "包头市"
    a.posts[0].person = odd
    with Store(tmp_path / "odd") as store:
        store.add_document(a)
    rows = as_dicts(run(tmp_path / "odd", "person-posts", person=odd))
    assert [(r["role"], r["organization"]) for r in rows] == [("主席", "包头市政协")]


def test_render_replaces_only_parameter_tokens():
    q = 'SELECT * WHERE { ?s ?p $x . FILTER(?p != "$x" && ?s != <http://e.org/$x>) } # $x in a comment'
    out = named_queries.render_query(q, {"x": 'a"b'})
    assert out.count('"a\\"b"') == 1
    assert '"$x"' in out and "<http://e.org/$x>" in out and "# $x in a comment" in out


def test_render_rejects_missing_and_unknown_parameters():
    q = named_queries.load_query("person-posts")
    with pytest.raises(kgstore.QueryError, match="missing parameter person"):
        q.render({})
    with pytest.raises(kgstore.QueryError, match="unknown parameter nobody"):
        q.render({"person": "张三", "nobody": "x"})
    with pytest.raises(kgstore.QueryError, match="no ready-made query"):
        named_queries.load_query("../etc/passwd")


def test_sparql_string_is_one_closed_literal():
    lit = named_queries.sparql_string('a"b\\c\nd')
    assert lit == '"a\\"b\\\\c\\nd"'
    # no unescaped quote inside
    assert not re.search(r'(?<!\\)"', lit[1:-1])


def test_bulletin_persons_keeps_the_posts_of_a_person_also_named_without_one(tmp_path):
    """A person named with a post in one sentence and bare in another: both sentences count, and the post
    stays (a sentence without a post must not blank the person's posts)."""
    from kg import pipeline
    path = tmp_path / "lanshan.txt"
    path.write_text("岚山政协工作动态\n2023年5月9日\n\n市政协召开主席会议\n"
                    "5月8日，市政协主席宋立川主持召开主席会议。\n会议结束后，宋立川看望了机关干部。\n",
                    encoding="utf-8")
    with Store(tmp_path / "out") as store:
        store.add_document(pipeline.process(path))
    rows = as_dicts(run(tmp_path / "out", "bulletin-persons", bulletin="lanshan.txt"))
    song = next(r for r in rows if r["person"] == "宋立川")
    assert song["sentences"] == 2 and song["posts"].endswith("政协主席") and ";" not in song["posts"]
