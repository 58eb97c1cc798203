"""Whether a few characters can be a person's name, by jieba's dictionary and the lexicon: the word tables
(common_words, word_frequency) and the checks of kg.names.NameReader.plausible (单位, 张院长, 企业家云南行,
荣誉 are no names; 付强 after a title is one).
"""
from __future__ import annotations

import re
from functools import lru_cache

# marks of the text around names, which the readers of Han and of transliterated names share
CONJUNCTIONS = "和与及"   # a surname that joins words (和) before a noun is the conjunction
CLAUSE_MARKS = "、，,。；;"   # what ends an item of a list or a clause
# a 家 and one of these after a surname is a village or street (徐家湾, 张家堡, 李家庄), no given name
VILLAGE_ENDS = "湾堡庄村坝沟屯寨岭洼坪岗埠圩"
ETHNIC_END = "族"   # what the name of a people ends with (回族, 苗族, 蒙古族), never a given name
SECTOR_END = "界"   # what a sector of a CPPCC committee ends with (文体界, 经济界)
TOWN_WORD = re.compile(r"镇|乡|村|街道|社区")   # a town, a village or a street's community after its name (孙桥镇, 王庄村)
COMING = "来"   # a surname that is also the verb of coming: 来川, 来京 (came to Sichuan, Beijing)
OPENING_WORD_MIN = 10000   # a verb or function word seen this often (成为, 于是, 包括) opens no name
OPENING_WORD_TAGS = ("v", "c", "r", "p", "d", "m")
DETERMINERS = "各我该"   # a determiner or pronoun that never begins a given name (和各组, 来我院)
PLACE_ENDS = "县市区旗"   # what a county's or city's full name ends with (海原县), never a given name with its surname
BODY_ENDS = "委馆局厅部"   # what a body's short name or unit ends with (文史委, 文史馆, 项目部), never a given name
# what follows the stem two or more banners share (苏尼特左旗, 苏尼特右旗; 察哈尔右翼前旗): the stem alone is a place
BANNER_SIDES = ("左旗", "右旗", "前旗", "中旗", "后旗", "右翼前旗", "右翼中旗", "右翼后旗", "左翼前旗", "左翼中旗", "左翼后旗")


@lru_cache(maxsize=1)
def common_words() -> dict[str, str]:
    """jieba's dictionary words with their part of speech, to tell 单位 from 单伟: the table jieba.posseg makes
    (word_tag_tab), read from the same file (a word, its frequency and its tag a line) in one split; importing
    jieba.posseg parses it a line at a time, 0.3 s of CPU in every start-up.

    >>> common_words()["单位"]
    'n'
    """
    import jieba
    with jieba.dt.get_dict_file() as f:
        fields = f.read().decode("utf-8").split()
    return dict(zip(fields[0::3], fields[2::3]))


# jieba tags of words that are not names; after a title (strong evidence) a noun may still be a name (回力)
@lru_cache(maxsize=1)
def _frequencies() -> dict[str, int]:
    import jieba
    jieba.setLogLevel(60)
    jieba.initialize()
    return jieba.dt.FREQ


def _names_a_place_or_body(name: str, after_title: bool = False) -> bool:
    """Three characters that read as a village (徐家湾, 张家堡) or a body's short name (文史委, 文史馆), no person; or,
    but after a title, as a town or a village (赴孙桥镇、王庄村: a town word after two characters) or a sector of
    the committee (文体界委员, 经济界人士).

    >>> _names_a_place_or_body("李家湾"), _names_a_place_or_body("李家豪"), _names_a_place_or_body("王庄村")
    (True, False, True)
    """
    return name[1] == "家" and name[2] in VILLAGE_ENDS or name[2] in BODY_ENDS \
        or not after_title and (TOWN_WORD.fullmatch(name, 2) is not None or name[2] == SECTOR_END)


COUNTY_LEVELS = ("province", "prefecture", "county")


@lru_cache(maxsize=4096)
def names_a_region(word: str, levels: tuple[str, ...] = ("province", "prefecture")) -> bool:
    """word is a province or prefecture (云南, 汉中), or a place of one of levels: no surname and given name."""
    from kg.places import gazetteer
    return any(p.level in levels for p in gazetteer().lookup(word))


@lru_cache(maxsize=4096)
def banner_stem(name: str) -> bool:
    """name is the stem of banners' names, written for them alone (苏尼特委员: of 苏尼特左旗 or 苏尼特右旗): no name.

    >>> banner_stem("苏尼特"), banner_stem("苏尼")
    (True, False)
    """
    from kg.places import gazetteer
    return any(gazetteer().lookup(name + side) for side in BANNER_SIDES)


def _place_and_more(name: str) -> bool:
    """Three characters that are a province or city and a word (企业家云南行), or a county's full name (海原县县长):
    no name."""
    return names_a_region(name[:2]) or name[2] in PLACE_ENDS and names_a_region(name, COUNTY_LEVELS)


def _names_a_place(name: str) -> bool:
    """A place and a word, a county's full name (of three characters), or the stem of banners' names: no name."""
    return len(name) == 3 and _place_and_more(name) or banner_stem(name)


def word_frequency(word: str) -> int:
    return _frequencies().get(word) or 0


def common_words_pair(name: str) -> bool:
    """Four characters that are two common words of no name (努力提高, 积极推进): a phrase, though jieba may tag it as
    a name; the parts of a Tibetan or Mongolian name are rare words (多杰, 洛桑) or none.

    >>> common_words_pair("努力提高"), common_words_pair("洛桑江村")
    (True, False)
    """
    return len(name) == 4 and all(word_frequency(w) >= FUNCTION_WORD_MIN_FREQ
                                  and common_words().get(w, "nr").startswith(NON_NAME_TAGS)
                                  for w in (name[:2], name[2:]))


