"""Clerk day 12: the .reportmark file alone is a complete project after 保存, an import, a pause, 另存副本…."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from models.store import Store
from tests.ui.conftest import SEED_SIMPLIFIED, SEED_TRADITIONAL, make_window, type_text


def _reports_in_file_alone(project: Path, tmp_path: Path, name: str) -> int:
    """How many reports a colleague sees in a copy of the .reportmark file alone (no -wal beside it)."""
    dest = tmp_path / "usb" / name
    dest.parent.mkdir(exist_ok=True)
    shutil.copyfile(project, dest)
    copy = Store.open(dest)
    try:
        return len(copy.documents.all())
    finally:
        copy.close()


def test_after_an_import_and_ctrl_s_the_file_alone_holds_the_work(qtbot, small_project, dialogs, tmp_path):
    window = make_window(qtbot, small_project)
    window.tasks.progress_delay_ms = 0
    with qtbot.waitSignal(window.tasks.all_tasks_finished, timeout=60000):
        window.import_paths([SEED_SIMPLIFIED, SEED_TRADITIONAL])
    assert dialogs["summaries"]
    assert _reports_in_file_alone(small_project, tmp_path, "after_import.reportmark") == 3

    # a memo typed in the 信息 panel, then Ctrl+S out of habit
    doc_id = window.current_document_id()
    window.activateWindow()
    window.info.memo.setFocus()
    qtbot.waitUntil(window.info.memo.hasFocus)
    type_text(qtbot, window.info.memo, "给同事看的备注")
    qtbot.keyClick(window.info.memo, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "可以复制" in window.statusBar().currentMessage()
    assert Path(f"{small_project}-wal").stat().st_size == 0
    copy_path = tmp_path / "usb" / "memo.reportmark"
    shutil.copyfile(small_project, copy_path)
    copy = Store.open(copy_path)
    assert copy.documents.get(doc_id).memo == "给同事看的备注"
    copy.close()


def test_a_pause_after_a_change_folds_the_log_into_the_file(qtbot, small_project, dialogs, tmp_path):
    window = make_window(qtbot, small_project)
    window.file_keeper.idle.setInterval(0)  # the pause, without waiting 20 s
    with qtbot.waitSignal(window.tasks.all_tasks_finished, timeout=60000):
        window.import_paths([SEED_SIMPLIFIED])
    # the import is a change; no Ctrl+S: a pause is enough
    wal = Path(f"{small_project}-wal")
    qtbot.waitUntil(lambda: wal.stat().st_size == 0, timeout=10000)
    assert _reports_in_file_alone(small_project, tmp_path, "paused.reportmark") == 2


def test_save_copy_writes_a_complete_project_for_a_colleague(qtbot, small_project, dialogs, tmp_path, monkeypatch):
    window = make_window(qtbot, small_project)
    with qtbot.waitSignal(window.tasks.all_tasks_finished, timeout=60000):
        window.import_paths([SEED_SIMPLIFIED])
    target = tmp_path / "usb" / "给同事"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_.save_copy.trigger()
    written = target.with_name("给同事.reportmark")
    assert written.exists() and not Path(f"{written}-wal").exists()
    copy = Store.open(written)
    assert len(copy.documents.all()) == 2
    copy.close()
    assert "给同事.reportmark" in window.statusBar().currentMessage()
    assert "2 份报告" in window.statusBar().currentMessage()
