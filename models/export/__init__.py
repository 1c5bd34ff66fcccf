"""Exporting annotations (CSV, XLSX, JSON, ledger, REFI-QDA) and importing REFI-QDA projects.

Every writer streams annotations from the store, writes to a temporary file beside
the target and moves it into place only when complete, so a cancelled or failed
export never leaves a partial file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.errors import ReportMarkError
from models.export.rows import (
    AnnotationLike,
    RowBuilder,
    Ticker,
    atomic_output,
    headers,
    iter_filtered,
    resolve_filters,
)
from models.export.tabular import write_csv, write_json, write_xlsx
from models.types import AnnotationStatus

if TYPE_CHECKING:
    from models.store import Store
    from models.types import Changes

FORMATS = ("csv", "xlsx", "json", "qdpx", "ledger")
ENCODINGS = ("utf-8-sig", "gb18030")
# what each suffix a clerk may type holds; a file named for one format never receives another
_SUFFIX_FORMATS = {".csv": "CSV", ".xlsx": "Excel 工作簿", ".json": "JSON", ".qdpx": "REFI-QDA 项目"}
_WRITES = {"csv": (".csv",), "xlsx": (".xlsx",), "json": (".json",), "qdpx": (".qdpx",), "ledger": (".xlsx", ".csv")}


def export_target(target: Path, fmt: str) -> Path:
    """``target`` as ``fmt`` is written: a name with no export suffix gets the format's (x.ledger -> x.ledger.xlsx)."""
    if fmt not in _WRITES or target.suffix.lower() in _SUFFIX_FORMATS:
        return target
    return target.with_name(target.name + _WRITES[fmt][0])


def _check_suffix(target: Path, fmt: str) -> None:
    """Refuse a target whose suffix names another format (CSV text in 汇总.xlsx: Excel will not open it)."""
    suffix = target.suffix.lower()
    if suffix in _SUFFIX_FORMATS and suffix not in _WRITES[fmt]:
        wanted = "、".join(_WRITES[fmt])
        raise ReportMarkError(
            f"文件名“{target.name}”是{_SUFFIX_FORMATS[suffix]}的扩展名，与导出格式（{fmt}）不符："
            f"请把扩展名改为 {wanted}，或换用与扩展名相符的格式。"
        )


