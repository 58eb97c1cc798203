"""Posts as real pages of many provinces write them (election results, lists, democratic parties' pages, titles
after names), each mechanism on invented text: the places are real, the persons and sentences invented."""
from __future__ import annotations

from test_extraction import write_and_process
from test_real_pages import page, posts_of


def test_an_election_of_several_titles_joined_by_commas_of_enumeration(tmp_path_factory):
    doc = page(tmp_path_factory, "南充", "市政协全会闭幕\n1月12日，会议选举邬启明为政协南充市第九届委员会主席、"
                                         "樊立群为副主席、覃晓东为秘书长。会议选举柏文静、"
                                         "鲍志刚为常务委员。\n")
    assert posts_of(doc, "邬启明") == {("主席", "南充市政协")}
    assert posts_of(doc, "樊立群") == {("副主席", "南充市政协")}
    assert posts_of(doc, "覃晓东") == {("秘书长", "南充市政协")}
    assert posts_of(doc, "柏文静") == posts_of(doc, "鲍志刚") == {("常务委员", "南充市政协")}   # a list's 、 is none


def test_elected_again(tmp_path_factory):
    doc = page(tmp_path_factory, "南充", "民进换届\n6月1日，民进南充市第六次代表大会召开。邬启明再次当选为民进南充市"
                                         "第六届委员会主任委员。\n")
    org = next(o for _r, o in posts_of(doc, "邬启明"))
    assert org.startswith("民进南充市委") and posts_of(doc, "邬启明") == {("主任委员", org)}


def test_a_party_title_after_the_name_is_of_the_articles_party_committee(tmp_path_factory):
    doc = page(tmp_path_factory, "遂宁", "九三学社遂宁市委召开全委会\n3月12日，九三学社遂宁市委召开六届五次全委会议。"
                                         "会议由常务副主委柯远山主持。\n骆晓梅主委作总结讲话。\n")
    org = next(o for _r, o in posts_of(doc, "骆晓梅"))
    assert org.startswith("九三学社遂宁市委") and posts_of(doc, "骆晓梅") == {("主委", org)}
    assert posts_of(doc, "柯远山") == {("常务副主委", org)}


def test_the_present_leaders_of_a_party_committee_listed_by_bare_titles(tmp_path_factory):
    doc = page(tmp_path_factory, "遂宁", "民盟遂宁市委会简介\n中国民主同盟遂宁市委员会成立于1987年，现有盟员215人。现任主委"
                                         "骆晓梅，副主委柯远山、闵佳慧，秘书长鞠文涛。\n")
    org = next(o for _r, o in posts_of(doc, "骆晓梅"))
    assert org.startswith(("民盟遂宁市委", "中国民主同盟遂宁市委"))
    assert posts_of(doc, "骆晓梅") == {("主委", org)}
    assert posts_of(doc, "柯远山") == posts_of(doc, "闵佳慧") == {("副主委", org)}
    assert posts_of(doc, "鞠文涛") == {("秘书长", org)}


def test_a_bare_chair_title_opening_the_sentence_after_its_committee(tmp_path_factory):
    doc = page(tmp_path_factory, "遂宁", "县政协召开常委会议\n3月12日，射洪市政协召开十五届五次常委会议。副主席柯远山主持会议，"
                                         "秘书长鞠文涛出席。\n3月13日，射洪市政协召开十五届二十次主席会议。副主席闵佳慧主持。\n"
                                         "3月14日，射洪市十五届政协主席骆晓梅，副主席詹一鸣到企业调研。\n")
    committee = next(o for _r, o in posts_of(doc, "骆晓梅"))
    assert committee.endswith("射洪市政协")
    assert posts_of(doc, "柯远山") == posts_of(doc, "闵佳慧") == {("副主席", committee)}
    assert posts_of(doc, "鞠文涛") == {("秘书长", committee)}
    assert posts_of(doc, "詹一鸣") == {("副主席", committee)}


