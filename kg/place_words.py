"""Where a short place form in a text is no place: part of a person's or a town's name, or a word of the language.

The context stage asks it of every place surface it counts (kg/place_mentions.py): 铁力 of 司马义·铁力瓦尔地, 光明 of
副主席马光明, 资源 of 资源县, 和县 of 乡镇和县直单位 name no place a page is of.
"""
from __future__ import annotations

import re

from kg.document import Document
from kg.lexicon import lexicon
from kg.names import CONJUNCTIONS, DOTS, TOWN_WORD, common_words, word_frequency   # TOWN_WORD: after a county's short form, a town of that name (官渡镇, not 官渡区)
from kg.places import gazetteer

WHOLE_UNIT = re.compile(r"全[州市县区]")   # 全州: the whole prefecture, not 全州县
CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
LIST_SEPARATORS = "、，,"   # what parts the items of a list of names or places
NAME_LEAD = "、，,。；;：:\n （("   # what a person's name in a list or after a clause stands after
PLACE_LEAD = "在到赴来于至往抵省市州"   # characters after which a county's name begins (在和县, 马鞍山市和县)
COUNTY_WORD_TAIL = re.compile(r"[直级域]")   # 县直 (units), 县级, 县域: words the 县 of 和县 may begin
# after a short form: the paper of that city (保定日报讯), where a word of the language (保定, a verb too) is the city
PAPER_WORD = re.compile(r"日报|晚报|新闻网")
COMMON_WORD_TAGS = ("n", "v", "a", "vn", "vd", "an", "ad", "nz", "s", "d")   # jieba tags of words, no place names
# after a listed word form (word_place_forms.txt): the place's body or paper, where the form names its place
PLACE_BODY_AFTER = re.compile(r"政协|[市县区旗]?委|人民政府|政府|人大|日报|晚报|新闻网|融媒|讯")
# after a short form, a town or an area named after the place: one character more and a town's word (板桥口镇,
# 独山港镇; not 乡镇, 各乡), an area's group of members (花溪地区小组: a street's, not 贵阳's 花溪区), a 片区
TOWN_NAMED_AFTER = re.compile(r"(?![各全等和及与两乡城])[\u4e00-\u9fff](?:镇|乡|街道)|(?:地区|片区)(?:委员)?小组|片区")
COMMON_WORD_MIN = 500   # jieba frequency from which such a word is a word first (包头, a rare verb, stays a place)


def inside_a_name(text: str, start: int, end: int, full: bool) -> bool:
    """A short place form that is part of a person's or a town's name, or a common word (not before 日报: 保定日报),
    or a two-character county whose 县 begins a word (乡镇和县直单位, 市和县级: no 和县), or right after a level word of
    no place (路县故城), a listed word (同心共建), the start of a town's name (板桥口镇) or a name before 和 (王荣平和):
    no place the page is of.

    >>> bool(inside_a_name("保定日报讯", 0, 2, False))
    False
    """
    return given_name_at(text, start, end, full) or not full and (
        common_word(text[start:end]) and not PAPER_WORD.match(text, end) or TOWN_WORD.match(text, end) is not None or county_word_at(text, start, end)
        or in_dotted_name(text, start, end) or after_title(text, start) or title_ends_inside(text, start, end)
        or WHOLE_UNIT.fullmatch(text, start, end) or after_a_level_word(text, start)
        or listed_word(text, start, end) or TOWN_NAMED_AFTER.match(text, end) is not None
        or name_and_conjunction(text, start, end) or in_a_name_list(text, start, end)
        or in_transliterated_name(text, start, end))


def after_a_level_word(text: str, start: int) -> bool:
    """A short form right after the 县 (镇, 乡, 村) of a word that is no place: the middle of a proper name (路县故城遗址
    公园: no 故城县), not a county after its own city (沛县丰县 are official names, and 某某县 a place).

    >>> after_a_level_word("路县故城遗址公园", 2), after_a_level_word("赴故城调研", 1)
    (True, False)
    """
    if start < 2 or text[start - 1] not in "县镇乡村":
        return False
    gz = gazetteer()
    return not any(gz.lookup(text[start - k:start]) for k in (2, 3, 4) if k <= start)


