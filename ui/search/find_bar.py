"""Ctrl+F: a small find bar floating over the document view, stepping through hits in display offsets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton

from models.folding import fold_text
from ui.search.find import HitCursor, occurrences

if TYPE_CHECKING:
    from ui.document_view.view import DocumentView

FIND_STYLE = {"background": "#ffec99"}
CURRENT_STYLE = {"background": "#ffa94d"}


class FindBar(QFrame):
    """Find within the shown document: Enter/F3 next, Shift+Enter/Shift+F3 previous, Esc closes."""

    hits_changed = Signal(int)  # number of hits of the current query in the current document

    def __init__(self, view: DocumentView) -> None:
        super().__init__(view)
        self.view = view
        self.setObjectName("findBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.query = QLineEdit()
        self.query.setObjectName("findQuery")
        self.query.setPlaceholderText(self.tr("在本文档中查找"))
        self.query.setClearButtonEnabled(True)
        self.query.setMinimumWidth(200)
        self.counter = QLabel()
        self.counter.setObjectName("findCounter")
        self.counter.setMinimumWidth(64)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previous_button = QToolButton()
        self.next_button = QToolButton()
        self.close_button = QToolButton()
        tips = (self.tr("上一个（Shift+F3）"), self.tr("下一个（F3）"), self.tr("关闭（Esc）"))
        buttons = (self.previous_button, self.next_button, self.close_button)
        for button, glyph, tip in zip(buttons, "▲▼✕", tips, strict=True):
            button.setText(glyph)
            button.setToolTip(tip)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(self.query)
        layout.addWidget(self.counter)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.close_button.clicked.connect(self.close_bar)
        self.query.textChanged.connect(self._on_query_text_changed)
        self.query.installEventFilter(self)
        view.installEventFilter(self)
        self._cursor = HitCursor([])
        self._shown: tuple[int, int] | None = None  # the hit last selected in the view
        self._folded_for: tuple[int, int] | None = None
        self._folded = ""
        self.hide()

    # public ---------------------------------------------------------------
    def open_bar(self) -> None:
        """Show the bar (prefilled with a short selection) and focus the query."""
        span = self.view.selected_span()
        text = self.view.document_text
        if span is not None and text is not None and 0 < span[1] - span[0] <= 40:
            chosen = text.display_text[span[0] : span[1]]
            if "\n" not in chosen:
                self.query.setText(chosen)
        self.show()
        self.raise_()
        self._place()
        self.query.setFocus()
        self.query.selectAll()
        self.refresh()

    def close_bar(self) -> None:
        self.hide()
        self.view.set_overlay_ranges("find", [], FIND_STYLE)
        self.view.set_overlay_ranges("find-current", [], CURRENT_STYLE)
        self.view.setFocus()

    def set_query(self, query: str) -> None:
        """Use ``query`` (e.g. from the project search) without showing the bar."""
        self.query.blockSignals(True)
        self.query.setText(query)
        self.query.blockSignals(False)
        self.refresh(jump=False)

    def hits(self) -> list[tuple[int, int]]:
        return list(self._cursor.hits)

    def hit_count(self) -> int:
        return len(self._cursor)

    def current_hit(self) -> tuple[int, int] | None:
        return self._cursor.current()

    def find_next(self) -> None:
        self._step(True)

    def find_previous(self) -> None:
        self._step(False)

    def refresh(self, *, jump: bool = True) -> None:
        """Recompute the hits for the shown document (after typing or opening another document)."""
        text = self.view.document_text
        query = self.query.text()
        if text is None or not query.strip():
            self._cursor = HitCursor([])
        else:
            key = (text.document_id, id(text.display_text))
            if key != self._folded_for:
                self._folded_for, self._folded = key, fold_text(text.display_text)
            self._cursor = HitCursor(occurrences(self._folded, query))
        if self.isVisible():
            self.view.set_overlay_ranges("find", self._cursor.hits, FIND_STYLE)
        self.view.set_overlay_ranges("find-current", [], CURRENT_STYLE)
        if jump and self.isVisible() and self._cursor.hits:
            self._show_hit(self._cursor.first_from(self._origin()))
        elif jump and self.isVisible() and query.strip():
            self._drop_stale_hit()
        self._update_counter()
        self.hits_changed.emit(len(self._cursor))

    # internals ------------------------------------------------------------------
    def _origin(self) -> int:
        """Where stepping starts: the start of the current selection, else the reading position."""
        span = self.view.selected_span()
        return span[0] if span is not None else self.view.reading_offset()

    def _step(self, forward: bool) -> None:
        if not self.query.text().strip():
            self.open_bar()
            return
        if self.view.document_text is not None and self._folded_for != (
            self.view.document_text.document_id,
            id(self.view.document_text.display_text),
        ):
            self.refresh(jump=False)
        if self._cursor.current() is None:
            span = self.view.selected_span()
            origin = span[1] if forward and span else self._origin()
            hit = self._cursor.step(forward, origin=origin)
        else:
            hit = self._cursor.step(forward)
        if hit is not None:
            if self.isVisible():
                self.view.set_overlay_ranges("find", self._cursor.hits, FIND_STYLE)
            self._show_hit(hit)
        self._update_counter()

    def _drop_stale_hit(self) -> None:
        """无结果: the match of what was typed before (全社 of 全社会固定…) stops being selected, so a tag key
        pressed next tags nothing; a selection the clerk made is left alone."""
        span = self.view.selected_span()
        if span is not None and span == self._shown:
            self.view.scroll_to_offset(span[0], top=False)  # the cursor stays where the match was
        self._shown = None

    def _show_hit(self, hit: tuple[int, int] | None) -> None:
        if hit is None:
            return
        self._shown = hit
        self.view.scroll_to_offset(hit[0], select_to=hit[1], top=False)
        self.view.set_overlay_ranges("find-current", [hit], CURRENT_STYLE)

    def _update_counter(self) -> None:
        query = self.query.text().strip()
        if query and not self._cursor.hits:
            self.counter.setText(self.tr("无结果"))
            self.counter.setStyleSheet("color: #c92a2a;")
        else:
            self.counter.setText(self._cursor.label())
            self.counter.setStyleSheet("")

    def _on_query_text_changed(self, _text: str) -> None:
        self.refresh()

    def _place(self) -> None:
        self.adjustSize()
        bar = self.view.verticalScrollBar()
        right = self.view.width() - (bar.width() if bar.isVisible() else 0) - 12
        self.move(max(0, right - self.width()), 8)

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        if obj is self.view and e.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        elif (
            obj is self.view
            and e.type() == QEvent.Type.KeyPress
            and isinstance(e, QKeyEvent)
            and e.key() == Qt.Key.Key_Escape
            and self.isVisible()
            and not self.view.selected_annotation_id()  # Esc first deselects an annotation (the view's own)
        ):
            self.close_bar()
            return True
        elif obj is self.query and e.type() == QEvent.Type.KeyPress and isinstance(e, QKeyEvent):
            if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._step(not (e.modifiers() & Qt.KeyboardModifier.ShiftModifier))
                return True
            if e.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(obj, e)
