"""The fast forms of printed width, printed columns and the offset map's expansion read as the plain ones."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.ingest.clean_wraps import _columns
from models.ingest.rejoin_marks import visual_width
from models.offsets import OffsetMap


def _plain_width(text: str) -> int:
    return sum(1 if ord(c) < 0x2000 and c not in ",;:!?()" else 2 for c in text)


def test_width_of_every_character() -> None:
    for i in range(0, 0x110000, 7):
        assert visual_width(chr(i)) == _plain_width(chr(i))
    assert all(visual_width(c) == 2 for c in ",;:!?()（）　中")


@given(st.text())
def test_width_and_columns_of_any_text(text: str) -> None:
    assert visual_width(text) == _plain_width(text)
    col = [0.0]
    for ch in text:
        col.append(col[-1] + (0 if ch == " " else _plain_width(ch) / 2))
    assert _columns(text) == col


@given(
    st.lists(st.integers(0, 40), min_size=1, max_size=6),
    st.lists(st.integers(0, 60), min_size=6, max_size=6),
    st.integers(0, 40),
    st.integers(0, 60),
)
def test_offset_array_is_each_index_mapped(d: list[int], o: list[int], length: int, original: int) -> None:
    d = sorted(d)
    d[0] = 0
    m = OffsetMap(d, o[: len(d)], length, original)
    assert m.to_array() == [m.to_original(i) for i in range(length + 1)]
