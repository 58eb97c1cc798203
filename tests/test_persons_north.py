"""Persons and posts as pages of northern and eastern provinces write them, each mechanism on invented text.

The bulletins are invented, of places other than the samples' and the development set's (牡丹江 in 黑龙江;
玉树 in 青海; 赤峰 in 内蒙古; 宁德 in 福建; 湖州 in 浙江); the persons are invented.
"""
from __future__ import annotations

import pytest

from test_extraction import masthead, posts_of, write_and_process


def page(tmp_path_factory, city: str, body: str):
    return write_and_process(tmp_path_factory, f"{city}-page.txt", masthead(city, 5, "2024年6月3日") + body)


def test_a_given_name_ending_in_he_or_wei_before_a_comma_or_a_verb(tmp_path_factory):
    doc = page(tmp_path_factory, "牡丹江", "市政协走访企业\n6月1日，市政协党组书记、主席赵德和参加调研，"
                                           "走访了某某机械有限公司总经理孙志和、某某食品有限公司董事长钱立新。"
                                           "市领导周若为、吴建平参加。市政协副主席郑强和委员们座谈。"
                                           "市政协副主席王刚为企业代表颁奖。\n")
    assert {"赵德和", "孙志和", "周若为", "郑强", "王刚"} <= set(doc.persons)
    assert not {"赵德", "孙志", "周若", "郑强和", "王刚为"} & set(doc.persons)
    assert posts_of(doc, "赵德和") == {("党组书记", "牡丹江市政协"), ("主席", "牡丹江市政协")}


def test_no_person_in_a_plural_a_conjunction_or_a_studio_named_after_an_uncle(tmp_path_factory):
    doc = page(tmp_path_factory, "湖州", "市政协视察\n6月1日，委员和代表们一行先后来到市中心医院。会议研究了先进专委会"
                                         "和优秀委员评选活动。视察组参观了红枫叶·陈叔委员工作室。\n")
    assert not {"代表们", "和优秀", "红枫叶·陈叔"} & set(doc.persons)


def test_a_list_of_names_opening_a_line_whose_given_names_jieba_splits(tmp_path_factory):
    doc = page(tmp_path_factory, "宁德", "市政协港澳委员座谈\n6月1日，市政协召开港澳委员座谈会。\n"
                                         "  丘应松、冯翠兰、黎荣昌、昝立新等委员围绕文旅融合踊跃发言。\n")
    assert {"丘应松", "冯翠兰", "黎荣昌", "昝立新"} <= set(doc.persons)


def test_tibetan_names_of_qinghai_after_a_title_and_in_a_list(tmp_path_factory):
    doc = page(tmp_path_factory, "玉树", "州政协全会\n6月1日，州政协主席公保才让，副主席仁青安多、李明远出席。\n")
    assert {"公保才让", "仁青安多", "李明远"} <= set(doc.persons)
    assert posts_of(doc, "仁青安多") == {("副主席", "玉树州政协")}


def test_session_roles_and_chain_titles_give_no_post_but_military_titles_do(tmp_path_factory):
    doc = page(tmp_path_factory, "赤峰", "市政协全会闭幕\n6月1日，闭幕会由市政协五届一次会议主席团常务主席"
                                         "孙建军主持。市政协副主席、市新能源产业链副链长韩立新，市人民检察院检察长"
                                         "曹文斌，市武警支队司令员高志远、政委马洪涛出席。\n")
    assert posts_of(doc, "孙建军") == set()
    assert posts_of(doc, "韩立新") == {("副主席", "赤峰市政协")}
    assert {"高志远", "马洪涛"} <= set(doc.persons)
    assert not any("检察院" in org for _role, org in posts_of(doc, "马洪涛"))   # the unread 支队's, not the court's


def test_titles_after_an_unread_organization_are_not_the_committee_named_before(tmp_path_factory):
    doc = page(tmp_path_factory, "湖州", "委员风采\n6月1日，市政协委员，湖州明德律师事务所高级合伙人、"
                                         "监事会主席沈立群表示，将积极履职。\n")
    assert ("委员", "湖州市政协") in posts_of(doc, "沈立群")
    assert ("监事会主席", "湖州市政协") not in posts_of(doc, "沈立群")


def test_a_committee_of_a_page_that_names_no_place_keeps_its_bare_name(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "unplaced.txt", "市政协召开主席会议\n5月10日下午，市政协举行主席会议，"
                                                               "市政协主席林建华，副主席陈立、郑国荣出席。"
                                                               "县政协副主席黄立群带队调研。\n")
    assert doc.context.place is None
    assert posts_of(doc, "林建华") == {("主席", "市政协")}
    assert posts_of(doc, "郑国荣") == {("副主席", "市政协")}
    assert posts_of(doc, "黄立群") == {("副主席", "县政协")}


