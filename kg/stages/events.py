"""Stage events: the dated happenings each news item reports, with who led and attended, what was visited.

A sentence opens an event when it holds a date (6月15日, 5月31日至6月4日, 近日 at its start) followed in the
same sentence by a word naming an event kind (座谈会, 调研, 招商引资...). The event then takes the sentences
of its item up to the next one that opens an event; sentences before the first opener (the headline, a lead
without a date) belong to the first. In that span:
- persons (kg/event_persons.py): the part they played from the word after their name (or after their list of
  names): 主持 chair, 带队/带领/一行 leader, 讲授/讲话 speaker, 出席/参加/陪同 participant; the person the opening
  sentence starts with (right after its date) led it; everyone else named took part, reporters and credits aside.
  Figures of the national lexicon (cited, not present) count only with such a word or as the subject.
- organizers: the body named between the date and the kind word of the opening sentence;
- visited: organizations and places that follow a visit word (赴, 来到, 走访, 实地查看...) in their clause;
- topic (kg/topics.py): the unquoted phrase after 围绕/聚焦 in the opening sentence (围绕我市固废利用情况开展调研),
  else a quoted phrase after 围绕/聚焦/就 or before 为题/为主题, else a quote right beside the kind word.
"""
from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher

from kg import dates, topics
from kg.document import Document, Event, PersonMention, by_sentence, is_page_header
from kg.event_citations import is_cited
from kg.event_entries import APPROXIMATE_WITHIN, DAY_PART, EventEntries
from kg.event_kinds import cues, event_kind, main_kind
from kg.event_persons import ROLE_RANK, EventPersons
from kg.event_visits import EventVisits

READS = ("text", "sentences", "articles", "context", "person_mentions", "persons", "organizations", "org_mentions",
         "place_marks", "places")
WRITES = ("events",)

THAT_DAY = re.compile(r"\s*[\u4e00-\u9fff]{0,4}?(?:当天|当日|同日)[，,上下午]")   # 调研当天，… 会议当日下午，…
DATED_CLAUSE = re.compile(r"[，,；;]\s*(?=(?:\d{4}\s*年\s*)?\d{1,2}\s*月)")   # …工作；5月16日，市政协召开…
# a dated sentence that tells what a reporter learnt that day: no happening (1月4日，记者从…获悉，…)
REPORTED = re.compile(r"\s*[，,]?\s*(?:记者|笔者)(?:从|在|于)?[^，,。；;]{0,30}?(?:获悉|了解到|得知)")
CAPTION = re.compile(r"^\s*(?:[▲△■▼]|图为|图片说明)")   # a photo caption stands apart from the text around it
# 会前，某某主持召开主席会议 / 预备会议之后，主席团召开第一次会议: another meeting on the day told before
# 常委会会议前，某某还主持召开主席会议 too (a meeting named before 前; not 此前 or 不久前, no meeting)
NEXT_MEETING = re.compile(r"\s*(?:会前|会后|随后|其后|紧接着|[\u4e00-\u9fff]{2,8}?(?:之后|结束后)"
                          r"|[\u4e00-\u9fff]{0,8}?(?:会议|会|式)之?前)[，,][^。；;]*?(?:召开|举行)")
# 会前，区政协组织委员视察了…: a visit of that day beside the meeting told before, an event of its own (not 会前，某某还到…
# after a visit whose talk the item tells first: that visit goes on)
AROUND_MEETING = re.compile(r"\s*(?:会前|会后)[，,]")
# 会前，某某会见了…一行: a visit received beside the meeting, an event of its own (not 会前，与会人员集中学习了…: part of it)
RECEIVES = re.compile(r"[^，,。；;]{0,16}?(?:会见|接见)")
# 在闭幕大会前举行的选举大会上，…: a sentence that tells of a meeting held before the one told of, a session of its own
# (a talk 在随后召开的座谈会上 goes on telling of the visit it closes)
ASIDE_MEETING = re.compile(r"\s*在[^，,。；;]{0,16}?前(?:举行|召开)的[^，,。；;]{0,12}?会(?:议)?上")
# 当天上午，杨某一行来到…, 当日下午，调研组还深入…: the party of the event told before, on its way
PARTY_GOES_ON = re.compile(r"\s*(?:[上下]午|晚上)?[，,]?\s*[^，,。；;]{0,12}?(?:一行|调研组|考察组|视察组|考察团|代表团)"
                           r"(?:[^，,。；;]{0,6}?)(?:还|又|先后|分别|专程|继续|随后)?(?:来到|前往|走进|深入|赴|到|实地|察看|查看|参观|考察|调研|视察|走访)")
