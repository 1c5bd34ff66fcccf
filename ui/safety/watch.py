"""Noticing that another window or process changed the project file, and refreshing every view."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from models.errors import ReportMarkError
from models.types import Changes
from ui.safety.reimport import reload_document

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate
log = logging.getLogger("reportmark")

POLL_MS = 2000  # tests patch this before the window is made
BANNER_MS = 8000


class Banner(QLabel):
    """A non-modal notice across the top of the document view; hides itself after a while or on click."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("externalChangeBanner")
        self.setStyleSheet(
            "QLabel#externalChangeBanner { background: #fff4ce; color: #5c4400; border: 1px solid #e0c060;"
            " border-radius: 4px; padding: 6px 12px; }"
        )
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_text(self, text: str, ms: int = BANNER_MS) -> None:
        self.setText(text)
        self.adjustSize()
        parent = self.parentWidget()
        if parent is not None:
            self.move(max(0, (parent.width() - self.width()) // 2), 8)
        self.show()
        self.raise_()
        self._timer.start(ms)

    def mousePressEvent(self, e: QMouseEvent) -> None:
        self.hide()


class ExternalChangeWatcher(QObject):
    """Polls ``store.data_version()`` (changes only when another connection commits) while the window is shown.

    Our own background tasks also write through other connections, so the poll is skipped while
    tasks run and the baseline is taken again whenever our own changes are broadcast.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("externalChangeWatcher")
        self.window = window
        self.banner = Banner(window.document_view())
        self.refreshes = 0
        self._version = self._read_version()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        window.changes_applied.connect(self._on_window_changes_applied)
        window.close_started.connect(self._on_window_close_started)
        window.installEventFilter(self)

    def _read_version(self) -> int | None:
        try:
            version: int = self.window.store.data_version()
        except (ReportMarkError, AttributeError):  # the store wraps SQLite's errors in StoreError
            return None
        return version

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        if obj is self.window and e.type() == QEvent.Type.WindowActivate:
            QTimer.singleShot(0, self.check)  # coming back to this window: look at once
        return False

    def check(self) -> bool:
        """Refresh if another connection committed since the last look; True when it did."""
        w = self.window
        if not shiboken6.isValid(w) or not w.isVisible() or not w.tasks.is_idle():
            return False
        version = self._read_version()
        if version is None or version == self._version:
            return False
        self._version = version
        self.refresh()
        return True

    def refresh(self) -> None:
        """Broadcast a broad Changes (all documents, tags and the current document's annotations)."""
        w = self.window
        store = w.store
        doc_ids = {d.id for d in store.documents.all()} | set(w.library.document_ids())
        tag_ids = {t.id for t in store.tags.all()}
        ann_ids: set[int] = set()
        doc_id = w.current_document_id()
        if doc_id and store.documents.has(doc_id):
            view = w.document_view()
            shown = view.document_text.display_text if view.document_text is not None else None
            if shown != store.documents.display_text(doc_id):  # re-imported elsewhere: show the new text
                reload_document(w, doc_id)
            ann_ids = {a.id for a in store.annotations.iterate(doc_id, statuses=None)}
            ann_ids |= {a.id for a in view.annotations()}
        self.refreshes += 1
        w.project.emit_changes(Changes(frozenset(doc_ids), frozenset(ann_ids), frozenset(tag_ids)), self)
        text = translate("safety", "项目已被另一个窗口修改，已刷新")
        w.statusBar().showMessage(text, BANNER_MS)
        self.banner.show_text(text)

    def _on_window_changes_applied(self, _changes: Changes, initiator: object) -> None:
        if initiator is not self:  # our own work (possibly from a worker's connection) is already shown
            self._version = self._read_version()

    def _on_window_close_started(self) -> None:
        self.timer.stop()
