"""Defects left over from the clerk's day of session 7, each driven as the clerk did."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction

from models import ops
from tests.ui.conftest import make_window
from tests.ui.test_annotating import press, select
from ui.review import controller_for
from ui.safety import twins as twins_ui


@pytest.fixture
def reviewing(qtbot, seed_project, dialogs):  # type: ignore[no-untyped-def]
    window = make_window(qtbot, seed_project)
    controller = controller_for(window)
    with qtbot.waitSignal(controller.generation_finished, timeout=30000):
        window.findChild(QAction, "reviewGenerateAction").trigger()
    return window, controller


def _status(window, ann_id: int) -> str:  # type: ignore[no-untyped-def]
    return str(window.store.annotations.get(ann_id).status)


def _hand_tags(window, start: int, end: int) -> list[str]:  # type: ignore[no-untyped-def]
    anns = window.store.annotations.select(window.current_document_id(), statuses=None)
    return [str(a.status) for a in anns if (a.start, a.end) == (start, end)]


def test_a_hand_tag_on_part_of_a_pending_suggestion_replaces_it_in_one_undo_step(reviewing, qtbot):  # type: ignore[no-untyped-def]
    window, controller = reviewing
    indicator = window.store.tags.find("指标")
    pending = window.store.annotations.select(window.current_document_id(), statuses=("suggested",))
    sug = next(a for a in pending if a.tag_id == indicator.id and a.end - a.start >= 6)
    before, steps = controller.pending_count(), window.undo_stack.count()
    start, end = sug.start, sug.end - 1  # the clerk leaves out the last character
    view = window.document_view()
    select(view, start, end)
    view.setFocus()
    press(qtbot, view, "1")
    # the clerk's narrower tag took the suggestion's place: it is no longer pending, and exports count one figure
    assert _hand_tags(window, start, end) == ["accepted"]
    assert _status(window, sug.id) == "rejected"
    assert controller.pending_count() == before - 1
    assert window.undo_stack.count() == steps + 1
    window.undo_stack.undo()
    assert _hand_tags(window, start, end) == []
    assert _status(window, sug.id) == "suggested"
    assert controller.pending_count() == before
    window.undo_stack.redo()
    assert _hand_tags(window, start, end) == ["accepted"]
    assert _status(window, sug.id) == "rejected"
    assert controller.pending_count() == before - 1


# -- twins from before the hand-tag fix -----------------------------------------------------------------------------


@pytest.fixture
def twins_project(seed_project):  # type: ignore[no-untyped-def]
    """A project tagged before the fix: a hand tag and an accepted suggestion on one figure."""
    store = ops.open_project(seed_project)
    doc = store.documents.all()[0].id
    text = store.documents.display_text(doc)
    quote = "完成固定资产投资530亿元"
    start = text.index(quote)
    tag = store.tags.find("指标").id
    hand = store.annotations.add(doc, start, start + len(quote), tag, note="手工标注")
    sug = store.annotations.add(
        doc, start, start + len(quote), tag, attributes={"name": "固定资产投资", "value": 530, "unit": "亿元"}
    )
    store.close()
    return seed_project, hand.id, sug.id


def test_tools_menu_merges_twin_annotations_as_one_undo_step(qtbot, twins_project, dialogs, monkeypatch):  # type: ignore[no-untyped-def]
    path, hand, sug = twins_project
    window = make_window(qtbot, path)
    asked: list[str] = []

    def click_merge(box):  # type: ignore[no-untyped-def]
        asked.append(box.text())
        return next(b for b in box.buttons() if b.text() == "合并")

    monkeypatch.setattr(twins_ui, "_ask", click_merge)
    menu = window.menu("tools")
    action = next(a for a in menu.actions() if a.objectName() == "mergeTwinsAction")
    action.trigger()
    assert "1 条" in asked[0]
    assert not window.store.annotations.has(hand)
    kept = window.store.annotations.get(sug)
    assert kept.note == "手工标注" and kept.attributes["value"] == 530
    window.undo_stack.undo()
    assert window.store.annotations.get(hand).note == "手工标注"
    assert window.store.annotations.get(sug).note == ""
    window.undo_stack.redo()
    assert not window.store.annotations.has(hand)
    # nothing left to merge: the clerk is told so, and nothing is asked
    action.trigger()
    assert len(asked) == 1