def county_word_at(text: str, start: int, end: int) -> bool:
    """The 县 of a two-character county (和县) begins a word: 乡镇和县直单位, 市和县级; or its first character is
    the conjunction joining the word before to the county's body (县政协会议和县第十六届人大会议).

    >>> county_word_at("深入乡镇和县直单位", 4, 6), county_word_at("会议和县人大会议", 2, 4)
    (True, True)
    """
    if end - start != 2 or text[end - 1] != "县":
        return False
    return COUNTY_WORD_TAIL.match(text, end) is not None or joined_by_conjunction(text, start)


def joined_by_conjunction(text: str, start: int) -> bool:
    """The first character of a county's name (和 of 和县) is a conjunction after a word: not after a word that
    stands before a place (在和县, 赴和县, 马鞍山市和县, 中共和县委, 政协和县委员会)."""
    return text[start] in CONJUNCTIONS and start > 0 and CJK_CHAR.match(text[start - 1]) is not None \
        and text[start - 1] not in PLACE_LEAD and not text.endswith(("中共", "政协"), 0, start)


def in_dotted_name(text: str, start: int, end: int) -> bool:
    """The short form is part of a transliterated name whose parts a dot joins: 铁力 of 司马义·铁力瓦尔地 or of
    铁力瓦尔迪·阿不都热西提 (the run of hanzi around it touches a dot between hanzi)."""
    left, right = start, end
    while left > 0 and CJK_CHAR.match(text[left - 1]):
        left -= 1
    while right < len(text) and CJK_CHAR.match(text[right]):
        right += 1
    return bool(left > 1 and text[left - 1] in DOTS and CJK_CHAR.match(text[left - 2])
                or right + 1 < len(text) and text[right] in DOTS and CJK_CHAR.match(text[right + 1]))


def after_title(text: str, start: int) -> bool:
    """A short form right after a post title is the person's name who holds it: 州委书记沈阳委托."""
    return any(m.end() == start and lexicon().titles[m.group()].kind == "post"
               for m in lexicon().title_pattern.finditer(text, max(0, start - 8), start))


def title_ends_inside(text: str, start: int, end: int) -> bool:
    """A post title ends inside the short form: its first character is the title's last, the rest a person's
    name (处长葛某某: no 长葛市).

    >>> title_ends_inside("处长葛某某", 1, 3), title_ends_inside("赴长葛调研", 1, 3)
    (True, False)
    """
    return any(start < m.end() < end and lexicon().titles[m.group()].kind == "post"
               for m in lexicon().title_pattern.finditer(text, max(0, start - 8), end))


def listed_word(text: str, start: int, end: int) -> bool:
    """A short form listed as a word first (word_place_forms.txt: 同心, 友谊) where no body of its place follows.

    >>> listed_word("建立了深厚的友谊", 6, 8), listed_word("同心政协召开会议", 0, 2)
    (True, False)
    """
    return text[start:end] in lexicon().word_place_forms and PLACE_BODY_AFTER.match(text, end) is None


def name_and_conjunction(text: str, start: int, end: int) -> bool:
    """A two-character short form whose second character is a conjunction after a person's three-character name:
    王荣平和某某 (no 平和县), 主任张祖新和… (no 新和县).

    >>> name_and_conjunction("。王荣平和省政协副主席", 3, 5), name_and_conjunction("赴平和调研", 1, 3)
    (True, False)
    """
    return end - start == 2 and text[end - 1] in CONJUNCTIONS and start >= 2 \
        and text[start - 2] in lexicon().surnames and name_leads_to(text, start - 2)


def in_a_name_list(text: str, start: int, end: int) -> bool:
    """The short form begins an item of two or three characters, after a surname, in a list whose item next to it is
    a person's name too (刘某某、罗平、连某某出席; 胡卫、黄山明、戴某: no 罗平县, 黄山市), not a place.

    >>> in_a_name_list("刘高某、罗平、连丽某出席", 4, 6), in_a_name_list("赴广州、珠海、东莞考察", 4, 6)
    (True, False)
    """
    item_end = next((i for i in range(end, min(end + 2, len(text)) + 1) if text[i:i + 1] in LIST_SEPARATORS), None)
    if item_end is None or text[start - 1:start] not in LIST_SEPARATORS or text[start] not in lexicon().surnames:
        return False
    return any(person_item(item) for item in (list_item_before(text, start - 1), list_item_after(text, item_end + 1)))


