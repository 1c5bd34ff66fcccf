"""Indicators are set side by side only within one dimension (issue 14.3): money, percent, a count of one kind."""

from __future__ import annotations

import pytest
from compare_helpers import add_parsed, annotate
from hypothesis import given
from hypothesis import strategies as st

from models.compare import compare_documents
from models.compare.units import base_unit, compatible, dimension
from models.store import Store
from models.suggest.numbers import UNITS


@pytest.mark.parametrize(
    ("unit", "base", "factor"),
    [
        ("万人次", "人次", 1e4),
        ("车次", "车次", 1),
        ("家", "家", 1),
        ("项", "项", 1),
        ("万家", "家", 1e4),
        ("亿元", "元", 1e8),
    ],
)
def test_counts_keep_their_kind(unit: str, base: str, factor: float) -> None:
    assert base_unit(unit) == (base, factor)


def test_counts_of_different_kinds_are_not_compatible() -> None:
    kinds = ["人次", "车次", "家", "项", "个"]
    for a in kinds:
        for b in kinds:
            assert compatible(a, b) == (a == b), (a, b)
    assert dimension("万元") == dimension("亿元") == "money:元"
    assert dimension("%") == "percent" and dimension("个百分点") == "points"
    assert dimension("元/吨") == "rate:元/吨"
    assert not compatible("元", "%") and not compatible("%", "个百分点")


@given(st.sampled_from(sorted(UNITS)), st.sampled_from(sorted(UNITS)))
def test_compatible_means_the_same_dimension(a: str, b: str) -> None:
    ba, bb = base_unit(a)[0], base_unit(b)[0]
    if ba and bb:
        assert compatible(ba, bb) == (dimension(a) == dimension(b))


def _one_row(store: Store, left: dict, right: dict) -> list:  # type: ignore[type-arg]
    a = add_parsed(store, "a.txt", "一、经济\n\n" + left["text"] + "。\n")
    b = add_parsed(store, "b.txt", "一、经济\n\n" + right["text"] + "。\n")
    annotate(store, a, left.pop("text"), **left)
    annotate(store, b, right.pop("text"), **right)
    return list(compare_documents(store, a, b).indicator_pairs)


def test_money_is_not_set_beside_a_percentage(store: Store) -> None:
    pairs = _one_row(
        store,
        {"text": "技改投资3358万元", "name": "技改投资", "value": 3358, "unit": "万元"},
        {"text": "技改投资占比67.9%", "name": "技改投资", "value": 67.9, "unit": "%"},
    )
    assert pairs == []


def test_growth_rates_compare_when_one_side_also_has_a_level(store: Store) -> None:
    (pair,) = _one_row(
        store,
        {
            "text": "工业总产值11.83亿元，增长8.46%",
            "name": "工业总产值",
            "value": 11.83,
            "unit": "亿元",
            "change": 8.46,
            "change_unit": "%",
        },
        {
            "text": "工业总产值增长16.8%",
            "name": "工业总产值",
            "value": 16.8,
            "unit": "%",
            "change": 16.8,
            "change_unit": "%",
        },
    )
    assert pair.difference is None
    assert pair.change_difference == pytest.approx(16.8 - 8.46)


def test_visits_and_enterprises_do_not_pair(store: Store) -> None:
    pairs = _one_row(
        store,
        {"text": "接待游客人数120万人次", "name": "接待游客人数", "value": 120, "unit": "万人次"},
        {"text": "接待游客人数35家", "name": "接待游客人数", "value": 35, "unit": "家"},
    )
    assert pairs == []
