"""The organizations an event names as organizers, and the bodies and places it visited, from the sentences that
tell of it (the visits part of the event reader, kg/stages/events.py).

- organizers: the body named between the date and the kind word of the opening sentence (市政协组织…调研);
- visited: organizations and places that follow a visit word (赴, 来到, 走访, 实地查看..., visit_cues.txt) in their
  clause, or stand where the event was held (在某某公司调研), between 对 and 进行调研, after 到 before 调研.
"""
from __future__ import annotations

import re

from kg import kinds
from kg.document import CLAUSE_BOUNDARY, Event
from kg.lexicon import visit_pattern
from kg.names import common_words
from kg.orgnames import zone
from kg.places import gazetteer

VISIT_GAP = re.compile(r"^(?:[了先后分别又再一起共同实地等到达]{0,4}|[、和及与]|[,，]?、?以及|[,，]|\s)?(?:[我本][市县区旗州盟省])?"
                       r"(?:[^、，,。；;：:\s]{2,24}?(?:、|和|及|与|以及))*"   # …、合作社（not known）和B公司: the list goes on
                       r"(?:位于[^，,。；;]{2,12}的|[^、，,。；;：:\s]{2,12}的|[^，,。；;]{0,24}?(?:——|--|—)|[^、，,。；;：:\s]{0,8}(?:企业|单位|项目)|[^、，,。；;：:\s]{1,6}(?:镇|乡|街道)|“[^“”]{1,10}”[^、，,。；;：:\s“”]{0,6})?$")
# (对我县A公司, 到我省某市A卫生院: the place the text speaks of, before the body; “两湖”创新区规划展示馆: a quoted part of a name the organizations found without it;
# 深入到A公司: 到 after the visit word (调研组到达A公司: 达 after the cue 调研组到); 玉溪市的A, 委员企业——A, 所联系的重点项目建设企业--A, 会员企业A, 副会长单位A, 石龙镇A: a qualifier or the town the body
# stands in)
VENUE_VERB = re.compile(r"(?:隆重)?(?:举办|举行|召开|开展)|(?:实地)?(?:调研|考察|视察)")   # 在某某馆举办, 在某某公司调研: where it was held
AT_VENUE = re.compile(r"在(?:[^，,。；;在]{1,8}的)?$")   # 在某某馆, 在新建成的某某馆 (what kind of place it is)
TO_VISIT = re.compile(r"(?<![得受达做感想看听遇找提说谈收接报迎])到(?=[^，,。；;]{2,40}?(?:走访|调研|考察|视察|看望|慰问"
                      r"|(?:开展|参加)[^，,。；;]{0,16}?活动)"
                      r"|[^，,。；;]{2,12}[，,][^，,。；;]{0,30}?(?:走访|调研|考察|视察))")
# (到A公司和B公司走访调研, 到滁州，深入企业调研, 到A馆开展主题党日活动, 到A法院参加公众开放日活动, 到A学校看望教师:
# where they went; not the 到 of 得到, 受到, 报到)
# 来我省考察调研的全国政协副主席某某: the visit words describe a guest, what follows them was not visited
DESCRIBES = re.compile(r"(?:调研|考察|视察|参观|走访|学习|交流)*的")
# 某某调研A公司: the body investigated right after the word (a visit word of events only: the lists of companies,
# kg/orglists.py, read 来到A公司调研民营经济 as A's visit, not as a list after 调研)
INVESTIGATES = re.compile(r"调研(?![组团员课报成])")
# 对A公司、B集团进行了调研: what was investigated, named between 对 and the investigation word (a list of eight
# projects and what they are, 对A、B…和H等8个重大科技项目进行了实地考察, runs long)
TO_INVESTIGATE = re.compile(r"(?<![面针相绝])对(?=[^，,。；;]{2,90}?进行了?(?:实地|专题)?(?:调研|考察|视察|走访))")
# 在X公司、Y公司，座谈交流: where it took place; not 在全国政协的指导和省委的领导下，…: under whose guidance
AT_CLAUSE_START = re.compile(r"(?:^|[，,；;。：:])\s*(?:随后|之后|其后|会前|会后|最后)?(?:在|于)(?:随后|之后)?(?:在|于)?"
                             r"(?![^，,。；;]{0,40}?下[，,])")   # 在随后于某某召开的座谈会上 too