def test_lines_listing_the_leaders_elected_under_their_titles(tmp_path_factory):
    doc = page(tmp_path_factory, "邵阳", "县政协换届\n1月12日，邵东市政协十一届一次会议闭幕。会议选举产生了新一届领导班子。\n"
                                         "主席：詹一鸣\n副主席：柯远山、闵佳慧\n秘书长：鞠文涛\n")
    committee = next(o for _r, o in posts_of(doc, "詹一鸣"))
    assert committee.endswith("邵东市政协") and posts_of(doc, "詹一鸣") == {("主席", committee)}
    assert posts_of(doc, "柯远山") == posts_of(doc, "闵佳慧") == {("副主席", committee)}
    assert posts_of(doc, "鞠文涛") == {("秘书长", committee)}


def test_a_shortened_economic_office_whose_first_character_is_a_stop_word(tmp_path_factory):
    doc = page(tmp_path_factory, "邵阳", "市政协调研\n3月12日，市经科委主任詹一鸣、市经信局局长柯远山到市政协调研。\n")
    assert posts_of(doc, "詹一鸣") == {("主任", "邵阳市经科委")}
    assert posts_of(doc, "柯远山") == {("局长", "邵阳市经信局")}
    assert not {a for o in doc.organizations.values() for a in o.aliases if a.startswith("信局")}


def test_a_standing_member_elected_on_a_party_page_is_of_the_partys_committee(tmp_path_factory):
    doc = page(tmp_path_factory, "遂宁", "九三学社遂宁市委召开全委会\n3月12日，九三学社遂宁市委召开六届五次全委会议。市委常委、"
                                         "统战部部长詹一鸣出席。会议增补柯远山为市委常委，闵佳慧为市委委员。\n")
    party = next(o for _r, o in posts_of(doc, "闵佳慧"))
    assert party.startswith("九三学社遂宁市委") and posts_of(doc, "闵佳慧") == {("委员", party)}
    assert posts_of(doc, "柯远山") == {("常委", party)}
    assert ("常委", "中共遂宁市委") in posts_of(doc, "詹一鸣")   # an apposition's 市委常委 stays the Party's


def test_a_bare_member_title_going_on_a_list_of_a_party_committee(tmp_path_factory):
    doc = page(tmp_path_factory, "遂宁", "民进遂宁市委会调研\n3月12日，民进遂宁市委会副主委柯远山、闵佳慧，委员鞠文涛，委员、"
                                         "办公室主任詹一鸣参加座谈。\n")
    party = next(o for _r, o in posts_of(doc, "柯远山"))
    assert party.startswith("民进遂宁市委")
    assert posts_of(doc, "鞠文涛") == {("委员", party)}
    assert ("委员", party) in posts_of(doc, "詹一鸣")


def test_a_party_name_before_a_committee_and_its_bare_level_committee_after(tmp_path_factory):
    doc = page(tmp_path_factory, "遂宁", "民进遂宁市委会来访\n来源：民进遂宁市委会\n近日，民进南充市政协副主席、市委会主委柯远山"
                                         "率调研团来遂宁交流。民进遂宁市委会主委闵佳慧出席座谈会。\n")
    chair = posts_of(doc, "柯远山")
    assert ("副主席", "南充市政协") in chair
    assert {o for r, o in chair if r == "主委"} == {o for o in doc.organizations if o.startswith("民进南充市委")} != set()


def test_the_name_elected_is_the_one_before_the_name_it_succeeds(tmp_path_factory):
    doc = page(tmp_path_factory, "南充", "市政协全会闭幕\n1月12日，市政协九届一次会议选举产生新一届领导班子。邬启明接替樊立群"
                                         "当选南充市政协主席。\n")
    assert posts_of(doc, "邬启明") == {("主席", "南充市政协")}
    assert "樊立群" in doc.persons and not posts_of(doc, "樊立群")


def test_a_counted_list_of_vice_chairs_after_including(tmp_path_factory):
    doc = page(tmp_path_factory, "南充", "市政协全会闭幕\n1月12日，南充市政协九届一次会议选出新一届领导班子。邬启明当选主席，"
                                         "其他4名政协副主席包括：樊立群、覃晓东、柏文静、鲍志刚。\n")
    for name in ("樊立群", "覃晓东", "柏文静", "鲍志刚"):
        assert posts_of(doc, name) == {("副主席", "南充市政协")}, name


