"""Preferences: interface language (takes effect at the next start) and the author name stamped on annotations."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui import settings
from ui.preferences.language import language_in_use

LANGUAGES = (("zh_CN", "简体中文"), ("en", "English"))


class PreferencesDialog(QDialog):
    """The window's texts are made once, when it opens, so a new language is used from the next start on; the
    dialog says so beside the choice, and the main window's status bar says so again after OK."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("首选项"))
        self.language = QComboBox(self)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        # the language the window speaks now (``--lang en`` shows English without saving it), not the saved one
        self._started_in = language_in_use()
        self.language.setCurrentIndex(max(0, self.language.findData(self._started_in)))
        self.author = QLineEdit(settings.author(), self)
        self.author.setPlaceholderText(self.tr("例如：张三"))
        self.language_note = QLabel(self)
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)
        self.language.currentIndexChanged.connect(self._on_language_current_index_changed)
        self._on_language_current_index_changed()
        form = QFormLayout()
        form.addRow(self.tr("界面语言："), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("标注人："), self.author)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(420, 180)

    def language_changed(self) -> bool:
        """Whether the clerk chose a language other than the one the window speaks now."""
        return str(self.language.currentData()) != self._started_in

    def chosen_language_name(self) -> str:
        return self.language.currentText()

    def _on_language_current_index_changed(self, _index: int = 0) -> None:
        if self.language_changed():
            text = self.tr("改为 {0}：下次启动报告标注时生效，现在打开的窗口不变。").format(self.chosen_language_name())
        else:
            text = self.tr("界面语言的更改在下次启动报告标注时生效。")
        self.language_note.setText(text)

    def accept(self) -> None:
        if self.language_changed():  # untouched, the saved choice stays (a run under --lang en does not save it)
            settings.set_language(str(self.language.currentData()))
        settings.set_author(self.author.text())
        super().accept()
