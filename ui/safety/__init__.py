"""Project safety screen: automatic backups, 备份与恢复, re-import of a corrected version, outside changes.

``install(window)`` is called once per main window (``ui.main_window`` builds its screens) and
returns the screen's parts.
``offer_restore`` (``ui.safety.damaged``) is for the places that open a project file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget

from ui.safety import twins
from ui.safety.backups import BackupScheduler, show_backups_dialog
from ui.safety.damaged import offer_restore
from ui.safety.in_use import RaiseListener
from ui.safety.reimport import Reimporter
from ui.safety.unplaced import UnplacedPanel
from ui.safety.watch import ExternalChangeWatcher

if TYPE_CHECKING:
    from ui.main_window import MainWindow

__all__ = ["SafetyScreen", "install", "offer_restore", "safety_of"]

translate = QCoreApplication.translate


@dataclass(frozen=True)
class SafetyScreen:
    """The safety screen's parts in one main window."""

    scheduler: BackupScheduler
    watcher: ExternalChangeWatcher
    reimporter: Reimporter
    panel: UnplacedPanel
    dock: QDockWidget
    reimport_action: QAction
    backups_action: QAction
    merge_twins_action: QAction
    raise_listener: RaiseListener
    show_dock: Callable[..., None]


def safety_of(window: MainWindow) -> SafetyScreen:
    """The safety parts of ``window``: scheduler, watcher, reimporter, panel, dock, actions."""
    return window.screens.safety


def install(window: MainWindow) -> SafetyScreen:
    """Start backups and the outside-change watcher; add the File menu entries and the unplaced dock."""
    scheduler = BackupScheduler(window)
    watcher = ExternalChangeWatcher(window)
    panel = UnplacedPanel(window)
    dock = window.add_dock(
        panel, translate("safety", "待重新定位的标注"), "unplacedDock", Qt.DockWidgetArea.BottomDockWidgetArea
    )
    table = window.findChild(QDockWidget, "annotationDock")
    if table is not None:
        window.tabifyDockWidget(table, dock)
        table.raise_()
    dock.hide()  # shown when a re-import leaves annotations to place

    def show_dock(_unplaced: object = None) -> None:
        dock.show()
        dock.raise_()

    reimporter = Reimporter(window, on_unplaced=show_dock)
    listener = RaiseListener(window.project_path, window)
    listener.raise_requested.connect(lambda: bring_forward(window))

    menu = window.menu("file")
    quit_action = window.actions_.quit
    reimport_action = QAction(translate("safety", "重新导入修订版(&V)…"), window)
    reimport_action.setObjectName("reimportAction")
    reimport_action.setStatusTip(translate("safety", "用修订后的文件替换当前文档，标注随原文迁移"))
    reimport_action.triggered.connect(reimporter.choose_and_reimport)
    backups_action = QAction(translate("safety", "备份与恢复(&B)…"), window)
    backups_action.setObjectName("backupsAction")
    backups_action.triggered.connect(lambda: show_backups_dialog(window))
    for action in (reimport_action, backups_action):
        menu.insertAction(quit_action, action)
    menu.insertSeparator(quit_action)

    return SafetyScreen(
        scheduler=scheduler,
        watcher=watcher,
        reimporter=reimporter,
        panel=panel,
        dock=dock,
        reimport_action=reimport_action,
        backups_action=backups_action,
        merge_twins_action=twins.install(window),
        raise_listener=listener,
        show_dock=show_dock,
    )


def bring_forward(window: MainWindow) -> None:
    """Show ``window`` in front: another window was asked to open its project."""
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
