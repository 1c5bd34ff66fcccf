"""A span tagged 指标 by hand is read by the indicator parser and reaches the ledger like a suggestion."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from models import ops
from models.export import export_annotations
from models.store import Store
from models.suggest.indicators import parse_indicator_span
from tests.models.conftest import add_plain_text

TEXT = "上半年,全区实现地区生产总值212.65亿元,同比增长3%。发展不平衡问题仍然突出。\n"


def test_hand_tagged_indicator_gets_parsed_fields_and_reaches_the_ledger(store: Store, tmp_path: Path) -> None:
    doc = add_plain_text(store, TEXT, "罗庄区上半年报告", date="2022-08-31")
    quote = "地区生产总值212.65亿元,同比增长3%"
    start = TEXT.index(quote)
    ann, _ = ops.create_annotation(store, doc, start, start + len(quote), store.find_tag("指标").id)

    got = store.get_annotation(ann.id).attributes
    assert (got["name"], got["value"], got["unit"], got["change"], got["change_unit"], got["kind"]) == (
        "地区生产总值",
        212.65,
        "亿元",
        3,
        "%",
        "actual",
    )
    out = tmp_path / "台账.csv"
    assert export_annotations(store, out, fmt="ledger") == 1
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    assert rows == [
        ["指标名称", "单位", "类型", "罗庄区上半年报告（2022-08-31）"],
        ["地区生产总值", "元", "实际", "21265000000"],
    ]


def test_fields_the_clerk_gave_are_kept_and_other_tags_are_not_parsed(store: Store) -> None:
    doc = add_plain_text(store, TEXT)
    start = TEXT.index("地区生产总值")
    end = TEXT.index("。")
    mine = {"name": "GDP", "value": 212.65, "unit": "亿元"}
    ann, _ = ops.create_annotation(store, doc, start, end, store.find_tag("指标").id, attributes=mine)
    assert store.get_annotation(ann.id).attributes == mine
    problem, _ = ops.create_annotation(store, doc, TEXT.index("发展"), TEXT.index("突出"), store.find_tag("问题").id)
    assert store.get_annotation(problem.id).attributes == {}


def test_a_span_without_a_figure_has_no_fields() -> None:
    assert parse_indicator_span("工业总产值") == {}
    assert parse_indicator_span("") == {}


def test_a_bare_figure_keeps_its_value() -> None:
    got = parse_indicator_span("8.5%")
    assert (got["value"], got["unit"]) == (8.5, "%")
