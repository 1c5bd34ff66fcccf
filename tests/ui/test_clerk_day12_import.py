"""Clerk day 12: Enter during an import does not cancel it; a cancelled import says what it imported."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from models import importing
from tests.ui.conftest import make_window


def _reports(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"报告{i}.txt").write_text(
            f"某局第{i}号工作总结\n一、主要指标\n全年完成产值{i + 10}亿元。\n" * 3, "utf-8"
        )
    return folder


def test_enter_does_not_cancel_and_a_cancelled_import_reports_what_it_kept(
    qtbot, small_project, dialogs, tmp_path, monkeypatch
):  # type: ignore[no-untyped-def]
    folder = _reports(tmp_path / "reports", 4)
    reached, release = threading.Event(), threading.Event()
    real = importing.import_file
    calls = []

    def gated(store, path, **kw):  # type: ignore[no-untyped-def]
        calls.append(path)
        if len(calls) == 2:  # the clerk acts while the second file is being read
            reached.set()
            release.wait(30)
        return real(store, path, **kw)

    monkeypatch.setattr(importing, "import_file", gated)
    window = make_window(qtbot, small_project)
    window.tasks.progress_delay_ms = 0
    before = len(window.store.documents.all())
    seen: list[str] = []
    window.statusBar().messageChanged.connect(seen.append)
    window.import_paths([folder])
    qtbot.waitUntil(reached.is_set, timeout=30000)
    dialog = window.findChild(QProgressDialog)
    qtbot.waitUntil(dialog.isVisible)

    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # out of habit, as after any question
    qtbot.keyClick(dialog, Qt.Key.Key_Enter)
    assert not dialog.wasCanceled()

    cancel = dialog.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert dialog.wasCanceled()
    with qtbot.waitSignal(window.tasks.all_tasks_finished, timeout=30000):
        release.set()

    assert len(window.store.documents.all()) == before + 2
    (summary,) = dialogs["summaries"]
    assert "导入已取消" in summary and "已导入 2 个文件" in summary
    assert "正在导入" not in window.statusBar().currentMessage()
    assert "导入已取消：已导入 2 个文件。" in seen
