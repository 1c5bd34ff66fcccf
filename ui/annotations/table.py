"""Annotation table: tag, text, section, note, value/unit; sortable, filter by tag, click to jump, Del deletes."""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.types import Annotation, Section, Tag, walk_sections
from ui.document_view.view import tint

ANN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
TAG_ROLE = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex


class AnnotationModel(QAbstractTableModel):
    COLUMNS = ("标签", "文字", "所在章节", "备注", "数值", "单位")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Annotation] = []
        self._tags: dict[int, Tag] = {}
        self._starts: list[int] = []
        self._titles: list[str] = []

    def set_content(self, annotations: list[Annotation], tags: list[Tag], sections: tuple[Section, ...]) -> None:
        self.beginResetModel()
        self._rows = sorted(annotations, key=lambda a: (a.start, a.end, a.id))
        self._tags = {t.id: t for t in tags}
        flat = list(walk_sections(sections))
        self._starts = [s.start for s in flat]
        self._titles = [f"{s.label}{s.title}" if s.title else s.label for s in flat]
        self.endResetModel()

    def set_tags(self, tags: list[Tag]) -> None:
        self._tags = {t.id: t for t in tags}
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))

    def apply(self, upserted: list[Annotation], removed: set[int]) -> None:
        """Incremental update: replace changed rows, drop removed ones, insert new ones."""
        by_id = {a.id: a for a in upserted}
        for row in range(len(self._rows) - 1, -1, -1):
            ann = self._rows[row]
            if ann.id in removed:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
            elif ann.id in by_id:
                self._rows[row] = by_id.pop(ann.id)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
        if by_id:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(by_id) - 1)
            self._rows.extend(by_id.values())
            self.endInsertRows()

    def annotation(self, row: int) -> Annotation:
        return self._rows[row]

    def row_of(self, annotation_id: int) -> int:
        return next((r for r, a in enumerate(self._rows) if a.id == annotation_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def _section(self, offset: int) -> str:
        k = bisect_right(self._starts, offset) - 1
        return self._titles[k] if k >= 0 else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        ann = self._rows[index.row()]
        col = index.column()
        tag = self._tags.get(ann.tag_id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
            attrs = ann.attributes or {}
            values: tuple[Any, ...] = (
                tag.name if tag else "?",
                ann.text,
                self._section(ann.start),
                ann.note,
                attrs.get("value", ""),
                attrs.get("unit", ""),
            )
            value = values[col]
            if role == SORT_ROLE:
                if col == 1 or col == 2:
                    return ann.start
                return value if col != 4 else _number(value)
            if role == Qt.ItemDataRole.DisplayRole and isinstance(value, str):
                return value.replace("\n", " ")
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.BackgroundRole and col == 0 and tag:
            return tint(tag.color, 110)
        if role == Qt.ItemDataRole.ForegroundRole and col == 0 and tag:
            return QColor(tag.color).darker(160)
        if role == ANN_ID_ROLE:
            return ann.id
        if role == TAG_ROLE:
            return ann.tag_id
        return None


def _number(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("-inf")


class _TagFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tag_ids: set[int] | None = None
        self.setSortRole(SORT_ROLE)

    def set_tag_ids(self, ids: set[int] | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            self.tag_ids = ids
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover
            self.tag_ids = ids
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        if self.tag_ids is None:
            return True
        return self.sourceModel().index(row, 0, parent).data(TAG_ROLE) in self.tag_ids


class AnnotationTable(QWidget):
    """``annotation_activated(id)`` on click; ``delete_requested(id)`` on Del."""

    annotation_activated = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AnnotationModel(self)
        self.proxy = _TagFilter(self)
        self.proxy.setSourceModel(self.model)
        self.tag_filter = QComboBox(self)
        self.tag_filter.setObjectName("tagFilter")
        self.count_label = QLabel(self)
        self.view = _Table(self)
        self.view.setObjectName("annotationTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((80, 320, 200, 200, 70)):
            self.view.setColumnWidth(col, width)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("按标签筛选：")))
        top.addWidget(self.tag_filter)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.tag_filter.currentIndexChanged.connect(self._on_tag_filter_changed)
        self.view.clicked.connect(self._on_view_clicked)
        self.view.delete_pressed.connect(self._on_view_delete_pressed)
        self._tags: list[Tag] = []
        self._child_ids: dict[int, set[int]] = {}

    def set_tags(self, tags: list[Tag]) -> None:
        self._tags = tags
        self._child_ids = {}
        for t in tags:
            self._child_ids.setdefault(t.id, set()).add(t.id)
            parent = t.parent_id
            while parent is not None:
                self._child_ids.setdefault(parent, set()).add(t.id)
                parent = next((p.parent_id for p in tags if p.id == parent), None)
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("全部标签"), 0)
        for t in tags:
            self.tag_filter.addItem(("　" if t.parent_id else "") + t.name, t.id)
        k = self.tag_filter.findData(current)
        self.tag_filter.setCurrentIndex(max(k, 0))
        self.tag_filter.blockSignals(False)
        self._on_tag_filter_changed()
        self.model.set_tags(tags)

    def set_content(self, annotations: list[Annotation], sections: tuple[Section, ...]) -> None:
        self.model.set_content(annotations, self._tags, sections)
        self._update_count()

    def apply(self, upserted: list[Annotation], removed: set[int]) -> None:
        self.model.apply(upserted, removed)
        self._update_count()

    def select_annotation(self, annotation_id: int) -> None:
        row = self.model.row_of(annotation_id)
        if row < 0:
            self.view.clearSelection()
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.view.blockSignals(True)
            self.view.selectRow(index.row())
            self.view.scrollTo(index)
            self.view.blockSignals(False)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("共 {0} 处标注").format(self.model.rowCount()))

    def _on_tag_filter_changed(self, _index: int = 0) -> None:
        tag_id = self.tag_filter.currentData()
        self.proxy.set_tag_ids(self._child_ids.get(tag_id, {tag_id}) if tag_id else None)

    def _on_view_clicked(self, index: QModelIndex) -> None:
        self.annotation_activated.emit(int(index.data(ANN_ID_ROLE)))

    def _on_view_delete_pressed(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.delete_requested.emit(int(index.data(ANN_ID_ROLE)))


class _Table(QTableView):
    delete_pressed = Signal()

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_pressed.emit()
            return
        super().keyPressEvent(e)
