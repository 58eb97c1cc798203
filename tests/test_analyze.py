"""kg analyze on the hand-made store of conftest.py, whose network is small enough to check by hand:

    张三 —主席, 党组书记→ 包头市政协 ←副主席— 李四 —常委→ 包头市委
    王五 —主任→ 包头市政协提案委员会 —part of→ 包头市政协
    赵六 —主席→ 鄂尔多斯市政协            (linked to nobody else)
"""
from __future__ import annotations

import json

import pytest

from kg import analyze
from kg.cli import main
from kg.store import Store, StoreError


def report(directory, **kwargs) -> dict:
    with Store(directory, create=False, read_only=True) as store:
        return analyze.analyze(store, **kwargs)


def test_central_persons_and_bodies(hand_store):
    central = report(hand_store, top=3)["central"]
    assert central["bodies"][0]["label"] == "包头市政协" and central["bodies"][0]["degree"] == 3
    persons = {r["label"]: r for r in central["persons"]}
    assert persons["李四"]["degree"] == 2 and persons["李四"]["betweenness"] > 0   # between two bodies
    assert central["persons"][0]["label"] == "李四"
    assert central["companies"] == []


def test_shortest_path_with_its_facts(hand_store):
    path = report(hand_store, path=("王五", "李四"))["path"]
    assert path["nodes"] == ["王五", "包头市政协提案委员会", "包头市政协", "李四"]
    assert [(f["subject"], f["label"], f["object"]) for f in path["facts"]] == [
        ("王五", "主任", "包头市政协提案委员会"), ("包头市政协提案委员会", "part of", "包头市政协"),
        ("李四", "副主席", "包头市政协")]
    assert all(f["bulletin"] == "hand-a.txt" for f in path["facts"])


@pytest.mark.parametrize("pair,message", [(("王五", "赵六"), "not linked"), (("王五", "无名"), "no person named")])
def test_no_path_is_a_clear_error(hand_store, pair, message):
    with pytest.raises(StoreError, match=message):
        report(hand_store, path=pair)


def test_communities_split_the_two_places(hand_store):
    groups = [set(c["members"]) for c in report(hand_store)["communities"]]
    ordos = next(g for g in groups if "赵六" in g)
    assert "鄂尔多斯市政协" in ordos and not ordos & {"张三", "李四", "王五"}


def test_command_json_and_charts(hand_store, tmp_path, capsys):
    assert main(["analyze", "-s", str(hand_store), "--format", "json", "--path", "张三", "李四",
                 "--charts", str(tmp_path / "charts")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["path"]["length"] == 2
    png = (tmp_path / "charts" / "central.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert main(["analyze", "-s", str(hand_store), "--path", "张三", "无名"]) == 2
    assert "no person named '无名'" in capsys.readouterr().err


def test_activity_counts_events_per_body_per_month():
    import networkx as nx
    G = nx.MultiDiGraph()
    G.add_node("b", label="清河市政协", date="", group="organization")
    for name, date in (("e1", "2022-03-02"), ("e2", "2022-03-20"), ("e3", "2022-05-01"), ("e4", "")):
        G.add_node(name, label=name, date=date, group="event")
        G.add_edge(name, "b", relation="organized by")
    assert analyze.activity(G) == [{"body": "清河市政协", "month": "2022-03", "events": 2},
                                   {"body": "清河市政协", "month": "2022-05", "events": 1}]
    assert analyze._months("2021-11", "2022-02") == ["2021-11", "2021-12", "2022-01", "2022-02"]
