"""Every text cell of every tabular export goes through one neutraliser (issue 15, item 4).

Hostile document titles, tag names, notes and indicator names — also full-width ``＝＋－＠`` and ``=`` after
leading spaces, NBSP, U+3000, BOM, ZWSP, NUL or LF — reach no spreadsheet as a live formula.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from models.export import export_annotations
from models.export.rows import neutralise
from models.export.tabular import write_table
from models.store import Store
from tests.models.conftest import add_plain_text

PAYLOAD = "1+1"
LEADS = ["", " ", "   ", "\u00a0", "\u3000", "\ufeff", "\u200b", "\x00", "\n", "\r", "\t", " \u00a0\u3000"]
STARTS = ["=", "+", "-", "@", "＝", "＋", "－", "＠"]
HOSTILE = [lead + start + PAYLOAD for lead in LEADS for start in STARTS] + [
    '=HYPERLINK("http://127.0.0.1:9/?x="&A1,"点击")',
    "=cmd|' /C calc'!A0",
]
SAFE = ["一、主要工作", " 全年完成投资", "12%", "增长-5%", "a=b", "\u3000\u3000首行缩进", ""]


def test_neutralise_marks_every_hostile_start_and_leaves_ordinary_text() -> None:
    for text in HOSTILE:
        assert neutralise(text).startswith("'"), repr(text)
    for text in SAFE:
        assert neutralise(text) == text


def _hostile_project() -> tuple[Store, list[int]]:
    store = Store.memory()
    tag = store.tags.all()[0].id if store.tags.all() else store.tags.add("指标", "#ff0000").id
    doc_ids = []
    for i, title in enumerate(HOSTILE[:40]):
        text = f"第{i}份。全年完成投资12亿元，同比增长8%。"
        doc_id = add_plain_text(store, text, title=title, date=f"20{10 + i:02d}-01-01")
        store.annotations.add(
            doc_id,
            text.index("12"),
            text.index("12") + 5,
            tag,
            note=HOSTILE[-1 - i],
            attributes={"name": HOSTILE[i], "value": 12, "unit": HOSTILE[i + 1]},
        )
        doc_ids.append(doc_id)
    return store, doc_ids


def _csv_cells(path: Path, encoding: str = "utf-8-sig") -> list[str]:
    rows = csv.reader(io.StringIO(path.read_text(encoding=encoding), newline=""))
    return [cell for row in rows for cell in row]


def _xlsx_cells(path: Path) -> list[object]:
    book = openpyxl.load_workbook(path, read_only=True)
    return [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row]


def _assert_no_formula(cells: list[object]) -> None:
    hostile = [c for c in cells if isinstance(c, str) and PAYLOAD in c]
    assert hostile, "the hostile texts did not reach the file"
    for cell in hostile:
        assert isinstance(cell, str) and cell.startswith("'"), repr(cell)


def _exports(tmp_path: Path) -> dict[str, Path]:
    store, _ = _hostile_project()
    out = {}
    for name, fmt in (("a.csv", "csv"), ("a.xlsx", "xlsx"), ("ledger.csv", "ledger"), ("ledger.xlsx", "ledger")):
        export_annotations(store, tmp_path / name, fmt=fmt)
        out[name] = tmp_path / name
    export_annotations(store, tmp_path / "gb.csv", fmt="csv", encoding="gb18030")
    out["gb.csv"] = tmp_path / "gb.csv"
    headers = ["指标", *HOSTILE[:10]]
    rows = [
        {h: (HOSTILE[(i + j) % len(HOSTILE)] if j else HOSTILE[i]) for j, h in enumerate(headers)} for i in range(5)
    ]
    for name in ("matrix.csv", "matrix.xlsx"):
        write_table(tmp_path / name, headers, rows, sheet=HOSTILE[0])
        out[name] = tmp_path / name
    return out


def test_every_tabular_writer_neutralises_every_text_cell(tmp_path: Path) -> None:
    for name, path in _exports(tmp_path).items():
        if name.endswith(".csv"):
            cells: list[object] = list(_csv_cells(path, "gb18030" if name == "gb.csv" else "utf-8-sig"))
        else:
            cells = _xlsx_cells(path)
        _assert_no_formula(cells)


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_evaluates_none_of_them(tmp_path: Path) -> None:
    files = _exports(tmp_path)
    raw = tmp_path / "raw.csv"  # the control: the same texts written raw do evaluate
    with raw.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([[t] for t in HOSTILE])
    lo_out = tmp_path / "lo"
    for path in [raw, *files.values()]:
        infilter = ["--infilter=CSV:44,34,76,1"] if path.suffix == ".csv" and path.name != "gb.csv" else []
        subprocess.run(
            [
                str(SOFFICE),
                "--headless",
                f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
                *infilter,
                "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                "--outdir",
                str(lo_out / path.stem / path.suffix.lstrip(".")),
                str(path),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    raw_cells = [c for p in (lo_out / "raw").rglob("*.csv") for c in _csv_cells(p)]
    assert "2" in raw_cells, "control: LibreOffice evaluated none of the raw formulas"
    for name in files:
        produced = list((lo_out / Path(name).stem / Path(name).suffix.lstrip(".")).rglob("*.csv"))
        assert produced, name
        for p in produced:
            cells = _csv_cells(p)
            assert "2" not in cells, f"{name}: a formula was evaluated"
            assert "#NAME?" not in cells and "Err:508" not in cells
