"""LibreOffice (headless) opens the XLSX and ledger files the export dialog writes; skipped without it."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from tests.ui.test_export_dialog import (  # noqa: F401 (fixtures)
    TRICKY_NOTE,
    annotated,
    choose_format,
    done_calls,
    export_window,
    open_dialog,
)

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")


def export_through_dialog(window, qtbot, key: str, target: Path) -> None:  # type: ignore[no-untyped-def]
    dlg = open_dialog(window, qtbot)
    choose_format(dlg, key)
    dlg.path.setText(str(target))
    with qtbot.waitSignal(dlg.file_exported, timeout=20000):
        qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)


def libreoffice_csv(xlsx: Path, tmp_path: Path) -> list[list[str]]:
    """The first sheet as LibreOffice reads it, converted to CSV (UTF-8)."""
    subprocess.run(
        [
            SOFFICE,  # type: ignore[list-item]
            "--headless",
            f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true",
            str(xlsx),
            "--outdir",
            str(tmp_path / "lo"),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    text = (tmp_path / "lo" / (xlsx.stem + ".csv")).read_text(encoding="utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline="")))


def same_cells(lo_rows: list[list[str]], book_rows: list[tuple]) -> None:
    assert len(lo_rows) == len(book_rows)
    for lo, ours in zip(lo_rows, book_rows, strict=True):
        for a, b in zip(lo, ours, strict=False):
            if b is None:
                assert a == ""
            elif isinstance(b, int | float):
                assert float(a) == float(b)  # LibreOffice may print 1200.0 as 1200
            elif isinstance(b, datetime):  # a date cell (local time), read by LibreOffice as one
                # (a report's own date is a date-only cell, shown yyyy-mm-dd; a timestamp shows its time)
                day_only = (b.hour, b.minute, b.second) == (0, 0, 0) and len(a) == len("2020-12-31")
                assert a == b.strftime("%Y-%m-%d" if day_only else "%Y-%m-%d %H:%M:%S")
            else:
                assert a == b


def test_libreoffice_reads_the_dialogs_xlsx_and_ledger(export_window, qtbot, tmp_path, done_calls):  # noqa: F811
    xlsx = tmp_path / "标注导出.xlsx"
    export_through_dialog(export_window, qtbot, "xlsx", xlsx)
    ours = list(openpyxl.load_workbook(xlsx, read_only=True).worksheets[0].iter_rows(values_only=True))
    lo_rows = libreoffice_csv(xlsx, tmp_path)
    same_cells(lo_rows, ours)
    assert any(TRICKY_NOTE in row for row in lo_rows)  # comma, quotes and newline survive

    ledger = tmp_path / "指标台账.xlsx"
    export_through_dialog(export_window, qtbot, "ledger", ledger)
    ours = list(openpyxl.load_workbook(ledger, read_only=True).worksheets[0].iter_rows(values_only=True))
    same_cells(libreoffice_csv(ledger, tmp_path), ours)
    assert any("5G基站" in str(cell) for row in ours for cell in row)
