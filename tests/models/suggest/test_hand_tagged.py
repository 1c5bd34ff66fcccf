"""A span tagged 指标 by hand is read by the indicator parser and reaches the ledger like a suggestion."""

from __future__ import annotations

import csv
import hashlib
import io
import subprocess
import sys
from pathlib import Path

from models import ops
from models.export import export_annotations
from models.offsets import OffsetMap
from models.store import Store
from models.suggest import run_suggestions
from models.suggest.indicators import parse_indicator_span
from models.types import Metadata, ParsedDocument, Section
from tests.models.conftest import add_plain_text

TEXT = "上半年,全区实现地区生产总值212.65亿元,同比增长3%。发展不平衡问题仍然突出。\n"


def test_hand_tagged_indicator_gets_parsed_fields_and_reaches_the_ledger(store: Store, tmp_path: Path) -> None:
    doc = add_plain_text(store, TEXT, "罗庄区上半年报告", date="2022-08-31")
    quote = "地区生产总值212.65亿元,同比增长3%"
    start = TEXT.index(quote)
    ann, _ = ops.create_annotation(store, doc, start, start + len(quote), store.tags.find("指标").id)

    got = store.annotations.get(ann.id).attributes
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
    assert rows == [  # the report's own unit, its change beside it (clerk day 12)
        ["指标名称", "单位", "类型", "罗庄区上半年报告（2022-08-31）", "罗庄区上半年报告（2022-08-31） 增减"],
        ["地区生产总值", "亿元", "实际", "212.65", "+3%"],
    ]


def test_fields_the_clerk_gave_are_kept_and_other_tags_are_not_parsed(store: Store) -> None:
    doc = add_plain_text(store, TEXT)
    start = TEXT.index("地区生产总值")
    end = TEXT.index("。")
    mine = {"name": "GDP", "value": 212.65, "unit": "亿元"}
    ann, _ = ops.create_annotation(store, doc, start, end, store.tags.find("指标").id, attributes=mine)
    assert store.annotations.get(ann.id).attributes == mine
    problem, _ = ops.create_annotation(store, doc, TEXT.index("发展"), TEXT.index("突出"), store.tags.find("问题").id)
    assert store.annotations.get(problem.id).attributes == {}


def test_a_span_without_a_figure_has_no_fields() -> None:
    assert parse_indicator_span("工业总产值") == {}
    assert parse_indicator_span("") == {}


def test_a_bare_figure_keeps_its_value() -> None:
    got = parse_indicator_span("8.5%")
    assert (got["value"], got["unit"]) == (8.5, "%")


PLAN = "一、2023年工作总结\n全年新建5G基站320个。\n二、2024年工作计划\n全年新建5G基站500个。\n"


def _plan_sections() -> tuple[Section, ...]:
    first, second = PLAN.index("一、"), PLAN.index("二、")
    return (
        Section(1, "一、", "2023年工作总结", first, second, PLAN.index("\n", first)),
        Section(1, "二、", "2024年工作计划", second, len(PLAN), PLAN.index("\n", second)),
    )


def test_a_hand_tag_inside_a_plan_section_is_a_target_as_a_suggestion_there_would_be(store: Store) -> None:
    parsed = ParsedDocument(
        source_name="计划.txt",
        source_format="txt",
        encoding="utf-8",
        content_hash=hashlib.sha256(PLAN.encode()).hexdigest(),
        original_text=PLAN,
        display_text=PLAN,
        offset_map=OffsetMap.identity(len(PLAN)),
        script="simplified",
        metadata=Metadata(title="计划"),
        sections=_plan_sections(),
        suspects=(),
    )
    doc = store.documents.add(parsed).id
    tag = store.tags.find("指标").id
    kinds = []
    for quote in ("新建5G基站320个", "新建5G基站500个"):
        start = PLAN.index(quote)
        ann, _ = ops.create_annotation(store, doc, start, start + len(quote), tag)
        kinds.append(store.annotations.get(ann.id).attributes["kind"])
    assert kinds == ["actual", "target"]


def test_the_section_rule_reads_a_span_with_its_document() -> None:
    quote = "新建5G基站500个"
    at = PLAN.index(quote)
    got = parse_indicator_span(quote, document=PLAN, start=at, sections=_plan_sections())
    assert (got["name"], got["value"], got["unit"], got["kind"]) == ("5G基站", 500, "个", "target")
    assert parse_indicator_span(quote)["kind"] == "actual"


def test_reading_a_hand_tag_does_not_load_jieba() -> None:
    code = (
        "import sys\n"
        "from models.suggest.indicators import parse_indicator_span\n"
        "got = parse_indicator_span('全区实现地区生产总值212.65亿元,同比增长3%')\n"
        "assert (got['name'], got['value'], got['change']) == ('地区生产总值', 212.65, 3), got\n"
        "got = parse_indicator_span('城镇居民人均可支配收入达到4.2万元')\n"
        "assert got['name'] == '城镇居民人均可支配收入', got\n"
        "assert 'jieba' not in sys.modules\n"
    )
    root = Path(__file__).resolve().parents[3]
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_the_plan_sections_kept_for_the_last_document_never_answer_for_another() -> None:
    from models.ingest.outline import build_outline
    from models.suggest.indicators import parse_indicator_span

    plan = "一、2023年工作回顾\n全年地区生产总值增长5%。\n二、2024年工作计划\n力求地区生产总值增长6%。\n"
    review = plan.replace("二、2024年工作计划", "二、2023年主要成效")
    for text, kind in ((plan, "target"), (review, "actual"), (plan, "target")):
        start = text.index("地区生产总值增长6%")
        span = text[start : start + len("地区生产总值增长6%")]
        got = parse_indicator_span(span, document=text, start=start, sections=build_outline(text))
        assert got["kind"] == kind


