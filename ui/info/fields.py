"""One editable metadata row of the 信息 panel: the value, an edit button, and an editable list of the reader's options.

Double-click on the value or the edit button opens an editable combo box listing the reader's options (best
first, each with its source) over free text; Enter or Tab commits, Esc cancels. The row only reports what the clerk
chose (``text_committed``); the panel checks it and the main window saves it as an undoable command.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
_TAB_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class FieldRow(QWidget):
    """``edit_requested(name)`` when the clerk asks to edit; ``text_committed(name, text)`` on Enter."""

    edit_requested = Signal(str)
    text_committed = Signal(str, str)

    def __init__(self, name: str, value_label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.value = value_label
        self.value.setParent(self)
        self.value.setToolTip(self.tr("双击修改"))
        self.badge = QLabel(self.tr("人工"), self)
        self.badge.setObjectName("clerkBadge")
        self.badge.setToolTip(self.tr("此项由您设定，重新读取或导入时保留"))
        self.badge.setStyleSheet("color: #2f6f3e; font-size: small;")
        self.badge.hide()
        self.button = QToolButton(self)
        self.button.setObjectName(f"edit_{name}")
        self.button.setText("✎")
        self.button.setAutoRaise(True)
        self.button.setToolTip(self.tr("修改（F2）"))
        self.combo = QComboBox(self)
        self.combo.setObjectName(f"choose_{name}")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(8)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.combo.hide()
        line_edit = self.combo.lineEdit()
        assert line_edit is not None  # an editable combo box always has one
        self.line_edit: QLineEdit = line_edit
        self.error = QLabel(self)
        self.error.setObjectName(f"error_{name}")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.value, 1)
        top.addWidget(self.combo, 1)
        top.addWidget(self.badge)
        top.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.error)
        self.button.clicked.connect(lambda: self.edit_requested.emit(self.name))
        self.value.installEventFilter(self)
        self.line_edit.installEventFilter(self)
        self.combo.installEventFilter(self)  # a key pressed while the box itself has focus reaches the box first
        self.line_edit.returnPressed.connect(self._on_line_edit_return_pressed)
        self.combo.currentIndexChanged.connect(self._on_combo_current_index_changed)

    # editing ------------------------------------------------------------------
    def editing(self) -> bool:
        return self.combo.isVisible()

    def start_edit(self, current: str, options: Sequence[tuple[str, str]]) -> None:
        """Open the combo box on ``current`` with ``options`` ``(value, source)`` listed best first."""
        self._fill(current, options)
        self.error.hide()
        self.value.hide()
        self.button.hide()
        self.combo.show()
        self.combo.setFocus(Qt.FocusReason.OtherFocusReason)
        self.line_edit.selectAll()

    def fill_options(self, options: Sequence[tuple[str, str]]) -> None:
        """List ``options`` in the open box (they arrived after it opened); what the clerk typed stays."""
        if not self.editing():
            return
        text, cursor = self.line_edit.text(), self.line_edit.cursorPosition()
        selected = (self.line_edit.selectionStart(), len(self.line_edit.selectedText()))
        self._fill(text, options)
        if selected[0] >= 0:
            self.line_edit.setSelection(*selected)
        else:
            self.line_edit.setCursorPosition(cursor)

    def _fill(self, current: str, options: Sequence[tuple[str, str]]) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        for value, source in options:
            self.combo.addItem(self.tr("{0}　（{1}）").format(value, source), value)
            self.combo.setItemData(self.combo.count() - 1, value, VALUE_ROLE)
        at = next((i for i, (value, _s) in enumerate(options) if value == current), -1)
        self.combo.setCurrentIndex(at)
        self.combo.setEditText(current)
        self.combo.blockSignals(False)
        view = self.combo.view()  # the list as wide as its options (a dock is narrow), the value read first
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setMinimumWidth(min(max(view.sizeHintForColumn(0) + 24, self.combo.width()), 720))

    def finish_edit(self) -> None:
        """Close the combo box (after a save, or when cancelled)."""
        if not self.combo.isVisible():
            return
        had_focus = self.combo.hasFocus() or self.line_edit.hasFocus()
        self.combo.hide()
        self.error.hide()
        self.value.show()
        self.button.show()
        if had_focus:
            self.button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def chosen_text(self) -> str:
        """What the clerk chose: a listed option's value, or the free text typed."""
        text = self.combo.currentText()
        for i in range(self.combo.count()):
            if text == self.combo.itemText(i):
                return str(self.combo.itemData(i, VALUE_ROLE))
        return text

    def _on_line_edit_return_pressed(self) -> None:
        if self.combo.isVisible():
            self.text_committed.emit(self.name, self.chosen_text())

    def _on_combo_current_index_changed(self, index: int) -> None:
        if index >= 0:  # an option picked from the list: its value alone, without the source note
            self.combo.setEditText(str(self.combo.itemData(index, VALUE_ROLE)))

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        if obj is self.value and e.type() == QEvent.Type.MouseButtonDblClick:
            self.edit_requested.emit(self.name)
            return True
        if obj in (self.line_edit, self.combo):
            if isinstance(e, QKeyEvent) and e.type() == QEvent.Type.KeyPress and e.key() == Qt.Key.Key_Escape:
                self.finish_edit()
                return True
            if isinstance(e, QKeyEvent) and e.type() == QEvent.Type.KeyPress and e.key() in _TAB_KEYS:
                self._on_tab_pressed(e.key() == Qt.Key.Key_Tab)
                return True
            if e.type() == QEvent.Type.FocusOut:
                QTimer.singleShot(0, self._on_focus_left)
        return super().eventFilter(obj, e)

    def _on_tab_pressed(self, forward: bool) -> None:
        """Tab saves what was typed, as in any form, and moves on; a value that cannot be saved keeps the box."""
        if not self.combo.isVisible():
            return
        self.text_committed.emit(self.name, self.chosen_text())
        if not self.combo.isVisible():  # saved (or unchanged): the focus is on this row's button, move on
            self.focusNextPrevChild(forward)

    def _on_focus_left(self) -> None:
        """Leaving the box (a click in the text, another panel) cancels the edit, as Esc does."""
        focus = QApplication.focusWidget()
        inside = focus is not None and (focus is self.combo or self.combo.isAncestorOf(focus))
        if self.combo.isVisible() and not inside and not self.combo.view().isVisible():
            self.finish_edit()
