"""工具 › 合并重复标注: twin annotations (one span, one tag) of the project merged as one undoable step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from ui import commands

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate
STATUS_MS = 5000


def install(window: MainWindow) -> QAction:
    """Add 合并重复标注… to the Tools menu of ``window``."""
    action = QAction(translate("safety", "合并重复标注(&D)…"), window)
    action.setObjectName("mergeTwinsAction")
    action.setStatusTip(translate("safety", "同一段文字、同一标签标了两次的，合成一条，导出不再重复计数"))
    action.triggered.connect(lambda: merge_twins(window))
    window.menu("tools").addAction(action)
    return action


def _ask(box: QMessageBox) -> QAbstractButton | None:
    """Show ``box`` and return the button clicked (tests replace this)."""
    box.exec()
    return box.clickedButton()


def merge_twins(window: MainWindow) -> None:
    """Say how many twins the project holds; merge them when the clerk agrees."""
    count = window.store.annotations.count_twins()
    if not count:
        window.statusBar().showMessage(translate("safety", "项目中没有重复的标注。"), STATUS_MS)
        return
    text = translate(
        "safety",
        "有 %n 条标注与另一条的文字和标签完全相同（多是先手工标注、后又确认了同一处建议），导出时会重复计数。\n\n"
        "合并后每处只留一条：保留字段较全的那条，两条的备注合在一起。合并后可以撤销（Ctrl+Z）。",
        "",
        count,
    )
    box = QMessageBox(QMessageBox.Icon.Question, translate("safety", "合并重复标注"), text, parent=window)
    ok = box.addButton(translate("safety", "合并"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("safety", "取消"), QMessageBox.ButtonRole.RejectRole)
    if _ask(box) is not ok:
        return
    cmd = commands.MergeTwinAnnotations(window.project)
    window.undo_stack.push(cmd)
    if cmd.failed is None:
        window.statusBar().showMessage(translate("safety", "已合并 %n 条重复标注。", "", count), STATUS_MS)
