"""Dates as bulletins write them, resolved against the bulletin's year and issue date."""
from kg import dates


def test_month_day_takes_the_bulletin_year():
    assert dates.resolve_span("6月15日,市政协召开会议", 2021, "2021-06-15") == ("2021-06-15", None, False)


def test_range_gives_start_and_end_across_months():
    assert dates.resolve_span("5月31日至6月4日,市政协副主席带队", 2021, "2021-06-15") == \
        ("2021-05-31", "2021-06-04", False)


def test_range_within_one_month():
    assert dates.resolve_span("5月26日至27日,带队赴宁夏", 2021, None) == ("2021-05-26", "2021-05-27", False)


def test_explicit_year_wins():
    assert dates.resolve_span("2020年9月1日,呼和浩特市政协主席调研", 2021, None)[0] == "2020-09-01"


def test_december_in_a_january_bulletin_is_the_year_before():
    assert dates.resolve_span("12月28日,召开全体会议", 2022, "2022-01-10")[0] == "2021-12-28"


def test_recently_takes_the_issue_date_and_is_approximate():
    assert dates.resolve_span("近日,达茂旗政协开展活动", 2021, "2021-06-15") == ("2021-06-15", None, True)


def test_no_date_and_impossible_date():
    assert dates.resolve_span("市政协召开会议", 2021, "2021-06-15") is None
    assert dates.resolve_span("2月30日,召开会议", 2021, None) == (None, None, False)


def test_day_range_with_one_day_sign_and_spaces():
    assert dates.resolve_span("6 月 11—12 日，市政协调研", 2023, "2023-06-20") == ("2023-06-11", "2023-06-12", False)


def test_a_date_well_after_the_issue_is_of_the_year_before():
    # the annual review of a January issue: 3月28日 is last year's; a date a few days ahead stays this year's
    assert dates.resolve_span("3月28日至4月2日，调研", 2024, "2024-01-15") == ("2023-03-28", "2023-04-02", False)
    assert dates.resolve_span("1月18日，召开会议", 2024, "2024-01-15")[0] == "2024-01-18"


def test_bounds_of_a_period_date_no_happening():
    assert dates.find_happening("截至6月30日，共收到提案118件", 2023, "2023-07-05") is None
    assert dates.find_happening("要在7月31日前完成调研任务", 2023, "2023-07-05") is None
    span = dates.find_happening("自7月1日起施行。7月3日，召开会议", 2023, "2023-07-05")
    assert span.start == "2023-07-03"
    assert dates.find_happening("6月15日前往杭州考察", 2023, "2023-07-05").start == "2023-06-15"


def test_day_range_with_a_doubled_dash():
    # pages type the range dash as two hyphens or a double em dash (11月18--19日, 3月2——3日)
    assert dates.resolve_span("11月18--19日,两地委员交叉考察", 2022, "2022-11-25") == ("2022-11-18", "2022-11-19", False)
    assert dates.resolve_span("3月2——3日,市政协调研", 2022, "2022-03-10") == ("2022-03-02", "2022-03-03", False)


def test_a_range_of_days_without_the_month_is_of_the_issues_month():
    span = dates.find_happening("都匀网讯（记者 罗琴）7日至9日，联席会议在都匀召开", 2024, "2024-06-14")
    assert (span.start, span.end) == ("2024-06-07", "2024-06-09")


def test_a_date_a_meeting_decided_on_is_planned():
    assert dates.find_happening("会议决定，6月26日至27日召开常委会议。", 2024, "2024-06-14") is None
    assert dates.find_happening("会议建议，7月2日召开全体会议。", 2024, "2024-06-14") is None


def test_a_day_in_brackets_after_yesterday():
    span = dates.find_happening("阿坝日报讯 昨（21）日上午，州政协召开主席会议。", 2023, "2023-03-22")
    assert span.start == "2023-03-21"


def test_a_part_of_a_month_is_approximate_and_a_period_from_it_is_no_happening():
    span = dates.find_happening("5月上旬，县政协组织委员视察。", 2023, "2023-06-02")
    assert (span.start, span.approximate) == ("2023-05-01", True)
    assert dates.find_happening("3月中旬至今，已有多个调研组下乡。", 2023, "2023-04-23") is None


def test_a_range_whose_first_day_names_its_half():
    span = dates.find_happening("5月30日上午至6月1日，市政协调研组赴三县调研。", 2023, "2023-06-05")
    assert (span.start, span.end) == ("2023-05-30", "2023-06-01")
    span = dates.find_happening("12日下午至14日，联席会议在凯里召开。", 2023, "2023-06-15")
    assert (span.start, span.end) == ("2023-06-12", "2023-06-14")


def test_a_day_still_to_come_dates_no_happening():
    assert dates.find_happening("全区政协会议明天（4日）开幕。", 2026, "2026-03-03") is None
    assert dates.find_happening("州政协常委会议6月5日将在州府召开。", 2026, "2026-06-01") is None
    assert dates.find_happening("州政协常委会议6月5日在州府召开。", 2026, "2026-06-08").start == "2026-06-05"
