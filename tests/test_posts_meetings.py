"""Posts as the reports of county and district CPPCC meetings write them (常委会议, 主席会议, 开幕, 闭幕): the
discipline commission's secretary, former chairmen of past terms, special committees named by their short
names alone, acting and advisory titles. Each pattern on invented text (real places, invented persons).
"""
from __future__ import annotations

from test_extraction import posts_of, write_and_process


def county_page(tmp_path_factory, name: str, body: str):
    return write_and_process(tmp_path_factory, f"{name}.txt", body)


def test_the_secretary_of_the_discipline_commission_is_the_commissions_post(tmp_path_factory):
    doc = county_page(tmp_path_factory, "jiwei", "5月2日，宿松县政协召开十届六次常委会议。县委常委、县纪委书记李青山，"
                                                 "县委常委、纪委书记王晓东出席。县政协主席张明远主持。\n")
    assert posts_of(doc, "李青山") == {("常委", "中共宿松县委"), ("书记", "宿松县纪委")}
    assert posts_of(doc, "王晓东") == {("常委", "中共宿松县委"), ("书记", "宿松县纪委")}


def test_chairmen_of_past_terms_hold_no_post(tmp_path_factory):
    doc = county_page(tmp_path_factory, "wangjie", "5月2日，泗洪县政协十届三次会议开幕。县政协主席周立群，往届县政协主席"
                                                   "赵国平、钱立新，往届泗洪县政协副主席孙德海在主席台就座。\n")
    assert posts_of(doc, "周立群") == {("主席", "泗洪县政协")}
    assert posts_of(doc, "赵国平") == posts_of(doc, "钱立新") == posts_of(doc, "孙德海") == set()


def test_a_special_committee_named_alone_is_the_committees_body(tmp_path_factory):
    doc = county_page(tmp_path_factory, "zhuanwei", "5月2日，修水县政协召开主席会议。县政协主席方国庆主持。会议听取了"
                                                    "提案委主任周国桥关于提案工作的汇报，教文委副主任黄美华、城建委主任"
                                                    "陈悦之作说明。提案委王一鸣主任参加。县住建委主任李海涛列席。\n")
    assert posts_of(doc, "周国桥") == posts_of(doc, "王一鸣") == {("主任", "修水县政协提案委")}
    assert posts_of(doc, "黄美华") == {("副主任", "修水县政协教文委")}
    assert posts_of(doc, "陈悦之") == {("主任", "修水县政协城建委")}
    assert ("主任", "修水县政协住建委") not in posts_of(doc, "李海涛")


def test_acting_and_advisory_titles(tmp_path_factory):
    doc = county_page(tmp_path_factory, "daili", "5月2日，宿松县政协召开常委会议。县政协党组成员、代秘书长刘树林，"
                                                 "县政协顾问孙少玲，县纪委书记、县监委代主任吴海东出席。\n")
    assert posts_of(doc, "刘树林") == {("党组成员", "宿松县政协"), ("代秘书长", "宿松县政协")}
    assert posts_of(doc, "孙少玲") == {("顾问", "宿松县政协")}
    assert posts_of(doc, "吴海东") == {("书记", "宿松县纪委"), ("代主任", "宿松县监委")}


def test_a_party_department_after_a_government_title_is_the_party_committees(tmp_path_factory):
    doc = county_page(tmp_path_factory, "tongzhan", "5月2日，泗洪县政协召开常委会议。县委常委、副县长、统战部部长吴海东出席。\n")
    assert posts_of(doc, "吴海东") == {("常委", "中共泗洪县委"), ("副县长", "泗洪县人民政府"), ("部长", "泗洪县委统战部")}


