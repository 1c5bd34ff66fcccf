"""Issuers session 20's second round abstains on, each on a made-up snippet: a bulletin whose farming part is written
农、林、牧、渔业, a city named only as the stem of its namesake county (长沙县), and an untitled text opening at a
sector's work summary (一、2021年水务工作总结)."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


@pytest.mark.parametrize("farming", ["二、农、林、牧、渔业", "二、农林牧渔业", "二、农业"])
@pytest.mark.parametrize("place", ["英山", "岚皋", "武宁"])
def test_an_untitled_bulletin_naming_its_county_but_no_office_has_no_issuer(farming: str, place: str) -> None:
    # 1797 (英山), as 1798 (花垣): the office is never written; never the county's government by 全县
    text = (
        "2011年,面对复杂多变的形势,县委、县政府带领全县人民苦干实干,国民经济保持平稳较快发展。\n一、综合\n"
        f"国民经济平稳发展。全年实现{place}生产总值534001万元,比上年增长11.1%。全县财政收入增长12%。\n"
        f"{farming}\n全年农林牧渔业总产值增长4.5%。全县粮食总产量12万吨。\n三、工业\n"
        f"全年全县规模以上工业增加值增长15%。“十一五”期间,{place}生产总值年均增长12.5%,{place}人均生产总值达到14660元。\n"
    )
    assert _meta(text).issuer is None


@pytest.mark.parametrize(
    ("county", "rival"), [("长沙县", "浏阳市、宁乡市"), ("南昌县", "进贤县、安义县"), ("衡阳县", "耒阳市、常宁市")]
)
def test_a_city_named_only_by_its_namesake_county_is_not_named(county: str, rival: str) -> None:
    # 1753: 我代表市人民政府 and only 长沙县, 浏阳市 in a ranking: the city's own name is never written
    text = (
        "各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。\n一、过去五年工作回顾\n"
        f"全市上下砥砺奋进,经济总量跃上新台阶,{county}、{rival}分别排名全国县域经济百强前列。"
        "全市地区生产总值增长6.5%。\n"
    )
    assert _meta(text).issuer is None


def test_the_city_written_beside_its_namesake_county_still_counts() -> None:
    text = (
        "各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。\n一、过去五年工作回顾\n"
        "全市上下砥砺奋进,长沙经济总量跃上新台阶,长沙县、浏阳市、宁乡市分别排名全国县域经济百强前列。"
        "全市地区生产总值增长6.5%。\n"
    )
    assert _meta(text).issuer == "长沙市人民政府"


@pytest.mark.parametrize(
    ("heading", "place"),
    [
        ("一、2021年水务工作总结", "东莞市"),
        ("一、2017年交通运输工作总结", "长治市"),
        ("1、侨务系统年终工作总结", "泉州市"),
    ],
)
def test_an_untitled_text_opening_at_a_sectors_work_summary_is_no_governments(heading: str, place: str) -> None:
    # 1687, 1510, 182: the bureau's summary speaks of 全市; its office is never written
    text = (
        f"{heading}\n(一)重点工作深入推进。全市1044名河长累计巡河约6.87万人次,{place}重点工程加快建设。"
        "我市各项工作取得新成效,全市上下共同努力。\n二、2022年工作计划\n全市将继续推进各项重点工作。\n"
    )
    assert _meta(text).issuer is None


def test_an_untitled_text_opening_at_its_years_work_summary_is_still_its_governments() -> None:
    text = (
        "一、2021年工作总结\n2021年,我县坚持稳中求进,全县经济运行总体平稳。"
        "黎平县地区生产总值增长7.5%,全县财政收入增长8%。\n二、2022年工作计划\n全县将继续推进各项重点工作。\n"
    )
    assert _meta(text).issuer == "黎平县人民政府"
