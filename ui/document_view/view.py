"""The read-only document view: headings, English translation, tag highlights, suspect marks, overlays, hover
and click.

The view paints and reports intentions (tag this selection, delete that
annotation); it never calls the domain. It owns what is shown and the offsets
between display text and Qt positions; ``painter.FormatPainter`` paints the formats.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from models.ingest.english_lines import english_ranges
from models.types import Annotation, DocumentText, Section, SuspectRange, Tag
from ui.document_view.formats import overlay_format, selected_format, suspect_format
from ui.document_view.highlights import AnnotationIndex
from ui.document_view.layers import SelectionLayers, split_by_cover
from ui.document_view.menu import build_context_menu, tooltip_html
from ui.document_view.painter import FormatPainter
from ui.text_positions import PositionIndex


class DocumentView(QPlainTextEdit):
    """Shows one document's display text (or its original text) with its annotations."""

    tag_key_pressed = Signal(str)  # "1".."9"
    tag_chosen = Signal(int)  # tag id from the context menu
    delete_requested = Signal(int)  # annotation id
    note_requested = Signal(int)  # annotation id
    annotation_selected = Signal(int)  # annotation id, 0 when none
    reading_position_changed = Signal(int)  # display offset at the cursor / top of the viewport
    message_posted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.document().setUndoRedoEnabled(False)
        self.document().setDocumentMargin(18)
        self.setObjectName("documentView")
        self._text: DocumentText | None = None
        self._original = False
        self._shown = ""
        self._pos = PositionIndex("")
        self._sections: tuple[Section, ...] = ()
        self._suspects: tuple[SuspectRange, ...] = ()
        self._english: list[tuple[int, int]] = []  # a bilingual copy's English translation, display spans in order
        self._index = AnnotationIndex()
        self._tags: dict[int, Tag] = {}
        self._selected = 0
        self._painter = FormatPainter(self, self._span_to_qt, lambda: self._index, lambda: self._tags)
        self._layers = SelectionLayers(lambda s, e, fmt: self._selection(s, e, fmt))
        self._overlays = self._layers.ranges  # name -> (spans, format), in drawing order
        # overlays whose tint gives way to the clerk's own tags (pending suggestions): name -> (spans, style)
        self._yielding: dict[str, tuple[list[tuple[int, int]], dict[str, Any]]] = {}
        self._reading_timer = QTimer(self, singleShot=True, interval=60)
        self._reading_timer.timeout.connect(self._on_reading_timer_timeout)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._reading_timer.start())
        self.cursorPositionChanged.connect(self._reading_timer.start)

    # loading -------------------------------------------------------------
    def load(
        self,
        text: DocumentText,
        sections: tuple[Section, ...],
        suspects: Sequence[SuspectRange],
        annotations: Iterable[Annotation],
        tags: Iterable[Tag],
    ) -> None:
        """Show a document; everything is painted once here, then updated incrementally."""
        self._text = text
        self._sections = sections
        self._suspects = tuple(suspects)
        # the same spans the outline and the suggestions leave unread (models.ingest.english_lines)
        self._english = english_ranges(text.display_text)
        self._index = AnnotationIndex(annotations)
        self._tags = {t.id: t for t in tags}
        self._selected = 0
        self._layers.clear()
        self._yielding.clear()
        self._reload_text()

    def clear_document(self) -> None:
        self._text = None
        self._painter.stop()
        self._reading_timer.stop()
        self._index = AnnotationIndex()
        self._sections, self._suspects, self._selected = (), (), 0
        self._english = []
        self._layers.clear()
        self._yielding.clear()
        self._shown, self._pos = "", PositionIndex("")
        self.setPlainText("")
        self.setExtraSelections([])

    def _reload_text(self) -> None:
        assert self._text is not None
        self._shown = self._text.original_text if self._original else self._text.display_text
        self._pos = PositionIndex(self._shown)
        # setPlainText inserts with the cursor's current formats: after a jump to a heading those are the
        # heading's, and the whole new text would come out large, bold and blue. Start from plain formats.
        self.setTextCursor(QTextCursor(self.document()))
        self.setCurrentCharFormat(QTextCharFormat())
        self.setPlainText(self._shown)
        self._painter.paint(self._text, self._sections, self._pos if self._original else None, self._english)
        # positions differ between the display and the original text
        self._layers.rebuild(((s.start, s.end) for s in self._suspects), suspect_format())
        self._refresh_extra_selections()
        self._reading_timer.start()

    def highlights_complete(self) -> bool:
        """True once every highlight of the loaded document has been painted."""
        return self._painter.complete()

    # public state --------------------------------------------------------
    @property
    def document_text(self) -> DocumentText | None:
        return self._text

    def sections(self) -> tuple[Section, ...]:
        return self._sections

    def showing_original(self) -> bool:
        return self._original

    def set_show_original(self, on: bool) -> None:
        """Toggle between the display text and the original text (read-only either way)."""
        if on == self._original:
            return
        top = self.reading_offset()  # read in the mode it was shown in, before the flag changes the mapping
        self._original = on
        if self._text is not None:
            self._reload_text()
            self.scroll_to_offset(top)

    def tags(self) -> list[Tag]:
        return list(self._tags.values())

    def annotations(self) -> list[Annotation]:
        return sorted(self._index, key=lambda a: (a.start, a.end, a.id))

    def annotation(self, annotation_id: int) -> Annotation | None:
        return self._index.get(annotation_id)

    def selected_annotation_id(self) -> int:
        """The clicked (selected) annotation, or 0."""
        return self._selected

    def select_annotation(self, annotation_id: int, *, scroll: bool = False) -> None:
        ann = self._index.get(annotation_id)
        self._selected = ann.id if ann else 0
        if ann and scroll:
            self.scroll_to_offset(ann.start, select_to=ann.end, top=False)
        self._refresh_extra_selections()
        self.annotation_selected.emit(self._selected)

    def selected_span(self) -> tuple[int, int] | None:
        """The text selection as a display span snapped to whole characters, or None."""
        c = self.textCursor()
        if not c.hasSelection() or self._text is None or self._original:
            return None
        return self._pos.qt_span_to_py(c.selectionStart(), c.selectionEnd())

    def reading_offset(self) -> int:
        """Display offset at the cursor when it is visible, else at the top of the viewport."""
        if self._text is None:
            return 0
        cursor_rect = self.cursorRect()
        if self.viewport().rect().contains(cursor_rect.center()):
            return self._shown_to_display(self._pos.qt_to_py(self.textCursor().position()))
        return self.top_offset()

    def top_offset(self) -> int:
        """Display offset of the text at the top of the viewport (what a restart puts back at the top)."""
        if self._text is None:
            return 0
        qt_pos = self.cursorForPosition(QPoint(4, 4)).position()
        return self._shown_to_display(self._pos.qt_to_py(qt_pos))

    def scroll_to_offset(self, offset: int, *, select_to: int | None = None, top: bool = True) -> None:
        """Put display ``offset`` at the top of the view, or mid-view when not ``top`` (select to ``select_to``)."""
        if self._text is None:
            return
        start, end = self._span_to_qt(offset, select_to if select_to is not None else offset)
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        if select_to is not None:
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        if top:
            bar = self.verticalScrollBar()
            bar.setValue(bar.maximum())
        self.setTextCursor(cursor)
        if top:
            self.ensureCursorVisible()
        else:
            # a search hit or a chosen annotation: in the middle of the view, with its context around it
            self.centerCursor()

    # incremental updates -------------------------------------------------
    def update_annotations(self, upserted: Iterable[Annotation], removed: Iterable[int]) -> None:
        """Apply changed annotations, re-rendering only the spans they touched."""
        spans: list[tuple[int, int]] = []
        for ann in upserted:
            old = self._index.upsert(ann)
            spans.append((ann.start, ann.end))
            if old is not None:
                spans.append((old.start, old.end))
        for ann_id in removed:
            old = self._index.remove(ann_id)
            if old is not None:
                spans.append((old.start, old.end))
            if ann_id == self._selected:
                self._selected = 0
                self.annotation_selected.emit(0)
        if self._text is not None and spans:
            self._painter.repaint(spans)
        for name, (ranges, style) in self._yielding.items():
            self._place_yielding(name, ranges, style)
        self._refresh_extra_selections()

    def set_tags(self, tags: Iterable[Tag]) -> None:
        """New colours or names: repaint every highlight (tag edits are rare)."""
        self._tags = {t.id: t for t in tags}
        if self._text is not None:
            self._painter.repaint([(0, len(self._text.display_text))])
            self._refresh_extra_selections()

    def set_overlay_ranges(self, name: str, ranges: Iterable[tuple[int, int]], style: Mapping[str, Any]) -> None:
        """Draw an extra layer (suggestions, search hits) over display spans; empty ranges remove it.

        ``style`` keys: "background", "underline" (colour strings), "wave" (bool), "foreground", and
        "yield_to_tags" (bool): over the clerk's own highlights draw the underline only. An extra selection's
        background replaces the highlight under it, so a pending suggestion's faint tint would hide a tag the
        clerk put inside it (a 问题 inside a suggested 指标 sentence looked untagged).
        """
        spans = [(int(s), int(e)) for s, e in ranges if e > s]
        if style.get("yield_to_tags"):
            if spans:
                self._yielding[name] = (spans, dict(style))
            else:
                self._yielding.pop(name, None)
            self._place_yielding(name, spans, style)
        else:
            # only the new spans of this layer get selections built (nothing is built with no document)
            self._layers.set(name, spans, overlay_format(style) if spans else None, build=self._text is not None)
        self._refresh_extra_selections()

    def _place_yielding(self, name: str, spans: list[tuple[int, int]], style: Mapping[str, Any]) -> None:
        """Lay out a yielding overlay: its full style off the highlights, its underline alone on them."""
        outside, inside = split_by_cover(spans, ((a.start, a.end) for a in self._index))
        build = self._text is not None
        self._layers.set(name, outside, overlay_format(style) if outside else None, build=build)
        quiet = {k: v for k, v in style.items() if k != "background"}
        self._layers.set(f"{name}|tagged", inside, overlay_format(quiet) if inside else None, build=build, after=name)

    # offsets and selections ----------------------------------------------
    def _shown_span(self, start: int, end: int) -> tuple[int, int]:
        if self._original and self._text is not None:
            return self._text.offset_map.span_to_original(start, end)
        return start, end

    def _shown_to_display(self, i: int) -> int:
        if self._original and self._text is not None:
            return self._text.offset_map.to_display(i)
        return i

    def _span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        s, e = self._shown_span(start, end)
        return self._pos.py_to_qt(s), self._pos.py_to_qt(e)

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        qs, qe = self._span_to_qt(start, end)
        c = QTextCursor(self.document())
        c.setPosition(qs)
        c.setPosition(qe, QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = c
        sel.format = fmt
        return sel

    def _refresh_extra_selections(self) -> None:
        if self._text is None:
            self.setExtraSelections([])
            return
        out = self._layers.selections()
        ann = self._index.get(self._selected)
        if ann is not None:
            tag = self._tags.get(ann.tag_id)
            out.append(self._selection(ann.start, ann.end, selected_format(tag.color if tag else None)))
        self.setExtraSelections(out)

    # interaction ---------------------------------------------------------
    def display_offset_at(self, pos: QPoint) -> int | None:
        if self._text is None:
            return None
        cursor = self.cursorForPosition(pos)
        rect = self.cursorRect(cursor)
        if abs(rect.center().y() - pos.y()) > rect.height():
            return None
        q = cursor.position()
        # cursorForPosition gives the nearest gap; take the character the pointer is over
        if pos.x() < rect.x() and q > 0:
            q -= 1
        return self._shown_to_display(self._pos.qt_to_py(q))

    def annotations_at(self, offset: int) -> list[Annotation]:
        return self._index.at(offset)

    def english_spans(self) -> list[tuple[int, int]]:
        """The display spans drawn as English translation (a bilingual copy's), in order."""
        return list(self._english)

    def english_at(self, offset: int) -> bool:
        """True when display ``offset`` lies in the English translation."""
        k = bisect_right(self._english, (offset, 1 << 62)) - 1
        return k >= 0 and self._english[k][0] <= offset < self._english[k][1]

    def suspects_at(self, offset: int) -> list[SuspectRange]:
        return [s for s in self._suspects if s.start <= offset < s.end]

    def tooltip_at(self, offset: int) -> str:
        """Rich text naming the tags, notes and suspect repairs under display ``offset`` (and the translation)."""
        return tooltip_html(
            self.annotations_at(offset), self.suspects_at(offset), self._tags, english=self.english_at(offset)
        )

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            offset = self.display_offset_at(e.pos())
            tip = self.tooltip_at(offset) if offset is not None else ""
            if tip:
                QToolTip.showText(e.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().event(e)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        super().mouseReleaseEvent(e)
        if e.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        offset = self.display_offset_at(e.position().toPoint())
        hits = self.annotations_at(offset) if offset is not None else []
        self.select_annotation(hits[0].id if hits else 0)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        mods = e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if e.text() in tuple("123456789") and mods == Qt.KeyboardModifier.NoModifier:
            self.tag_key_pressed.emit(e.text())
            return
        if e.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._selected:
            self.delete_requested.emit(self._selected)
            return
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected:
            self.note_requested.emit(self._selected)
            return
        if e.key() == Qt.Key.Key_Escape and self._selected:
            self.select_annotation(0)
            return
        super().keyPressEvent(e)

    def contextMenuEvent(self, e: QContextMenuEvent) -> None:
        menu = self.build_context_menu(e.pos())
        menu.exec(e.globalPos())
        menu.deleteLater()

    def build_context_menu(self, pos: QPoint) -> QMenu:
        """The context menu: tag the selection / retag, note, delete the clicked annotation."""
        return build_context_menu(self, pos)

    def _on_reading_timer_timeout(self) -> None:
        """The cursor or the scroll settled: say where the clerk is reading."""
        if self._text is not None:
            self.reading_position_changed.emit(self.reading_offset())
