"""The bodies an event visited as real pages list them: across commas before the visit word, and on after a
semicolon. The bulletin is invented (a 江西 city, its people and companies)."""
from __future__ import annotations

import pytest

from tests.test_events import event_on, write_and_process

GANZHOU = """\
赣州政协工作动态

2024年第5期

2024年6月28日

市政协调研稀土产业发展
6月12日，市政协副主席钟秀兰率调研组到章贡区、南康区调研稀土产业发展情况。调研组一行先后到赣州市博物馆、章贡区水南街道，南康区家具产业园、龙华农贸市场，赣州晶鑫稀土材料有限公司、江西远航磁电集团实地考察，并召开座谈会。

市政协视察乡村振兴工作
6月20日，市政协主席刘卫东带队视察乡村振兴工作。视察组先后察看了上犹县政协机关、崇义县政协机关办公条件改善情况；上犹县茶叶博物馆、江西梅岭茶业有限公司，以及营前镇、双溪乡茶叶产业发展情况。

市政协走访民主党派和委员企业
6月24日，市政协主席刘卫东先后来到民建赣州市委会、九三学社赣州市委会走访调研，看望机关干部。在随后于水西镇政府召开的座谈会上，委员们围绕民营经济发展建言献策。
6月26日，民盟江西省委会秘书长周明率调研组赴民盟中央帮扶点——寻乌县开展调研。

市政协委员走访活动
6月27日，市政协副主席钟秀兰走访了客家五金商行、章江百货超市，并到赣州市法律援助中心学习考察，最后来到章贡区综治中心，了解矛盾纠纷化解情况。
6月28日，市政协文化文史和学习委员会组织委员参观了兴国县政协文史馆和赣南科创中心。
6月29日，市政协机关党支部在新落成的赣州市城市规划馆开展主题党日活动。
6月30日，市政协副主席钟秀兰先后到宁都客家刺绣大师工作室、赣南脐橙研究所等地实地调研，还考察了信丰县绿源脐橙示范园和赣南智能制造总部基地。
"""


@pytest.fixture(scope="module")
def ganzhou(tmp_path_factory):
    return write_and_process(tmp_path_factory.mktemp("bulletins"), "ganzhou-2024-05.txt", GANZHOU)


def test_companies_listed_in_a_clause_before_the_visit_word_are_visited(ganzhou):
    visited = event_on(ganzhou, "2024-06-12").visited
    assert any("晶鑫稀土" in v for v in visited) and any("远航磁电" in v for v in visited)
    assert any("博物馆" in v for v in visited)   # the first clause, after 先后到, as before


def test_a_list_of_visited_bodies_goes_on_after_a_semicolon(ganzhou):
    visited = event_on(ganzhou, "2024-06-20").visited
    assert any("茶叶博物馆" in v for v in visited) and any("梅岭茶业" in v for v in visited)


def test_a_democratic_partys_committee_visited_on_site_is_visited(ganzhou):
    visited = event_on(ganzhou, "2024-06-24").visited
    assert any("民建" in v for v in visited) and any("九三学社" in v for v in visited)


def test_the_place_a_party_aids_is_no_visit_of_the_party(ganzhou):
    assert not any("民盟中央" in v for v in event_on(ganzhou, "2024-06-26").visited)


def test_shops_and_public_service_bodies_are_organizations_visited(ganzhou):
    visited = event_on(ganzhou, "2024-06-27").visited
    assert any(v.endswith("五金商行") for v in visited) and any(v.endswith("百货超市") for v in visited)
    assert any(v.endswith("法律援助中心") for v in visited) and any(v.endswith("综治中心") for v in visited)
    visited = event_on(ganzhou, "2024-06-28").visited
    assert any(v.endswith("政协文史馆") for v in visited) and any(v.endswith("科创中心") for v in visited)
    visited = event_on(ganzhou, "2024-06-30").visited
    assert any(v.endswith("刺绣大师工作室") for v in visited)   # a craftsman's studio
    assert any(v.endswith("脐橙示范园") for v in visited) and any(v.endswith("总部基地") for v in visited)


def test_a_body_an_activity_was_held_at_after_what_kind_of_place_it_is_was_visited(ganzhou):
    assert any(v.endswith("城市规划馆") for v in event_on(ganzhou, "2024-06-29").visited)


def test_the_body_a_later_meeting_of_the_trip_was_held_at_was_visited(ganzhou):
    assert any(v.endswith("水西镇政府") for v in event_on(ganzhou, "2024-06-24").visited)


def test_a_community_visited_names_no_district(tmp_path):
    page = "区政协界别活动\n发布时间：2018-05-28\n5月24日上午，区政协界别活动在南湖街道开展，区政协主席江文华参加。" \
           "活动组首先来到聚新社区，考察了社区党群活动中心的建设情况。\n"
    event = event_on(write_and_process(tmp_path, "community.txt", page), "2018-05-24")
    assert not [p for p in event.visited_places if p.endswith("新社区")]


def test_the_body_of_a_guest_who_came_to_investigate_was_not_visited(tmp_path):
    page = "市委书记会见省政协调研组\n发布时间：2022-04-20\n4月18日，市委书记赵明山会见来我市考察调研的省政协副主席" \
           "孙丽华一行。市政协主席钱文斌参加会见。\n"
    event = event_on(write_and_process(tmp_path, "guest.txt", page), "2022-04-18")
    assert {"赵明山", "孙丽华", "钱文斌"} <= set(event.persons)
    assert not event.visited


def test_the_city_gone_to_before_a_comma_was_visited(tmp_path):
    page = "省政协副主席在赣州调研\n发布时间：2022-04-20\n4月18日，省政协副主席孙丽华到赣州，深入部分企业开展调研。" \
           "市政协主席钱文斌陪同。\n"
    event = event_on(write_and_process(tmp_path, "city.txt", page), "2022-04-18")
    assert [p for p in event.visited_places if p.startswith("赣州")]


def test_bodies_after_a_visit_word_and_to_and_a_leader_of_whom_the_party_went(tmp_path):
    page = "市政协调研组赴东川区调研\n发布时间：2022-04-20\n4月18日，在市政协副主席孙丽华的带领下，调研组赴东川区调研。" \
           "调研组一行先后深入到东川区人民医院、昆明滇中矿业有限公司，了解医院运行和企业生产情况。\n"
    event = event_on(write_and_process(tmp_path, "deep.txt", page), "2022-04-18")
    assert event.persons.get("孙丽华") == "leader"
    assert any(v.endswith("东川区人民医院") for v in event.visited) and "昆明滇中矿业有限公司" in event.visited


def test_bodies_watched_at_work_were_visited(tmp_path):
    page = "市政协视察重点项目\n发布时间：2022-04-20\n4月18日，市政协副主席孙丽华带领委员视察重点项目建设。" \
           "委员们观摩了昆明滇中矿业有限公司，听取了情况介绍。\n"
    event = event_on(write_and_process(tmp_path, "watch.txt", page), "2022-04-18")
    assert "昆明滇中矿业有限公司" in event.visited


def test_a_room_of_a_committee_is_where_a_guest_was_received_no_visit(tmp_path):
    page = "全国政协领导来江西视察\n发布时间：2022-04-20\n4月18日至20日，全国政协副主席孙丽华来江西视察。" \
           "19日，在省政协会议室接见了省政协主席钱文斌，听取了工作汇报。\n"
    event = event_on(write_and_process(tmp_path, "room.txt", page), "2022-04-18")
    assert {"孙丽华", "钱文斌"} <= set(event.persons)
    assert not event.visited
