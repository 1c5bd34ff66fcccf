"""Clerk day 12, the small ones: note cursor, Enter in 名称, the title bar, status after Del, 接受本节全部."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import type_text
from tests.ui.test_annotating import press, tag_then_click_into
from tests.ui.test_clerk_day10 import _focus
from tests.ui.test_review_fields import _goto_indicator
from tests.ui.test_review_window import review  # noqa: F401 (fixture)


def test_editing_a_note_puts_the_cursor_after_the_old_note(qtbot):  # type: ignore[no-untyped-def]
    from ui.document_view.note_dialog import NoteDialog

    dlg = NoteDialog(None, "全年工业总产值增长8.5%", "已核对")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.editor.setFocus()
    type_text(qtbot, dlg.editor, "，与统计局一致")
    assert dlg.note() == "已核对，与统计局一致"


def test_enter_in_the_name_field_accepts_the_corrected_suggestion(review, qtbot):  # type: ignore[no-untyped-def]  # noqa: F811
    window, controller, panel = review
    ann = _goto_indicator(controller, panel, qtbot, window)
    name = panel.fields.edits["name"]
    qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
    name.selectAll()
    type_text(qtbot, name, "改正的名称")
    qtbot.keyClick(name, Qt.Key.Key_Return)  # as the 接受 button
    qtbot.waitUntil(lambda: window.store.annotations.get(ann.id).status == "accepted")
    stored = window.store.annotations.get(ann.id)
    assert stored.status == "accepted" and stored.attributes["name"] == "改正的名称"
    assert controller.queue.current_id != ann.id  # on to the next suggestion
    window.undo_stack.undo()  # the accept
    assert window.store.annotations.get(ann.id).status == "suggested"
    assert window.store.annotations.get(ann.id).attributes["name"] == "改正的名称"


def test_the_title_bar_follows_a_corrected_title(qtbot, window):  # type: ignore[no-untyped-def]
    # corrected where it is shown: the 文档信息 panel's 标题 row
    window.info.edit_field("title")
    row = window.info.rows["title"]
    _focus(qtbot, window, row.line_edit)
    row.line_edit.selectAll()
    type_text(qtbot, row.line_edit, "某县经信局2020年工作总结")
    qtbot.keyClick(row.line_edit, Qt.Key.Key_Return)
    assert window.store.documents.get(window.current_document_id()).title == "某县经信局2020年工作总结"
    assert window.windowTitle().startswith("某县经信局2020年工作总结 — ")
    window.undo_stack.undo()
    assert not window.windowTitle().startswith("某县经信局2020年工作总结")


def test_after_del_the_status_bar_no_longer_describes_the_deleted_annotation(qtbot, window):  # type: ignore[no-untyped-def]
    view = window.document_view()
    ann, _start = tag_then_click_into(qtbot, window, "发展不平衡", "3")
    assert view.selected_annotation_id() == ann.id
    assert "Del 删除" in window.statusBar().currentMessage()
    press(qtbot, view, Qt.Key.Key_Delete)
    assert not window.store.annotations.has(ann.id)
    status = window.statusBar().currentMessage()
    assert "Del 删除" not in status and "已删除" in status and "发展不平衡" in status and "Ctrl+Z" in status


def test_accept_section_says_how_many_it_accepted_and_how_to_undo(review, qtbot):  # type: ignore[no-untyped-def]  # noqa: F811
    window, _controller, panel = review
    before = len(window.store.annotations.select(window.current_document_id(), statuses=("suggested",)))
    panel.focus_list()
    qtbot.mouseClick(panel.section_button, Qt.MouseButton.LeftButton)
    after = len(window.store.annotations.select(window.current_document_id(), statuses=("suggested",)))
    accepted = before - after
    assert accepted > 0
    status = window.statusBar().currentMessage()
    assert f"已接受本节 {accepted} 条建议" in status and "Ctrl+Z" in status
