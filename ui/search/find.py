"""Finding a word inside one display text and stepping through the hits; pure Python, no Qt.

Matching folds text and query the same way ``models.search`` does (traditional →
simplified, full-width → half-width, case), so Ctrl+F and the project search agree
and offsets stay display offsets.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from models.folding import fold_text
from models.search import occurrences as occurrence_starts


def occurrences(folded_text: str, query: str) -> list[tuple[int, int]]:
    """Every (start, end) of ``query`` in an already folded text, overlapping ones included."""
    needle = fold_text(query.strip())
    if not needle:
        return []
    return [(start, start + len(needle)) for start in occurrence_starts(folded_text, needle)]


class HitCursor:
    """The hits of one query in one text and which of them is current (-1 before the first step)."""

    def __init__(self, hits: list[tuple[int, int]]) -> None:
        self.hits = hits
        self.index = -1

    def __len__(self) -> int:
        return len(self.hits)

    def current(self) -> tuple[int, int] | None:
        return self.hits[self.index] if 0 <= self.index < len(self.hits) else None

    def first_from(self, offset: int) -> tuple[int, int] | None:
        """Make the first hit at or after ``offset`` current (wrapping to the first hit)."""
        if not self.hits:
            return None
        i = bisect_left([s for s, _ in self.hits], offset)
        self.index = i if i < len(self.hits) else 0
        return self.hits[self.index]

    def step(self, forward: bool = True, *, origin: int | None = None) -> tuple[int, int] | None:
        """Next (or previous) hit, wrapping around; from ``origin`` when nothing is current yet."""
        if not self.hits:
            return None
        if self.index < 0 and origin is not None:
            starts = [s for s, _ in self.hits]
            if forward:
                i = bisect_left(starts, origin)
                self.index = i if i < len(starts) else 0
            else:
                i = bisect_right(starts, origin) - 1
                self.index = i if i >= 0 else len(starts) - 1
            return self.hits[self.index]
        self.index = (self.index + (1 if forward else -1)) % len(self.hits)
        return self.hits[self.index]

    def label(self) -> str:
        """``3 / 17``, ``0 / 17`` before the first step, empty without hits."""
        if not self.hits:
            return ""
        return f"{self.index + 1 if self.index >= 0 else 0} / {len(self.hits)}"