OUR_PLACE = re.compile(r"[我本](?:市|县|区|旗|州|盟)(?![委长])")   # 到我市调研: the place the text speaks of
LIST_GOES_ON = re.compile(r"\s*(?:以及|还有|位于)")   # after a comma: the list of what was visited goes on (…的A，位于某地的B)
# 等处, 等企业, 等地: the word that closes a list of what was visited (not 等方面: what was learnt there)
LIST_CLOSES = re.compile(r"等(?:处|地|企业|单位|点位|场所|项目|公司|基地|园区)\s*$")
# …，E公司、F集团实地考察: a part of a list in parts that ends with the visit word closes it (先后到A馆、B村，C中心、D点，
# E公司、F集团实地考察; …C室等3县区7个乡镇卫生院走访调研)
PART_ENDS_VISIT = re.compile(r"(?:等[^，,。；;]{0,16}?)?(?:进行了?|开展了?)?(?:实地|现场)?(?:考察|调研|走访|视察|参观)(?:调研|考察)?\s*$")
LIST_LEAD = re.compile(r"[了先后分别又再到\s]*")   # what may stand between a visit word and the list it opens (考察了, 先后到)
# …，A公司、B集团实地考察: bodies listed right before the visit word (not 调研组, 考察团: a group named after it)
VISIT_AFTER = re.compile(r"(?:等(?:地|处|企业|单位|场所)?)?(?:进行了?|开展了?)?(?:实地|现场)?"
                         r"(?:考察|调研|走访|视察|参观)(?![组团队员室])"
                         r"|是[^，,。；;]{0,8}?(?:第[一二三四五六七八九十\d]{1,2}|首|最后一)站")   # A公司是调研组的第二站
# 聚新社区, 某某小区: a community or an estate, whose 区 no district's (新社区 of 台中市) ends
# a place's short name that a town's or village's name goes on from (黄山 of 某县黄山头镇): the town, not that place
TOWN_NAME_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:镇|乡|街道|村)")
# 来到全国政协民革、台盟委员联组讨论现场: the committee's sector groups met there, the committee was not visited
SECTOR_GROUPS_OF = re.compile(r"[^，,。；;]{0,12}?(?:联组|界别组)")
# 在群众团体、工商联讨论组，…: the session's discussion group named after a body (any body), the body not visited
DISCUSSION_GROUP = re.compile(r"(?:界别)?(?:讨论组|小组讨论|联组)")
# 来到推介会A大学科技成果展区: a body's stand at a fair, the body not visited (not 展厅, a showroom the body keeps)
STAND_OF = re.compile(r"[^，,。；;、]{0,6}?(?:展区|展位|展台)")
ZONE_TOWN = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道|村|社区)(?![委长])")   # 某开发区红色村: a village in the zone
NOT_DISTRICT_END = ("社区", "小区", "园区", "景区", "街区", "片区", "校区", "厂区", "库区", "营区")
PROJECT_OF = re.compile(r"的?(?:民生)?(?:实事|重点|重大)?(?:项目|工程)|的?(?:帮扶|联系|示范)点")
# a body's projects or the places it aids (民进中央帮扶点), not the body
# 调研县政协工作: what a committee or a government does, the subject of the visit, not a body visited on site
WORK_OF = re.compile(r"的?(?:工作|履职)")
# 在省政协会议室接见…, 在市政府礼堂召开…: a room or hall of the body, where the guest sat or the meeting was held, no visit
ROOM_OF = re.compile(r"(?:机关)?(?:\d{1,2}楼|[一二三四五六七八九十]{1,2}楼)?(?:[大小]?会议室|会议中心|会议厅|议事厅|多功能厅|礼堂|报告厅|会客室|接待室)")


