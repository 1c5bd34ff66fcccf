"""A hand-tagged 指标 gets the 期间 its sentence states, as a suggestion on the same spot does (report 018)."""

from __future__ import annotations

from pathlib import Path

from models import ops
from models.store import Store
from models.types import AnnotationStatus
from tests.models.conftest import add_plain_text

# The shape of report 018 (and of most 政府工作报告 reviews): one period heads a list of clauses joined by ；.
LIST = "经济实力稳中有进。2021年,实现生产总值288.7亿元,年均增长5.1%;规模以上工业增加值114.9亿元,年均增长4.1%。\n"
REPORT_018 = Path("tests/corpus/reports/018_xinhua_district_2022_gov_report_indented_excerpt.txt")


def _tag(store: Store, doc: int, text: str, quote: str) -> dict[str, object]:
    start = text.index(quote)
    ann, _ = ops.create_annotation(store, doc, start, start + len(quote), store.tags.find("指标").id)
    return dict(store.annotations.get(ann.id).attributes or {})


def test_a_hand_tag_in_a_list_takes_the_period_heading_the_sentence(store: Store) -> None:
    doc = add_plain_text(store, LIST)
    got = _tag(store, doc, LIST, "规模以上工业增加值114.9亿元")
    assert (got["name"], got["value"], got["period"]) == ("规模以上工业增加值", 114.9, "2021年")


def test_a_period_the_span_states_itself_is_kept(store: Store) -> None:
    text = "2021年,实现生产总值288.7亿元;上半年,规模以上工业增加值60.2亿元。\n"
    doc = add_plain_text(store, text)
    assert _tag(store, doc, text, "上半年,规模以上工业增加值60.2亿元")["period"] == "上半年"


def test_a_pending_suggestion_on_the_spot_lends_its_period(store: Store) -> None:
    text = "规模以上工业增加值114.9亿元,年均增长4.1%。\n"
    doc = add_plain_text(store, text)
    quote = "规模以上工业增加值114.9亿元,年均增长4.1%"
    tag = store.tags.find("指标")
    store.annotations.add(
        doc,
        0,
        len(quote),
        tag.id,
        attributes={"name": "规模以上工业增加值", "value": 114.9, "unit": "亿元", "period": "2021年"},
        status=AnnotationStatus.SUGGESTED,
    )
    got = _tag(store, doc, text, "规模以上工业增加值114.9亿元")
    assert got["period"] == "2021年"


def test_report_018_hand_tag_reads_2021(store: Store) -> None:
    outcomes, _ = ops.import_files(store, [REPORT_018])
    doc = outcomes[0].document
    assert doc is not None
    text = store.documents.display_text(doc.id)
    got = _tag(store, doc.id, text, "规模以上工业增加值114.9亿元")
    assert got["period"] == "2021年"
