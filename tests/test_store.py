"""kg.store: named graph per bulletin, replace on rebuild, remove, manifest, union queries, export."""
from __future__ import annotations

import hashlib
import json

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic
from rdflib.namespace import FOAF, RDF, RDFS

from kg import iris
from kg.rdf import to_graph
from kg.evaluate import below
from kg.ontology import vocabulary_links
from kg.pipeline import process
from kg.iris import SCHEMA
from kg.store import QueryError, Store, StoreError


def union(*docs) -> rdflib.Graph:
    g = rdflib.Graph()
    for doc in docs:
        for t in to_graph(doc):
            g.add(t)
    return g


def test_add_document_puts_the_bulletin_in_its_own_named_graph(tmp_path, hand_docs):
    a, b = hand_docs
    with Store(tmp_path / "s") as store:
        store.add_document(a)
        store.add_document(b)
        assert store.graph_names() == sorted([str(iris.bulletin("hand-a.txt")), str(iris.bulletin("hand-b.txt"))])
        assert store.quad_count() == len(to_graph(a)) + len(to_graph(b))
        # the union counts a triple stated by both bulletins once
        assert len(store) == len(union(a, b)) < store.quad_count()


def test_rebuilding_the_same_document_changes_nothing(tmp_path, hand_docs):
    a, b = hand_docs
    with Store(tmp_path / "s") as store:
        store.add_document(a)
        store.add_document(b)
        quads, triples, stats = store.quad_count(), len(store), store.stats()
        store.add_document(a)
        store.add_document(a)
        assert (store.quad_count(), len(store), store.stats()) == (quads, triples, stats)
    with Store(tmp_path / "s") as store:   # and after reopening from disk
        store.add_document(b)
        assert (store.quad_count(), len(store)) == (quads, triples)


def test_rebuilding_replaces_the_old_content_of_that_bulletin_only(tmp_path, hand_docs):
    a, b = hand_docs
    with Store(tmp_path / "s") as store:
        store.add_document(a)
        store.add_document(b)
        assert store.count('?x foaf:name "王五"@zh') == 1
        a.posts = [p for p in a.posts if p.person != "王五"]
        del a.persons["王五"]
        a.person_mentions = [m for m in a.person_mentions if m.name != "王五"]
        store.add_document(a)
        assert store.count('?x foaf:name "王五"@zh') == 0           # gone from hand-a
        assert store.count('?x foaf:name "赵六"@zh') == 1           # hand-b untouched
        assert store.quad_count() == len(to_graph(a)) + len(to_graph(b))


def test_remove_withdraws_one_bulletin_and_keeps_the_other(tmp_path, hand_docs):
    a, b = hand_docs
    with Store(tmp_path / "s") as store:
        store.add_document(a)
        store.add_document(b)
        assert store.remove("hand-a.txt") is True
        assert store.remove("hand-a.txt") is False
        assert store.graph_names() == [str(iris.bulletin("hand-b.txt"))]
        assert len(store) == len(to_graph(b))
        assert store.count('?x foaf:name "李四"@zh') == 0           # only in hand-a
        assert store.count('?x foaf:name "张三"@zh') == 1           # also in hand-b: still there
        assert list(store.files()) == ["hand-b.txt"]


def test_manifest_records_file_hash_and_time(tmp_path, hand_docs):
    a, _ = hand_docs
    a.path.write_bytes(a.raw)
    with Store(tmp_path / "s") as store:
        store.add_document(a)
    data = json.loads((tmp_path / "s" / "manifest.json").read_text(encoding="utf-8"))
    entry = data["files"]["hand-a.txt"]
    assert entry["sha256"] == hashlib.sha256(a.path.read_bytes()).hexdigest()
    assert entry["path"] == str(a.path.resolve())
    assert entry["built"][:4].isdigit() and "T" in entry["built"]
    assert entry["triples"] == len(to_graph(a))
    assert Store(tmp_path / "s", create=False, read_only=True).files()["hand-a.txt"] == entry


