"""Persons, organizations and posts as real pages write them (issue 9), each mechanism on invented text.

The bulletins are invented, of places other than the samples' and the development set's (宝鸡, 汉中, 咸阳 in
陕西; 绵阳 in 四川; 赣州 in 江西); the persons are invented.
"""
from __future__ import annotations

from test_extraction import masthead, posts_of, write_and_process


def page(tmp_path_factory, city: str, body: str, name: str = ""):
    text = masthead(city, 5, "2024年6月3日") + body
    return write_and_process(tmp_path_factory, name or f"{city}-page.txt", text)


def test_a_name_runs_straight_into_the_verb_after_a_title(tmp_path_factory):
    doc = page(tmp_path_factory, "宝鸡", "委员风采\n6月1日，市政协委员、秦川农业科技有限公司董事长郝向东建议，发展特色农业。"
                                         "市委书记侯伟近期对政协工作提出要求。秘书长刘坚持推进这项工作。\n")
    assert {"郝向东", "侯伟"} <= set(doc.persons)
    assert posts_of(doc, "郝向东") == {("委员", "宝鸡市政协"), ("董事长", "秦川农业科技有限公司")}
    assert posts_of(doc, "侯伟") == {("书记", "中共宝鸡市委")}
    assert not {"刘坚持", "刘坚"} & set(doc.persons)


def test_a_list_of_names_without_titles(tmp_path_factory):
    doc = page(tmp_path_factory, "汉中", "市政协全会闭幕\n6月1日，委员们以无记名投票方式，增补邵启明、韦丽萍、葛长松、"
                                         "钱秋生为市政协常委。闭幕会执行主席由邵启明、滕玉兰、景世雄担任。"
                                         "市领导付强、施玉林等出席。全市推动产业高端化、智能化、绿色化发展。\n")
    assert {"邵启明", "韦丽萍", "葛长松", "钱秋生", "滕玉兰", "景世雄", "付强", "施玉林"} <= set(doc.persons)
    assert not {"高端化", "智能化", "绿色化"} & set(doc.persons)


def test_a_name_is_no_part_of_the_word_before_it_nor_of_the_title_after(tmp_path_factory):
    doc = page(tmp_path_factory, "咸阳", "委员履职\n6月1日，市政协将及时掌握委员履职情况。\n金盾副主席一行走访企业。\n")
    assert "时掌握" not in doc.persons
    assert "金盾副" not in doc.persons


def test_the_party_of_a_congress_or_a_title_is_no_organization(tmp_path_factory):
    doc = page(tmp_path_factory, "绵阳", "市政协党组会议\n6月1日，市政协党组深入学习贯彻中共二十大精神和中共中央政治局会议精神，"
                                         "学习《中国共产党政治协商工作条例》，中共绵阳市委副书记石海峰出席。\n")
    assert "中国共产党" not in doc.organizations
    assert {"中共中央政治局", "中共绵阳市委"} <= set(doc.organizations)


def test_a_committee_named_with_its_term_is_the_committee(tmp_path_factory):
    doc = page(tmp_path_factory, "绵阳", "全会开幕\n6月1日，政协绵阳市第九届委员会第三次会议开幕。中国人民政治协商会议第九届绵阳市委员会"
                                         "常务委员会向大会报告工作。市政协主席邱明远主持会议。\n", "mianyang-term.txt")
    surfaces = {m.surface: m.org for m in doc.org_mentions}
    assert surfaces["政协绵阳市第九届委员会"] == "绵阳市政协"
    assert posts_of(doc, "邱明远") == {("主席", "绵阳市政协")}
    assert not [o for o in doc.organizations if "第九届" in o]


