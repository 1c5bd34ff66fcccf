"""Driving the annotator like a clerk: select, press a key, undo/redo, notes, reopening, 𠮷."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from models import ops
from tests.ui.conftest import make_window
from ui.text_positions import py_to_qt


def select(view, start: int, end: int) -> None:
    """Select display span [start, end) with the text cursor, as a mouse drag would."""
    text = view.document_text.display_text
    cursor = view.textCursor()
    cursor.setPosition(py_to_qt(text, start))
    cursor.setPosition(py_to_qt(text, end), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def tag_by_key(window, key: str):
    return next(t for t in window.store.tags.all() if t.key == key)


def background_at(view, offset: int):
    """The highlight colour painted under display offset ``offset``."""
    text = view.document_text.display_text
    cursor = QTextCursor(view.document())
    cursor.setPosition(py_to_qt(text, offset) + 1)
    return cursor.charFormat().background().color().name()


def press(qtbot, widget, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifiers)


def test_select_press_1_undo_redo(window, qtbot):
    view = window.document_view()
    doc_id = window.current_document_id()
    text = view.document_text.display_text
    start = text.index("工业总产值")
    end = start + len("工业总产值")
    select(view, start, end)
    view.setFocus()
    press(qtbot, view, "1")

    rows = window.store.annotations.select(doc_id)
    assert [(a.start, a.end, a.text, a.tag_id) for a in rows] == [
        (start, end, "工业总产值", tag_by_key(window, "1").id)
    ]
    assert background_at(view, start) == tag_by_key(window, "1").color
    assert window.table.model.rowCount() == 1

    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    press(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.store.annotations.select(doc_id) == []
    assert window.table.model.rowCount() == 0
    assert background_at(view, start) != tag_by_key(window, "1").color

    press(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    restored = window.store.annotations.select(doc_id)
    assert [(a.id, a.start, a.end, a.text) for a in restored] == [(rows[0].id, start, end, "工业总产值")]
    assert background_at(view, start) == tag_by_key(window, "1").color


def test_whitespace_only_selection_is_refused_with_a_message(window, qtbot):
    view = window.document_view()
    text = view.document_text.display_text
    nl = text.index("\n")
    select(view, nl, nl + 1)
    press(qtbot, view, "1")
    assert window.store.annotations.select(window.current_document_id()) == []
    assert "空白" in window.statusBar().currentMessage()


def test_surrogate_pair_span_after_and_across(window, qtbot):
    view = window.document_view()
    text = view.document_text.display_text
    k = text.index("𠮷")
    # a span after 𠮷: offsets must be Python offsets, not UTF-16
    select(view, k + 1, k + 3)
    press(qtbot, view, "2")
    # a span that includes 𠮷 itself, selected from the middle of the surrogate pair (snapped outward)
    cursor = view.textCursor()
    cursor.setPosition(py_to_qt(text, k) + 1)
    cursor.setPosition(py_to_qt(text, k + 3), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    selected_qt = cursor.selectedText()
    press(qtbot, view, "1")
    anns = window.store.annotations.select(window.current_document_id())
    by_tag = {a.tag_id: a for a in anns}
    after = by_tag[tag_by_key(window, "2").id]
    assert after.text == "祥企" == text[after.start : after.end]
    across = by_tag[tag_by_key(window, "1").id]
    assert across.text == "𠮷祥企"
    assert selected_qt.endswith("祥企")


def tag_then_click_into(qtbot, window, phrase: str, key: str):  # type: ignore[no-untyped-def]
    """Tag the first ``phrase`` of the open report with ``key``, then click inside its highlight, as a clerk does;
    returns (the annotation, the phrase's display offset)."""
    view = window.document_view()
    text = view.document_text.display_text
    start = text.index(phrase)
    select(view, start, start + len(phrase))
    press(qtbot, view, key)
    ann = window.store.annotations.select(window.current_document_id())[0]
    cursor = view.textCursor()
    cursor.setPosition(py_to_qt(text, start + 2))
    view.setTextCursor(cursor)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect(cursor).center())
    return ann, start


def test_click_highlight_then_retag_changes_colour_and_note_persists(window, qtbot, monkeypatch):
    view = window.document_view()
    ann, start = tag_then_click_into(qtbot, window, "发展不平衡", "3")  # clicking the highlight selects it
    assert view.selected_annotation_id() == ann.id

    press(qtbot, view, "4")
    assert window.store.annotations.get(ann.id).tag_id == tag_by_key(window, "4").id
    assert background_at(view, start) == tag_by_key(window, "4").color

    import ui.document_view.note_dialog as nd

    monkeypatch.setattr(nd, "edit_note", lambda parent, quoted, note: "第一行\n第二行")
    press(qtbot, view, Qt.Key.Key_Return)
    assert window.store.annotations.get(ann.id).note == "第一行\n第二行"
    assert "第二行" in view.tooltip_at(start + 1)

    press(qtbot, view, Qt.Key.Key_Delete)
    assert not window.store.annotations.has(ann.id)


