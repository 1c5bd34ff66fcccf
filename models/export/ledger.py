"""The indicator ledger (台账): one row per indicator name, one column per document."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.export.rows import (
    KIND_ZH,
    AnnotationLike,
    RowBuilder,
    Ticker,
    as_number,
    cell_text,
    neutralise,
    number_text,
)


@dataclass
class Ledger:
    """Indicator rows × document columns; a cell holds the normalised value(s)."""

    documents: list[int] = field(default_factory=list)
    rows: dict[tuple[str, str, str], dict[int, list[Any]]] = field(default_factory=dict)

    def add(self, key: tuple[str, str, str], doc_id: int, value: Any) -> None:
        """Record ``value`` for indicator ``(name, unit, kind)`` in document ``doc_id``."""
        if doc_id not in self.documents:
            self.documents.append(doc_id)
        cell = self.rows.setdefault(key, {}).setdefault(doc_id, [])
        if value not in cell:
            cell.append(value)


def _value_and_unit(attrs: Any) -> tuple[Any, str]:
    normalized = attrs.get("normalized_value")
    if normalized not in (None, ""):
        unit = attrs.get("normalized_unit") or attrs.get("base_unit") or attrs.get("unit") or ""
        return (as_number(normalized) if as_number(normalized) is not None else cell_text(normalized)), str(unit)
    value = attrs.get("value")
    return (as_number(value) if as_number(value) is not None else cell_text(value)), str(attrs.get("unit") or "")


def build_ledger(annotations: Iterable[AnnotationLike], ticker: Ticker, english: bool = False) -> Ledger:
    """Collect every annotation carrying an indicator name and a value."""
    ledger = Ledger()
    for ann in annotations:
        ticker.step()
        name = cell_text(ann.attributes.get("name")).strip()
        if not name:
            continue
        value, unit = _value_and_unit(ann.attributes)
        if value in ("", None):
            continue
        kind = cell_text(ann.attributes.get("kind")).strip()
        kind = kind if english else KIND_ZH.get(kind, kind)
        ledger.add((name, unit, kind), ann.document_id, value)
    return ledger


def ledger_table(ledger: Ledger, builder: RowBuilder, english: bool) -> tuple[list[str], list[list[Any]]]:
    """Headers and rows; documents ordered by date then id, indicators by name."""

    def doc_key(doc_id: int) -> tuple[str, int]:
        doc = builder.documents.get(doc_id)
        return ((doc.date or "") if doc else "", doc_id)

    docs = sorted(ledger.documents, key=doc_key)
    heads = ["Indicator", "Unit", "Kind"] if english else ["指标名称", "单位", "类型"]
    for doc_id in docs:
        doc = builder.documents.get(doc_id)
        title = doc.title if doc else str(doc_id)
        heads.append(f"{title}（{doc.date}）" if doc and doc.date else title)
    rows: list[list[Any]] = []
    for (name, unit, kind), cells in sorted(ledger.rows.items()):
        row: list[Any] = [name, unit, kind]
        for doc_id in docs:
            values = cells.get(doc_id, [])
            if len(values) == 1:
                row.append(values[0])
            else:
                row.append("；".join(number_text(v) if isinstance(v, float) else cell_text(v) for v in values))
        rows.append(row)
    return heads, rows


def write_ledger(
    path: Path,
    builder: RowBuilder,
    annotations: Iterable[AnnotationLike],
    ticker: Ticker,
    *,
    english: bool,
    as_csv: bool,
    encoding: str,
) -> int:
    """Write the ledger as XLSX (or CSV); returns the number of indicator rows."""
    heads, rows = ledger_table(build_ledger(annotations, ticker, english), builder, english)
    if as_csv:
        with open(path, "w", encoding=encoding, newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(heads)
            for row in rows:
                writer.writerow([number_text(v) if isinstance(v, int | float) else neutralise(v) for v in row])
        return len(rows)
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False})
    try:
        ws = wb.add_worksheet("台账" if not english else "Ledger")
        bold = wb.add_format({"bold": True, "bg_color": "#e9ecef", "border": 1, "text_wrap": True})
        ws.set_column(0, 0, 24)
        ws.set_column(1, 2, 8)
        if len(heads) > 3:
            ws.set_column(3, len(heads) - 1, 18)
        ws.freeze_panes(1, 3)
        for c, head in enumerate(heads):
            ws.write_string(0, c, neutralise(head), bold)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row):
                if isinstance(value, int | float) and not isinstance(value, bool):
                    ws.write_number(r, c, value)
                elif value != "":
                    ws.write_string(r, c, neutralise(str(value)))
        ws.autofilter(0, 0, max(len(rows), 1), len(heads) - 1)
    finally:
        wb.close()
    return len(rows)