def test_a_standing_committee_named_as_a_body(tmp_path_factory):
    doc = page(tmp_path_factory, "赣州", "全会闭幕\n6月1日，他代表市政协常委会向全体委员致谢。区政协主席邓立新代表区政协十届常委会"
                                         "作工作报告。会议听取了中国人民政治协商会议赣州市第六届委员会常务委员会工作报告。"
                                         "市政协召开十三次常委会议。\n", "ganzhou-standing.txt")
    standing = {m.org for m in doc.org_mentions if m.surface in ("市政协常委会", "赣州市第六届委员会常务委员会")
                or m.surface.endswith("委员会常务委员会")}
    assert standing == {"赣州市政协常务委员会"}   # one body, its short name an alias
    assert doc.organizations["赣州市政协常务委员会"].kind == "CPPCC_BODY"
    assert "市政协常委会" in doc.organizations["赣州市政协常务委员会"].aliases
    assert not [o for o in doc.organizations if "常委会议" in o]


def test_the_head_of_a_party_department_written_short(tmp_path_factory):
    doc = page(tmp_path_factory, "绵阳", "统战工作\n6月1日，市委常委、统战部长罗晓岚，市委组织部长唐志刚出席会议。\n", "mianyang-dept.txt")
    assert posts_of(doc, "罗晓岚") == {("常委", "中共绵阳市委"), ("部长", "绵阳市委统战部")}
    assert posts_of(doc, "唐志刚") == {("部长", "绵阳市委组织部")}


def test_the_mayor_of_a_county_level_city_is_its_own(tmp_path_factory):
    text = "江油政协工作动态\n\n第5期\n\n江油市政协办公室\n\n2024年6月3日\n\n" \
           "市政协视察\n6月1日，市委副书记、市长钟明华，副市长杜小川参加视察。\n"
    doc = write_and_process(tmp_path_factory, "jiangyou-2024-06.txt", text)
    assert posts_of(doc, "杜小川") == {("副市长", "江油市人民政府")}
    assert ("市长", "江油市人民政府") in posts_of(doc, "钟明华")


def test_election_results_are_posts(tmp_path_factory):
    doc = page(tmp_path_factory, "汉中", "全会选举\n6月1日，大会宣布了选举结果：龚学军当选为政协汉中市第八届委员会秘书长，"
                                         "蒲晓燕、甄国平当选为政协汉中市第八届委员会常务委员。大会选举鲁志刚为政协汉中市第八届委员会副主席。"
                                         "委员们增补喻红梅、谭立新、邬建华为市政协常委。\n", "hanzhong-election.txt")
    assert posts_of(doc, "龚学军") == {("秘书长", "汉中市政协")}
    assert posts_of(doc, "蒲晓燕") == posts_of(doc, "甄国平") == {("常务委员", "汉中市政协")}
    assert posts_of(doc, "鲁志刚") == {("副主席", "汉中市政协")}
    assert posts_of(doc, "谭立新") == {("常委", "汉中市政协")}


def test_a_title_after_the_name(tmp_path_factory):
    doc = page(tmp_path_factory, "咸阳", "营商环境调研\n6月1日，市政协卫东升副主席带队调研。市政协提案委钱晓敏主任、"
                                         "经济委樊建国副主任陪同调研。他代表市政协常委会向全体委员致谢。\n", "xianyang-after.txt")
    assert posts_of(doc, "卫东升") == {("副主席", "咸阳市政协")}
    assert posts_of(doc, "钱晓敏") == {("主任", "咸阳市政协提案委")}
    assert posts_of(doc, "樊建国") == {("副主任", "咸阳市政协经济委")}
    assert "向全体" not in doc.persons


def test_a_surname_that_is_a_common_word_right_after_a_post_title(tmp_path_factory):
    doc = page(tmp_path_factory, "宝鸡", "全会开幕\n6月1日，市政协党组副书记、副主席镇立群主持大会，民革市委会专职副主委由晓峰介绍情况。"
                                         "镇长带领村民参加，由此可见成效。\n", "baoji-rare.txt")
    assert posts_of(doc, "镇立群") == {("党组副书记", "宝鸡市政协"), ("副主席", "宝鸡市政协")}
    assert "由晓峰" in doc.persons
    assert not {"镇长", "由此"} & set(doc.persons)


