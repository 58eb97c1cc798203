"""Who took part in an event, and the part each played, from the sentences that tell of it.

The word after a name, or after the list of names it stands in (event_roles.tsv), gives the part: 主持 chair,
带队/带领/一行 leader, 讲授/讲话 speaker, 出席/参加/陪同 participant; the person the opening sentence starts with (right
after its date) led it; everyone else named took part. Reporters (bylines, credits closing an item, lines of
credits) and persons only cited (…讲话精神, national figures of the lexicon named without a role word) are left out.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg import dates
from kg.document import Event, PersonMention
from kg.lexicon import alternation, byline_bracket, byline_pattern, lexicon, rows

# 今天（1月24日）晚上，某某…; 1月15日，…开幕会后，某某与…座谈: a clause of when, then the subject
SUBJECT_GAP = re.compile(r"^[\s，,、上午下午晚上中旬期间)）]*(?:[^，,。；;]{2,24}?(?:前|后|期间|之际)[，,]\s*)?$")
LIST_JOIN = re.compile(r"^[、和及与]$")
RECEIVED = re.compile(r"会见|接见|看望|欢迎|接待")
# a person whose words are studied or whose instructions are told (传达学习市委书记某某在…研讨班上的讲话精神, 某某关于…的讲话,
# 统一到某某书记的指示要求上来) is cited, not present
CITED = re.compile(r"\s*(?:(?:在|关于|对)[^，,。；;]{0,40}?|[\u4e00-\u9fff]{0,4}?)的(?:重要)?(?:讲话|指示|批示|贺信|论述)"
                   r"|\s*(?:同志)?(?:重要)?(?:讲话|指示|批示)精神"
                   # …书记第一时间对…作出批示, …主席指示抓紧…: instructions given, not a presence at the meeting
                   r"|\s*[\u4e00-\u9fff]{0,4}?(?:第一时间)?对[^，,。；;]{0,30}?作出(?:重要)?(?:批示|指示)"
                   r"|\s*(?:主席|书记|同志)指示"
                   # 受市委书记某某委托，…讲话: who sent the speaker, not present
                   r"|\s*(?:同志)?(?:的)?委托")
# a credit closing an item, (谭富文), （陈卓 张译丹）, □黄和芳: who wrote it, not who took part
CREDIT = re.compile(r"(?:[(（][\u4e00-\u9fff·・•\s、，,]{2,20}[)）]|[□■][\u4e00-\u9fff·・•\s]{2,12})\s*$")
# 黎渥恩考察组一行, 张某调研组一行: the group a person leads stands between the name and 一行
# (not 宋某等宴请考察团一行, 某某会见调研组一行: the host of the group, not its leader)
GROUP_OF = re.compile(r"(?!宴请|会见|接见|看望|欢迎|接待|陪同|慰问)[\u4e00-\u9fff]{0,4}?(?:考察|调研|视察|督导|检查|督查)(?:组|团)")
# 某某还主持召开…, 郑某、林某分别带队…: an adverb between the names and the word of their part
ROLE_ADVERB = re.compile(r"(?:还|又|也|分别|亲自|先后)*")
CREDIT_JOIN = re.compile(r"[\s、]*")   # between the names of one credit
# 中新社发 廖某 摄: who took the photo, no participant; 刘某 报道 closing its line: who reported
PHOTO_BY = re.compile(r"\s*(?:(?:摄影?|供图)(?![制像])|报道\s*$)", re.M)
STUDIED = re.compile(r"(?<!委员)(?:学习|讨论|传达|领会)了?$")   # 学习讨论某某书记讲话: the name is what was studied (not 委员学习联络委)
NAMES_A_ROOM = re.compile(r"(?:政协)?(?:委员)?(?:工作室|工作站|之家)")   # 王某委员工作室, 张某政协委员工作站: a name of a room
# 在大会上，某某总书记高度评价…: who opens the clause that tells what was said at the meeting spoke there, a national
# figure too (not 会上传达了某某的讲话: what was studied)
AT_THE_MEETING = re.compile(r"在?(?:大会|会议|会)上[，,]\s*")   # not 在中央政协工作会议上，某某强调: a meeting cited
ROLE_RANK = {"chair": 0, "leader": 1, "speaker": 2, "participant": 3}


@lru_cache(maxsize=1)
def person_cues() -> dict:
    """The lexicon's words for the parts persons play (event_roles.tsv) and for who reported an item
    (byline_words.txt), compiled once."""
    roles = dict(rows("event_roles.tsv"))
    byline = byline_pattern()
    return {
        "roles": roles,
        "role_pattern": alternation(roles),
        # a name right after a byline word (记者 张某, 日报记者/张某), or anywhere in a bracketed byline (记者 张某、李某),
        # is a reporter's
        "byline": re.compile(f"(?:{byline.pattern})\\s*[:：/]?\\s*$"),
        "byline_bracket": byline_bracket(),
        # a line of credits: 全媒体记者：王某 陶某, 编辑：付某 熊某 (every name on it)
        "credit_line": re.compile(f"\\s*[\u4e00-\u9fff]{{0,4}}?(?:{byline.pattern})\\s*[:：]"),
    }


class EventPersons:
    """The persons part of the event reader (kg/stages/events.py): it reads self.text, self.doc,
    self.persons_by_sentence and self.limit(sentence) of the reader."""

    def role_after(self, mention: PersonMention, mentions: list[PersonMention], sentence_end: int) -> str | None:
        """The role word after the name, or after the list of names it stands in (张红、景沁主持)."""
        end = mention.end
        while True:
            nxt = next((m for m in mentions if end < m.start <= end + 1 and LIST_JOIN.match(self.text[end:m.start])), None)
            if nxt is None:
                break
            end = nxt.end
        tail = self.text[end:sentence_end].lstrip().removeprefix("同志").removeprefix("等")
        title = lexicon().title_pattern.match(tail)   # 王某副主席率…, 张某主任主持: a title after the name
        tail = tail[title.end() if title else 0:]
        tail = tail[ROLE_ADVERB.match(tail).end():]
        group = GROUP_OF.match(tail)
        m = person_cues()["role_pattern"].match(tail) or (group and person_cues()["role_pattern"].match(tail, group.end()))
        return person_cues()["roles"][m.group()] if m else None

    def no_part(self, si: int, mention: PersonMention, credits: list[tuple[int, int]]) -> bool:
        """Whether a mention names no one who took part, whatever word follows it: a reporter (within credits),
        whose words are studied (学习讨论某某书记讲话), a room named after a member (王某委员工作室)."""
        return any(a <= mention.start < b for a, b in credits) or self.is_studied(si, mention) \
            or NAMES_A_ROOM.match(self.text, mention.end) is not None

    def is_studied(self, si: int, mention: PersonMention) -> bool:
        """Whether a name (with its title) is the object of a study verb (学习讨论某某书记讲话), not the 学习 of a body's
        name before a title (政协学习联络委主任某某)."""
        begin = mention.title_start if 0 <= mention.title_start < mention.start else mention.start
        in_body = any(o.start < begin <= o.end for o in self.orgs_by_sentence.get(si, []))
        return not in_body and STUDIED.search(self.text, max(0, begin - 6), begin) is not None

    def is_subject(self, mention: PersonMention, date_start: int, date_end: int) -> bool:
        """The person the dated clause is about: named right after the date, or right before it (汪洋主席5月…)."""
        begin = mention.title_start if 0 <= mention.title_start < mention.start else mention.start
        if begin >= date_end and SUBJECT_GAP.match(self.text[date_end:begin]):
            return True
        gap = self.text[mention.end:date_start]
        return mention.end <= date_start and (not gap.strip() or bool(lexicon().title_pattern.fullmatch(gap.strip())))

    def speaks_at_meeting(self, si: int, mention: PersonMention) -> bool:
        """Whether a person (with the title before the name) opens a clause right after 在大会上，/会上，: the one who
        spoke at it (在大会上，某某总书记高度评价…), unless what follows the name cites words (会上，某某的讲话…)."""
        begin = mention.title_start if 0 <= mention.title_start < mention.start else mention.start
        lead = self.text[self.doc.clause_start(si, max(begin - 1, 0)):begin]
        return AT_THE_MEETING.fullmatch(lead.lstrip()) is not None and CITED.match(self.text, mention.end) is None

    def credits(self, si: int, end: int) -> list[tuple[int, int]]:
        """Spans of a sentence (up to end) whose names are of who reported or wrote it, no participant: after a
        byline word (记者 张某), in a bracketed byline, a credit closing the item ((张某), □李某), a line of credits."""
        start = self.doc.sentences[si].start
        spans = [b.span() for b in person_cues()["byline_bracket"].finditer(self.text, start, end)]
        spans += [c.span() for c in CREDIT.finditer(self.text, start, end)]
        spans += [b for m in dates.DATELINE.finditer(self.text, start, end) if (b := dates.dateline_bracket(m))]
        spans += [(start, end)] if person_cues()["credit_line"].match(self.text, start) else []
        after_word = []
        for m in sorted(self.persons_by_sentence.get(si, []), key=lambda m: m.start):
            # 责编：黄某 周某: a name right after a credited one (spaces or 、 between) is credited too
            follows = after_word and CREDIT_JOIN.fullmatch(self.text[after_word[-1][1]:m.start])
            if follows or person_cues()["byline"].search(self.text[max(0, m.start - 6):m.start]) \
                    or PHOTO_BY.match(self.text, m.end):
                after_word.append((m.start, m.end))
        return spans + after_word

    def read_persons(self, event: Event, scope: list[int], date_start: int, date_end: int) -> None:
        """The persons the scope's sentences name and their parts, each keeping its highest (chair over leader over
        speaker over participant); reporters, credits and persons only cited are left out."""
        for si in scope:
            end = self.limit(si)
            mentions = [m for m in self.persons_by_sentence.get(si, []) if m.start < end]
            credits = self.credits(si, end)
            for m in mentions:
                if self.no_part(si, m, credits):
                    continue
                role = self.role_after(m, mentions, end)
                if role == "leader" and RECEIVED.search(self.text, self.doc.clause_start(si, m.start), m.start):
                    role = "participant"   # 市长张锐会见了考察团一行 / 会见了林志明一行: the guest, not the host
                if role is None and si == event.sentence and self.is_subject(m, date_start, date_end):
                    role = "leader"
                if role is None and self.speaks_at_meeting(si, m):
                    role = "speaker"
                if role is None and (m.evidence == "lexicon" or m.name in lexicon().famous_persons
                                     or CITED.match(self.text, m.end)):
                    continue   # a national figure, or anyone whose words are studied, cited (…讲话精神), not present
                role = role or "participant"
                old = event.persons.get(m.name)
                if old is None or ROLE_RANK[role] < ROLE_RANK[old]:
                    event.persons[m.name] = role
