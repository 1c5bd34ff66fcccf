"""Townships and streets, session 23's fifth round, each on a made-up snippet: a 政府信息公开 report's title naming its
office in full after the year, a township that names itself once while speaking as 我镇/全乡, a farm label that masks
the town the text names."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


@pytest.mark.parametrize(
    "office",
    ["江岸区人民政府劳动街道办事处", "鼓楼区人民政府华大街道办事处", "吴起县人民政府", "海曙区发展和改革局"],
)
def test_an_open_government_reports_title_names_its_office_in_full(office: str) -> None:
    # 1453: 2020年度江岸区人民政府劳动街道办事处政府信息公开工作报告, under a portal heading naming the street short
    text = (
        "劳动街道2020年政府信息公开工作年度报告\n"
        f"2022年度{office}政府信息公开工作报告\n"
        "一、总体情况\n2022年,我单位认真贯彻落实《中华人民共和国政府信息公开条例》,主动公开政府信息120条。\n"
    )
    assert _meta(text).issuer == office


@pytest.mark.parametrize(
    ("town", "sentence"),
    [
        ("伏龙泉镇", "并制定了伏龙泉镇各项事业的工作方案和责任要求。"),
        ("泄滩乡", "这是泄滩乡第一个有规划统一布局的新村。"),
        ("冀村镇", "这是冀村镇第一个统一布局的新村。"),
    ],
)
def test_a_township_named_once_while_speaking_as_its_level(town: str, sentence: str) -> None:
    # 1450 (伏龙泉镇 once, 我镇 four times), 2039 (泄灘鄉 once, 全鄉 five times)
    level = town[-1]
    text = (
        f"2012年第一季度工作总结\n为了进一步实现我{level}“商贸立{level}、产业兴{level}”战略目标,促进经济和各项社会事业"
        f"全面发展。\n一、贯彻落实会议精神\n我{level}在3月份多次召开了党委会,全面分析了全{level}面临的形势。{sentence}"
        f"全{level}完成财政收入320万元,同比增长8%。\n"
    )
    assert _meta(text).issuer == f"{town}人民政府"


def test_a_farm_label_masking_the_town_named_in_the_text() -> None:
    # 1450: 某镇2012年第一季度工作总结 (the farm's label, twice) over a text naming 伏龙泉镇
    text = (
        "某镇2012年第一季度工作总结\n某镇2012年第一季度工作总结\n为了进一步实现我镇“商贸立镇、产业兴镇”战略目标,"
        "促进经济和各项社会事业全面发展。\n一、贯彻落实会议精神\n我镇在3月份多次召开了党委会,全面分析了我镇面临的形势。"
        "并制定了伏龙泉镇各项事业的工作方案。全镇完成财政收入320万元,同比增长8%。\n"
    )
    assert _meta(text).issuer == "伏龙泉镇人民政府"


@pytest.mark.parametrize(
    "sentence",
    [
        "围绕“城市农业生态园、农文旅融合花园镇”发展定位。",  # 055: a kind of town (花园 a common word)
        "获得国家级卫生镇、全国文明镇、省级森林城镇等荣誉称号。",  # 714: honours, 林城镇 a slice of 森林城镇
        "加快小城镇建设,以科学发展促进经济社会的大发展。",  # a kind of town (小城镇), no township's name
        "多次与区发改委及狼山镇街道沟通,推进项目。",  # 1712: a street, named as a partner
        "学习借鉴了伏龙泉镇和龙山镇的经验。",  # two towns: no telling which speaks
        "某镇制定了伏龙泉镇各项事业的工作方案。",  # the text itself masks its town
        "请予审查,并请镇政协委员提出意见。",  # 979: 并请镇 (a verb's words; a town of the gazetteer too)
    ],
)
def test_no_township_where_the_name_is_no_towns_own(sentence: str) -> None:
    text = (
        "为了进一步实现我镇“商贸立镇、产业兴镇”战略目标,促进经济和各项社会事业全面发展。\n一、贯彻落实会议精神\n"
        f"我镇在3月份多次召开了党委会,全面分析了我镇面临的形势。{sentence}全镇完成财政收入320万元,同比增长8%。\n"
    )
    assert _meta(text).issuer is None


@pytest.mark.parametrize(("tag", "district", "town"), [("金华市", "金东区", "澧浦镇"), ("四川省", "南江县", "石滩乡")])
def test_a_sites_region_tagged_label_adds_no_parent_place(tag: str, district: str, town: str) -> None:
    # 2059: (金华市)金东区澧浦镇2020年工作总结和2021年工作计划, a site's label filing the page by region (as 033, 1231)
    text = (
        f"({tag}){district}{town}2020年工作总结和2021年工作计划\n一、2020年主要工作\n2020年是极不平凡的一年。"
        f"一年来,镇政府统筹推进疫情防控和经济社会发展,全{town[-1]}经济社会事业持续健康发展。过去一年,{town[:-1]}"
        "每个人都很努力。全年实现地区生产总值13亿元,一般公共预算收入增长30%。\n"
    )
    assert _meta(text).issuer == f"{town}人民政府"


def test_an_own_title_keeps_its_parent_place() -> None:
    # 1051: 临沧市临翔区章驮乡2022年度部门决算, the document's own title (no site's tag before it)
    text = (
        "临沧市临翔区章驮乡2022年度部门决算\n目录\n第一部分 临沧市临翔区章驮乡概况\n一、主要职能\n"
        "贯彻执行党和国家的路线、方针、政策。\n二、部门基本情况\n本部门共有内设机构5个。\n"
    )
    assert _meta(text).issuer == "临沧市临翔区章驮乡人民政府"


@pytest.mark.parametrize(
    ("field", "title", "expected"),
    [
        ("蔡河镇牛车湾村村民委员会", "牛车湾村2021年工作总结及2022年工作计划", "牛车湾村村民委员会"),
        ("南江县石滩乡人民政府", "石滩乡2021年工作总结及2022年工作计划", "石滩乡人民政府"),
    ],
)
def test_a_fields_parent_place_before_a_township_or_village(field: str, title: str, expected: str) -> None:
    # 1706: 信息来源:蔡河镇牛车湾村村民委员会 over a title and text naming 牛车湾村 alone (1620 rule)
    text = (
        f"{title}\n发布时间:2022-05-31\n信息来源:{field}\n2021年,我们在上级党委、政府的正确领导下,通过全体党员、干部、"
        "群众的共同努力,各项工作取得了较好的成绩,现将今年工作的情况汇报如下:\n一、产业发展\n种植优质稻500余亩。\n"
    )
    assert _meta(text).issuer == expected


def test_a_fields_district_before_a_street_office_stays() -> None:
    # a street office, the district's agency, is named with its district (1195, 892, 1625 keep the field's form)
    from models.ingest.metadata_issuer_forms import written_in_full

    lines = ["文化街街道2021年工作总结", "发布机构:兴庆区文化街街道办事处", "一年来,文化街街道坚持稳中求进。"]
    fields = ("兴庆区文化街街道办事处",)
    assert written_in_full("兴庆区文化街街道办事处", lines[0], lines, fields) == "兴庆区文化街街道办事处"


def test_a_templates_masked_title_over_masked_names_stays_unknown() -> None:
    # 979: XX镇政府工作报告 over 镇长 XX: the template masks every name, the title's mask is its own
    text = (
        "XX镇政府工作报告\n镇长 XX\n各位代表:\n我代表镇人民政府,向大会报告工作。过去的一年,全镇上下按照镇党委“XX”"
        "的总体思路,制定了伏龙泉镇各项事业的工作方案。全镇完成财政收入320万元,同比增长8%。\n"
    )
    assert _meta(text).issuer is None
