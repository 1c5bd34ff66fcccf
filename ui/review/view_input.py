"""Review gestures in the document view: click a suggestion to make it current, then Enter/Backspace."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent

from ui.document_view.view import DocumentView
from ui.review.queue import ReviewQueue


class ViewReviewInput(QObject):
    """Watches the view (an event filter, so the view's own handling stays as it is).

    Enter/Backspace are taken only right after a plain click on a pending suggestion
    where no annotation got selected: anywhere else they keep their meaning in the
    view (note, delete). Any other key or click disarms them.
    """

    suggestion_clicked = Signal(int)
    accept_pressed = Signal()
    reject_pressed = Signal()

    def __init__(self, view: DocumentView, queue_of: object) -> None:
        super().__init__(view)
        self.view = view
        self._queue_of = queue_of  # callable returning the current ReviewQueue
        self.armed = 0  # id of the suggestion the last click landed on
        self.viewport = view.viewport()
        self.viewport.installEventFilter(self)
        view.installEventFilter(self)

    def _queue(self) -> ReviewQueue:
        return self._queue_of()  # type: ignore[operator,no-any-return]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not shiboken6.isValid(self.view):  # events still arrive while the window is torn down
            return False
        kind = event.type()
        if watched is self.viewport and kind == QEvent.Type.MouseButtonPress:
            self.armed = 0
        elif watched is self.viewport and kind == QEvent.Type.MouseButtonRelease:
            assert isinstance(event, QMouseEvent)
            if event.button() == Qt.MouseButton.LeftButton and not self.view.textCursor().hasSelection():
                self._on_click(event)
        elif watched is self.view and kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._on_key(event)
        return False

    def _on_click(self, event: QMouseEvent) -> None:
        offset = self.view.display_offset_at(event.position().toPoint())
        if offset is None:
            return
        hits = [a for a in self._queue().items if a.start <= offset < a.end]
        if hits:
            hit = min(hits, key=lambda a: (a.end - a.start, a.start))
            self.armed = hit.id
            self.suggestion_clicked.emit(hit.id)

    def _on_key(self, event: QKeyEvent) -> bool:
        armed, self.armed = self.armed, 0
        plain = (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier) == Qt.KeyboardModifier.NoModifier
        if not armed or not plain or self.view.selected_annotation_id() or armed != self._queue().current_id:
            return False
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept_pressed.emit()
            return True
        if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.reject_pressed.emit()
            return True
        return False