FUNCTION_TAGS = ("d", "ad", "p", "c")   # adverbs, prepositions, conjunctions: the text has moved on from a name
FUNCTION_WORD_MIN_FREQ = 1000
ABSTRACT_NOUN_ENDS = "度率性"   # after a common word: a measure or quality (满意度, 知晓率, 积极性), no name
NAME_WORD_MAX = 2000   # a word tagged as a name that jieba sees this often is a word (荣誉); 高峰, 向东 are names
GIVEN_NAME_WORD = 100   # a given name of two characters after a verb is no word seen this often (走访)
RARE_WORD = 10   # dictionary words seen fewer times than this may well be names (付强)
NON_NAME_TAGS = ("n", "v", "vn", "a", "ad", "an", "d", "m", "q", "r", "p", "c", "u", "f", "s", "t", "l", "i")
NON_NAME_TAGS_AFTER_TITLE = ("v", "vn", "a", "ad", "d", "m", "q", "r", "p", "c", "u", "f", "t", "l", "i")


def _no_name_word(name: str, lex) -> bool:
    """A word that is no name (单位), or one opening on a word that ends names (为, 上) where no surname opens it:
    上官某某 opens on the compound surname 上官."""
    return name in lex.non_names or bool(lex.name_boundaries.match(name)) and name[0] not in lex.surnames \
        and name[:2] not in lex.surnames


def _came_or_verb_opening(name: str, after_title: bool) -> bool:
    """来川 (总书记来川视察), 来三原: came to the place a character or a name names (the surname 来 with one character
    is taken for that); 成为集 (建设成为集…于一体): a verb or function word seen very often (成为, 于是, 包括) opens the
    three characters. Neither is a surname and a given name.

    >>> _came_or_verb_opening("来三原", False), _came_or_verb_opening("成为集", False), _came_or_verb_opening("成为民", True)
    (True, True, False)
    """
    if name[0] in COMING and len(name) <= 3:   # 来济考察, 来三原考察: the place came to, by its character or name
        return len(name) == 2 or names_a_region(name[1:], COUNTY_LEVELS)
    return len(name) == 3 and not after_title and word_frequency(name[:2]) >= OPENING_WORD_MIN \
        and common_words().get(name[:2], "nr").startswith(OPENING_WORD_TAGS)


def _plural_or_determiner(name: str) -> bool:
    """代表们, 同学们: a plural of people; 和各组 (副秘书长和各组负责人): a determiner (各) opening the given name, or a
    pronoun (来我院 of 蔡某主委来我院调研, 对该县); 简要地 (某某主委简要地汇报): an adjective made an adverb. None is a name."""
    return name.endswith("们") or name[1:2] in DETERMINERS \
        or len(name) == 3 and name.endswith("地") and common_words().get(name[:2], "") in ("a", "ad")


def _no_given_name(name: str, after_title: bool) -> bool:
    """A plural or a determiner (代表们, 和各组), a people (回族), a measure (满意度), a verb of coming or a frequent
    word (来川, 成为集) where the given name would stand: no surname and a given name."""
    return _plural_or_determiner(name) or name.endswith(ETHNIC_END) or _abstract_noun(name) \
        or _came_or_verb_opening(name, after_title)


def _abstract_noun(name: str) -> bool:
    """满意度, 知晓率, 积极性 (委员满意度): a common word (no name) and a suffix making it a measure or quality.

    >>> _abstract_noun("满意度"), _abstract_noun("王建度")
    (True, False)
    """
    return len(name) == 3 and name[2] in ABSTRACT_NOUN_ENDS and word_frequency(name[:2]) >= RARE_WORD * 10 \
        and not common_words().get(name[:2], "nr").startswith("nr")


class NameChecks:
    """The plausibility part of kg.names.NameReader: it reads self.lex (the lexicon)."""


    def plausible(self, name: str, after_title: bool = False) -> bool:
        """name (a surname and a given name, or a transliteration) can be a person's name: no word of no
        name, title, place, kinship word or plural; after_title, a common noun may still be a name (付强)."""
        lex = self.lex
        if _no_name_word(name, lex):
            return False
        if len(name) == 3 and (name[:2] in lex.non_names or _names_a_place_or_body(name, after_title)):
            return False   # 单位共 (成员单位共180人): a word that is no name, and one character more
        if _no_given_name(name, after_title):
            return False   # 代表们; 回族委员, 苗族同胞: a people, no given name
        if name[1:] in lex.kinship_words or name[2:] in lex.kinship_words:
            return False   # 张阿姨, 李大爷: a surname and a kinship word, no full name
        if lex.title_pattern.search(name, 1) or lex.org_head_pattern.search(name):   # 张院长, 党组副
            return False
        if _names_a_place(name):
            return False
        tag = common_words().get(name)
        if tag and tag.startswith("nr") and word_frequency(name) >= NAME_WORD_MAX:
            return False   # 荣誉, 文明: jieba tags them as names, but sees them far too often for a name
        if not tag or tag.startswith("nr"):
            return True
        if after_title:
            # a post title is strong evidence, but not for a common noun (政协委员智慧力量); a word the dictionary
            # holds but hardly ever sees is no evidence against a name (付强)
            frequency = word_frequency(name)
            # nor for a term the dictionary knows (委员满意率: an nz word)
            # (a term of two characters is a surname and a given name there: 副主席康泰主持)
            return frequency < RARE_WORD or not (tag.startswith(NON_NAME_TAGS_AFTER_TITLE) or tag == "nz" and len(name) > 2
                                                 or (tag == "n" and frequency >= 100))
        return not tag.startswith(NON_NAME_TAGS)
