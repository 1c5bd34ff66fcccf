"""The "project file is damaged" dialog: offer the latest good backup and restore it on request."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from models import ops
from models.errors import Cancelled, ProjectDamaged
from models.store.diskerrors import ProjectReadOnly
from models.store.window_lock import ProjectInUse
from ui.errors import present_error
from ui.safety.backups import format_time
from ui.safety.in_use import tell_in_use

translate = QCoreApplication.translate
T = TypeVar("T")


def restore_message(path: Path, backup: Path) -> str:
    """The plain-Chinese explanation shown before restoring ``backup`` over ``path``."""
    return translate(
        "safety",
        "项目文件“{0}”已损坏，无法打开。\n\n"
        "可以恢复 {1} 的备份（丢失此后的修改）。损坏的文件不会删除，会改名保留在同一文件夹中。",
    ).format(path.name, format_time(backup))


def offer_restore(parent: QWidget | None, exc: ProjectDamaged, path: Path) -> bool:
    """Ask whether to restore the latest good backup of a damaged project; True when it was restored.

    Returns False (showing nothing) when there is no backup to offer, so the caller shows ``exc``
    as usual; False too when the clerk cancels or the restore fails (that error is shown here).
    On True the caller opens ``path`` again.
    """
    backup = exc.backup
    if not isinstance(backup, Path) or not backup.exists():
        return False
    path = Path(path)
    box = QMessageBox(parent)
    box.setObjectName("damagedProjectBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("safety", "项目文件已损坏"))
    box.setText(restore_message(path, backup))
    restore = box.addButton(translate("safety", "恢复备份"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("safety", "取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    if _ask(box) is not restore:
        return False
    try:
        ops.restore_latest_backup(path)
    except Exception as exc2:
        present_error(parent, exc2)
        return False
    return True


def open_or_restore(parent: QWidget | None, path: Path, open_fn: Callable[..., T]) -> T:
    """Call ``open_fn``; if the project is damaged, offer its latest backup and, once restored, call it again;
    if it is in a read-only folder, offer to open it read-only (``open_fn(readonly=True)``).

    Raises:
        ProjectAlreadyOpen: another window has the project; the clerk was told (and may have switched to it).
        ProjectDamaged: damaged and there is no backup to offer (show it as usual).
        Cancelled: the clerk declined the backup or reading it read-only (a one-line message: it stays closed).
        ReportMarkError: any other reason ``open_fn`` failed.
    """
    try:
        return open_fn()
    except ProjectInUse as exc:
        raise tell_in_use(parent, exc) from exc
    except ProjectReadOnly as exc:
        from ui.safety.read_only import offer_read_only

        if not Path(path).is_file():
            raise
        if not offer_read_only(parent, Path(path)):
            raise Cancelled(translate("safety", "项目“{0}”是只读的，未打开。").format(Path(path).name)) from exc
        return open_fn(readonly=True)
    except ProjectDamaged as exc:
        if not isinstance(exc.backup, Path):
            raise
        if not offer_restore(parent, exc, path):
            raise Cancelled(translate("safety", "项目“{0}”已损坏，未打开。").format(Path(path).name)) from exc
    return open_fn()


def _ask(box: QMessageBox) -> QAbstractButton | None:
    """Run the box modally and return the button clicked (tests replace this)."""
    box.exec()
    return box.clickedButton()