def test_more_head_words_and_names_with_he(tmp_path_factory):
    doc = page(tmp_path_factory, "绵阳", "视察园区\n6月1日，市政协港澳台侨和外事委员会主任冉光明带队视察，游仙经济开发区、"
                                         "绵阳高新区、市台办、绵阳海外联谊会负责同志陪同。绵阳新闻网记者蒲志强报道。\n",
               "mianyang-heads.txt")
    assert posts_of(doc, "冉光明") == {("主任", "绵阳市政协港澳台侨和外事委员会")}
    names = set(doc.organizations)
    assert {"绵阳高新区", "绵阳市台办", "绵阳海外联谊会", "绵阳新闻网"} <= names
    assert any("游仙经济开发区" in o.aliases and o.kind == "GOVERNMENT" for o in doc.organizations.values())


def test_places_in_names_as_bulletins_write_them(tmp_path_factory):
    # a county-level city of the bulletin's prefecture carries it, like a county; the bulletin's own does not
    doc = page(tmp_path_factory, "绵阳", "县市政协\n6月1日，江油市政协主席杜文斌一行来访，民革市委会主委黎春华参加。\n",
               "mianyang-cities.txt")
    assert posts_of(doc, "杜文斌") == {("主席", "绵阳市江油市政协")}
    assert posts_of(doc, "黎春华") == {("主委", "民革绵阳市委会")}
    # an autonomous prefecture is named by its short name; a democratic party's committee as written
    text = "甘孜政协工作动态\n\n第5期\n\n甘孜州政协办公室\n\n2024年6月3日\n\n州政协调研\n6月1日，州政协主席泽仁多吉、" \
           "州委书记罗布江措调研，民革甘孜州委主委龙小川陪同。\n"
    doc = write_and_process(tmp_path_factory, "ganzi-2024-06.txt", text)
    assert posts_of(doc, "泽仁多吉") == {("主席", "甘孜州政协")}
    assert posts_of(doc, "罗布江措") == {("书记", "中共甘孜州委")}
    assert posts_of(doc, "龙小川") == {("主委", "民革甘孜州委")}


def test_zones_and_party_bodies_keep_the_names_the_text_gives_them(tmp_path_factory):
    doc = page(tmp_path_factory, "绵阳", "园区调研\n6月1日，游仙经济开发区负责人陪同市政协调研组到科创园区管委会座谈。中共绵阳市纪委副书记"
                                         "薛明川、市十届人大常委会副主任伍德明陪同。定州日报记者包小雨报道。\n", "mianyang-zones.txt")
    assert "游仙经济开发区" in doc.organizations and "科创园区管委会" in doc.organizations
    assert posts_of(doc, "薛明川") == {("副书记", "中共绵阳市纪委")}
    assert posts_of(doc, "伍德明") == {("副主任", "绵阳市人大常委会")}
    assert "定州日报" in doc.organizations


def test_verbs_and_sessions_are_no_part_of_a_name(tmp_path_factory):
    doc = page(tmp_path_factory, "宝鸡", "协商议政\n6月1日，市政协举行第十五次常委会议。凤县政协紧扣当地党委政府中心工作。提案受到中共宝鸡市委"
                                         "常委、秘书长、统战部长庞立新肯定。秦川机床有限公司和宝鸡钛业集团有限公司负责人参加。\n",
               "baoji-verbs.txt")
    names = set(doc.organizations)
    assert not [n for n in names if "举行" in n or "紧扣" in n or "受到" in n or "公司和" in n]
    assert posts_of(doc, "庞立新") == {("常委", "中共宝鸡市委"), ("秘书长", "中共宝鸡市委"), ("部长", "宝鸡市委统战部")}
    assert {"秦川机床有限公司", "宝鸡钛业集团有限公司"} <= names


def test_session_roles_members_after_names_and_heads_of_bureaus(tmp_path_factory):
    doc = page(tmp_path_factory, "汉中", "全体会议\n6月1日，市政协八届三次会议第二次全体会议执行主席凌秀英、鄢志勇在主席台就座。"
                                         "会上，欧阳春委员代表民盟汉中市委会发言，阴昊委员代表市工商联发言。委员们积极建言。"
                                         "市委常委、政法委书记、公安局长严立成出席。作者:覃小雨\n", "hanzhong-session.txt")
    assert {"凌秀英", "鄢志勇", "覃小雨"} <= set(doc.persons)
    assert posts_of(doc, "凌秀英") == set()          # 执行主席 is a role of one session, no post
    assert posts_of(doc, "欧阳春") == posts_of(doc, "阴昊") == {("委员", "汉中市政协")}
    assert ("局长", "汉中市公安局") in posts_of(doc, "严立成")


