"""Events of real pages, second round: a visit list whose first item is set off by a comma, not 、, and closed by
等地; sites named by their head alone (数据中心, 集散中心, 训练基地) and centres named by their place (…服务中心,
…交易中心, …运营中心); a brand whose first word jieba takes for a verb (得利…展馆), a brand after 我县, a body after
我市重点项目, a village in a zone; a lecturer with a title after the name (某某副教授); the speaker of a report whose
name runs into the salutation (某某各位委员); a transcript's labels (某某：); words that begin with a surname but name
no one (原标题：, 文史和学习委员会, 华中); 汕 of two cities; a day listed after a range (12月5日至7日、10日); what an
activity day did, told after 当天; a body named after a region (华中总裁联合会). The pages are invented (their
places, people and companies)."""

from __future__ import annotations

import pytest

from tests.test_events import event_on, write_and_process

# A county's guests from another province; the first site visited is set off by a comma, the list closes with 等地.
GUESTS = """\
发布时间：2024-10-20
10月18日，外省某县政协主席程立远带领考察组一行到东丰县考察学习。东丰县政协主席韦小满陪同考察。
考察组一行先后来到老城区景区创建现场，东丰华宇电机有限公司、东丰青禾食品有限公司、东丰县政协文史馆等地，就产业发展进行实地考察。
"""

# Members of a national committee tour a province: a data centre, a wholesale market, a training base.
TOUR = """\
发布时间：2025-02-20
2月17日至19日，住东丰全国政协委员赴东丰、西岭等地开展视察。省政协主席程立远参加。
在东丰联通西岭国际数据中心、东丰禾丰花卉集散中心等地，视察组察看算力工程建设等情况；在西岭南湖网球训练基地，察看体育事业发展情况。
"""

# A lecture by an associate professor, titled after her name.
LECTURE = """\
发布时间：2024-06-12
6月11日，市政协举办委员讲堂，邀请东丰大学韦晓岚副教授作专题讲座。市政协主席程立远主持。
"""

# A work report: its occasion, the speaker's name run into the salutation; a transcript's labels; a repost's label.
REPORT = """\
政协东丰市第九届委员会常务委员会工作报告
——2024年12月22日在政协东丰市第九届委员会第四次会议上
覃丽萍各位委员、同志们：
我代表政协东丰市第九届委员会常务委员会，向大会报告工作。
"""

TRANSCRIPT = """\
发布时间：2024-06-12
原标题：东丰市政协召开远程协商会
6月11日，东丰市政协召开远程协商会，委员们在线建言。
钱立新：要加快数字乡村建设。
孙晓梅：要补齐人才短板。
全国政协外事委员会主任覃立彬、文史和学习委员会主任韦小满到会指导。
"""


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    directory = tmp_path_factory.mktemp("second_round")
    texts = {"guests": GUESTS, "tour": TOUR, "lecture": LECTURE, "report": REPORT, "transcript": TRANSCRIPT}
    return {name: write_and_process(directory, f"{name}.txt", text) for name, text in texts.items()}


def test_a_visit_list_set_off_by_a_comma_and_closed_by_dengdi_is_read_whole(pages):
    visit = event_on(pages["guests"], "2024-10-18")
    assert {"东丰华宇电机有限公司", "东丰青禾食品有限公司"} <= set(visit.visited)
    assert any(name.endswith("文史馆") for name in visit.visited)


def test_a_data_centre_a_wholesale_market_and_a_training_base_are_bodies_visited(pages):
    tour = event_on(pages["tour"], "2025-02-17")
    assert tour.end == "2025-02-19"
    assert {"东丰联通西岭国际数据中心", "东丰禾丰花卉集散中心", "西岭南湖网球训练基地"} <= set(tour.visited)


def test_a_lecturer_titled_after_her_name_takes_part(pages):
    lecture = event_on(pages["lecture"], "2024-06-11")
    assert "韦晓岚" in dict(lecture.persons)
    assert "韦晓岚" in pages["lecture"].persons


def test_the_speaker_whose_name_runs_into_the_salutation_is_a_person(pages):
    assert "覃丽萍" in pages["report"].persons


def test_the_labels_of_a_transcript_name_its_speakers_not_a_repost_label(pages):
    doc = pages["transcript"]
    assert {"钱立新", "孙晓梅"} <= set(doc.persons)
    assert "原标题" not in doc.persons
    consultation = event_on(doc, "2024-06-11")
    assert {"钱立新", "孙晓梅"} <= set(dict(consultation.persons))


def test_the_committee_of_culture_history_and_study_is_no_list_of_names(pages):
    doc = pages["transcript"]
    assert "文史" not in doc.persons
    assert any(org.name.endswith("文史和学习委员会") for org in doc.organizations.values())


# The members living in a city its character names (住汕): 汕 is 汕头's and 汕尾's alike; a region's name (华中) after
# a name in a list of speakers.
SPEAKERS = """\
发布时间：2019-11-26
11月25日，住汕省政协委员开展集中视察活动，省政协委员程立远参加。
会上，东丰电机公司董事长韦小满、华中总裁联合会会长覃立彬作了发言。
"""


