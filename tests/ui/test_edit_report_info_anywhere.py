"""F2 and 编辑 ▸ 修改报告信息 edit the report's title from the list and the text, not only in the 信息 panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget

from tests.ui.conftest import type_text


def _info_dock(window) -> QDockWidget:  # type: ignore[no-untyped-def]
    dock = window.findChild(QDockWidget, "infoDock")
    assert dock is not None
    return dock


def _focus(qtbot, window, widget) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_f2_in_the_report_list_edits_the_title_and_enter_saves_it(qtbot, window):  # type: ignore[no-untyped-def]
    row = window.info.rows["title"]
    _focus(qtbot, window, window.library.list)
    qtbot.keyClick(window.library.list, Qt.Key.Key_F2)
    assert row.combo.isVisible()
    assert QApplication.focusWidget() in (row.combo, row.line_edit)  # the keyboard goes to the editor
    type_text(
        qtbot, QApplication.focusWidget(), "某县经信局2020年工作总结"
    )  # the title is selected: typing replaces it
    qtbot.keyClick(row.line_edit, Qt.Key.Key_Return)
    assert window.store.documents.get(window.current_document_id()).title == "某县经信局2020年工作总结"


def test_f2_in_the_text_shows_a_closed_info_panel_and_edits_the_title(qtbot, window):  # type: ignore[no-untyped-def]
    dock = _info_dock(window)
    dock.close()
    assert not dock.isVisible()
    view = window.document_view()
    _focus(qtbot, window, view)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert dock.isVisible()
    assert window.info.rows["title"].combo.isVisible()
    qtbot.keyClick(window.info.rows["title"].line_edit, Qt.Key.Key_Escape)
    assert window.undo_stack.count() == 0


def test_the_edit_menu_offers_it_with_its_key(qtbot, window):  # type: ignore[no-untyped-def]
    action = window.actions_.edit_report_info
    assert action in window.menu("edit").actions()
    assert action.shortcut().toString() == "F2"
    action.trigger()
    assert window.info.rows["title"].combo.isVisible()


def test_the_report_lists_menu_opens_that_report_for_editing(qtbot, window, tmp_path):  # type: ignore[no-untyped-def]
    ids = window.library.document_ids()
    menu = window.library.build_context_menu(ids[0])
    entry = next(a for a in menu.actions() if a.text().startswith("修改报告信息"))
    entry.trigger()
    assert window.current_document_id() == ids[0]
    assert window.info.rows["title"].combo.isVisible()
