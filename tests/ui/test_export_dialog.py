"""The export dialog as a clerk uses it: preview, XLSX/CSV export read back, cancel, and REFI-QDA import."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from models import ops
from models.errors import Cancelled
from models.export import export_annotations
from tests.ui.conftest import ROOT, make_window
from ui.export.dialog import ExportDialog
from ui.export.options import FORMAT_CHOICES, choice, default_file_name, with_suffix

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
TRICKY_NOTE = '逗号，"引号", 换行\n第二行'


def annotate_seeds(path: Path) -> dict[str, int]:
    """Both seeds with 5G基站 tagged under 指标 › 通信, a 政策 with a tricky note, a suggested 问题."""
    store = ops.open_project(path)
    outcomes, _ = ops.import_files(store, SEEDS)
    assert all(o.status == "imported" for o in outcomes)
    tags = {t.name: t for t in store.tags.all()}
    child = store.tags.add("通信", "#0b7285", parent_id=tags["指标"].id)
    counts = {"accepted": 0, "suggested": 0}
    for doc in store.documents.all():
        text = store.documents.display_text(doc.id)
        pos = text.find("5G基站")
        while pos != -1:
            attrs = {"name": "5G基站", "value": 100 + pos % 7, "unit": "个"}
            store.annotations.add(doc.id, pos, pos + 4, child.id, attributes=attrs)
            counts["accepted"] += 1
            pos = text.find("5G基站", pos + 1)
        pos = text.find("两化融合")
        if pos != -1:
            store.annotations.add(doc.id, pos, pos + 4, tags["政策"].id, note=TRICKY_NOTE)
            counts["accepted"] += 1
        pos = text.find("企业")
        store.annotations.add(doc.id, pos, pos + 2, tags["问题"].id, note="=HYPERLINK(x)", status="suggested")
        counts["suggested"] += 1
    store.close()
    return counts


@pytest.fixture
def annotated(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "annotated.reportmark"
    return path, annotate_seeds(path)


@pytest.fixture
def export_window(qtbot, annotated, dialogs):  # type: ignore[no-untyped-def]
    return make_window(qtbot, annotated[0])


@pytest.fixture
def done_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path, int]]:
    calls: list[tuple[Path, int]] = []
    monkeypatch.setattr("ui.export.dialog.show_done", lambda parent, path, n: calls.append((path, n)))
    return calls


def open_dialog(window, qtbot) -> ExportDialog:  # type: ignore[no-untyped-def]
    window.screens.export.export_action.trigger()
    # a dialog closed earlier may still await deletion; the open one is the visible one
    (dlg,) = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    qtbot.addWidget(dlg)
    return dlg


def click_label(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    """Click a radio button or check box where a person would: on its indicator/label, not mid-row."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def choose_format(dlg: ExportDialog, key: str) -> None:
    dlg.format.setCurrentIndex(dlg.format.findData(key))


def choose_path(dlg: ExportDialog, qtbot, monkeypatch, target: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dlg.browse, Qt.MouseButton.LeftButton)


def test_file_names_follow_the_format():
    xlsx, ledger = choice("xlsx"), choice("ledger")
    from datetime import date

    assert default_file_name(xlsx, date(2026, 11, 23)) == "标注导出_20261123.xlsx"
    assert with_suffix(Path("/x/标注导出_20261123.xlsx"), choice("csv")) == Path("/x/标注导出_20261123.csv")
    assert with_suffix(Path("/x/标注导出_20261123.xlsx"), ledger) == Path("/x/指标台账_20261123.xlsx")
    assert with_suffix(Path("/x/我的.xlsx"), choice("json")) == Path("/x/我的.json")
    assert {c.fmt for c in FORMAT_CHOICES} == {"csv", "xlsx", "json", "qdpx", "ledger"}


def test_preview_shows_the_first_rows_and_follows_the_tags(export_window, qtbot, annotated):
    counts = annotated[1]
    dlg = open_dialog(export_window, qtbot)
    assert dlg.preview.rowCount() == min(20, counts["accepted"])
    heads = [dlg.preview.horizontalHeaderItem(c).text() for c in range(dlg.preview.columnCount())]
    assert heads[:3] == ["文档标题", "发文机关", "日期"]
    assert f"共 {counts['accepted']} 条" in dlg.summary.text()
    tag_col = heads.index("标签")

    qtbot.mouseClick(dlg.tags_none, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "请至少选择" in dlg.summary.text())
    assert not dlg.export_button.isEnabled()

    # ticking 指标 ticks its child 通信 too; only indicator rows remain
    item = dlg.tags.item_for(export_window.store.tags.find("指标").id)
    item.setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: dlg.export_button.isEnabled())
    tags = {dlg.preview.item(r, tag_col).text() for r in range(dlg.preview.rowCount())}
    assert tags == {"指标 › 通信"}

    dlg.headers.setCurrentIndex(1)
    qtbot.waitUntil(lambda: dlg.preview.horizontalHeaderItem(0).text() == "Document title")


