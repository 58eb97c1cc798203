"""Events of real pages, sixth round: the party of a visit holding its talk after 随后 (随后，某某一行在研究院召开了…座谈会)
goes on telling of the visit; the names of such events' persons: a name whose last character jieba glues to the
list's 等 (钱国|平等), 党外 (党外副主席), 来川 (总书记来川视察) and a verb opening three characters (建设成为集…于一体)
name no one. The pages are invented (their places, people and bodies)."""

from __future__ import annotations

from tests.test_events import event_on, write_and_process

# A visit to an institute, then the party's talk there, told after 随后.
VISIT_AND_TALK = """\
发布时间：2024-05-23
5月14日，东丰市政协副主席程立远带领部分市政协常委到东丰电器研究院参观调研，听取了院长韦小满的情况介绍。\
随后，程立远一行在研究院召开了工业企业入园工作调研座谈会，征求了意见和建议。
5月16日，东丰市政协召开主席会议。随后，市政协召开党组会议。市政协主席覃立彬主持。
"""


def test_the_party_of_a_visit_holding_its_talk_after_suihou_goes_on_with_the_visit(tmp_path):
    doc = write_and_process(tmp_path, "visit.txt", VISIT_AND_TALK)
    visit = event_on(doc, "2024-05-14")
    assert visit.kind == "investigation"
    assert "东丰电器研究院" in visit.visited
    # another body's meeting after 随后 is still a meeting of its own
    assert len([e for e in doc.events if e.start == "2024-05-16"]) == 2


# Names in lists and words that open on a surname.
NAMES = """\
发布时间：2023-08-24
8月23日，市政协党组理论学习中心组举行集中学习，围绕学习贯彻习近平总书记来川视察重要指示精神作研讨发言。\
市政协主席覃立彬主持会议。区政协党外副主席，各委室主任列席会议。
8月22日，市政协召开座谈会，要把委员之家建设成为集委员学习、座谈、调研于一体的履职平台。\
市政协主席覃立彬、副主席钱国平等出席会议。
"""


def test_a_name_glued_to_the_lists_deng_and_words_on_a_surname(tmp_path):
    doc = write_and_process(tmp_path, "names.txt", NAMES)
    assert "钱国平" in doc.persons and "钱国" not in doc.persons
    assert not {"党外", "来川", "成为集"} & set(doc.persons)
    assert "钱国平" in dict(event_on(doc, "2023-08-22").persons)


# Bodies gone to for an activity (到…开展主题党日活动, 到…参加公众开放日活动), not only for a visit word.
ACTIVITIES = """\
发布时间：2024-08-30
8月2日上午，在市政协秘书长孙晓梅带领下，机关党员干部到西岭革命纪念馆开展主题党日活动。
8月20日，部分市政协委员到西岭市人民法院参加公众开放日活动。市政协副主席钱立新参加。
"""


def test_a_body_gone_to_for_an_activity_is_visited(tmp_path):
    doc = write_and_process(tmp_path, "activities.txt", ACTIVITIES)
    assert "西岭革命纪念馆" in event_on(doc, "2024-08-02").visited
    assert any(name.endswith("人民法院") for name in event_on(doc, "2024-08-20").visited)


# A name with no title after the day a sentence opens with, before a verb of a person; the day a reporter learnt
# what the item tells.
SUBJECT_AND_REPORTER = """\
发布时间：2024-09-30
9月21日，覃立彬主持召开西岭市政协主席会议。
记者9月22日从西岭市政协获悉，西岭市政协今年共收到提案300件。
记者9月23日从西岭市政协新闻发布会上获悉，西岭市政协主席覃立彬介绍了提案工作情况。
"""


def test_a_name_after_the_opening_day_is_the_subject_and_a_reporters_day_no_event(tmp_path):
    doc = write_and_process(tmp_path, "subject.txt", SUBJECT_AND_REPORTER)
    assert "覃立彬" in doc.persons
    assert "覃立彬" in dict(event_on(doc, "2024-09-21").persons)
    assert not [e for e in doc.events if e.start == "2024-09-22"]
    assert "覃立彬" in dict(event_on(doc, "2024-09-23").persons)   # the press conference was held that day


# A session's close told after what it did (…圆满完成各项议程，于1月20日在某地闭幕); a ceremony, then a visit of the
# afternoon (当天下午，新一届理事还参观了…).
CLOSE_AND_CEREMONY = """\
发布时间：2024-02-06
中国人民政治协商会议西岭市北湖区第五届委员会第三次会议圆满完成各项议程，于1月20日在北湖闭幕。区政协主席程立远主持闭幕会。
1月28日，西岭市政协历届港区委员联谊会在香港举行第三届理事就职典礼。市政协主席覃立彬出席。
当天下午，新一届理事还参观了香港历史博物馆。
"""