def test_query_runs_over_the_union_with_predeclared_prefixes(hand_store):
    with Store(hand_store, create=False, read_only=True) as store:
        variables, rows = store.query(
            "SELECT DISTINCT ?name WHERE { ?p a foaf:Person ; foaf:name ?name } ORDER BY ?name")
        assert variables == ["name"]
        assert [r[0] for r in rows] == sorted(["张三", "李四", "王五", "赵六"])
        assert store.query("ASK { ?m a org:Membership }") == (["ask"], [(True,)])
        variables, rows = store.query("SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a org:Membership }")
        assert rows == [(6,)] and isinstance(rows[0][0], int)
        assert store.stats() == {"files": 2, "articles": 2, "persons": 4, "organizations": 4, "posts": 6,
                                 "events": 0, "documents": 0, "triples": len(store)}


def test_bad_sparql_raises_a_one_line_query_error(hand_store):
    with Store(hand_store, create=False, read_only=True) as store:
        with pytest.raises(QueryError) as info:
            store.query("SELEC ?x WHERE { ?x ?y }")
    assert "\n" not in str(info.value) and "SPARQL" in str(info.value)


def test_missing_store_and_read_only_store(tmp_path, hand_store, hand_docs):
    with pytest.raises(StoreError, match="no store"):
        Store(tmp_path / "nothing-here", create=False)
    assert not (tmp_path / "nothing-here").exists()
    with Store(hand_store, create=False, read_only=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.add_document(hand_docs[0])


def test_to_rdflib_is_the_union(hand_store, hand_docs):
    with Store(hand_store, create=False, read_only=True) as store:
        g = store.to_rdflib()
    expected = union(*hand_docs)
    assert set(g) == set(expected)
    assert dict(g.namespaces())["cppcc"] == rdflib.URIRef(str(iris.CPPCC))


@pytest.mark.parametrize("fmt", ["turtle", "nt", "jsonld"])
def test_export_single_graph_formats_parse_back(tmp_path, hand_store, hand_docs, fmt):
    out = tmp_path / f"all.{fmt}"
    with Store(hand_store, create=False, read_only=True) as store:
        store.export(out, fmt)
    rdflib_format = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld"}[fmt]
    g = rdflib.Graph().parse(out, format=rdflib_format)
    assert isomorphic(g, union(*hand_docs) + links_graph())
    ox_format = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}[fmt]
    assert len(set(ox.parse(path=str(out), format=ox_format))) == len(g)


def links_graph() -> rdflib.Graph:
    """The ontology's subclass and subproperty links as an rdflib graph."""
    return rdflib.Graph().parse(data=ox.serialize(vocabulary_links(), None, ox.RdfFormat.N_TRIPLES), format="nt")


def test_a_single_graph_export_reads_alone_through_standard_vocabularies(tmp_path):
    """A reader holding only the exported file (no ontology) finds a visit as a schema:Event and its
    chair as an attendee: the export carries the subclass and subproperty links."""
    (tmp_path / "visit.txt").write_text("本报讯 2024年5月6日，东山市政协主席王海涛带队到东山港口集团视察。\n",
                                        encoding="utf-8")
    doc = process(tmp_path / "visit.txt")
    with Store(tmp_path / "s") as store:
        store.add_document(doc)
        store.export(tmp_path / "all.ttl", "turtle")
    g = rdflib.Graph().parse(tmp_path / "all.ttl", format="turtle")
    events = {e for c in below(g, [SCHEMA.Event]) for e in g.subjects(RDF.type, c)}
    attendees = {a for p in below(g, [SCHEMA.attendee], RDFS.subPropertyOf) for e in events for a in g.objects(e, p)}
    assert events and {str(o) for a in attendees for o in g.objects(a, FOAF.name)} == {"王海涛"}


