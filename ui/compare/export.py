"""Writing a comparison table (headers + dict rows) to CSV or XLSX, and the save dialog for it."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from models.export.tabular import csv_cell, sheet_name
from models.export.xlsx_stream import StreamingWorkbook


def write_table(path: Path, headers: Sequence[str], rows: Sequence[dict[str, Any]], *, sheet: str = "对比") -> None:
    """Write ``rows`` (dicts keyed by ``headers``) as CSV (UTF-8 with BOM, for Excel) or XLSX by suffix."""
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        book = StreamingWorkbook(path)
        try:
            widths = [max(8.0, min(40.0, 2.2 * len(h) + 4)) for h in headers]
            out = book.add_sheet(sheet_name(sheet, set()), list(headers), widths)
            for row in rows:
                out.write_row([_cell(row.get(h)) for h in headers])
        except BaseException:
            book.abort()
            raise
        book.close()
        return
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(headers)
        for row in rows:
            writer.writerow([csv_cell(_cell(row.get(h))) for h in headers])


def _cell(value: Any) -> Any:
    return "" if value is None else value


def ask_export_path(parent: QWidget, default_name: str) -> Path | None:
    """Ask where to save; the chosen filter decides the format when no suffix is typed."""
    tr = QCoreApplication.translate
    xlsx, csv_filter = tr("compare", "Excel 工作簿 (*.xlsx)"), tr("compare", "CSV 文件 (*.csv)")
    name, chosen = QFileDialog.getSaveFileName(
        parent, tr("compare", "导出表格"), default_name + ".xlsx", f"{xlsx};;{csv_filter}"
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_suffix(".csv" if chosen == csv_filter else ".xlsx")
    return path