def test_bylines_hyphens_conjunctions_and_titles_in_the_anchor_place(tmp_path_factory):
    doc = page(tmp_path_factory, "汉中", "本报讯(记者邝秋云蒲晓东) 6月1日，市政协委员和智库成员调研。新疆维吾尔自治区哈密市政协主席"
                                         "艾买提江-阿不都热依木出席。西安市委副书记、市长辛向阳，陕西理工大学党委书记乔思远，"
                                         "城固县上元观镇党委书记贺明辉参加。\n", "hanzhong-bylines.txt")
    assert {"邝秋云", "蒲晓东", "艾买提江-阿不都热依木"} <= set(doc.persons)
    assert "和智库" not in doc.persons
    assert ("市长", "西安市人民政府") in posts_of(doc, "辛向阳")       # the city of the phrase, not the bulletin's
    assert posts_of(doc, "乔思远") == {("党委书记", "陕西理工大学")}
    assert posts_of(doc, "贺明辉") == {("书记", "城固县上元观镇党委")}   # a town's: 书记 of its Party committee


def test_districts_of_a_municipality_carry_its_name(tmp_path_factory):
    text = "重庆政协工作动态\n\n第5期\n\n重庆市政协办公室\n\n2024年6月3日\n\n区县政协\n6月1日，綦江区政协主席龚德明、市政协副主席邬国华调研。\n"
    doc = write_and_process(tmp_path_factory, "chongqing-2024-06.txt", text)
    assert posts_of(doc, "龚德明") == {("主席", "重庆市綦江区政协")}
    assert posts_of(doc, "邬国华") == {("副主席", "重庆市政协")}


def test_a_congress_a_party_school_and_a_zone_body_after_its_party_cell(tmp_path_factory):
    doc = page(tmp_path_factory, "宝鸡", "全会闭幕\n6月1日，委员们列席了宝鸡市人民代表大会有关会议。大会在市委党校闭幕。"
                                         "市委常委、宝鸡高新区党工委副书记、管委会主任祁振华出席。\n", "baoji-zone.txt")
    congress = doc.organizations["宝鸡市人大"]   # the shortest form is the main name (GUIDELINE), the text's an alias
    assert congress.kind == "GOVERNMENT" and "宝鸡市人民代表大会" in congress.aliases
    assert "宝鸡市委党校" in doc.organizations
    assert ("主任", "宝鸡高新区管委会") in posts_of(doc, "祁振华")


def test_the_officials_of_a_town(tmp_path_factory):
    doc = page(tmp_path_factory, "宝鸡", "镇村走访\n6月1日，城固县上元观镇党委书记蒲文斌，党委副书记、镇长宁海燕，党委委员、副镇长"
                                         "詹志远参加。市政协机关党组书记汤立平主持。\n", "baoji-town.txt")
    town_party = "城固县上元观镇党委"
    assert posts_of(doc, "蒲文斌") == {("书记", town_party)}
    assert ("副书记", town_party) in posts_of(doc, "宁海燕")
    assert ("副镇长", "城固县上元观镇人民政府") in posts_of(doc, "詹志远")
    assert posts_of(doc, "汤立平") == {("机关党组书记", "宝鸡市政协")}


def test_the_organization_is_the_end_of_the_words_before_a_title(tmp_path_factory):
    doc = page(tmp_path_factory, "汉中", "协商工作\n6月1日，圆桌协商工作两次得到省政协主席尚文博的批示肯定。受勉县政协党组书记、"
                                         "主席田德宝委托，副主席左云龙致辞。\n", "hanzhong-trailing.txt")
    assert posts_of(doc, "尚文博") == {("主席", "陕西省政协")}
    assert posts_of(doc, "田德宝") == {("党组书记", "汉中市勉县政协"), ("主席", "汉中市勉县政协")}


