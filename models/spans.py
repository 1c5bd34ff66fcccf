"""Text spans: a growing union answering "does [start, end) overlap any span added so far?" in O(log n), and a list
of spans sorted with its overlapping (or touching) ones merged."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable


class SpanUnion:
    """Disjoint, sorted intervals covering every span added; overlap with the union = overlap with a span."""

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(spans or []):
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        """True when some added span [a, b) has ``a < end`` and ``start < b``."""
        i = bisect_right(self.starts, start) - 1
        if i >= 0 and self.ends[i] > start:
            return True
        j = i + 1
        return j < len(self.starts) and self.starts[j] < end

    def add(self, start: int, end: int) -> None:
        if end <= start:
            return  # an empty span covers nothing
        lo = bisect_left(self.ends, start)
        hi = bisect_right(self.starts, end)
        if lo < hi:
            start, end = min(start, self.starts[lo]), max(end, self.ends[hi - 1])
        self.starts[lo:hi] = [start]
        self.ends[lo:hi] = [end]


def merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans sorted, overlapping or touching ones merged into one."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
