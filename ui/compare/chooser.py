"""The dialog that picks the two documents to compare (left defaults to the one being read)."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from models.labels import distinct_labels
from ui.compare.choices import SEARCH_ROLE, ReportChoices

# the dialog's strings name their context: lupdate loses a class's context after a function with nested ``def``
# (the pickers' handlers above the dialog), which left the English dialog saying 对比 and 左侧文档
translate = QCoreApplication.translate


def report_names(store: Any) -> dict[int, str]:
    """The one name of each report everywhere in compare (pickers, pane headers, matrix columns, exports).

    The title, else the file name; a title several reports share says whose and which year.
    """
    return distinct_labels(store.documents.all())


def document_choices(store: Any) -> list[tuple[int, str]]:
    """``(id, name)`` of every document, named by ``report_names``."""
    return list(report_names(store).items())


def pane_title(store: Any, doc_id: int) -> str:
    """Title above a pane: the report's name as the pickers say it (its file name is the header's tooltip)."""
    return _escape(report_name(store, doc_id))


def report_name(store: Any, doc_id: int) -> str:
    """One report's name as ``report_names`` gives it, read among the reports of its title only (not all 2,000)."""
    if not store.documents.has(doc_id):
        return ""
    doc = store.documents.get(doc_id)
    return str(distinct_labels(store.documents.named(doc.title or doc.source_name)).get(doc_id, ""))


def named_columns(
    headers: list[str], rows: list[dict[str, Any]], document_ids: list[int], names: dict[int, str]
) -> tuple[list[str], list[dict[str, Any]]]:
    """A matrix whose last columns are ``document_ids`` renamed to ``names`` (a name met twice gets its id)."""
    first = headers[: len(headers) - len(document_ids)]
    old = headers[len(first) :]
    new: list[str] = []
    for doc_id, column in zip(document_ids, old, strict=True):
        name = names.get(doc_id) or column
        new.append(name if name not in new and name not in first else f"{name} ({doc_id})")
    rename = dict(zip(old, new, strict=True))
    return [*first, *new], [{rename.get(k, k): v for k, v in row.items()} for row in rows]


def fill_choices(combo: QComboBox, documents: list[tuple[int, str]], keys: dict[int, str] | None = None) -> None:
    """Offer ``(id, name)`` documents of a list of one's own, each findable by its name and its ``keys``."""
    model = ReportChoices(combo)
    model.set_choices([(d, name, f"{name} {(keys or {}).get(d, '')}".strip()) for d, name in documents])
    use_choices(combo, model)


def use_choices(combo: QComboBox, choices: ReportChoices) -> None:
    """Let the picker show ``choices`` (shared with the other pickers); typing searches them."""
    combo.setModel(choices)
    keeper = _KeepChoice(combo)
    choices.modelAboutToBeReset.connect(keeper.remember)
    choices.modelReset.connect(keeper.restore)
    completer = combo.completer()
    if completer is not None:
        completer.setModel(choices)
    edit = combo.lineEdit()
    if edit is not None:  # setting an entry's data put the text back with the cursor at its end
        _from_start(edit)


