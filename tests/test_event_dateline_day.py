"""A day alone (15日下午) counts from its item's dateline (新华社昆明12月15日电) on a page that names a year but no
issue date: the dateline's day, in the page's year. The page is invented (云南, its people)."""
from __future__ import annotations

from tests.test_events import write_and_process

NO_ISSUE = """\
省政协召开主席会议
新华社昆明12月15日电 省政协主席杨正华15日下午主持召开省政协主席会议。会议听取了2023年度提案办理情况的汇报。
省政协副主席罗永斌、王雪梅出席会议。
"""


def test_day_alone_counts_from_the_dateline_without_issue_date(tmp_path):
    doc = write_and_process(tmp_path, "noissue.txt", NO_ISSUE)
    assert doc.context.date is None and doc.context.year == 2023
    assert [(e.start, e.kind) for e in doc.events] == [("2023-12-15", "meeting")]
    assert doc.events[0].persons["杨正华"] in ("chair", "leader")   # the subject right before the day
    assert doc.events[0].persons["罗永斌"] == "participant"


def test_a_datelines_place_after_its_day_leaves_the_happening_its_own_day(tmp_path):
    # 某某网2月7日青山讯: the report's day, the place after it; the item's own 2月6日上午 is the happening's
    doc = write_and_process(tmp_path, "xun.txt", "青山镇开展迎新春调研\n发布时间：2024-02-08\n"
                                                 "某某网2月7日青山讯 2月6日上午，青山镇政协联络委组织委员开展迎新春调研活动。"
                                                 "县政协副主席王建国到场指导。\n")
    assert [e.start for e in doc.events] == ["2024-02-06"]
    assert "某某网" in doc.organizations
