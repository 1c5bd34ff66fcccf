"""The report's date in an XLSX export is a date cell a clerk can sort and filter by (met on the day: text)."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import openpyxl

from models.export import export_annotations
from models.store import Store
from tests.models.conftest import add_plain_text


def _annotated(store: Store) -> None:
    tag = store.tags.add("指标", "#1971c2")
    for date in ("2020-12-31", "2021"):  # a full date and a year alone (some reports give no more)
        doc = add_plain_text(store, f"{date}全年工业总产值增长8.5%。", f"报告{date}", date=date)
        store.annotations.add(doc, 0, 9, tag.id, attributes={"value": 8.5, "unit": "%"})


def test_a_full_report_date_is_a_date_cell_a_partial_one_stays_text(tmp_path: Path) -> None:
    store = Store.memory()
    _annotated(store)
    out = tmp_path / "a.xlsx"
    export_annotations(store, out, fmt="xlsx")
    sheet = openpyxl.load_workbook(out)["全部"]
    rows = list(sheet.iter_rows(values_only=True))
    col = rows[0].index("日期")
    dates = sorted((r[col] for r in rows[1:]), key=str)
    assert dates == [datetime(2020, 12, 31), "2021"]
    cell = next(c for c in sheet.iter_rows(min_row=2) if c[col].value == datetime(2020, 12, 31))[col]
    assert cell.number_format == "yyyy-mm-dd"  # shown as the date alone, no 00:00:00


def test_csv_keeps_the_date_as_written(tmp_path: Path) -> None:
    store = Store.memory()
    _annotated(store)
    out = tmp_path / "a.csv"
    export_annotations(store, out, fmt="csv")
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    col = rows[0].index("日期")
    assert sorted(r[col] for r in rows[1:]) == ["2020-12-31", "2021"]