def test_bare_titles_after_names_take_the_holders_post_or_the_articles_committee(tmp_path_factory):
    doc = page(tmp_path_factory, "邵阳", "县政协召开常委会议\n3月12日，邵东市政协召开十一届五次常委会议。会议由柯远山副主席主持。"
                                         "詹一鸣主席出席会议并讲话。\n3月13日，邵阳市政协主席闵佳慧到隆回县调研。隆回县政协"
                                         "主席鞠文涛陪同。闵佳慧主席对隆回县政协工作给予肯定。\n")
    committee = next(o for _r, o in posts_of(doc, "詹一鸣"))
    assert committee.endswith("邵东市政协") and posts_of(doc, "詹一鸣") == {("主席", committee)}
    assert posts_of(doc, "柯远山") == {("副主席", committee)}
    assert posts_of(doc, "闵佳慧") == {("主席", "邵阳市政协")}   # not the county's the sentence before ended on


def test_another_agencys_reporter_is_no_reporter_of_the_pages_paper(tmp_path_factory):
    text = ("政协委员视察\n2024-03-12 来源：南充日报\n南充日报讯（记者 柏文静）3月12日，南充市政协副主席邬启明带队视察。\n"
            "新华社记者 樊立群 摄\n新华社北京3月13日电（记者覃晓东）全国政协召开双周协商座谈会。\n")
    doc = write_and_process(tmp_path_factory, "nanchong-wire.txt", text)
    assert posts_of(doc, "柏文静") == {("记者", "南充日报")}   # the dateline's own reporter
    # the agency's reporters are its own (新华社 is a medium the page names), none of the page's paper
    assert posts_of(doc, "樊立群") == posts_of(doc, "覃晓东") == {("记者", "新华社")}
    # the page's own medium's dateline before 记者: its reporter
    own = write_and_process(tmp_path_factory, "nanchong-own.txt", "政协委员视察\n2024-03-12 来源：今日南充网\n"
                                                                 "今日南充网讯 记者柏文静 报道：12日，市政协副主席邬启明带队视察。\n")
    assert posts_of(own, "柏文静") == {("记者", "今日南充网")}


def test_a_party_title_after_the_name_is_the_committee_its_holder_was_named_with(tmp_path_factory):
    doc = page(tmp_path_factory, "南充", "九三学社交流\n11月10日，九三学社顺庆区委与南充市委召开座谈交流会。参加会议的有：社南充市委"
                                         "主委邬启明，九三学社顺庆区委副主委樊立群等。会议由邬启明主委主持。\n邬启明主委介绍了"
                                         "社南充市委的情况。樊立群副主委介绍了顺庆区委的情况。\n")
    (role, org), = posts_of(doc, "樊立群")   # one post: the district's, not the city's named since
    assert role == "副主委" and "顺庆区委" in org


def test_the_regions_committee_on_a_page_naming_no_place(tmp_path_factory):
    text = ("自治区政协召开主席会议\n1月10日下午，自治区政协举行十届五十二次主席会议。自治区政协主席樊立群主持会议，"
            "自治区政协副主席覃晓东、柏文静和秘书长鲍志刚出席会议。\n")
    doc = write_and_process(tmp_path_factory, "region-chairs.txt", text)
    assert posts_of(doc, "樊立群") == {("主席", "自治区政协")}
    assert posts_of(doc, "覃晓东") == posts_of(doc, "柏文静") == {("副主席", "自治区政协")}
    assert posts_of(doc, "鲍志刚") == {("秘书长", "自治区政协")}   # not a 区政协 read inside 自治区政协


def test_the_first_of_the_members_elected_counted_as_members(tmp_path_factory):
    doc = page(tmp_path_factory, "南充", "市政协全会闭幕\n1月12日，南充市政协九届一次会议选举邬启明为政协第九届南充市委员会"
                                         "主席，樊立群等68位委员当选为新一届市政协常委。\n")
    assert posts_of(doc, "樊立群") == {("常委", "南充市政协")}


