"""Defects left over from the clerk's day of session 7, each driven as the clerk did."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from models import ops
from tests.ui.conftest import make_window
from tests.ui.test_annotating import press, select
from ui.main_window import MainWindow
from ui.safety import in_use, safety_of
from ui.safety import twins as twins_ui
from ui.safety.damaged import open_or_restore

ROOT = Path(__file__).resolve().parents[2]


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


# -- one window per project -----------------------------------------------------------------------------------------

RAISE_FROM_ANOTHER_PROCESS = (
    "import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]); "
    "from ui.safety.in_use import request_raise; print(request_raise(Path(sys.argv[1])))"
)


def test_opening_a_project_open_in_another_window_offers_that_window(qtbot, seed_project, dialogs, monkeypatch):  # type: ignore[no-untyped-def]
    first = make_window(qtbot, seed_project)
    asked: list[str] = []

    def click_switch(box):  # type: ignore[no-untyped-def]
        asked.append(box.text())
        return next(b for b in box.buttons() if b.text() == "切换到已打开的窗口")

    monkeypatch.setattr(in_use, "_ask", click_switch)
    listener = safety_of(first).raise_listener
    with qtbot.waitSignal(listener.raise_requested, timeout=5000), pytest.raises(in_use.ProjectAlreadyOpen):
        open_or_restore(None, seed_project, lambda: MainWindow(seed_project))
    assert "已在" in asked[0] and seed_project.name in asked[0]
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()] == [first]
    # once the first window closes, the project opens again without a question
    first.close()
    second = MainWindow(seed_project)
    qtbot.addWidget(second)
    assert len(asked) == 1
    second.close()


def test_another_process_brings_the_open_window_forward(qtbot, seed_project, dialogs):  # type: ignore[no-untyped-def]
    first = make_window(qtbot, seed_project)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    with qtbot.waitSignal(safety_of(first).raise_listener.raise_requested, timeout=10000):
        out = subprocess.run(
            [sys.executable, "-c", RAISE_FROM_ANOTHER_PROCESS, str(seed_project)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
            timeout=60,
        )
    assert out.stdout.strip() == "True"
