"""Defects found by QA in a clerk's full day on the merged app, each driven through the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from models import ops
from tests.ui.conftest import ROOT, make_window
from ui.review import controller_for

SEED_COUNTY = ROOT / "seeds" / "2020_县科经局_工作总结及2021年工作要点_繁体.txt"


@pytest.fixture
def county_review(qtbot, tmp_path: Path, dialogs):  # type: ignore[no-untyped-def]
    path = tmp_path / "county.reportmark"
    store = ops.open_project(path)
    outcomes, _ = ops.import_files(store, [SEED_COUNTY])
    assert outcomes[0].status == "imported", outcomes[0].message
    store.close()
    window = make_window(qtbot, path)
    controller = controller_for(window)
    action = window.findChild(QAction, "reviewGenerateAction")
    with qtbot.waitSignal(controller.generation_finished, timeout=30000):
        action.trigger()
    return window, controller, controller.panel


def test_accept_section_before_the_first_heading_accepts_only_the_opening(county_review, qtbot):
    """The first suggestion sits in the opening paragraph: 接受本节全部 must not accept the whole report."""
    window, controller, panel = county_review
    first_heading = min(s.start for s in window.document_view().sections())
    current = controller.queue.current()
    assert current.start < first_heading  # 《政府工作报告》 in the opening paragraph
    opening = [a.id for a in controller.queue.items if a.start < first_heading]
    later = [a.id for a in controller.queue.items if a.start >= first_heading]
    assert later
    assert panel.section_button.text() == f"接受本节全部（{len(opening)}）"
    qtbot.mouseClick(panel.section_button, Qt.MouseButton.LeftButton)
    store = window.store
    assert all(store.get_annotation(i).status == "accepted" for i in opening)
    assert all(store.get_annotation(i).status == "suggested" for i in later)
