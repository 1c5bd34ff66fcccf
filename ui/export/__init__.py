"""Export screen: File › 导出标注… (dialog) and File › 合并同事的项目… (a colleague's .reportmark or .qdpx, merged
in the background)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from models.errors import Cancelled
from models.merge_undo import MergeUndo, merge_undoably
from models.types import AnnotationStatus, Changes
from ui.commands import MergeProject
from ui.errors import present_error, user_text

if TYPE_CHECKING:
    from ui.export.dialog import ExportDialog
    from ui.main_window import MainWindow

translate = QCoreApplication.translate
# Ctrl+E already edits a note (ui/main_actions.py), so export takes Ctrl+Shift+E.
EXPORT_SHORTCUT = "Ctrl+Shift+E"


@dataclass(frozen=True)
class ExportScreen:
    """The export screen's actions in one main window."""

    export_action: QAction
    import_qdpx_action: QAction


def install(window: MainWindow) -> ExportScreen:
    """Add the export and REFI-QDA import actions to the File menu (before 退出)."""
    menu = window.menu("file")
    quit_action = window.actions_.quit
    export_action = QAction(translate("Export", "导出标注(&E)…"), window)
    export_action.setObjectName("exportAction")
    export_action.setShortcut(QKeySequence(EXPORT_SHORTCUT))
    export_action.triggered.connect(lambda: open_export_dialog(window))
    import_action = QAction(translate("Export", "合并同事的项目(&P)…"), window)
    import_action.setStatusTip(
        translate("Export", "把同事的项目文件（.reportmark）或 REFI-QDA 项目（.qdpx）合并进来：不重复，可以撤销")
    )
    import_action.setObjectName("importQdpxAction")
    import_action.triggered.connect(lambda: choose_and_import_qdpx(window))
    menu.insertAction(quit_action, export_action)
    menu.insertAction(quit_action, import_action)
    menu.insertSeparator(quit_action)
    return ExportScreen(export_action, import_action)


def open_export_dialog(window: MainWindow) -> ExportDialog:
    """Show the export dialog (window-modal, non-blocking) and return it."""
    from ui.export.dialog import ExportDialog

    existing = window.findChild(ExportDialog, "exportDialog")
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    dlg = ExportDialog(window)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.open()
    return dlg


def choose_and_import_qdpx(window: MainWindow) -> int:
    """Ask for a colleague's project (.reportmark or .qdpx) and merge it; returns the task id (0: cancelled)."""
    name, _ = QFileDialog.getOpenFileName(
        window,
        translate("Export", "合并同事的项目"),
        str(window.project_path.parent),
        translate(
            "Export",
            "同事的项目 (*.reportmark *.qdpx);;ReportMark 项目 (*.reportmark);;REFI-QDA 项目 (*.qdpx);;所有文件 (*)",
        ),
    )
    return start_qdpx_import(window, Path(name)) if name else 0


def _show_differing(window: MainWindow, path: Path, ids: list[int]) -> None:
    """A note that stays open until read: which tags the colleague's copy reads with other figures (the status bar
    is soon taken by the backup's message)."""
    lines = []
    for ann_id in ids[:8]:
        if not window.store.annotations.has(ann_id):
            continue
        ann = window.store.annotations.get(ann_id)
        said = next((x for x in reversed(ann.note.split("\n")) if x.startswith("合并时")), "")
        lines.append(f"“{ann.text[:30]}”：{said}")
    if len(ids) > len(lines):
        lines.append(translate("Export", "……共 {0}").format(translate("Export", "%n 处标注", "", len(ids))))
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("Export", "两人记的数值不同"),
        translate(
            "Export",
            "“{0}”中有 {1}与项目中的数值不同。项目中的数值未改，"
            "同事的数值已写入这些标注的备注（以“合并时”开头），请核对。",
        ).format(path.name, translate("Export", "%n 处标注", "", len(ids))),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("mergeDifferingNote")
    box.setInformativeText("\n".join(lines))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def start_qdpx_import(window: MainWindow, path: Path) -> int:
    """Import ``path`` off the GUI thread, then broadcast what changed so every view refreshes."""

    every = tuple(AnnotationStatus)
    scratch = window.project.scratch_dir()  # where the project before the merge is kept, for undo

    def run(store, progress, cancelled):  # type: ignore[no-untyped-def]
        from models.export.merge_project import merge_project  # heavy (lxml, parsing): not for the first paint

        here = {d.id for d in store.documents.all()}  # the reports already in the project before the merge
        annotations = store.annotations.count(statuses=every)
        differing: list[int] = []  # tags here whose figures the colleague read otherwise
        changes, undo = merge_undoably(
            store,
            scratch,
            path.name,
            lambda: merge_project(store, path, progress=progress, cancelled=cancelled, differing=differing),
        )
        return changes, here, store.annotations.count(statuses=every) - annotations, undo, differing

    def done(
        result: tuple[Changes, set[int], int, MergeUndo, list[int]],
    ) -> None:  # the runner has broadcast the changes
        changes, here, added, undo, differing = result
        matched = len(changes.documents & here)
        if undo.merged == undo.unmerged:  # the colleague had nothing this project lacks: no step for Ctrl+Z
            window.show_status(
                translate("Export", "已从“{0}”合并：{1}已在项目中，没有新内容，项目未改动。").format(
                    path.name, translate("Export", "%n 篇报告", "", matched)
                )
            )
            return
        window.project.undo_stack.push(MergeProject(window.project, undo))
        message = translate("Export", "已从“{0}”合并：{1}已在项目中，{2}；新增 {3}、{4}").format(
            path.name,  # one part per count: plurals agree
            translate("Export", "%n 篇报告", "", matched),
            translate("Export", "%n 篇新报告", "", len(changes.documents) - matched),
            translate("Export", "%n 处标注", "", added),
            translate("Export", "%n 个标签", "", len(changes.tags)),
        )
        touched = len(changes.annotations) - added
        if touched > 0:  # a colleague's twin of an annotation here accepted it or added to its note
            message += translate("Export", "，补充了 {0}").format(translate("Export", "%n 处已有标注", "", touched))
        message += translate("Export", "。可以撤销（Ctrl+Z 或 编辑 › 撤销）。")
        if differing:  # a conflict the clerk must see: said, and kept in view until the next message
            message += translate(
                "Export", "其中 {0}两人记的数值不同，同事的数值已写入备注（以“合并时”开头），请核对。"
            ).format(translate("Export", "%n 处标注", "", len(differing)))
            _show_differing(window, path, differing)
        window.show_status(message)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            window.show_status(user_text(exc))
        else:
            present_error(window, exc)

    window.show_status(translate("Export", "正在导入“{0}”……").format(path.name))
    task_id: int = window.tasks.run(
        run,
        owner=window,
        on_success=done,
        on_failure=failed,
        label=translate("Export", "正在合并同事的项目"),
        initiator="qdpx-import",
    )
    return task_id
