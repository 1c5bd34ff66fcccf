"""Every export shows the title, issuer and date the clerk chose, not the reader's (CSV, XLSX, JSON, 台账, REFI-QDA)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from models import doc_fields
from models.export import export_annotations
from models.store import Store

TITLE, ISSUER, DATE = "某市经信局工作总结（更正）", "某市经济和信息化局", "2021-01-08"


@pytest.fixture
def chosen(project: Store) -> Store:
    doc = next(d for d in project.documents.all() if "繁体" not in d.source_name)
    doc_fields.set_document_field(project, doc.id, "title", TITLE)
    doc_fields.set_document_field(project, doc.id, "issuer", ISSUER)
    doc_fields.set_document_field(project, doc.id, "date", "2021年1月8日")
    return project


def _xlsx_text(path: Path) -> str:
    book = openpyxl.load_workbook(path, read_only=True)
    return "\n".join(str(c) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for c in row)


@pytest.mark.parametrize("fmt,name", [("csv", "a.csv"), ("json", "a.json"), ("xlsx", "a.xlsx"), ("ledger", "l.xlsx")])
def test_tables_show_the_clerks_values(chosen: Store, tmp_path: Path, fmt: str, name: str) -> None:
    out = tmp_path / name
    export_annotations(chosen, out, fmt=fmt)
    text = _xlsx_text(out) if name.endswith(".xlsx") else out.read_text(encoding="utf-8-sig")
    assert TITLE in text, fmt
    if fmt != "ledger":  # the 台账's column header names the report by title (its issuer and date in brackets)
        assert ISSUER in text and DATE in text, fmt
    assert "市经信局2020年工作总结和2021年工作计划" not in text.replace(TITLE, ""), fmt


def test_refi_qda_names_the_source_by_the_clerks_title(chosen: Store, tmp_path: Path) -> None:
    out = tmp_path / "a.qdpx"
    export_annotations(chosen, out, fmt="qdpx")
    with zipfile.ZipFile(out) as zf:
        project = zf.read("project.qde").decode("utf-8")
    assert f'name="{TITLE}"' in project and ISSUER in project and DATE in project
