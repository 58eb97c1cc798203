"""Persons as pages of other provinces write them, each mechanism on invented text: the titles of associations, names
that are also dictionary words or start with a surname that is a verb or a preposition, and towns that start
like a name.

The bulletins are invented, of places other than the samples' and the development set's (九江 in 江西; 曲靖 in
云南; 南阳 in 河南; 衢州 in 浙江); the persons are invented.
"""
from __future__ import annotations

from test_extraction import masthead, posts_of, write_and_process


def page(tmp_path_factory, city: str, body: str):
    return write_and_process(tmp_path_factory, f"{city}-page.txt", masthead(city, 5, "2024年6月3日") + body)


def test_titles_of_a_chamber_of_commerce_before_a_name(tmp_path_factory):
    doc = page(tmp_path_factory, "九江", "市政协走访异地商会\n6月1日，市政协副主席李建国带队走访九江市温州商会，"
                                         "九江市温州商会常务理事张明华、执行会长王立新、理事赵海波、监事长钱晓东、"
                                         "监事孙丽陪同。商会理事会秘书长周强主持座谈。\n")
    assert {"张明华", "王立新", "赵海波", "钱晓东", "孙丽", "周强"} <= set(doc.persons)
    assert posts_of(doc, "张明华") == {("常务理事", "九江市温州商会")}
    assert posts_of(doc, "钱晓东") == {("监事长", "九江市温州商会")}


def test_a_name_that_is_a_dictionary_word_alone_after_a_post_title(tmp_path_factory):
    doc = page(tmp_path_factory, "曲靖", "市政协常委会议\n6月1日，市政协主席庄严主持会议。市政协副主席高峰、"
                                         "秘书长宁静，委员江山出席。\n")
    assert {"庄严", "高峰", "宁静", "江山"} <= set(doc.persons)
    assert posts_of(doc, "庄严") == {("主席", "曲靖市政协")}


def test_no_name_in_a_word_after_a_title_inside_a_phrase_or_before_a_verb(tmp_path_factory):
    doc = page(tmp_path_factory, "曲靖", "市政协委员座谈会\n6月1日，市政协召开委员座谈会。主席强调，要珍惜委员荣誉、"
                                         "牢记委员责任，在服务委员方面下功夫。会上，主任简要介绍了情况，副主席向大家通报了"
                                         "工作，秘书长向全体委员提出要求。\n")
    assert not {"强调", "荣誉", "方面", "简要", "向大家", "向全体"} & set(doc.persons)


def test_surnames_that_are_a_verb_or_a_preposition_after_a_title(tmp_path_factory):
    doc = page(tmp_path_factory, "南阳", "市政协视察\n6月1日，市政协副主席占志明、委员向东升来到某某机械有限公司。"
                                         "市政协常委来建国来到车间，副主席占志来到仓库。项目占地80亩。\n")
    assert {"占志明", "向东升", "来建国", "占志"} <= set(doc.persons)
    assert not {"占志来", "来建国来", "占地"} & set(doc.persons)
    assert posts_of(doc, "向东升") == {("委员", "南阳市政协")}


def test_a_preposition_surname_and_a_common_noun_jieba_reads_as_one_name(tmp_path_factory):
    # 于 is a preposition and 海军, 长江 common words, but jieba's dictionary reads 于海军, 于长江 as names
    doc = page(tmp_path_factory, "南阳", "市政协召开党组会议\n6月1日，市政协副主席于海军出席会议。"
                                         "市政协秘书长于长江主持。会议于北京召开前举行。\n")
    assert {"于海军", "于长江"} <= set(doc.persons)
    assert posts_of(doc, "于海军") == {("副主席", "南阳市政协")}


def test_a_preposition_before_a_titled_name_after_a_title_is_no_surname(tmp_path_factory):
    # 主委向吴某副主席介绍: 主委 is the title of the name before it; 向 stands before a surname, a given name and a title
    doc = page(tmp_path_factory, "南阳", "民建市委会动态\n6月1日，市政协副主席吴峰来我会调研。王立新主委向吴峰副主席介绍"
                                         "了工作情况。\n")
    assert "向吴峰" not in doc.persons and {"吴峰", "王立新"} <= set(doc.persons)


def test_towns_and_villages_starting_like_a_name_are_no_persons(tmp_path_factory):
    doc = page(tmp_path_factory, "衢州", "市政协调研\n6月1日，市政协副主席李强带队赴孙桥镇、王庄村、李家街道调研，"
                                         "委员刘文、张伟、王斌参加。\n")
    assert {"李强", "刘文", "张伟", "王斌"} <= set(doc.persons)
    assert not {"孙桥镇", "王庄村", "李家"} & set(doc.persons)


