"""Pure helpers of the side-by-side view: piecewise-linear scroll mapping along aligned sections."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from models.compare import format as _format


class AlignmentMap:
    """Maps a display offset of one document to the other, linearly between aligned section starts.

    Anchors are ``(left_offset, right_offset)`` pairs; those that would make the map go
    backwards (a section aligned out of order) are dropped, keeping the longest increasing
    run, so scrolling one pane down never scrolls the other up.
    """

    def __init__(
        self,
        anchors: Iterable[tuple[int, int]],
        left_length: int,
        right_length: int,
        *,
        pinned: tuple[int, int] | None = None,
    ) -> None:
        points = sorted({(max(0, a), max(0, b)) for a, b in anchors if a <= left_length and b <= right_length})
        self._given = points
        if pinned is not None:
            # The pair the clerk chose stays; only anchors on the same side of it in both texts remain.
            pa, pb = pinned
            points = [p for p in points if (p[0] < pa and p[1] < pb) or (p[0] > pa and p[1] > pb)]
            kept = sorted([*_increasing(points), pinned])
        else:
            kept = _increasing(points)
        self.left_length, self.right_length = left_length, right_length
        pts = [(0, 0), *[p for p in kept if 0 < p[0] < left_length and 0 < p[1] < right_length]]
        pts.append((left_length, right_length))
        self._left = [p[0] for p in pts]
        self._right = [p[1] for p in pts]

    def pinned_at(self, left: int, right: int) -> AlignmentMap:
        """The same alignment with ``(left, right)`` forced in (the section pair the clerk went to)."""
        return AlignmentMap(self._given, self.left_length, self.right_length, pinned=(left, right))

    @property
    def anchors(self) -> list[tuple[int, int]]:
        return list(zip(self._left, self._right, strict=True))

    def to_right(self, offset: int) -> int:
        """The right-document offset matching left ``offset``."""
        return _interpolate(self._left, self._right, offset)

    def to_left(self, offset: int) -> int:
        """The left-document offset matching right ``offset``."""
        return _interpolate(self._right, self._left, offset)


def _interpolate(xs: list[int], ys: list[int], x: int) -> int:
    x = max(xs[0], min(x, xs[-1]))
    k = max(0, min(bisect_right(xs, x) - 1, len(xs) - 2))
    x0, x1, y0, y1 = xs[k], xs[k + 1], ys[k], ys[k + 1]
    if x1 == x0:
        return y0
    return round(y0 + (y1 - y0) * (x - x0) / (x1 - x0))


def _increasing(points: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest chain strictly increasing in both coordinates (points sorted by the first).

    Patience sorting over the second coordinate, O(n log n); points sharing a first
    coordinate are taken in decreasing second order so that at most one of them is kept.
    """
    if not points:
        return []
    order = sorted(range(len(points)), key=lambda k: (points[k][0], -points[k][1]))
    tails: list[int] = []  # second coordinate ending the best chain of each length
    tail_index: list[int] = []
    prev = [-1] * len(points)
    for k in order:
        y = points[k][1]
        pos = bisect_left(tails, y)
        prev[k] = tail_index[pos - 1] if pos else -1
        if pos == len(tails):
            tails.append(y)
            tail_index.append(k)
        else:
            tails[pos] = y
            tail_index[pos] = k
    out: list[tuple[int, int]] = []
    k = tail_index[-1]
    while k >= 0:
        out.append(points[k])
        k = prev[k]
    return out[::-1]


# Distinct, light colours for aligned pairs (cycled); dark enough to read as a band.
PAIR_COLORS = (
    "#4e79a7",
    "#f28e2b",
    "#59a14f",
    "#e15759",
    "#76b7b2",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#17becf",
    "#8cd17d",
    "#a0cbe8",
)


def pair_color(index: int) -> str:
    return PAIR_COLORS[index % len(PAIR_COLORS)]


# The number formatting lives in the domain so the command line writes values the same way.
display_scale = _format.display_scale
format_number = _format.format_number
