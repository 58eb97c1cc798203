"""Persons an event's sentences name who did not take part: who sent the speaker (受市委书记某某委托, 某某讲话), who
took the photo (中新社发 某某 摄). The page is invented (places of 云南, their people)."""
from __future__ import annotations

import pytest

from tests.test_events import event_on, write_and_process

VISIT = """\
在昆省政协委员视察昆明钢铁集团
发布时间：2023-12-13
昨天上午，在昆省政协委员深入昆明钢铁集团进行视察。省政协副主席杨晓东、李春梅参加视察活动。
委员们先后来到集团炼钢厂、轧钢厂，走进周立新委员工作室，听取了有关情况介绍。
受省委副书记、省政协主席王国华委托，杨晓东在讲话中对在昆省政协委员的工作给予充分肯定。
"""

PHOTO = """\
省政协主席看望委员
发布时间：2011-03-07
3月6日，省政协主席杨建国来到民革界别委员联组讨论现场，与委员们共商发展大计。中新社发 赵明辉 摄
省政协委员、省台联副会长陈立新发言时，介绍了有关情况。
"""


@pytest.fixture(scope="module")
def visit(tmp_path_factory):
    return write_and_process(tmp_path_factory.mktemp("bulletins"), "kunming-visit.txt", VISIT)


def test_who_sent_the_speaker_took_no_part(visit):
    event = event_on(visit, "2023-12-12")
    assert "杨晓东" in event.persons and "李春梅" in event.persons
    assert "王国华" not in event.persons


def test_who_took_the_photo_took_no_part(tmp_path):
    event = event_on(write_and_process(tmp_path, "photo.txt", PHOTO), "2011-03-06")
    assert "杨建国" in event.persons and "陈立新" in event.persons
    assert "赵明辉" not in event.persons