def test_titles_shared_by_lists_members_after_them_a_bare_title_after_the_committee(tmp_path_factory):
    # a list of two or more names, then the members' title; a bare title after the committee its sentence named
    doc = county_page(tmp_path_factory, "lists", "5月2日，泗洪县政协召开常委会议。会上，沈建华、冯丽丽等3位县政协常委"
                                                 "进行述职。于明伟、郑丽婷、孙铁林6名县政协委员作了大会发言。"
                                                 "县政协领导周立群、黄克明、葛慧华及秘书长施长华参加会议。\n")
    assert posts_of(doc, "沈建华") == posts_of(doc, "冯丽丽") == {("常委", "泗洪县政协")}
    assert posts_of(doc, "于明伟") == posts_of(doc, "孙铁林") == {("委员", "泗洪县政协")}
    assert posts_of(doc, "施长华") == {("秘书长", "泗洪县政协")}


def test_no_person_opens_on_a_determiner_and_a_name_ending_in_lai_inside_a_list(tmp_path_factory):
    doc = county_page(tmp_path_factory, "names", "5月2日，泗洪县政协十届五次会议闭幕。县委书记焦红，大会执行主席程洪全、"
                                                 "杜传来、印玲玲在主席台就座。大会秘书处副秘书长和各组负责人列席会议。\n")
    assert "杜传来" in doc.persons and "杜传" not in doc.persons
    assert "和各组" not in doc.persons


def test_a_compound_surname_opening_on_a_boundary_word_and_a_body_after_a_byline_word(tmp_path_factory):
    doc = county_page(tmp_path_factory, "shangguan", "政协十堰市五届四次会议闭幕\n作者:区新闻中心来源:区新闻中心\n8日，政协十堰市五届四次会议闭幕。"
                                                     "大会选举上官守刚、张金鑫为政协十堰市第五届委员会常务委员。\n")
    assert posts_of(doc, "上官守刚") == posts_of(doc, "张金鑫") == {("常务委员", "十堰市政协")}
    assert "区新闻" not in doc.persons


def test_a_bare_title_after_a_committee_of_a_page_naming_no_place(tmp_path_factory):
    doc = county_page(tmp_path_factory, "unplaced", "1月4日，区政协领导刘建国、周文明、朱亚平及秘书长王少华看望委员。\n")
    assert posts_of(doc, "王少华") == {("秘书长", "区政协")}


def test_a_government_title_on_a_page_naming_no_place_of_its_level(tmp_path_factory):
    doc = county_page(tmp_path_factory, "nogov", "12月28日，县政协十一届一次会议举行预备会议。县委书记朱明，县长吴海峰，"
                                                 "县委常委、常务副县长丁和平出席会议。\n")
    assert posts_of(doc, "吴海峰") == {("县长", "县人民政府")}
    assert posts_of(doc, "丁和平") == {("常委", "县委"), ("常务副县长", "县人民政府")}


def test_a_rare_surname_a_name_before_bu_zai_danren_and_a_national_bodys_committee(tmp_path_factory):
    doc = county_page(tmp_path_factory, "rare", "12月23日上午，宿松县政协召开常委会议。会议补选焉荣竹、陈光华为县政协"
                                               "副主席。毕泗生不再担任县政协秘书长职务。全国人大财政经济委员会副主任委员"
                                               "韩寓明在主席台就座。\n")
    assert posts_of(doc, "焉荣竹") == posts_of(doc, "陈光华") == {("副主席", "宿松县政协")}
    assert "毕泗生" in doc.persons and posts_of(doc, "毕泗生") == set()
    assert posts_of(doc, "韩寓明") == {("副主任委员", "全国人大财政经济委员会")}


def test_a_chairman_titled_after_his_name_convening_the_committees_meeting(tmp_path_factory):
    doc = county_page(tmp_path_factory, "convene", "12月24日上午，吴成平主席主持召开了宿松县政协十届五次常委会议。\n")
    assert posts_of(doc, "吴成平") == {("主席", "宿松县政协")}


