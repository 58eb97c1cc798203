"""Persons and posts as pages of southern, south-western and north-western provinces write them, each mechanism
on invented text: the places are real (阿坝, 凉山, 广西, 新疆...), the persons and their words invented.
"""
from __future__ import annotations

from test_extraction import posts_of, write_and_process


def test_a_county_short_form_inside_a_dotted_name_is_no_place_of_the_page(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "xj.txt", "自治区政协召开座谈会\n6月2日，自治区政协召开座谈会，"
                            "自治区政协副主席艾力·铁力克主持，民盟新疆区委会副主委吐尔逊·买买提发言。"
                            "自治区副主席铁力克·吾买尔到会讲话。铁力克·吾买尔说，建议对新疆发展很有价值。\n")
    assert doc.context.province == "新疆维吾尔自治区" and doc.context.place is None
    assert posts_of(doc, "艾力·铁力克") == {("副主席", "新疆维吾尔自治区政协")}


def test_a_place_name_after_a_title_is_a_person_and_a_paper_dateline_gives_the_place(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "ab.txt", "阿坝日报讯 6月3日，受州委书记常德委托，州委副书记、州长"
                            "王明远到驻地看望政协委员，州政协主席李正清一同看望。\n")
    assert doc.context.place == "阿坝藏族羌族自治州"
    assert ("书记", "中共阿坝州委") in posts_of(doc, "常德")
    assert posts_of(doc, "李正清") == {("主席", "阿坝州政协")}


def test_a_prefecture_page_naming_only_one_of_its_cities(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "ls.txt", "今日上午，州委州政府在会理向老干部通报全州经济运行情况。"
                            "州政协副主席马文清出席。\n")
    assert doc.context.place == "凉山彝族自治州"
    assert posts_of(doc, "马文清") == {("副主席", "凉山州政协")}


def test_a_bare_autonomous_region_is_the_region_the_page_names_not_its_visitors_province(tmp_path_factory):
    doc = write_and_process(tmp_path_factory, "gx.txt", "6月5日，自治区政协主席韦立新在南宁会见了河北省政协主席"
                            "赵永刚一行。韦立新欢迎河北省政协来桂考察，希望河北省与广西加强合作。河北省政协副主席"
                            "钱志明，自治区政协副主席覃美玲参加会见。赵永刚说，广西发展给大家留下深刻印象。\n")
    assert doc.context.province == "广西壮族自治区"
    assert posts_of(doc, "覃美玲") == {("副主席", "广西壮族自治区政协")}
    assert posts_of(doc, "钱志明") == {("副主席", "河北省政协")}


def test_a_short_form_touching_a_name_dot_is_part_of_the_name_but_a_dot_after_a_year_is_not():
    from kg.place_words import inside_a_name
    for text in ("副主席买买提·铁力克出席", "副主席铁力克·吾买尔出席"):
        at = text.index("铁力")
        assert inside_a_name(text, at, at + 2, False)
    text = "2024·西藏发展论坛"
    assert not inside_a_name(text, text.index("西藏"), text.index("西藏") + 2, False)


def page(tmp_path_factory, name: str, body: str):
    return write_and_process(tmp_path_factory, f"{name}.txt", body)


def test_tibetan_names_with_the_characters_of_western_tibet_and_kham(tmp_path_factory):
    doc = page(tmp_path_factory, "tibet", "县政协召开主席会议\n6月1日，林芝市巴宜区政协主席扎西赤林主持会议，"
                                         "副主席德哇才让、拥措卓玛、刘建国出席。区人大常委会主任次仁江村到会。\n")
    assert {"扎西赤林", "德哇才让", "拥措卓玛", "刘建国", "次仁江村"} <= set(doc.persons)
    assert posts_of(doc, "德哇才让") == {("副主席", "林芝市巴宜区政协")}


def test_a_session_host_and_a_candidate_are_persons_without_a_post(tmp_path_factory):
    doc = page(tmp_path_factory, "host", "6月1日，钦州市政协主席团举行会议，大会主席团会议主持人黄立新主持会议。"
                                        "市政协党组成员、秘书长候选人覃明华出席。\n")
    assert {"黄立新", "覃明华"} <= set(doc.persons)
    assert posts_of(doc, "黄立新") == set()
    assert posts_of(doc, "覃明华") == {("党组成员", "钦州市政协")}


def test_a_surname_that_is_also_a_word_right_after_a_post_title(tmp_path_factory):
    doc = page(tmp_path_factory, "rong", "6月1日，江门市政协主席、党组书记容海燕主持召开主席会议。\n")
    assert posts_of(doc, "容海燕") == {("主席", "江门市政协"), ("党组书记", "江门市政协")}


def test_a_committee_before_a_title_written_after_it_is_no_name(tmp_path_factory):
    doc = page(tmp_path_factory, "nongshui", "6月1日，茂名市电白区人大常委会会议上，黄明华被任命为区人大"
                                            "农水委委员，陈立被任命为区人大华侨委委员。\n")
    assert not {"农水委", "华侨委"} & set(doc.persons)


