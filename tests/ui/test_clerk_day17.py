"""Met on the day (session 17, 30 real reports imported through the window): what a clerk tripped on."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_typing_in_the_compare_chooser_as_it_opens_replaces_the_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Shift+C put the cursor before the left report's name; typing 长沙 made “长沙县科经局2020年…”, nothing
    matched, and the Down key then moved the picker to the next report: the clerk compared the wrong one."""
    from tests.ui.conftest import type_text
    from ui.compare.chooser import ChooseDocumentsDialog

    docs = [(1, "县科经局2020年工作总结及2021年工作要点"), (2, "市经信局2020年工作总结和2021年工作计划")]
    docs += [(3, "政府工作报告（长沙县人民政府）"), (4, "政府工作报告（获嘉县人民政府）")]
    dlg = ChooseDocumentsDialog(docs, 1, 2)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    dlg.left.setFocus(Qt.FocusReason.ActiveWindowFocusReason)  # where the opening window puts it
    edit = dlg.left.lineEdit()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.waitUntil(lambda: edit.selectedText() == edit.text())  # the name is selected, to be typed over
    assert edit.cursorPosition() == 0  # with its start in view
    type_text(qtbot, edit, "长沙")
    popup = dlg.left.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dlg.chosen() == (3, 2)
    assert edit.text() == "政府工作报告（长沙县人民政府）"
