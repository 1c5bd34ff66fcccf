"""The indicator ledger (台账): one row per indicator, one column per document or per year."""

from __future__ import annotations

import csv
import re
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

_YEAR = re.compile(r"(19|20)\d{2}")


@dataclass
class Ledger:
    """Indicator rows × columns (documents or years); a cell holds the normalised value(s)."""

    columns: dict[Any, tuple[Any, str]] = field(default_factory=dict)  # key -> (sort key, header)
    rows: dict[tuple[str, str, str], dict[Any, list[Any]]] = field(default_factory=dict)

    def add(self, key: tuple[str, str, str], column: Any, value: Any) -> None:
        """Record ``value`` for indicator ``(name, unit, kind)`` in ``column``."""
        cell = self.rows.setdefault(key, {}).setdefault(column, [])
        if value not in cell:
            cell.append(value)


def _value_and_unit(attrs: Any) -> tuple[Any, str]:
    normalized = attrs.get("normalized_value")
    if normalized not in (None, ""):
        unit = attrs.get("normalized_unit") or attrs.get("base_unit") or attrs.get("unit") or ""
        return (as_number(normalized) if as_number(normalized) is not None else cell_text(normalized)), str(unit)
    value = attrs.get("value")
    return (as_number(value) if as_number(value) is not None else cell_text(value)), str(attrs.get("unit") or "")


def _column(ann: AnnotationLike, builder: RowBuilder, by_year: bool) -> tuple[Any, tuple[Any, str]]:
    doc = builder.documents.get(ann.document_id)
    if by_year:
        # the indicator's own period first (a 2020 report's 2021 targets go under 2021)
        for source in (
            cell_text(ann.attributes.get("period")),
            (doc.date or "") if doc else "",
            doc.title if doc else "",
        ):
            m = _YEAR.search(source)
            if m:
                year = m.group()
                return year, (year, year + "年")
        return "", ("9999", "未知年份")
    title = doc.title if doc else str(ann.document_id)
    # whose report and when: several counties' 政府工作报告 of one year stand side by side in a 台账
    issuer = doc.issuer if doc and doc.issuer and doc.issuer not in title else ""
    extra = " ".join(x for x in (issuer, doc.date if doc else "") if x)
    header = f"{title}（{extra}）" if extra else title
    return ann.document_id, (((doc.date or "") if doc else "", ann.document_id), header)


def enters_ledger(attrs: Any) -> bool:
    """Whether an annotation with these attributes gets a ledger row: it needs an indicator name and a value."""
    value, _unit = _value_and_unit(attrs)
    return bool(cell_text(attrs.get("name")).strip()) and value not in ("", None)


def build_ledger(
    annotations: Iterable[AnnotationLike], builder: RowBuilder, ticker: Ticker, *, english: bool, by_year: bool
) -> Ledger:
    """Collect every annotation carrying an indicator name and a value."""
    ledger = Ledger()
    for ann in annotations:
        ticker.step()
        if not enters_ledger(ann.attributes):
            continue
        name = cell_text(ann.attributes.get("name")).strip()
        value, unit = _value_and_unit(ann.attributes)
        kind = cell_text(ann.attributes.get("kind")).strip()
        kind = kind if english else KIND_ZH.get(kind, kind)
        column, meta = _column(ann, builder, by_year)
        ledger.columns.setdefault(column, meta)
        ledger.add((name, unit, kind), column, value)
    return ledger


def ledger_table(ledger: Ledger, english: bool) -> tuple[list[str], list[list[Any]]]:
    """Headers and rows; columns by date (or year), indicators by name."""
    columns = sorted(ledger.columns, key=lambda c: ledger.columns[c][0])
    heads = ["Indicator", "Unit", "Kind"] if english else ["指标名称", "单位", "类型"]
    heads += [ledger.columns[c][1] for c in columns]
    docs = columns
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
    by_year: bool = False,
) -> int:
    """Write the ledger as XLSX (or CSV); returns the number of indicator rows.

    Columns are documents (title and date), or years when ``by_year``.
    """
    ledger = build_ledger(annotations, builder, ticker, english=english, by_year=by_year)
    heads, rows = ledger_table(ledger, english)
    if as_csv:
        with open(path, "w", encoding=encoding, newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow([neutralise(h) for h in heads])
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
