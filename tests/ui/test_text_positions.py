"""Python str indices <-> Qt UTF-16 positions, with characters outside the BMP."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ui.text_positions import PositionIndex, py_to_qt, qt_to_py

TEXT = "a𠮷b𠮷𠮷c"  # python: a0 𠮷1 b2 𠮷3 𠮷4 c5 ; qt: a0 𠮷1-2 b3 𠮷4-5 𠮷6-7 c8


def test_py_to_qt_counts_astral_characters_twice():
    assert [py_to_qt(TEXT, i) for i in range(len(TEXT) + 1)] == [0, 1, 3, 4, 6, 8, 9]


def test_qt_to_py_inverts_and_snaps_inside_pairs():
    assert [qt_to_py(TEXT, j) for j in range(10)] == [0, 1, 1, 2, 3, 3, 4, 4, 5, 6]
    assert qt_to_py(TEXT, 2, round_up=True) == 2
    assert qt_to_py(TEXT, 5, round_up=True) == 4


def test_span_never_splits_a_surrogate_pair():
    index = PositionIndex(TEXT)
    # a Qt selection from the middle of the first 𠮷 to the middle of the second
    start, end = index.qt_span_to_py(2, 5)
    assert TEXT[start:end] == "𠮷b𠮷"


def test_bmp_only_text_is_identity_and_clamped():
    text = "全年增长8.5%"
    assert [py_to_qt(text, i) for i in range(len(text) + 1)] == list(range(len(text) + 1))
    assert qt_to_py(text, 999) == len(text)
    assert py_to_qt(text, -3) == 0


@given(st.text(alphabet=st.sampled_from(["a", "中", "𠮷", "😀", "\n"]), max_size=60))
def test_round_trip_and_utf16_length(text):
    index = PositionIndex(text)
    assert index.qt_length == len(text.encode("utf-16-le")) // 2
    for i in range(len(text) + 1):
        assert index.qt_to_py(index.py_to_qt(i)) == i
        assert len(text[:i].encode("utf-16-le")) // 2 == index.py_to_qt(i)


def test_large_text_is_fast_enough_to_index_once():
    text = "一二三𠮷" * 100_000
    index = PositionIndex(text)
    assert index.py_to_qt(len(text)) == len(text) + 100_000
    assert index.qt_to_py(index.qt_length) == len(text)
