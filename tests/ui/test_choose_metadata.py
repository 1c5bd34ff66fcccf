"""The clerk corrects a report's title, issuer and date in the 信息 panel: options, Enter, Esc, undo, kept on disk."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from models import ops
from models.store import Store
from tests.ui.conftest import ROOT, make_window, small_parsed, type_text
from ui.info.fields import VALUE_ROLE

CORPUS_REPORT = next((ROOT / "tests" / "corpus" / "reports").glob("373_*"))


@pytest.fixture
def corpus_project(tmp_path: Path) -> Path:
    """A project holding one real report whose reader offers more than one title."""
    path = tmp_path / "corpus.reportmark"
    store = ops.open_project(path)
    outcomes, _ = ops.import_files(store, [CORPUS_REPORT])
    assert outcomes[0].status == "imported", outcomes[0].message
    store.close()
    return path


def stored(path: Path, doc_id: int) -> tuple[str, dict]:
    store = Store.open(path)
    try:
        doc = store.documents.get(doc_id)
        return doc.title, dict(doc.clerk_fields)
    finally:
        store.close()


def library_title(window) -> str:  # type: ignore[no-untyped-def]
    return window.library.model.item(0).text().split("\n")[0]


def test_double_click_pick_the_second_option_enter_then_undo(qtbot, corpus_project, dialogs):  # type: ignore[no-untyped-def]
    window = make_window(qtbot, corpus_project)
    doc_id = window.current_document_id()
    row = window.info.rows["title"]
    old = row.value.text()
    assert old == library_title(window)
    qtbot.mouseDClick(row.value, Qt.MouseButton.LeftButton)
    assert row.combo.isVisible()
    qtbot.waitUntil(lambda: row.combo.count() >= 2)  # read off the GUI thread: the list fills in when ready
    assert "阅读器所选" in row.combo.itemText(0) and "（" in row.combo.itemText(1)  # each option says its source
    second = row.combo.itemData(1, VALUE_ROLE)
    qtbot.keyClick(row.line_edit, Qt.Key.Key_Down)
    assert row.line_edit.text() == second  # the value alone, without its source note
    qtbot.keyClick(row.line_edit, Qt.Key.Key_Return)
    assert not row.combo.isVisible()
    assert row.value.text() == second and row.badge.isVisible()
    assert library_title(window) == second
    assert window.windowTitle().startswith(second)
    title, marks = stored(corpus_project, doc_id)  # committed at once: another connection reads it from disk
    assert title == second and marks["title"]["reader"] == old
    window.activateWindow()  # the clerk's window has the keyboard (Ctrl+Z is the window's shortcut)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.document_view(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert row.value.text() == old and not row.badge.isVisible()
    assert library_title(window) == old
    assert stored(corpus_project, doc_id) == (old, {})
    qtbot.keyClick(
        window.document_view(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert library_title(window) == second and stored(corpus_project, doc_id)[0] == second
    window.close()
    reopened = make_window(qtbot, corpus_project)
    assert reopened.info.rows["title"].value.text() == second and library_title(reopened) == second
    assert reopened.info.rows["title"].badge.isVisible()


def test_a_bad_date_keeps_the_old_value_and_says_so(qtbot, window):  # type: ignore[no-untyped-def]
    row = window.info.rows["date"]
    assert row.value.text() == "2020-12-31"
    window.info.setFocus()
    qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
    assert row.combo.isVisible()
    row.line_edit.clear()
    type_text(qtbot, row.line_edit, "2021年13月5日")
    qtbot.keyClick(row.line_edit, Qt.Key.Key_Return)
    assert row.error.isVisible() and "未保存" in row.error.text() and "\n" not in row.error.text()
    assert window.store.documents.get(window.current_document_id()).date == "2020-12-31"
    assert window.undo_stack.count() == 0
    qtbot.keyClick(row.line_edit, Qt.Key.Key_Escape)
    assert not row.combo.isVisible() and not row.error.isVisible() and row.value.text() == "2020-12-31"


def test_a_chinese_date_is_normalised_and_f2_edits_the_title(qtbot, window):  # type: ignore[no-untyped-def]
    row = window.info.rows["date"]
    qtbot.mouseDClick(row.value, Qt.MouseButton.LeftButton)
    row.line_edit.clear()
    type_text(qtbot, row.line_edit, "二〇二一年三月五日")
    qtbot.keyClick(row.line_edit, Qt.Key.Key_Return)
    assert row.value.text() == "2021-03-05"
    assert window.store.documents.get(window.current_document_id()).date == "2021-03-05"
    window.info.rows["issuer"].button.setFocus()
    qtbot.keyClick(window.info.rows["issuer"].button, Qt.Key.Key_F2)
    assert window.info.rows["issuer"].combo.isVisible()
    qtbot.keyClick(window.info.rows["issuer"].line_edit, Qt.Key.Key_Escape)
    assert window.undo_stack.count() == 1


def test_a_report_without_a_title_shows_unrecognised_and_the_options(qtbot, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from models.types import Metadata

    path = tmp_path / "untitled.reportmark"
    store = ops.open_project(path)
    parsed = small_parsed(name="无题.txt")
    store.documents.add(replace(parsed, metadata=Metadata(title=None, issuer="某局")))
    store.close()
    window = make_window(qtbot, path)
    row = window.info.rows["title"]
    assert row.value.text() == "未识别"
    qtbot.waitUntil(window.info.title_options.isVisible)  # the options arrive from the worker
    assert "某局2020年工作总结" in window.info.title_options.text()
    qtbot.mouseDClick(row.value, Qt.MouseButton.LeftButton)
    assert row.line_edit.text() == "" and row.combo.itemData(0, VALUE_ROLE) == "某局2020年工作总结"
    qtbot.keyClick(row.line_edit, Qt.Key.Key_Down)
    qtbot.keyClick(row.line_edit, Qt.Key.Key_Return)
    assert row.value.text() == "某局2020年工作总结" and not window.info.title_options.isVisible()
    assert library_title(window) == "某局2020年工作总结"


def test_clicking_elsewhere_cancels_the_edit(qtbot, window):  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    row = window.info.rows["issuer"]
    qtbot.mouseDClick(row.value, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(row.line_edit.hasFocus)
    row.line_edit.clear()
    type_text(qtbot, row.line_edit, "别的机构")
    view = window.document_view()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton)
    view.setFocus()
    qtbot.waitUntil(lambda: not row.combo.isVisible())
    assert row.value.text() == "某局" and window.undo_stack.count() == 0


def test_the_options_are_read_off_the_gui_thread_and_fill_an_open_editor(qtbot, corpus_project, dialogs, monkeypatch):  # type: ignore[no-untyped-def]
    import threading

    from models import doc_fields

    threads = []
    real = doc_fields.document_options

    def recording(store, doc_id):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        return real(store, doc_id)

    monkeypatch.setattr(doc_fields, "document_options", recording)
    store = Store.open(corpus_project)
    other = store.documents.add(small_parsed(name="另一份.txt"))
    store.close()
    window = make_window(qtbot, corpus_project)
    doc_id = next(i for i in window.library.document_ids() if i != other.id)
    window.open_document(other.id)
    window.tasks.wait_idle()
    row = window.info.rows["title"]
    stored_title = window.store.documents.get(doc_id).title
    window.open_document(doc_id)  # the panel shows the stored values at once
    assert row.value.text() == stored_title
    issuer = window.info.rows["issuer"]
    qtbot.mouseDClick(issuer.value, Qt.MouseButton.LeftButton)  # before the options arrive: free text
    assert issuer.combo.isVisible() and issuer.combo.count() == 0
    assert issuer.line_edit.text() == (window.store.documents.get(doc_id).issuer or "")
    issuer.line_edit.clear()
    type_text(qtbot, issuer.line_edit, "某某")
    window.tasks.wait_idle()
    qtbot.waitUntil(lambda: issuer.combo.count() >= 1)  # the list fills in; the typed text stays
    assert issuer.combo.isVisible() and issuer.line_edit.text() == "某某"
    qtbot.keyClick(issuer.line_edit, Qt.Key.Key_Escape)
    qtbot.mouseDClick(row.value, Qt.MouseButton.LeftButton)
    assert row.combo.count() >= 2 and row.line_edit.text() == stored_title
    assert threads and not any(threads)  # never computed on the GUI thread