def test_a_close_after_the_sessions_clause_and_a_ceremonys_afternoon_visit(tmp_path):
    doc = write_and_process(tmp_path, "close.txt", CLOSE_AND_CEREMONY)
    assert "程立远" in dict(event_on(doc, "2024-01-20").persons)
    on_28 = [e for e in doc.events if e.start == "2024-01-28"]
    assert len(on_28) == 2 and "香港历史博物馆" in on_28[1].visited


# A bulletin's masthead without a table of contents: the issue alone (第6期), then the office and a date written
# with dots, slashes or Chinese numerals; the items' days take its year.
MASTHEAD = """\
西岭政协工作动态

第6期

西岭市政协办公室编　　　　{date}

【主席会议】

市政协召开主席会议

11月28日，市政协召开十届五十三次主席会议。市政协主席程立远主持。
"""


def test_a_masthead_dated_with_dots_slashes_or_chinese_numerals_gives_the_year(tmp_path):
    for i, date in enumerate(("2024.12.20", "2024/12/20", "二〇二四年十二月二十日")):
        doc = write_and_process(tmp_path, f"masthead{i}.txt", MASTHEAD.format(date=date))
        assert doc.context.date == "2024-12-20", date
        assert "程立远" in dict(event_on(doc, "2024-11-28").persons)


# A web page's related news under their heading, unbulleted, some with a day: other items' headlines, no events.
RELATED = """\
首页 > 政协要闻 > 正文
市政协主席程立远调研农业产业
发布时间：2024-05-30 10:53:19  来源：西岭日报
5月29日，市政协主席程立远到北湖镇调研农业产业发展情况，市政协副主席钱立新参加。
相关新闻
5月28日，市政协副主席韦小满带队视察城区道路建设
市政协召开主席会议 2024-05-15
5月10日，市政协机关开展主题党日活动
新闻推荐
本报讯（记者 周志坚）5月20日，市委召开民主协商会，邀请各民主党派、工商联负责人和无党派人士代表，就此次“两...
"""


def test_related_news_under_their_heading_open_no_events(tmp_path):
    doc = write_and_process(tmp_path, "related.txt", RELATED)
    assert [e.start for e in doc.events if not e.approximate] == ["2024-05-29"]
    assert "韦小满" not in doc.persons


# A headline whose subject, named with no title, makes a visit (某某到某镇调研…); 来济, 来三原 (came to a place) name
# no one.
HEADLINE_SUBJECT = """\
发布时间：2024-05-30
程立远到北湖镇调研农业产业发展
5月29日，市政协主席一行到北湖镇调研农业产业发展情况。
辽宁省政协来济考察
5月30日，外省政协考察组来三原考察学习。
"""


def test_a_headlines_untitled_subject_of_a_visit_is_a_person_and_lai_with_a_place_no_one(tmp_path):
    doc = write_and_process(tmp_path, "headline.txt", HEADLINE_SUBJECT)
    assert "程立远" in dict(event_on(doc, "2024-05-29").persons)
    assert not {"来济", "来三原"} & set(doc.persons)


# A day listed after a planned one in the same sentence (将于1月4日上午开幕，1月6日上午闭幕) is planned too.
PLANNED = """\
发布时间：2023-01-04
1月3日下午，出席县政协十一届二次会议的委员向大会报到。县政协主席程立远到报到现场看望委员。
据了解，县政协十一届二次会议将于1月4日上午开幕，1月6日上午闭幕，在接下来的几天时间里，委员们将认真围绕大会的各项议程，积极履职。
"""


def test_a_day_listed_after_a_planned_one_is_planned_too(tmp_path):
    doc = write_and_process(tmp_path, "planned.txt", PLANNED)
    assert [e.start for e in doc.events if not e.approximate] == ["2023-01-03"]


# Names listed before 等 and the people they are (邀请了某某、某某等书画名家现场作画).
GUESTS_LISTED = """\
发布时间：2016-09-20
9月19日，市政协委员书画笔会活动在市老年活动中心举行。市政协主席程立远出席。当日的书画笔会邀请了覃立彬、韦小满等书画名家现场作画。
"""


def test_names_listed_before_deng_and_the_people_they_are_take_part(tmp_path):
    doc = write_and_process(tmp_path, "guests.txt", GUESTS_LISTED)
    assert {"覃立彬", "韦小满"} <= set(dict(event_on(doc, "2016-09-19").persons))
