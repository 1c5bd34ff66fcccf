"""Families of session 21 (indP21): fields and extras of statements read in the corpus, in made-up sentences."""

from __future__ import annotations

from typing import Any

import pytest

from models.suggest.indicators import find_indicators


def _all(text: str) -> list[tuple[Any, ...]]:
    return [
        (s.attributes["value"], s.attributes["unit"], s.attributes["change"], s.attributes["change_unit"])
        for s in find_indicators(text)
    ]


# --- the base a level is compared with (比上年541亿元…增加294亿元,增长53.4%) is its previous value, never the level
# (budget reports: 1293 十四五 totals, 1188 基金支出, 387 税收收入, 1354 到位资金, 1289 决算数)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an absolute change, then the rate, after the base (1293, 1188)
        ("全市一般公共预算收入累计完成835亿元,比“十三五”541亿元增加294亿元,增长53.4%。", (835, "亿元", 53.4, "%")),
        ("全县税收收入完成4.6亿元,较“十三五”末2020年3.1亿元增加1.5亿元,年均增长8.2%。", (4.6, "亿元", 8.2, "%")),
        ("全镇农业总产值12.3亿元,比2015年9.8亿元增加2.5亿元,增长25.5%。", (12.3, "亿元", 25.5, "%")),
        # the base in another magnitude of the unit
        ("全区地方财政收入2.35亿元,比上年18600万元增加4900万元,增长26.3%。", (2.35, "亿元", 26.3, "%")),
        # the base's own name said again (1354) or its kind of figure (1289 决算数)
        ("到位项目资金300万元,比上年到位项目资金452万元下降33.6%。", (300, "万元", -33.6, "%")),
        ("一般公共预算支出24.98亿元,比上年决算数25.10亿元下降0.5%。", (24.98, "亿元", -0.5, "%")),
    ],
)
def test_the_base_after_a_level_is_its_previous_value(text: str, expected: tuple[Any, ...]) -> None:
    assert _all(text) == [expected]


def test_the_base_after_a_share_of_the_budget_is_still_the_levels() -> None:
    # 1188, 387: 收入A,完成年初预算B的C%,比上年D增加E,增长F%: the level A carries F; the budget and share stay asides
    got = _all("基金支出总额52,716万元,完成年初预算41,700万元的126.4%,比上年42,895万元增加9,821万元,增幅22.9%。")
    assert (52716, "万元", 22.9, "%") in got
    assert all(v != 42895 for v, *_ in got)


def test_a_figure_after_a_comparison_verb_is_no_base() -> None:
    # 比上年增加…: the verb comes first, the figure is the change (nothing to take as a base)
    assert _all("全县粮食产量12.6万吨,比上年增加0.8万吨。") == [(12.6, "万吨", 0.8, "万吨")]
    # a different unit after 比上年 is not the level's base
    got = _all("全县粮食产量12.6万吨,比上年多种植面积2万亩。")
    assert got[0] == (12.6, "万吨", None, None)


# --- a level reached after its change, said with a falling verb as with a rising one (1903 下降8.62个百分点,降至3.41%;
# the rising form 提高1.04个百分点,达到33.14% is read already)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全县贫困发生率下降8.62个百分点,降至3.41%。", (3.41, "%", -8.62, "个百分点")),
        ("城镇登记失业率回落0.4个百分点,降到2.9%。", (2.9, "%", -0.4, "个百分点")),
        ("全市森林覆盖率提高1.2个百分点,提高至45.6%。", (45.6, "%", 1.2, "个百分点")),
        ("农村自来水普及率提升3个百分点,上升到92%。", (92, "%", 3, "个百分点")),
    ],
)
def test_a_level_reached_after_its_change_with_any_verb_and_至(text: str, expected: tuple[Any, ...]) -> None:
    assert _all(text) == [expected]


@pytest.mark.parametrize("rank", ["排名全省第5", "居全省第五位", "位居全市第3位", "排名全州第12名"])
def test_a_rank_between_a_level_and_its_change_in_any_digits(rank: str) -> None:
    # 1489 新設立市場主體6.17萬戶,,排名全省第5,同比增長28.04%: the rank is an aside, the change the level's
    got = _all(f"新设立市场主体6.17万户,{rank},同比增长28.04%。")
    assert (6.17, "万户", 28.04, "%") in got
    assert all(u != "%" for _, u, *_ in got)
    names = {
        s.attributes["unit"]: s.attributes["name"]
        for s in find_indicators(f"新设立市场主体6.17万户,{rank},同比增长28.04%。")
    }
    assert names["位"].startswith("设立市场主体")  # the rank is named by the level its statement runs over


@pytest.mark.parametrize("basis", ["可比口径同比", "按可比口径", "同口径", "可比价"])
def test_a_comparable_basis_between_a_level_and_its_change(basis: str) -> None:
    # 1292 市本级一般公共预算收入28.7亿元（不含…）,可比口径同比增长5.2%: the basis says how, the change is the level's
    assert _all(f"全县一般公共预算收入12.4亿元,{basis}增长5.2%。") == [(12.4, "亿元", 5.2, "%")]
