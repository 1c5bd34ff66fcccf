"""The suggestions layer of the document view: one dashed overlay per tag colour plus the current one."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from models.types import Annotation
from ui.document_view.view import DocumentView
from ui.review.queue import ReviewQueue

LAYER = "suggestions"
CURRENT_LAYER = "suggestions:current"


def _with_alpha(color: str, alpha: int) -> str:
    """``#rrggbb`` → Qt's ``#aarrggbb``."""
    return f"#{alpha:02x}{color.lstrip('#')[-6:]}"


def suggestion_style(color: str) -> dict[str, Any]:
    """A pending suggestion: dashed underline in the tag colour over a faint tint (not over the clerk's tags)."""
    return {"underline": color, "background": _with_alpha(color, 28), "yield_to_tags": True}


def current_style(color: str) -> dict[str, Any]:
    """The current suggestion: a stronger tint of the tag colour, still dashed."""
    return {"underline": color, "background": _with_alpha(color, 90)}


class SuggestionLayer:
    """Draws a review queue through ``DocumentView.set_overlay_ranges``.

    Every ``set_overlay_ranges`` call rebuilds the view's extra selections, so updates
    touch only the layers that changed: moving to the next suggestion redraws just the
    current layer; accepting one redraws its tag's layer and the current one.
    """

    def __init__(self, view: DocumentView, color_of: Callable[[int], str]) -> None:
        self.view, self.color_of = view, color_of
        self._tags: set[int] = set()
        self._current: tuple[int, int, int] | None = None  # span and tag of the drawn current one

    def paint_all(self, queue: ReviewQueue) -> None:
        """Redraw every layer (a document was opened, tags changed, many suggestions arrived)."""
        tags = {a.tag_id for a in queue.items}
        for tag_id in self._tags - tags:
            self.view.set_overlay_ranges(f"{LAYER}:{tag_id}", [], {})
        self._tags = set()
        self.paint_tags(queue, tags)

    def paint_tags(self, queue: ReviewQueue, tag_ids: Iterable[int]) -> None:
        """Redraw the layers of ``tag_ids`` and the current suggestion."""
        added = False
        for tag_id in sorted(set(tag_ids)):
            spans = queue.spans(tag_id)
            self.view.set_overlay_ranges(f"{LAYER}:{tag_id}", spans, suggestion_style(self.color_of(tag_id)))
            if spans and tag_id not in self._tags:
                added = True
                self._tags.add(tag_id)
            elif not spans:
                self._tags.discard(tag_id)
        self.paint_current(queue.current(), readd=added)

    def paint_current(self, ann: Annotation | None, *, readd: bool = False) -> None:
        """Emphasise ``ann``; a layer added after the current one pushes it to be re-added on top."""
        shown = (ann.start, ann.end, ann.tag_id) if ann is not None else None
        if shown == self._current and not readd:
            return
        if self._current is not None and (readd or ann is None):
            self.view.set_overlay_ranges(CURRENT_LAYER, [], {})
            self._current = None
        if ann is not None:
            style = current_style(self.color_of(ann.tag_id))
            self.view.set_overlay_ranges(CURRENT_LAYER, [(ann.start, ann.end)], style)
            self._current = shown

    def forget(self) -> None:
        """The view was reloaded (its overlays are gone): start from nothing."""
        self._tags = set()
        self._current = None
