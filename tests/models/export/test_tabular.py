"""CSV, XLSX, JSON and ledger exports read back and compared field by field with the store."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.errors import Cancelled, ReportMarkError
from models.export import export_annotations, import_qdpx, preview_rows
from models.export.times import LocalTime, local_time
from models.store import Store
from models.types import Annotation
from tests.models.export.conftest import AWKWARD_NOTE, FORMULA_TEXT

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe(text: str) -> str:
    visible = text.lstrip(" \n\t\r")
    formula = text.startswith(FORMULA_STARTS) or visible.startswith(("=", "+", "-", "@"))
    return "'" + text if formula else text


def tag_path(store: Store, tag_id: int) -> str:
    tag = store.tags.get(tag_id)
    return f"{store.tags.get(tag.parent_id).name} › {tag.name}" if tag.parent_id else tag.name


def expected(store: Store, ann: Annotation) -> dict[str, object]:
    """The exported fields of ``ann`` derived from the store, independently of the exporter."""
    doc = store.documents.get(ann.document_id)
    a = ann.attributes
    return {
        "文档标题": doc.title,
        "发文机关": doc.issuer or "",
        "日期": doc.date or "",
        "文号": doc.doc_number or "",
        "标签": tag_path(store, ann.tag_id),
        "原文": safe(ann.text),
        "备注": safe(ann.note),
        "指标名称": str(a.get("name", "")),
        "单位": str(a.get("unit", "")),
        "政策文号": str(a.get("doc_number", "")),
        "起始位置": ann.start,
        "结束位置": ann.end,
        "标注人": ann.author,
        "创建时间": local_time(ann.created),  # local time, as Excel reads a date (issue 14.10)
        "状态": {"accepted": "已确认", "suggested": "建议"}[ann.status],
    }


def numeric(value: object) -> float | None:
    if value in (None, ""):
        return None
    return float(str(value).replace(",", ""))


def test_csv_round_trip(project: Store, tmp_path: Path) -> None:
    out = tmp_path / "标注.csv"
    n = export_annotations(project, out, fmt="csv")
    anns = project.annotations.select()
    assert n == len(anns) == 5
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert len(rows) == n
    for ann, row in zip(anns, rows, strict=True):
        for key, value in expected(project, ann).items():
            assert row[key] == str(value), key
        assert numeric(row["数值"]) == numeric(ann.attributes.get("value"))
        assert numeric(row["标准化数值"]) == numeric(ann.attributes.get("normalized_value"))
        assert numeric(row["增减"]) == numeric(ann.attributes.get("change"))
    by_note = {r["备注"]: r for r in rows}
    assert AWKWARD_NOTE in by_note  # commas, quotes and a newline survive
    assert by_note[AWKWARD_NOTE]["标签"] == "指标 › 工业"
    assert by_note[AWKWARD_NOTE]["章节"] in ("", by_note[AWKWARD_NOTE]["章节"])
    formula_row = next(r for r in rows if r["备注"] == "正文以等号开头")
    assert formula_row["原文"] == "'" + FORMULA_TEXT
    assert next(r for r in rows if r["指标名称"] == "主营业务收入")["数值"] == "-3.5"  # numbers stay numbers


def test_csv_gb18030_and_english_headers(project: Store, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    export_annotations(project, out, fmt="csv", encoding="gb18030", english_headers=True)
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("gb18030"), newline="")))
    assert rows[0]["Document title"] == project.documents.get(project.annotations.select()[0].document_id).title
    assert {r["Status"] for r in rows} == {"accepted"}
    assert AWKWARD_NOTE in {r["Note"] for r in rows}


def test_filters_tags_with_children_documents_and_status(project: Store, tmp_path: Path) -> None:
    indicator = project.tags.find("指标")
    out = tmp_path / "f.csv"
    n = export_annotations(project, out, tag_ids=[indicator.id])
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    assert n == 3
    assert {r["标签"] for r in rows} == {"指标", "指标 › 工业"}
    docs = [project.documents.all()[-1].id]
    assert export_annotations(project, out, document_ids=docs) == 3
    assert export_annotations(project, out, statuses=("accepted", "suggested")) == 6
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    assert next(r for r in rows if r["状态"] == "建议")["备注"] == "'-待核实"


def test_xlsx_round_trip(project: Store, tmp_path: Path) -> None:
    out = tmp_path / "标注.xlsx"
    n = export_annotations(project, out, fmt="xlsx")
    anns = project.annotations.select()
    wb = openpyxl.load_workbook(out)
    top_names = [t.name for t in project.tags.all() if t.parent_id is None]
    assert wb.sheetnames == ["全部", *top_names]
    ws = wb["全部"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
    assert ws.column_dimensions["A"].width > 20
    head = [c.value for c in ws[1]]
    rows = [dict(zip(head, r, strict=True)) for r in ws.iter_rows(min_row=2, values_only=True)]
    assert len(rows) == n == len(anns)
    for ann, row in zip(anns, rows, strict=True):
        for key, value in expected(project, ann).items():
            if isinstance(value, LocalTime):  # a real date cell
                assert row[key] == value.local, key
                continue
            if key == "日期" and value:  # a report's full date: a date cell too (clerks sort and filter by it)
                assert isinstance(row[key], datetime) and row[key].date().isoformat() == value, key
                continue
            assert (row[key] if row[key] is not None else "") == value, key
    for r in ws.iter_rows(min_row=2):
        cells = dict(zip(head, r, strict=True))
        assert cells["起始位置"].data_type == "n"
        if cells["数值"].value is not None:
            assert isinstance(cells["数值"].value, int | float)
            assert cells["数值"].data_type == "n"
        for c in r:
            assert c.data_type != "f"  # never a formula
    values = {row["指标名称"]: row for row in rows if row["指标名称"]}
    assert values["主营业务收入"]["数值"] == -3.5
    assert values["主营业务收入"]["增减"] == 12.5
    # per-top-level-tag sheets hold that tag's rows (children included), in order
    indicator_rows = list(wb["指标"].iter_rows(min_row=2, values_only=True))
    assert [r[head.index("标签")] for r in indicator_rows] == [
        row["标签"] for row in rows if str(row["标签"]).startswith("指标")
    ]
    # an empty one says so under its header (clerk15c: no filter over a blank row)
    assert [r[0] for r in wb["问题"].iter_rows(min_row=2, values_only=True)] == ["（没有标为“问题”的标注）"]


def test_json_round_trip(project: Store, tmp_path: Path) -> None:
    out = tmp_path / "标注.json"
    n = export_annotations(project, out, fmt="json", statuses=("accepted", "suggested"))
    data = json.loads(out.read_text(encoding="utf-8"))
    anns = project.annotations.select(statuses=("accepted", "suggested"))
    assert n == len(data["annotations"]) == len(anns)
    for ann, rec in zip(anns, data["annotations"], strict=True):
        assert rec["id"] == ann.id
        assert rec["document"]["id"] == ann.document_id
        assert rec["document"]["title"] == project.documents.get(ann.document_id).title
        assert (rec["start"], rec["end"], rec["text"], rec["note"]) == (ann.start, ann.end, ann.text, ann.note)
        assert rec["attributes"] == dict(ann.attributes)
        assert rec["tag"]["path"] == tag_path(project, ann.tag_id)
        assert rec["status"] == ann.status


def test_ledger_one_row_per_indicator_one_column_per_document(project: Store, tmp_path: Path) -> None:
    out = tmp_path / "台账.xlsx"
    assert export_annotations(project, out, fmt="ledger") == 2
    ws = openpyxl.load_workbook(out).active
    head = [c.value for c in ws[1]]
    assert head[:3] == ["指标名称", "单位", "类型"]
    docs = [d for d in project.documents.all() if d.title in "".join(map(str, head))]
    assert len(head) == 6 and len(docs) == 2
    assert head[5] == head[4] + " 增减"  # the change beside the report that has one (主营业务收入增长12.5%)
    rows = {r[0]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    assert set(rows) == {"5G基站", "主营业务收入"}
    assert sorted(v for v in rows["5G基站"][3:] if v is not None) == [319, 1200]
    out_csv = tmp_path / "台账.csv"
    export_annotations(project, out_csv, fmt="ledger")
    csv_rows = list(csv.reader(io.StringIO(out_csv.read_text(encoding="utf-8-sig"), newline="")))
    assert csv_rows[0] == head
    assert any(r[0] == "主营业务收入" and "-3.5" in r and "+12.5%" in r for r in csv_rows)


def test_cancel_leaves_no_partial_file(project: Store, tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    with pytest.raises(Cancelled):
        export_annotations(project, out, fmt="xlsx", cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []
    out.write_text("old")
    with pytest.raises(Cancelled):
        export_annotations(project, out, fmt="xlsx", cancelled=lambda: True)
    assert out.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.xlsx"]


def test_progress_reported(project: Store, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_annotations(project, tmp_path / "p.csv", progress=lambda d, t, label: seen.append((d, t)))
    assert seen[-1] == (5, 5)


def test_bad_format_and_encoding(project: Store, tmp_path: Path) -> None:
    with pytest.raises(ReportMarkError, match="格式"):
        export_annotations(project, tmp_path / "a.doc", fmt="doc")
    with pytest.raises(ReportMarkError, match="编码"):
        export_annotations(project, tmp_path / "a.csv", encoding="latin-1")


def test_preview_rows(project: Store) -> None:
    heads, rows = preview_rows(project, limit=2)
    assert heads[0] == "文档标题" and len(heads) == len(rows[0])
    assert len(rows) == 2
    heads, rows = preview_rows(project, tag_ids=[project.tags.find("问题").id], statuses=("suggested",))
    assert [r[heads.index("备注")] for r in rows] == ["-待核实"]  # preview shows raw values


def test_xlsx_of_chosen_tags_has_sheets_only_for_them(project: Store, tmp_path: Path) -> None:
    out = tmp_path / "指标.xlsx"
    indicator = project.tags.find("指标")
    assert indicator is not None
    n = export_annotations(project, out, fmt="xlsx", tag_ids=[indicator.id])
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["全部", "指标"]
    assert wb["指标"].max_row - 1 == n


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(note=st.text(alphabet=st.sampled_from(list("指标,\"\n\r=+-@\t 'a1：、")), min_size=0, max_size=30))
def test_any_note_round_trips_through_csv_and_xlsx(store: Store, tmp_path: Path, note: str) -> None:
    from tests.models.export.conftest import add_text

    if store.documents.count() == 0:
        add_text(store, "新建5G基站319个。", "单条")
    doc = store.documents.all()[0].id
    for ann in store.annotations.select():
        store.annotations.delete(ann.id)
    store.annotations.add(doc, 2, 6, store.tags.find("指标").id, note=note)
    export_annotations(store, tmp_path / "n.csv")
    raw = (tmp_path / "n.csv").read_bytes().decode("utf-8-sig")  # read_text() would turn CR into LF
    [row] = list(csv.DictReader(io.StringIO(raw, newline="")))
    assert row["备注"] == safe(note)
    export_annotations(store, tmp_path / "n.xlsx", fmt="xlsx")
    ws = openpyxl.load_workbook(tmp_path / "n.xlsx")["全部"]
    cell = ws.cell(row=2, column=8)
    assert (cell.value or "") == safe(note)


def test_indicator_kind_and_normalized_unit(store: Store, tmp_path: Path) -> None:
    from tests.models.export.conftest import add_text

    doc = add_text(store, "力争口罩产能达到2500万只。", "单条")
    attrs = {
        "name": "口罩产能",
        "value": 2500.0,
        "unit": "万只",
        "normalized_value": 25_000_000.0,
        "base_unit": "只",
        "kind": "target",
    }
    store.annotations.add(doc, 2, 14, store.tags.find("指标").id, attributes=attrs)
    export_annotations(store, tmp_path / "zh.csv")
    [row] = list(csv.DictReader(io.StringIO((tmp_path / "zh.csv").read_text(encoding="utf-8-sig"), newline="")))
    assert (row["指标类型"], row["标准化数值"], row["标准化单位"], row["数值"]) == ("目标", "25000000", "只", "2500")
    export_annotations(store, tmp_path / "en.csv", english_headers=True)
    [row] = list(csv.DictReader(io.StringIO((tmp_path / "en.csv").read_text(encoding="utf-8-sig"), newline="")))
    assert (row["Kind"], row["Normalized unit"]) == ("target", "只")


def test_export_explicit_annotation_list_in_given_order(project: Store, tmp_path: Path) -> None:
    anns = project.annotations.select(statuses=("accepted", "suggested"))
    chosen = [anns[3].id, anns[0].id, 999_999, anns[5].id]  # a deleted/unknown id is skipped
    out = tmp_path / "chosen.csv"
    assert export_annotations(project, out, annotation_ids=chosen) == 3
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    by_id = {a.id: a for a in anns}
    assert [int(r["起始位置"]) for r in rows] == [by_id[i].start for i in chosen if i in by_id]
    qdpx = tmp_path / "chosen.qdpx"
    assert export_annotations(project, qdpx, fmt="qdpx", annotation_ids=chosen) == 3
    fresh = Store.memory()
    import_qdpx(fresh, qdpx)
    assert len(fresh.annotations.select()) == 3
    assert fresh.documents.count() == len({by_id[i].document_id for i in chosen if i in by_id})


def test_ledger_by_year_uses_the_indicator_period(store: Store, tmp_path: Path) -> None:
    from tests.models.export.conftest import add_text

    tag = store.tags.find("指标").id
    d20 = add_text(store, "2020年建成基站100个，2021年力争200个。", "二〇年总结", date="2020-12-30")
    d21 = add_text(store, "2021年建成基站180个。", "二一年总结", date="2021-12-30")
    store.annotations.add(d20, 5, 13, tag, attributes={"name": "基站", "value": 100, "unit": "个", "kind": "actual"})
    store.annotations.add(
        d20, 14, 24, tag, attributes={"name": "基站", "value": 200, "unit": "个", "kind": "target", "period": "2021"}
    )
    store.annotations.add(d21, 5, 13, tag, attributes={"name": "基站", "value": 180, "unit": "个", "kind": "actual"})
    out = tmp_path / "year.csv"
    assert export_annotations(store, out, fmt="ledger", ledger_by="year") == 2
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    assert rows[0] == ["指标名称", "单位", "类型", "2020年", "2021年"]
    assert rows[1:] == [["基站", "个", "实际", "100", "180"], ["基站", "个", "目标", "", "200"]]
    out_doc = tmp_path / "doc.csv"
    export_annotations(store, out_doc, fmt="ledger")
    head = next(csv.reader(io.StringIO(out_doc.read_text(encoding="utf-8-sig"), newline="")))
    assert head[3:] == ["二〇年总结（2020-12-30）", "二一年总结（2021-12-30）"]
    with pytest.raises(ReportMarkError):
        export_annotations(store, out, fmt="ledger", ledger_by="month")


def test_times_are_local_and_read_as_dates(project: Store, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import time

    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        assert local_time("2026-12-05T06:17:15+00:00") == "2026-12-05 14:17:15"
        out = tmp_path / "标注.xlsx"
        export_annotations(project, out, fmt="xlsx")
        ws = openpyxl.load_workbook(out)["全部"]
        head = [c.value for c in ws[1]]
        cell = ws.cell(row=2, column=head.index("创建时间") + 1)
        assert cell.is_date and cell.number_format == "yyyy-mm-dd hh:mm:ss"
        ann = project.annotations.select()[0]
        assert cell.value == local_time(ann.created).local  # type: ignore[union-attr]
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
