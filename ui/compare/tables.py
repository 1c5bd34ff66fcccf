"""Filling read-only QTableWidgets from (headers, rows) and colouring cells; shared by the compare tabs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ui.compare.sync import format_number

NUMBER_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
MAX_COLUMN = 300  # px; long quotations are cut (full text in the cell tooltip)
VERDICT_COLORS = {"完成": "#d3f9d8", "未完成": "#ffe3e3", "未提及": "#e9ecef"}
VERDICT_TEXT = {"完成": "#2b8a3e", "未完成": "#c92a2a", "未提及": "#495057"}


def make_table(parent: QWidget, object_name: str) -> QTableWidget:
    table = QTableWidget(parent)
    table.setObjectName(object_name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def cell(value: Any) -> QTableWidgetItem:
    """A table item: numbers right-aligned and formatted, other values as text."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        item = QTableWidgetItem(format_number(float(value)))
        item.setTextAlignment(NUMBER_ALIGN)
        item.setData(Qt.ItemDataRole.UserRole, value)
        return item
    item = QTableWidgetItem("" if value is None else str(value))
    if isinstance(value, str) and len(value) > 16:
        item.setToolTip(value)
    return item


def fill(table: QTableWidget, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Replace the table's content; cells may be plain values or ready QTableWidgetItems."""
    table.setSortingEnabled(False)
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, value if isinstance(value, QTableWidgetItem) else cell(value))
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for c in range(len(headers)):
        if header.sectionSize(c) > MAX_COLUMN:
            header.resizeSection(c, MAX_COLUMN)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)


def paint_row(table: QTableWidget, row: int, color: str) -> None:
    brush = QBrush(QColor(color))
    for c in range(table.columnCount()):
        item = table.item(row, c)
        if item is not None:
            item.setBackground(brush)
