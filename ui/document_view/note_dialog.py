"""A small multi-line dialog for an annotation's note."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class NoteDialog(QDialog):
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
        self.editor.setPlaceholderText(self.tr("写下对这处标注的说明……"))
        layout.addWidget(self.editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def note(self) -> str:
        return self.editor.toPlainText().rstrip()


def edit_note(parent: QWidget | None, quoted: str, note: str) -> str | None:
    """Ask for a new note; None when cancelled (tests replace this function)."""
    dlg = NoteDialog(parent, quoted, note)
    return dlg.note() if dlg.exec() == QDialog.DialogCode.Accepted else None
