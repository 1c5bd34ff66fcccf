"""Rotating project backups from the GUI: on open, every few minutes while there are changes, on close; the dialog."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import ops
from models.errors import ProjectDamaged
from models.store import backup as store_backup
from models.types import Changes
from ui.errors import present_error

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate
log = logging.getLogger("reportmark")

BACKUP_INTERVAL_MS = 10 * 60 * 1000  # tests patch this before the window is made
STATUS_MS = 3000


def backup_time(path: Path) -> datetime:
    """Local time a backup was taken, read from its name (``<stem>-[<seq>-]<UTC stamp>.reportmark``), else mtime."""
    stamp = path.stem.rsplit("-", 1)[-1]
    try:
        return datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC).astimezone()
    except ValueError:
        return datetime.fromtimestamp(path.stat().st_mtime).astimezone()


def format_time(path: Path) -> str:
    return backup_time(path).strftime("%Y-%m-%d %H:%M")


def format_size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def _backup(store: Any, progress: Any, cancelled: Any) -> Path | None:
    return ops.backup_project(store)


class BackupScheduler(QObject):
    """Backs the project up after the first paint, every ``BACKUP_INTERVAL_MS`` while changed, and on close."""

    backup_written = Signal(object)  # Path of the new backup

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("backupScheduler")
        self.window = window
        self.dirty = False
        self.skip_close_backup = False  # set while a backup is being restored over the project
        self._painted = False
        self._running = False
        self._again = False  # a backup was asked for while one ran: write it when that one ends
        self.timer = QTimer(self)
        self.timer.setInterval(BACKUP_INTERVAL_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start()
        window.changes_applied.connect(self._on_window_changes_applied)
        window.close_started.connect(self._on_window_close_started)
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        if obj is self.window and e.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self, self.start_backup)  # after the first frame; not if the window went
        return False

    def start_backup(self) -> None:
        """Write a backup on a worker (the worker opens its own connection)."""
        if self.window.store is None or self.window.project.readonly:  # nothing changes; nowhere to write
            return
        if self._running:
            self._again = True
            return
        self._running = True
        self.dirty = False
        self.window.tasks.run(
            _backup,
            owner=self,
            on_success=self._on_backup_succeeded,
            on_failure=self._on_backup_failed,
            label=translate("safety", "正在备份项目……"),
            cancellable=False,
            show_progress=False,
        )

    def _on_backup_succeeded(self, path: Path | None) -> None:
        self._running = False
        if path is not None:
            status = self.window.statusBar()
            if not status.currentMessage():  # a routine backup never replaces what the clerk is being told
                status.showMessage(translate("safety", "已备份项目"), STATUS_MS)
            self.backup_written.emit(path)
        self._run_again()

    def _run_again(self) -> None:
        if self._again:
            self._again = False
            self.start_backup()

    def _on_backup_failed(self, exc: BaseException) -> None:
        # a failed backup must not interrupt the clerk: say it in the status bar and log it
        self._running = False
        self._again = False  # the timer retries a failed backup later, never at once
        self.dirty = True
        log.warning("backup failed: %s", exc)
        if isinstance(exc, ProjectDamaged):  # the project itself is damaged: tell the clerk at once
            present_error(self.window, exc)
            return
        self.window.statusBar().showMessage(translate("safety", "备份项目失败，稍后会再试一次。"), 6000)

    def _on_timer_timeout(self) -> None:
        if self.dirty:
            self.start_backup()

    def _on_window_changes_applied(self, changes: Changes, _initiator: object) -> None:
        if changes:
            self.dirty = True

    def _on_window_close_started(self) -> None:
        self.timer.stop()
        if self.dirty and not self.skip_close_backup:
            try:  # quick and synchronous: the store closes right after this signal
                self.window.store.backup()
            except Exception as exc:
                log.warning("backup on close failed: %s", exc)
            self.dirty = False


class BackupsDialog(QDialog):
    """备份与恢复: the backups of this project (time, size), restore one, open the folder, back up now."""

    restore_requested = Signal(object)  # Path of the chosen backup, after the clerk confirmed

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(translate("safety", "备份与恢复"))
        self.window_ = window
        self.project_path = Path(window.project_path)
        intro = QLabel(
            translate(
                "safety",
                "项目打开时、编辑期间每隔 10 分钟以及关闭时会自动备份，保留最近 5 份。\n备份文件夹：{0}",
            ).format(store_backup.backup_dir(self.project_path))
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list = QTreeWidget(self)
        self.list.setObjectName("backupList")
        self.list.setHeaderLabels([translate("safety", "备份时间"), translate("safety", "大小")])
        self.list.setRootIsDecorated(False)
        self.list.setColumnWidth(0, 220)
        self.list.itemSelectionChanged.connect(self._on_list_item_selection_changed)
        self.list.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        buttons = QDialogButtonBox(self)
        self.restore_button = self._button(
            buttons, translate("safety", "恢复此备份…"), "restoreBackupButton", self.restore_selected
        )
        self.folder_button = self._button(
            buttons, translate("safety", "打开备份文件夹"), "openBackupFolderButton", self.open_folder
        )
        self.now_button = self._button(buttons, translate("safety", "立即备份"), "backupNowButton", self.backup_now)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(translate("safety", "关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(520, 340)
        self.refresh()

    def _button(self, box: QDialogButtonBox, text: str, name: str, slot: Any) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def backups(self) -> list[Path]:
        return store_backup.list_backups(self.project_path)

    def refresh(self) -> None:
        self.list.clear()
        for path in self.backups():
            try:
                size = format_size(path.stat().st_size)
            except OSError:
                continue
            item = QTreeWidgetItem([format_time(path), size])
            item.setData(0, Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(0, path.name)
            self.list.addTopLevelItem(item)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self._on_list_item_selection_changed()

    def _on_list_item_selection_changed(self) -> None:
        """Restore needs a chosen backup; the folder button needs the folder."""
        self.restore_button.setEnabled(self.selected_backup() is not None)
        self.folder_button.setEnabled(store_backup.backup_dir(self.project_path).is_dir())

    def selected_backup(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is None:
            return
        text = translate(
            "safety",
            "用 {0} 的备份替换当前项目吗？\n\n此后的修改会丢失；当前的项目文件会改名保留在原文件夹中。",
        ).format(format_time(backup))
        if confirm(self, text):
            self.restore_requested.emit(backup)
            self.accept()

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(store_backup.backup_dir(self.project_path))))

    def backup_now(self) -> None:
        try:
            self.window_.store.backup()
        except Exception as exc:
            present_error(self, exc)
            return
        self.window_.statusBar().showMessage(translate("safety", "已备份项目"), STATUS_MS)
        self.refresh()


def confirm(parent: QWidget, text: str) -> bool:
    """Ask a yes/no question with 恢复 / 取消 (tests replace this)."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("safety", "恢复备份"), text, parent=parent)
    ok = box.addButton(translate("safety", "恢复"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("safety", "取消"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is ok


def restore_into_new_window(window: MainWindow, backup: Path) -> MainWindow | None:
    """Close ``window``'s project, put ``backup`` in its place and open it in a new window (returned).

    The application must not quit when the old window closes before the new one exists.
    """
    path = Path(window.project_path)
    scheduler = window.findChild(BackupScheduler, "backupScheduler")
    if scheduler is not None:
        scheduler.skip_close_backup = True  # a backup on close could rotate the chosen one away
    app = QApplication.instance()
    quit_on_close = app.quitOnLastWindowClosed() if isinstance(app, QApplication) else True
    if isinstance(app, QApplication):
        app.setQuitOnLastWindowClosed(False)
    try:
        window.close()  # the store is closed now
        try:
            store_backup.restore_backup(backup, path)
        except Exception as exc:
            _put_back(path)
            present_error(None, exc)
        new = window.open_project_window(path)
        return new if new is not window else None
    finally:
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(quit_on_close)


def _put_back(path: Path) -> None:
    """After a failed restore, move the set-aside project file back so nothing is lost."""
    if path.exists():
        return
    kept = sorted(path.parent.glob(path.name + ".damaged-*"))
    if kept:
        kept[-1].replace(path)


def show_backups_dialog(window: MainWindow) -> BackupsDialog:
    """Open 备份与恢复 (window-modal, non-blocking); a confirmed restore reopens the project."""
    dlg = BackupsDialog(window)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.restore_requested.connect(lambda backup: QTimer.singleShot(0, lambda: restore_into_new_window(window, backup)))
    dlg.open()
    return dlg
