"""Dates as bulletins write them: 2021年6月15日, 6月15日, 5月31日至6月4日, 6月11—12日, 近日, 昨天; a web page's 2024-05-30."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from kg.document import CLAUSE_BOUNDARY, WEB_ADDRESS
from kg.relative_days import RELATIVE_DAY, relative_day

NUM = r"(\d{1,4}|[〇零一二三四五六七八九十]{1,4})"
FULL_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# the day is 日, or 号 as news often writes it (9月21号)
MONTH_DAY = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
RANGE = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?\s*(?:上午|下午|晚上|晚)?\s*(?:至|到|-{1,2}|—{1,2}|–|~|－{1,2})\s*(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*[日号]")
# days of one month listed before its 日: 6月11、12日 (one happening of two days), 6月5、20日 (two happenings' days)
MONTH_DAYS = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})((?:\s*[、和]\s*\d{1,2})+)\s*[日号]")
# 近期 as what a meeting studied (研究了近期工作, 近期的重点) names no day
APPROXIMATE = re.compile(r"(?<![了的])(?:近日|日前|近期|前不久)(?!的|工作|重点|任务|计划|安排|目标)")
# a part of a month (5月上旬, 3月中旬): only approximately a day, its first
PART_OF_MONTH = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(上旬|中旬|下旬)")
PART_FIRST_DAY = {"上旬": 1, "中旬": 11, "下旬": 21}
# a page's own date as web pages write it: 2024-05-30, 2024/5/30, 2024.05.30 (a time may follow)
NUMERIC_DATE = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")   # (iso: thread-9329-1-1 is no date)
# …, or with spaces, the time after it telling it is a date: 2023 01 / 11 10:04:15
SPACED_DATE = re.compile(r"(?<!\d)(\d{4})\s+(\d{1,2})\s*/\s*(\d{1,2})(?=\s+\d{1,2}:\d{2})")
# …, or day first with dots as some aggregators write it: 13.02.2015 10:28
DAY_FIRST_DATE = re.compile(r"(?<![\d.])(\d{2})\.(\d{2})\.(\d{4})(?![\d.])")
# a day named relative to the report's date: 昨天上午, 今晚 (an evening's meeting, reported that night), 本周一,
# 上周五, 上月28日 (kg/relative_days.py)
# a day without its month: 本报讯 28日上午，… (the month of the report), 昨（15）日; not 近3日, 每月10日, 第5日
DAY_ALONE = re.compile(r"(?<![\d月年号第近前后每这])(?:(?<=[昨今前])[(（])?([1-9]|[12]\d|3[01])[)）]?\s*日(?![\d])")
# days of the issue's month without it: 12日至14日 (a day alone, then its end)
# a day alone opening a clause (12日，…; …讯 12日上午，…; 12日至14日，…), before any month's day
OPENING_DAY = re.compile(r"(?:^|(?<=[，,。；;:：)）\s讯电]))(?:[1-9]|[12]\d|3[01])\s*日\s*(?:上午|中午|下午|晚上|晚)?\s*"
                         r"(?:[，,]|(?:至|到|-|—)\s*\d)")
DAY_RANGE_END = re.compile(r"\s*(?:上午|下午|晚上|晚)?\s*(?:至|到|-{1,2}|—{1,2}|–|~|－{1,2})\s*([1-9]|[12]\d|3[01])\s*日")
# the next day listed after a day (7月31日、8月1日; 11日和12日): the days of one happening, the last its end
LISTED_DAY = re.compile(r"\s*[、和及]\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*[日号]")
# a day of the month told of just before: 当月20日
SAME_MONTH_DAY = re.compile(r"当月\s*([1-9]|[12]\d|3[01])\s*[日号]")
# a day named by the one told of just before: 当天下午, 同日, 次日
SAME_DAY = re.compile(r"(当天|当日|同日|同一天|次日|翌日|第二天)")
SAME_DAY_OFFSET = {"次日": 1, "翌日": 1, "第二天": 1}
TOLD_DAYS_AFTER = 10   # a day alone (8日) of the month told before falls at most this many days after the days told
# a part of the day alone opening a sentence (下午，…): of the one day told before
DAY_PART = re.compile(r"(?:上午|中午|下午|晚上|当晚)(?=\s*[，,])")
# the date of a dateline (福清侨乡报1月16日讯, 新华社北京3月5日电) is the report's, no happening's
PLACE_BEFORE_XUN = r"(?:[\u4e00-\u9fff]{2,4}(?=讯))?"   # the place a dateline may name after its day (2月7日盐城讯)
DATELINE_AFTER = re.compile(rf"\s*(?:{PLACE_BEFORE_XUN}(?:讯|电)(?![员息录号话报网视力子器])|(?:报道|消息)[:：])")   # …频道2月15日报道：…, 某某网8月25日消息： too
# the dateline that opens a news item, with its reporters: 本报酒泉讯（记者 张某）, 南充新闻网1月10日讯（记者 赵明）;
# group 1 is who reports from where (本报酒泉, 南充新闻网, 石榴云/新疆日报 or 湖南日报·新湖南客户端: an app and its paper);
# the place may follow the day (某某网2月7日盐城讯: PLACE_BEFORE_XUN)
DATELINE = re.compile(r"[(（【\[]?((?:本报|本刊)?[\u4e00-\u9fffA-Za-z0-9/·•-]{0,16}?)(?:(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"
                      rf"{PLACE_BEFORE_XUN})?"
                      r"(?:(?:讯|电)(?![员息录号话报网视力子器])|(?<=日)(?:报道|消息)[:：])[)）】\]]?\s*(?:[(（][^()（）]{0,30}[)）])?")
# a bracketed byline, then the day of the happening (5月6日 （沈某） 5月5日，): the day before it is the report's
BYLINE_THEN_DATE = re.compile(r"\s*[(（][^()（）\d]{2,20}[)）]\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]")
DATELINE_BRACKET = re.compile(r"[(（]([^()（）]{2,30})[)）]\s*$")   # the reporters' bracket a dateline ends with


def dateline_bracket(m: re.Match) -> tuple[int, int] | None:
    """The span of what the bracket closing a DATELINE match holds (its reporters), or None; a dateline naming
    no medium or place (a bare 6月1日讯) has none.

    >>> m = DATELINE.search("东阳网8月3日电(张某 李某)8月2日，")
    >>> m.string[slice(*dateline_bracket(m))]
    '张某 李某'
    """
    bracket = DATELINE_BRACKET.search(m.group())
    if bracket is None or not m.group(1):
        return None
    return m.start() + bracket.start(1), m.start() + bracket.end(1)


# the newspaper, site or station a dateline names (沈阳日报讯, 滁州网讯, 福清侨乡报1月16日讯); 本报讯 names none;
# a site of one character before 网 (红网), not 本网 or 官网; an app or account of a medium (河北日报客户端, 某某微信公众号)
ONE_CHAR_SITE = r"(?![本我该此全官外内上])[\u4e00-\u9fff]网"
MEDIUM_ENDS = r"(?:日报|晚报|报|新闻网|新闻|网|在线|融媒体中心|融媒|电视台|广播电视总台|传媒中心|客户端|微信公众号|公众号)"
# (a body's official site, 某市政协官网, is the body's, no medium of its own)
MEDIUM_NAME = rf"(?:{ONE_CHAR_SITE}|[\u4e00-\u9fff]{{2,12}}?{MEDIUM_ENDS}(?<!官网))"
MEDIUM = re.compile(MEDIUM_NAME + "$")
DATELINE_YEAR = re.compile(r"(?:19|20)\d{2}\s*年$")
MEDIA_JOINTS = "-/·•"   # between two media a dateline names together (某某网-某某日报讯)
# a dateline's medium, then the place it reports from or its channel: 映象网驻马店讯, 人民网南宁4月3日电, 红网时刻新闻讯
MEDIUM_THEN_BUREAU = re.compile(rf"({MEDIUM_NAME})驻?[\u4e00-\u9fff]{{2,4}}$")
CHANNEL_ENDS = ("新闻", "频道")   # the channel of a site named before (某某网河北新闻, 某某网河北频道)
# a source line naming the page's medium: 来源：定州日报, 稿件来源: 枞阳在线, 文章来源:民权网, 来源|某某融媒体中心;
# the medium's name ends where a space the page wrote, the line or the header's next field (作者, 编辑…) does
SOURCE_LEAD = re.compile(r"来源\s*[:：|丨]\s*")
SOURCE_END = re.compile(r"[\s|丨/]|(?:文章|稿件|信息|本文)?(?:作者|来源)|发布|时间|日期|(?:责任)?编辑|浏览|点击|$", re.M)
SOURCE_REACH = 18   # characters of a source line's medium name
MEDIUM_OFFSHOOTS = ("客户端", "社")   # a paper's app and its office are the paper (河北日报客户端, 温岭日报社)
# the page's own medium in its furniture: 欢迎来到政协某某网, 返回红网首页, a paper's masthead 《某某新报》(2017年1月18日)
# and a site's label before an item's byline (【某网】(记者 张某))
SITE_FURNITURE = re.compile(rf"(?:欢迎(?:来到|访问|光临)|返回)({MEDIUM_NAME})(?=首页|[!！。\s]|$)"
                            rf"|《({MEDIUM_NAME})》\s*[(（]?\s*\d{{4}}\s*年|【({MEDIUM_NAME})】(?=\s*[(（])", re.M)
# a line of a photo's credit: the photographers, the medium, 图 or 摄 (张某 某某网 图)
PHOTO_CREDIT_LINE = re.compile(r"^([\u4e00-\u9fff·]{4,24}?)(?:供图|图|摄)$", re.M)
# a page's first line of the site's name alone (人民网)
SITE_LINE = re.compile(rf"\s*((?:{ONE_CHAR_SITE}|[\u4e00-\u9fff]{{2,12}}?网))\s*$", re.M)
# a bulletin's own title (某某政协工作简报) is no medium
BULLETIN_ENDS = ("简报", "通报", "汇报")


def source_media(text: str, start: int = 0, end: int | None = None, breaks=frozenset()):
    """The spans of the media the source lines of text[start:end] name; breaks: where the page wrote a space
    inside CJK (read removed it), which ends a name (来源: 河北日报客户端 张某 李某).

    >>> ["来源：红网作者：李明"[a:b] for a, b in source_media("来源：红网作者：李明")]
    ['红网']
    """
    end = len(text) if end is None else end
    for lead in SOURCE_LEAD.finditer(text, start, end):
        a = lead.end()
        b = next((b for b in range(a + 2, min(a + SOURCE_REACH, end) + 1) if MEDIUM.fullmatch(text, a, b)
                  and (b in breaks or SOURCE_END.match(text, b))), None)
        if b is not None:
            yield a, b


def medium_name(surface: str) -> str:
    """The name of the medium its app or its office is named by (河北日报客户端, 河北日报社: 河北日报), else the
    surface itself.

    >>> medium_name("河北日报客户端"), medium_name("温岭日报社"), medium_name("某某客户端")
    ('河北日报', '温岭日报', '某某客户端')
    """
    ending = next((e for e in MEDIUM_OFFSHOOTS if surface.endswith(e)), "")
    paper = surface[:-len(ending)] if ending else ""
    return paper if MEDIUM.fullmatch(paper) else surface


def credit_media(text: str, start: int = 0, end: int | None = None, breaks=frozenset()):
    """The spans of the media photo credit lines name after the photographers, parted by the spaces the page wrote
    (张某 某某网 图, read as 张某某某网图 with breaks where the spaces were).

    >>> ["李明中国某某网图"[a:b] for a, b in credit_media("李明中国某某网图", breaks={2, 7})]
    ['中国某某网']
    """
    for m in PHOTO_CREDIT_LINE.finditer(text, start, len(text) if end is None else end):
        b = m.end(1)
        a = max((k for k in breaks if m.start() < k < b), default=None) if b in breaks else None
        if a is not None and MEDIUM.fullmatch(text, a, b):
            yield a, b


def furniture_media(text: str, start: int = 0, end: int | None = None):
    """The spans of the page's own medium its furniture names (欢迎来到某某网, 返回红网首页, 《某某报》(2017年1月18日)
    01版, 【某网】(记者 张某)), and its first line when it is a medium's name alone (人民网).

    >>> ["返回红网首页"[a:b] for a, b in furniture_media("返回红网首页")]
    ['红网']
    """
    end = len(text) if end is None else end
    for m in SITE_FURNITURE.finditer(text, start, end):
        group = next(k for k in (1, 2, 3) if m.group(k))
        if not m.group(group).endswith(BULLETIN_ENDS):
            yield m.span(group)
    first = SITE_LINE.match(text, start, end) if start == 0 else None
    if first is not None:
        yield first.span(1)


# what a first clause whose date is no happening's starts with: 按照3月5日会议要求，…
# a whole first clause of purpose: 为提升委员知情明政水平，更好地履职尽责，
PURPOSE_CLAUSE = re.compile(r"\s*(?:为了?|按照|根据|依据|遵照)[^。；;：:]{2,80}?[，,]\s*")
PURPOSE = re.compile(r"\s*(?:按照|根据|依据|遵照|为|落实|贯彻|学习|传达|围绕|就|在)")
# a heading ahead of an item's date: 县政协常委会第十二次会议：12月15日下午，… / 会前视察活动：近日，…; a flash's
# label, whatever follows, or the colon after a dateline (两会新华社快讯：全国政协…12日下午…举行…, 本报讯：…)
LABEL = re.compile(r"[^，,。；;：:“”\d]{2,20}[：:]\s*(?=\d{1,2}\s*月|\d{4}\s*年|近日|日前|近期|前不久)"
                   r"|(?:[^，,。；;：:“”\d]{0,12}快讯)?\s*[：:]\s*")
# a headline naming the year it reviews (2021年工作大事记, 2023年度工作回顾), and the headings of its periods (一月)
REVIEW_YEAR = re.compile(r"(?<!\d)(20\d{2})\s*年[^，,。]{0,12}?(?:大事记|大事|纪事|工作回顾|回顾|工作总结|回眸|盘点|履职)")
PERIOD_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,2}月(?:份)?|第?[一二三四]季度|[上下]半年)\s*$")


def opening_dateline(text: str) -> re.Match | None:
    """The dateline a sentence opens with (本报酒泉讯（记者 张某）, 南充日报1月12日讯), after spaces."""
    return DATELINE.match(text, re.compile(r"\s*").match(text).end())


def lead_in_end(text: str) -> int:
    """Where a sentence's own words begin: after its dateline (本报酒泉讯（记者 张某）), a heading ending in a
    colon before its date and spaces.

    >>> lead_in_end("会前视察活动：近日，县政协领导分别带队视察。")
    7
    """
    dateline = opening_dateline(text)
    at = re.compile(r"\s*").match(text, dateline.end() if dateline else 0).end()
    label = LABEL.match(text, at)
    return label.end() if label else at


def review_year(titles: list[str]) -> int | None:
    """The year a review reports on, from its article's headline and, past the headings of its periods (一月,
    第二季度), the headlines before it, nearest first.

    >>> review_year(["二月", "一月", "县政协2021年工作大事记"])
    2021
    """
    for title in titles:
        if not PERIOD_HEADING.match(title):
            found = REVIEW_YEAR.search(title)
            return int(found.group(1)) if found else None
    return None


def after_purpose(text: str, lead_in: int, span: DateSpan) -> bool:
    """A date opening the clause after a first clause of purpose (为提升委员履职水平，昨天上午，区政协组织…): the
    sentence's own day, as if it opened the sentence.

    >>> after_purpose("为做好会前准备，昨天，区政协组织委员视察", 0, DateSpan("2024-12-19", None, False, 8, 2, True))
    True
    """
    return PURPOSE_CLAUSE.fullmatch(text, lead_in, span.offset) is not None


YU_AFTER_CLAUSE = re.compile(r"[，,]\s*于\s*$")   # …完成各项议程，于1月11日…: the day after the subject's clause


def day_after_subject(text: str, lead_in: int, span: DateSpan) -> bool:
    """A date right after the subject of a sentence's first clause, as news writes it (…座谈会16日在拉萨召开,
    政协甘肃省十一届十六次常委会议9月27日上午在兰州开幕, 市政协会议今天上午在广州开幕): the day the sentence tells
    of; not after a purpose (按照3月5日会议要求，…).

    >>> day_after_subject("座谈会16日在拉萨召开。", 0, DateSpan("2021-08-16", None, False, 3, 3, True))
    True

    The subject's clause may tell what it did before the day (某某会议圆满完成各项议程，于1月11日在吉首闭幕).
    """
    clauses = len(CLAUSE_BOUNDARY.findall(text, lead_in, span.offset))
    return not span.approximate and (DAY_ALONE.match(text, span.offset) or MONTH_DAY.match(text, span.offset)
                                     or RANGE.match(text, span.offset) or RELATIVE_DAY.match(text, span.offset)) is not None \
        and (not clauses or clauses == 1 and YU_AFTER_CLAUSE.search(text, lead_in, span.offset)) \
        and not PURPOSE.match(text, lead_in)


def dateline_medium(m: re.Match) -> tuple[int, int] | None:
    """The span of the medium a DATELINE match names, or None (本报讯, 本刊讯, a place's dateline).

    >>> m = DATELINE.match("滁州网讯（记者 张某）")
    >>> m.string[slice(*dateline_medium(m))]
    '滁州网'
    """
    name = DATELINE_YEAR.sub("", m.group(1))   # 某某新闻网2023年3月5日讯: the year stands before the day
    if name.startswith(("本报", "本刊")):
        return None
    medium = MEDIUM.search(name)
    bureau = MEDIUM_THEN_BUREAU.match(name)
    if medium and bureau and name.endswith(CHANNEL_ENDS):
        medium = None   # 中新网河北新闻1月15日电: the site's channel of a province's news, the site the medium
    span = medium.span() if medium else (bureau.span(1) if bureau and opens_a_line(m.string, m.start(1)) else None)
    return (m.start(1) + span[0], m.start(1) + span[1]) if span else None


def dateline_media(m: re.Match) -> list[tuple[int, int]]:
    """The spans of the media a DATELINE match names: its medium (dateline_medium) and a site joined before it by
    a dash, slash or dot (梧州某某网-梧州日报讯, 石榴云/新疆日报).

    >>> m = DATELINE.match("梧州某某网-梧州日报讯(记者 张某)")
    >>> [m.string[a:b] for a, b in dateline_media(m)]
    ['梧州某某网', '梧州日报']
    """
    span = dateline_medium(m)
    if span is None:
        return []
    joint = span[0] - 1
    before = MEDIUM.search(m.string, m.start(1), joint) if joint > m.start(1) and m.string[joint] in MEDIA_JOINTS else None
    return ([before.span()] if before else []) + [span]


def opens_a_line(text: str, at: int) -> bool:
    """Nothing of a word stands right before at: a line, a bracket or a space opens there (a medium before its
    bureau, 某某网驻某地讯, where the line before was joined to it: …会议现场|某某网某地站讯, is read from there only)."""
    return at == 0 or not "\u4e00" <= text[at - 1] <= "\u9fff"


YEAR = re.compile(r"(?<!\d)(19\d{2}|20\d{2})\s*年")
# A date that bounds a period (截至6月30日, 7月31日前, 自7月1日起) tells of no happening on that day.
# A date cited in what is studied (传达学习2月21日中央政治局会议精神) dates another body's meeting, none reported.
# A date planned ahead (决定于1月19日召开, 将于5月20日举行) tells of nothing that has happened yet either, nor one a
# purpose cites (按照9月5日会议要求).
# 会议决定，6月26日至27日召开…: what a meeting decided, a comma between, is planned too.
BOUND_BEFORE = re.compile(r"(?:截至|截止|截止到|截止至|直至|按照|根据|依据|遵照|将于|决定于?|拟于|定于|计划于|预计于|传达学习|传达|学习贯彻|学习|贯彻落实"
                          r"|(?:决定|建议|同意|明确)[，,]?)\s*$")
# 会议决定政协第四次会议于1月30日在拉萨召开, …主席会议召开，决定常委会会议9月26日至27日召开: a clause that tells
# what was decided or proposed, the meeting's name between, plans its date as well
# 明天（4日）开幕, 今日下午3时将在…举行, 6月5日将召开: a day still to come when the page was written
AHEAD_BEFORE = re.compile(r"(?:明天|明日|后天)\s*[(（]?\s*$")
# 将于1月4日上午开幕，1月6日上午闭幕: a day listed after a planned one, in the same sentence, is planned too
PLANNED_RUN = re.compile(r"(?:将于|定于|拟于|计划于|预计于)[^。；;！？!?]{0,40}?[，,、]\s*$")
AHEAD_AFTER = re.compile(r"[^，,。；;]{0,10}?将(?:要)?(?:在|于|举行|召开|开幕|举办|启动)")
# (根据…年度协商计划，11月11日，…: 计划 a noun ending a clause of purpose, the date the sentence's own)
PLANNED_CLAUSE = re.compile(r"(?:(?:决定|建议)[，,：:]?|(?:拟|计划|预计|定于)(?![，,]))[^，,。；;：:！？!?]{0,60}$")
# 自今年2月21日开始，…: the first day of a period of weeks, no happening's
SINCE_BEFORE = re.compile(r"(?:自|从)(?:今年|去年|本年)?\s*$")
STARTS_AFTER = re.compile(r"\s*开始")
BOUND_AFTER = re.compile(r"\s*(?:前(?!往|去|来)|以前|之前|起(?!草)|以来|至今|为止|止|之后|以后)")
# 记者9月22日从市政协获悉，…: the day the reporter learnt what follows, no happening's (not 从…新闻发布会上获悉: that
# meeting was held that day)
LEARNT_AFTER = re.compile(r"\s*(?:上午|下午)?\s*(?:从|在)[^，,。；;]{1,24}?(?<!会上)(?:获悉|了解到|得知)")
# a sentence opening with a period of months (3月中旬至今，…; 2023年5月以来，…) tells of no happening of one day (a
# cut-off date, 截至6月30日，…, tells of a count on that day and goes on telling of the event)
PERIOD_LEAD = re.compile(r"\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*(?:上旬|中旬|下旬|初|份)?\s*(?:以来|至今)")
# the days a happening lasts, told after its first day: 为期两天的常委会议, 会期3天, 会期共四天; 会期五天半 (the
# half day a day more of the calendar)
DURATION = re.compile(r"(?:为期|会期|历时)\s*(?:共|约)?\s*([1-9]|[两二三四五六七八九十])\s*天(半)?")
# 据悉，本次培训班为期六天; 本次常委会议为期3天; 会议为期3天 (a sentence opening with the happening): the days the
# happening reported lasts, told in a later sentence
THIS_DURATION = re.compile(r"(?:(?:本次|此次|这次|本期)[^，,。；;]{0,12}?|^\s*(?:会议|大会|全会|活动|培训班?|视察|调研|考察)\s*)"
                           + DURATION.pattern)
# 5月28日，为期6天的培训班圆满结业: the day told is the last of those days, not the first
CLOSING = re.compile(r"结业|闭幕|闭班|结束|落下帷幕|落幕")
DURATION_WITHIN = 24   # characters after the date: 20日上午，为期两天的…; 5日下午抵达西安，开始对陕西进行为期4天的考察
DURATION_DAYS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
LEAD_CLAUSE_MAX = 12   # a clause before a sentence's period (笔者注意到，3月中旬至今，…) is short
FUTURE_SLACK = 7   # days: a bulletin reports what happened, so a date well after its issue is of the year before


YEARS = range(1840, 2100)   # the years a bulletin's dates fall in: digits out of it (a link's 9328) are no year
# a year of birth (1964年3月生, 1970年出生) tells nothing of when the page was written (not 2023年生产总值)
BIRTH_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*年\s*(?:\d{1,2}\s*月\s*)?(?:出)?生(?![产活态命效])")
# …nor does the year a body was founded, told since (自2024年成立以来: the page is of that year or any after)
FOUNDING_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*年\s*(?:\d{1,2}\s*月\s*)?(?:成立|创建|组建|挂牌)(?:以来|至今)")
# a year numbering its issues or sessions (2023年第5期, 2023年第一次主席会议) is the year of the page
ORDINAL_YEAR = re.compile(r"(?<!\d)(20\d{2})\s*年\s*(?:度\s*)?第\s*[\d一二三四五六七八九十]{1,3}\s*(?:期|次)")
# …and so is the year of a masthead's line of its own: 2023年5月, 2023年第12期（总第88期）
ISSUE_LINE = re.compile(r"^\s*(20\d{2})\s*年\s*(?:\d{1,2}\s*月\s*)?(?:第\s*[\d一二三四五六七八九十]{1,3}\s*期\s*)?"
                        r"(?:[(（][^()（）\n]{0,12}[)）])?\s*$", re.M)
ISSUE_WITHIN = 300   # characters: a masthead opens the page
# a year named for its plans: 谋划2024年工作, 2024年要…, 2024年工作思路, 2024年1月份重点工作安排, 对2023年政协工作的意见
PLAN_YEAR = re.compile(r"(?:谋划|部署|筹划|展望|安排)[了好]?\s*(20\d{2})\s*年"
                       r"|(?<!\d)(20\d{2})\s*年(?:要|将|(?:\d{1,2}\s*月份?)?[^，,。；;、\d年和与及]{0,6}?"
                       r"(?:工作|协商)的?(?:计划|要点|思路|安排|打算|意见|重点))")
# the year a January or February page looks back on (回望过去的2022年, 回顾2022年, 过去的2022年): the year before its own
PAST_YEAR = re.compile(r"(?:回望|回顾|回首|回眸|过去的)(?:过去的|刚刚过去的)?[ \t]*(20\d{2})[ \t]*年")
EARLY_MONTHS = 2   # a page opening with a January or February day names the year before for its review
LATE_MONTH = 11    # …and one opening in November or December the year after for its plans


def text_year(text: str) -> int | None:
    """The year of a page that gives no date of its own: the one numbering its issues or sessions (2023年第5期)
    or its masthead's line of a year (2023年5月), else the one the text names most (of two named as often, the later). A page whose first day is in January or
    February names the year before in its review (总结2022年工作，谋划2023年): the year after the most named, when
    it names that too, is its own, and a year it looks back on (回望过去的2022年) is the year before its own; one opening in November or December names the year after in its plans
    (…总结2024年工作，谋划2025年工作): those count as the year before (planned_years_before), and of two years
    named as often the earlier is its own. Years of birth (1944年1月生) and of a founding told since (自2024年成立以来)
    do not count.

    >>> text_year("1月6日，会议总结2022年工作，2022年成效明显，部署2023年工作。"), text_year("2023年第5期 2022年以来")
    (2023, 2023)
    """
    text = FOUNDING_YEAR.sub(" ", BIRTH_YEAR.sub(" ", text))
    ordinal = [int(y) for y in ORDINAL_YEAR.findall(text) + ISSUE_LINE.findall(text, 0, ISSUE_WITHIN) if int(y) in YEARS]
    if ordinal:
        return max(ordinal)
    years = Counter(y for y in map(int, YEAR.findall(text)) if y in YEARS)
    first = MONTH_DAY.search(text)
    month = int(first.group(2)) if first else None
    if month and month >= LATE_MONTH:
        years = planned_years_before(text, years)
    if month and month <= EARLY_MONTHS:
        years = moved_years(text, years, PAST_YEAR, 1)
    if not years:
        return None
    top = max(years.values())
    tied = [y for y, n in years.items() if n == top]
    if month and month >= LATE_MONTH:
        return min(tied)
    return max(tied) + 1 if month and month <= EARLY_MONTHS and max(tied) + 1 in years else max(tied)


def planned_years_before(text: str, years: Counter) -> Counter:
    """The counts of the years a November or December page names, each year it names for its plans (谋划2024年工作)
    counted as the year before, the page's own.

    >>> planned_years_before("谋划2024年工作，2024年要抓好协商", Counter({2024: 2}))
    Counter({2023: 2})
    """
    return moved_years(text, years, PLAN_YEAR, -1)


def moved_years(text: str, years: Counter, pattern: re.Pattern, by: int) -> Counter:
    """The counts of the years a page names, each year pattern matches (a plan's, a review's) counted as the year
    by years away, the page's own.

    >>> moved_years("1月2日，回望过去的2022年", Counter({2022: 1}), PAST_YEAR, 1)
    Counter({2023: 1})
    """
    moved = Counter(years)
    for m in pattern.finditer(text):
        year = int(next(g for g in m.groups() if g))
        if moved[year] > 0:
            moved[year] -= 1
            moved[year + by] += 1
    return Counter({y: n for y, n in moved.items() if n > 0})


def iso(year: int, month: int, day: int) -> str | None:
    """The ISO form of a date, None for no date or a year no bulletin reports (digits of a link).

    >>> iso(2024, 5, 30), iso(9328, 4, 20), iso(2024, 2, 30)
    ('2024-05-30', None, None)
    """
    if year not in YEARS:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def infer_year(month: int, year: int | None, issue: str | None, day: int = 1) -> int | None:
    """A date without a year belongs to the bulletin's year, unless that puts it after the issue (by more than a
    few days): a December date in a January bulletin, 3月28日 in the annual review of a January issue, are of
    the year before."""
    if year is None:
        return None
    if issue:
        issue_month = int(issue[5:7])
        if month - issue_month > 6:
            return year - 1
        try:
            if int(issue[:4]) == year and \
                    date(year, month, day) > date.fromisoformat(issue) + timedelta(days=FUTURE_SLACK):
                return year - 1
        except ValueError:
            pass
    return year


@dataclass(frozen=True)
class DateSpan:
    """A resolved date expression: ISO start (and end), whether it is only approximate (近日), where it stands."""
    start: str | None
    end: str | None
    approximate: bool
    offset: int     # of the expression in the text searched
    length: int
    relative: bool = False   # 昨天, 今日: a day counted from the report's date


def is_bound(text: str, span: DateSpan) -> bool:
    """Whether the date of span bounds a period (截至6月30日, 7月31日前, 自7月1日起) rather than dates a happening."""
    part = PART_OF_MONTH.match(text, span.offset) is not None   # 3月中旬至今: a period too
    return (not span.approximate or part) and bool(BOUND_BEFORE.search(text, 0, span.offset)
                                         or PLANNED_CLAUSE.search(text, 0, span.offset)
                                         or AHEAD_BEFORE.search(text, 0, span.offset)
                                         or PLANNED_RUN.search(text, 0, span.offset)
                                         or AHEAD_AFTER.match(text, span.offset + span.length)
                                         or BOUND_AFTER.match(text, span.offset + span.length)
                                         or LEARNT_AFTER.match(text, span.offset + span.length)
                                         or SINCE_BEFORE.search(text, 0, span.offset)
                                         and STARTS_AFTER.match(text, span.offset + span.length)
                                         or DATELINE_AFTER.match(text, span.offset + span.length)
                                         or is_byline_day(text, span))


def is_byline_day(text: str, span: DateSpan) -> bool:
    """Whether a date opening the text is the day of a byline, another day of the happening after it (5月6日（沈某）
    5月5日，…: reported on the 6th, held on the 5th).

    >>> is_byline_day("5月6日 ( 沈某 ) 5月5日,市政协召开会议", find_span("5月6日 ( 沈某 ) 5月5日,", 2022, None))
    True
    """
    return not text[:span.offset].strip() and BYLINE_THEN_DATE.match(text, span.offset + span.length) is not None


def page_date(text: str) -> str | None:
    """The first full date of a masthead or page header, as ISO: 2021年6月15日, 发布时间：2024-05-30 10:21, 13.02.2015.

    >>> page_date("发布时间：2024-5-30 10:21  来源：县政协"), page_date("www.x.cn/9328-04-20 日期：2024年5月30日")
    ('2024-05-30', '2024-05-30')
    """
    # a page saved with its address: the date its own lines give goes first
    return first_full_date(WEB_ADDRESS.sub(" ", text)) or first_full_date(text)


# the date a page is signed with on its last lines: 2023年6月2日, （县政协办公室 2023年6月2日）
SIGNATURE = re.compile(r"^\s*[(（]?[^\d，,。；;：:()（）\n]{0,20}?\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[)）]?\s*$")
SIGNATURE_LINES = 2   # the last lines a signature stands on


def signature_date(text: str) -> str | None:
    """The date a page is signed with on one of its last lines, as ISO, or None.

    >>> signature_date("县政协开展视察。\\n（县政协办公室 2023年6月2日）\\n"), signature_date("6月2日，县政协视察。")
    ('2023-06-02', None)
    """
    lines = [line for line in text.splitlines() if line.strip()][-SIGNATURE_LINES:]
    found = next((m for line in reversed(lines) if (m := SIGNATURE.match(line))), None)
    return first_full_date(found.group(1)) if found else None


def first_full_date(text: str) -> str | None:
    """The first full date of text, as ISO (page_date without preferring any line); digits that make no date (a
    link's 9328-04-20) give way to the next date.

    >>> first_full_date("http://example.cn/2013-10-29/1.html")
    '2013-10-29'
    """
    found = sorted((m for p in (FULL_DATE, NUMERIC_DATE, SPACED_DATE, DAY_FIRST_DATE) for m in p.finditer(text)),
                   key=lambda m: m.start())
    return next((day for m in found if (day := _matched_date(m))), None)


def _matched_date(m: re.Match) -> str | None:
    if m.re is DAY_FIRST_DATE:
        return iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def find_happening(text: str, year: int | None, issue: str | None, cited=None) -> DateSpan | None:
    """The first date expression in text that dates a happening: bounds of a period are passed over, and so are dates
    cited(text, span) tells are only cited (kg/event_citations.py: 传达学习了3月5日全国两会精神)."""
    at = 0
    while True:
        span = find_span(text, year, issue, at)
        if span is None or not (is_bound(text, span) or cited and cited(text, span)):
            return span
        # 据新华社北京2月27日电 …今天在京开幕。会议决定：…于3月3日召开: the dateline's and the planned days are
        # passed over, and 今天 before the planned one is the day told
        told = RELATIVE_DAY.search(text, at, span.offset)
        told = relative_span(text, told.start(), issue) if told else None
        if told and not is_bound(text, told):
            return told
        at = span.offset + span.length


def opening_day(text: str, pos: int, issue: str | None, found: tuple) -> DateSpan | None:
    """The span of a day alone of the issue's month opening a clause before any month's day (found: the matches of
    month-day expressions from pos), else None: 12日，…传达学习11月27日…精神 happened on the 12th.

    >>> opening_day("12日，传达学习11月27日会议精神", 0, "2023-12-12", (MONTH_DAY.search("12日，传达学习11月27日"),)).start
    '2023-12-12'
    """
    first = min((x.start() for x in found if x), default=len(text))
    opening = OPENING_DAY.search(text, pos, first) if issue else None
    return relative_span(text, opening.start(), issue) if opening else None


def find_span(text: str, year: int | None, issue: str | None, pos: int = 0) -> DateSpan | None:
    """The first date expression in text (from pos), resolved; None when there is none or its year is unknown."""
    m = RANGE.search(text, pos)
    single = MONTH_DAY.search(text, pos)
    part = PART_OF_MONTH.search(text, pos)
    opening = opening_day(text, pos, issue, (m, single, part))
    if opening:
        return opening
    if part and all(not x or part.start() < x.start() for x in (m, single)):
        return part_of_month_span(part, year, issue)
    days = MONTH_DAYS.search(text, pos)
    if days and all(not x or days.start() < x.start() for x in (m, single)):
        return month_days_span(days, year, issue)
    if m and (not single or m.start() <= single.start()):
        return range_span(text, m, year, issue)
    if single:
        y = int(single.group(1)) if single.group(1) else infer_year(int(single.group(2)), year, issue, int(single.group(3)))
        if y is None:
            return None
        start = iso(y, int(single.group(2)), int(single.group(3)))
        end, stop = listed_days_end(text, single.end(), start)
        return DateSpan(start, end, False, single.start(), stop - single.start())
    return relative_span(text, pos, issue)


def range_span(text: str, m: re.Match, year: int | None, issue: str | None) -> DateSpan | None:
    """A RANGE match resolved (5月31日至6月4日), with the days listed after it; one across the new year
    (12月28日至1月3日) on a page of a year without its date ends in that year, since it is reported after.

    >>> range_span("12月28日至1月3日，走访委员", RANGE.search("12月28日至1月3日"), 2024, None).start
    '2023-12-28'
    """
    m2 = int(m.group(5)) if m.group(5) else int(m.group(2))
    y1 = int(m.group(1)) if m.group(1) else infer_year(int(m.group(2)), year, issue, int(m.group(3)))
    if y1 is None:
        return None
    if m2 < int(m.group(2)) and not (m.group(1) or m.group(4) or issue):
        y1 -= 1
    start = iso(y1, int(m.group(2)), int(m.group(3)))
    y2 = int(m.group(4)) if m.group(4) else (y1 + 1 if m2 < int(m.group(2)) else y1)
    end, stop = days_after_range(text, m.end(), iso(y2, m2, int(m.group(6))))
    return DateSpan(start, end, False, m.start(), stop - m.start())


def month_days_span(m: re.Match, year: int | None, issue: str | None) -> DateSpan | None:
    """6月11、12日: from the first day to the last when each follows the one before, else the first day alone.

    >>> span = month_days_span(MONTH_DAYS.search("6月11、12日，市政协调研组赴某县调研"), 2023, "2023-07-20")
    >>> span.start, span.end
    ('2023-06-11', '2023-06-12')
    """
    days = [int(m.group(3))] + [int(d) for d in re.findall(r"\d{1,2}", m.group(4))]
    y = int(m.group(1)) if m.group(1) else infer_year(int(m.group(2)), year, issue, days[0])
    if y is None:
        return None
    following = all(b == a + 1 for a, b in zip(days, days[1:]))
    end = iso(y, int(m.group(2)), days[-1]) if following else None
    return DateSpan(iso(y, int(m.group(2)), days[0]), end, False, m.start(), m.end() - m.start())


def part_of_month_span(m: re.Match, year: int | None, issue: str | None) -> DateSpan | None:
    """5月上旬: approximately the part's first day (5月1日, 11日, 21日), in the bulletin's year.

    >>> part_of_month_span(PART_OF_MONTH.search("5月中旬，县政协组织视察"), 2023, "2023-06-02").start
    '2023-05-11'
    """
    day = PART_FIRST_DAY[m.group(3)]
    y = int(m.group(1)) if m.group(1) else infer_year(int(m.group(2)), year, issue, day)
    return DateSpan(iso(y, int(m.group(2)), day), None, True, m.start(), m.end() - m.start()) if y else None


def duration_days(m: re.Match) -> int:
    """The calendar days a DURATION (or THIS_DURATION) match tells of: 会期五天半 runs into a sixth day.

    >>> duration_days(DURATION.search("会期五天半")), duration_days(DURATION.search("为期3天"))
    (6, 3)
    """
    return (DURATION_DAYS.get(m.group(1)) or int(m.group(1))) + (1 if m.group(2) else 0)


def with_duration(text: str, span: DateSpan) -> DateSpan:
    """A one-day span whose clause tells how many days the happening lasts (20日上午，为期两天的常委会议开幕) ends
    that many days on.

    >>> with_duration("20日，为期两天的常委会议开幕", DateSpan("2012-06-20", None, False, 0, 3, True)).end
    '2012-06-21'
    """
    after = span.offset + span.length
    m = DURATION.search(text, after, min(len(text), after + DURATION_WITHIN))
    if m is None or span.end or not span.start or span.approximate or CLOSING.search(text, m.end()):
        return span
    days = duration_days(m)
    end = (date.fromisoformat(span.start) + timedelta(days=days - 1)).isoformat()
    return DateSpan(span.start, end if days > 1 else None, False, span.offset, span.length, span.relative)


def told_end(text: str, start: str) -> str | None:
    """The last day of a happening that began on start, when a later sentence (text) tells how many days this one
    lasts (本次培训班为期六天), unless it tells of its close (…为期三天的培训班今天结业).

    >>> told_end("据悉，本次培训班为期六天，采取专题讲授的方式。", "2023-05-29")
    '2023-06-03'
    """
    m = THIS_DURATION.search(text)
    if m is None or CLOSING.search(text):
        return None
    days = duration_days(m)
    return (date.fromisoformat(start) + timedelta(days=days - 1)).isoformat() if days > 1 else None


def within(span: DateSpan, period: DateSpan) -> bool:
    """span is one day of a period of several days told before (14日 of 12月14日至15日)."""
    return bool(period.end and span.start and not span.end and period.start <= span.start <= period.end)


def same_span(span: DateSpan, told: DateSpan) -> bool:
    """The same period of days told again (a caption's lead, then the item's: 7月26—27日 twice); one day told
    twice may be two happenings of a list (1月20日，…会议。1月20日，…扩大会议).

    >>> same_span(DateSpan("2018-07-26", "2018-07-27", False, 0, 6), DateSpan("2018-07-26", "2018-07-27", False, 0, 6))
    True
    """
    return bool(span.start and span.end and not span.approximate and (span.start, span.end) == (told.start, told.end))


def period_lead(text: str) -> re.Match | None:
    """The period of months a sentence opens with (3月中旬至今，…; 5月以来，…), after its lead-in and a short clause at
    most (笔者注意到，).

    >>> period_lead("记者注意到，3月中旬至今，已有多个调研组下乡。").group()
    '3月中旬至今'
    """
    start = lead_in_end(text)
    comma = CLAUSE_BOUNDARY.search(text, start, start + LEAD_CLAUSE_MAX)
    return PERIOD_LEAD.match(text, start) or (PERIOD_LEAD.match(text, comma.end()) if comma else None)


def day_of_issue_month(issue: date, day: int) -> date | None:
    """28日 in a report of 2024-05-30 is 2024-05-28; 31日 in one of 2024-06-02 is of the month before."""
    month = issue.replace(day=1) if day <= issue.day else (issue.replace(day=1) - timedelta(days=1)).replace(day=1)
    try:
        return month.replace(day=day)
    except ValueError:
        return None


def relative_span(text: str, pos: int, issue: str | None) -> DateSpan | None:
    """The first day named from the report's date: 昨天, 28日 (a day alone, of the issue's month), 近日 (only
    approximately the issue's date)."""
    found = [m for m in (RELATIVE_DAY.search(text, pos), DAY_ALONE.search(text, pos), APPROXIMATE.search(text, pos)) if m]
    if not issue or not found:
        return None
    m = min(found, key=lambda m: m.start())
    if m.re is APPROXIMATE:
        return DateSpan(issue, None, True, m.start(), m.end() - m.start())
    reported = date.fromisoformat(issue)
    if m.re is RELATIVE_DAY:   # (a bare 周一 that is no day, 周一鸣, gives way to the next)
        return named_day_span(text, m, reported) or relative_span(text, m.end(), issue)
    day = day_of_issue_month(reported, int(m.group(1)))
    end = DAY_RANGE_END.match(text, m.end())
    last = iso(day.year, day.month, int(end.group(1))) if day and end and int(end.group(1)) > day.day else None
    stop = end.end() if last else m.end()
    if day and not last:
        last, stop = listed_days_end(text, m.end(), day.isoformat())
    return DateSpan(day.isoformat(), last, False, m.start(), stop - m.start(), True) if day else None


def named_day_span(text: str, m: re.Match, reported: date) -> DateSpan | None:
    """The span of a RELATIVE_DAY match (昨天, 本周一, 上月28日) in a report of the day reported; a day of a month
    may end a period (上月28日至30日).

    >>> named_day_span("上月28日至30日，调研组赴某县", RELATIVE_DAY.search("上月28日至30日"), date(2024, 6, 14)).end
    '2024-05-30'
    """
    day = relative_day(m, reported)
    if day is None:
        return None
    end = DAY_RANGE_END.match(text, m.end()) if m.group("mday") else None
    last = _day_in(day, int(end.group(1))) if end and int(end.group(1)) > day.day else None
    stop = end.end() if last else m.end()
    return DateSpan(day.isoformat(), last.isoformat() if last else None, False, m.start(), stop - m.start(), True)


def days_after_range(text: str, at: int, end: str) -> tuple[str, int]:
    """(the last day, where its expression ends) of a range and the days listed after it (12月5日至7日、10日: one
    happening, on and off, to the 10th); a day listed after a range goes on with it, at most TOLD_DAYS_AFTER days on.

    >>> days_after_range("12月5日至7日、10日，市政协赴某市考察", 8, "2024-12-07")
    ('2024-12-10', 12)
    """
    last, stop = end, at
    while (m := LISTED_DAY.match(text, stop)) is not None:
        before = date.fromisoformat(last)
        month = int(m.group(1)) if m.group(1) else before.month
        try:
            day = before.replace(month=month, day=int(m.group(2)))
        except ValueError:
            break
        if not 0 < (day - before).days <= TOLD_DAYS_AFTER:
            break
        last, stop = day.isoformat(), m.end()
    return last, stop


def listed_days_end(text: str, at: int, start: str | None) -> tuple[str | None, int]:
    """(the last day, where its expression ends) of days listed one after another after the day start (7月31日、8月1日:
    a happening of two days); (None, at) when no next day follows (3月5日、3月20日 are two happenings' days).

    >>> listed_days_end("6月11日、12日，市政协调研组赴某县调研", 5, "2023-06-11")
    ('2023-06-12', 9)
    """
    last, stop = None, at
    while start:
        m = LISTED_DAY.match(text, stop)
        day = date.fromisoformat(last or start) + timedelta(days=1)
        if m is None or int(m.group(2)) != day.day or (m.group(1) and int(m.group(1)) != day.month):
            break
        last, stop = day.isoformat(), m.end()
    return last, stop


def report_day(dateline: re.Match | None, issue: str | None, year: int | None = None) -> str | None:
    """The day a dateline dates its report (湖南日报1月12日讯 on a page published 2016-01-13), in the issue's year
    (the year before for a December dateline on a January page), or in the page's year when it gives no issue date
    (year); else the issue's date. 今天, 昨天 and a day alone (15日下午) count from it.

    >>> report_day(DATELINE.match("南充日报1月12日讯（记者 赵明）今天上午，…"), "2016-01-13")
    '2016-01-12'
    >>> report_day(DATELINE.match("新华社北京12月15日电 某某15日下午主持…"), None, 2017)
    '2017-12-15'
    """
    if dateline is None or not dateline.group("month") or not (issue or year):
        return issue
    month, day = int(dateline.group("month")), int(dateline.group("day"))
    if not issue:
        return iso(year, month, day)
    return iso(infer_year(month, int(issue[:4]), issue, day), month, day) or issue


def day_of_told(text: str, span: DateSpan, told: DateSpan | None) -> DateSpan:
    """A day without its month (6日上午，…) after a date told before in the item (told) is of that date's month, or
    of the next (not of the issue's month, which may be later): the first such day on or after told's start, when it
    falls within told's days or a few days after them (else, an entry of a list out of order, the issue's month).

    >>> day_of_told("6日上午，调研组召开座谈会", DateSpan("2023-10-06", None, False, 0, 2, True),
    ...             DateSpan("2023-08-05", "2023-08-07", False, 0, 9)).start
    '2023-08-06'
    """
    same_month = told_month_day(text, span, told)
    if same_month:
        return same_month
    m = DAY_ALONE.match(text, span.offset)
    if not (span.relative and m and told and told.start and not told.approximate) \
            or text[max(0, span.offset - 1):span.offset] in ("昨", "今", "前"):
        return span
    first = date.fromisoformat(told.start)
    day = _day_in(first, int(m.group(1)))
    if day is None or day < first:
        day = _day_in((first.replace(day=1) + timedelta(days=31)).replace(day=1), int(m.group(1)))
    if day is None or day > date.fromisoformat(told.end or told.start) + timedelta(days=TOLD_DAYS_AFTER):
        return span
    end = DAY_RANGE_END.match(text, m.end())
    last = _day_in(day, int(end.group(1))) if end and int(end.group(1)) > day.day else None
    if last is None and span.end and not end:   # 11日、12日: the days listed keep their distance
        last = day + (date.fromisoformat(span.end) - date.fromisoformat(span.start))
    return DateSpan(day.isoformat(), last.isoformat() if last else None, False, span.offset, span.length, True)


def told_month_day(text: str, span: DateSpan, told: DateSpan | None) -> DateSpan | None:
    """A day of 当月 (当月20日) after a date told before in the item: of that date's month (without one, of the
    report's month: kg/relative_days.py); None for any other span.

    >>> told_month_day("当月20日，调研组再赴某县", DateSpan("2024-06-20", None, False, 0, 5, True),
    ...                DateSpan("2024-03-05", None, False, 0, 4)).start
    '2024-03-20'
    """
    m = SAME_MONTH_DAY.match(text, span.offset)
    if not (m and told and told.start and not told.approximate):
        return None
    day = _day_in(date.fromisoformat(told.start), int(m.group(1)))
    return DateSpan(day.isoformat(), None, False, span.offset, span.length, True) if day else None


def _day_in(month: date, day: int) -> date | None:
    """That day of month's month, None when the month has no such day."""
    try:
        return month.replace(day=day)
    except ValueError:
        return None


def day_after_told(text: str, at: int, told: DateSpan) -> DateSpan | None:
    """The day a sentence starting (at `at`) with 当天/同日/次日 tells of: counted from the day told before; 下午，…
    after one day told is of that day.

    >>> day_after_told("次日，调研组赴A县。", 0, DateSpan("2023-05-05", None, False, 0, 5)).start
    '2023-05-06'
    """
    m = SAME_DAY.match(text, at) or (None if told.end else DAY_PART.match(text, at))
    if m is None or not told.start:
        return None
    day = date.fromisoformat(told.end or told.start) if m.group() in SAME_DAY_OFFSET else date.fromisoformat(told.start)
    day += timedelta(days=SAME_DAY_OFFSET.get(m.group(), 0))
    return DateSpan(day.isoformat(), None, told.approximate, m.start(), m.end() - m.start(), True)


def resolve_span(text: str, year: int | None, issue: str | None) -> tuple[str | None, str | None, bool] | None:
    """(start, end, approximate) for the first date expression in text; None when there is none."""
    span = find_span(text, year, issue)
    return (span.start, span.end, span.approximate) if span else None


CLAUSE_END = re.compile(r"[，,；;：:]")
PLANNED = re.compile(r"将|拟|计划|准备|定于")   # …将举行…: a happening still to come, on no dateline's day
# …在京隆重举行中秋联谊会, …座谈会在京召开: a happening the dateline's lead tells was held (not 委员建议加强调研: words)
HELD = re.compile(r"举行|召开|举办|开幕|闭幕|开班|结业")


def dateline_day(text: str, lead_in: int, kind_at: int, year: int | None, issue: str | None) -> DateSpan | None:
    """The day of a sentence's dateline (本报北京9月17日电) as the day of what it reports, when its own words (from
    lead_in) name no day and the clause of its kind word (at kind_at) tells it was held, with no plan: …全国政协在京
    隆重举行中秋联谊会 that day; not …将于3月3日开幕 (a day of its own), …将举行… (still to come), 委员建议加强调研.

    >>> dateline_day("本报北京9月17日电 全国政协在京隆重举行中秋联谊会。", 11, 24, 2005, "2005-09-18").start
    '2005-09-17'
    """
    dateline = opening_dateline(text)
    if dateline is None or not dateline.group("month") or find_span(text, year, issue, lead_in) is not None:
        return None
    start = max((m.end() for m in CLAUSE_END.finditer(text, lead_in, kind_at)), default=lead_in)
    end = next((m.start() for m in CLAUSE_END.finditer(text, kind_at)), len(text))
    day = report_day(dateline, issue, year)
    held = HELD.search(text, start, end) and not PLANNED.search(text, start, kind_at)
    return DateSpan(day, None, False, lead_in, 0) if held and day else None


def planned_days(text: str, year: int | None, issue: str | None) -> set[str]:
    """The days text names as bounds or plans, no happening (将于3月3日…开幕, 截至6月30日).

    >>> sorted(planned_days("会议将于3月3日下午开幕，截至3月1日已报到。", 2013, "2013-03-02"))
    ['2013-03-01', '2013-03-03']
    """
    days, span = set(), find_span(text, year, issue)
    while span is not None:
        if span.start and is_bound(text, span):
            days.add(span.start)
        span = find_span(text, year, issue, span.offset + max(span.length, 1))
    return days