def export_annotations(
    store: Store,
    out_path: str | Path,
    *,
    fmt: str = "csv",
    tag_ids: Sequence[int] | None = None,
    document_ids: Sequence[int] | None = None,
    statuses: Sequence[str] = (AnnotationStatus.ACCEPTED,),
    english_headers: bool = False,
    encoding: str = "utf-8-sig",
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    annotation_ids: Sequence[int] | None = None,
    ledger_by: str = "document",
) -> int:
    """Write the chosen annotations to ``out_path``.

    Args:
        store: the project.
        out_path: target file; replaced only when the export completes.
        fmt: "csv", "xlsx", "json", "qdpx" or "ledger" (XLSX, or CSV when ``out_path`` ends in .csv).
        tag_ids: tags to export, each with its child tags; None exports every tag.
        document_ids: documents to export; None exports the whole project.
        statuses: annotation states to include ("accepted", "suggested").
        english_headers: English column headers instead of Chinese.
        encoding: CSV encoding, "utf-8-sig" (with BOM, for Excel) or "gb18030".
        progress: called as ``progress(done, total, label)`` now and then.
        cancelled: polled now and then; when it returns True the export stops.
        annotation_ids: export exactly these annotations in this order (e.g. search results;
            deleted ones skipped) instead of filtering by tags, documents and states.
        ledger_by: ledger columns, "document" (title and date) or "year" (the indicator's
            period, else the report's date).

    Returns:
        Rows written (annotations; indicator rows for the ledger; coded selections for qdpx).

    Raises:
        Cancelled: ``cancelled()`` returned True; no file was written.
        StoreError: the file cannot be written.
    """
    fmt = fmt.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ReportMarkError(f"不支持的导出格式“{fmt}”，可选：{'、'.join(FORMATS)}。")
    if ledger_by not in ("document", "year"):
        raise ReportMarkError(f"台账列只能按文档或按年份，不支持“{ledger_by}”。")
    if encoding.lower().replace("_", "-") not in ENCODINGS:
        raise ReportMarkError(f"不支持的编码“{encoding}”，可选：UTF-8（带 BOM）或 GB18030。")
    if annotation_ids is not None:
        chosen = list(annotation_ids)
        total = len(chosen)

        def rows() -> Iterator[AnnotationLike]:
            return store.annotations.rows_by_id(chosen)

        qdpx_docs: set[int] | None = {a.document_id for a in rows()}
        only_tags: list[int] | None = None
    else:
        filters = resolve_filters(store, tag_ids, document_ids, statuses)
        total = store.annotations.count_filtered(
            document_ids=filters.document_ids, tag_ids=filters.tag_ids, statuses=filters.statuses
        )

        def rows() -> Iterator[AnnotationLike]:
            return iter_filtered(store, filters)

        qdpx_docs = set(filters.document_ids) if filters.document_ids is not None else None
        only_tags = filters.tag_ids
    target = Path(out_path)
    _check_suffix(target, fmt)
    ticker = Ticker(total, progress, cancelled, target.name)
    ticker.check()
    builder = RowBuilder(store)
    with atomic_output(target) as tmp:
        if fmt == "csv":
            n = write_csv(tmp, builder, rows(), ticker, english=english_headers, encoding=encoding)
        elif fmt == "xlsx":
            n = write_xlsx(tmp, builder, rows(), ticker, english=english_headers, only_tags=only_tags)
        elif fmt == "json":
            n = write_json(tmp, store, builder, rows(), ticker, english=english_headers)
        elif fmt == "ledger":
            as_csv = target.suffix.lower() == ".csv"
            from models.export.ledger import write_ledger  # xlsxwriter loads only for the ledger

            n = write_ledger(
                tmp,
                builder,
                rows(),
                ticker,
                english=english_headers,
                as_csv=as_csv,
                encoding=encoding,
                by_year=ledger_by == "year",
            )
        else:
            from models.export.qdpx import project_name, write_qdpx

            n = write_qdpx(tmp, store, rows, ticker, document_ids=qdpx_docs, project_name=project_name(store))
        ticker.check()
    ticker.finish()
    return n


def preview_rows(
    store: Store,
    *,
    limit: int = 20,
    tag_ids: Sequence[int] | None = None,
    document_ids: Sequence[int] | None = None,
    statuses: Sequence[str] = (AnnotationStatus.ACCEPTED,),
    english_headers: bool = False,
    **_ignored: Any,
) -> tuple[list[str], list[list[Any]]]:
    """Headers and the first ``limit`` rows an export with these filters would write (for the dialog)."""
    filters = resolve_filters(store, tag_ids, document_ids, statuses)
    builder = RowBuilder(store)
    rows = [builder.values(a, english_headers) for a in islice(iter_filtered(store, filters), limit)]
    return headers(english_headers), rows


def ledger_left_out(
    store: Store,
    *,
    tag_ids: Sequence[int] | None = None,
    document_ids: Sequence[int] | None = None,
    statuses: Sequence[str] = (AnnotationStatus.ACCEPTED,),
    **_ignored: Any,
) -> int:
    """How many of the chosen annotations the indicator ledger leaves out (no indicator name or no value)."""
    filters = resolve_filters(store, tag_ids, document_ids, statuses)
    return store.annotations.count_without_figure(
        document_ids=filters.document_ids, tag_ids=filters.tag_ids, statuses=filters.statuses
    )


def import_qdpx(store: Store, path: str | Path, **options: Any) -> Changes:
    """Import a REFI-QDA project (see ``models.export.qdpx_import.import_qdpx``); lxml loads only here."""
    from models.export.qdpx_import import import_qdpx as _import_qdpx

    return _import_qdpx(store, path, **options)


__all__ = ["ENCODINGS", "FORMATS", "export_annotations", "import_qdpx", "ledger_left_out", "preview_rows"]