def test_titles_of_one_person_separated_by_commas(tmp_path_factory):
    doc = page(tmp_path_factory, "汉中", "外出考察\n6月1日，陕西省政协常委，汉中市政协党组书记、主席尚建民率队考察。"
                                         "民进市委会主委邓丽当选政协汉中市第八届委员会副主席，副主委余力、秦川当选市政协常委。\n",
               "hanzhong-commas.txt")
    assert posts_of(doc, "尚建民") == {("常委", "陕西省政协"), ("党组书记", "汉中市政协"), ("主席", "汉中市政协")}
    # a title after 当选 is another person's: it does not join the titles after the comma
    assert ("副主席", "汉中市政协") not in posts_of(doc, "余力")


def test_the_national_committee_s_standing_committee(tmp_path_factory):
    doc = page(tmp_path_factory, "汉中", "委员心声\n6月1日，委员们聆听了全国政协常委会工作报告，全省政协系统持续发力。\n", "hanzhong-national.txt")
    assert doc.organizations["全国政协常委会"].kind == "CPPCC_BODY"
    assert not [o for o in doc.organizations if o.startswith("全省")]


def test_counted_bodies_and_list_items_with_a_bare_level(tmp_path_factory):
    doc = page(tmp_path_factory, "汉中", "走访\n6月1日，调研组走访了汉台区一所幼儿园，新一届联谊会成立。勉县县委、县政府负责同志参加。\n",
               "hanzhong-counted.txt")
    assert not [o for o in doc.organizations if "一所" in o or "一届" in o]
    assert "汉中市勉县人民政府" in doc.organizations and not [o for o in doc.organizations if "县县" in o]


def test_a_region_and_a_word_is_no_name_and_a_service_centre_is_a_body(tmp_path_factory):
    doc = page(tmp_path_factory, "汉中", "招商\n6月1日，“千名企业家陕西行”活动启动。区大学科技园管理服务中心负责同志参加。\n",
               "hanzhong-region.txt")
    assert "陕西行" not in doc.persons
    assert any(o.endswith("大学科技园管理服务中心") for o in doc.organizations)
    assert not [o for o in doc.organizations if o.endswith("区大学")]


def test_two_byline_names_after_a_title_and_a_name_before_ba(tmp_path_factory):
    doc = page(tmp_path_factory, "宝鸡", "委员风采\n本报讯(记者郦晓岚贺志鹏)6月1日，市政协委员、秦川汽车服务有限公司董事长"
                                         "雷志宁把目光投向汽车产业。\n", "baoji-byline.txt")
    assert {"郦晓岚", "贺志鹏", "雷志宁"} <= set(doc.persons)


def test_a_dateline_s_media_a_term_before_a_congress_and_a_level_after_ji(tmp_path_factory):
    doc = page(tmp_path_factory, "汉中", "汉中网-秦巴晨报6月2日讯(记者邱红梅)6月1日，委员列席汉台区第十八届人民代表大会第六次会议。"
                                         "留坝县政协及县文旅局负责同志参加。\n", "hanzhong-media.txt")
    assert doc.organizations["秦巴晨报"].kind == "OTHER"
    assert any(o.endswith("汉台区人大") and "汉台区人民代表大会" in doc.organizations[o].aliases for o in doc.organizations)
    assert "汉中市留坝县文旅局" in doc.organizations


def test_a_town_s_government(tmp_path_factory):
    doc = page(tmp_path_factory, "汉中", "座谈\n6月1日，在随后于武侯镇政府召开的座谈会上，委员们建言献策。\n", "hanzhong-town.txt")
    gov = [o for o in doc.organizations.values() if o.name.endswith("武侯镇政府")]
    assert gov and gov[0].kind == "GOVERNMENT" and not [o for o in doc.organizations if "于武侯" in o]


def test_a_reporter_of_the_paper_of_the_dateline(tmp_path_factory):
    doc = page(tmp_path_factory, "汉中", "委员视察\n汉中日报讯(记者晏小芳)6月1日，市政协组织委员视察。\n", "hanzhong-reporter.txt")
    assert posts_of(doc, "晏小芳") == {("记者", "汉中日报")}