class EventVisits:
    """The organizations and places part of the event reader: it reads self.text, self.doc, self.orgs_by_sentence,
    self.persons_by_sentence and self.limit(sentence) of the reader."""

    def read_organizers(self, event: Event, date_end: int, kind_at: int) -> None:
        """The body named between the opening sentence's date and its kind word (市政协组织…调研), if it organizes."""
        for m in self.orgs_by_sentence.get(event.sentence, []):
            org = self.doc.organizations.get(m.org)
            if org and org.kind in kinds.codes("organization", "organizes") and date_end <= m.start < kind_at \
                    and not visit_pattern().search(self.text[date_end:m.start]) and not self.gone_to(date_end, m.start):
                event.organizers.append(m.org)
                return

    def gone_to(self, start: int, body: int) -> bool:
        """The 到 of a visit (TO_VISIT) stands between start and a body at body: 部分委员到某法院参加…活动 went
        there, the body was visited, it organized nothing."""
        to = self.text.rfind("到", start, body)
        return to >= 0 and TO_VISIT.match(self.text, to, self.limit(self.doc.sentence_at(body))) is not None

    def visited_spans(self, sentence: int) -> list[tuple[int, int]]:
        """Spans of the sentence that name what was visited: from a visit word to the end of its clause, or of
        the list it starts (…自然博物馆，以及昆明市的A、B: a comma before 以及 goes on with the list)."""
        s = self.doc.sentences[sentence]
        text = self.text[s.start:s.end]
        spans = []
        starts = list(visit_pattern().finditer(text)) + list(AT_CLAUSE_START.finditer(text)) \
            + list(TO_VISIT.finditer(text)) + list(TO_INVESTIGATE.finditer(text)) + list(INVESTIGATES.finditer(text))
        # 走访了A公司董事长某某，B集团董事长某某: a comma between a person who closes an item and another body
        # goes on with the list
        bodies = {m.start - s.start for m in self.orgs_by_sentence.get(sentence, [])}
        names = {m.end - s.start for m in self.persons_by_sentence.get(sentence, []) if m.title_start >= 0}
        places = {pm.start - s.start for pm in self.doc.places.find(s.start, s.end) if pm.full}
        for cue in starts:
            begin = cue.end()
            if DESCRIBES.match(text, begin):
                continue
            while begin is not None:
                parts, end = self.list_parts(text, begin, bodies, names, (bodies, places))
                spans += [(s.start + a, s.start + b) for a, b in parts]
                # 调研了A、B情况；C馆、D公司…: a list of what was visited goes on after a semicolon when the next
                # part opens with a body or a place
                after = end.end() + len(text[end.end():]) - len(text[end.end():].lstrip()) if end else None
                begin = after if end and end.group() in ";；" and (after in bodies or after in places) else None
        return spans

    @staticmethod
    def list_parts(text: str, begin: int, bodies: set[int], names: set[int], opening: tuple[set[int], set[int]]) \
            -> tuple[list[tuple[int, int]], re.Match | None]:
        """The parts (spans of text) of the list of what was visited opened at begin, and the boundary that ends it:
        the end of its clause, unless the list goes on past a comma (…自然博物馆，以及昆明市的A; 走访了A公司董事长某某，
        B集团… where a person closes an item and a body (bodies) follows), or a list in parts, each opening with a
        body or a place (opening: the offsets of bodies and of places), parted by commas up to the one that closes it
        (…A馆、B中心，C市D公司、E基地，F公司等处，; …，F公司、G集团实地考察: each part a list of its own), or each part
        after the first opening with a body named with its place (…A县B医院，C市D医院、C市E医院，F县G卫生院，了解…:
        the bodies grouped by place)."""
        end = CLAUSE_BOUNDARY.search(text, begin)
        while end and (LIST_GOES_ON.match(text, end.end())
                       or end.group() in ",，" and end.end() in bodies and end.start() in names):
            end = CLAUSE_BOUNDARY.search(text, end.end())
        parts, closings = [(begin, end.start() if end else len(text))], [end]
        while closings[-1] and closings[-1].group() in ",，" and closings[-1].end() in opening[0] | opening[1] \
                and ("、" in text[slice(*parts[-1])] or EventVisits.closes_list(text, closings[-1].end())
                     or EventVisits.placed_body(closings[-1].end(), opening)):
            part = closings[-1].end()
            closings.append(CLAUSE_BOUNDARY.search(text, part))
            parts.append((part, closings[-1].start() if closings[-1] else len(text)))
            if LIST_CLOSES.search(text, *parts[-1]) or PART_ENDS_VISIT.search(text, *parts[-1]):
                return parts, closings[-1]
        grouped = next((n for n, (a, _) in enumerate(parts) if n and not EventVisits.placed_body(a, opening)), len(parts))
        lead = begin + len(LIST_LEAD.match(text, begin).group())
        if lead not in opening[0] | opening[1]:
            grouped = 1   # 考察团成员表示，某市委…: no list of what was visited opens there
        return parts[:grouped], closings[grouped - 1]

    @staticmethod
    def placed_body(at: int, opening: tuple[set[int], set[int]]) -> bool:
        """A body named with its place opens at `at` (临汾市人民医院; opening: the offsets of bodies and of places)."""
        return at in opening[0] and at in opening[1]

    @staticmethod
    def closes_list(text: str, begin: int) -> bool:
        """The clause at begin closes a list of what was visited (A馆，B公司、C集团等地，: a first item with a comma
        after it, not 、, then the rest of the list up to 等地).

        >>> EventVisits.closes_list("甲馆，乙公司、丙集团等地，了解情况", 3)
        True
        """
        end = CLAUSE_BOUNDARY.search(text, begin)
        return LIST_CLOSES.search(text, begin, end.start() if end else len(text)) is not None

    def read_visited(self, event: Event, scope: list[int]) -> None:
        """Organizations right after a visit word, and those joined to them in a list (先后来到A、B和C)."""
        for si in scope:
            mentions = sorted(self.orgs_by_sentence.get(si, []), key=lambda m: m.start)
            for begin, end in self.visited_spans(si):
                if begin >= self.limit(si):
                    continue
                end = min(end, self.limit(si))
                at, taken = begin, []
                for m in mentions:
                    if m.start < at or m.start >= end or self.text.endswith("位于", 0, m.start):
                        continue   # 来到位于某某经开区的A公司: the zone says where A stands
                    if self.located_in_next(m, mentions) and VISIT_GAP.match(self.gap_text(si, at, m.start)):
                        at = m.end
                        continue   # 来到某某经济技术开发区甘肃某某公司: the zone says where the company stands
                    if not VISIT_GAP.match(self.gap_text(si, at, m.start)):
                        break
                    at = m.end
                    taken.append((m.start, m.end))
                    org = self.doc.organizations.get(m.org)
                    if org and org.kind == "PARTY" and org.parent in self.doc.organizations:
                        org = self.doc.organizations[org.parent]   # 走访了某某集团党委书记…: the company was visited
                    if org and (self.of_the_body(org, m.end) or self.in_a_post(si, m, org)):
                        continue
                    if org and org.kind in kinds.codes("organization", "visited") and org.name not in event.visited + event.organizers:
                        event.visited.append(org.name)
                self.read_visited_places(event, begin, end, taken)
            self.read_listed_before_visit(event, si, mentions)
            self.read_venue(event, si, mentions)

    def of_the_body(self, org, end: int) -> bool:
        """Whether the words after a body's name (from end) name a thing of it that was seen, not the body: a
        committee's or government's projects (视察区政府实事项目), room (在省政协会议室接见) or work (调研县政协工作),
        a committee's sector groups (来到全国政协民革界别组讨论现场), the discussion group named after a body
        (在工商联讨论组), its stand at a fair (A大学科技成果展区)."""
        if org.kind in kinds.codes("organization", "organizes") and (PROJECT_OF.match(self.text, end)
                                                                     or ROOM_OF.match(self.text, end)
                                                                     or WORK_OF.match(self.text, end)):
            return True
        return org.kind == "CPPCC" and SECTOR_GROUPS_OF.match(self.text, end) is not None \
            or DISCUSSION_GROUP.match(self.text, end) is not None or STAND_OF.match(self.text, end) is not None

    def in_a_post(self, si: int, mention, org) -> bool:
        """Whether a committee's, a government's or a Party organ's name stands in the title before a person's name
        (…参加调研；县委书记某某，县政协主席某某陪同调研): the person's post, no body visited (a company's name there,
        走访了A公司董事长某某, is where the visit went)."""
        return org.kind in kinds.codes("organization", "organizes") and any(
            0 <= p.title_start <= mention.start < p.start for p in self.persons_by_sentence.get(si, []))

    def read_listed_before_visit(self, event: Event, si: int, mentions: list) -> None:
        """Companies and institutions listed in a clause that ends with the visit word (…，A公司、B集团实地考察):
        the list is read back from the last body to the clause's start, each joined to the next as in a list."""
        only_visited = set(kinds.codes("organization", "visited")) - set(kinds.codes("organization", "organizes"))
        clause_start = self.doc.sentences[si].start
        listed = []
        for m in mentions:
            if m.start >= self.limit(si):
                break
            boundary = None
            for boundary in CLAUSE_BOUNDARY.finditer(self.text, clause_start, m.start):
                pass
            if boundary:   # a new clause: the list starts again
                clause_start, listed = boundary.end(), []
            gap_from = listed[-1].end if listed else clause_start
            if not VISIT_GAP.match(self.gap_text(si, gap_from, m.start)):
                listed = []
                clause_start = m.start   # no list reaches back past this: it opens none
                continue
            listed.append(m)
            if VISIT_AFTER.match(self.text, m.end):
                for n in listed:
                    org = self.doc.organizations.get(n.org)
                    if org and org.kind in only_visited and org.name not in event.visited:
                        event.visited.append(org.name)

    def read_venue(self, event: Event, si: int, mentions: list) -> None:
        """A company or institution an activity was held at (在某某艺术馆举办…): it was visited; a committee or
        government a meeting was held at is where it sits, no visit."""
        for m in mentions:
            org = self.doc.organizations.get(m.org)
            if org and AT_VENUE.search(self.text, max(0, m.start - 12), m.start) and VENUE_VERB.match(self.text, m.end) \
                    and org.kind in kinds.codes("organization", "visited") \
                    and org.kind not in kinds.codes("organization", "organizes") and org.name not in event.visited:
                event.visited.append(org.name)

    def located_in_next(self, m, mentions: list) -> bool:
        """A development zone named right before another body or a village (no word between: 某开发区红色村) is where
        that body or village stands."""
        org = self.doc.organizations.get(m.org)
        return bool(org and zone(org.name) and (any(n.start == m.end for n in mentions)
                                                 or ZONE_TOWN.match(self.text, m.end)))

    def gap_text(self, si: int, start: int, end: int) -> str:
        """text[start:end] without the persons named in it and their titles (走访了A公司董事长某某，B公司… lists the
        companies visited, each with the member who runs it) and without the places it ends with (来到遂宁市四川某某
        公司: the company's city, then its name)."""
        text = self.text[start:end]
        spans = [(max(start, p.title_start if 0 <= p.title_start < p.start else p.start), min(end, p.end))
                 for p in self.persons_by_sentence.get(si, [])]
        places = {pm.end: pm.start for pm in self.doc.places.find(start, end) if pm.full and pm.end - pm.start >= 2}
        at = end
        while at in places and places[at] >= start:   # the places right before the body (遂宁市四川某某公司)
            spans.append((places[at], at))
            at = places[at]
        for a, b in spans:
            if a < b:
                text = text[:a - start] + "\0" * (b - a) + text[b - start:]
        return text.replace("\0", "")

    def town_name_goes_on(self, pos: int, end: int) -> bool:
        """A town's or village's name goes on at pos to its unit word (头口子镇 after 黄山), no verb between (not 调研乡村)."""
        m = TOWN_NAME_AFTER.match(self.text, pos, end)
        if m is None:
            return False
        unit = m.end() - (2 if m.group().endswith("街道") else 1)
        at = pos
        while at < unit:
            nxt = self.doc.next_word_start(at, unit)
            if common_words().get(self.text[at:nxt], "").startswith("v"):
                return False
            at = nxt
        return True

    def read_visited_places(self, event: Event, begin: int, end: int, taken: list[tuple[int, int]]) -> None:
        """Places named in a visit span that are no part of a visited organization's name; 我市/本县 is the place
        the text speaks of there (Document.place_at)."""
        gz = gazetteer()
        near = gz.lookup(self.doc.context.place or "")
        found = [(begin + pm.start, pm.surface, pm.full or pm.places[0].level != "county")
                 for pm in gz.find_all(self.text[begin:end])   # a two-character county short form (资源) is too often a word
                 if not self.text.startswith(NOT_DISTRICT_END, begin + pm.end - 2)
                 and not (not pm.full and self.town_name_goes_on(begin + pm.end, end))]
        found += [(begin + m.start(), self.doc.place_at(begin + m.start()), True)
                  for m in OUR_PLACE.finditer(self.text, begin, end)]
        for start, surface, strong in sorted(found):
            if not strong or not surface or any(a <= start < b for a, b in taken):
                continue
            place = gz.resolve(surface, near)
            if place and gz.qualified(place) not in event.visited_places:
                event.visited_places.append(gz.qualified(place))