def list_item_before(text: str, at: int) -> str:
    """The list item ending at text[at] (a separator there)."""
    left = max(text.rfind(c, 0, at) for c in LIST_SEPARATORS + NAME_LEAD) + 1
    return text[left:at]


def list_item_after(text: str, at: int) -> str:
    """The list item from text[at] to the next separator (or the next non-hanzi)."""
    right = at
    while right < len(text) and CJK_CHAR.match(text[right]) and text[right] not in LIST_SEPARATORS:
        right += 1
    return text[at:right]


def person_item(item: str) -> bool:
    """A list item that is a person's name: two or three characters, a surname first, no place's name."""
    return 2 <= len(item) <= 3 and item[0] in lexicon().surnames and not gazetteer().lookup(item) \
        and not gazetteer().find_all(item)


def in_transliterated_name(text: str, start: int, end: int) -> bool:
    """The short form stands inside a run of characters that write Tibetan or Mongolian names (嘎玛多吉说: no 玛多县),
    a transliteration character on either side.

    >>> in_transliterated_name("委员嘎玛多吉说", 3, 5), in_transliterated_name("在玛多调研", 1, 3)
    (True, False)
    """
    chars = lexicon().transliteration_chars
    return start > 0 and end < len(text) and all(c in chars for c in text[start - 1:end + 1])


def given_name_at(text: str, start: int, end: int, full: bool) -> bool:
    """A two-character short form that is a person's given name (副主席马光明, 、李青山、, 副主席黄怀远): a
    surname right before it, and before that a title, a list separator or punctuation. The text moves on to a
    person there, not to 光明区 or 青山区."""
    if full or end - start != 2 or start == 0 or text[start - 1] not in lexicon().surnames:
        return False
    return name_leads_to(text, start - 1)


def name_leads_to(text: str, at: int) -> bool:
    """What stands before text[at] leads to a person's name: the text's start, a list separator or punctuation
    (NAME_LEAD), or a title (副主席).

    >>> name_leads_to("副主席马光明", 3), name_leads_to("马光明", 0), name_leads_to("光明马", 2)
    (True, True, False)
    """
    if at == 0 or text[at - 1] in NAME_LEAD:
        return True
    return any(m.end() == at for m in lexicon().title_pattern.finditer(text, max(0, at - 8), at))


def common_word(surface: str) -> bool:
    """A short place form that is first a common word of the language (资源 of 资源县, 振兴 of 振兴区, 和平): jieba
    knows it as a frequent noun, verb or adjective, not as a place name."""
    return common_words().get(surface, "ns") in COMMON_WORD_TAGS and word_frequency(surface) >= COMMON_WORD_MIN


def read_as_a_place(surface: str) -> bool:
    """jieba knows the short form as a place name or not at all, or as a rare name (阳春, tagged a person's name
    but rare: the city, 开创阳春改革发展新局面); not as a word (同心) nor a frequent name (温泉).

    >>> read_as_a_place("阳春"), read_as_a_place("温泉"), read_as_a_place("同心")
    (True, False, False)
    """
    tag = common_words().get(surface, "ns")
    return tag == "ns" or tag == "nr" and word_frequency(surface) < COMMON_WORD_MIN


def inside_a_common_word(doc: Document, start: int) -> bool:
    """start falls inside a common word of jieba's, no place or name (召开 of 召开州政协: no 开州 begins there)."""
    if not doc.word_starts or doc.is_word_start(start):
        return False
    left = start - len(doc.word_before(start))
    word = doc.text[left:doc.next_word_start(start, len(doc.text))]
    return word_frequency(word) >= COMMON_WORD_MIN and not common_words().get(word, "").startswith(("ns", "nr"))


def after_a_place(doc: Document, start: int) -> bool:
    """An official name starting inside the word jieba makes of another place's name: 兴城市 of 嘉兴城市博物馆
    (嘉兴/城市), a city of 辽宁 cut out of 嘉兴 and 城市."""
    if not doc.word_starts or doc.is_word_start(start):
        return False
    left = start - len(doc.word_before(start))
    return bool(gazetteer().lookup(doc.text[left:doc.next_word_start(start, len(doc.text))]))
