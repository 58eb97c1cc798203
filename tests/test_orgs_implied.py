"""Bodies of a CPPCC committee that its page names only by a meeting they hold or in a list after the committee once,
on invented text (the places as examples; the persons are invented)."""
from __future__ import annotations

from test_real_pages import page


def test_a_counted_party_group_meeting_of_the_committee_names_its_party_group(tmp_path_factory):
    doc = page(tmp_path_factory, "玉溪", "市政协党组会议\n3月2日，市政协主席、党组书记余海明主持召开市政协第12次党组、8次主席会议。\n")
    assert doc.organizations["玉溪市政协党组"].kind == "PARTY"
    doc = page(tmp_path_factory, "玉溪", "县政协会议\n3月2日，玉溪市政协召开2024年第二次党组（扩大）会议。\n", "called.txt")
    assert "玉溪市政协党组" in doc.organizations


def test_a_count_of_other_meetings_names_no_party_group(tmp_path_factory):
    doc = page(tmp_path_factory, "玉溪", "市政协会议\n3月2日，市政协召开第12次主席会议，党组成员余海明出席。\n")
    assert "玉溪市政协党组" not in doc.organizations


def test_a_committee_s_groups_of_members_of_a_place_listed_with_the_committee_once(tmp_path_factory):
    doc = page(tmp_path_factory, "珠海", "市政协协商会\n5月2日，来自市工商联以及市政协香港组、澳门组的8位委员发言。市政协调研组参加。\n")
    assert doc.organizations["珠海市政协香港组"].kind == "CPPCC_BODY"
    assert doc.organizations["珠海市政协澳门组"].kind == "CPPCC_BODY"
    assert not [n for n in doc.organizations if n.endswith("调研组")]   # an ad hoc group is no body
