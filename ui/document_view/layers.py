"""Extra layers of the document view (suspects, suggestions, search hits) as cached ExtraSelections."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QTextEdit

Span = tuple[int, int]
MakeSelection = Callable[[int, int, QTextCharFormat], QTextEdit.ExtraSelection]


def split_by_cover(spans: Iterable[Span], covered: Iterable[Span]) -> tuple[list[Span], list[Span]]:
    """Cut ``spans`` into the pieces outside and inside ``covered`` (any spans; they are merged first)."""
    cover: list[Span] = []
    for s, e in sorted(covered):
        if e <= s:
            continue
        if cover and s <= cover[-1][1]:
            cover[-1] = (cover[-1][0], max(cover[-1][1], e))
        else:
            cover.append((s, e))
    starts = [s for s, _e in cover]
    outside: list[Span] = []
    inside: list[Span] = []
    for s, e in spans:
        at = s
        k = max(bisect_right(starts, s) - 1, 0)
        while k < len(cover) and cover[k][0] < e:
            cs, ce = cover[k]
            if ce > at:
                if cs > at:
                    outside.append((at, cs))
                inside.append((max(cs, at), min(ce, e)))
                at = min(ce, e)
            k += 1
        if at < e:
            outside.append((at, e))
    return outside, inside


def _place_after(layers: dict[str, Any], name: str, after: str) -> None:
    """Move key ``name`` to just after ``after`` (dicts keep insertion order: the drawing order)."""
    if name not in layers or after not in layers:
        return
    order = [k for k in layers if k != name]
    order.insert(order.index(after) + 1, name)
    moved = {k: layers.pop(k) for k in order}
    layers.update(moved)


class SelectionLayers:
    """Named layers of display spans, each span's ExtraSelection built once and reused.

    Building an ExtraSelection (two cursor moves and a UTF-16 conversion) dominates when a
    layer holds thousands of spans, so a changed layer builds only its new spans and the
    others are kept. ``ranges`` is ordered like the drawing: a replaced layer keeps its
    place, a new one goes on top.
    """

    def __init__(self, make: MakeSelection) -> None:
        self._make = make
        self.ranges: dict[str, tuple[list[Span], QTextCharFormat]] = {}
        self._built: dict[str, dict[Span, QTextEdit.ExtraSelection]] = {}
        self._suspects: list[QTextEdit.ExtraSelection] = []

    def set(
        self, name: str, spans: list[Span], fmt: QTextCharFormat | None, *, build: bool = True, after: str = ""
    ) -> None:
        """Replace layer ``name`` (no spans or no format: remove it); ``build`` False when nothing is shown.

        A new layer goes on top, or just above layer ``after`` when that one is drawn.
        """
        if not spans or fmt is None:
            self.ranges.pop(name, None)
            self._built.pop(name, None)
            return
        old = self.ranges.get(name)
        known = self._built.get(name, {}) if old is not None and old[1] == fmt else {}
        self.ranges[name] = (spans, fmt)
        if build:
            self._built[name] = {span: known[span] if span in known else self._make(*span, fmt) for span in spans}
        if old is None and after in self.ranges:
            _place_after(self.ranges, name, after)
            _place_after(self._built, name, after)

    def clear(self) -> None:
        self.ranges.clear()
        self._built.clear()
        self._suspects = []

    def rebuild(self, suspects: Iterable[Span], suspect_fmt: QTextCharFormat) -> None:
        """Build every selection again (new text: the old cursors point nowhere)."""
        self._suspects = [self._make(s, e, suspect_fmt) for s, e in suspects]
        self._built = {
            name: {span: self._make(span[0], span[1], fmt) for span in spans}
            for name, (spans, fmt) in self.ranges.items()
        }

    def selections(self) -> list[QTextEdit.ExtraSelection]:
        """Suspects first, then the layers in drawing order."""
        out = list(self._suspects)
        for built in self._built.values():
            out.extend(built.values())
        return out
