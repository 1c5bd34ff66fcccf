"""A report that gives a level and, later in the sentence, its growth alone (分别增长7%和10%) compares as one row."""

from __future__ import annotations

from compare_helpers import add_parsed, annotate

from models.compare import compare_documents
from models.store import Store

# disc18 1596 (正蓝旗) beside 1597 (科左后旗): 城镇常住居民人均可支配收入 3.75万元 | 2.9万元（+7.3%） stood in one row
# and 城镇常住居民人均可支配收入 +7% | — in another, the left's growth cut from its level
LEFT = "一、回顾\n\n城镇、农村常住居民人均可支配收入分别达到3.75万元和1.76万元，分别增长7%和10%。\n"
RIGHT = "一、回顾\n\n城镇常住居民人均可支配收入2.9万元，增长7.3%。\n"


def _sides(store: Store) -> tuple[int, int]:
    a = add_parsed(store, "a.txt", LEFT)
    b = add_parsed(store, "b.txt", RIGHT)
    name = "城镇常住居民人均可支配收入"
    annotate(store, a, "3.75万元", name=name, value=3.75, unit="万元")
    annotate(store, a, "1.76万元", name="农村常住居民人均可支配收入", value=1.76, unit="万元")
    annotate(store, a, "增长7%", name=name, value=7, unit="%", change=7, change_unit="%", is_change=True)
    annotate(store, b, "2.9万元，增长7.3%", name=name, value=2.9, unit="万元", change=7.3, change_unit="%")
    return a, b


def test_the_growth_stated_alone_joins_its_level_in_one_row(store: Store) -> None:
    a, b = _sides(store)
    result = compare_documents(store, a, b)
    rows = [p for p in result.indicator_pairs if p.name.startswith("城镇")]
    assert len(rows) == 1
    (pair,) = rows
    assert pair.left is not None and pair.right is not None
    assert (pair.left.base_value, pair.left.change, pair.left.change_unit) == (37500, 7, "%")
    assert pair.change_difference is not None and abs(pair.change_difference - 0.3) < 1e-9
    assert not [i for i in result.left_only_indicators if i.name.startswith("城镇")]


def test_a_growth_of_another_kind_or_name_stays_apart(store: Store) -> None:
    a = add_parsed(store, "a.txt", "一、回顾\n\n地区生产总值100亿元。二、计划\n\n地区生产总值增长6%。\n")
    b = add_parsed(store, "b.txt", RIGHT)
    annotate(store, a, "地区生产总值100亿元", name="地区生产总值", value=100, unit="亿元", kind="actual")
    annotate(store, a, "增长6%", name="地区生产总值", value=6, unit="%", change=6, change_unit="%", kind="target")
    result = compare_documents(store, a, b)
    lefts = [p.left for p in result.indicator_pairs if p.left] + list(result.left_only_indicators)
    assert {(i.base_value, i.change) for i in lefts} == {(None, 6), (10_000_000_000, None)}