REVIEW = "2023年,全区实现地区生产总值212.65亿元,同比增长3%。\n2024年,力争地区生产总值增长6%。\n"


def _export_ledger(store: Store, tmp_path: Path, name: str, by: str) -> list[list[str]]:
    out = tmp_path / name
    export_annotations(store, out, fmt="ledger", statuses=("accepted",), ledger_by=by)
    return list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))


def test_a_hand_tag_carries_the_period_and_kind_an_accepted_suggestion_has(store: Store, tmp_path: Path) -> None:
    suggested = add_plain_text(store, REVIEW, "建议", date="2024-01-20")
    run_suggestions(store, suggested, status="accepted")
    tagged = add_plain_text(store, REVIEW + "\n", "手工", date="2024-01-20")
    tag = store.tags.find("指标").id
    accepted = sorted(store.annotations.iterate(document_id=suggested), key=lambda a: a.start)
    accepted = [a for a in accepted if a.tag_id == tag]
    assert [a.attributes.get("period") for a in accepted] == ["2023年", "2024年"]
    for a in accepted:
        ann, _ = ops.create_annotation(store, tagged, a.start, a.end, tag)
        mine = store.annotations.get(ann.id).attributes
        theirs = {k: v for k, v in a.attributes.items() if k != "confidence"}
        assert mine == theirs
    rows = _export_ledger(store, tmp_path, "年.csv", "year")
    assert rows == [  # report order, the report's own unit, the change beside the value (clerk day 12)
        ["指标名称", "单位", "类型", "2023年", "2023年 增减", "2024年", "2024年 增减"],
        ["地区生产总值", "亿元", "实际", "212.65", "+3%", "", ""],
        ["地区生产总值", "", "目标", "", "", "", "+6%"],  # a growth alone is a change (clerk day 16)
    ]


def test_a_hand_tag_over_part_of_a_statement_takes_its_sentence_period() -> None:
    at = REVIEW.index("212.65亿元")
    got = parse_indicator_span("212.65亿元", document=REVIEW, start=at)
    assert (got["value"], got["unit"], got.get("period"), got["kind"]) == (212.65, "亿元", "2023年", "actual")
    at = REVIEW.index("增长6%")
    got = parse_indicator_span("增长6%", document=REVIEW, start=at)
    assert (got["value"], got.get("period"), got["kind"]) == (6, "2024年", "target")


def test_through_the_command_line_a_hand_tag_exports_as_the_accepted_suggestion(tmp_path: Path) -> None:
    """`export --format ledger` puts both in one row; `export --format csv` gives both the same 期间 and 指标类型."""
    project = tmp_path / "p.reportmark"
    store = Store.open(project)
    store.tags.ensure_defaults(ops.load_default_schema())
    suggested = add_plain_text(store, REVIEW, "建议", date="2024-01-20")
    run_suggestions(store, suggested, status="accepted")
    tagged = add_plain_text(store, REVIEW + "\n", "手工", date="2024-01-21")
    tag = store.tags.find("指标").id
    for a in list(store.annotations.iterate(document_id=suggested)):
        if a.tag_id == tag:
            ops.create_annotation(store, tagged, a.start, a.end, tag)
    store.close()
    root = Path(__file__).resolve().parents[3]
    env = {"REPORTMARK_HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}

    def export(fmt: str, name: str) -> list[list[str]]:
        out = tmp_path / name
        cmd = [sys.executable, str(root / "main.py"), "export", "--out", str(out), "--format", fmt]
        done = subprocess.run([*cmd, "--project", str(project)], capture_output=True, text=True, env=env, cwd=root)
        assert done.returncode == 0, done.stderr
        return list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))

    ledger = export("ledger", "台账.csv")
    assert ledger[0] == [
        "指标名称", "单位", "类型",
        "建议（2024-01-20）", "建议（2024-01-20） 增减", "手工（2024-01-21）", "手工（2024-01-21） 增减",
    ]  # fmt: skip
    assert [row[:3] for row in ledger[1:]] == [["地区生产总值", "亿元", "实际"], ["地区生产总值", "", "目标"]]
    assert all(row[3:5] == row[5:7] and any(row[3:5]) for row in ledger[1:])
    rows = export("csv", "标注.csv")
    head = rows[0]
    picked = [(r[head.index("文档标题")], r[head.index("期间")], r[head.index("指标类型")]) for r in rows[1:]]
    assert sorted(picked) == [
        ("建议", "2023年", "实际"),
        ("建议", "2024年", "目标"),
        ("手工", "2023年", "实际"),
        ("手工", "2024年", "目标"),
    ]
