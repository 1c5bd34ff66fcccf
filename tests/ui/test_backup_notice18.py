"""An automatic backup says so quietly: it never replaces what the status line is telling the clerk (the fresh-clone CI
of session 18 saw 已为 2 份报告生成建议：新增 249 条待审 replaced by 已备份项目 when the first-paint backup finished
just after the suggestions)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from tests.ui.conftest import make_window


def _scheduler(window):  # type: ignore[no-untyped-def]
    return window.findChild(QObject, "backupScheduler")


def test_an_automatic_backup_leaves_the_clerks_message_alone(qtbot, two_seeds):  # type: ignore[no-untyped-def]
    window = make_window(qtbot, two_seeds)
    scheduler = _scheduler(window)
    qtbot.waitUntil(lambda: not scheduler._running, timeout=30000)  # the first-paint backup, if any, is done
    window.statusBar().showMessage("已为 2 份报告生成建议：新增 249 条待审")
    with qtbot.waitSignal(scheduler.backup_written, timeout=30000):
        scheduler.start_backup()
    assert window.statusBar().currentMessage() == "已为 2 份报告生成建议：新增 249 条待审"


def test_an_automatic_backup_on_a_quiet_status_line_says_it_was_made(qtbot, two_seeds):  # type: ignore[no-untyped-def]
    window = make_window(qtbot, two_seeds)
    scheduler = _scheduler(window)
    qtbot.waitUntil(lambda: not scheduler._running, timeout=30000)
    window.statusBar().clearMessage()
    with qtbot.waitSignal(scheduler.backup_written, timeout=30000):
        scheduler.start_backup()
    assert window.statusBar().currentMessage() == "已备份项目"
