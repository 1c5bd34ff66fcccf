"""A bureau's own summary that speaks as the bureau with no issuer line: its sector system at its level (全市人社系统
with 局党组), a 来源 naming the site before the office (本网 某市某局), a 来源 giving the kind under a title giving
the place and the kind's work, a place named in a list of peers (寒亭、诸城、寿光) is no bureau's own (corpus 1626,
2016, 1957, 1948; variants written here for other places, offices and years)."""

from __future__ import annotations

from dataclasses import replace

from models.ingest.clean import clean
from models.ingest.metadata_issuer_source import source_bureau, source_office
from models.ingest.metadata_issuer_voice import voiced_bureau
from models.ingest.metadata_own_work import placed_name
from tests.models.ingest._reading import issuer as _issuer


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


_SYSTEM = (
    "2021年,全市人社系统坚持以习近平新时代中国特色社会主义思想为指导,统筹推进疫情防控和人社事业高质量发展。\n"
    "一、聚焦政治引领。局党组专题研究6次,召开专题推进会8次。\n"
    "二、稳定和扩大就业。全市城镇新增就业5.73万人。开展“就”在中山专项活动,走访26家外省市职业技工院校。\n"
)

_SYSTEM_COUNTY = (
    "2022年,全市医保系统认真贯彻落实市委、市政府决策部署,全力推进医疗保障事业高质量发展。\n"
    "一、加强党的建设。局党组召开专题会议12次。\n"
    "二、助力绍兴共同富裕。全市基本医疗保险参保率99%,为绍兴群众减负3.2亿元。\n"
)


def test_the_system_at_its_level_with_the_bureau_s_own_party_group_is_the_bureau() -> None:
    assert voiced_bureau(None, _lines(_SYSTEM)) == "中山市人力资源和社会保障局"
    assert voiced_bureau(None, _lines(_SYSTEM_COUNTY)) == "绍兴市医疗保障局"
    assert _issuer(_SYSTEM) == "中山市人力资源和社会保障局"


def test_the_system_without_a_bureau_voice_or_a_place_names_nobody() -> None:
    assert voiced_bureau(None, _lines(_SYSTEM.replace("局党组", "各单位"))) is None
    assert voiced_bureau(None, _lines(_SYSTEM.replace("在中山", "在全市"))) is None
    # 全市 and 全县 both: no one level the system is spoken at
    assert voiced_bureau(None, _lines(_SYSTEM + "全县人社系统参加培训。\n")) is None


def test_other_provinces_and_cities_are_no_place() -> None:
    text = "全市人社系统走访外省市职业院校,与外省市人社局签订劳务协议,局党组研究部署。\n"
    assert placed_name("市人力资源和社会保障局", _lines(text)) is None


def test_a_site_before_the_office_in_a_source_field() -> None:
    assert source_office("本网 中山市发展和改革局") == "中山市发展和改革局"
    assert source_office("本站 桐庐县统计局") == "桐庐县统计局"
    assert source_office("本网") is None
    assert source_office("本网 中山日报") is None


def _page(header: list[str]):
    return replace(clean("正文。"), header_lines=tuple(header), chrome_lines=())


def test_a_kind_source_under_a_title_writing_the_place_and_the_kind_s_work() -> None:
    title = "2020年金东区退役军人事务工作总结"
    assert source_bureau(title, _page(["信息来源: 退役军人事务局"]), []) == "金东区退役军人事务局"
    assert source_bureau("2022年龙湾区统计工作总结", _page(["来源:统计局"]), []) == "龙湾区统计局"
    # the title's work is another kind's: the place is not the bureau's
    assert source_bureau("2022年龙湾区民政工作总结", _page(["来源:统计局"]), []) is None


def test_a_place_in_a_list_of_its_peers_is_not_the_bureau_s() -> None:
    text = (
        "2021年1月14日下午,市发改委组织召开全市发展和改革工作会议,全面总结2020年全市发展改革工作。"
        "寒亭、诸城、寿光、高密、高新等5个县市区分别作交流发言。\n"
    )
    assert placed_name("市发改委", _lines(text)) is None
    other = "3月2日,市统计局召开全市统计工作会议。江山、龙游、常山、开化等4个县市作交流发言。\n"
    assert placed_name("市统计局", _lines(other)) is None
