"""Families of indicators the reader still missed in session 21: figures whose number shape the finder did not read."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.suggest.indicators import find_indicators


def _values(text: str) -> list[tuple[float, str]]:
    return [(s.attributes["value"], s.attributes.get("unit")) for s in find_indicators(text)]


# A coefficient or a ratio is a pure number: the figure after it is its value with no unit
# (1799 恩格尔系数为.52, 1819 城乡收入比降至1.79, 369 收入比为2.026, 160 比率约为1.56, 1607 新增系数为0.2).
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("全年农村居民人均纯收入2023元,农村居民恩格尔系数为.52,比上年下降0.02。", 0.52),
        ("城乡居民收入比降至1.79,差距持续缩小。", 1.79),
        ("2022年收入比为2.026,缩小幅度0.055,预计排名中下游。", 2.026),
        ("四季度,岗位空缺与求职人数的比率约为1.56,用工需求大于供给。", 1.56),
        ("全县居民收入基尼系数0.38,较上年有所下降。", 0.38),
        ("城乡居民人均可支配收入倍差缩小到2.1。", 2.1),
    ],
)
def test_coefficient_or_ratio_reads_a_bare_number(text: str, value: float) -> None:
    assert (value, "") in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "贫瘠地区每个农民的收入比70元的数目低。",  # 收入 比 70元: a comparison, not a ratio
        "国内生产总值和城乡居民人均收入比2010年翻一番。",  # 比 a year
        "城乡居民收入比降至2.35∶1。",  # a two-term ratio: structure.py reads it
        "企业资产负债率58.2%,流动比率为1.5倍。",  # a unit written after it
    ],
)
def test_comparison_or_other_shape_is_no_bare_coefficient(text: str) -> None:
    assert not [v for v in _values(text) if v[1] == ""]


@given(
    head=st.sampled_from(["恩格尔系数", "基尼系数", "城乡居民收入比", "收入比", "比率"]),
    verb=st.sampled_from(["为", "降至", "达到", "缩小到", "约为", ""]),
    whole=st.integers(0, 9),
    frac=st.integers(1, 999),
)
def test_coefficient_value_is_the_number_written(head: str, verb: str, whole: int, frac: int) -> None:
    number = f"{whole}.{frac:03d}"
    assert (float(number), "") in _values(f"全市{head}{verb}{number},比上年有所改善。")


def _ranks(text: str) -> list[float]:
    return [s.attributes["value"] for s in find_indicators(text) if s.attributes.get("unit") == "位"]


# A board named by its size in Arabic digits (中国企业500强, 民营企业100强), with its year, is a board as 百强 is
# (1767).
@pytest.mark.parametrize(
    ("text", "ranks"),
    [
        ("川威集团跻身2022年中国企业500强第322位、四川民营企业100强第4位,新增规模以上工业企业18户。", [322, 4]),
        ("该集团位列中国制造业企业500强第158位。", [158]),
        ("公司位居全国民营企业500强第87位、湖南省百强企业第5位。", [87, 5]),
        ("该县位列全国县域经济百强第45位。", [45]),
    ],
)
def test_rank_on_a_board_named_by_its_size_in_digits(text: str, ranks: list[float]) -> None:
    assert _ranks(text) == ranks


@given(size=st.sampled_from([50, 100, 200, 500]), year=st.integers(2015, 2025), n=st.integers(1, 499))
def test_rank_on_a_sized_board_is_the_place_written(size: int, year: int, n: int) -> None:
    assert _ranks(f"某某集团跻身{year}年中国企业{size}强第{n}位。") == [n]


# A quantity stated as nought at its clause's end is a level of 0, no unit (1375 依申请办理事项为零,
# 084 零就业家庭保持动态为零, 1166 森林火灾发生率为0, 1300 劣Ⅴ类水体比例为0).
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("2009年,全镇政府信息公开依申请办理事项为零。", "政府信息公开依申请办理事项"),
        ("全省零就业家庭保持动态为零,扶持创业带头人1.3万人。", "零就业家庭"),
        ("病死松树株数实现双下降,森林火灾发生率为0;有效实现双下降。", "森林火灾发生率"),
        ("地表水优良比例达到80%,劣Ⅴ类水体比例为0。", "劣Ⅴ类水体比例"),
    ],
)
def test_a_quantity_stated_as_nought(text: str, name: str) -> None:
    found = [s for s in find_indicators(text) if s.attributes["value"] == 0]
    assert len(found) == 1 and name in found[0].attributes["name"] and not found[0].attributes.get("unit")


@pytest.mark.parametrize(
    "text",
    [
        "针对首年关税为零的2034种进口商品,加大市场开拓力度。",  # a class of goods, not a level
        "为零工人员和用人单位提供服务。",  # 零工: a word
        "政府性基金预算收入预算数为0万元。",  # a unit written: read as a money figure
        "商品零售价格涨幅为0 ．8 ％。",  # a spaced decimal
    ],
)
def test_nought_inside_a_word_or_a_figure_is_no_zero_level(text: str) -> None:
    assert not [s for s in find_indicators(text) if s.attributes["value"] == 0 and not s.attributes.get("unit")]


def test_nought_restating_a_zero_figure_before_is_none() -> None:
    # 1428: 肉类产量0吨…导致我区畜牧业产量为0 only restates the zero output just given
    text = "全年肉类产量0吨,比上年减少100%。这是因为大部分土地被征用,导致我区畜牧业产量为0。"
    assert not [s for s in find_indicators(text) if s.attributes["value"] == 0 and not s.attributes.get("unit")]
