"""A dateline's day in Chinese numerals (新华社广州一日电, 本报长沙十五日讯) and that day named again on its line
(某某一日带队…) read as digits, each keeping the offset of what it stands for; 一日 elsewhere (一日游) stays. The
pages are invented (广东, 湖南, their people)."""
from __future__ import annotations

from tests.test_events import write_and_process

ONE = """\
县政协主席调研
发布时间：2015-10-02
新华社广州一日电（记者 张明华）县政协主席王明远一日带队到某镇调研，县政协副主席刘建军陪同。
"""

FIFTEEN = """\
市政协召开常委会议
发布时间：2016-06-16
本报长沙十五日讯 市政协十五日召开常委会议，市政协主席周立新主持，副主席何文斌出席。委员们还体验了一日游线路。
"""


def test_dateline_day_in_chinese_numerals_dates_the_item(tmp_path):
    doc = write_and_process(tmp_path, "one.txt", ONE)
    assert [(e.start, e.kind) for e in doc.events] == [("2015-10-01", "investigation")]
    assert doc.events[0].persons == {"王明远": "leader", "刘建军": "participant"}
    at = doc.text.index("王明远1日")
    assert doc.written[doc.written_at[at + 3]:doc.written_at[at + 3] + 2] == "一日"   # its offset, in the page


def test_two_character_day_and_other_day_words(tmp_path):
    doc = write_and_process(tmp_path, "fifteen.txt", FIFTEEN)
    assert [e.start for e in doc.events] == ["2016-06-15"]
    assert doc.events[0].persons["周立新"] == "chair"
    assert "一日游" in doc.text
    at = doc.text.index("政协15日")
    assert doc.written[doc.written_at[at + 2]:doc.written_at[at + 2] + 3] == "十五日"
