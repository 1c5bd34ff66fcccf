"""Preferences: interface language (applied after restart) and the author name stamped on annotations."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui import settings

LANGUAGES = (("zh_CN", "简体中文"), ("en", "English"))


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("首选项"))
        self.language = QComboBox(self)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language())))
        self.author = QLineEdit(settings.author(), self)
        self.author.setPlaceholderText(self.tr("例如：张三"))
        form = QFormLayout()
        form.addRow(self.tr("界面语言："), self.language)
        form.addRow(self.tr("标注人："), self.author)
        note = QLabel(self.tr("更改界面语言后，请重新启动程序。"), self)
        note.setObjectName("hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(420, 180)

    def accept(self) -> None:
        settings.set_language(str(self.language.currentData()))
        settings.set_author(self.author.text())
        super().accept()