def test_titles_of_kindergartens_factories_farms_customs_and_a_first_vice_chair(tmp_path_factory):
    doc = page(tmp_path_factory, "南充", "委员视察\n6月1日，市政协委员、南充市实验幼儿园园长樊立群，南充市红星机械厂厂长覃晓东，"
                                         "南充海关关长柏文静参加视察。民进中央第一副主席鲍志刚出席。\n")
    assert ("园长", "南充市实验幼儿园") in posts_of(doc, "樊立群")
    assert posts_of(doc, "覃晓东") == {("厂长", "南充市红星机械厂")}
    assert {r for r, _o in posts_of(doc, "柏文静")} == {"关长"}
    assert posts_of(doc, "鲍志刚") == {("第一副主席", "民进中央")}


def test_a_bare_chair_title_after_a_time_word_opening_the_next_sentence(tmp_path_factory):
    doc = page(tmp_path_factory, "南充", "委员工作室揭牌\n11月2日，西充县政协党组书记、主席邬启明为委员工作室揭牌。同日，副主席"
                                         "樊立群、覃晓东分别为两个委员工作室揭牌。\n")
    committee = next(o for r, o in posts_of(doc, "邬启明") if r == "主席")
    assert posts_of(doc, "樊立群") == posts_of(doc, "覃晓东") == {("副主席", committee)}


def test_a_committee_whose_name_opens_with_a_verb(tmp_path_factory):
    doc = page(tmp_path_factory, "南充", "政协考察\n9月20日，蓬安县政协提案委主任樊立群考察组一行到我县考察，营山县政协学习文史委"
                                         "主任覃晓东陪同。\n")
    (role, org), = posts_of(doc, "覃晓东")
    assert role == "主任" and org.endswith("营山县政协学习文史委")


def test_a_bare_title_after_the_name_repeats_the_ranked_post_held(tmp_path_factory):
    doc = page(tmp_path_factory, "南充", "健康节开幕\n5月1日，由农工党阆中总支协办的健康节开幕，农工党南充市委专职副主委樊立群、"
                                         "阆中市委统战部副部长覃晓东出席。\n樊立群副主委参观阆中总支党员之家。\n")
    (role, org), = posts_of(doc, "樊立群")   # not a 副主委 of the 总支 the sentence before named last
    assert role == "专职副主委" and org.startswith("农工党南充市委")


def test_a_pronoun_after_a_title_written_after_the_name_is_no_name(tmp_path_factory):
    doc = page(tmp_path_factory, "南充", "民进省委会樊立群主委来我院调研\n2月27日，省政协副主席、民进省委会主委樊立群来到"
                                         "我院调研。\n")
    assert "来我院" not in doc.persons and not posts_of(doc, "来我院")


def test_a_bare_standing_member_going_on_a_party_committees_list(tmp_path_factory):
    doc = page(tmp_path_factory, "遂宁", "民盟遂宁市委召开常委会议\n3月12日，民盟遂宁市委召开七届五次常委会议。民盟遂宁市委主委"
                                         "柯远山主持，民盟遂宁市委常委闵佳慧，市委常委、秘书长鞠文涛出席。中共遂宁市委常委、"
                                         "统战部部长詹一鸣到会指导。\n")
    party = next(o for _r, o in posts_of(doc, "柯远山"))
    assert posts_of(doc, "鞠文涛") == {("常委", party), ("秘书长", party)}
    assert ("常委", "中共遂宁市委") in posts_of(doc, "詹一鸣")


def test_a_government_body_named_after_the_committee_does_not_stop_the_bare_chair_title(tmp_path_factory):
    doc = page(tmp_path_factory, "遂宁", "县政协召开常委会议\n3月12日，蓬溪县政协召开十五届五次常委会议，听取县发改委关于项目"
                                         "建设的情况通报。副主席柯远山主持会议。\n3月13日，蓬溪县政协召开座谈会，县工商联"
                                         "参加。副主席闵佳慧主持。\n")
    (role, committee), = posts_of(doc, "柯远山")
    assert role == "副主席" and committee.endswith("蓬溪县政协")
    assert not posts_of(doc, "闵佳慧")   # the federation's or the committee's: no guess


