"""Review workflow through the window, as a clerk would: generate, accept, reject, undo, navigate."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QTextCharFormat

from tests.ui.conftest import make_window
from ui.review import controller_for


@pytest.fixture
def review(qtbot, seed_project, dialogs):  # type: ignore[no-untyped-def]
    window = make_window(qtbot, seed_project)
    controller = controller_for(window)
    action = window.findChild(QAction, "reviewGenerateAction")
    with qtbot.waitSignal(controller.generation_finished, timeout=30000):
        action.trigger()
    return window, controller, controller.panel


def suggested(window):  # type: ignore[no-untyped-def]
    return window.store.annotations.select(window.current_document_id(), statuses=("suggested",))


def test_generate_fills_the_panel_and_the_counter(review):
    window, controller, panel = review
    pending = suggested(window)
    assert len(pending) > 40
    assert panel.count() == len(pending) == controller.pending_count()
    assert panel.counter.text() == f"剩余 {len(pending)} 条待审"
    # suggestions are a layer of their own, not highlights or rows of the annotation table
    assert window.table.model.rowCount() == 0
    assert all(window.document_view().annotation(a.id) is None for a in pending)
    layers = window.document_view()._overlays
    assert "suggestions:current" in layers
    assert sum(len(spans) for name, (spans, _fmt) in layers.items() if name != "suggestions:current") == len(pending)
    indicator = window.store.tags.find("指标")
    _spans, fmt = layers[f"suggestions:{indicator.id}"]
    assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.DashUnderline
    assert fmt.underlineColor().name() == indicator.color
    assert list(layers)[-1] == "suggestions:current"  # drawn over the tag layers


def test_enter_accepts_backspace_rejects_ctrl_z_undoes(review, qtbot):
    window, controller, panel = review
    store = window.store
    panel.focus_list()
    first = controller.queue.current()
    before = controller.pending_count()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert store.annotations.get(first.id).status == "accepted"
    assert store.annotations.get(first.id).attributes == first.attributes  # value, unit … kept
    assert panel.counter.text() == f"剩余 {before - 1} 条待审"
    assert window.document_view().annotation(first.id) is not None  # now a normal highlight
    second = controller.queue.current()
    assert second.id != first.id
    qtbot.keyClick(panel.list, Qt.Key.Key_Backspace)
    assert store.annotations.get(second.id).status == "rejected"
    assert controller.pending_count() == before - 2
    qtbot.keyClick(panel.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.annotations.get(second.id).status == "suggested"
    qtbot.keyClick(panel.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.annotations.get(first.id).status == "suggested"
    assert window.document_view().annotation(first.id) is None
    assert controller.pending_count() == before
    assert controller.queue.current_id == first.id


def test_rejected_suggestion_is_not_brought_back_by_a_new_run(review, qtbot):
    window, controller, panel = review
    store = window.store
    panel.focus_list()
    target = controller.queue.current()
    qtbot.keyClick(panel.list, Qt.Key.Key_Backspace)
    assert store.annotations.get(target.id).status == "rejected"
    left = controller.pending_count()
    with qtbot.waitSignal(controller.generation_finished, timeout=30000):
        window.findChild(QAction, "reviewGenerateAction").trigger()
    assert store.annotations.get(target.id).status == "rejected"
    overlapping = [a for a in suggested(window) if a.start < target.end and target.start < a.end]
    again = [a for a in overlapping if a.tag_id == target.tag_id]
    assert again == []
    assert controller.pending_count() == left


def test_next_previous_keys_move_and_select_in_the_view(review, qtbot):
    window, controller, panel = review
    view = window.document_view()
    panel.focus_list()
    items = controller.queue.items
    assert controller.queue.current_id == items[0].id
    for key, expected in ((Qt.Key.Key_N, 1), (Qt.Key.Key_J, 2), (Qt.Key.Key_P, 1), (Qt.Key.Key_K, 0)):
        qtbot.keyClick(panel.list, key)
        assert controller.queue.current_id == items[expected].id
        assert panel.current_id() == items[expected].id
        assert view.selected_span() == (items[expected].start, items[expected].end)
    # Ctrl+Down / Ctrl+Up also work while the reader is in the document
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert controller.queue.current_id == items[1].id
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert controller.queue.current_id == items[0].id
    # P at the first item stays there
    qtbot.keyClick(panel.list, Qt.Key.Key_P)
    assert controller.queue.current_id == items[0].id


def test_clicking_a_row_makes_it_current(review, qtbot):
    window, controller, panel = review
    row = 5
    item = panel.list.topLevelItem(row)
    rect = panel.list.visualItemRect(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    chosen = controller.queue.items[row]
    assert controller.queue.current_id == chosen.id
    assert window.document_view().selected_span() == (chosen.start, chosen.end)


def test_accept_whole_section_is_one_undo_step(review, qtbot):
    window, controller, panel = review
    store = window.store
    section = panel.section_label.text()
    assert section.startswith("本节：")
    current = controller.queue.current()
    sections = window.document_view().sections()
    from ui.review.queue import current_section

    sec = current_section(sections, current)
    in_section = [a.id for a in controller.queue.items if sec.start <= a.start and a.end <= sec.end]
    assert len(in_section) > 1
    before = controller.pending_count()
    qtbot.mouseClick(panel.section_button, Qt.MouseButton.LeftButton)
    assert all(store.annotations.get(i).status == "accepted" for i in in_section)
    assert controller.pending_count() == before - len(in_section)
    assert panel.counter.text() == f"剩余 {before - len(in_section)} 条待审"
    window.undo_stack.undo()
    assert all(store.annotations.get(i).status == "suggested" for i in in_section)
    assert controller.pending_count() == before


def test_keywords_shown_in_the_document_info_panel(review, qtbot):
    window, _controller, panel = review
    from PySide6.QtWidgets import QDockWidget

    window.findChild(QDockWidget, "infoDock").raise_()  # the clerk brings the info tab to the front
    keywords = window.info.keywords
    qtbot.waitUntil(lambda: keywords.text() not in ("—", "正在提取……"), timeout=30000)
    words = keywords.text().split("、")
    assert len(words) >= 5 and "疫情防控" in words
    assert not hasattr(panel, "keywords")  # the review panel stays lean


def test_keywords_job_stops_when_cancelled(seed_project):
    """Closing the window must not wait for jieba: a cancelled keywords job returns at once."""
    from models.store import Store
    from ui.review.controller import _keywords_job

    store = Store.open(seed_project)
    try:
        doc_id = store.documents.all()[0].id
        checks = iter([False, True])  # cancelled right after the job's own first check
        assert _keywords_job(doc_id)(store, None, lambda: next(checks)) == (doc_id, None)
    finally:
        store.close()


def test_imported_report_gets_suggestions_in_the_background(qtbot, small_project, dialogs):
    from tests.ui.conftest import SEED_SIMPLIFIED

    window = make_window(qtbot, small_project)
    controller = controller_for(window)
    before = {d.id for d in window.store.documents.all()}
    with qtbot.waitSignal(controller.generation_finished, timeout=60000):
        window.import_paths([SEED_SIMPLIFIED])
    (new,) = {d.id for d in window.store.documents.all()} - before
    pending = window.store.annotations.select(new, statuses=("suggested",))
    assert len(pending) > 40
    # the layer is drawn once the document is shown, the annotation table keeps only accepted ones
    window.open_document(new)
    assert controller.pending_count() == len(pending)
    assert window.table.model.rowCount() == 0
    assert all(window.document_view().annotation(a.id) is None for a in pending)


def test_closing_while_generating_starts_nothing_new(qtbot, small_project, dialogs):
    from models import ops
    from tests.ui.conftest import SEED_SIMPLIFIED

    store = ops.open_project(small_project)
    ops.import_files(store, [SEED_SIMPLIFIED])
    store.close()
    window = make_window(qtbot, small_project)
    controller = controller_for(window)
    first, second = (d.id for d in window.store.documents.all())
    controller.generate([first, second])  # the second waits behind the first
    assert controller.is_generating() and controller._pending == [second]
    window.close()
    assert not controller.is_generating()
    assert window.tasks.is_idle()
    check = ops.open_project(small_project)
    try:
        assert check.annotations.select(second, statuses=("suggested",)) == []
    finally:
        check.close()


def test_deleting_the_shown_document_empties_the_panel(review, qtbot):
    from models import ops

    window, controller, panel = review
    doc_id = window.current_document_id()
    window.project.emit_changes(ops.delete_document(window.store, doc_id), None)
    assert controller.document_id == 0 and controller.pending_count() == 0
    assert panel.count() == 0 and panel.counter.text() == "未打开文档"


def point_at(view, offset):  # type: ignore[no-untyped-def]
    """The viewport point over the middle of the character at display ``offset`` (plain BMP text)."""
    cursor = view.textCursor()
    cursor.setPosition(offset)
    left = view.cursorRect(cursor)
    cursor.setPosition(offset + 1)
    right = view.cursorRect(cursor)
    x = (left.center().x() + right.center().x()) // 2 if right.y() == left.y() else left.center().x() + 3
    return QPoint(x, left.center().y())


def test_click_on_a_suggestion_in_the_text_then_enter_accepts_it(review, qtbot):
    window, controller, panel = review
    view = window.document_view()
    # a suggestion further down that no accepted annotation overlaps
    target = controller.queue.items[4]
    window.open_document(target.document_id, target.start)  # scrolled into view, nothing selected
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point_at(view, (target.start + target.end) // 2))
    assert controller.queue.current_id == target.id
    assert panel.current_id() == target.id
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.store.annotations.get(target.id).status == "accepted"
    # Enter elsewhere in the view (no suggestion clicked) does not accept anything
    left = controller.pending_count()
    text = window.store.documents.display_text(target.document_id)
    free = next(
        o
        for o in range(target.end, len(text))
        if not text[o].isspace() and all(not a.start <= o < a.end for a in controller.queue.items)
    )
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point_at(view, free))
    assert view.display_offset_at(point_at(view, free)) == free
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert controller.pending_count() == left


def test_generate_for_all_documents_shows_progress(qtbot, small_project, dialogs):
    from models import ops
    from tests.ui.conftest import SEED_SIMPLIFIED

    store = ops.open_project(small_project)
    ops.import_files(store, [SEED_SIMPLIFIED])
    store.close()
    window = make_window(qtbot, small_project)
    controller = controller_for(window)
    panel = controller.panel
    with qtbot.waitSignal(controller.generation_finished, timeout=60000):
        window.findChild(QAction, "reviewGenerateAllAction").trigger()
        assert panel.progress_row.isVisibleTo(panel)
        assert panel.progress.maximum() == 2 and panel.progress.format() == "正在生成建议 0/2"
    assert not panel.progress_row.isVisibleTo(panel)
    for doc in window.store.documents.all():
        assert window.store.annotations.select(doc.id, statuses=("suggested",)), doc.title
    # the shown (small) report: 8.5% growth and 12 new firms are proposed as indicators
    texts = [a.text for a in controller.queue.items]
    assert any("8.5%" in t for t in texts) and any("12家" in t for t in texts)


def test_accept_section_shortcut(review, qtbot):
    _window, controller, panel = review
    panel.focus_list()
    before = controller.pending_count()
    qtbot.keyClick(
        panel.list, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert controller.pending_count() < before - 1


def test_accept_section_is_one_domain_call_each_way(review, qtbot, monkeypatch):
    window, _controller, panel = review
    store = window.store
    from models import ops

    calls: list[dict[int, str]] = []
    real = ops.set_annotation_statuses

    def recording(store_, statuses, **options):  # type: ignore[no-untyped-def]
        calls.append(dict(statuses))
        return real(store_, statuses, **options)

    monkeypatch.setattr(ops, "set_annotation_statuses", recording)
    qtbot.mouseClick(panel.section_button, Qt.MouseButton.LeftButton)
    assert len(calls) == 1 and len(calls[0]) > 1
    ids = list(calls[0])
    assert all(store.annotations.get(i).status == "accepted" for i in ids)
    window.undo_stack.undo()
    assert len(calls) == 2 and calls[1] == dict.fromkeys(ids, "suggested")
    assert all(store.annotations.get(i).status == "suggested" for i in ids)
    window.undo_stack.redo()
    assert len(calls) == 3
    assert all(store.annotations.get(i).status == "accepted" for i in ids)


def test_clicking_generate_then_enter_accepts_instead_of_generating_again(qtbot, seed_project, dialogs):
    """A clerk clicks 生成建议, and when the suggestions are in presses Enter: the first one is accepted, the button
    is not pressed again (a focused push button takes Enter as a click)."""
    window = make_window(qtbot, seed_project)
    controller = controller_for(window)
    panel = controller.panel
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(controller.generation_finished, timeout=30000):
        qtbot.mouseClick(panel.generate_button, Qt.MouseButton.LeftButton)
    first = controller.queue.current()
    assert first is not None
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)
    assert window.store.annotations.get(first.id).status == "accepted"
    assert not controller.is_generating()
