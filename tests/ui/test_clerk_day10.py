"""Defects a clerk hit on day 10 in the real window, each driven by keys and clicks as the clerk did."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import type_text


def _focus(qtbot, window, widget) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_tab_after_typing_a_title_saves_it_and_moves_to_the_issuer(qtbot, window):  # type: ignore[no-untyped-def]
    # The clerk typed a new title and pressed Tab to go on to the issuer, as in any form: the typed title was
    # thrown away without a word.
    doc_id = window.current_document_id()
    _focus(qtbot, window, window.library.list)
    qtbot.keyClick(window.library.list, Qt.Key.Key_F2)
    title = window.info.rows["title"]
    type_text(qtbot, QApplication.focusWidget(), "某县经信局2020年工作总结")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert window.store.documents.get(doc_id).title == "某县经信局2020年工作总结"
    assert not title.editing()
    assert window.info.rows["issuer"].isAncestorOf(QApplication.focusWidget())  # on to the next field
    window.undo_stack.undo()
    assert window.store.documents.get(doc_id).title != "某县经信局2020年工作总结"


def test_tab_on_an_invalid_date_keeps_the_box_open_with_the_reason(qtbot, window):  # type: ignore[no-untyped-def]
    doc_id = window.current_document_id()
    before = window.store.documents.get(doc_id).date
    window.info.edit_field("date")
    row = window.info.rows["date"]
    _focus(qtbot, window, row.line_edit)
    type_text(qtbot, row.line_edit, "去年春天")
    qtbot.keyClick(row.line_edit, Qt.Key.Key_Tab)
    assert row.editing()
    assert row.error.isVisible()
    assert window.store.documents.get(doc_id).date == before
