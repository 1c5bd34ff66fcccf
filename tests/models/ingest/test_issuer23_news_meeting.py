"""A news item on a body's own meeting: the bureau or zone its headline or lead has convene the meeting, the sector's
bureau at its sector's work conference, the bureau hosting it in its meeting room, placed as the text places it
(corpus 2020, 2021, 2042, 2045, 1950, 1981, 1106; variants written here for other places, offices and years)."""

from __future__ import annotations

from models.ingest.metadata_issuer_news import news_body
from tests.models.ingest._reading import issuer as _issuer


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


_ZONE = (
    "湖南日报3月2日讯(记者 李明)3月2日上午,岳阳经济技术开发区召开2019年工作会议,总结2018"
    "年工作,部署2019年任务。副市长王强出席会议并讲话。\n"
    "2018年,开发区完成规模工业总产值320亿元,增长12%。\n"
)

_ZONE_COMMITTEE = (
    "岳阳经济技术开发区召开2019年工作会议\n"
    "1月15日,岳阳经济技术开发区召开2019年工作会议。开发区管委会机关全体干部、园区企业负责人共15"
    "0余人参加会议。\n"
    "会上,开发区党工委书记、管委会主任刘刚作了工作报告。2018年,开发区完成规模工业总产值320亿元。\n"
)

_SECTOR = (
    "2021年3月5日上午,桐庐县召开2021年全县审计工作会议,县审计局党组书记、局长张建华主持,副县"
    "长李红出席并讲话,各乡镇分管领导参加了会议。\n"
    "会上,县审计局党组书记、局长张建华全面总结了2020年工作,安排部署了2021年审计工作主要任务。\n"
)

_SECTOR_CITY = (
    "2月10日,全市水利工作会议在绵阳召开。会议总结2022年工作,部署2023年重点任务。市水利局党组"
    "书记、局长王五主持会议。\n"
    "会议指出,2022年,全市水利系统完成水利投资58亿元,增长9%。\n"
)

_HOSTED = (
    "郴州新闻网4月8日讯 (通讯员 刘芳) 4月7日,汝城县2020年第一季度项目调度会在县发改局会议室"
    "召开。县交通局、住建局等30家单位负责人参加了会议。\n"
    "会上,发改局负责人就2020年全县重点项目计划进行了说明。2020年,全县拟安排项目120个,总投资"
    "约80亿元。\n"
)

_UNPLACED = "近日,区统计局召开全局工作会议,回顾总结2019年工作,部署2020年任务。\n会上,各科室负责同志进行了交流发言。\n"

_GOVERNMENT_MEETING = (
    "2月20日,全市经济工作会议在绵阳召开。市委书记、市长出席会议并讲话,市经济和信息化局局长赵六主持会"
    "议。\n"
    "会议指出,2022年全市地区生产总值增长6%。\n"
)

_ONLY_ATTENDED = (
    "2月27日,全省商务工作会议在长沙召开。副省长周海兵出席会议并讲话。\n会议总结2022年商务工作,部署2023年工作。\n"
)

_TRADITIONAL = (
    "3月1日,慈利縣2018年第一季度投資調度會在縣發改局會議室召開。縣交通局等55家單位負責人參加了會"
    "議。\n"
    "會上,發改局負責人就2018年全縣固定資產投資計劃進行了解讀。\n"
)


def test_a_zone_that_convenes_its_meeting_is_named_as_the_text_names_it() -> None:
    assert _issuer(_ZONE) == "岳阳经济技术开发区"


def test_a_zone_whose_committee_the_text_writes_is_that_committee() -> None:
    assert _issuer(_ZONE_COMMITTEE) == "岳阳经济技术开发区管委会"


def test_the_sector_bureau_whose_head_presides_at_the_county_conference() -> None:
    assert _issuer(_SECTOR) == "桐庐县审计局"


def test_the_sector_bureau_at_a_city_conference_held_in_the_city() -> None:
    assert news_body(None, _lines(_SECTOR_CITY)) == "绵阳市水利局"


def test_the_bureau_hosting_the_meeting_in_its_own_room_written_in_full() -> None:
    assert _issuer(_HOSTED) == "汝城县发展和改革局"
    assert _issuer(_TRADITIONAL) == "慈利县发展和改革局"


def test_a_bureau_the_text_never_places_gives_no_issuer() -> None:
    assert news_body(None, _lines(_UNPLACED)) is None


def test_a_bureau_presiding_at_another_line_of_work_conference_is_not_its_owner() -> None:
    assert news_body(None, _lines(_GOVERNMENT_MEETING)) is None


def test_a_sector_conference_no_bureau_takes_part_in_names_none() -> None:
    assert news_body(None, _lines(_ONLY_ATTENDED)) is None


_CONJUNCTION = (
    "近日,县交通运输局召开2023年交通运输工作总结暨作风建设推进会,表彰先进典型。\n"
    "2023年,该局坚持依法行政,推进法治建设、党风廉政和作风建设,圆满完成了年度各项目标任务。\n"
)


def test_a_county_name_read_across_a_word_and_its_conjunction_places_nothing() -> None:
    # 廉政和作风 holds 政和 (a county of Fujian): a word, then 和 joining it to the next word (corpus 1688)
    assert news_body(None, _lines(_CONJUNCTION)) is None
