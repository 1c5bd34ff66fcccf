"""Extra layers of the document view (suspects, suggestions, search hits) as cached ExtraSelections."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QTextEdit

Span = tuple[int, int]
MakeSelection = Callable[[int, int, QTextCharFormat], QTextEdit.ExtraSelection]


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

    def set(self, name: str, spans: list[Span], fmt: QTextCharFormat | None, *, build: bool = True) -> None:
        """Replace layer ``name`` (no spans or no format: remove it); ``build`` False when nothing is shown."""
        if not spans or fmt is None:
            self.ranges.pop(name, None)
            self._built.pop(name, None)
            return
        old = self.ranges.get(name)
        known = self._built.get(name, {}) if old is not None and old[1] == fmt else {}
        self.ranges[name] = (spans, fmt)
        if build:
            self._built[name] = {span: known[span] if span in known else self._make(*span, fmt) for span in spans}

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
