"""Review workflow through the window, as a clerk would: generate, accept, reject, undo, navigate."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

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
    return window.store.list_annotations(window.current_document_id(), statuses=("suggested",))


def test_generate_fills_the_panel_and_the_counter(review):
    window, controller, panel = review
    pending = suggested(window)
    assert len(pending) > 40
    assert panel.count() == len(pending) == controller.pending_count()
    assert panel.counter.text() == f"剩余 {len(pending)} 条待审"


def test_enter_accepts_backspace_rejects_ctrl_z_undoes(review, qtbot):
    window, controller, panel = review
    store = window.store
    panel.focus_list()
    first = controller.queue.current()
    before = controller.pending_count()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert store.get_annotation(first.id).status == "accepted"
    assert panel.counter.text() == f"剩余 {before - 1} 条待审"
    assert window.document_view().annotation(first.id) is not None  # now a normal highlight
    second = controller.queue.current()
    assert second.id != first.id
    qtbot.keyClick(panel.list, Qt.Key.Key_Backspace)
    assert store.get_annotation(second.id).status == "rejected"
    assert controller.pending_count() == before - 2
    qtbot.keyClick(panel.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.get_annotation(second.id).status == "suggested"
    qtbot.keyClick(panel.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.get_annotation(first.id).status == "suggested"
    assert window.document_view().annotation(first.id) is None
    assert controller.pending_count() == before
    assert controller.queue.current_id == first.id
