"""The overlap check of suggestions is O(log n) per span and agrees with the quadratic one (issue 15, item 8)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.spans import SpanUnion, merged

spans = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)).map(lambda t: (t[0], t[0] + t[1])), max_size=40)


@given(existing=spans, queries=spans)
def test_the_union_answers_like_checking_every_span(existing, queries) -> None:  # type: ignore[no-untyped-def]
    union = SpanUnion(existing)
    added = list(existing)
    for s, e in queries:
        brute = any(s < b and a < e for a, b in added)
        assert union.overlaps(s, e) == brute
        if not brute:
            union.add(s, e)
            added.append((s, e))


def test_two_hundred_thousand_spans_in_order() -> None:
    union = SpanUnion()
    for i in range(200_000):
        assert not union.overlaps(i * 10, i * 10 + 5)
        union.add(i * 10, i * 10 + 5)
    assert union.overlaps(14, 16) and not union.overlaps(15, 20)


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda t: (t[0], t[0] + t[1])), max_size=30))
def test_merged_spans_cover_the_same_points_sorted_and_apart(spans: list[tuple[int, int]]) -> None:
    out = merged(spans)
    assert all(a <= b for a, b in out) and all(out[i][1] < out[i + 1][0] for i in range(len(out) - 1))
    covered = {x for a, b in spans for x in range(a, b)}
    assert {x for a, b in out for x in range(a, b)} == covered
