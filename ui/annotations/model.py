"""The annotation table's model: one row an annotation, its columns, sorting keys and the editable cells."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from models.compare.format import format_change
from models.suggest.numbers import parse_number
from models.types import Annotation, Section, Tag, section_path, walk_sections
from ui.document_view.formats import tint
from ui.section_titles import heading

ANN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
TAG_ROLE = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex
# cells edited in place (the note has its own multi-line dialog: double-click it)
EDITABLE = {4: "value", 5: "unit", 6: "name", 7: "change"}
# a change as the clerk types it: a signed number, then its unit (``-1.5个百分点``, ``+8.5%``)
_CHANGE_RE = re.compile(r"^\s*([+\-−－＋]?\s*[0-9０-９][0-9０-９.,，．]*)\s*(.*?)\s*$")
# the signs a clerk's keyboard or a pasted report gives, as the number reader takes them
_SIGNS = {"+": "+", "＋": "+", "-": "-", "−": "-", "－": "-"}


class AnnotationModel(QAbstractTableModel):
    edit_requested = Signal(int, str, str)  # annotation id, "value" | "unit" | "name" | "change", new text

    """Rows of the current document's annotations, filtered by tag and sorted in Python.

    Sorting and filtering happen here rather than in a QSortFilterProxyModel so a
    document with thousands of annotations never calls ``data()`` per comparison.
    """

    COLUMNS = (
        QT_TRANSLATE_NOOP("AnnotationModel", "标签"),
        QT_TRANSLATE_NOOP("AnnotationModel", "文字"),
        QT_TRANSLATE_NOOP("AnnotationModel", "所在章节"),
        QT_TRANSLATE_NOOP("AnnotationModel", "备注"),
        QT_TRANSLATE_NOOP("AnnotationModel", "数值"),
        QT_TRANSLATE_NOOP("AnnotationModel", "单位"),
        QT_TRANSLATE_NOOP("AnnotationModel", "名称"),
        QT_TRANSLATE_NOOP("AnnotationModel", "增减"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: dict[int, Annotation] = {}
        self._rows: list[Annotation] = []
        self._tags: dict[int, Tag] = {}
        self._starts: list[int] = []
        self._titles: list[str] = []
        self._sections: tuple[Section, ...] = ()
        self._cache: dict[int, tuple[Annotation, tuple[str, ...], tuple[Any, ...]]] = {}
        self._filter: set[int] | None = None
        self._sort_column, self._sort_order = 1, Qt.SortOrder.AscendingOrder

    def set_content(self, annotations: list[Annotation], tags: list[Tag], sections: tuple[Section, ...]) -> None:
        self._tags = {t.id: t for t in tags}
        flat = list(walk_sections(sections))
        self._starts = [s.start for s in flat]
        self._titles = [heading(s, "") for s in flat]
        self._sections = sections
        self._all = {a.id: a for a in annotations}
        self._rebuild()

    def _rebuild(self) -> None:
        self.beginResetModel()
        self._cache.clear()
        rows = [a for a in self._all.values() if self._filter is None or a.tag_id in self._filter]
        rows.sort(key=self._key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        self._rows = rows
        self.endResetModel()

    def _key(self, ann: Annotation) -> tuple[Any, ...]:
        return (self._cells(ann)[1][self._sort_column], ann.start, ann.end, ann.id)

    def _insert_position(self, key: tuple[Any, ...], descending: bool) -> int:
        """Row where a new annotation with sort key ``key`` belongs (binary search: O(log n) keys)."""
        lo, hi = 0, len(self._rows)
        while lo < hi:
            mid = (lo + hi) // 2
            other = self._key(self._rows[mid])
            if (other < key) if descending else (other > key):
                hi = mid
            else:
                lo = mid + 1
        return lo

    def set_tag_filter(self, tag_ids: set[int] | None) -> None:
        self._filter = tag_ids
        self._rebuild()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=self._key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def set_tags(self, tags: list[Tag]) -> None:
        self._tags = {t.id: t for t in tags}
        self._cache.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))

    def total(self) -> int:
        return len(self._all)

    def apply(self, upserted: list[Annotation], removed: set[int]) -> None:
        """Incremental update: replace changed rows, drop removed ones, insert new ones in sort order."""
        for ann_id in removed:
            self._all.pop(ann_id, None)
        for ann in upserted:
            self._all[ann.id] = ann
        by_id = {a.id: a for a in upserted}
        for row in range(len(self._rows) - 1, -1, -1):
            ann = self._rows[row]
            if ann.id in removed or (ann.id in by_id and not self._accepts(by_id[ann.id])):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
            elif ann.id in by_id:
                self._rows[row] = by_id[ann.id]
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
        shown = {a.id for a in self._rows}
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        for ann in upserted:
            if ann.id in shown or not self._accepts(ann):
                continue
            row = self._insert_position(self._key(ann), descending)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.insert(row, ann)
            self.endInsertRows()

    def _accepts(self, ann: Annotation) -> bool:
        return self._filter is None or ann.tag_id in self._filter

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
            return QCoreApplication.translate("AnnotationModel", str(self.COLUMNS[section]))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in EDITABLE else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Edits are not applied here: they become undo commands (``edit_requested``) and come back as changes."""
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        ann = self._rows[index.row()]
        self.edit_requested.emit(ann.id, EDITABLE[index.column()], str(value))
        return True

    def _section(self, offset: int) -> str:
        k = bisect_right(self._starts, offset) - 1
        return self._titles[k] if k >= 0 else ""

    def _cells(self, ann: Annotation) -> tuple[tuple[str, ...], tuple[Any, ...]]:
        """Display strings and sort keys of a row, computed once per annotation version."""
        cached = self._cache.get(ann.id)
        if cached is not None and cached[0] is ann:
            return cached[1], cached[2]
        tag = self._tags.get(ann.tag_id)
        attrs = ann.attributes or {}
        value, unit = attrs.get("value", ""), attrs.get("unit", "")
        shown = (
            tag.name if tag else "?",
            ann.text.replace("\n", " "),
            self._section(ann.start),
            ann.note.replace("\n", " "),
            _value_text(value),
            "" if unit is None else str(unit),
            str(attrs.get("name") or ""),
            format_change(attrs.get("change"), attrs.get("change_unit")),
        )
        keys = (
            shown[0],
            ann.start,
            ann.start,
            ann.note,
            _number(value),
            shown[5],
            shown[6],
            _number(attrs.get("change")),
        )
        self._cache[ann.id] = (ann, shown, keys)
        return shown, keys

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        ann = self._rows[index.row()]
        col = index.column()
        if role == SORT_ROLE:
            return self._cells(ann)[1][col]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells(ann)[0][col]
        if role == Qt.ItemDataRole.EditRole:
            return self._cells(ann)[0][col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 2:  # the cell shows the innermost heading; the tip says which part it is in ((一) of 二、)
                return " / ".join(heading(s, "") for s in section_path(self._sections, ann.start))
            return ann.note if col == 3 else ann.text if col == 1 else self._cells(ann)[0][col]
        if col == 0 and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            tag = self._tags.get(ann.tag_id)
            if tag is None:
                return None
            return tint(tag.color, 110) if role == Qt.ItemDataRole.BackgroundRole else QColor(tag.color).darker(160)
        if role == ANN_ID_ROLE:
            return ann.id
        if role == TAG_ROLE:
            return ann.tag_id
        return None


def _value_text(value: Any) -> str:
    """320.0 shows as 320, 40.68 as 40.68; non-numbers as written."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def change_fields(text: str) -> dict[str, str] | None:
    """The change and change-unit texts of a typed change; a typed number alone keeps the unit.

    ``None`` when the text holds no number (a bare ``+``, ``%`` or ``增长``): the clerk is told, the old change kept.
    An empty text clears the change and its unit.
    """
    if not text.strip():
        return {"change": "", "change_unit": ""}
    m = _CHANGE_RE.match(text)
    if not m:
        return None
    number, unit = m.group(1).replace(" ", ""), m.group(2)
    number = _SIGNS.get(number[0], "") + number[1:] if number[0] in _SIGNS else number
    if parse_number(number) is None:
        return None
    return {"change": number, "change_unit": unit} if unit else {"change": number}


def change_refusal(text: str) -> str:
    """The one line that says why a typed change was not taken."""
    return QCoreApplication.translate(
        "AnnotationModel", "“{0}”不是增减数，请写数字，如 +3.5、-2、3.5%；原来的增减未改。"
    ).format(text.strip())


def _number(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("-inf")
