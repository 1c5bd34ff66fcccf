"""Filling a QTreeWidget with the tag tree (shared by the palette and the editor)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from models.types import Tag
from ui.tags.matching import tag_matches

TAG_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def swatch(color: str, size: int = 14) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(color))
    p.setPen(QColor(color).darker(130))
    p.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    p.end()
    return QIcon(pix)


def fill_tag_tree(
    tree: QTreeWidget, tags: list[Tag], usage: dict[int, int] | None = None
) -> dict[int, QTreeWidgetItem]:
    """Rebuild ``tree`` from ``tags`` (children under parents, by position); returns items by tag id."""
    tree.clear()
    ordered = sorted(tags, key=lambda t: (t.position, t.id))
    ids = {t.id for t in ordered}
    children: dict[int | None, list[Tag]] = {}
    for t in ordered:
        children.setdefault(t.parent_id if t.parent_id in ids else None, []).append(t)
    items: dict[int, QTreeWidgetItem] = {}

    def add(tag: Tag, parent: QTreeWidgetItem | None) -> None:
        if tag.id in items:  # a parent cycle; never loop
            return
        item = QTreeWidgetItem(parent if parent is not None else tree)
        item.setText(0, tag.name)
        item.setIcon(0, swatch(tag.color))
        item.setData(0, TAG_ID_ROLE, tag.id)
        if tree.columnCount() > 1:
            item.setText(1, tag.key or "")
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
        if tree.columnCount() > 2 and usage is not None:
            item.setText(2, str(usage.get(tag.id, 0)))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setToolTip(0, tag.description or tag.name)
        items[tag.id] = item
        for child in children.get(tag.id, []):
            add(child, item)

    for tag in children.get(None, []):
        add(tag, None)
    tree.expandAll()
    return items


def filter_tag_tree(items: Iterable[QTreeWidgetItem], query: str) -> None:
    """Show the tags whose name or pinyin initials match ``query``, with their parents."""
    items = list(items)
    for item in items:
        item.setHidden(True)
    for item in items:
        if tag_matches(item.text(0), query):
            node: QTreeWidgetItem | None = item
            while node is not None:
                node.setHidden(False)
                node = node.parent()
