"""The one place where Python str indices and Qt UTF-16 positions are converted.

Qt counts UTF-16 code units, so every character outside the Basic Multilingual
Plane (such as 𠮷, U+20BB7) takes two Qt positions but one Python index. Models
always use Python indices; widgets convert here and nowhere else.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache


class PositionIndex:
    """Precomputed positions of astral characters in one text, for O(log n) conversion."""

    __slots__ = ("_py", "_qt", "length", "qt_length")

    def __init__(self, text: str) -> None:
        # Python indices of astral characters; fast path: most texts have none.
        if text.isascii() or max(text, default="\0") < "\U00010000":
            self._py: list[int] = []
        else:
            self._py = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        # Qt position where the k-th astral character starts.
        self._qt = [p + k for k, p in enumerate(self._py)]
        self.length = len(text)
        self.qt_length = len(text) + len(self._py)

    def py_to_qt(self, i: int) -> int:
        """Qt position of Python index ``i`` (clamped to the text)."""
        i = max(0, min(i, self.length))
        return i + bisect_left(self._py, i)

    def qt_to_py(self, j: int, *, round_up: bool = False) -> int:
        """Python index of Qt position ``j``; inside a surrogate pair it snaps down (or up)."""
        j = max(0, min(j, self.qt_length))
        k = bisect_right(self._qt, j - 1)  # astral characters starting before j
        if k and j == self._qt[k - 1] + 1:  # between the two halves of a pair
            p = self._py[k - 1]
            return p + 1 if round_up else p
        return j - k

    def qt_span_to_py(self, start: int, end: int) -> tuple[int, int]:
        """A Qt selection as a Python span widened to whole characters."""
        lo, hi = sorted((start, end))
        return self.qt_to_py(lo), self.qt_to_py(hi, round_up=True)

    def py_span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.py_to_qt(start), self.py_to_qt(end)


@lru_cache(maxsize=8)
def position_index(text: str) -> PositionIndex:
    """The (cached) index of ``text``; str hashes are cached, so repeated calls are cheap."""
    return PositionIndex(text)


def py_to_qt(text: str, i: int) -> int:
    """Qt (UTF-16) position of Python index ``i`` in ``text``."""
    return position_index(text).py_to_qt(i)


def qt_to_py(text: str, j: int, *, round_up: bool = False) -> int:
    """Python index of Qt (UTF-16) position ``j`` in ``text``; never splits a surrogate pair."""
    return position_index(text).qt_to_py(j, round_up=round_up)
