"""Session 16, a clerk's day: defects a clerk would hit in the review panel, read-only projects and import."""

from __future__ import annotations

from PySide6.QtGui import QAction

from tests.ui.conftest import make_window
from ui.review import controller_for


def _review(qtbot, path):  # type: ignore[no-untyped-def]
    window = make_window(qtbot, path)
    controller = controller_for(window)
    with qtbot.waitSignal(controller.generation_finished, timeout=30000):
        window.findChild(QAction, "reviewGenerateAction").trigger()
    return window, controller, controller.panel


def test_a_change_stated_alone_is_shown_once_in_the_review_list(qtbot, small_project, dialogs):
    # 全年工业总产值增长8.5%: the gold convention stores value = change = 8.5 %; the row said "8.5%，+8.5%"
    _window, _controller, panel = _review(qtbot, small_project)
    rows = [panel.list.topLevelItem(i) for i in range(panel.list.topLevelItemCount())]
    growth = [r for r in rows if "增长8.5%" in r.text(1)]
    assert growth, [r.text(1) for r in rows]
    assert growth[0].text(2) == "+8.5%"
    tip = growth[0].toolTip(2)
    assert "变化：+8.5%" in tip and "数值" not in tip
