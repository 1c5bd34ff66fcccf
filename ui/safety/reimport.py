"""Re-importing a corrected version of the current document, and the undoable "place an unplaced annotation"."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from models import importing, ops
from models.reanchor import ReanchorResult
from models.types import Annotation, AnnotationStatus, Changes
from ui.commands import DomainCommand
from ui.errors import present_error
from ui.project import Project

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate


def summary_text(result: ReanchorResult) -> str:
    """ "已迁移 57 处标注，其中 3 处为近似匹配；2 处无法定位，已列出。" (parts left out when zero)."""
    placed = len(result.placed)
    fuzzy = sum(1 for p in result.placed if p.how == "fuzzy")
    text = translate("safety", "已迁移 %n 处标注", "", placed)
    if fuzzy:
        text += translate("safety", "，其中 {0} 处为近似匹配").format(fuzzy)
    if result.unplaced:
        text += translate("safety", "；%n 处无法定位，已列出，请在文档中重新选定位置", "", len(result.unplaced))
    return text + translate("safety", "。")


def choose_file(parent: QWidget, start: str) -> Path | None:
    """Ask for the corrected file (tests replace this)."""
    file_filter = translate(
        "safety",
        "报告 (*.txt *.text *.docx *.doc *.wps *.html *.htm *.pdf *.ofd *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)",
    )
    name, _ = QFileDialog.getOpenFileName(parent, translate("safety", "选择修订后的文件"), start, file_filter)
    return Path(name) if name else None


def show_summary(parent: QWidget, text: str) -> None:
    """Tell the clerk what happened (non-blocking; tests replace this)."""
    box = QMessageBox(QMessageBox.Icon.Information, translate("safety", "重新导入完成"), text, parent=parent)
    box.setObjectName("reimportSummaryBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def reload_document(window: MainWindow, doc_id: int) -> None:
    """Show the document's new text (the view keeps the old text until it is loaded again)."""
    if window.current_document_id() != doc_id:
        return
    offset = window.document_view().reading_offset()
    window.annotator.close_document()
    if window.store.documents.has(doc_id):
        length = len(window.store.documents.display_text(doc_id))
        window.open_document(doc_id, min(offset, max(0, length - 1)))


class Reimporter:
    """File › 重新导入修订版…: runs ``importing.reimport_document`` on a worker, then refreshes and reports."""

    def __init__(self, window: MainWindow, on_unplaced: Any = None) -> None:
        self.window = window
        self.on_unplaced = on_unplaced  # called with the tuple of unplaced annotations
        self.last_result: ReanchorResult | None = None
        self._closing = False
        window.close_started.connect(self._on_window_close_started)

    def _on_window_close_started(self) -> None:
        self._closing = True  # a result delivered while the window shuts down is dropped

    def choose_and_reimport(self) -> int | None:
        doc_id = self.window.current_document_id()
        if not doc_id:
            self.window.show_status(translate("safety", "请先打开要替换的文档。"))
            return None
        path = choose_file(self.window, "")
        return self.reimport(doc_id, path) if path is not None else None

    def reimport(self, doc_id: int, path: Path) -> int:
        """Start the re-import of ``doc_id`` from ``path``; returns the task id."""

        def work(store: Any, progress: Any, cancelled: Any) -> tuple[ReanchorResult, Changes]:
            return importing.reimport_document(store, doc_id, path)

        def done(value: tuple[ReanchorResult, Changes]) -> None:
            self._on_done(doc_id, *value)

        self.window.show_status(translate("safety", "正在重新导入……"))
        task_id: int = self.window.tasks.run(
            work,
            owner=self.window,
            on_success=done,
            on_failure=self._on_failed,
            label=translate("safety", "正在重新导入修订版……"),
            initiator=self,
            cancellable=False,
        )
        return task_id

    def _on_done(self, doc_id: int, result: ReanchorResult, _changes: Changes) -> None:
        window = self.window  # the runner has broadcast the changes
        if self._closing or not window.store.documents.has(doc_id):
            return
        self.last_result = result
        window.undo_stack.clear()  # earlier steps refer to offsets in the old text
        reload_document(window, doc_id)
        text = summary_text(result)
        window.show_status(text)
        if result.unplaced and self.on_unplaced is not None:
            self.on_unplaced(result.unplaced)
        show_summary(window, text)

    def _on_failed(self, exc: BaseException) -> None:
        if not self._closing:
            present_error(self.window, exc)


class PlaceAnnotation(DomainCommand):
    """Put an unplaced annotation at a new span and accept it; undo restores it exactly (quote included)."""

    def __init__(self, project: Project, before: Annotation, start: int, end: int) -> None:
        super().__init__(project, translate("safety", "放到选中位置"))
        self.before, self.start, self.end = before, start, end

    def _do(self) -> Changes:
        return ops.update_annotation(
            self.project.store, self.before.id, start=self.start, end=self.end, status=AnnotationStatus.ACCEPTED
        )[1]

    def _undo(self) -> Changes:
        # update_annotation would re-read the quote from the new text at the old offsets; put the
        # row back as it was instead (delete + restore under the same id, one transaction)
        store = self.project.store
        with store.atomic():
            ops.delete_annotation(store, self.before.id)
            return ops.restore_annotation(store, self.before)