def test_a_counted_list_of_members_without_deng(tmp_path_factory):
    doc = page(tmp_path_factory, "members", "6月1日，固原市政协全体会议召开。会上，马建华、杨晓丽、周立新3名委员"
                                           "作大会发言。\n")
    assert posts_of(doc, "杨晓丽") == {("委员", "固原市政协")}


def test_reporters_credited_together_with_spaces(tmp_path_factory):
    doc = page(tmp_path_factory, "credits", "6月1日，曲靖市政协召开常委会议。(曲靖日报全媒体记者 周明 吴小丽 郑海涛)\n")
    assert {"周明", "吴小丽", "郑海涛"} <= set(doc.persons)


def test_a_name_that_is_also_a_place_word_alone_after_a_title(tmp_path_factory):
    doc = page(tmp_path_factory, "mashan", "6月1日，百色市政协开幕。市委副书记、市长马山，市政协主席王刚出席。"
                                          "九三学社市委专职副主委任志远、副主委刘芳参加。\n")
    assert posts_of(doc, "马山") == {("副书记", "中共百色市委"), ("市长", "百色市人民政府")}
    assert "任志远" in doc.persons and "志远" not in doc.persons


def test_a_former_post_is_no_post(tmp_path_factory):
    doc = page(tmp_path_factory, "former", "6月1日，黔南州政协会议开幕。应邀出席的有十届州政协原主席罗明生，历届区政协"
                                          "主席张广和、杨续民，州政协副主席吴仕云。\n")
    assert posts_of(doc, "罗明生") == posts_of(doc, "张广和") == set()
    assert posts_of(doc, "吴仕云") == {("副主席", "黔南州政协")}


def test_two_titles_joined_by_jian_or_run_into_a_party_department(tmp_path_factory):
    doc = page(tmp_path_factory, "jian", "6月1日，柳州市政协召开会议。市委常委兼统战部部长韦海明出席。市政协副主席、"
                                        "市工商联主席兼党组书记蒙丽华参加。市委常委统战部部长覃一鸣陪同。\n")
    assert posts_of(doc, "韦海明") == posts_of(doc, "覃一鸣") == {("常委", "中共柳州市委"), ("部长", "柳州市委统战部")}
    assert ("党组书记", "柳州市工商联") in posts_of(doc, "蒙丽华")


def test_a_sentence_opening_on_a_bare_title_takes_the_committee_of_the_sentence_before(tmp_path_factory):
    doc = page(tmp_path_factory, "carried", "6月1日，市政协召开主席会议。\n武威市政协主席马德林主持会议。副主席"
                                           "王志红、李春燕，秘书长赵建平出席会议。\n")
    assert posts_of(doc, "李春燕") == {("副主席", "武威市政协")}
    assert posts_of(doc, "赵建平") == {("秘书长", "武威市政协")}


def test_national_members_living_in_a_province_and_a_region_party_secretary(tmp_path_factory):
    doc = page(tmp_path_factory, "zhuqiong", "6月1日，住琼全国政协委员黎明华、吴海燕赴三亚视察。西藏自治区党委书记"
                                            "陈立新会见。\n")
    assert posts_of(doc, "吴海燕") == {("委员", "全国政协")}
    assert ("书记", "西藏自治区党委") in posts_of(doc, "陈立新")


def test_a_level_committee_after_a_democratic_partys_is_that_partys(tmp_path_factory):
    doc = page(tmp_path_factory, "minmeng", "6月1日，调研座谈会在西昌市召开。民盟四川省委副主委、凉山州委主委，"
                                           "州政府副州长李文华出席。会议听取了各小组讨论中共凉山州委副书记王小平讲话的情况。\n")
    assert ("主委", "民盟凉山州委") in posts_of(doc, "李文华")
    assert ("主委", "中共凉山州委") not in posts_of(doc, "李文华")
    assert posts_of(doc, "王小平") == {("副书记", "中共凉山州委")}


def test_later_clauses_of_an_election_take_the_committee_of_the_first(tmp_path_factory):
    doc = page(tmp_path_factory, "elect", "6月1日，会议以无记名投票方式选举刘建民为政协崇左市江州区第五届委员会副主席，"
                                         "黄海宁为秘书长。林小红当选为政协百色市第五届委员会主席，梁伟、罗静当选为副主席。\n")
    (_role, committee), = posts_of(doc, "刘建民")
    assert posts_of(doc, "黄海宁") == {("秘书长", committee)}
    assert posts_of(doc, "罗静") == {("副主席", "百色市政协")}


