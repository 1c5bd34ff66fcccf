"""An empty sheet in an Excel export carries its header and a line saying it is empty, and no filter over nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl

from models.export import export_annotations
from models.store import Store


def _tops_used(store: Store) -> set[int]:
    """The top-level tags that have annotations (a child tag's annotation counts for its top)."""
    used = set()
    for ann in store.annotations.select():
        tag = store.tags.get(ann.tag_id)
        while tag.parent_id is not None:
            tag = store.tags.get(tag.parent_id)
        used.add(tag.id)
    return used


def _row_values(ws) -> list[list[object]]:  # type: ignore[no-untyped-def]
    return [[c for c in row if c is not None] for row in ws.iter_rows(values_only=True)]


def test_an_empty_tag_sheet_says_it_is_empty_and_has_no_filter(project: Store, tmp_path: Path) -> None:
    """Seen: the 目标 and 措施 sheets, with no annotations, had a filter covering a blank row."""
    out = tmp_path / "标注.xlsx"
    export_annotations(project, out, fmt="xlsx")
    wb = openpyxl.load_workbook(out)
    tops = [t for t in project.tags.all() if t.parent_id is None]
    used = _tops_used(project)
    empty = [t.name for t in tops if t.id not in used]
    assert empty, "the seeded project leaves some top-level tags without annotations"
    for name in empty:
        ws = wb[name]
        rows = _row_values(ws)
        assert len(rows) == 2, rows
        assert rows[0][0] == "文档标题"
        assert rows[1] == [f"（没有标为“{name}”的标注）"]
        assert not ws.auto_filter.ref, name
    full = wb["全部"]
    assert full.auto_filter.ref and full.auto_filter.ref.startswith("A1:")

    with zipfile.ZipFile(out) as zf:
        book = zf.read("xl/workbook.xml").decode("utf-8")
    for i, name in enumerate(wb.sheetnames):
        assert (f'localSheetId="{i}"' in book) == (name not in empty), name


def test_an_empty_english_sheet_says_so_in_english(project: Store, tmp_path: Path) -> None:
    out = tmp_path / "annotations.xlsx"
    export_annotations(project, out, fmt="xlsx", english_headers=True)
    wb = openpyxl.load_workbook(out)
    used = _tops_used(project)
    empty = [t.name for t in project.tags.all() if t.parent_id is None and t.id not in used]
    assert _row_values(wb[empty[0]])[1] == [f"(No annotations tagged “{empty[0]}”)"]


def test_an_empty_ledger_says_it_is_empty_and_has_no_filter(project: Store, tmp_path: Path) -> None:
    out = tmp_path / "台账.xlsx"
    policy = project.tags.find("政策")
    assert export_annotations(project, out, fmt="ledger", tag_ids=[policy.id]) == 0
    ws = openpyxl.load_workbook(out)["台账"]
    rows = _row_values(ws)
    assert len(rows) == 2, rows
    assert rows[1] == ["（没有可列入台账的指标）"]
    assert not ws.auto_filter.ref
