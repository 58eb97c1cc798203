"""The CLI conventions of issue 11 on `kg query` and the top-level parser: one-line errors that name the
cause, "did you mean", --version, a description for every subcommand, the language-tag hint."""
from __future__ import annotations

import argparse

import pytest

from kg import sparql
from kg import named_queries
from kg.cli import build_parser, main, package_version


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0 and capsys.readouterr().out.strip() == f"kg {package_version()}"
    assert package_version()[0].isdigit()


def test_every_subcommand_has_a_description():
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    helps = {c.dest: c.help for c in commands._choices_actions}
    for name, sub in commands.choices.items():
        assert helps.get(name), f"kg {name} has no help line"
        assert sub.description and len(sub.description) > 30, f"kg {name} --help has no description"


def test_mistyped_command_and_query_name_and_parameter(hand_store, capsys):
    code, _, err = run(capsys, "qeury", "ASK {}")
    assert code == 2 and "unknown command 'qeury' (did you mean query?)" in err
    code, _, err = run(capsys, "query", "--name", "persn-posts", "-s", str(hand_store))
    assert code == 2 and "did you mean person-posts?" in err
    code, _, err = run(capsys, "query", "--name", "person-posts", "--param", "persn=张三", "-s", str(hand_store))
    assert code == 2 and "unknown parameter 'persn' (did you mean person?)" in err and "missing" not in err
    assert all(len(e.strip().splitlines()) == 1 for e in [err])


def test_unknown_prefix_is_named_in_one_line(hand_store, capsys):
    code, _, err = run(capsys, "query", "SELECT * WHERE { ?s foo:bar ?o }", "-s", str(hand_store))
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "unknown prefix foo:" in err and "PREFIX foo:" in err


def test_a_plain_string_against_tagged_names_gets_a_hint(hand_store, capsys):
    code, out, err = run(capsys, "query", 'SELECT ?p WHERE { ?p foaf:name "张三" }', "-s", str(hand_store))
    assert code == 0 and "(0 rows)" in out
    assert '"张三"@zh' in err
    code, out, err = run(capsys, "query", 'SELECT DISTINCT ?p WHERE { ?p foaf:name "张三"@zh }', "-s", str(hand_store))
    assert "(1 row)" in out and err == ""
    code, out, err = run(capsys, "query", 'SELECT ?p WHERE { ?p foaf:name "无人" }', "-s", str(hand_store))
    assert "(0 rows)" in out and err == ""


def test_serve_binds_loopback_unless_told():
    assert build_parser().parse_args(["serve"]).host == "127.0.0.1"


@pytest.mark.parametrize("text,refusal", [
    ("WITH <http://e/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "read-only"),
    ("CLEAR DEFAULT", "read-only"),
    ("PREFIX e: <http://e/> SELECT * WHERE { ?s ?p ?o . FILTER EXISTS { SERVICE e:x { ?s ?p ?o } } }", "SERVICE"),
    ("SELECT * WHERE { { SELECT ?s WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } } } }", "SERVICE"),
])
def test_check_refuses_updates_and_service_anywhere(text, refusal):
    with pytest.raises(sparql.Refused, match=refusal):
        sparql.check(text)


def test_check_accepts_what_looks_like_service_but_is_not():
    assert sparql.check('SELECT ?service WHERE { ?service rdfs:label "SERVICE" }').form == "SELECT"


def test_negotiation_honours_q_values():
    assert sparql.negotiate("text/csv;q=0.5, application/sparql-results+xml", graph=False) == \
        "application/sparql-results+xml"
    assert sparql.negotiate("text/csv;q=0, */*;q=0.1", graph=False) == "application/sparql-results+json"
    assert sparql.negotiate("application/ld+json", graph=True) == "application/ld+json"
    assert sparql.negotiate("text/turtle", graph=False) is None


def test_check_is_safe_from_many_threads():
    """rdflib's parser (pyparsing) is not thread-safe; kg serve checks queries in threads."""
    from concurrent.futures import ThreadPoolExecutor
    texts = [f"SELECT ?s WHERE {{ ?s rdfs:label ?l{i} . FILTER(STRLEN(?l{i}) > {i}) }}" for i in range(40)]
    with ThreadPoolExecutor(8) as pool:
        forms = list(pool.map(lambda t: sparql.check(t).form, texts))
    assert forms == ["SELECT"] * 40


def test_a_query_that_differs_only_in_its_strings_is_parsed_once():
    """The verdict does not depend on string literals (a ready-made query asked for many persons): rdflib's
    parser, tens of milliseconds a query, runs once for all of them, and the refusals still hold."""
    sparql._verdict.cache_clear()
    for name in ("杨利民", "云港", 'a "quoted" name'):
        text = f"SELECT ?p WHERE {{ ?p foaf:name {named_queries.sparql_string(name)}@zh }}"
        assert sparql.check(text).form == "SELECT"
    assert sparql._verdict.cache_info().misses == 1
    with pytest.raises(sparql.Refused):
        sparql.check('SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p "x" } }')
    assert sparql.plain_literals('SELECT ?p WHERE { ?p foaf:name "杨利民" }') == ("杨利民",)
