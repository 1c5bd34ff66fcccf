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
    assert all(store.annotations.get(i).status == "accepted" for i in opening)
    assert all(store.annotations.get(i).status == "suggested" for i in later)


def test_chart_legend_tells_apart_two_reports_with_the_same_title(qtbot, tmp_path: Path, dialogs):
    """Two 政府工作报告 of one district: the legend must say which colour is which year's file."""
    from PySide6.QtCharts import QAbstractBarSeries

    from tests.ui.conftest import small_parsed
    from ui.compare import compare_window, open_compare

    path = tmp_path / "same.reportmark"
    store = ops.open_project(path)
    left = store.documents.add(small_parsed(name="2012报告.txt")).id
    right = store.documents.add(small_parsed(name="2016报告.txt")).id
    tag = store.tags.find("指标")
    for doc in (left, right):
        start = store.documents.display_text(doc).index("企业新增12家")
        attrs = {"name": "新增企业", "value": 12, "unit": "家"}
        store.annotations.add(doc, start, start + len("企业新增12家"), tag.id, attributes=attrs)
    store.close()
    window = make_window(qtbot, path)
    cw = compare_window(window)
    qtbot.addWidget(cw)
    with qtbot.waitSignal(cw.comparison_shown, timeout=30000):
        open_compare(window, left, right, tab="side")
    cw.indicators.update_chart()
    series = [s for s in cw.indicators.chart.series() if isinstance(s, QAbstractBarSeries)]
    labels = [b.label() for s in series for b in s.barSets()]
    assert len(labels) == 2 and labels[0] != labels[1]
    assert "2012报告.txt" in labels[0] and "2016报告.txt" in labels[1]


def test_shortcut_list_names_undo_plainly_after_an_edit(window, qtbot):
    """After tagging, the undo action reads "撤销 添加标注"; the shortcut list must still say "撤销"."""
    from ui.help.shortcuts import ShortcutsDialog

    view = window.document_view()
    cursor = view.textCursor()
    cursor.setPosition(window.store.documents.display_text(window.current_document_id()).index("发展不平衡"))
    cursor.setPosition(cursor.position() + 5, cursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert window.undo_stack.count() == 1
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    names = {row[0] for row in dialog.rows()}
    assert "撤销" in names and "重做" in names
    assert not any(name.startswith("撤销 ") for name in names)


def test_reopening_shows_the_same_view_after_a_click_in_the_text(tmp_path: Path, qtbot, dialogs):
    """A click mid-view, then quit: the next start must not put that line at the top (the view crept
    down half a screen at every restart in the clerk's day)."""
    from PySide6.QtCore import QPoint

    from tests.ui.conftest import SEED_SIMPLIFIED
    from ui.main_window import MainWindow

    path = tmp_path / "reopen.reportmark"
    store = ops.open_project(path)
    ops.import_files(store, [SEED_SIMPLIFIED])
    store.close()
    first = make_window(qtbot, path)
    doc = first.current_document_id()
    view = first.document_view()
    first.open_document(doc, first.store.documents.display_text(doc).index("二、"))
    top_before = view.top_offset()
    middle = QPoint(view.viewport().width() // 2, view.viewport().height() * 3 // 4)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert view.reading_offset() - top_before > 100  # the cursor is well below the top line
    first.close()

    again = MainWindow(path)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    again.reopen_last_document()
    qtbot.waitUntil(lambda: again.document_view().top_offset() > 0)
    assert abs(again.document_view().top_offset() - top_before) < 80


def test_view_menu_lists_every_panel_before_restore_default_layout(window):
    """Panels added after the menus were built (建议审阅, 全文搜索 …) landed below 恢复默认布局."""
    from PySide6.QtWidgets import QDockWidget

    actions = window.menu("view").actions()
    reset = actions.index(window.actions_.reset_layout)
    toggles = [d.toggleViewAction() for d in window.findChildren(QDockWidget)]
    assert len(toggles) > 5
    assert all(actions.index(t) < reset for t in toggles)
    assert reset == len(actions) - 1
