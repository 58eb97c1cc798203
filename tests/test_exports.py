"""GraphML / GEXF and CSV exports of the hand-made store: they parse with networkx and lxml, the tables
open in pandas, and the counts equal the store's."""
from __future__ import annotations

import networkx as nx
import pandas as pd
import pytest
from lxml import etree

from kg.cli import main
from kg.rdf import person_iri
from kg.store import Store

NAMESPACES = {"graphml": "http://graphml.graphdrawing.org/xmlns", "gexf": "http://www.gexf.net/1.2draft"}


def stats(directory) -> dict[str, int]:
    with Store(directory, create=False, read_only=True) as store:
        return store.stats()


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_exports_parse_with_networkx_and_lxml(hand_store, tmp_path, capsys, fmt):
    out = tmp_path / f"net.{fmt}"
    assert main(["export", "-s", str(hand_store), "-o", str(out)]) == 0
    G = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    counts = stats(hand_store)
    kinds = [d["kind"] for _, d in G.nodes(data=True)]
    assert kinds.count("person") == counts["persons"]
    assert sum(d["group"] == "organization" for _, d in G.nodes(data=True)) == counts["organizations"]
    zhang = str(person_iri("张三", "包头市"))
    assert G.nodes[zhang]["label"] == "张三"
    posts = {(G.nodes[o]["label"], d["label"], d["bulletin"]) for _, o, d in G.out_edges(zhang, data=True)
             if d["relation"] == "post"}
    assert posts == {("包头市政协", "主席", "hand-a.txt"), ("包头市政协", "党组书记", "hand-a.txt"),
                     ("包头市政协", "主席", "hand-b.txt")}
    tree = etree.parse(str(out))
    root_ns = etree.QName(tree.getroot()).namespace
    assert root_ns.startswith(NAMESPACES[fmt].rsplit("/", 1)[0])
    assert len(tree.getroot().findall(".//{%s}node" % root_ns)) == G.number_of_nodes()


def test_csv_tables_open_in_pandas_with_the_store_counts(hand_store, tmp_path, capsys):
    folder = tmp_path / "tables"
    assert main(["export", "-s", str(hand_store), "--format", "csv", "-o", str(folder)]) == 0
    counts = stats(hand_store)
    persons = pd.read_csv(folder / "persons.csv")
    organizations = pd.read_csv(folder / "organizations.csv")
    posts = pd.read_csv(folder / "posts.csv")
    events = pd.read_csv(folder / "events.csv")
    assert len(persons) == counts["persons"] and set(persons["name"]) == {"张三", "李四", "王五", "赵六"}
    assert len(organizations) == counts["organizations"]
    assert posts["post"].nunique() == counts["posts"]
    assert len(events) == counts["events"]
    row = posts[(posts["name"] == "王五")].iloc[0]
    assert (row["role"], row["organization_name"], row["bulletin"]) == ("主任", "包头市政协提案委员会", "hand-a.txt")
    assert row["sentence"] == "提案委员会主任王五汇报。"


@pytest.mark.parametrize("args,message", [
    (["-o", "x.xml"], "cannot tell the format from '.xml'"),
    (["-o", "x.xml", "--format", "turtle"], "--format turtle is written to .ttl"),
    (["-o", "x.ttl", "--format", "gexf"], "--format gexf is written to .gexf"),
    (["-o", "x.csv"], "give a folder"),
])
def test_export_refuses_a_format_that_does_not_match_the_extension(hand_store, tmp_path, capsys, args, message):
    args = [a if not a.startswith("x.") else str(tmp_path / a) for a in args]
    assert main(["export", "-s", str(hand_store), *args]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert list(tmp_path.glob("x.*")) == []