def test_a_standing_committee_agreeing_on_or_putting_forward_the_holders_of_posts(tmp_path_factory):
    doc = page(tmp_path_factory, "遂宁", "县政协常委会议\n3月12日，射洪市政协召开十一届五次常委会议。会议协商通过柯远山为射洪市"
                                         "政协提案委员会主任，闵佳慧为射洪市政协文史委副主任。会议推举鞠文涛为射洪市政协"
                                         "副秘书长。\n")
    (_r, committee), = posts_of(doc, "鞠文涛")
    assert committee.endswith("射洪市政协") and posts_of(doc, "鞠文涛") == {("副秘书长", committee)}
    assert posts_of(doc, "柯远山") == {("主任", committee + "提案委员会")}
    assert posts_of(doc, "闵佳慧") == {("副主任", committee + "文史委")}


def test_names_parted_by_spaces_on_a_line_under_a_title(tmp_path_factory):
    doc = page(tmp_path_factory, "邵阳", "县政协换届\n1月12日，新邵县政协十一届一次会议闭幕。新一届领导班子：\n主　席：詹一鸣\n"
                                         "副主席：柯远山  闵佳慧  鞠文涛\n")
    (_r, committee), = posts_of(doc, "詹一鸣")
    held = {name: posts_of(doc, name) for name in ("柯远山", "闵佳慧", "鞠文涛")}
    assert held == dict.fromkeys(held, {("副主席", committee)})


def test_the_vice_chairs_elected_listed_after_they_were_respectively(tmp_path_factory):
    doc = page(tmp_path_factory, "南充", "市政协全会闭幕\n在今天闭幕的政协南充市第九届委员会第一次会议上，邬启明当选为新一届"
                                         "政协南充市委员会主席。会议还选出了三位政协南充市委员会副主席，他们分别是樊立群、"
                                         "覃晓东、柏文静。\n")
    held = {name: posts_of(doc, name) for name in ("樊立群", "覃晓东", "柏文静")}
    assert held == dict.fromkeys(held, {("副主席", "南充市政协")})


def test_a_regions_party_committee_named_with_its_term_is_the_committee(tmp_path_factory):
    text = ("民盟广西区代表大会闭幕\n6月24日，中国民主同盟广西壮族自治区第十次代表大会在南宁闭幕。大会选举产生了民盟广西区"
            "第十一届委员会领导班子，樊立群当选为主任委员。民盟广西区委副主委覃晓东主持闭幕会。\n")
    doc = write_and_process(tmp_path_factory, "guangxi-party.txt", text)
    assert {o for _r, o in posts_of(doc, "樊立群")} == {o for _r, o in posts_of(doc, "覃晓东")}
    assert not {o for o in doc.organizations if "届" in o}


def test_a_list_of_vice_chairs_opening_on_a_rare_surname(tmp_path_factory):
    doc = page(tmp_path_factory, "南充", "县政协主席会议\n5月12日，政协仪陇县第十届委员会第二次主席会议召开，县政协党组书记、主席邬启明"
                                         "主持会议，副主席黑远山、樊立群和秘书长覃晓东出席会议。\n5月13日，仪陇县政协副主席"
                                         "望晓蓉、柏文静参加调研。\n")
    (_r, committee), = {p for p in posts_of(doc, "邬启明") if p[0] == "主席"}
    assert posts_of(doc, "黑远山") == posts_of(doc, "樊立群") == {("副主席", committee)}
    assert posts_of(doc, "望晓蓉") == posts_of(doc, "柏文静") == {("副主席", committee)}


def test_a_bare_chair_title_after_a_sentence_ending_on_a_party_officials_phrase(tmp_path_factory):
    doc = page(tmp_path_factory, "遂宁", "县政协召开座谈会\n3月12日，大英县政协召开民营企业座谈会，县委常委、统战部部长詹一鸣"
                                         "出席。副主席柯远山主持，秘书长鞠文涛参加。\n")
    (_r, committee), = posts_of(doc, "柯远山")
    assert committee.endswith("大英县政协") and posts_of(doc, "鞠文涛") == {("秘书长", committee)}


