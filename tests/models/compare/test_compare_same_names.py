"""Indicators sharing a name (三次产业 增加值 ×3) each appear in a comparison: paired by evidence, or one-sided.

Met on a clerk's day: 指标对比 of a city bulletin (第一/第二/第三产业实现增加值263.5/622.1/915.0亿元) against a
county one showed only one 增加值; the other two were in neither table and the counts were wrong.
"""

from __future__ import annotations

import pytest
from compare_helpers import add_parsed, annotate

from models.compare import compare_documents
from models.store import Store

CITY = (
    "一、综合\n\n初步核算，全市地区生产总值实现1800.5亿元，比上年增长4.2%。其中，第一产业实现增加值263.5亿元，增长5.2%；"
    "第二产业实现增加值622.1亿元，增长5.0%；第三产业实现增加值915.0亿元，增长3.4%。\n"
)
COUNTY = (
    "一、综合\n\n初步核算，全县实现生产总值150.61亿元，比上年增长10.2%。其中，第一产业增加值7.67亿元，增长6.1%；"
    "第二产业增加值125.99亿元，增长12.5%；第三产业增加值16.95亿元，增长1.0%。"
    "全县十大生态产业增加值141.51亿元。\n"
)


def _city(store: Store) -> int:
    a = add_parsed(store, "city.txt", CITY)
    annotate(store, a, "地区生产总值实现1800.5亿元", name="地区生产总值", value=1800.5, unit="亿元")
    for value in ("263.5", "622.1", "915.0"):
        annotate(store, a, f"增加值{value}亿元", name="增加值", value=float(value), unit="亿元")
    return a


def _all_left(comparison) -> list[float]:  # type: ignore[no-untyped-def]
    seen = [p.left.value for p in comparison.indicator_pairs if p.left is not None]
    return sorted(seen + [i.value for i in comparison.left_only_indicators])


def test_three_same_name_indicators_pair_with_the_sector_they_belong_to(store: Store) -> None:
    a = _city(store)
    b = add_parsed(store, "county.txt", COUNTY)
    annotate(store, b, "生产总值150.61亿元", name="生产总值", value=150.61, unit="亿元")
    for sector, value in (("第一", "7.67"), ("第二", "125.99"), ("第三", "16.95")):
        annotate(
            store, b, f"{sector}产业增加值{value}亿元", name=f"{sector}产业增加值", value=float(value), unit="亿元"
        )
    annotate(store, b, "十大生态产业增加值141.51亿元", name="十大生态产业增加值", value=141.51, unit="亿元")

    comparison = compare_documents(store, a, b)

    assert _all_left(comparison) == [263.5, 622.1, 915.0, 1800.5]  # every indicator is somewhere
    by_left = {p.left.value: p.right.value for p in comparison.indicator_pairs if p.left and p.right}
    assert by_left == {1800.5: 150.61, 263.5: 7.67, 622.1: 125.99, 915.0: 16.95}
    assert [i.value for i in comparison.right_only_indicators] == [141.51]
    _, rows = comparison.indicator_table()
    assert len(rows) == 5
    assert len(comparison.to_json()["indicators"]) == 5


def test_same_names_on_both_sides_pair_in_order_and_the_extra_one_stays_one_sided(store: Store) -> None:
    a = _city(store)
    b = add_parsed(
        store,
        "other.txt",
        "一、综合\n\n全市地区生产总值实现900亿元。其中，第一产业实现增加值100亿元；第二产业实现增加值300亿元。\n",
    )
    annotate(store, b, "地区生产总值实现900亿元", name="地区生产总值", value=900, unit="亿元")
    annotate(store, b, "增加值100亿元", name="增加值", value=100, unit="亿元")
    annotate(store, b, "增加值300亿元", name="增加值", value=300, unit="亿元")

    comparison = compare_documents(store, a, b)

    by_left = {p.left.value: p.right.value for p in comparison.indicator_pairs if p.left and p.right}
    assert by_left == {1800.5: 900, 263.5: 100, 622.1: 300}
    assert [i.value for i in comparison.left_only_indicators] == [915.0]  # 第三产业: nothing to set beside it
    assert comparison.right_only_indicators == ()


def test_same_name_with_different_sectors_is_not_paired_across_them(store: Store) -> None:
    a = _city(store)
    b = add_parsed(store, "b.txt", "一、综合\n\n全县第三产业实现增加值50亿元，第二产业实现增加值80亿元。\n")
    annotate(store, b, "增加值50亿元", name="增加值", value=50, unit="亿元")
    annotate(store, b, "增加值80亿元", name="增加值", value=80, unit="亿元")

    comparison = compare_documents(store, a, b)

    by_left = {p.left.value: p.right.value for p in comparison.indicator_pairs if p.left and p.right}
    assert by_left == {622.1: 80, 915.0: 50}  # by sector, not by order
    assert [i.value for i in comparison.left_only_indicators] == [1800.5, 263.5]


@pytest.mark.parametrize("right_value", [7.0])
def test_a_single_same_name_on_each_side_still_pairs_whatever_the_wording(store: Store, right_value: float) -> None:
    a = add_parsed(store, "a.txt", "一、综合\n\n全年全市城镇新增就业4.3万人。\n")
    b = add_parsed(store, "b.txt", "一、综合\n\n全县累计城镇新增就业7万人。\n")
    annotate(store, a, "城镇新增就业4.3万人", name="城镇新增就业", value=4.3, unit="万人")
    annotate(store, b, "城镇新增就业7万人", name="城镇新增就业", value=right_value, unit="万人")
    (pair,) = compare_documents(store, a, b).indicator_pairs
    assert pair.left is not None and pair.right is not None
