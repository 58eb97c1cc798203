"""Members who speak at a plenary session for the committee of their city: members of the committee holding the
session, on invented text."""
from __future__ import annotations

from test_extraction import write_and_process
from test_real_pages import posts_of


def test_a_member_speaking_for_a_city_s_committee_is_a_member_of_the_session_s(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "plenary.txt",
                            "云南省政协全体会议举行\n1月20日上午，云南省政协十三届二次会议举行第二次全体会议。\n"
                            "张立新委员发言\n张立新委员代表曲靖市政协发言，建议加快发展高原特色农业。\n"
                            "李文海委员发言\n李文海委员代表玉溪市政协发言，建议加强生态保护。\n"
                            "赵明委员在发言中指出，要推动文旅融合。\n")
    for name in ("张立新", "李文海", "赵明"):
        assert posts_of(doc, name) == {("委员", "云南省政协")}


def test_a_member_of_a_city_page_naming_no_committee_before_is_the_city_s(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "city.txt",
                            "委员调研\n5月8日，曲靖市组织开展调研活动。王海委员说，要加快发展。\n")
    assert posts_of(doc, "王海") == {("委员", "曲靖市政协")}
