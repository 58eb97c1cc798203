"""Persons an event's sentences name who did not take part: who sent the speaker (受市委书记某某委托, 某某讲话), the
member a studio visited is named after (走进某某委员工作室). The page is invented (places of 云南, their people)."""
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


@pytest.fixture(scope="module")
def visit(tmp_path_factory):
    return write_and_process(tmp_path_factory.mktemp("bulletins"), "kunming-visit.txt", VISIT)


def test_who_sent_the_speaker_took_no_part(visit):
    event = event_on(visit, "2023-12-12")
    assert "杨晓东" in event.persons and "李春梅" in event.persons
    assert "王国华" not in event.persons


def test_a_studio_named_after_a_member_is_no_presence(visit):
    assert "周立新" not in event_on(visit, "2023-12-12").persons
