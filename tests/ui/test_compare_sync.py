"""The pure helpers of the comparison screens: scroll mapping along aligned sections, number display."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from ui.compare.sync import AlignmentMap, display_scale, format_number


def test_map_is_linear_between_anchors():
    m = AlignmentMap([(100, 300), (200, 350)], 400, 500)
    assert m.to_right(0) == 0 and m.to_right(100) == 300 and m.to_right(150) == 325
    assert m.to_right(400) == 500 and m.to_left(325) == 150


def test_out_of_order_anchor_is_dropped_unless_pinned():
    anchors = [(100, 100), (200, 600), (300, 300), (400, 400)]
    m = AlignmentMap(anchors, 1000, 1000)
    assert (200, 600) not in m.anchors and m.to_right(300) == 300
    pinned = m.pinned_at(200, 600)
    assert pinned.to_right(200) == 600 and pinned.to_left(600) == 200
    assert (300, 300) not in pinned.anchors and (100, 100) in pinned.anchors


@given(
    st.lists(st.tuples(st.integers(0, 1000), st.integers(0, 2000)), max_size=40),
    st.integers(1, 1000),
    st.integers(1, 2000),
)
def test_map_never_goes_backwards(anchors, left_len, right_len):
    m = AlignmentMap(anchors, left_len, right_len)
    values = [m.to_right(x) for x in range(0, left_len + 1, max(1, left_len // 97))]
    assert values == sorted(values)
    assert m.to_right(0) == 0 and m.to_right(left_len) == right_len
    kept = m.anchors
    assert all(a[0] < b[0] and a[1] < b[1] for a, b in pairwise(kept))


def test_values_shown_in_a_common_readable_unit():
    assert display_scale("元", [530e8, 6.1111e8]) == (1e8, "亿元")
    assert display_scale("元", [3358e4]) == (1e4, "万元")
    assert display_scale("个", [450, None]) == (1.0, "个")
    assert format_number(61111e4, 1e8) == "6.11" and format_number(530e8, 1e8) == "530"
    assert format_number(None) == "" and format_number(1600.0) == "1,600"