def test_a_sector_before_member_is_no_name(tmp_path_factory):
    doc = page(tmp_path_factory, "衢州", "市政协座谈会\n6月1日，市政协召开座谈会。委员之家召集人、文体界委员李悦，"
                                         "经济界委员王明发言。市政协副主席张世界出席。\n")
    assert {"李悦", "王明", "张世界"} <= set(doc.persons)
    assert "文体界" not in doc.persons


def test_a_list_item_that_opens_the_next_title_phrase_is_no_name(tmp_path_factory):
    doc = page(tmp_path_factory, "九江", "市政协考察\n6月1日，民建九江市委会副主委王立平、林海综合保税区管委会党工委副书记"
                                         "施明远、管委会副主任孙义为参加活动。施书记和孙主任分别介绍了情况。\n")
    assert {"王立平", "施明远", "孙义为"} <= set(doc.persons)
    assert not {"林海", "孙义", "和孙"} & set(doc.persons)


def test_names_a_decision_passes_before_the_reason_they_leave(tmp_path_factory):
    doc = page(tmp_path_factory, "南阳", "市政协常委会议\n6月1日，会议通过梁明因年龄原因不再担任提案委员会副主任职务的"
                                         "决定；通过卞立新因工作变动、侯建华因年龄原因请辞委员的决定；会议同意王海涛因个人"
                                         "原因辞去委员。\n")
    assert {"梁明", "卞立新", "侯建华", "王海涛"} <= set(doc.persons)


def test_an_artist_by_profession_and_a_name_before_gei(tmp_path_factory):
    doc = page(tmp_path_factory, "曲靖", "市政协调研\n6月1日，调研组到市第一中学调研。科技馆是在全国政协常委、著名表演"
                                         "艺术家李翠萍的倡议下建成的。校长张文博给大家介绍了学校的发展历史。委员给企业"
                                         "送政策，书法家协会会员参加。\n")
    assert {"李翠萍", "张文博"} <= set(doc.persons)
    assert ("常委", "全国政协") in posts_of(doc, "李翠萍")


def test_a_name_before_wai_of_except_or_waichu_ends_there(tmp_path_factory):
    # 除…外 (except), 外出 (away): no part of the name before them
    doc = page(tmp_path_factory, "拉萨", "市政协会议\n5月2日，市政协召开会议。除副主席阿旺·扎西外，副主席李华、次仁旺堆外出未参加。"
                                         "除副主席张国强外，其余委员均出席。\n")
    assert {"阿旺·扎西", "次仁旺堆", "张国强"} <= set(doc.persons)
    assert not {"阿旺·扎西外", "次仁旺堆外"} & set(doc.persons)


def test_counted_persons_pronouns_counties_and_regions_are_no_names(tmp_path_factory):
    doc = page(tmp_path_factory, "南阳", "市政协调研\n6月1日，省政协副主席、民进省委会赵明主委来我院调研。12位社区书记参加座谈。"
                                         "双方就委员履职进行交流。市政协副主席、西峡县县长孙立强，华中企业家联合会会长钱志新出席。\n")
    assert not {"来我院", "位社区", "双方就", "西峡县", "华中"} & set(doc.persons)
    assert {"赵明", "孙立强", "钱志新"} <= set(doc.persons)


def test_the_first_word_of_a_committee_s_name_after_a_list_of_titled_names_is_no_name(tmp_path_factory):
    doc = page(tmp_path_factory, "南阳", "市政协会议\n6月1日，市政协召开会议。外事委员会主任潘立明、文史和学习委员会主任王太安出席。\n")
    assert "文史" not in doc.persons
    assert posts_of(doc, "王太安") == {("主任", "南阳市政协文史和学习委员会")}


def test_a_slogan_quoted_or_of_parallel_words_is_no_list_of_names(tmp_path_factory):
    doc = page(tmp_path_factory, "赤峰", "常委会议\n6月1日，市政协常委会采取“边走、边学、边议”的形式召开。"
                                         "这种边走、边学、边议的形式好。会议增补高建华、邵丽、钱立新为常委。\n")
    assert not {"边走", "边学", "边议"} & set(doc.persons)
    assert {"高建华", "邵丽", "钱立新"} <= set(doc.persons)