def test_leaders_of_the_committees_term_before_written_after_the_level_word(tmp_path_factory):
    doc = county_page(tmp_path_factory, "term", "1月9日，政协泗洪县第十六届委员会第三次会议开幕。县政协主席邵文华主持。"
                                                "在主席台就座的还有县十五届政协主席徐冬明，副主席喻伟芳。\n")
    assert posts_of(doc, "邵文华") == {("主席", "泗洪县政协")}
    assert posts_of(doc, "徐冬明") == posts_of(doc, "喻伟芳") == set()


def test_no_organization_opens_on_the_pronoun_wo(tmp_path_factory):
    doc = county_page(tmp_path_factory, "wo", "12月21日，宿松县政协第四届委员会第二次全体会议召开。我集团董事长辛国华"
                                              "应邀参加此次会议。\n")
    assert "辛国华" in doc.persons
    assert not any(name.startswith("我") for name in doc.organizations)


def test_a_member_title_after_a_name_and_zuowei(tmp_path_factory):
    doc = county_page(tmp_path_factory, "zuowei", "12月21日，宿松县政协全体会议召开。某某集团董事长辛国华先生作为县政协"
                                                  "委员应邀参加会议。王立新作为宿松县政协委员，提交了提案。\n")
    assert posts_of(doc, "辛国华") == posts_of(doc, "王立新") == {("委员", "宿松县政协")}


def test_a_surname_that_is_also_a_word_before_a_place_word_given_name(tmp_path_factory):
    doc = county_page(tmp_path_factory, "ren", "12月20日，泗洪县政协召开主席会议。县政协主席任西山、副主席郝伟、任建国"
                                               "出席会议。县政协委员任务艰巨。副主席和北京的专家座谈。\n")
    assert posts_of(doc, "任西山") == {("主席", "泗洪县政协")}
    assert posts_of(doc, "任建国") == {("副主席", "泗洪县政协")}
    assert not {"任务艰", "和北京"} & set(doc.persons)


def test_a_county_named_by_a_conjunction_and_the_conjunction_before_a_bare_county(tmp_path_factory):
    joined = county_page(tmp_path_factory, "he1", "11月27日，参加县政协八届一次会议的委员认真领会县政协八届一次会议"
                                                 "和县第十六届人大第一次会议精神。县政协副主席王超参加讨论。\n")
    assert joined.context.place is None
    county = county_page(tmp_path_factory, "he2", "5月2日，和县政协召开常委会议。县政协主席王超主持，委员在和县调研。\n")
    assert county.context.place == "和县"
    assert posts_of(county, "王超") == {("主席", "和县政协")}


def test_a_caption_run_into_the_next_stops_at_the_meeting_it_attended(tmp_path_factory):
    doc = county_page(tmp_path_factory, "captions", "县委书记彭正明出席会议县委副书记、县长梁君出席会议\n1月18日，政协龙山县"
                                                    "第八届委员会第二次会议开幕。\n")
    assert posts_of(doc, "梁君") == {("副书记", "中共龙山县委"), ("县长", "龙山县人民政府")}


def test_a_members_caption_on_a_page_naming_no_place(tmp_path_factory):
    doc = county_page(tmp_path_factory, "caption", "今天下午，出席区政协十四届三次会议的政协委员展开了热烈讨论。\n"
                                                   "政协委员 何静云\n讲话重点突出。\n")
    assert posts_of(doc, "何静云") == {("委员", "区政协")}


def test_the_secretary_general_of_one_session_holds_no_post_of_the_committee(tmp_path_factory):
    # 某政协十三届四次会议秘书长: an ad hoc role of the session; the committee's own 秘书长 written beside it is a post
    doc = county_page(tmp_path_factory, "session-secretary", "1月5日，宿松县政协十届四次会议新闻发布会召开。"
                      "县政协十届四次会议秘书长王立新、县政协第十届委员会第四次会议秘书长、县政协秘书长陈明远介绍会议筹备情况。\n")
    assert posts_of(doc, "王立新") == set()
    assert posts_of(doc, "陈明远") == {("秘书长", "宿松县政协")}
