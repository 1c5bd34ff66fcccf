"""A real spreadsheet program (LibreOffice, headless) opens the exported XLSX; skipped without it."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from pathlib import Path

import pytest

from models.export import export_annotations
from models.store import Store

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_exported_xlsx(project: Store, tmp_path: Path) -> None:
    xlsx = tmp_path / "out.xlsx"
    export_annotations(project, xlsx, fmt="xlsx")
    ours = tmp_path / "ours.csv"
    export_annotations(project, ours, fmt="csv")
    # filter options: comma, double quote, UTF-8 (76), start at line 1; text cells quoted, numbers bare
    subprocess.run(
        [
            SOFFICE,
            "--headless",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true",
            str(xlsx),
            "--outdir",
            str(tmp_path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    converted = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    lo_rows = list(csv.reader(io.StringIO(converted, newline="")))
    our_rows = list(csv.reader(io.StringIO(ours.read_text(encoding="utf-8-sig"), newline="")))
    assert len(lo_rows) == len(our_rows) == 6
    for lo, mine in zip(lo_rows, our_rows, strict=True):
        for a, b in zip(lo, mine, strict=True):
            if a != b:  # LibreOffice may print numbers differently (1200 vs 1200.0)
                assert float(a) == float(b)
    # the formula-looking cell was read as text, not evaluated
    assert any(cell.startswith("'=HYPERLINK(") for row in lo_rows for cell in row)
    # numeric cells came out unquoted in the converted file (numbers, not text)
    assert ",319," in converted and ',"319",' not in converted
