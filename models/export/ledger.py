"""The indicator ledger (台账): one row per indicator, a value and a change column per document or per year.

Built as a clerk builds one by hand in Excel:

- the value in the report's own unit (1800.5 under 亿元, not 180050000000 元); a row's unit is the unit of its
  first report, and a value written in another unit of the same kind (6000人 under 万人) is put in it;
- one row per indicator: same-name indicators of one report (其中，第一产业实现增加值…；第二产业实现增加值…) get a
  row each, named by the words before them (增加值（第一产业）), or numbered (第2处);
- beside each report's value its change (增长4.2% → +4.2%, a number shown with its unit);
- rows in the order they appear in the reports.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.compare.pairing import clause_context
from models.compare.units import as_float, base_unit, dimension
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
_PLAIN_CHANGE_UNITS = ("%", "‰", "个百分点", "百分点", "")


@dataclass(frozen=True)
class _Entry:
    column: Any
    doc_id: int
    start: int
    name: str
    kind: str
    value: Any  # a number in ``unit``, or text
    unit: str
    change: float | None
    change_unit: str
    only_change: bool = False  # 增长4.5% with no level: value and unit are the change's


@dataclass
class LedgerRow:
    """One indicator: its label, unit and kind, and per column the values (usually one) with their change."""

    label: str
    unit: str
    kind: str
    cells: dict[Any, list[tuple[Any, float | None, str]]] = field(default_factory=dict)


@dataclass
class Ledger:
    """Indicator rows (in report order) × columns (documents or years)."""

    columns: dict[Any, tuple[Any, str]] = field(default_factory=dict)  # key -> (sort key, header)
    rows: list[LedgerRow] = field(default_factory=list)


def _value_and_unit(attrs: Any) -> tuple[Any, str]:
    """The value as the report writes it, in its own unit (the normalised value only when there is no other)."""
    value = attrs.get("value")
    if value not in (None, ""):
        return (as_number(value) if as_number(value) is not None else cell_text(value)), str(attrs.get("unit") or "")
    normalized = attrs.get("normalized_value")
    if normalized not in (None, ""):
        unit = attrs.get("normalized_unit") or attrs.get("base_unit") or attrs.get("unit") or ""
        return (as_number(normalized) if as_number(normalized) is not None else cell_text(normalized)), str(unit)
    return None, ""


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


def _dimension(entry: _Entry) -> str:
    return dimension(entry.unit) if isinstance(entry.value, int | float) else "text"


def _in_unit(value: Any, unit: str, target: str) -> Any:
    """``value`` written in ``unit`` expressed in ``target`` (same dimension), to ten significant digits."""
    if unit == target or not isinstance(value, int | float):
        return value
    converted = float(f"{value * base_unit(unit)[1] / base_unit(target)[1]:.10g}")
    return int(converted) if converted.is_integer() and isinstance(value, int) else converted


def build_ledger(
    annotations: Iterable[AnnotationLike], builder: RowBuilder, ticker: Ticker, *, english: bool, by_year: bool
) -> Ledger:
    """Collect every annotation carrying an indicator name and a value, one row per indicator."""
    ledger = Ledger()
    entries: list[_Entry] = []
    for ann in annotations:
        ticker.step()
        attrs = ann.attributes
        if not enters_ledger(attrs):
            continue
        value, unit = _value_and_unit(attrs)
        kind = cell_text(attrs.get("kind")).strip()
        column, meta = _column(ann, builder, by_year)
        ledger.columns.setdefault(column, meta)
        # 增长6% read as the figure itself (is_change): its value is the change, shown once
        change = None if attrs.get("is_change") else as_float(attrs.get("change"))
        entries.append(
            _Entry(
                column,
                ann.document_id,
                ann.start,
                cell_text(attrs.get("name")).strip(),
                kind if english else KIND_ZH.get(kind, kind),
                value,
                unit,
                change,
                cell_text(attrs.get("change_unit")) if change is not None else "",
                bool(attrs.get("is_change")),
            )
        )
    entries.sort(key=lambda e: (ledger.columns[e.column][0], e.doc_id, e.start))
    labels = _labels(entries, builder)
    # a growth stated alone (增长4.5%) joins the row another report gives the indicator's level in
    levels: dict[tuple[str, str], tuple[str, str]] = {}
    for e, label in zip(entries, labels, strict=True):
        if not e.only_change and isinstance(e.value, int | float):
            levels.setdefault((label, e.kind), (_dimension(e), e.unit))
    seen: Counter[tuple[Any, ...]] = Counter()
    by_key: dict[tuple[Any, ...], LedgerRow] = {}
    for e, label in zip(entries, labels, strict=True):
        alone = e.only_change and isinstance(e.value, int | float)
        level = levels.get((label, e.kind)) if alone else None
        dim, unit = level if level is not None else (_dimension(e), e.unit)
        if alone and level is None:
            unit = ""  # no report gives a level: the row has none, its growths stand in the 增减 columns
        place = (e.doc_id, e.column, label, e.kind, dim)
        occurrence = seen[place]
        seen[place] += 1
        key = (label, e.kind, dim, occurrence)
        row = by_key.get(key)
        if row is None:
            shown = (
                label
                if occurrence == 0
                else (f"{label} ({occurrence + 1})" if english else f"{label}（第{occurrence + 1}处）")
            )
            row = by_key[key] = LedgerRow(shown, unit, e.kind)
            ledger.rows.append(row)
        cell = row.cells.setdefault(e.column, [])
        if alone:  # a growth stated alone is a change (+6.9%), never the row's level
            figure: tuple[Any, float | None, str] = (None, float(e.value), e.unit)
        else:
            figure = (_in_unit(e.value, e.unit, row.unit), e.change, e.change_unit)
        if figure not in cell:  # two reports of one year saying the same: one figure
            cell.append(figure)
    return ledger


def _labels(entries: list[_Entry], builder: RowBuilder) -> list[str]:
    """Each entry's row label: its name, told apart by the words before it when one report repeats the name."""
    repeated = Counter((e.doc_id, e.name, e.kind) for e in entries)
    texts: dict[int, str] = {}
    out = []
    for e in entries:
        label = e.name
        if repeated[(e.doc_id, e.name, e.kind)] > 1:
            if e.doc_id not in texts:
                texts[e.doc_id] = builder.store.documents.display_text(e.doc_id)
            context = clause_context(texts[e.doc_id], e.start)
            label = f"{e.name}（{context}）" if context else e.name
        out.append(label)
    return out


