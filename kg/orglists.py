"""The items of a list of bodies (白云矿区政府办公室、发改委、财政局; 市政协及其常委会): what later items take from
the first or the one before, read by the organizations stage (kg/stages/organizations.py)."""
from __future__ import annotations

from kg.document import Document, Organization
from kg.lexicon import lexicon
from kg.orgnames import heads, zone
from kg.scopes import Scope, leading_places

LIST_SEPARATOR = "、"


class ListState:
    """What the items of a list of bodies share: the first item's surface and organization, and the last read."""

    def __init__(self):
        self.first, self.first_org, self.org = "", None, None

    def scope(self, doc: Document, spans, k: int, scope: Scope) -> bool:
        """Give the span k the list's place prefix or parent; True when it is an item of a 、-list.

        Items of a 、-list share the place prefix of the first (白云矿区政府办公室、发改委、财政局) and, when
        the first is a body inside another, its parent (市政协宣教中心、委员服务中心)."""
        start = spans[k].start
        joint = doc.text[spans[k - 1].end:start] if k > 0 else ""
        if joint == LIST_SEPARATOR:
            # a zone's place words are its name's (岐山经济技术开发区管委会、渭河高新区管委会): no shared prefix
            scope.shared_prefix = "" if zone(self.first) else shared_prefix(self.first, scope)
            if self.first_org is not None and self.first_org.parent_org is not None:
                scope.parent = self.first_org.parent_org
            return True
        if (joint == "及其" or self.titles_between(joint)) and self.org is not None:
            # 市政协及其常委会, 省政协副秘书长、办公厅主任: the body belongs to the organization before
            scope.parent = self.org
        elif joint in ("及", "和") and doc.text[start:start + 1] in "县区旗":
            # 古丈县政协及县文旅广电局: the bare level is the place of the body before
            scope.shared_prefix = shared_prefix(doc.text[spans[k - 1].start:spans[k - 1].end], scope)
        elif k > 0 and not joint and doc.text.endswith(heads("cell"), 0, start):
            # 巴音花镇党委政府: the government of the unit whose Party committee comes first
            head = next(h for h in heads("cell") if doc.text.endswith(h, 0, start))
            scope.shared_prefix = doc.text[spans[k - 1].start:start - len(head)]
        return False

    @staticmethod
    def titles_between(joint: str) -> bool:
        """The joint is the titles of a post and 、 (副秘书长、): the next body is one of that organization's."""
        titles = lexicon().title_pattern
        return joint.endswith(LIST_SEPARATOR) and all(titles.fullmatch(t) for t in joint[:-1].split(LIST_SEPARATOR))

    def read(self, surface: str, org: Organization | None, in_list: bool) -> None:
        if not in_list:
            self.first, self.first_org = surface, org
        self.org = org


def shared_prefix(surface: str, scope: Scope) -> str:
    """The place words a list's first item starts with (白云矿区 of 白云矿区政府办公室)."""
    lead = leading_places(surface, scope)
    return surface[:lead.used] if lead.places else ""
