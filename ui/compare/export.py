"""The save dialog for comparison tables; writing is models.export.tabular.write_table."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from models.errors import ReportMarkError
from models.export.tabular import write_table
from ui import settings

__all__ = ["ask_export_path", "table_writer", "write_table"]


def table_writer(target: Path, headers: list[str], rows: list[dict[str, Any]], sheet: str) -> Callable[[Any], str]:
    """``fn(store)`` for the task runner: write the table to ``target`` (CSV or XLSX by suffix), give its path."""

    def fn(_store: Any) -> str:
        try:
            write_table(target, headers, rows, sheet=sheet)
        except OSError as exc:
            raise ReportMarkError(f"无法写入文件：{target}", str(exc)) from exc
        return str(target)

    return fn


def ask_export_path(parent: QWidget, default_name: str) -> Path | None:
    """Ask where to save; the chosen filter decides the format when no suffix is typed."""
    tr = QCoreApplication.translate
    xlsx, csv_filter = tr("compare", "Excel 工作簿 (*.xlsx)"), tr("compare", "CSV 文件 (*.csv)")
    start = str(Path(settings.last_folder()) / (default_name + ".xlsx"))
    name, chosen = QFileDialog.getSaveFileName(parent, tr("compare", "导出表格"), start, f"{xlsx};;{csv_filter}")
    if not name:
        return None
    settings.remember_folder(name)
    path = Path(name)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_suffix(".csv" if chosen == csv_filter else ".xlsx")
    return path
