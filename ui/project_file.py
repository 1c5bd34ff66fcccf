"""The project file whole on its own: checkpoints at the moments a clerk expects it, and 文件 › 另存副本….

Every edit is committed at once into the project's write-ahead log; the ``.reportmark`` file alone holds it
only after a checkpoint. A clerk copies the file after 保存, after an import or merge, after a pause or after
closing the window: each of these folds the log in (``Store.checkpoint``, which never waits on a worker).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QFileDialog

from models.errors import ReportMarkError
from ui import settings

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate

IDLE_MS = 20_000  # a pause this long after the last change folds the log into the file


class FileKeeper(QObject):
    """Checkpoints the window's project after a pause in the changes and when the window closes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.idle = QTimer(self)
        self.idle.setObjectName("idleCheckpointTimer")
        self.idle.setSingleShot(True)
        self.idle.setInterval(IDLE_MS)
        self.idle.timeout.connect(self._on_idle)
        window.project.changes_applied.connect(self._on_changes)
        window.close_started.connect(self.idle.stop)

    def _on_changes(self, _changes: Any = None, _initiator: Any = None) -> None:
        self.idle.start()

    def _on_idle(self) -> None:
        if not self._window.tasks.is_idle() or not self.checkpoint():
            self.idle.start()  # a worker is writing or a reader holds the log: try again after the next pause

    def checkpoint(self) -> bool:
        """Fold the log into the project file; True when the file alone now holds every change."""
        return self._window.store.checkpoint().complete


def save(window: MainWindow, keeper: FileKeeper) -> None:
    """保存: the memo being typed, then the whole project into its file (so a copy of it is complete)."""
    window.info.flush_memo()
    if keeper.checkpoint():
        window.show_status(translate("MainWindow", "已保存（项目文件已包含全部修改，可以复制）"))
    else:
        keeper.idle.start()
        window.show_status(translate("MainWindow", "已保存（每项修改都会自动保存；要复制项目请用“文件 › 另存副本…”）"))


def save_copy(window: MainWindow) -> Path | None:
    """文件 › 另存副本…: a complete single-file copy of the project, for a colleague or a USB stick."""
    from ui.errors import present_error

    project = window.project_path
    suggested = str(Path(settings.last_folder(project.parent)) / f"{project.stem}-副本.reportmark")
    name, _ = QFileDialog.getSaveFileName(
        window,
        translate("MainWindow", "另存副本"),
        suggested,
        translate("MainWindow", "ReportMark 项目 (*.reportmark)"),
    )
    if not name:
        return None
    dest = Path(name)
    if dest.suffix.lower() != ".reportmark":
        dest = dest.with_name(dest.name + ".reportmark")
    window.info.flush_memo()
    try:
        written = window.store.save_copy(dest)
    except ReportMarkError as exc:
        present_error(window, exc)
        return None
    settings.remember_folder(str(written))
    count = len(window.store.documents.all())
    window.show_status(
        translate("MainWindow", "已另存副本“{0}”（{1} 份报告，完整的项目文件，可以复制或发送）").format(
            written.name, count
        )
    )
    return written