def test_names_listed_before_a_title_written_after_the_last(tmp_path_factory):
    doc = page(tmp_path_factory, "遂宁", "县政协召开常委会议\n3月12日，蓬溪县政协召开十五届五次常委会议。柯远山主席出席。闵佳慧、"
                                         "鞠文涛副主席参加会议。\n")
    (_r, committee), = posts_of(doc, "柯远山")
    assert posts_of(doc, "闵佳慧") == posts_of(doc, "鞠文涛") == {("副主席", committee)}


def test_a_list_after_a_post_title_opening_on_a_surname_the_reader_does_not_know(tmp_path_factory):
    doc = page(tmp_path_factory, "南充", "市政协常委会议\n1月14日，南充市政协主席邬启明主持召开常委会议。市政协副主席蹇晓蓉、"
                                         "樊立群、覃晓东，秘书长柏文静参加会议。\n")
    held = {name: posts_of(doc, name) for name in ("蹇晓蓉", "樊立群", "覃晓东")}
    assert held == dict.fromkeys(held, {("副主席", "南充市政协")})


def test_a_name_of_an_unknown_surname_in_the_clause_after_another_result(tmp_path_factory):
    doc = page(tmp_path_factory, "南充", "市政协全会闭幕\n6月12日，在闭幕大会前举行的选举大会上，樊立群当选为政协南充市第九届委员会"
                                         "副主席，蹇晓东为政协南充市第九届委员会秘书长。\n")
    assert posts_of(doc, "蹇晓东") == {("秘书长", "南充市政协")}


def test_a_party_committee_by_its_full_name_in_a_title_phrase(tmp_path_factory):
    doc = page(tmp_path_factory, "南充", "市政协全会\n1月12日，南充市政协九届一次会议开幕。中共南充市委员会副书记樊立群出席。\n")
    assert posts_of(doc, "樊立群") == {("副书记", "中共南充市委")}
    assert not [o for o in doc.organizations if "政协中共" in o]


def test_the_post_a_biography_names_as_held_now(tmp_path_factory):
    doc = page(tmp_path_factory, "南充", "市政协全会闭幕\n1月12日，樊立群当选为新一届南充市政协主席。\n樊立群，男，汉族，1966年1月生，"
                                         "四川阆中人，研究生学历，现任中共南充市委员会副书记。\n")
    assert posts_of(doc, "樊立群") == {("主席", "南充市政协"), ("副书记", "中共南充市委")}


def test_a_partys_page_calling_its_committee_ours(tmp_path_factory):
    doc = page(tmp_path_factory, "遂宁", "市委统战部对市民建开展调研走访\n8月13日，市委常委、统战部部长詹一鸣率调研组来我会调研走访。"
                                         "民建遂宁市委主委柯远山陪同调研。\n随后，调研组来到我会副主委闵佳慧的控股企业。\n")
    party = next(o for _r, o in posts_of(doc, "柯远山"))
    assert posts_of(doc, "闵佳慧") == {("副主委", party)}


def test_an_adverb_after_a_title_written_after_the_name_is_no_name(tmp_path_factory):
    doc = page(tmp_path_factory, "南充", "民建会见\n4月8日，民建中央主席樊立群会见民建南充市委领导班子成员。民建南充市委会主委覃晓东"
                                         "参与会见。\n覃晓东主委简要地汇报了南充市委会的组织结构。\n")
    assert "简要地" not in doc.persons


def test_a_reporter_after_the_dateline_of_the_pages_site(tmp_path_factory):
    text = "市政协领导调研\n今日营山网讯 记者樊立群 通讯员覃晓东 报道：15日，南充市政协副主席邬启明一行来我县调研。\n"
    doc = write_and_process(tmp_path_factory, "yingshan-site.txt", text)
    assert posts_of(doc, "樊立群") == {("记者", "今日营山网")}
