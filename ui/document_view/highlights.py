"""Pure layering of overlapping annotations into painted segments (no Qt, tested on its own).

Every character covered by annotations gets one *background* annotation (the
shortest, i.e. innermost, so nested spans stay visible) and the rest are drawn
as underlines.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from models.types import Annotation


@dataclass(frozen=True)
class Segment:
    """A run of characters covered by the same annotations (innermost first)."""

    start: int
    end: int
    ids: tuple[int, ...]


def _priority(a: Annotation) -> tuple[int, int, int]:
    return (a.end - a.start, -a.start, a.id)


def segments(annotations: Iterable[Annotation], lo: int, hi: int) -> list[Segment]:
    """Split ``[lo, hi)`` into segments by annotation boundaries; uncovered runs are left out.

    A sweep over sorted boundaries: O(n log n) plus the size of the covering sets.
    """
    events: dict[int, list[tuple[int, Annotation]]] = {}
    for a in annotations:
        if a.start < hi and a.end > lo and a.end > a.start:
            events.setdefault(max(lo, a.start), []).append((1, a))
            events.setdefault(min(hi, a.end), []).append((-1, a))
    out: list[Segment] = []
    active: dict[int, Annotation] = {}
    ids: tuple[int, ...] = ()
    points = sorted(events)
    for k, point in enumerate(points):
        for kind, a in events[point]:
            if kind > 0:
                active[a.id] = a
            else:
                active.pop(a.id, None)
        if k + 1 == len(points) or not active:
            continue
        nxt = points[k + 1]
        ids = tuple(a.id for a in sorted(active.values(), key=_priority))
        if out and out[-1].end == point and out[-1].ids == ids:
            out[-1] = Segment(out[-1].start, nxt, ids)
        else:
            out.append(Segment(point, nxt, ids))
    return out


class AnnotationIndex:
    """The annotations of one document by id, with point and range queries."""

    def __init__(self, annotations: Iterable[Annotation] = ()) -> None:
        self.by_id: dict[int, Annotation] = {a.id: a for a in annotations}

    def __len__(self) -> int:
        return len(self.by_id)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.by_id.values())

    def get(self, annotation_id: int) -> Annotation | None:
        return self.by_id.get(annotation_id)

    def at(self, offset: int) -> list[Annotation]:
        """Annotations covering ``offset``, innermost first."""
        return sorted((a for a in self.by_id.values() if a.start <= offset < a.end), key=_priority)

    def overlapping(self, lo: int, hi: int) -> list[Annotation]:
        return [a for a in self.by_id.values() if a.start < hi and a.end > lo]

    def upsert(self, ann: Annotation) -> Annotation | None:
        """Insert or replace; returns the previous version."""
        old = self.by_id.get(ann.id)
        self.by_id[ann.id] = ann
        return old

    def remove(self, annotation_id: int) -> Annotation | None:
        return self.by_id.pop(annotation_id, None)
