"""Check-box pickers of the export dialog: the tag tree (children follow parents) and the document list."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTreeWidget, QTreeWidgetItem, QWidget

from models.labels import distinct_labels
from models.types import Document, Tag

ID_ROLE = Qt.ItemDataRole.UserRole


def swatch(color: str) -> QIcon:
    pix = QPixmap(12, 12)
    pix.fill(QColor(color))
    return QIcon(pix)


class TagChecklist(QTreeWidget):
    """Tags as a tree of check boxes; checking a parent checks all its children (tri-state)."""

    selection_changed = Signal()

    def __init__(self, tags: Iterable[Tag], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setObjectName("exportTagTree")
        items: dict[int, QTreeWidgetItem] = {}
        pending = list(tags)
        # parents come before children in list_tags order; loop until every child found its parent
        while pending:
            rest = []
            for tag in pending:
                waiting = tag.parent_id is not None and tag.parent_id not in items
                if waiting and any(t.id == tag.parent_id for t in pending):
                    rest.append(tag)
                    continue
                parent_item = items.get(tag.parent_id) if tag.parent_id is not None else None
                item = QTreeWidgetItem(parent_item if parent_item is not None else self, [tag.name])
                item.setIcon(0, swatch(tag.color))
                item.setData(0, ID_ROLE, tag.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
                item.setCheckState(0, Qt.CheckState.Checked)
                items[tag.id] = item
            if len(rest) == len(pending):
                break
            pending = rest
        self._items = items
        self.expandAll()
        self.itemChanged.connect(lambda *_: self.selection_changed.emit())

    def set_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for item in self._items.values():
            if item.parent() is None:
                item.setCheckState(0, state)

    def set_checked(self, tag_ids: Iterable[int]) -> None:
        """Check exactly ``tag_ids`` (and their children)."""
        self.set_all(False)
        for tag_id in tag_ids:
            item = self._items.get(tag_id)
            if item is not None:
                item.setCheckState(0, Qt.CheckState.Checked)

    def item_for(self, tag_id: int) -> QTreeWidgetItem | None:
        return self._items.get(tag_id)

    def checked_tag_ids(self) -> list[int] | None:
        """Checked tags (each stands for its subtree); None when every tag is checked."""
        if all(item.checkState(0) == Qt.CheckState.Checked for item in self._items.values()):
            return None
        out: list[int] = []
        for tag_id, item in self._items.items():
            parent = item.parent()
            if item.checkState(0) == Qt.CheckState.Checked and (
                parent is None or parent.checkState(0) != Qt.CheckState.Checked
            ):
                out.append(tag_id)
        return out


class DocumentChecklist(QListWidget):
    """Documents with check boxes."""

    selection_changed = Signal()

    def __init__(
        self, documents: Iterable[Document], checked: Iterable[int] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDocumentList")
        # one line each: measured once, not every row of a 2,000-report project on each layout of the dialog
        self.setUniformItemSizes(True)
        ticked = set(checked)
        documents = list(documents)
        labels = distinct_labels(documents)
        for doc in documents:
            item = QListWidgetItem(labels[doc.id], self)
            item.setData(ID_ROLE, doc.id)
            item.setToolTip(doc.source_name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if doc.id in ticked else Qt.CheckState.Unchecked)
        self.itemChanged.connect(lambda *_: self.selection_changed.emit())

    def checked_document_ids(self) -> list[int]:
        return [
            int(self.item(i).data(ID_ROLE))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, doc_ids: Iterable[int]) -> None:
        ids = set(doc_ids)
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in ids else Qt.CheckState.Unchecked)
