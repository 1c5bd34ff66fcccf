"""Two names of one quantity across reports of different years and places line up (session 18 gold pairs)."""

from __future__ import annotations

import pytest
from compare_helpers import add_parsed, annotate

from models.compare import compare_documents
from models.compare.synonyms import normalize_name
from models.store import Store


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("公共财政预算收入", "一般公共预算收入"),  # renamed by the 2014 budget law (襄汾县 2017 / 交城县 2018)
        ("地方一般预算收入", "地方一般公共预算收入"),
        ("农民人均可支配收入", "农村常住居民人均可支配收入"),  # 襄汾县 / 交城县
        ("城镇常住居民人均可支配收入", "城镇居民人均可支配收入"),
        ("规上工业增加值增速", "规模以上工业增加值"),  # the growth of the quantity, named so
        ("固定资产投资增幅", "固定资产投资"),
    ],
)
def test_one_quantity_two_names(a: str, b: str) -> None:
    assert normalize_name(a) == normalize_name(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("一般公共预算收入", "一般公共预算支出"),
        ("城镇居民人均可支配收入", "农村居民人均可支配收入"),
        ("税收收入", "一般公共预算收入"),
    ],
)
def test_different_quantities_stay_apart(a: str, b: str) -> None:
    assert normalize_name(a) != normalize_name(b)


def test_renamed_budget_revenue_is_one_row(store: Store) -> None:
    """交城县 2018 (一般公共预算收入完成5.2亿元) beside 襄汾县 2017 (公共财政预算收入完成3.69亿元): two rows, one
    report's figure on each, before."""
    a = add_parsed(store, "jiaocheng.txt", "一、2017年工作回顾\n\n一般公共预算收入完成5.2亿元，同比增长26.6%。\n")
    b = add_parsed(store, "xiangfen.txt", "一、2016年工作回顾\n\n公共财政预算收入完成3.69亿元，同比下降7.7%。\n")
    annotate(
        store,
        a,
        "一般公共预算收入完成5.2亿元",
        name="一般公共预算收入",
        value=5.2,
        unit="亿元",
        change=26.6,
        change_unit="%",
    )
    annotate(
        store,
        b,
        "公共财政预算收入完成3.69亿元",
        name="公共财政预算收入",
        value=3.69,
        unit="亿元",
        change=-7.7,
        change_unit="%",
    )
    result = compare_documents(store, a, b)
    assert len(result.indicator_pairs) == 1
    assert not result.left_only_indicators and not result.right_only_indicators
    assert result.indicator_pairs[0].difference == pytest.approx(3.69e8 - 5.2e8)
