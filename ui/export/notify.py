"""Messages around an export: confirm replacing a file, and "done" with a button to open the folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate


def confirm_overwrite(parent: QWidget, path: Path) -> bool:
    """Ask before replacing an existing file (tests replace this)."""
    answer = QMessageBox.question(
        parent,
        translate("ExportDialog", "导出标注"),
        translate("ExportDialog", "文件“{0}”已存在，要替换它吗？").format(path.name),
    )
    return answer == QMessageBox.StandardButton.Yes


def show_done(parent: QWidget, path: Path, count: int) -> None:
    """Tell the clerk where the file went, with a button that opens its folder (tests replace this)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("ExportDialog", "导出完成"))
    box.setText(translate("ExportDialog", "已导出 %n 条记录。", "", count))
    box.setInformativeText(str(path))
    folder = box.addButton(translate("ExportDialog", "打开所在文件夹"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if box.clickedButton() is folder:
        open_folder(path.parent)


def open_folder(folder: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
