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


def test_a_read_only_project_with_a_last_sessions_log_shows_that_work_and_says_where_from(
    qtbot, window, tmp_path, dialogs, monkeypatch
):  # type: ignore[no-untyped-def]
    """Seen: opened read-only, the window showed the project without the tag the last (killed) session saved."""
    from pathlib import Path

    from PySide6.QtWidgets import QLabel

    from tests.models.test_store_read_only16 import leave_an_unfolded_log, make_read_only, read_only_folder
    from ui.safety import read_only

    monkeypatch.setattr(read_only, "_ask", lambda box: box.button_read_only)
    with read_only_folder(tmp_path) as folder:
        project = folder / "共享.reportmark"
        leave_an_unfolded_log(project)
        Path(f"{project}-shm").unlink()  # the index did not come along (a copy to the share)
        make_read_only(folder)
        ro = window.open_project_window(project)
        qtbot.addWidget(ro)
        assert ro is not window and ro.project.readonly
        doc_id = ro.library.document_ids()[0]
        ro.open_document(doc_id)
        qtbot.waitUntil(ro.document_view().highlights_complete)
        assert ro.store.annotations.count(doc_id) == 1
        assert ro.info.memo.toPlainText() == "上次会话的备注"
        notice = ro.statusBar().findChild(QLabel, "readOnlyNotice")
        assert "临时副本" in notice.toolTip()
        assert "临时副本" in ro.statusBar().currentMessage()
        assert dialogs["errors"] == []
        ro.close()
