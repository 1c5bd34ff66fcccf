"""The gazetteer is the authority on county-, district- and city-level names: every one it lists, written with
its level where a report names itself (2024年,某某区在市委…领导下), is recognised as that place, whether or not
jieba's dictionary knows it (金坛区, a district since 2015; 务川仡佬族苗族自治县, cut by the segmenter)."""

from __future__ import annotations

import re

import pytest

from models.ingest.metadata_bureau_place import place_of_bureau
from models.ingest.metadata_gazetteer import gazetteer, gazetteer_names
from models.ingest.metadata_places import is_area_word
from models.ingest.metadata_speaker import speaking_government
from models.ingest.metadata_words import _common_words
from tests.models.ingest._reading import issuer as _issuer

# zones (开发区, 新区) and the names that are plain words for a part of any city (城区, 郊区, 东区, 新城区)
_NOT_A_GOVERNMENT_NAME = re.compile(
    r"开发区|示范区|名胜区|新区|地区|管理区|试验区|园区|实验区|林区|矿区|合作区|旅游区"
    r"|^[东西南北]区$|^郊区$|^城区$|^[新老旧][城市]区$"
)


def _names() -> list[str]:
    places = gazetteer()
    return sorted(
        name
        for name in {*places.counties, *places.cities}
        if name[-1] in "市区县州旗" and not _NOT_A_GOVERNMENT_NAME.search(name) and not _a_word(name)
    )


def _a_word(name: str) -> bool:
    """景县, 新县: a one-letter county that is also an area word (a scenic area's county, a new county): never
    taken as a place, at the cost of the two counties (1255's speech names 景县 and files under no one)."""
    return len(name) == 2 and (is_area_word(name) or name in _common_words())


@pytest.fixture(scope="module")
def names() -> list[str]:
    found = _names()
    if not found:
        pytest.skip("jionlp's gazetteer is not installed")
    return found


def test_every_gazetteer_place_gives_a_bureau_named_by_its_level_its_place(names: list[str]) -> None:
    missed = []
    for name in names:
        level = name[-1]
        line = f"2024年,{name}在市委、市政府的坚强领导下,{level}科技局认真贯彻落实各项决策部署。"
        if place_of_bureau(f"{level}科技局", [line]) != f"{name}科技局":
            missed.append(name)
    assert missed == []


def test_every_gazetteer_place_is_the_government_a_text_speaking_as_its_level_names(names: list[str]) -> None:
    missed = []
    for name in names:
        level = name[-1]
        again = f"{name}人民群众共享发展成果。" if len(name) == 2 else ""  # (one letter: named twice, 沛县)
        # (led by the level above: a city's government never names itself as leading it, 在市委、市政府的领导下 is a
        # body under it; session 22)
        above = "省" if level in "市州盟" else "市"
        lines = [
            f"2024年,{name}在{above}委、{above}政府的坚强领导下,全{level}经济社会发展取得新成效。{again}",
            f"一年来,我{level}坚持稳中求进。",
        ]
        if speaking_government(None, lines) != f"{name}人民政府":
            missed.append(name)
    assert missed == []


def test_an_autonomous_county_s_kind_cut_from_its_name_is_no_place() -> None:
    line = "2024年,大化瑶族自治县在市委、市政府的坚强领导下,县科技局认真贯彻落实各项决策部署。"
    assert place_of_bureau("县科技局", [line]) == "大化瑶族自治县科技局"


@pytest.mark.parametrize(
    "text",
    [
        "加上城区改造任务重,区科技局加班完成。",  # 加上 binds 上: no 上城区
        "金坛区域经济协调发展,区科技局牵头。",  # 区域: a word, no district ends there
        "推进工业园区建设,区科技局牵头。",  # a zone is no government's place
    ],
)
def test_a_gazetteer_name_glued_into_a_word_is_no_place(text: str) -> None:
    assert place_of_bureau("区科技局", [text]) is None


def test_a_common_word_s_letters_count_as_a_place_only_where_a_name_stands() -> None:
    assert gazetteer_names("2024年,保定市在省委领导下", "市") == {"保定市": 1}
    assert "保定市" not in gazetteer_names("确保定市场供应", "市")


def test_a_name_the_dictionary_lacks_named_once_in_passing_is_no_speaking_government() -> None:
    # 758's shape: a bulletin in the city's voice names the city once, as where two counties were moved to
    lines = [
        "1995年,全市各族人民在市委、市政府领导下,认真贯彻各项方针。",
        "和林格尔县、清水河县划归呼和浩特市管辖,全市面积增加。",
    ]
    assert speaking_government(None, lines) is None


def test_a_portal_field_writing_an_autonomous_county_short_names_the_same_body() -> None:
    # 1281's shape: the title writes 三江侗族自治县, the page's 来源 三江县财政局, the delivery line 县财政局
    text = (
        "三江侗族自治县2022年财政预算执行情况和2023年财政预算(草案)的报告\n\n"
        "来源: 三江县财政局  |   发布日期: 2023-01-10\n\n"
        "2023年1月8日在自治县第十七届人民代表大会第三次会议上\n\n县财政局局长  陈远熙\n\n各位代表:\n\n"
        "受自治县人民政府委托,向大会报告我县2022年财政预算执行情况,请予审议。\n"
    )
    assert _issuer(text) == "三江县财政局"


def test_a_page_about_the_government_report_is_not_the_report() -> None:
    # 1230's shape: a 政策解读 of the report's task division, posted by the government's office
    text = (
        "《〈政府工作报告〉2024年重点工作任务分工方案》政策解读\n\n"
        "发布日期:2024-04-02 15:35\n\n来源:二连浩特市政府办\n\n"
        "一、起草背景\n\n2024年1月17日至19日,二连浩特市第十六届人民代表大会第三次会议召开。全市上下认真贯彻。\n"
    )
    assert _issuer(text) != "二连浩特市人民政府"


def test_a_title_s_city_is_not_the_government_of_a_district_that_speaks() -> None:
    # disc 1520's shape: a store titles a district's report by its city; the speaker reports for a 区
    text = (
        "昆明市2023年政府工作报告\n各位代表:\n我代表区人民政府,向大会报告工作,请予审议。\n"
        "一、2022年工作回顾\n全区上下以“当好排头兵、五华在争先”大竞赛活动为抓手,实现地区生产总值增长5%。\n"
    )
    assert _issuer(text) != "昆明市人民政府"


def test_an_action_plan_speaking_as_its_district_is_no_government_s_report() -> None:
    # 061's shape: a titled 行动计划 states no issuer, whatever district it names (a 计划执行情况 report does: 1152)
    text = (
        "无锡高新区(新吴区)现代服务业高质量发展2019-2020年行动计划\n为推动全区现代服务业高质量发展,结合新吴区实际,"
        "制定如下行动计划。\n一、总体要求\n新吴区坚持创新驱动,全区服务业增加值增长8%。\n"
    )
    assert _issuer(text) is None
