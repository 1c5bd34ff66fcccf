"""Session 26 (recall and kinds on unseen text): an aim raised after a bound (不低于9%,力争10%) is a level, not a
change; measure words of things counted in work items (棚, 根, 发 …)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.suggest.indicators import find_indicators


def _found(text: str) -> list[tuple[str, float, str | None, float | None]]:
    return [
        (s.text, s.attributes["value"], s.attributes.get("unit"), s.attributes.get("change"))
        for s in find_indicators(text)
        if s.attributes.get("value") is not None
    ]


# 2276 地区生产总值增速不低于9%,力争10%: 不低于 bounds the rate; the aim after it raises the same level, no fall
@given(
    subject=st.sampled_from(["地区生产总值增速", "规上工业增加值增速", "城镇化率", "研发投入强度"]),
    bound=st.sampled_from(["不低于", "不少于", "高于", "不高于"]),
    low=st.sampled_from(["9", "6.5", "12"]),
    aim=st.sampled_from(["力争", "争取", "力争达到"]),
)
def test_aim_after_a_bound_is_a_level(subject: str, bound: str, low: str, aim: str) -> None:
    got = _found(f"全年奋斗目标是:{subject}{bound}{low}%,{aim}15%;固定资产投资增长8%。")
    raised = [g for g in got if g[0].endswith("15%")]
    assert raised and raised[0][1] == 15.0 and raised[0][3] is None


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("地区生产总值增长7%、力争8%。", 8.0, 8.0),  # a change raised stays a change
        ("城镇居民收入下降2%,力争3%。", -3.0, -3.0),
    ],
)
def test_aim_after_a_change_stays_a_change(text: str, value: float, change: float) -> None:
    got = [g for g in _found(text) if g[0].startswith(("力争", "争取"))]
    assert got and got[0][1] == value and got[0][3] == change
