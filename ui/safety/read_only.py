"""A project in a read-only folder or share: the offer to open it read-only, and the window's read-only state.

Opened read-only, every editing action is disabled and says why (status bar, tooltip); the notice stays in the
status bar; reading, searching, exporting and comparing work (their workers open the project read-only too).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QWidget

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate

# the screens' actions that change the project (the window's own are named in MainActions)
SCREEN_EDITING = (
    "importQdpxAction",
    "reimportAction",
    "backupsAction",
    "reviewGenerateAction",
    "reviewGenerateAllAction",
    "reviewAcceptSectionAction",
    "mergeTwinsAction",
)


def reason() -> str:
    """Why nothing can be changed, in one line (status bar, tooltips, refused gestures)."""
    return translate("safety", "项目是以只读方式打开的（所在文件夹不可写），不能修改；可以阅读、搜索、导出和对比。")


class ReadOnlyBox(QMessageBox):
    """The question asked when a project cannot be opened for writing."""

    def __init__(self, parent: QWidget | None, path: Path) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyProjectBox")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(translate("safety", "项目是只读的"))
        self.setText(
            translate(
                "safety",
                "项目“{0}”或其所在文件夹是只读的，不能保存修改。\n\n"
                "可以用只读方式打开：能阅读、搜索、导出和对比，但不能标注或修改。",
            ).format(path.name)
        )
        self.button_read_only = self.addButton(translate("safety", "以只读方式打开"), QMessageBox.ButtonRole.AcceptRole)
        self.addButton(translate("safety", "取消"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.button_read_only)


def offer_read_only(parent: QWidget | None, path: Path) -> bool:
    """Ask whether to open ``path`` read-only; True when the clerk agrees (False: an absent file, or declined)."""
    if not Path(path).is_file():
        return False  # a new project in a read-only folder: nothing to read
    box = ReadOnlyBox(parent, Path(path))
    try:
        return _ask(box) is box.button_read_only
    finally:
        box.deleteLater()


def apply_read_only(window: MainWindow) -> None:
    """Disable every editing action of ``window`` (each saying why) and put the notice in its status bar."""
    acts = window.actions_
    editing: list[QAction] = [
        acts.import_files,
        acts.import_folder,
        acts.save,
        acts.undo,
        acts.redo,
        acts.undo_button,
        acts.redo_button,
        acts.choose_tag,
        acts.edit_note,
        acts.delete_annotation,
        acts.edit_report_info,
        acts.edit_tags,
    ]
    editing += [a for a in window.findChildren(QAction) if a.objectName() in SCREEN_EDITING]
    why = reason()
    for act in editing:
        act.setStatusTip(why)
        act.setToolTip(why)
        act.setEnabled(False)
        # the undo stack and the screens enable their actions as the state changes: read-only keeps them off
        act.changed.connect(lambda a=act: a.setEnabled(False) if a.isEnabled() else None)
    window.info.memo.setReadOnly(True)
    window.info.memo.setPlaceholderText(why)
    window.info.read_only = True  # its ✎ buttons stay off whichever report is shown
    for row in window.info.rows.values():
        row.button.setEnabled(False)
        row.button.setToolTip(why)
    window.tag_palette.edit_button.setEnabled(False)
    window.tag_palette.edit_button.setToolTip(why)
    if window.store is not None and window.store.reads_private_copy:
        # the last session's log could not be read in place (models/store/private_copy.py): say where from
        why += translate("safety", "上次会话未并入项目文件的修改也已显示（从临时副本读取，原文件不动）。")
    notice = QLabel(translate("safety", "只读：不能修改，可以导出和对比"), window.statusBar())
    notice.setObjectName("readOnlyNotice")
    notice.setToolTip(why)
    notice.setStyleSheet("QLabel { color: #a61e4d; font-weight: bold; padding: 0 6px; }")
    window.statusBar().addPermanentWidget(notice)
    window.show_status(why)


def _ask(box: ReadOnlyBox) -> QAbstractButton | None:
    """Run the box modally and return the button clicked (tests replace this)."""
    box.exec()
    return box.clickedButton()