def test_export_turtle_uses_the_prefixes(tmp_path, hand_store):
    out = tmp_path / "all.ttl"
    with Store(hand_store, create=False, read_only=True) as store:
        store.export(out, "turtle")
    text = out.read_text(encoding="utf-8")
    for prefix in ("cppcc", "org", "foaf", "skos", "prov", "dcterms", "rdfs", "xsd"):
        assert f"@prefix {prefix}:" in text
    assert "cppcc:Bulletin" in text and "org:Membership" in text
    # instance IRIs are written whole, not as id:article\/… with an escaped slash
    assert "\\/" not in text and "<https://w3id.org/cppcc-kg/id/article/" in text


def test_export_trig_keeps_the_named_graphs(tmp_path, hand_store, hand_docs):
    out = tmp_path / "all.trig"
    with Store(hand_store, create=False, read_only=True) as store:
        store.export(out, "trig")
    ds = rdflib.Dataset()
    ds.parse(out, format="trig")
    for doc in hand_docs:
        graph = ds.graph(iris.bulletin(doc.name))
        assert isomorphic(graph, to_graph(doc)), doc.name
    quads = list(ox.parse(path=str(out), format=ox.RdfFormat.TRIG))
    assert len(quads) == sum(len(to_graph(d)) for d in hand_docs)


def test_export_rejects_unknown_format(tmp_path, hand_store):
    with Store(hand_store, create=False, read_only=True) as store:
        with pytest.raises(StoreError, match="unknown export format"):
            store.export(tmp_path / "x.xml", "rdfxml")


def _batch_writes(directory, monkeypatch, compact_quads: int) -> int:
    """Four bulk writes of three bulletins into a new store at DIRECTORY, closed with COMPACT_QUADS; the SST
    files the store is left with."""
    from kg import store as kgstore
    monkeypatch.setattr(kgstore, "COMPACT_QUADS", compact_quads)
    store = Store(directory)
    for batch in range(4):
        store.add_batch([(f"b{batch}-{k}.txt", "".join(f'<http://e/s{batch}-{k}-{j}> <http://e/p> "v{j}" .\n'
                                                        for j in range(300)).encode(), None, None)
                         for k in range(3)])
    store.close()
    with Store(directory, create=False, read_only=True) as store:
        assert len(store) == 12 * 300 and len(store.files()) == 12
    return len(list((directory / "store").glob("*.sst")))


def test_a_large_write_is_compacted_as_the_store_closes(tmp_path, monkeypatch):
    """A writer that wrote COMPACT_QUADS quads or more compacts the store at close (each index merged into
    one run, so a query's lookups search fewer files); a smaller write leaves the files it made."""
    left = _batch_writes(tmp_path / "small", monkeypatch, 10 ** 9)
    compacted = _batch_writes(tmp_path / "large", monkeypatch, 1000)
    assert compacted < left


def test_a_page_of_a_ready_made_query_is_limit_and_offset(hand_store):
    from kg.sparql import paged
    from kg.named_queries import load_query
    query = load_query("top-persons")
    with Store(hand_store, create=False, read_only=True) as store:
        whole = store.query(query.render())[1]
        assert len(whole) > 3
        assert store.query(paged(query.render(), 2, 2))[1] == whole[2:4]
        assert store.query(paged(query.render(), len(whole), 1))[1] == whole[-1:]
    for page, size in (("0", None), ("x", None), ("1", "0"), ("1", "100001"), ("-2", None)):
        with pytest.raises(QueryError, match=r"^page( size)? takes a whole number from 1"):
            paged(query.render(), page, size)


def test_a_posts_label_leaves_the_union_with_the_last_bulletin_stating_it(hand_store, hand_docs):
    """张三's post 包头市政协主席 is stated by both hand bulletins: its label (what bulletin-persons reads) stays
    while one of them does, and goes with the last; rebuilding a bulletin brings it back."""
    label = "SELECT ?m WHERE { ?m a org:Membership ; rdfs:label \"包头市政协主席\"@zh }"
    with Store(hand_store) as store:
        assert len(store.query(label)[1]) == 1
        store.remove("hand-a.txt")
        assert len(store.query(label)[1]) == 1
        store.remove("hand-b.txt")
        assert store.query(label)[1] == []
        store.add_document(hand_docs[1])
        assert len(store.query(label)[1]) == 1
