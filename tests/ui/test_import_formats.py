"""The files offices send, imported from the window: dropped .ofd/.doc, a scan read by OCR with progress and cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QPushButton

from models.ingest.read_doc import converter
from models.ingest.read_ocr import engine_available

ROOT = Path(__file__).resolve().parents[2]
OFD = ROOT / "tests" / "fixtures" / "formats" / "luqiao_2011_reply_redhead.ofd"
DOC = ROOT / "tests" / "corpus" / "reports" / "901_nanjing_2019_software_action_plan.doc"
SCAN = ROOT / "tests" / "corpus" / "reports" / "903_zhangjiagang_2020_fund_notice_scan_p1-2.pdf"


def _drop(widget, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    widget.dropEvent(event)


@pytest.mark.skipif(converter() is None, reason="LibreOffice not installed (.ci/setup installs it)")
def test_dropping_an_ofd_and_a_doc_imports_both_with_their_metadata(window, qtbot, dialogs):  # type: ignore[no-untyped-def]
    before = set(window.library.document_ids())
    with qtbot.waitSignal(window.tasks.all_tasks_finished, timeout=120000):
        _drop(window.library, [OFD, DOC])
    assert "已导入 2 个文件" in dialogs["summaries"][-1]
    added = [window.store.documents.get(i) for i in set(window.library.document_ids()) - before]
    numbers = sorted(d.doc_number or "" for d in added)
    assert numbers == ["宁政办发〔2019〕55号", "路卫发〔2011〕76号"]


@pytest.mark.skipif(not engine_available(), reason="rapidocr-onnxruntime not installed")
def test_a_scan_reports_ocr_pages_and_can_be_cancelled(window, qtbot, dialogs):  # type: ignore[no-untyped-def]
    labels: list[str] = []
    runner = window.tasks
    runner.progress_delay_ms = 0
    runner.task_progressed.connect(lambda _id, done, total, label: labels.append(label))
    before = len(window.store.documents.all())
    with qtbot.waitSignal(runner.all_tasks_finished, timeout=300000):
        task_id = window.import_paths([SCAN])
        dialog = runner._tasks[task_id].dialog
        qtbot.waitUntil(lambda: any("文字识别 0/2" in label for label in labels), timeout=60000)
        qtbot.waitUntil(dialog.isVisible)
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # cancel while page 1 is read
    assert len(window.store.documents.all()) == before  # stopped between pages, nothing half-imported
    # the clerk is told what became of the import (clerk day 12: a cancel said nothing)
    (summary,) = dialogs["summaries"]
    assert summary.startswith("已取消识别") and "已导入 0 个文件" in summary
    assert dialogs["errors"] == []