def test_a_place_that_is_a_given_name_or_a_province_names_no_district(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "guangming.txt", "省政协调研\n2月19日，省政协副主席马光明率调研组"
                                                                "来我市调研。市政协主席陈作荣、副主席黄怀远陪同调研。\n")
    assert doc.context.place is None   # not 光明区 (深圳) nor 怀远县 (蚌埠)
    assert posts_of(doc, "马光明") == {("副主席", "省政协")}
    doc = write_and_process(tmp_path_factory, "hebei.txt", "河北频道 > 省领导活动报道集\n考察团到我省考察\n"
                                                           "10月15日，省委书记李东海、省长吴立新参加有关活动。\n")
    assert doc.context.province == "河北省"   # not 天津市河北区
    assert posts_of(doc, "李东海") == {("书记", "中共河北省委")}


def test_a_list_with_a_long_mongolian_name_and_members_named_before_their_title(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "hexigten.txt", "旗政协全会开幕\n6月1日，旗政协十届一次会议开幕。"
                                                               "大会执行主席是:辛银山、格日勒图雅、孙明远、崔立新、何永坤。\n")
    assert {"辛银山", "格日勒图雅", "孙明远", "崔立新", "何永坤"} <= set(doc.persons)
    doc = write_and_process(tmp_path_factory, "qinghai.txt", "省政协全会大会发言\n1月27日，青海省政协十三届四次会议"
                                                              "举行大会发言。王立民委员代表民革发言；乌仁其其格委员在发言中"
                                                              "说，要发展生态畜牧业。\n")
    assert "乌仁其其格" in doc.persons
    assert ("委员", "青海省政协") in posts_of(doc, "乌仁其其格")
    assert ("委员", "青海省政协") in posts_of(doc, "王立民")


def test_each_dated_item_of_a_page_of_many_places_is_of_the_place_it_opens_with(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "digest.txt", "5月8日，宝鸡市陈仓区政协组织委员视察。"
                                                             "区政协副主席高立文参加。\n4月15日，黄龙县政协专题调研卫生室"
                                                             "建设。县政协副主席李志锁参加。\n4月29日，合阳县政协开展对口协商"
                                                             "活动。县政协副主席赵明科参加。\n")
    assert doc.context.place is None
    # each county named as the page writes it: no prefecture the text does not name (延安, 渭南)
    assert {org for _role, org in posts_of(doc, "李志锁")} == {"黄龙县政协"}
    assert {org for _role, org in posts_of(doc, "赵明科")} == {"合阳县政协"}
    assert {org for _role, org in posts_of(doc, "高立文")} == {"宝鸡市陈仓区政协"}


def test_photographers_parted_by_spaces_a_leader_before_dengshengweichangwei_and_an_acting_governor(tmp_path_factory):
    doc = page(tmp_path_factory, "牡丹江", "市政协全会闭幕\n闭幕会主席台。周立峰 孙强 摄\n6月1日，省委副书记、代省长"
                                           "高文彬，赵立军等省委常委出席。\n")
    assert {"周立峰", "孙强", "赵立军"} <= set(doc.persons)
    assert posts_of(doc, "高文彬") == {("副书记", "中共黑龙江省委"), ("代省长", "黑龙江省人民政府")}


def test_a_title_that_names_its_own_organization_takes_no_other_when_the_page_names_no_place(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "governor.txt", "省领导看望委员\n1月9日，省委副书记、省长高文彬看望"
                                                               "委员。\n")
    assert ("省长", "省委") not in posts_of(doc, "高文彬")


@pytest.mark.parametrize("text, person", [
    # 振兴 of 乡村振兴 is no 丹东市振兴区
    ("9月10日，省政协研究室主任方立新一行来我县调研乡村振兴工作。县政协副主席周云海陪同。调研组了解乡村振兴工作队"
     "情况，推动乡村振兴。\n", "周云海"),
    # 官渡镇 is a town, no 昆明市官渡区
    ("11月27日，县政协委员列席人大会议开幕式。县政协副主席王立超、张友明参加讨论。来自官渡镇的政协委员伍立国说，"
     "要当好参谋员。\n", "张友明"),
])
def test_a_short_place_form_that_is_a_common_word_or_a_towns_name_names_no_place(tmp_path_factory, text, person):
    doc = write_and_process(tmp_path_factory, "short-form.txt", text)
    assert doc.context.place is None
    assert posts_of(doc, person) == {("副主席", "县政协")}


def test_a_place_alone_before_a_title_that_names_its_government_and_a_bureau_named_whole(tmp_path_factory):
    doc = page(tmp_path_factory, "赣州", "九三学社调研\n6月1日，调研组赴章贡区调研。章贡区副区长李文清、市农业农村局"
                                         "局长邱立民陪同。\n")
    assert posts_of(doc, "李文清") == {("副区长", "赣州市章贡区人民政府")}
    assert posts_of(doc, "邱立民") == {("局长", "赣州市农业农村局")}


