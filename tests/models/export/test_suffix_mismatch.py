"""A file named for one format never receives another (CSV text in 汇总.xlsx will not open in Excel)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from models.errors import ReportMarkError
from models.export import export_annotations
from models.store import Store

# the suffixes a writer may fill; the ledger writes a workbook, or CSV when the name ends in .csv
WRITES = {"csv": {".csv"}, "xlsx": {".xlsx"}, "json": {".json"}, "qdpx": {".qdpx"}, "ledger": {".xlsx", ".csv"}}
KNOWN = (".csv", ".xlsx", ".json", ".qdpx", ".XLSX")


@pytest.mark.parametrize("fmt", sorted(WRITES))
@pytest.mark.parametrize("suffix", KNOWN)
def test_a_known_suffix_of_another_format_is_refused_and_nothing_written(
    project: Store, tmp_path: Path, fmt: str, suffix: str
) -> None:
    out = tmp_path / f"汇总{suffix}"
    if suffix.lower() in WRITES[fmt]:
        assert export_annotations(project, out, fmt=fmt) > 0 and out.exists()
        return
    with pytest.raises(ReportMarkError) as err:
        export_annotations(project, out, fmt=fmt)
    assert out.name in err.value.user_message and not out.exists()


def test_an_unknown_or_missing_suffix_is_written_as_asked(project: Store, tmp_path: Path) -> None:
    out = tmp_path / "汇总"
    export_annotations(project, out, fmt="xlsx")
    with out.open("rb") as fh:  # openpyxl judges a path by its suffix, a file by its bytes
        assert openpyxl.load_workbook(fh).sheetnames
