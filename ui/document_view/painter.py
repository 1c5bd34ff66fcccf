"""Character formats of the document view's text: headings, English translation, struck-out removed text, tag
highlights in chunks."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from models.ingest.removed import removed_spans
from models.spans import merged
from models.types import DocumentText, Section, Tag, walk_sections
from ui.document_view.formats import clear_format, english_format, heading_format, removed_format, segment_format
from ui.document_view.highlights import AnnotationIndex, segments
from ui.text_positions import PositionIndex

PAINT_CHUNK = 12_000  # characters of highlights painted per event-loop turn

Span = tuple[int, int]
SpanToQt = Callable[[int, int], Span]


class FormatPainter:
    """Merges character formats into one view's QTextDocument over display spans.

    Highlights live as character formats, painted in chunks when a text is shown and re-rendered
    only over the spans a change touched. ``annotations`` and ``tags`` are read again at every
    paint, so a chunk painted from the event loop respects edits made in between.
    """

    def __init__(
        self,
        view: QPlainTextEdit,
        span_to_qt: SpanToQt,
        annotations: Callable[[], AnnotationIndex],
        tags: Callable[[], Mapping[int, Tag]],
    ) -> None:
        self._view = view
        self._span_to_qt = span_to_qt
        self._annotations = annotations
        self._tags = tags
        self._pending: list[Span] = []
        # The chunks are painted on the GUI thread (a QTextDocument belongs to it), one per event-loop turn, so
        # they cannot go through ui/tasks.py, which runs work on a worker (STYLE §3). One timer, stopped when a
        # newer text is shown, keeps a stale chunk from running without a counter of our own.
        self._next_chunk = QTimer(view)
        self._next_chunk.setSingleShot(True)
        self._next_chunk.setInterval(0)
        self._next_chunk.timeout.connect(self._paint_pending)

    def stop(self) -> None:
        """Drop the chunks still to paint (the text they belong to is gone)."""
        self._next_chunk.stop()
        self._pending = []

    def paint(
        self,
        text: DocumentText,
        sections: tuple[Section, ...],
        original: PositionIndex | None,
        english: Sequence[Span] = (),
    ) -> None:
        """Paint a freshly set text: headings, the ``english`` translation's spans (display offsets), what cleaning
        removed when ``original`` (its positions) is shown, then the highlights: the top of the document at once,
        the rest from the event loop."""
        self.stop()
        cursor = QTextCursor(self._view.document())
        cursor.beginEditBlock()
        base = self._view.font().pointSizeF()
        for sec in walk_sections(sections):
            self._merge(cursor, sec.start, sec.heading_end, heading_format(sec.level, base))
        muted = english_format(base)
        for start, end in english:
            self._merge(cursor, start, end, muted)
        if original is not None:
            self._paint_removed(cursor, text, original)
        cursor.endEditBlock()
        # Highlights are painted in chunks so a long, heavily tagged report never blocks the window.
        length = len(text.display_text)
        self._pending = [(lo, min(lo + PAINT_CHUNK, length)) for lo in range(0, length, PAINT_CHUNK)]
        self._paint_pending()

    def complete(self) -> bool:
        """True once every highlight of the shown text has been painted."""
        return not self._pending

    def repaint(self, spans: Iterable[Span]) -> None:
        """Render the highlights again over ``spans`` (display offsets; overlapping spans are merged)."""
        cursor = QTextCursor(self._view.document())
        cursor.beginEditBlock()
        for lo, hi in merged(spans):
            self._render(cursor, lo, hi)
        cursor.endEditBlock()

    def _paint_removed(self, cursor: QTextCursor, text: DocumentText, original: PositionIndex) -> None:
        """Strike through what cleaning removed (page chrome, header lines, junk), in original offsets."""
        fmt = removed_format()
        for start, end in removed_spans(text.original_text, text.offset_map):
            cursor.setPosition(original.py_to_qt(start))
            cursor.setPosition(original.py_to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)

    def _paint_pending(self) -> None:
        """Paint the next chunk of highlights (re-reading the index, so later edits are respected)."""
        if not self._pending:
            return
        lo, hi = self._pending.pop(0)
        cursor = QTextCursor(self._view.document())
        cursor.beginEditBlock()
        for seg in segments(self._annotations().overlapping(lo, hi), lo, hi):
            self._merge(cursor, seg.start, seg.end, self._segment_format(seg.ids))
        cursor.endEditBlock()
        if self._pending:
            self._next_chunk.start()

    def _merge(self, cursor: QTextCursor, start: int, end: int, fmt: QTextCharFormat) -> None:
        qs, qe = self._span_to_qt(start, end)
        if qe <= qs:
            return
        cursor.setPosition(qs)
        cursor.setPosition(qe, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)

    def _segment_format(self, ids: Sequence[int]) -> QTextCharFormat:
        index = self._annotations()
        second = index.get(ids[1]) if len(ids) > 1 else None
        return segment_format(index.get(ids[0]), second, len(ids), self._tags())

    def _render(self, cursor: QTextCursor, lo: int, hi: int) -> None:
        self._merge(cursor, lo, hi, clear_format())
        for seg in segments(self._annotations().overlapping(lo, hi), lo, hi):
            self._merge(cursor, seg.start, seg.end, self._segment_format(seg.ids))
