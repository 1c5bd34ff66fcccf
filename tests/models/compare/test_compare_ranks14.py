"""A rank (居全市第9位) is not the level of an indicator whose change the other report states (增长9%).

Met on a clerk's day: 指标对比 of two counties set 规上工业增加值增长9% beside 规上工业增加值居全市第9位, as if
the 9 of a place were the level the 9% growth belonged to.
"""

from __future__ import annotations

import pytest
from compare_helpers import add_parsed, annotate

from models.compare import compare_documents
from models.store import Store

LEFT = "一、经济\n2023年，全县规上工业增加值增长9%。\n"


@pytest.mark.parametrize(
    "said", ["规上工业增加值居全市第9位", "规上工业增加值排名全市第9位", "规上工业增加值全市第9名"]
)
def test_a_rank_stands_on_its_own_side_not_beside_a_growth(store: Store, said: str) -> None:
    a = add_parsed(store, "a.txt", LEFT)
    annotate(store, a, "规上工业增加值增长9%", name="规上工业增加值", value=9.0, unit="%", change=9.0, change_unit="%")
    b = add_parsed(store, "b.txt", f"一、经济\n2023年，全县{said}。\n")
    rank = said[-3:]
    annotate(store, b, said, name="规上工业增加值", value=9.0, unit=rank[-1], rank=9, change=None)

    comparison = compare_documents(store, a, b)

    assert [(p.left, p.right) for p in comparison.indicator_pairs if p.left and p.right] == []
    assert [i.text for i in comparison.left_only_indicators] == ["规上工业增加值增长9%"]
    assert [i.text for i in comparison.right_only_indicators] == [said]


def test_a_level_still_pairs_with_a_growth_of_the_same_name(store: Store) -> None:
    a = add_parsed(store, "a.txt", LEFT)
    annotate(store, a, "规上工业增加值增长9%", name="规上工业增加值", value=9.0, unit="%", change=9.0, change_unit="%")
    b = add_parsed(store, "b.txt", "一、经济\n2023年，全县规上工业增加值114.9亿元。\n")
    annotate(store, b, "规上工业增加值114.9亿元", name="规上工业增加值", value=114.9, unit="亿元")

    comparison = compare_documents(store, a, b)

    assert [(p.left.text, p.right.text) for p in comparison.indicator_pairs if p.left and p.right] == [
        ("规上工业增加值增长9%", "规上工业增加值114.9亿元")
    ]


def test_two_ranks_of_the_same_name_are_set_side_by_side(store: Store) -> None:
    a = add_parsed(store, "a.txt", "一、经济\n2023年，全县规上工业增加值居全市第3位。\n")
    annotate(store, a, "规上工业增加值居全市第3位", name="规上工业增加值", value=3.0, unit="位", rank=3)
    b = add_parsed(store, "b.txt", "一、经济\n2023年，全县规上工业增加值居全市第9位。\n")
    annotate(store, b, "规上工业增加值居全市第9位", name="规上工业增加值", value=9.0, unit="位", rank=9)

    comparison = compare_documents(store, a, b)

    assert len([p for p in comparison.indicator_pairs if p.left and p.right]) == 1