def test_no_name_in_an_idiom_a_non_name_word_or_a_title_after_a_dotted_name(tmp_path_factory):
    doc = page(tmp_path_factory, "idiom", "6月1日，市政协主席覃一凡走访委员。韦立主席饶有兴致地参观了实验室。来自"
                                         "20个成员单位共100多位代表参加。地委副书记、行署专员吐尔洪·买买提专员一行调研。\n")
    assert not {"饶有兴", "单位共", "吐尔洪·买买提专员"} & set(doc.persons)
    assert "吐尔洪·买买提" in doc.persons


def test_the_first_part_of_a_dotted_name_alone_is_that_person(tmp_path_factory):
    doc = page(tmp_path_factory, "tajik", "记者见到了阿力克·吐尔地委员。阿力克委员谈到，他一直在县水利局工作。\n"
                                         "阿力克委员和另一位委员古丽·热合曼还谈到人才问题。\n")
    assert "阿力克" not in doc.persons and not any(name.startswith("\n") for name in doc.persons)
    assert "阿力克·吐尔地" in doc.persons and "古丽·热合曼" in doc.persons


def test_a_page_saying_its_province_by_its_one_character_name(tmp_path_factory):
    doc = page(tmp_path_factory, "zhuyue", "住粤全国政协委员抵达北京\n3月1日，住粤全国政协委员启程赴京。受省政协主席"
                                          "梁伟明委托，省政协副主席陈嘉华到机场送行。\n")
    assert doc.context.province == "广东省"
    assert posts_of(doc, "陈嘉华") == {("副主席", "广东省政协")}


def test_a_post_marked_as_held_besides_another(tmp_path_factory):
    doc = page(tmp_path_factory, "jianzhi", "10月20日，民革柳州市委会调研组赴百色调研。民革柳州市委会副主委(兼)、"
                                           "城中区政协副主席韦明亮带队。市政协委员、致公党柳州市委会副主委（兼）黄晓丽参加。\n")
    assert ("副主委", "民革柳州市委会") in posts_of(doc, "韦明亮")
    assert any(role == "副主席" for role, _org in posts_of(doc, "韦明亮"))
    assert "黄晓丽" in doc.persons


def test_southern_and_hui_surnames_and_the_credit_lines_of_a_page(tmp_path_factory):
    doc = page(tmp_path_factory, "credits2", "6月1日，江门市政协副主席萧志强率队调研。县委常委、统战部部长敏学军，"
                                            "市台港澳事务局局长香丽娟参加。\n记者:余明华\n编辑:古丽文\n二审:牛建平\n三审:杨勇军\n")
    assert {"萧志强", "敏学军", "香丽娟", "余明华", "牛建平", "杨勇军"} <= set(doc.persons)
    assert ("副主席", "江门市政协") in posts_of(doc, "萧志强")


def test_a_source_line_naming_a_city_and_the_town_offices_of_a_city_without_counties(tmp_path_factory):
    doc = page(tmp_path_factory, "zhongshan", "委员走访镇区政协工作室\n\n发布时间: 2024年06月01日 来源: 中山政协\n"
                                             "5月30日，市政协副主席梁志明率委员到南区、横栏两镇区政协工作室走访。\n")
    assert doc.context.place == "中山市"
    assert posts_of(doc, "梁志明") == {("副主席", "中山市政协")}


def test_a_given_name_ending_in_ren_and_a_committee_after_words_of_the_election(tmp_path_factory):
    doc = page(tmp_path_factory, "ren", "会上，韦志明当选为新一届政协广西委员会主席，大会执行主席李海、黄崇任，"
                                       "覃丽当选为新一届政协广西委员会秘书长。\n")
    assert "黄崇任" in doc.persons and "黄崇" not in doc.persons
    assert posts_of(doc, "韦志明") == {("主席", "广西壮族自治区政协")}


def test_titles_after_an_unread_body_of_a_membership_are_not_the_organization_named_before(tmp_path_factory):
    doc = page(tmp_path_factory, "buwuhui", "9月28日，座谈会召开。市委统战部副部长、市侨务局局长区少华，市委统战部"
                                           "部务会成员、二级调研员梁振东出席。\n")
    assert not any(org.endswith("侨务局") for _role, org in posts_of(doc, "梁振东"))


def test_a_title_after_a_name_ends_the_phrase_of_the_next_name(tmp_path_factory):
    """提案委王澄荣主任、县农业农村局局长赵某: the first name with its title after it closes its phrase, so the
    second name's phrase is only its own bureau and title (no 主任 of a committee glued to 王澄荣)."""
    doc = page(tmp_path_factory, "after", "6月11日，灵石县政协副主席金某带领委员到企业调研。县政协提案委孙明哲主任、"
                                         "县农业农村局局长钱立文陪同。\n")
    assert posts_of(doc, "孙明哲") == {("主任", "灵石县政协提案委")}
    assert posts_of(doc, "钱立文") == {("局长", "灵石县农业农村局")}
    assert not any("孙明哲" in name for name in doc.organizations)
