"""write_table: plain comparison tables to CSV/XLSX, formula-safe, numbers numeric."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl

from models.export.tabular import write_table

HEADERS = ["指标", "左", "右"]
ROWS = [{"指标": "5G基站", "左": 319, "右": 120.5}, {"指标": '=HYPERLINK("x")', "左": None, "右": 1}]


def test_csv_has_bom_and_neutralised_text(tmp_path: Path) -> None:
    out = tmp_path / "表.csv"
    write_table(out, HEADERS, ROWS)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert rows[0] == HEADERS
    assert rows[1] == ["5G基站", "319", "120.5"]
    assert rows[2][0].startswith("'=")


def test_xlsx_numbers_are_numeric(tmp_path: Path) -> None:
    out = tmp_path / "表.xlsx"
    write_table(out, HEADERS, ROWS, sheet="对比")
    sheet = openpyxl.load_workbook(out).active
    assert [c.value for c in sheet[2]] == ["5G基站", 319, 120.5]
    assert not str(sheet["A3"].value).startswith("=")
