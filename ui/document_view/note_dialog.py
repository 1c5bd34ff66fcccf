"""A small multi-line dialog for an annotation's note."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class NoteDialog(QDialog):
    """Enter starts a new line; Ctrl+Enter saves (as in most note fields)."""

    def __init__(self, parent: QWidget | None, quoted: str, note: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("编辑备注"))
        self.resize(460, 280)
        layout = QVBoxLayout(self)
        label = QLabel(quoted if len(quoted) <= 80 else quoted[:80] + "…")
        label.setWordWrap(True)
        label.setObjectName("quote")
        layout.addWidget(label)
        self.editor = QPlainTextEdit(note)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)  # the clerk goes on writing after the old note
        self.editor.setPlaceholderText(self.tr("写下对这处标注的说明……"))
        layout.addWidget(self.editor)
        self.editor.installEventFilter(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("保存"))
        ok.setToolTip(self.tr("保存备注（Ctrl+Enter）"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.editor
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def note(self) -> str:
        return self.editor.toPlainText().rstrip()


def edit_note(parent: QWidget | None, quoted: str, note: str) -> str | None:
    """Ask for a new note; None when cancelled (tests replace this function)."""
    dlg = NoteDialog(parent, quoted, note)
    return dlg.note() if dlg.exec() == QDialog.DialogCode.Accepted else None