def test_a_character_two_cities_write_names_no_page_place_and_a_region_no_person(tmp_path):
    doc = write_and_process(tmp_path, "speakers.txt", SPEAKERS)
    assert doc.context.place != "汕头市"
    assert "华中" not in doc.persons
    assert {"韦小满", "覃立彬"} <= set(doc.persons)


# A brand whose first word jieba takes for a verb (得利), one character left before the head (展馆).
BRAND = """\
发布时间：2024-11-29
11月28日，市政协主席程立远先后到得利华展馆、东丰青禾宠物产业园等重点提案的办理现场进行了视察。
"""


def test_a_brand_that_begins_with_a_verb_keeps_its_name_and_the_list_its_items(tmp_path):
    doc = write_and_process(tmp_path, "brand.txt", BRAND)
    visit = event_on(doc, "2024-11-28")
    assert "得利华展馆" in visit.visited
    assert "东丰青禾宠物产业园" in visit.visited


# A trip of a range of days and one more day listed after it.
DAYS = """\
发布时间：2024-12-12
12月5日至7日、10日，市政协主席程立远率队赴西岭市考察招商引资工作。
"""


def test_a_day_listed_after_a_range_ends_the_happening(tmp_path):
    trip = event_on(write_and_process(tmp_path, "days.txt", DAYS), "2024-12-05")
    assert trip.end == "2024-12-10"


# Companies named by their brands, the first after the place the text speaks of (对我县…).
BRANDS = """\
发布时间：2019-11-30
11月18日，市政协副主席程立远一行先后对我县青禾桥米、华尔雅、东丰轻机等企业进行了实地考察。
"""


def test_the_first_brand_after_our_county_is_a_company_visited(tmp_path):
    doc = write_and_process(tmp_path, "brands.txt", BRANDS)
    visit = event_on(doc, "2019-11-18")
    assert "青禾桥米" in visit.visited
    assert "我县青禾桥米" not in {org.name for org in doc.organizations.values()}


# An activity of no kind, then what its members did that day, told after 当天 with a kind word of its own (宣讲).
ACTIVITY_DAY = """\
发布时间：2020-09-22
9月21日，东丰市政协系统开展首次“委员活动日”活动。市政协主席程立远宣布活动启动。
当天，委员们分为5组，赴东丰青禾康复医院、东丰市青年服务中心等地，宣讲政协制度，开展义诊活动。
当天下午，市政协召开主席会议，副主席韦小满主持。
"""


def test_what_an_activity_day_did_that_day_is_the_same_event(tmp_path):
    doc = write_and_process(tmp_path, "activity.txt", ACTIVITY_DAY)
    days = [e for e in doc.events if e.start == "2020-09-21" and not e.approximate]
    assert len(days) == 2, [(e.kind, dict(e.persons)) for e in days]
    activity = next(e for e in days if "程立远" in dict(e.persons))
    assert "东丰青禾康复医院" in activity.visited
    assert any("韦小满" in dict(e.persons) for e in days)


# Centres named by their place and a name of their own, visited; a generic one (党群服务中心) names no body.
CENTRES = """\
发布时间：2024-06-24
6月18日，市政协主席程立远带队先后到东丰市企业综合服务中心、西岭市城市大脑运营中心、西岭市公共资源交易中心等处考察，并在党群服务中心座谈。
"""


def test_centres_named_by_their_place_are_bodies_visited_a_generic_one_none(tmp_path):
    doc = write_and_process(tmp_path, "centres.txt", CENTRES)
    visit = event_on(doc, "2024-06-18")
    assert {"东丰市企业综合服务中心", "西岭市城市大脑运营中心", "西岭市公共资源交易中心"} <= set(visit.visited)
    assert not any(org.name.endswith("党群服务中心") for org in doc.organizations.values())


# What the bodies visited are (我市重点项目A医院), a village in a zone (某开发区某村: the zone is where it lies).
PROJECTS = """\
发布时间：2019-11-26
11月25日，市政协主席程立远带队实地视察了我市重点项目东丰中心医院、西岭开发区红星村，并召开座谈会。
"""


def test_a_project_named_before_a_body_and_a_village_in_a_zone(tmp_path):
    doc = write_and_process(tmp_path, "projects.txt", PROJECTS)
    visit = event_on(doc, "2019-11-25")
    assert "东丰中心医院" in visit.visited
    assert not any(name.endswith("开发区") for name in visit.visited)


# A body named after a region of several provinces on a district's page: no body of the district.
REGION_BODY = """\
发布时间：2017-03-31
3月29日，东丰区政协举办政协委员招商引资推介会，区政协主席程立远主持。东丰电机公司董事长韦小满、华中总裁联合会会长覃立彬作了发言。
"""


def test_a_body_named_after_a_region_keeps_its_name(tmp_path):
    doc = write_and_process(tmp_path, "region.txt", REGION_BODY)
    assert "华中总裁联合会" in {org.name for org in doc.organizations.values()}
