"""The "待重新定位的标注" dock: annotations a re-import could not place, to put back by hand or delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from models.types import Annotation, AnnotationStatus, Changes
from ui import commands
from ui.safety.reimport import PlaceAnnotation

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate


class UnplacedPanel(QWidget):
    """Lists the current document's unplaced annotations (tag, quoted text, note)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("unplacedPanel")
        self.window_ = window
        self._annotations: list[Annotation] = []
        hint = QLabel(translate("safety", "修订版中找不到这些标注的原文。在文档中选中正确的文字，再点“放到选中位置”。"))
        hint.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setObjectName("unplacedList")
        headers = [translate("safety", "标签"), translate("safety", "原文"), translate("safety", "备注")]
        self.list.setHeaderLabels(headers)
        self.list.setRootIsDecorated(False)
        self.list.setColumnWidth(0, 90)
        self.list.setColumnWidth(1, 320)
        self.list.itemSelectionChanged.connect(self._on_list_item_selection_changed)
        self.place_button = QPushButton(translate("safety", "放到选中位置"), self)
        self.place_button.setObjectName("placeAnnotationButton")
        self.place_button.clicked.connect(self.place_selected)
        self.delete_button = QPushButton(translate("safety", "删除"), self)
        self.delete_button.setObjectName("deleteUnplacedButton")
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.place_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(hint)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        window.document_opened.connect(lambda _doc_id: self.refresh())
        window.changes_applied.connect(self._on_window_changes_applied)
        self.refresh()

    # content -------------------------------------------------------------
    def annotations(self) -> list[Annotation]:
        return list(self._annotations)

    def refresh(self) -> None:
        """Reload the list from the store for the current document, keeping the selection if possible."""
        keep = self.selected_id()
        doc_id = self.window_.current_document_id()
        store = self.window_.store
        self._annotations = (
            store.annotations.select(doc_id, statuses=(AnnotationStatus.UNPLACED,))
            if doc_id and store.documents.has(doc_id)
            else []
        )
        names = {t.id: t.name for t in store.tags.all()}
        self.list.clear()
        for ann in self._annotations:
            quote = ann.text if len(ann.text) <= 60 else ann.text[:60] + "…"
            item = QTreeWidgetItem([names.get(ann.tag_id, ""), quote, ann.note])
            item.setData(0, Qt.ItemDataRole.UserRole, ann.id)
            item.setToolTip(1, ann.text)
            self.list.addTopLevelItem(item)
            if ann.id == keep:
                self.list.setCurrentItem(item)
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)
        self._on_list_item_selection_changed()

    def selected_id(self) -> int:
        item = self.list.currentItem() if hasattr(self, "list") else None
        return int(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else 0

    def select(self, annotation_id: int) -> None:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == annotation_id:
                self.list.setCurrentItem(item)

    def _on_list_item_selection_changed(self) -> None:
        """Place and delete need a chosen annotation."""
        has = bool(self.selected_id())
        self.place_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _on_window_changes_applied(self, changes: Changes, _initiator: object) -> None:
        doc_id = self.window_.current_document_id()
        if changes.annotations or doc_id in changes.documents or changes.tags:
            self.refresh()

    # actions -------------------------------------------------------------
    def place_selected(self) -> None:
        """Move the selected annotation to the text selected in the document and accept it (undoable)."""
        ann = next((a for a in self._annotations if a.id == self.selected_id()), None)
        if ann is None:
            return
        span = self.window_.document_view().selected_span()
        if span is None:
            self.window_.show_status(translate("safety", "请先在文档中选中这处标注的正确文字。"))
            return
        text = self.window_.store.documents.display_text(ann.document_id)
        start, end = span
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            self.window_.show_status(translate("safety", "不能标注空白内容，请选中文字。"))
            return
        cmd = PlaceAnnotation(self.window_.project, ann, start, end)
        self.window_.undo_stack.push(cmd)
        if cmd.failed is None:
            self.window_.show_status(translate("safety", "已放到选中位置：{0}").format(text[start:end][:30]))

    def delete_selected(self) -> None:
        ann_id = self.selected_id()
        if ann_id and self.window_.store.annotations.has(ann_id):
            self.window_.undo_stack.push(commands.DeleteAnnotation(self.window_.project, ann_id))