def test_reopening_the_project_shows_the_highlight(qtbot, small_project, dialogs):
    store = ops.open_project(small_project)
    doc = store.documents.all()[0]
    text = store.documents.display_text(doc.id)
    start = text.index("工业总产值")
    tag = next(t for t in store.tags.all() if t.key == "5")
    ops.create_annotation(store, doc.id, start, start + 5, tag.id)
    store.close()
    window = make_window(qtbot, small_project)
    view = window.document_view()
    assert [a.text for a in view.annotations()] == ["工业总产值"]
    assert background_at(view, start + 1) == tag.color
    assert window.table.model.rowCount() == 1


def test_table_click_jumps_and_del_deletes(window, qtbot):
    view = window.document_view()
    text = view.document_text.display_text
    start = text.index("补充说明", 300)
    select(view, start, start + 4)
    press(qtbot, view, "1")
    ann_id = window.store.annotations.select(window.current_document_id())[0].id
    view.select_annotation(0)
    table = window.table.view
    index = table.model().index(0, 1)
    table.setCurrentIndex(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    assert view.selected_annotation_id() == ann_id
    press(qtbot, table, Qt.Key.Key_Delete)
    assert not window.store.annotations.has(ann_id)


def test_overlapping_annotations_are_all_visible(window, qtbot):
    view = window.document_view()
    text = view.document_text.display_text
    start = text.index("全年工业总产值增长")
    select(view, start, start + 9)
    press(qtbot, view, "1")
    select(view, start + 2, start + 5)
    press(qtbot, view, "2")
    inner = QTextCursor(view.document())
    inner.setPosition(start + 3)
    fmt = inner.charFormat()
    assert fmt.background().color().name() == tag_by_key(window, "2").color
    assert fmt.underlineColor().name() == tag_by_key(window, "1").color
    assert len(view.annotations_at(start + 3)) == 2


def test_long_document_is_painted_in_chunks_and_edits_during_painting_win(qtbot, tmp_path, dialogs):
    from tests.ui.conftest import SMALL_TEXT, small_parsed
    from ui.document_view.painter import PAINT_CHUNK

    text = SMALL_TEXT + "增长率为百分之五。\n" * 3000  # ~40,000 characters: several paint chunks
    path = tmp_path / "long.reportmark"
    store = ops.open_project(path)
    doc = store.documents.add(small_parsed(text, name="long.txt"))
    tag = store.tags.all()[0]
    far = text.rindex("增长率")
    ann, _ = ops.create_annotation(store, doc.id, far, far + 3, tag.id)
    store.close()
    window = make_window(qtbot, path)  # waits until every chunk is painted
    view = window.document_view()
    assert len(text) > 2 * PAINT_CHUNK
    assert background_at(view, far) == tag.color
    # reopen and delete the far annotation before its chunk is painted: it must not reappear
    window.annotator.close_document()
    window.open_document(doc.id)
    assert not view.highlights_complete()
    window.annotator.delete_annotation(ann.id)
    qtbot.waitUntil(view.highlights_complete)
    assert background_at(view, far) != tag.color


def test_suggested_annotations_are_not_painted_as_highlights(window, qtbot):
    from models.types import Changes

    store = window.store
    doc_id = window.current_document_id()
    start = store.documents.display_text(doc_id).index("工业总产值")
    sug = store.annotations.add(doc_id, start, start + 5, store.tags.all()[0].id, status="suggested")
    window.project.emit_changes(Changes(annotations=frozenset({sug.id}), documents=frozenset({doc_id})), "review")
    assert window.document_view().annotations() == []
    assert window.table.model.rowCount() == 0
    store.annotations.update(sug.id, status="accepted")  # accepting it makes it a highlight
    window.project.emit_changes(Changes(annotations=frozenset({sug.id}), documents=frozenset({doc_id})), "review")
    assert [a.id for a in window.document_view().annotations()] == [sug.id]
    assert window.table.model.rowCount() == 1


def test_listeners_of_the_annotator_see_the_view_already_in_step(window, qtbot):
    """A listener connected before every other one still finds the new highlight in the view."""
    view = window.document_view()
    seen = []

    def on_updated(upserted, removed):
        seen.append([view.annotation(a.id) is not None for a in upserted])

    window.annotator.annotations_updated.connect(on_updated)
    text = view.document_text.display_text
    start = text.index("工业总产值")
    select(view, start, start + len("工业总产值"))
    view.setFocus()
    press(qtbot, view, "1")
    assert seen == [[True]]
    (row,) = window.store.annotations.select(window.current_document_id())
    assert [a.id for a in window.table.model._rows] == [row.id]  # the table follows the annotator