class _KeepChoice(QObject):
    """The report a picker shows stays shown when the list is read again (a report renamed, added, deleted);
    one that is still to be shown (asked for before the list was read) is shown once it is."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.combo = combo
        self.wanted = 0

    def remember(self) -> None:
        if self.combo.currentIndex() >= 0:
            self.wanted = int(self.combo.currentData() or 0)

    def restore(self) -> None:
        if not (self.wanted and choose(self.combo, self.wanted)) and self.combo.count():
            choose(self.combo, int(self.combo.itemData(0) or 0))


def choose(combo: QComboBox, doc_id: int) -> bool:
    """Show ``doc_id`` in the picker without a signal; False when it is not (yet) listed."""
    model = combo.model()
    k = model.row_of(doc_id) if isinstance(model, ReportChoices) else combo.findData(doc_id)
    keeper = combo.findChild(_KeepChoice)
    if keeper is not None:
        keeper.wanted = doc_id
    if k < 0:
        return False
    combo.blockSignals(True)
    combo.setCurrentIndex(k)
    combo.blockSignals(False)
    edit = combo.lineEdit()
    if edit is not None:
        _from_start(edit)
    return True


def make_searchable(combo: QComboBox) -> None:
    """Let the clerk type part of a report's name, issuer or year (略阳, 2021) and pick among the reports it fits.

    A list of thirty reports (thousands at an office) is not scrolled through; what is typed never becomes an
    entry of its own, and the chosen report stays the one whose name is shown. Entries are added by
    ``fill_choices`` (typing matches what it stores under ``SEARCH_ROLE``).
    """
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(combo.model(), combo)
    completer.setCompletionRole(SEARCH_ROLE)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    edit = combo.lineEdit()
    if edit is not None:  # leaving the field with a half-typed name shows the chosen report's name again

        def show_chosen() -> None:
            if shiboken6.isValid(combo) and shiboken6.isValid(edit) and combo.currentIndex() >= 0:
                edit.setText(combo.itemText(combo.currentIndex()))

        edit.editingFinished.connect(show_chosen)

        # a report taken from the popup shows its name, not the words it was found by (the completer puts
        # those in the field, before or after the picker moved to the report)
        def name_not_words(*_args: object) -> None:
            if not (shiboken6.isValid(combo) and shiboken6.isValid(edit)) or combo.currentIndex() < 0:
                return
            name = combo.itemText(combo.currentIndex())  # currentText() of an editable picker is what the field holds
            if edit.text() == combo.itemData(combo.currentIndex(), SEARCH_ROLE) != name:
                edit.setText(name)

        edit.textChanged.connect(name_not_words)
        combo.currentIndexChanged.connect(name_not_words)

        # a name set by the program (not typed) shows its start, which tells reports apart; a long one was
        # scrolled to its end (“l国国务院政府工作报告（001_…）”)
        def show_start(*_args: object) -> None:
            if shiboken6.isValid(edit) and not edit.isModified():
                edit.setCursorPosition(0)

        def select_from_start() -> None:
            # reached by Tab the whole name is selected, to be typed over, with the cursor (and the view) at its
            # end; the same selection made from the end keeps the name's start in view
            n = len(edit.text()) if shiboken6.isValid(edit) else 0
            if n and edit.selectedText() == edit.text() and edit.cursorPosition() == n:
                edit.setSelection(n, -n)

        edit.selectionChanged.connect(select_from_start)
        combo.installEventFilter(_StartInView(combo))  # the combo hands its focus-in to the field directly
        edit.textChanged.connect(show_start)
        combo.currentIndexChanged.connect(show_start)
        edit.setCursorPosition(0)


class _StartInView(QObject):
    """On entering a picker's field (a window opening puts the cursor there): its name's start in view, whatever
    the focus reason moved the cursor to; done once the field has handled the event. Entered by the keyboard or by
    a window opening, the whole name is selected, so that what the clerk types replaces it (typed before it, 长沙
    made “长沙县科经局…”, which matched nothing); a click leaves the cursor where it fell."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        edit = obj.lineEdit() if isinstance(obj, QComboBox) else None
        focus = event if isinstance(event, QFocusEvent) and event.type() == QEvent.Type.FocusIn else None
        if focus is not None and edit is not None and not edit.isModified():
            whole = focus.reason() != Qt.FocusReason.MouseFocusReason
            QTimer.singleShot(0, edit, lambda: _from_start(edit, select=whole))
        return False


def _from_start(edit: QLineEdit, *, select: bool = False) -> None:
    if not shiboken6.isValid(edit) or edit.isModified():
        return
    n = len(edit.text())
    if select or (edit.hasSelectedText() and edit.selectedText() == edit.text()):
        edit.setSelection(n, -n)
    else:
        edit.setCursorPosition(0)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ChooseDocumentsDialog(QDialog):
    """Two choosers over ``(id, title)`` documents (or the window's ``ReportChoices``); ``chosen()`` gives
    ``(left_id, right_id)``."""

    def __init__(
        self,
        documents: list[tuple[int, str]] | ReportChoices,
        left_id: int = 0,
        right_id: int = 0,
        parent: QWidget | None = None,
        *,
        title: str = "",
        left_label: str = "",
        right_label: str = "",
        keys: dict[int, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or translate("ChooseDocumentsDialog", "对比两份报告"))
        self.left, self.right = QComboBox(self), QComboBox(self)
        for combo in (self.left, self.right):
            combo.setMinimumContentsLength(36)
            make_searchable(combo)
            if isinstance(documents, ReportChoices):
                use_choices(combo, documents)
            else:
                fill_choices(combo, documents, keys)
        ids = [d for d, _ in documents] if isinstance(documents, list) else documents.ids()
        left_id = left_id if left_id in ids else (ids[0] if ids else 0)
        right_id = right_id if right_id in ids and right_id != left_id else next((d for d in ids if d != left_id), 0)
        choose(self.left, left_id)
        choose(self.right, right_id)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("ChooseDocumentsDialog", "对比"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("ChooseDocumentsDialog", "取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.warning = QLabel(self)
        self.warning.setStyleSheet("color: #c92a2a;")
        form = QFormLayout(self)
        form.addRow(left_label or translate("ChooseDocumentsDialog", "左侧文档："), self.left)
        form.addRow(right_label or translate("ChooseDocumentsDialog", "右侧文档："), self.right)
        form.addRow(self.warning)
        form.addRow(self.buttons)
        self.left.currentIndexChanged.connect(self._on_choice_changed)
        self.right.currentIndexChanged.connect(self._on_choice_changed)
        self._on_choice_changed()
        if len(ids) < 2:
            self.warning.setText(translate("ChooseDocumentsDialog", "项目中至少需要两份文档才能对比。"))

    def chosen(self) -> tuple[int, int]:
        return int(self.left.currentData() or 0), int(self.right.currentData() or 0)

    def _on_choice_changed(self) -> None:
        """Either side changed: OK only for two different reports."""
        left, right = self.chosen()
        ok = bool(left and right and left != right)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.warning.setText(
            "" if ok or not (left and right) else translate("ChooseDocumentsDialog", "请选择两份不同的文档。")
        )