def test_a_bare_province_after_another_provinces_party_committee_in_the_phrase(tmp_path_factory):
    doc = page(tmp_path_factory, "湖州", "市政协赴辽宁考察\n8月3日，市政协副主席周立民率团参加峰会。辽宁省委书记、"
                                         "省人大常委会主任高建设出席。\n")
    assert ("主任", "辽宁省人大常委会") in posts_of(doc, "高建设")


def test_a_county_committee_of_a_city_page_that_names_no_county(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "liaoyang.txt", "5月24日，辽阳市政协主席曹立新一行到某某集团调研，县委"
                                                               "书记罗明亮，县政协主席孙长野陪同调研。\n")
    assert posts_of(doc, "罗明亮") == {("书记", "县委")}
    assert posts_of(doc, "孙长野") == {("主席", "县政协")}


def test_no_name_inside_a_word_or_after_an_adverb_and_a_name_that_is_a_direction(tmp_path_factory):
    doc = page(tmp_path_factory, "赤峰", "走访委员\n6月1日，市政协走访看望委员，帮助委员解决工作和创业中的困难。\n"
                                         "政协委员 王立文:非常荣幸当选新一届的政协委员。\n向南当选市政协秘书长。\n")
    assert not {"解决工", "荣幸"} & set(doc.persons)
    assert "王立文" in doc.persons
    assert posts_of(doc, "向南") == {("秘书长", "赤峰市政协")}


def test_a_member_named_after_committee_word_alone(tmp_path_factory):
    doc = page(tmp_path_factory, "宁德", "市政协全会报到\n1月2日，委员们陆续报到。委员李军锋说，将积极履职。\n")
    assert posts_of(doc, "李军锋") == {("委员", "宁德市政协")}


def test_a_list_of_names_before_dengweiyuan_are_members(tmp_path_factory):
    doc = page(tmp_path_factory, "湖州", "委员论坛\n3月14日，市政协举办委员论坛。随后，吕立强、阮志杰、张龙生等委员轮番上场"
                                         "建言。\n")
    assert posts_of(doc, "阮志杰") == {("委员", "湖州市政协")}
    assert posts_of(doc, "张龙生") == {("委员", "湖州市政协")}


def test_a_word_jieba_tags_as_a_name_but_sees_often_and_company_board_titles(tmp_path_factory):
    doc = page(tmp_path_factory, "宁德", "市政协常委会\n6月1日，市政协召开常委会议。他强调，要珍惜委员荣誉、牢记委员"
                                         "责任。市工商联主席、海西电气集团董事局主席林向东，民盟市委兼职副主委高峰出席。\n")
    assert "荣誉" not in doc.persons
    assert {"林向东", "高峰"} <= set(doc.persons)
    assert ("董事局主席", "海西电气集团") in posts_of(doc, "林向东")
    assert ("主席", "海西电气集团") not in posts_of(doc, "林向东")


def test_titles_of_one_person_parted_by_a_comma_after_a_list_of_titles(tmp_path_factory):
    doc = page(tmp_path_factory, "赤峰", "市政协常委会\n6月1日，市政协主席王立新主持会议。市委常委、统战部部长，市政协党组"
                                         "副书记马立凤出席会议。\n")
    assert posts_of(doc, "马立凤") == {("常委", "中共赤峰市委"), ("部长", "赤峰市委统战部"),
                                      ("党组副书记", "赤峰市政协")}


def test_a_member_of_the_chairmens_meeting_holds_no_post_but_the_meeting_is_a_body(tmp_path_factory):
    doc = page(tmp_path_factory, "宁德", "市政协主席会议\n6月1日，市政协主席会议成员林立新、陈永华出席会议。\n")
    assert {"林立新", "陈永华"} <= set(doc.persons)
    assert posts_of(doc, "林立新") == set()
    assert any(name.endswith("主席会议") for name in doc.organizations)


def test_names_read_by_a_party_title_are_elected_too(tmp_path_factory):
    doc = page(tmp_path_factory, "湖州", "县政协换届\n9月8日，县政协十五届一次会议举行选举。民进安吉县委会主委林春红当选"
                                         "政协安吉县第十五届委员会副主席，副主委王正明、徐立刚当选县政协常委。\n")
    assert posts_of(doc, "林春红") == {("主委", "民进安吉县委会"), ("副主席", "湖州市安吉县政协")}
    assert posts_of(doc, "徐立刚") == {("副主委", "民进安吉县委会"), ("常委", "湖州市安吉县政协")}


def test_a_name_right_after_a_verb_before_weiyuan_and_no_name_of_a_verb_and_a_word(tmp_path_factory):
    doc = page(tmp_path_factory, "宁德", "委员风采\n6月1日，市政协召开展走访委员活动，大力推介张燕委员的事迹，来到王晴晴"
                                         "委员工作室调研。\n")
    assert {"张燕", "王晴晴"} <= set(doc.persons)
    assert "展走访" not in doc.persons
