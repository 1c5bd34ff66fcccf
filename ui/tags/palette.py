"""Tag palette: the tag tree with a filter box (names and pinyin initials); click a tag to apply it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLineEdit, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from models.types import Tag
from ui.tags.matching import tag_matches
from ui.tags.tree import TAG_ID_ROLE, fill_tag_tree, filter_tag_tree


class TagPalette(QWidget):
    """``tag_clicked(tag_id)`` when the clerk picks a tag; ``edit_requested`` for the schema editor."""

    tag_clicked = Signal(int)
    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("查找标签（可输入拼音首字母，如 zb）"))
        self.filter_edit.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("tagPalette")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("标签"), self.tr("快捷键")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep the text selection in the view
        self.edit_button = QPushButton(self.tr("编辑标签…"), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree)
        layout.addWidget(self.edit_button)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.filter_edit.returnPressed.connect(self._on_filter_return_pressed)
        self.tree.itemClicked.connect(self._on_tree_item_clicked)
        self.edit_button.clicked.connect(self.edit_requested)
        self._items: dict[int, QTreeWidgetItem] = {}

    def set_tags(self, tags: list[Tag]) -> None:
        self._items = fill_tag_tree(self.tree, tags)
        self.apply_filter(self.filter_edit.text())

    def apply_filter(self, query: str) -> None:
        """Show tags whose name or pinyin matches ``query`` (and their parents)."""
        filter_tag_tree(self._items.values(), query)
        self.tree.expandAll()

    def visible_tag_ids(self) -> list[int]:
        return [tid for tid, item in self._items.items() if not item.isHidden()]

    def _on_filter_return_pressed(self) -> None:
        matches = [
            tid
            for tid, item in self._items.items()
            if not item.isHidden() and tag_matches(item.text(0), self.filter_edit.text())
        ]
        if len(matches) == 1:
            self.tag_clicked.emit(matches[0])

    def _on_tree_item_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        tag_id = item.data(0, TAG_ID_ROLE)
        if tag_id is not None:
            self.tag_clicked.emit(int(tag_id))