def change_text(change: float, unit: str) -> str:
    """+4.2% / -0.3个百分点: the change as a clerk writes it."""
    return f"{'+' if change > 0 else ''}{number_text(change)}{unit}"


def _change_format(unit: str) -> str:
    """An Excel number format showing a change with its sign and unit, the number itself left a number."""
    quoted = unit.replace('"', "")
    return f'+0.0##"{quoted}";-0.0##"{quoted}";0"{quoted}"'


def ledger_table(ledger: Ledger, english: bool) -> tuple[list[str], list[list[Any]]]:
    """Headers and rows: per column its values, then their change when any row has one."""
    columns = sorted(ledger.columns, key=lambda c: ledger.columns[c][0])
    heads = ["Indicator", "Unit", "Kind"] if english else ["指标名称", "单位", "类型"]
    with_change = [c for c in columns if any(ch is not None for r in ledger.rows for _, ch, _ in r.cells.get(c, []))]
    for c in columns:
        heads.append(ledger.columns[c][1])
        if c in with_change:
            heads.append(f"{ledger.columns[c][1]} {'change' if english else '增减'}")
    rows: list[list[Any]] = []
    for r in ledger.rows:
        row: list[Any] = [r.label, r.unit, r.kind]
        for c in columns:
            cell = r.cells.get(c, [])
            values = [v for v, _, _ in cell if v is not None]  # a growth stated alone has no level
            row.append(values[0] if len(values) == 1 else "；".join(_text(v) for v in values))
            if c in with_change:
                changes = [(ch, cu) for _, ch, cu in cell if ch is not None]
                row.append(changes[0] if len(changes) == 1 else "；".join(change_text(*x) for x in changes))
        rows.append(row)
    return heads, rows


def _text(value: Any) -> str:
    return number_text(value) if isinstance(value, float) else cell_text(value)


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

    Columns are documents (title and date), or years when ``by_year``; each followed by its change column.
    """
    ledger = build_ledger(annotations, builder, ticker, english=english, by_year=by_year)
    heads, rows = ledger_table(ledger, english)
    if as_csv:
        with open(path, "w", encoding=encoding, newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow([neutralise(h) for h in heads])
            for row in rows:
                writer.writerow([_csv_cell(v) for v in row])
        return len(rows)
    _write_xlsx(path, heads, rows, english)
    return len(rows)


def _csv_cell(value: Any) -> str:
    if isinstance(value, tuple):
        text = change_text(*value)  # +4.2% is a number to a spreadsheet, not a formula; an odd unit is guarded
        return text if value[1] in _PLAIN_CHANGE_UNITS else neutralise(text)
    return number_text(value) if isinstance(value, int | float) else neutralise(value)


def _write_xlsx(path: Path, heads: list[str], rows: list[list[Any]], english: bool) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False})
    try:
        ws = wb.add_worksheet("台账" if not english else "Ledger")
        bold = wb.add_format({"bold": True, "bg_color": "#e9ecef", "border": 1, "text_wrap": True})
        # a value as the report writes it: thousands separated, its decimals shown, never 1.8005E+11
        whole = wb.add_format({"num_format": "#,##0"})
        decimal = wb.add_format({"num_format": "#,##0.0###"})
        change_formats: dict[str, Any] = {}
        ws.set_column(0, 0, 24)
        ws.set_column(1, 2, 8)
        if len(heads) > 3:
            ws.set_column(3, len(heads) - 1, 14)
        ws.freeze_panes(1, 3)
        for c, head in enumerate(heads):
            ws.write_string(0, c, neutralise(head), bold)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row):
                if isinstance(value, tuple):
                    change, unit = value
                    fmt = change_formats.get(unit)
                    if fmt is None:
                        fmt = change_formats[unit] = wb.add_format({"num_format": _change_format(unit)})
                    ws.write_number(r, c, change, fmt)
                elif isinstance(value, int | float) and not isinstance(value, bool):
                    ws.write_number(r, c, value, whole if float(value).is_integer() else decimal)
                elif value != "":
                    ws.write_string(r, c, neutralise(str(value)))
        if rows:
            ws.autofilter(0, 0, len(rows), len(heads) - 1)
        else:  # a line saying so, not a filter over a blank row
            ws.write_string(1, 0, "(No indicators to list in the ledger)" if english else "（没有可列入台账的指标）")
    finally:
        wb.close()