# 25日，调研组来到… / 某某一行来到… within the days told: the party told before itself (not 驻某县的委员考察团, another one)
PARTY_BACK = re.compile(r"\s*(?:[上下]午|晚上)?[，,]?\s*(?:[\u4e00-\u9fff·•]{2,12}?一行|(?:调研组|考察组|视察组|考察团|代表团)(?:一行)?)"
                        r"(?:[^，,。；;]{0,6}?)(?:还|又|先后|分别|专程|继续|随后)?(?:来到|前往|走进|深入|赴|到|实地|察看|查看|参观|考察|调研|视察|走访)")
CALLS_MEETING = re.compile(r"[^，,。；;]{0,4}[，,]?[^，,。；;]{0,16}?(?:召开|举行)")   # …下午，某某召开…: a meeting called
THEN = re.compile(r"\s*(?:随后|其后|紧接着)[，,]")
# 随后，某某一行在研究院召开了…座谈会: the party of the visit holds its talk, a part of the visit (not 随后，市政协召开
# 主席会议: another body's meeting)
PARTY_TALKS = re.compile(r"\s*[^，,。；;]{0,12}?(?:一行|调研组|考察组|视察组|考察团)[^，,。；;]{0,16}?(?:召开|举行)了?"
                         r"[^，,。；;]{0,24}?座谈")
NEW_MEETING = re.compile(r"召开|举行|主持")   # 当天下午，调研组召开座谈会: a meeting of its own
PART_OF_DAY = re.compile(r"\s*(?:上午|中午|下午|晚上)")   # 当天下午: a later part of the day told
BARE_DATE_REST = re.compile(r"[\s上下午晚中时点分:：\d，,。!！]")   # 1月11日上午 9:00，: what a day alone on its line may end with
SPOKEN = re.compile(r"(?:指出|强调|表示|说|谈到|回顾|认为)[，,:：]\s*$")   # what a speaker's words follow
REPEATED_RUN = 12   # characters in common: a lead told again, not two items of one day (县政协召开… twice)
# 某某主持会议，…; 会议审议通过了…; 闭幕会宣布了…选举结果; 某某在主席台就座: a sentence that tells of the meeting told before
REFERS_BACK = re.compile(r"(?:主持|出席|参加|列席)(?:了)?(?:会议|大会|会|开幕式|闭幕式|开幕会|闭幕会)(?![议员])"
                         r"|主席台(?:前排|上)?就[座坐]|^\s*(?:会议|会上|大会|闭幕会|开幕会)(?!堂)")   # …在主席台就座 too
SECTION_HEADING_MAX = 6   # 课堂教学, 现场教学: a heading within an item, not the headline of another
# 召开了…二十二次常委（扩大）会议和六十三次主委会议: two meetings, each with its number (group 1: the second's)
TWO_MEETINGS = re.compile(r"[\d一二三四五六七八九十百零]+次[^，,。；;、和及与]{0,16}?会议(?:[和及与]|以及)"
                          r"((?:第)?[\d一二三四五六七八九十百零]+次[^，,。；;、]{0,16}?会议)")
# 2月21日是…开幕的日子: what the day is, told within a visit of several days; it goes on telling of that visit
DAY_DESCRIBED = re.compile(r"\s*(?:[上下]午|晚上)?(?:是|正值|恰逢)")
NAMES_NO_KIND = re.compile(r"政治协商会议")   # the committee's own name: its 协商会 names no event
LEAD_MIN = 8            # a dated lead tells of something only when more than its date follows (not a masthead)


