"""Indicator pairing looks only at pairs that share a key or a key's tail; the pairing is the one a full double loop
gives (two 300 KB reports: 15 s -> 2 s of CPU in benchmarks/bench_compare.py, the same 1620 pairs)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from models.compare import pairing
from models.compare.indicators import indicator_from_annotation
from models.types import Annotation, AnnotationStatus

NAMES = (
    "地区生产总值",
    "GDP",
    "一般公共预算收入",
    "公共财政预算收入",
    "规上工业增加值",
    "规模以上工业增加值",
    "工业增加值",
    "第一产业增加值",
    "第三产业增加值",
    "固定资产投资",
    "工业投资",
    "社会消费品零售总额",
    "社零额",
    "城镇居民人均可支配收入",
    "农村常住居民人均可支配收入",
    "农民人均可支配收入",
    "企业",
)
UNITS = ("亿元", "万元", "%", "个", "位")


def _indicator(n: int, name: str, value: float, unit: str, change: float | None) -> object:
    attrs: dict[str, object] = {"name": name, "value": value, "unit": unit}
    if change is not None:
        attrs |= {"change": change, "change_unit": "%"}
    ann = Annotation(n, 1, n * 10, n * 10 + 5, name, 1, attributes=attrs, status=AnnotationStatus.SUGGESTED)
    return indicator_from_annotation(ann)


figures = st.lists(
    st.tuples(
        st.sampled_from(NAMES),
        st.floats(min_value=0.1, max_value=999, allow_nan=False),
        st.sampled_from(UNITS),
        st.one_of(st.none(), st.floats(min_value=-50, max_value=50, allow_nan=False)),
    ),
    max_size=12,
)


@settings(max_examples=150, deadline=None)
@given(figures, figures)
def test_pairing_is_that_of_the_full_double_loop(left: list[tuple], right: list[tuple]) -> None:  # type: ignore[type-arg]
    lefts = [_indicator(n, *f) for n, f in enumerate(left)]
    rights = [_indicator(n, *f) for n, f in enumerate(right)]
    fast = pairing.pair_indicators(lefts, rights)  # type: ignore[arg-type]
    full = pairing._possible
    try:
        pairing._possible = lambda lf, _lk, rt, _rk, _t: [(i, j) for i in range(len(lf)) for j in range(len(rt))]  # type: ignore[assignment]
        slow = pairing.pair_indicators(lefts, rights)  # type: ignore[arg-type]
    finally:
        pairing._possible = full  # type: ignore[assignment]
    assert fast == slow
