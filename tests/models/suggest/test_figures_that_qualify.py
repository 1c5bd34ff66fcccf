"""Figures that qualify another figure rather than state a result: a size naming a rate, the threshold a share
of units reaches, a distance bounding an area, the parts a plan divides into; and an excerpt cut mid-clause."""

from __future__ import annotations

from typing import Any

import pytest

from models.suggest.indicators import find_indicators


def _read(text: str) -> list[tuple[Any, ...]]:
    return [(s.attributes["value"], s.attributes["unit"]) for s in find_indicators(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("力争城区公园绿地500米服务半径覆盖率达到90%。", [(90, "%")]),
        ("公交站点300米覆盖率为100%。", [(100, "%")]),
        ("85%的行政村卫生室面积达到60平方米以上。", [(85, "%")]),
        ("全县90%的规上企业年产值在2000万元以上。", [(90, "%")]),
        ("沿河2公里范围内养殖场全部关停,共关停养殖场46家。", [(46, "家")]),
        ("将全县划分为12个网格单元,配备网格员300名。", [(300, "名")]),
        ("引进正大等3个亿元以上项目。", [(3, "个")]),
        ("全年完成融资4.9个亿。", [(4.9, "个亿")]),
        # the bar a counted set of units passes is no figure of its own (252, 357: two sources)
        ("全省有12个市县工业投资增速超过40%。", [(12, "个")]),
        ("其中有6个类别增幅超过25%。", [(6, "个")]),
        # a figure in the title of a document cited (648): part of the title
        ("根据《国务院关于同意在天津等22个城市设立综合试验区的批复》精神,新建园区3个。", [(3, "个")]),
    ],
)
def test_figures_that_qualify_another_are_not_read(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _read(text) == expected


def test_a_size_that_is_a_result_is_still_read() -> None:
    assert _read("新建城市绿道500米,覆盖率提高。") == [(500, "米")]
    assert _read("全县新增有效灌溉面积2000亩以上。") == [(2000, "亩")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全年粮食总产量52.3万吨,比上年增长2.1%。全市已有89.2%的乡", [(52.3, "万吨")]),
        ("全年粮食总产量52.3万吨。年末农业机械总动力18.26万千", [(52.3, "万吨")]),
        ("全年粮食总产量52.3万吨。受用地等因素影响,有38个项目未入", [(52.3, "万吨")]),
        ("全年粮食总产量52.3万吨。新建金融服务站11个", [(52.3, "万吨"), (11, "个")]),
        ("全年粮食总产量52.3万吨,比上年增长2.1%。", [(52.3, "万吨")]),
        ("一、主要指标\n3.新增就业1200人", [(1200, "人")]),
    ],
)
def test_a_clause_the_excerpt_cut_is_not_read(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("完成省市下达的12项民生实事任务。", [(12, "项")]),
        ("全面办结23项重点任务。", [(23, "项")]),
        ("排定69项年度重点任务。", []),
        ("提出80条具体举措。", []),
    ],
)
def test_the_items_of_a_plan_count_when_they_were_carried_out(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _read(text) == expected