class EventReader(EventPersons, EventVisits, EventEntries):
    """The events of one document: openers, their scopes, and what each scope tells (persons: EventPersons)."""
    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.persons_by_sentence: dict[int, list[PersonMention]] = by_sentence(
            [m for m in doc.person_mentions if m.name in doc.persons])
        self.orgs_by_sentence: dict[int, list] = by_sentence(doc.org_mentions)
        self.asides: set[int] = set()   # sentences that tell of a meeting of their own (在…前举行的选举大会上，…)
        self.cuts: dict[int, int] = {}   # sentence -> offset of its second dated clause, where its event ends

    def limit(self, sentence: int) -> int:
        """Where what a sentence tells of its event ends: its end, or the start of a clause of another day."""
        return self.cuts.get(sentence, self.doc.sentences[sentence].end)

    def next_dated_clause(self, text: str, after: int) -> int:
        """Offset of the first clause after `after` that starts with a date of another happening (an annual review
        lists several in one sentence: 3月28日，…调研；5月16日，…召开…), else the length of text."""
        ctx = self.doc.context
        for m in DATED_CLAUSE.finditer(text, after):
            span = dates.find_happening(text[m.end():], ctx.year, ctx.date, is_cited)
            if span and span.start and span.offset == 0:
                return m.start()
        return len(text)

    def without_org_names(self, sentence: int, text: str) -> str:
        """The sentence with organization names blanked: 中国人民政治协商会议…委员会 names no 协商会; so is the
        committee's name where no organization was found in it (庆祝中国人民政治协商会议成立75周年大会: a 大会)."""
        start = self.doc.sentences[sentence].start
        chars = list(text)
        spans = [(m.start - start, m.end - start) for m in self.orgs_by_sentence.get(sentence, [])]
        spans += [m.span() for m in NAMES_NO_KIND.finditer(text)]
        for a, b in spans:
            for i in range(max(0, a), min(len(chars), b)):
                chars[i] = "\u3000"
        return "".join(chars)

    def dated(self, si: int, told: dates.DateSpan | None) -> tuple[dates.DateSpan, int, bool, bool] | None:
        """(date span, where the sentence's own words begin, whether the date stands at a clause start, whether it
        is the day told before) of a sentence that dates a happening; 当天/次日 at its start count from the day
        told before (told)."""
        text = self.doc.sentence_text(si)
        lead_in = dates.lead_in_end(text)   # 本报酒泉讯（通讯员 张某）近日，…
        year, issue = self.year_and_issue(si)
        # 今天/昨天 count from the dateline's day (南充日报1月12日讯) when it names one, else from the page's
        span = dates.find_happening(text, year, dates.report_day(self.report_dateline(si, text), issue, year), is_cited)
        span = span and dates.day_of_told(text, span, told)   # 3日 after 8月2日至5日: of August
        by_told = (not span or not span.start) and told is not None
        if by_told:
            span = dates.day_after_told(text, lead_in, told)
        if not span or not span.start:
            span = self.dateline_day(si, text, lead_in)
        if span is None:
            return None
        span = dates.with_duration(text, span)
        at_start = span.offset - lead_in <= APPROXIMATE_WITHIN or dates.day_after_subject(text, lead_in, span) \
            or dates.after_purpose(text, lead_in, span)
        if (span.approximate or span.relative) and not at_start:
            return None
        if SPOKEN.search(text, 0, span.offset):
            return None   # 某某指出，1949年9月21日，…: a day the speaker recalls, no happening reported
        # 为落实…部署，2023年1月29日至2月28日，市政协主席…: a date after a purpose clause still opens it
        at_clause = at_start or text[:span.offset].rstrip().endswith((",", "，"))
        return span, lead_in, at_clause, by_told and span.start == told.start

    def dateline_day(self, si: int, text: str, lead_in: int) -> dates.DateSpan | None:
        """dates.dateline_day of a body sentence, with the kind word of its own words (…隆重举行中秋联谊会)."""
        if self.doc.sentences[si].headline:
            return None
        year, issue = self.year_and_issue(si)
        kind = event_kind(self.without_org_names(si, text)[lead_in:])
        return dates.dateline_day(text, lead_in, lead_in + kind[1], year, issue) if kind else None

    def report_dateline(self, si: int, text: str) -> re.Match | None:
        """The dateline 今天 and 昨天 of a sentence count from: its own, else the nearest before it in its item that
        names a day (据新华社北京2月27日电 …开幕。今天上午的会议…)."""
        own = dates.opening_dateline(text)
        article = self.doc.sentences[si].article
        for i in range(si - 1, -1, -1):
            if own is not None and own.group("month") or self.doc.sentences[i].article != article or article < 0:
                break
            own = dates.opening_dateline(self.doc.sentence_text(i)) or own
        return own

    def year_and_issue(self, sentence: int) -> tuple[int | None, str | None]:
        """The year dates without one take, and the issue date that may move them to the year before: the bulletin's,
        or the year an article's headline names for a review (2021年工作大事记 on a page of 2022)."""
        ctx = self.doc.context
        article = self.doc.sentences[sentence].article
        reviewed = dates.review_year([a.title for a in self.doc.articles[article::-1]] if article >= 0 else [])
        return (reviewed, None) if reviewed and ctx.year and reviewed < ctx.year else (ctx.year, ctx.date)

    def openers(self, sentences: list[int], headline: bool = False) -> list[tuple[int, dates.DateSpan, str | None, int]]:
        """(sentence, date span, kind, offset of the kind word) of each dated sentence. A sentence opens an
        event when a word names its kind; a dated sentence that does not (kind None) still ends the event
        before it: it tells of another day. 当天 with the kind of the event before goes on telling of it
        (当天大会的执行主席是…)."""
        out, told, bare = [], None, None
        for si in sentences:
            s = self.doc.sentences[si]
            found = None if s.headline and not (headline and self.is_headline_text(si)) else self.dated(si, told)
            found = found or self.dated_by_line(si, bare)   # 1月11日上午 on a line of its own, then what happened
            bare = self.bare_date(si, found)
            if bare:
                out.append((si, bare, None, -1))   # it ends the event before
                continue
            if headline and found and found[0].approximate:
                continue   # 近日 in the body of a dated headline: the headline's day
            if found is None:
                after = None if s.headline or told is None else \
                    self.next_meeting(si, told) or self.visit_by_meeting(si, told, out[-1][2] if out else None)
                out += [after] if after else self.period_lead(si, s.headline)
                continue
            span, lead_in, at_clause, same_day = found
            told = span
            text = self.text[s.start:s.end]
            cut = self.next_dated_clause(text, span.offset + span.length)
            kind = self.clause_kind(si, text, lead_in, span, cut)
            if out and self.tells_on(out[-1], (span, same_day), kind, text) and not self.own_entry(si, span, out[-1]) \
                    or self.describes_day(out, si, span, text):
                continue
            if cut < len(text):
                self.cuts[si] = s.start + cut
            at_start = span.offset - lead_in <= APPROXIMATE_WITHIN
            if REPORTED.match(text, span.offset + span.length):
                if at_start:   # 1月4日，记者从省政协提案委员会获悉，…: the day of a report, no happening
                    out.append((si, span, None, -1))
                continue
            if kind:
                out.append((si, span, kind[0], s.start + span.offset + kind[1]))
            else:
                out += self.without_kind(si, span, (at_clause, at_start), cut, out)
        return out

    def describes_day(self, out: list, si: int, span: dates.DateSpan, text: str) -> bool:
        """Whether a sentence on one of the days of the visit opened before (out: the openers so far) goes on telling
        of it whatever its words: it tells what that day is (2月21日是…开幕的日子。 within 2月21日至22日), or a person its
        lead named opens it (22日，吴存荣在市政协机关召开座谈会: the visit's leader on its second day)."""
        if not out or not out[-1][2] or not dates.within(span, out[-1][1]):
            return False
        return DAY_DESCRIBED.match(text, span.offset + span.length) is not None \
            or out[-1][2] != "meeting" and self.named_first(si, span, out[-1][0])

    def bare_date(self, si: int, found: tuple | None) -> dates.DateSpan | None:
        """The day of a sentence that is a day of the year alone on its line (1月11日上午), the day of the sentence
        after it; None for any other (found: what dated() found in it)."""
        text = self.doc.sentence_text(si)
        span = found[0] if found else None
        alone = span and not span.approximate and "年" not in text and self.opens_paragraph(si) \
            and not BARE_DATE_REST.sub("", text[span.offset + span.length:])
        return span if alone else None

    def dated_by_line(self, si: int, day: dates.DateSpan | None) -> tuple[dates.DateSpan, int, bool, bool] | None:
        """dated() for a body sentence without a date of its own right after a line that is only its day (day)."""
        if day is None or self.doc.sentences[si].headline:
            return None
        lead_in = dates.lead_in_end(self.doc.sentence_text(si))
        return dates.DateSpan(day.start, day.end, False, lead_in, 0, True), lead_in, True, False

    def tells_on(self, before: tuple, dated: tuple[dates.DateSpan, bool], kind: tuple[str, int] | None, text: str) -> bool:
        """Whether a dated sentence goes on telling of the event opened before (before): of its kind on its day or
        within its days (当天…, 14日上午，第一视察组… within 12月14日至15日, the lead told again), or on that day or
        one of its days told by its party or without a kind word (当天，某某一行专程来到…; 25日，调研组来到…); 今天 told
        again counts as 当天."""
        span, same_day = dated
        # 今天上午的会议由某某主持 after …会议今天在某地开幕: that day told again, as 当天 tells it
        same_day = same_day or span.start == before[1].start and dates.RELATIVE_DAY.match(text, span.offset) is not None
        if kind and kind[0] == before[2] and (same_day or dates.within(span, before[1]) or dates.same_span(span, before[1])):
            # 当天下午，市政协召开常委会议 after the morning's 主席会议: another meeting of that day
            return not (same_day and kind[0] == "meeting" and CALLS_MEETING.match(text, span.offset + span.length))
        if before[2] and span.start == before[1].start and not span.end and (not kind or kind[0] == before[2]) \
                and self.repeats(before[0], text):
            return True   # a photo's caption, then the item's lead: the same lead told twice
        if before[2] and same_day and self.same_day_goes_on(before[2], span, kind, text):
            return True
        return bool(before[2]) and dates.within(span, before[1]) and (
            not kind or self.party_goes_on(text, span, PARTY_BACK) or before[2] != "meeting" and self.party_talks(text, span))

    @staticmethod
    def party_talks(text: str, span: dates.DateSpan) -> bool:
        """Whether the clause a date opens tells the party of a visit holding its talk (9日下午，调研组在某中心召开座谈会,
        within the visit's days): a part of that visit.

        >>> EventReader.party_talks("9日下午，调研组在市行政服务中心召开座谈会", dates.DateSpan("2023-06-09", None, False, 0, 2))
        True
        """
        after = DAY_PART.match(text, span.offset + span.length).end()
        return PARTY_TALKS.match(text, after) is not None

    def same_day_goes_on(self, before_kind: str, span: dates.DateSpan, kind: tuple[str, int] | None, text: str) -> bool:
        """Whether a sentence on the day told before (当天，…) goes on with its event: it names no kind, its party
        goes on (当天下午，调研组还深入…), or the event told before is an activity of no kind (…开展“委员活动日”活动。
        当天，委员们分为5组，赴…宣讲…: what the activity did that day) and the sentence calls no meeting."""
        after = span.offset + span.length
        # (a ceremony's 当天下午，新一届理事还参观了…: a later part of the day, a kind of its own, an event of its own)
        return not kind or self.party_goes_on(text, span, PARTY_GOES_ON) \
            or before_kind == "other" and not CALLS_MEETING.match(text, after) \
            and not (kind[0] != "other" and PART_OF_DAY.match(text, after))

    def repeats(self, sentence: int, text: str) -> bool:
        """Whether text tells again what a sentence told: a long run of words in common (…第八届海南省委员会第一次会议…)."""
        told = self.doc.sentence_text(sentence)
        common = SequenceMatcher(None, told, text, autojunk=False).find_longest_match(0, len(told), 0, len(text))
        return common.size >= REPEATED_RUN

    def party_goes_on(self, text: str, span: dates.DateSpan, party: re.Pattern) -> bool:
        """Whether the clause a date opens is about the party of the event told before (当天上午，某某一行来到…,
        调研组还…): 一行 or a 调研组 as its subject (party), a visit word after it, not a new meeting called."""
        clause = text[span.offset + span.length:self.next_dated_clause(text, span.offset + span.length)]
        return bool(party.match(clause)) and not NEW_MEETING.search(clause)

    def clause_kind(self, si: int, text: str, lead_in: int, span: dates.DateSpan, cut: int) -> tuple[str, int] | None:
        """(kind, offset of its word from the date) of the clause a date opens; the kind word may stand before a
        day alone after the subject (西藏政协工作交流座谈会16日在拉萨召开)."""
        kind_from = lead_in if dates.day_after_subject(text, lead_in, span) else span.offset
        kind = main_kind(self.without_org_names(si, text)[kind_from:cut])
        return kind and (kind[0], kind[1] + kind_from - span.offset)

    def without_kind(self, si: int, span: dates.DateSpan, place: tuple[bool, bool], cut: int, out: list) -> list:
        """The opener of a dated sentence no word of which names a kind, if any: the dated lead of an item reports
        its event, of its headline's kind (市政协主席到房山区调研 over 2月8日，…到房山区…), and so does each entry of a
        list of dated paragraphs (1月15日，县政协主席某某赴…汇报…); else a date at its start still ends the event
        before (kind None)."""
        at_clause, at_start = place
        s = self.doc.sentences[si]
        tells = not span.approximate and cut - span.offset - span.length >= LEAD_MIN
        if tells and not out and at_clause:
            return [(si, span, self.headline_kind(s.article), s.start + span.offset + span.length)]
        if tells and self.listed(si, span, out):
            return [(si, span, "other", s.start + span.offset + span.length)]
        # 4月5日，某某在西安考察…。4月5日，西洽会在西安开幕。…: the day told again, no kind word: it goes on telling of it
        same_day = out and out[-1][2] and not span.end and span.start == out[-1][1].start and not out[-1][1].end
        return [(si, span, None, -1)] if at_start and not same_day else []

    def is_headline_text(self, si: int) -> bool:
        """A headline line that is no page header (发布时间：…)."""
        return not is_page_header(self.doc.sentence_text(si).strip())

    def period_lead(self, si: int, headline: bool) -> list:
        """A sentence that opens with a period of months (3月中旬至今，…; 5月以来，…), after a short clause at most (笔者注意到，),
        ends the event before, as a kind None opener: it tells of many days."""
        lead = None if headline else dates.period_lead(self.doc.sentence_text(si))
        return [(si, dates.DateSpan(None, None, True, lead.start(), 0), None, -1)] if lead else []

    def next_meeting(self, si: int, told: dates.DateSpan) -> tuple[int, dates.DateSpan, str, int] | None:
        """The opener of a meeting held before or after the one told of, on its day, in a sentence without a date
        of its own (会前，某某主持召开主席会议；预备会议之后，主席团召开第一次会议)."""
        s = self.doc.sentences[si]
        text = self.text[s.start:s.end]
        m = NEXT_MEETING.match(text, dates.lead_in_end(text))
        then = THEN.match(text, dates.lead_in_end(text))
        if m and then and (PARTY_GOES_ON.match(text, then.end()) or PARTY_TALKS.match(text, then.end())):
            return None   # 随后，某某一行前往…，并召开座谈会: the party's visit goes on, its talk a part of it
        aside = None if m else ASIDE_MEETING.match(text, dates.lead_in_end(text))
        if aside:
            m = aside
            kind = event_kind(self.without_org_names(si, text)[m.start():m.end()])
        else:
            kind = event_kind(self.without_org_names(si, text)[m.end():]) if m else None
        if not kind or kind[0] != "meeting":
            return None
        if aside:
            self.asides.add(si)
        span = dates.DateSpan(told.start, None, told.approximate, m.start(), 0, True)
        return si, span, kind[0], s.start + m.end() + kind[1]

    def visit_by_meeting(self, si: int, told: dates.DateSpan, before: str | None) -> tuple | None:
        """The opener of a visit held before or after the meeting told of (before: its kind), on its day, in a
        sentence without a date of its own (会前，区政协组织委员视察了…; 会前，某某会见了…一行: a visit received): an
        aside, told in that sentence only."""
        text = self.doc.sentence_text(si)
        m = AROUND_MEETING.match(text, dates.lead_in_end(text))
        kind = event_kind(self.without_org_names(si, text)[m.end():]) if m and before == "meeting" else None
        received = RECEIVES.match(text, m.end()) if kind else None
        if received and kind[0] != "investigation":
            kind = "other", received.end() - 2 - m.end()   # 会见 names the kind
        elif not kind or kind[0] != "investigation":
            return None
        self.asides.add(si)   # …前往某地视察。副区长某某列席会议: what follows tells of the meeting again
        span = dates.DateSpan(told.start, None, told.approximate, m.start(), 0, True)
        return si, span, kind[0], self.doc.sentences[si].start + m.end() + kind[1]

    def headline_kind(self, article: int) -> str:
        """The kind a word of the article's headline names, else other."""
        headline = [i for i, s in enumerate(self.doc.sentences) if s.article == article and s.headline]
        kind = event_kind("".join(self.without_org_names(i, self.doc.sentence_text(i)) for i in headline))
        return kind[0] if kind else "other"

    def item_events(self, body: list[int], headline: bool = False) -> list[Event]:
        """The events one item's body sentences tell: each opener's, up to the next opener; with headline, its
        headline's too (3月6日县政协召开主席会议 over a body without a date, or with 近日 only)."""
        openers = self.openers(body, headline)
        asides = [o for o in openers if o[0] in self.asides]
        openers = [o for o in openers if o[0] not in self.asides]
        told = []
        for n, (si, span, kind, kind_at) in enumerate(openers):
            if kind is None:
                continue
            first = body[0] if n == 0 else si
            last = openers[n + 1][0] - 1 if n + 1 < len(openers) else body[-1]
            if si in self.cuts:
                last = si   # the sentence goes on to another day: what follows tells of that one
            scope = [i for i in body if first <= i <= last and i not in self.asides]
            told.append(self.event(si, scope, span, kind, kind_at))
        told += [self.event(si, [si], span, kind, kind_at) for si, span, kind, kind_at in asides]
        return [second for event in told for second in (event, *self.second_meeting(event))]

    def second_meeting(self, event: Event) -> list[Event]:
        """The second of two meetings its opening sentence names, each with its number (召开了…十四届二十二次常委
        （扩大）会议和六十三次主委会议): a meeting of its own, of the same day, body and persons."""
        m = TWO_MEETINGS.search(self.clause_text(event.sentence)) if event.kind == "meeting" else None
        if m is None:
            return []
        return [replace(event, persons=dict(event.persons), organizers=list(event.organizers), visited=[],
                        visited_places=[], topic=None, at=self.doc.sentences[event.sentence].start + m.start(1))]

    def caption_events(self, captions: list[int], told: list[Event]) -> list[Event]:
        """A photo caption tells of its own event only, unless it shows the happening its item tells of (on its
        days, whatever word it uses: 8月25日，某某在…观摩协商活动 under an item on that day's investigation): then
        its persons join that event."""
        events = []
        for si, span, kind, kind_at in self.openers(captions):
            if kind is None:
                continue
            caption = self.event(si, [si], span, kind, kind_at)
            same = next((e for e in told if e.start <= caption.start and (caption.end or caption.start) <= (e.end or e.start)),
                        None)
            if same is None:
                events.append(caption)
                continue
            for name, role in caption.persons.items():
                if name not in same.persons or ROLE_RANK[role] < ROLE_RANK[same.persons[name]]:
                    same.persons[name] = role
        return events

    def run(self) -> list[Event]:
        """Every item's events (its captions' apart), in the order of their opening sentences."""
        by_article: dict[int, list[int]] = {}
        for i, s in enumerate(self.doc.sentences):
            if s.article >= 0 and self.doc.articles[s.article].section != "trailer":
                by_article.setdefault(s.article, []).append(i)
        events = []
        for sentences in by_article.values():
            captions = [i for i in sentences if CAPTION.match(self.doc.sentence_text(i))]
            body = [i for i in sentences if i not in captions]
            told = self.item_events(body)
            if all(e.approximate for e in told):   # none, or 近日 only: the headline's date, if it names one
                # (not a day the body tells is still to come: …3日下午3时开幕 over …将于3月3日下午3时…开幕)
                titled = [e for e in self.item_events(body, headline=True) if e.start not in self.planned_days(body)]
                told = titled if any(not e.approximate for e in titled) else told
            if not told and events and body and (self.goes_on_that_day(body) or self.section_of(body, events[-1])):
                self.read_more(events[-1], body)   # 调研当天，…一行还走进…: the item before's event, told on
            events += self.caption_events(captions, told) + told
        events.sort(key=lambda e: e.sentence)
        return events

    def planned_days(self, body: list[int]) -> set[str]:
        """The days the body's sentences name as bounds or plans, no happening (将于3月3日…开幕, 截至6月30日)."""
        return {day for si in body for day in dates.planned_days(self.doc.sentence_text(si), *self.year_and_issue(si))}

    def goes_on_that_day(self, body: list[int]) -> bool:
        """Whether an item without a dated happening of its own starts on the day of the item before (调研当天，)."""
        first = next((i for i in body if not self.doc.sentences[i].headline), None)
        return first is not None and THAT_DAY.match(self.doc.sentence_text(first)) is not None

    def section_of(self, body: list[int], event: Event) -> bool:
        """Whether an item is a section of the one right before, whose event it goes on telling of: under a short
        heading naming no body (课堂教学, 交流发言; not 张家港政协 over an about text), or any heading when its text
        opens telling of that meeting (某某主持会议，…), with no date of its own, right after that event's last
        sentence."""
        heads = [i for i in body if self.doc.sentences[i].headline]
        first = next((i for i in body if not self.doc.sentences[i].headline), None)
        # 某某主持并讲话 over 区政协党组书记某某主持会议，…: a deck under the lead, its text about the meeting told
        refers_back = first is not None and REFERS_BACK.search(self.doc.sentence_text(first)) is not None
        return bool(heads) and self.right_after(event, body[0]) and (refers_back or all(
            len(self.doc.sentence_text(i).strip()) <= SECTION_HEADING_MAX and not self.orgs_by_sentence.get(i)
            for i in heads)) \
            and not any(dates.find_span(self.doc.sentence_text(i), 2000, None) for i in body)

    def right_after(self, event: Event, sentence: int) -> bool:
        """Whether a sentence follows an event's last one, photo captions at most between (▲ 2月19日，…闭幕会现场。)."""
        return sentence > event.last_sentence and all(
            CAPTION.match(self.doc.sentence_text(i)) for i in range(event.last_sentence + 1, sentence))

    def read_more(self, event: Event, scope: list[int]) -> None:
        """Persons and visits of further sentences that tell of an event."""
        scope = [i for i in scope if not self.doc.sentences[i].headline]
        self.read_persons(event, scope, -1, -1)
        self.read_visited(event, scope)
        event.last_sentence = max(event.last_sentence, scope[-1])

    def event(self, si: int, scope: list[int], span: dates.DateSpan, kind: str, kind_at: int) -> Event:
        """The event a sentence opens, read from the sentences of its scope: persons, organizers, visits, topic."""
        event = Event(kind=kind, sentence=si, last_sentence=scope[-1], start=span.start,
                      end=span.end if span.end != span.start else None, approximate=span.approximate)
        date_start = self.doc.sentences[si].start + span.offset
        self.read_persons(event, scope, date_start, date_start + span.length)
        self.read_organizers(event, date_start + span.length, kind_at)
        self.read_visited(event, scope)
        event.topic = self.topic(scope, si)
        if event.start and not event.end and not event.approximate:
            # …5月29日开班。…据悉，本次培训班为期六天: its days told later
            event.end = next(filter(None, (dates.told_end(self.clause_text(i), event.start) for i in scope if i > si)), None)
        return event

    # ---- topic -------------------------------------------------------------------------------------------------
    def topic(self, scope: list[int], opener: int) -> str | None:
        """The opening sentence's subject (topics.opening_topic), else a quote marked as a subject in a later
        sentence of the event (以“革命文物与包头革命史迹”为题)."""
        found = topics.opening_topic(self.clause_text(opener), cues()["kind_pattern"])
        for si in scope:
            if found or si == opener:
                continue
            found, _ = topics.quoted_topics(self.clause_text(si), cues()["kind_pattern"])
        return found

    def clause_text(self, sentence: int) -> str:
        """What a sentence tells of its event: up to its end, or to a clause of another day."""
        return self.text[self.doc.sentences[sentence].start:self.limit(sentence)]


def run(doc: Document) -> None:
    doc.events = EventReader(doc).run()
