"""Shapes of statement read in session 12, round 2 (ind12b), each in a short made-up sentence of its shape."""

from __future__ import annotations

from typing import Any

from models.suggest.indicators import find_indicators


def _read(text: str) -> list[tuple[Any, ...]]:
    return [
        (s.text, s.attributes["value"], s.attributes["unit"], s.attributes["change"], s.attributes["change_unit"])
        for s in find_indicators(text)
    ]


# --- a change parted from its level by a qualifier of the change (实际, a named plan period)


def test_a_real_growth_after_a_level_is_the_levels_change() -> None:
    assert [g[1:] for g in _read("全县旅游总收入368.5亿元,实际增长12.4%;")] == [(368.5, "亿元", 12.4, "%")]


def test_a_real_growth_shared_out_with_fenbie_pairs_the_levels() -> None:
    got = _read("职工平均工资52100元、灵活就业人员月均收入2980元,实际分别增长6.1%和4.8%。")
    assert [g[1:] for g in got] == [(52100, "元", 6.1, "%"), (2980, "元", 4.8, "%")]


def test_a_yearly_growth_over_a_named_plan_period_is_the_levels_change() -> None:
    got = _read("全镇税收收入完成3.6亿元,“十四五”时期年均增长5.7%。")
    assert [g[1:] for g in got] == [(3.6, "亿元", 5.7, "%")]
    got = _read("粮食产量达到41万吨,“十二五”期间年均增长3.1%。")
    assert [g[1:] for g in got] == [(41, "万吨", 3.1, "%")]


# --- a change named by its subject word with a bound (增幅超过N%) after a level


def test_a_growth_rate_said_above_a_bound_after_a_level_is_the_levels_change() -> None:
    assert [g[1:] for g in _read("社会消费品零售额实现5.2亿元,增幅超过18℅;")] == [(5.2, "亿元", 18, "%")]


def test_a_growth_rate_above_a_bound_with_no_level_before_stays_a_figure() -> None:
    assert [g[1:] for g in _read("全年工业用电量降幅超过6%。")] == [(6, "%", None, None)]
