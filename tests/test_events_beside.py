"""A visit held before or after the meeting an item tells of (会前，区政协组织委员视察了…) is an event of its own on that
day; after a visit whose talk the item tells first (调研并主持召开座谈会 … 会前，某某还到…) it goes on telling of that
visit. A sentence that tells the day again without a kind word (4月5日，南博会在昆明开幕) goes on telling of the
event of that day. 下午，… after a morning's meeting tells of that day's next happening. The pages are invented
(places of 云南, their people)."""
from __future__ import annotations

import pytest

from kg.stages import events
from tests.test_events import event_on, write_and_process

MEETING = """\
区政协召开主席会议
发布时间：2023-07-05
6月21日，区政协召开三届九次主席会议。区政协主席杨丽华主持会议，副主席李明轩、赵文斌出席会议。
会前，区政协组织部分委员视察了区疾病预防控制中心建设情况，听取了相关部门提案办理情况的汇报。
区政协秘书长马晓东列席会议。
"""

VISIT = """\
市政协主席到盘龙区调研
发布时间：2023-02-10
2月8日，市政协主席王立新到盘龙区调研并主持召开座谈会，听取盘龙区政协工作情况汇报。市政协副主席周志刚参加。
会前，王立新还到盘龙区博物馆，听取文物保护情况汇报，察看了有关企业生产情况。
"""

FAIR = """\
省政协副主席率团出席南博会
发布时间：2024-04-08
4月5日，省政协副主席刘建华在昆明考察南博会展区。
4月5日，第八届中国—南亚博览会在昆明开幕。应省政府邀请，刘建华率代表团参加本届博览会，并出席开幕式。
省政协经济委员会副主任陈晓东等随同参加有关活动。
"""


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    directory = tmp_path_factory.mktemp("bulletins")
    return {name: write_and_process(directory, f"{name}.txt", text) for name, text in (("meeting", MEETING), ("visit", VISIT), ("fair", FAIR))}


def test_a_visit_before_a_meeting_is_an_event_of_its_own(pages):
    day = [e for e in pages["meeting"].events if e.start == "2023-06-21"]
    assert sorted(e.kind for e in day) == ["investigation", "meeting"]
    meeting = next(e for e in day if e.kind == "meeting")
    assert meeting.persons.get("杨丽华") == "chair"
    assert "马晓东" in meeting.persons   # after the visit, the meeting's people again
    # before a visit's talk, 会前 goes on telling of the visit
    assert len([e for e in pages["visit"].events if e.start == "2023-02-08"]) == 1


def test_the_day_told_again_without_a_kind_goes_on(pages):
    day = [e for e in pages["fair"].events if e.start == "2024-04-05"]
    assert len(day) == 1 and {"刘建华", "陈晓东"} <= set(day[0].persons)


# a meeting in the morning, then 下午，… a visit led by the same chair: two happenings of one day
DAY_PARTS = """\
市政协工作动态
发布时间：2023-06-20
市政协召开主席会议并开展调研
6月5日上午，市政协主席杨正华主持召开十届十次主席会议，副主席罗永斌、王雪梅出席。下午，杨正华带队到五华区调研老旧小区改造工作，副主席李昌平参加。
"""


def test_an_afternoon_visit_after_a_morning_meeting_is_an_event_of_its_own(tmp_path):
    doc = write_and_process(tmp_path, "day.txt", DAY_PARTS)
    meeting = next(e for e in doc.events if e.start == "2023-06-05" and e.kind == "meeting")
    visit = next(e for e in doc.events if e.start == "2023-06-05" and e.kind == "investigation")
    assert set(meeting.persons) == {"杨正华", "罗永斌", "王雪梅"}
    assert visit.persons.get("杨正华") == "leader" and "李昌平" in visit.persons



# two entries of a digest on one day, the second without a kind word, opening with another body: two happenings
DIGEST = """\
全省政协动态
发布时间：2025-01-28
1月22日，曲靖市政协副主席李明轩一行到会泽县督导检查安全生产工作。
1月22日，昆明市政协组织书法家走进驻昆部队，为官兵写春联、送“福”字。
"""


def test_a_digest_entry_of_another_body_on_the_same_day_is_its_own(tmp_path):
    day = [e for e in write_and_process(tmp_path, "digest.txt", DIGEST).events if e.start == "2025-01-22"]
    assert len(day) == 2 and "李明轩" in day[0].persons and not day[1].persons


# a digest: an entry on the last day of the entry before's meeting, opening with another body (由…主办的): its own
DIGEST_WITHIN = """\
全省政协动态
发布时间：2023-12-25
12月12日至14日，全国政协经济委员会“边疆经济发展座谈会”在昆明召开，省政协副主席李明轩参加。
12月14日，由省政协人口资源环境委员会主办的全省生态环境形势座谈会在玉溪召开，省政协副主席王海燕出席。
"""


def test_a_digest_entry_of_another_body_within_the_days_before_is_its_own(tmp_path):
    doc = write_and_process(tmp_path, "within.txt", DIGEST_WITHIN)
    assert event_on(doc, "2023-12-12").end == "2023-12-14" and "王海燕" not in event_on(doc, "2023-12-12").persons
    assert event_on(doc, "2023-12-14").persons == {"王海燕": "participant"}


def test_an_analysis_meeting_is_a_meeting():
    assert events.event_kind("省政协召开经济形势分析会")[0] == "meeting"


# 会前，某某会见…: a visit received before the meeting; 会前，与会人员集中学习…: a part of the meeting
RECEIVED = """\
县政协召开常委会议
发布时间：2023-07-05
6月21日，县政协召开十届五次常委会议。县政协主席杨丽华主持会议。
会前，杨丽华会见了省政协副主席李明轩一行。
县政协副主席马晓东出席会议。
"""


def test_a_guest_received_before_a_meeting_is_an_event_of_its_own(tmp_path):
    day = [e for e in write_and_process(tmp_path, "received.txt", RECEIVED).events if e.start == "2023-06-21"]
    assert [set(e.persons) for e in day] == [{"杨丽华", "马晓东"}, {"杨丽华", "李明轩"}]
    studied = RECEIVED.replace("杨丽华会见了省政协副主席李明轩一行", "与会人员集中学习了《某某条例》")
    assert len(write_and_process(tmp_path, "studied.txt", studied).events) == 1


# a digest: entries of one day (or within the days of the one before) that open with another person
DIGEST_PERSONS = """\
全省政协动态
发布时间：2023-11-20
11月12日至13日，省政协主席李明轩到曲靖市宣讲全会精神，调研县域经济发展情况。
11月13日，省政协副主席王海燕率队赴云南大学参观学习。
11月15日，省政协副主席赵文斌主持召开分管单位宣讲全会精神暨廉政工作会议。
11月15日，省政协副主席马晓东率队到大理州宣讲全会精神暨廉政工作会议精神。
"""


def test_digest_entries_opening_with_another_person_are_their_own(tmp_path):
    doc = write_and_process(tmp_path, "persons.txt", DIGEST_PERSONS)
    assert set(event_on(doc, "2023-11-12").persons) == {"李明轩"}
    assert set(event_on(doc, "2023-11-13").persons) == {"王海燕"}
    assert sorted(set(e.persons) for e in doc.events if e.start == "2023-11-15") == [{"赵文斌"}, {"马晓东"}]
