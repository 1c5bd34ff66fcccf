"""CSV, XLSX and JSON writers for annotation rows, streaming so memory stays flat."""

from __future__ import annotations

import csv
import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.export.rows import (
    COLUMNS,
    FORMULA_FIRST,
    AnnotationLike,
    RowBuilder,
    Ticker,
    atomic_output,
    cell_text,
    headers,
    neutralise,
    number_text,
)
from models.export.xlsx_stream import StreamingWorkbook, encode_cells

if TYPE_CHECKING:
    from models.store import Store


def csv_cell(value: Any) -> str:
    """A CSV field: numbers as plain digits, text neutralised against formulas."""
    kind = type(value)
    if kind is str:
        text: str = value
        return neutralise(text) if text and text[0] in FORMULA_FIRST else text
    if kind is int or kind is bool:
        return str(value)
    if kind is float:
        return number_text(value)
    return neutralise(cell_text(value))


def write_csv(
    path: Path,
    builder: RowBuilder,
    annotations: Iterable[AnnotationLike],
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
        writer.writerow([neutralise(h) for h in headers(english)])
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


def write_xlsx(
    path: Path,
    builder: RowBuilder,
    annotations: Iterable[AnnotationLike],
    ticker: Ticker,
    *,
    english: bool,
    only_tags: Collection[int] | None = None,
) -> int:
    """One sheet with every row plus one sheet per top-level tag; returns the row count.

    ``only_tags`` (the exported tags, when the clerk chose some) limits the per-tag sheets to the
    top-level tags they belong to, so an export of 指标 has no empty 政策/问题 sheets.

    Text cells are neutralised against formulas and always written as strings;
    numbers are numeric cells. Header frozen, autofilter on, column widths set; an empty sheet says so instead.
    """
    wb = StreamingWorkbook(path)
    try:
        heads = headers(english)
        widths = [c.width for c in COLUMNS]
        used: set[str] = set()
        nothing = "(No annotations to export)" if english else "（没有可导出的标注）"
        main = wb.add_sheet(sheet_name("All" if english else "全部", used), heads, widths, empty_note=nothing)
        # per-tag sheets exist up front (palette order); each receives its rows in order
        tops = sorted((t for t in builder.tags.by_id.values() if t.parent_id is None), key=lambda t: (t.position, t.id))
        if only_tags is not None:
            wanted = {top.id for tid in only_tags if (top := builder.tags.top(tid)) is not None}
            tops = [t for t in tops if t.id in wanted]
        per_top = {
            t.id: wb.add_sheet(sheet_name(t.name, used), heads, widths, empty_note=_empty_note(t.name, english))
            for t in tops
        }
        n = 0
        for ann in annotations:
            encoded = encode_cells(builder.values(ann, english), prefix_formulas=FORMULA_FIRST)
            main.write_encoded(encoded)
            top = builder.tags.top(ann.tag_id)
            if top is not None and top.id in per_top:
                per_top[top.id].write_encoded(encoded)
            n += 1
            ticker.step()
    except BaseException:
        wb.abort()
        raise
    wb.close()
    return n


def _empty_note(tag: str, english: bool) -> str:
    """The line an empty per-tag sheet carries under its header (instead of a filter over a blank row)."""
    return f"(No annotations tagged “{tag}”)" if english else f"（没有标为“{tag}”的标注）"


def json_record(builder: RowBuilder, ann: AnnotationLike, english: bool) -> dict[str, Any]:
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
    annotations: Iterable[AnnotationLike],
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


def write_table(
    path: str | Path, headers: Sequence[str], rows: Iterable[Mapping[str, Any]], *, sheet: str = "表格"
) -> None:
    """Write a plain table (dict rows keyed by ``headers``) as CSV (UTF-8 with BOM) or XLSX, by suffix.

    Used for comparison tables, matrices and the like; text is neutralised against formulas and
    the file only appears once it is complete.
    """
    target = Path(path)
    with atomic_output(target) as tmp:
        if target.suffix.lower() == ".xlsx":
            book = StreamingWorkbook(tmp)
            try:
                widths = [max(8.0, min(40.0, 2.2 * len(h) + 4)) for h in headers]
                out = book.add_sheet(sheet_name(sheet, set()), list(headers), widths)
                for row in rows:
                    out.write_row([_table_cell(row.get(h)) for h in headers])
            except BaseException:
                book.abort()
                raise
            book.close()
        else:
            with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow([neutralise(h) for h in headers])
                for row in rows:
                    writer.writerow([csv_cell(_table_cell(row.get(h))) for h in headers])


def _table_cell(value: Any) -> Any:
    if value is None:
        return ""
    return neutralise(value) if isinstance(value, str) else value
