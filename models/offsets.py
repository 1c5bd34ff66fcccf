"""The offset map: every display-text index to its index in the original text."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import islice, pairwise


class OffsetMap:
    """Monotonic map from display offsets ``0..len(display)`` to original offsets.

    Stored as runs: run ``k`` covers display indices ``[d[k], d[k+1])`` and maps
    index ``i`` to ``o[k] + (i - d[k])``. Built from a full per-index array, which
    keeps cleaning steps simple (compose arrays), and compressed for storage.
    """

    __slots__ = ("_d", "_length", "_o", "_original_length")

    def __init__(self, d: Sequence[int], o: Sequence[int], length: int, original_length: int) -> None:
        self._d = list(d)
        self._o = list(o)
        self._length = length
        self._original_length = original_length

    # construction -------------------------------------------------------
    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        """The map of a text that cleaning left unchanged."""
        return cls([0], [0], length, length)

    @classmethod
    def from_array(cls, arr: Sequence[int], original_length: int) -> OffsetMap:
        """Compress ``arr`` (len(display)+1 entries, non-decreasing) into runs."""
        if not arr:
            raise ValueError("offset array needs at least the end entry")
        # A run breaks wherever the next entry is not the previous one plus one; a
        # comprehension over zip() is several times faster than an explicit loop here.
        breaks = [i for i, (a, b) in enumerate(zip(arr, islice(arr, 1, None), strict=False), 1) if b != a + 1]
        d = [0, *breaks]
        o = [arr[i] for i in d]
        return cls(d, o, len(arr) - 1, original_length)

    def to_array(self) -> list[int]:
        """Expand to one original offset per display index (and the end)."""
        d, o, stop = self._d, self._o, self._length + 1
        if not d or d[0] != 0 or len(o) != len(d) or any(b < a for a, b in pairwise(d)):
            return [self.to_original(i) for i in range(stop)]
        arr: list[int] = []
        for start, end, base in zip(d, [*d[1:], stop], o, strict=True):  # run by run: what to_original reads
            arr.extend(range(base, base + max(0, min(end, stop) - start)))
        cap = self._original_length
        return arr if not arr or max(arr) <= cap else [min(v, cap) for v in arr]

    def compose(self, inner: OffsetMap) -> OffsetMap:
        """Map through ``inner`` (newer text -> this map's display) then this map."""
        arr = [self.to_original(inner.to_original(i)) for i in range(inner.display_length + 1)]
        return OffsetMap.from_array(arr, self._original_length)

    # queries ------------------------------------------------------------
    @property
    def display_length(self) -> int:
        return self._length

    @property
    def original_length(self) -> int:
        return self._original_length

    def to_original(self, i: int) -> int:
        """Original offset of display offset ``i`` (clamped into bounds)."""
        i = max(0, min(i, self._length))
        k = bisect_right(self._d, i) - 1
        return min(self._o[k] + (i - self._d[k]), self._original_length)

    def to_display(self, j: int) -> int:
        """Smallest display offset whose original offset is >= ``j``."""
        j = max(0, min(j, self._original_length))
        lo, hi = 0, self._length
        while lo < hi:
            mid = (lo + hi) // 2
            if self.to_original(mid) < j:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original span covering display span ``[start, end)``."""
        if end <= start:
            s = self.to_original(start)
            return s, s
        return self.to_original(start), self.to_original(end - 1) + 1

    # storage ------------------------------------------------------------
    def to_json(self) -> dict[str, object]:
        return {"d": self._d, "o": self._o, "n": self._length, "m": self._original_length}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> OffsetMap:
        return cls(data["d"], data["o"], int(data["n"]), int(data["m"]))  # type: ignore[arg-type, call-overload]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, OffsetMap) and self.to_json() == other.to_json()

    def __repr__(self) -> str:
        return f"OffsetMap(runs={len(self._d)}, display={self._length}, original={self._original_length})"
