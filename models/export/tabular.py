"""CSV, XLSX and JSON writers for annotation rows, streaming so memory stays flat."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.export.rows import (
    COLUMNS,
    RowBuilder,
    Ticker,
    cell_text,
    headers,
    neutralise,
)
from models.types import Annotation

if TYPE_CHECKING:
    import xlsxwriter.worksheet

    from models.store import Store


def csv_cell(value: Any) -> str:
    """A CSV field: numbers as plain digits, text neutralised against formulas."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    return neutralise(cell_text(value))


def write_csv(
    path: Path,
    builder: RowBuilder,
    annotations: Iterable[Annotation],
    ticker: Ticker,
    *,
    english: bool,
    encoding: str,
) -> int:
    """Write one header row and one row per annotation; returns the row count."""
    n = 0
    # newline="" lets the csv module quote embedded newlines itself (RFC 4180, CRLF rows).
    with open(path, "w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_MINIMAL)
        writer.writerow(headers(english))
        for ann in annotations:
            writer.writerow([csv_cell(v) for v in builder.values(ann, english)])
            n += 1
            ticker.step()
    return n


_INVALID_SHEET_CHARS = str.maketrans({c: "_" for c in "[]:*?/\\"})


def sheet_name(name: str, used: set[str]) -> str:
    """A valid, unique worksheet name (≤ 31 characters, no []:*?/\\)."""
    base = (name.translate(_INVALID_SHEET_CHARS).strip("'") or "Sheet")[:31]
    candidate, i = base, 2
    while candidate.lower() in used:
        suffix = f"({i})"
        candidate = base[: 31 - len(suffix)] + suffix
        i += 1
    used.add(candidate.lower())
    return candidate


class _Sheet:
    """One worksheet written row by row (constant_memory requires increasing rows)."""

    def __init__(self, ws: xlsxwriter.worksheet.Worksheet, english: bool, fmt_header: Any) -> None:
        self.ws = ws
        self.row = 0
        for col, column in enumerate(COLUMNS):
            ws.set_column(col, col, column.width)
        ws.freeze_panes(1, 0)
        ws.write_row(0, 0, headers(english), fmt_header)

    def add(self, values: list[Any]) -> None:
        self.row += 1
        for col, value in enumerate(values):
            if isinstance(value, int | float) and not isinstance(value, bool):
                self.ws.write_number(self.row, col, value)
            else:
                text = neutralise(cell_text(value))
                if text:
                    self.ws.write_string(self.row, col, text)

    def finish(self) -> None:
        self.ws.autofilter(0, 0, max(self.row, 1), len(COLUMNS) - 1)


def write_xlsx(
    path: Path,
    builder: RowBuilder,
    annotations: Iterable[Annotation],
    ticker: Ticker,
    *,
    english: bool,
) -> int:
    """One sheet with every row plus one sheet per top-level tag; returns the row count."""
    import xlsxwriter

    options = {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    wb = xlsxwriter.Workbook(str(path), options)
    try:
        fmt_header = wb.add_format({"bold": True, "bg_color": "#e9ecef", "border": 1})
        used: set[str] = set()
        main = _Sheet(wb.add_worksheet(sheet_name("All" if english else "全部", used)), english, fmt_header)
        # Per-tag sheets exist up front (in palette order) so each receives its rows in order.
        tops = [t for t in builder.tags.by_id.values() if t.parent_id is None]
        tops.sort(key=lambda t: (t.position, t.id))
        per_top: dict[int, _Sheet] = {}
        for tag in tops:
            per_top[tag.id] = _Sheet(wb.add_worksheet(sheet_name(tag.name, used)), english, fmt_header)
        n = 0
        for ann in annotations:
            values = builder.values(ann, english)
            main.add(values)
            top = builder.tags.top(ann.tag_id)
            if top is not None and top.id in per_top:
                per_top[top.id].add(values)
            n += 1
            ticker.step()
        main.finish()
        for sheet in per_top.values():
            sheet.finish()
    finally:
        wb.close()
    return n


def json_record(builder: RowBuilder, ann: Annotation, english: bool) -> dict[str, Any]:
    """The full record of one annotation for other programs (keys in English)."""
    doc = builder.documents.get(ann.document_id)
    rec = builder.record(ann, english=True)
    return {
        "id": ann.id,
        "document": {
            "id": ann.document_id,
            "title": rec["title"],
            "issuer": doc.issuer if doc else None,
            "date": doc.date if doc else None,
            "doc_number": doc.doc_number if doc else None,
            "source_name": doc.source_name if doc else None,
        },
        "section_path": rec["section"],
        "tag": {"id": ann.tag_id, "path": rec["tag"], "names": [t.name for t in builder.tags.chain(ann.tag_id)]},
        "start": ann.start,
        "end": ann.end,
        "text": ann.text,
        "note": ann.note,
        "attributes": dict(ann.attributes),
        "status": ann.status,
        "author": ann.author,
        "created": ann.created,
        "updated": ann.updated,
    }


def write_json(
    path: Path,
    store: Store,
    builder: RowBuilder,
    annotations: Iterable[Annotation],
    ticker: Ticker,
    *,
    english: bool,
) -> int:
    """``{"format": ..., "annotations": [...]}`` written record by record."""
    n = 0
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write('{"format": "reportmark-annotations", "version": 1,\n "project": ')
        fh.write(json.dumps(store.path.name if store.path else None, ensure_ascii=False))
        fh.write(',\n "annotations": [')
        for ann in annotations:
            fh.write(",\n  " if n else "\n  ")
            fh.write(json.dumps(json_record(builder, ann, english), ensure_ascii=False))
            n += 1
            ticker.step()
        fh.write("\n ]}\n")
    return n