def test_export_xlsx_and_read_it_back(export_window, qtbot, monkeypatch, tmp_path, done_calls):
    store = export_window.store
    dlg = open_dialog(export_window, qtbot)
    assert Path(dlg.path.text()).name.startswith("标注导出_")
    choose_format(dlg, "xlsx")
    target = tmp_path / "out" / "导出.xlsx"
    choose_path(dlg, qtbot, monkeypatch, target)
    assert dlg.path.text() == str(target)
    with qtbot.waitSignal(dlg.file_exported, timeout=20000) as blocker:
        qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    expected = list(store.annotations.iterate())
    assert blocker.args == [str(target), len(expected)]
    assert done_calls == [(target, len(expected))]
    # issue 14.7: the dialog stays open, so a second format is one more export
    assert dlg.isVisible() and dlg.export_button.isEnabled() and dlg.close_button.text() == "关闭"
    choose_format(dlg, "csv")
    assert dlg.path.text() == str(target.with_suffix(".csv"))
    with qtbot.waitSignal(dlg.file_exported, timeout=20000):
        qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    assert target.with_suffix(".csv").exists() and dlg.isVisible()  # closed by the clerk (or qtbot) later

    book = openpyxl.load_workbook(target, read_only=True)
    rows = list(book["全部"].iter_rows(values_only=True))
    heads = list(rows[0])
    body = rows[1:]
    assert len(body) == len(expected)
    text, note, value = heads.index("原文"), heads.index("备注"), heads.index("数值")
    by_text = sorted((r[text], r[note] or "") for r in body)
    assert by_text == sorted((a.text, a.note) for a in expected)
    indicator_values = sorted(r[value] for r in body if r[heads.index("指标名称")] == "5G基站")
    assert indicator_values == sorted(a.attributes["value"] for a in expected if a.attributes)
    assert all(isinstance(v, int) for v in indicator_values)  # numbers stay numeric cells
    assert "指标" in book.sheetnames  # one sheet per top-level tag


def test_export_chosen_document_as_gb18030_csv_with_suggestions(export_window, qtbot, tmp_path, done_calls):
    store = export_window.store
    second = store.documents.all()[1]
    dlg = open_dialog(export_window, qtbot)
    click_label(qtbot, dlg.scope_chosen)
    assert dlg.documents.isEnabled()
    dlg.documents.set_checked([second.id])
    click_label(qtbot, dlg.include_suggested)
    choose_format(dlg, "csv-gb18030")
    assert dlg.path.text().endswith(".csv")
    target = tmp_path / "gb.csv"
    dlg.path.setText(str(target))
    with qtbot.waitSignal(dlg.file_exported, timeout=20000):
        qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    with target.open(encoding="gb18030", newline="") as fh:
        rows = list(csv.reader(fh))
    expected = list(store.annotations.iterate(second.id, statuses=("accepted", "suggested")))
    assert len(rows) - 1 == len(expected)
    assert {r[0] for r in rows[1:]} == {second.title}
    notes = {r[rows[0].index("备注")] for r in rows[1:]}
    assert "'=HYPERLINK(x)" in notes  # neutralised against formulas
    assert TRICKY_NOTE in notes or not any(a.note == TRICKY_NOTE for a in expected)


def test_cancel_stops_the_export_and_leaves_no_file(export_window, qtbot, monkeypatch, tmp_path):
    release = threading.Event()

    def slow_export(store, out_path, *, progress, cancelled, **kwargs):  # type: ignore[no-untyped-def]
        progress(1, 10, "")
        release.wait(20)
        if cancelled():
            raise Cancelled("导出已取消。")
        Path(out_path).write_text("x")
        return 1

    monkeypatch.setattr("ui.export.dialog.export_annotations", slow_export)
    dlg = open_dialog(export_window, qtbot)
    target = tmp_path / "never.xlsx"
    dlg.path.setText(str(target))
    qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.progress.maximum() == 10, timeout=10000)  # the worker's progress arrived
    assert dlg.is_running() and dlg.progress.isVisible() and dlg.close_button.text() == "取消"
    qtbot.mouseClick(dlg.close_button, Qt.MouseButton.LeftButton)
    assert dlg.isVisible()  # the first press cancels, it does not close
    with qtbot.waitSignal(export_window.tasks.all_tasks_finished, timeout=10000):
        release.set()
    assert "已取消" in dlg.status.text() and not target.exists()
    assert not dlg.is_running() and dlg.export_button.isEnabled()


def test_import_qdpx_brings_documents_tags_and_annotations(qtbot, annotated, tmp_path, monkeypatch, dialogs):
    src = ops.open_project(annotated[0])
    qdpx = tmp_path / "交换.qdpx"
    exported = export_annotations(src, qdpx, fmt="qdpx")
    src.close()
    empty = tmp_path / "empty.reportmark"
    ops.open_project(empty).close()
    window = make_window(qtbot, empty)
    assert window.library.document_ids() == []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(qdpx), ""))
    with qtbot.waitSignal(window.tasks.all_tasks_finished, timeout=20000):
        window.screens.export.import_qdpx_action.trigger()
    assert len(window.library.document_ids()) == 2  # the library refreshed from the broadcast
    assert window.store.tags.find("通信", window.store.tags.find("指标").id) is not None
    assert window.store.annotations.count() == exported
    assert not dialogs["errors"]
