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


def test_a_killed_import_of_counties_folders_offers_each_county_left_by_its_folder(
    qtbot, small_project, dialogs, tmp_path, monkeypatch
):  # type: ignore[no-untyped-def]
    """main.py import of 县/2023年工作总结.txt folders killed while writing the third report: reopened, the window
    listed nothing (every file of that name taken for imported). Now it names each one left with its folder, and
    the half-written report never shows."""
    from models import import_journal
    from tests.test_cli_import_killed16 import _report, _run_killed
    from ui.library import importer

    counties = ("甲县", "乙县", "丙县", "丁县")
    files = [_report(tmp_path / "reports" / c / "2023年工作总结.txt", c) for c in counties]
    _run_killed(tmp_path, small_project, files)
    asked: list[str] = []
    monkeypatch.setattr(importer, "ask_resume", lambda parent, text: asked.append(text) or True)
    window = make_window(qtbot, small_project)
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    assert "2 个文件" in asked[0]
    assert "丙县/2023年工作总结.txt" in asked[0] and "丁县/2023年工作总结.txt" in asked[0]
    assert "甲县" not in asked[0]
    qtbot.waitUntil(lambda: len(window.store.documents.all()) == 5, timeout=30000)
    qtbot.waitUntil(lambda: not import_journal.path_for(small_project).exists(), timeout=10000)
    titles = sorted(d.title for d in window.store.documents.all())
    assert titles == sorted(["某局2020年工作总结", *(f"{c}2023年工作总结" for c in counties)])


def test_the_annotation_query_shows_each_indicators_change(qtbot, small_project, dialogs):  # type: ignore[no-untyped-def]
    """Seen on the day: 标注查询 listed 地区生产总值完成53.6亿元,增长13% as 53.6 亿元 with no growth anywhere in the
    row (the annotation list and every export carry 增减); the clerk collecting growths had to open each report."""
    from PySide6.QtCore import Qt

    from models import ops

    store = ops.open_project(small_project)
    doc = store.documents.all()[0]
    text = store.documents.display_text(doc.id)
    quote = "全年工业总产值增长8.5%"
    start = text.index(quote)
    ops.create_annotation(store, doc.id, start, start + len(quote), store.tags.find("指标").id)
    store.close()
    window = make_window(qtbot, small_project)
    q = window.screens.search.query_panel
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(q.results_shown):
        qtbot.mouseClick(q.query_button, Qt.MouseButton.LeftButton)
    heads = [q.model.headerData(c, Qt.Orientation.Horizontal) for c in range(q.model.columnCount())]
    assert heads[4:7] == ["数值", "单位", "增减"]
    assert [q.proxy.index(0, c).data() for c in (4, 5, 6)] == ["8.5", "%", "+8.5%"]


def test_suggesting_for_every_report_says_when_it_is_done_and_what_it_found(qtbot, two_seeds, dialogs):  # type: ignore[no-untyped-def]
    """Seen on the day: 为全部文档生成建议 over 14 reports showed a progress bar that then vanished; nothing said it had
    finished, or whether anything new was waiting."""
    window = make_window(qtbot, two_seeds)
    controller = controller_for(window)
    with qtbot.waitSignal(controller.generation_finished, timeout=60000):
        window.findChild(QAction, "reviewGenerateAllAction").trigger()
    pending = sum(
        len(window.store.annotations.select(d, statuses=("suggested",))) for d in window.store.documents.ids()
    )
    assert pending > 0
    assert window.statusBar().currentMessage() == f"已为 2 份报告生成建议：新增 {pending} 条待审"
    with qtbot.waitSignal(controller.generation_finished, timeout=60000):  # again: nothing new
        window.findChild(QAction, "reviewGenerateAllAction").trigger()
    assert window.statusBar().currentMessage() == "已为 2 份报告生成建议：没有新的建议"


def test_a_find_with_no_result_leaves_nothing_selected_to_tag(qtbot, window):  # type: ignore[no-untyped-def]
    """Seen on the day: tagging by keyboard (Ctrl+F the figure, Esc, 1), a phrase typed with one character wrong said
    无结果, but the partial match typed so far (全社) stayed selected, and 1 tagged it: an indicator 「全社」."""
    from PySide6.QtCore import Qt

    from tests.ui.conftest import type_text

    view = window.document_view()
    doc_id = window.current_document_id()
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.screens.search.find_bar
    assert bar.isVisible() and bar.query.hasFocus()
    type_text(qtbot, bar.query, "工业总产值增长")
    span = view.selected_span()
    assert span is not None and view.document_text.display_text[span[0] : span[1]] == "工业总产值增长"
    qtbot.keyClicks(bar.query, "9")  # 增长8.5% in the report: no such text
    assert bar.counter.text() == "无结果"
    assert view.selected_span() is None
    qtbot.keyClick(bar.query, Qt.Key.Key_Escape)
    before = window.store.annotations.count(doc_id)
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert window.store.annotations.count(doc_id) == before
