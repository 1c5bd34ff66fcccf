"""Outline tree: click a heading to jump; the section being read is highlighted."""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from models.types import Section
from ui.section_titles import heading

OFFSET_ROLE = Qt.ItemDataRole.UserRole


class OutlinePanel(QWidget):
    """Shows a section forest; ``section_activated(offset)`` when the clerk clicks a heading."""

    section_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setObjectName("outlineTree")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self.tree.itemClicked.connect(self._on_tree_item_clicked)
        self.tree.itemActivated.connect(self._on_tree_item_clicked)
        self._starts: list[int] = []
        self._items: list[QTreeWidgetItem] = []

    def set_sections(self, sections: tuple[Section, ...]) -> None:
        self.tree.clear()
        self._starts, self._items = [], []

        def add(parent: QTreeWidget | QTreeWidgetItem, sec: Section) -> None:
            title = heading(sec)
            item = QTreeWidgetItem(parent, [title])
            item.setData(0, OFFSET_ROLE, sec.start)
            item.setToolTip(0, title)
            self._starts.append(sec.start)
            self._items.append(item)
            for child in sec.children:
                add(item, child)

        for sec in sections:
            add(self.tree, sec)
        self.tree.expandToDepth(0)
        if not sections:
            placeholder = QTreeWidgetItem(self.tree, [self.tr("（未识别出标题）")])
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)

    def item_for_offset(self, offset: int) -> QTreeWidgetItem | None:
        """The innermost section starting at or before ``offset`` (sections are in document order)."""
        k = bisect_right(self._starts, offset) - 1
        return self._items[k] if k >= 0 else None

    def highlight_offset(self, offset: int) -> None:
        """Mark the section being read, without emitting ``section_activated``."""
        item = self.item_for_offset(offset)
        if item is None or item is self.tree.currentItem():
            return
        self.tree.blockSignals(True)
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)
        self.tree.blockSignals(False)

    def _on_tree_item_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        offset = item.data(0, OFFSET_ROLE)
        if offset is not None:
            self.section_activated.emit(int(offset))
