"""Window actions over the whole project do bounded work on the GUI thread: the export dialog's preview reads only the
reports of the rows it shows (it read every report of the project, twice, on each click of a tag or a scope)."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from tests.ui.test_export_dialog import annotated, export_window, open_dialog  # noqa: F401  (fixtures)


def test_the_export_preview_reads_no_report_list_on_the_gui_thread(export_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    store = export_window.store
    read_all: list[bool] = []
    original = store.documents.all

    def recorded():  # type: ignore[no-untyped-def]
        read_all.append(threading.current_thread() is threading.main_thread())
        return original()

    dlg = open_dialog(export_window, qtbot)
    monkeypatch.setattr(store.documents, "all", recorded)
    rows_before = dlg.preview.rowCount()
    qtbot.mouseClick(dlg.include_suggested, Qt.MouseButton.LeftButton)  # as a clerk widens the choice
    qtbot.waitUntil(lambda: dlg.preview.rowCount() >= rows_before and "条" in dlg.summary.text())
    dlg.refresh_preview()
    assert dlg.preview.rowCount() > 0
    assert not any(read_all), "the preview read every report of the project on the GUI thread"
    # the rows still name their reports
    heads = [dlg.preview.horizontalHeaderItem(c).text() for c in range(dlg.preview.columnCount())]
    assert dlg.preview.item(0, heads.index("文档标题")).text()


def test_a_compare_pane_is_named_without_reading_every_report(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Each pane's title was named by reading all reports of the project, on every change of the pair."""
    from models import ops
    from tests.models.conftest import add_plain_text
    from ui.compare.chooser import pane_title, report_name, report_names

    store = ops.open_project(tmp_path / "p.reportmark")
    ids = [
        add_plain_text(store, "甲" * 20, "政府工作报告", issuer="甲县人民政府", date="2023-01-05"),
        add_plain_text(store, "乙" * 20, "政府工作报告", issuer="乙县人民政府", date="2023-01-06"),
        add_plain_text(store, "丙" * 20, "统计公报", issuer="丙县统计局"),
    ]
    names = report_names(store)

    def no_list():  # type: ignore[no-untyped-def]
        raise AssertionError("a pane's title read every report")

    monkeypatch.setattr(store.documents, "all", no_list)
    assert [pane_title(store, i) for i in ids] == [names[i] for i in ids]
    assert [report_name(store, i) for i in ids] == [names[i] for i in ids]  # the indicator tab's column names
    assert pane_title(store, ids[0]) == "政府工作报告（甲县人民政府）"
    store.close()
