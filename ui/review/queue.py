"""The review queue of one document: pending suggestions in text order, the current one, sections (no Qt)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from typing import Any

from models.compare.format import change_alone, format_change
from models.types import Annotation, AnnotationStatus, Section, section_path
from ui.section_titles import heading

#: statuses a reviewed suggestion moves between
SUGGESTED, ACCEPTED, REJECTED = AnnotationStatus.SUGGESTED, AnnotationStatus.ACCEPTED, AnnotationStatus.REJECTED


def _key(a: Annotation) -> tuple[int, int, int]:
    return (a.start, a.end, a.id)


class ReviewQueue:
    """Pending suggestions of one document, ordered by position, with a current item.

    The current item survives updates: when it has been reviewed, the next pending
    suggestion after its position becomes current (the clerk keeps moving forward).
    """

    def __init__(self, document_id: int = 0, items: Iterable[Annotation] = ()) -> None:
        self.document_id = document_id
        self.items: list[Annotation] = []
        self._keys: list[tuple[int, int, int]] = []
        self._by_id: dict[int, Annotation] = {}
        self.current_id = 0
        self.reload(items)

    def __len__(self) -> int:
        return len(self.items)

    def reload(self, items: Iterable[Annotation], *, prefer: int = 0) -> None:
        """Replace the items; keep ``prefer`` (or the old current) current, else the next one after it."""
        old = self.current()
        self.items = sorted((a for a in items if a.status == SUGGESTED), key=_key)
        self._keys = [_key(a) for a in self.items]
        self._by_id = {a.id: a for a in self.items}
        self._fix_current(old, prefer)

    def apply(self, upserted: Iterable[Annotation], removed: Iterable[int], *, prefer: int = 0) -> set[int]:
        """Update a few items in place (O(log n) each); returns the tag ids whose items changed.

        ``upserted`` items that are no longer "suggested" leave the queue.
        """
        old = self.current()
        tags: set[int] = set()
        gone = list(removed)
        fresh: list[Annotation] = []
        for a in upserted:
            gone.append(a.id)
            if a.status == SUGGESTED:
                fresh.append(a)
        for ann_id in gone:
            if ann_id in self._by_id:
                a = self._by_id.pop(ann_id)
                k = bisect_left(self._keys, _key(a))
                del self._keys[k], self.items[k]
                tags.add(a.tag_id)
        for a in fresh:
            k = bisect_left(self._keys, _key(a))
            self._keys.insert(k, _key(a))
            self.items.insert(k, a)
            self._by_id[a.id] = a
            tags.add(a.tag_id)
        self._fix_current(old, prefer)
        return tags

    def _fix_current(self, old: Annotation | None, prefer: int) -> None:
        if prefer in self._by_id:
            self.current_id = prefer
        elif old is not None and old.id in self._by_id:
            self.current_id = old.id
        elif old is not None:
            k = bisect_right(self._keys, _key(old))
            after = self.items[k] if k < len(self.items) else (self.items[-1] if self.items else None)
            self.current_id = after.id if after is not None else 0
        else:
            self.current_id = self.items[0].id if self.items else 0

    def ids(self) -> list[int]:
        return [a.id for a in self.items]

    def get(self, annotation_id: int) -> Annotation | None:
        return self._by_id.get(annotation_id)

    def current(self) -> Annotation | None:
        return self._by_id.get(self.current_id)

    def index(self) -> int:
        """Row of the current item, -1 when none."""
        return self.row_of(self.current_id)

    def row_of(self, annotation_id: int) -> int:
        a = self._by_id.get(annotation_id)
        return bisect_left(self._keys, _key(a)) if a is not None else -1

    def set_current(self, annotation_id: int) -> bool:
        if annotation_id in self._by_id:
            self.current_id = annotation_id
            return True
        return False

    def step(self, delta: int) -> Annotation | None:
        """Move to the next (+1) or previous (-1) item, stopping at the ends."""
        if not self.items:
            return None
        k = self.index()
        k = 0 if k < 0 else max(0, min(len(self.items) - 1, k + delta))
        self.current_id = self.items[k].id
        return self.items[k]

    def spans(self, tag_id: int) -> list[tuple[int, int]]:
        return [(a.start, a.end) for a in self.items if a.tag_id == tag_id]

    def in_section(self, section: Section | None, sections: tuple[Section, ...] = ()) -> list[Annotation]:
        """Pending items lying inside ``section``; None is the opening before the first of ``sections``.

        A report without headings is one opening: all its items.
        """
        if section is None:
            first = min((s.start for s in sections), default=None)
            return [a for a in self.items if first is None or a.start < first]
        return [a for a in self.items if section.start <= a.start and a.end <= section.end]


def current_section(sections: tuple[Section, ...], annotation: Annotation | None) -> Section | None:
    """The innermost section holding ``annotation`` (None before the first heading)."""
    if annotation is None:
        return None
    path = section_path(sections, annotation.start)
    return path[-1] if path else None


def section_name(section: Section | None) -> str:
    return heading(section, "") if section is not None else ""


def _number(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".")
    return str(value)


def describe_value(attributes: Mapping[str, Any]) -> str:
    """ "262 亿元，+32%" — value with unit, then the signed change; a change stated alone (增长8.5%, stored
    as value = change) shows once, "+8.5%"; policies show their 文号."""
    parts: list[str] = []
    value = attributes.get("value")
    alone = change_alone(value, attributes.get("unit"), attributes.get("change"), attributes.get("change_unit"))
    if value not in (None, "") and not alone:
        parts.append(f"{_number(value)}{attributes.get('unit') or ''}")
    change = format_change(attributes.get("change"), attributes.get("change_unit"))
    if change:
        parts.append(change)
    if not parts and attributes.get("doc_number"):
        parts.append(str(attributes["doc_number"]))
    return "，".join(parts)
