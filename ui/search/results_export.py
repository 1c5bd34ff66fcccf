"""Writing an explicit list of annotations (annotation query results) with the domain's CSV/XLSX writers.

TODO(lead): this belongs in models.export as ``export_annotations(..., annotation_ids=...)``;
it only composes models.export pieces (rows, writers, atomic output) and holds no format logic.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from models.errors import NotFound, ReportMarkError
from models.export.rows import RowBuilder, Ticker, atomic_output
from models.export.tabular import write_csv, write_xlsx
from models.types import Annotation

if TYPE_CHECKING:
    from models.store import Store


def export_annotation_list(
    store: Store,
    annotation_ids: Sequence[int],
    out_path: str | Path,
    *,
    fmt: str = "xlsx",
    english_headers: bool = False,
    encoding: str = "utf-8-sig",
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the annotations ``annotation_ids`` (in that order, deleted ones skipped) as CSV or XLSX.

    Returns:
        Rows written.
    """
    if fmt not in ("csv", "xlsx"):
        raise ReportMarkError(f"不支持的导出格式“{fmt}”，可选：csv、xlsx。")
    target = Path(out_path)
    ticker = Ticker(len(annotation_ids), progress, cancelled, target.name)
    ticker.check()

    def annotations() -> Iterator[Annotation]:
        for ann_id in annotation_ids:
            try:
                yield store.get_annotation(ann_id)
            except NotFound:
                continue

    builder = RowBuilder(store)
    with atomic_output(target) as tmp:
        if fmt == "csv":
            n = write_csv(tmp, builder, annotations(), ticker, english=english_headers, encoding=encoding)
        else:
            n = write_xlsx(tmp, builder, annotations(), ticker, english=english_headers)
        ticker.check()
    ticker.finish()
    return n
