"""What a comparison uses for each side (issue 14.2): stored indicators, or found on the fly when none exist."""

from __future__ import annotations

from compare_helpers import add_parsed, annotate

from models import ops
from models.compare import compare_documents
from models.compare.format import format_side
from models.compare.refs import resolve_pair
from models.compare.sources import side_indicators
from models.store import Store
from tests.models.conftest import SEED_SIMPLIFIED, SEED_TRADITIONAL

TEXT = "一、经济\n\n全年新建5G基站120个，完成固定资产投资530亿元，同比增长8.5%。\n"


def test_a_side_with_stored_indicators_uses_them_only(store: Store) -> None:
    a = add_parsed(store, "a.txt", TEXT)
    annotate(store, a, "新建5G基站120个", name="5G基站", value=120, unit="个")
    side = side_indicators(store, a)
    assert side.source == "stored" and [i.name for i in side.indicators] == ["5G基站"]


def test_a_side_never_looked_at_gets_indicators_found_on_the_fly_and_nothing_is_stored(store: Store) -> None:
    a = add_parsed(store, "a.txt", TEXT)
    side = side_indicators(store, a)
    assert side.source == "found" and len(side.indicators) >= 2
    assert store.annotations.count(a, statuses=("accepted", "suggested", "rejected")) == 0
    assert side_indicators(store, a, find_missing=False).source == "none"


def test_rejected_indicators_are_respected(store: Store) -> None:
    a = add_parsed(store, "a.txt", TEXT)
    ann = annotate(store, a, "新建5G基站120个", name="5G基站", value=120, unit="个", status="rejected")
    assert ann
    assert side_indicators(store, a).source == "none"


def test_comparison_records_each_sides_source(store: Store) -> None:
    a, b = add_parsed(store, "a.txt", TEXT), add_parsed(store, "b.txt", TEXT.replace("120", "98"))
    annotate(store, a, "新建5G基站120个", name="5G基站", value=120, unit="个")
    comparison = compare_documents(store, a, b)
    assert (comparison.left_source, comparison.right_source) == ("stored", "found")
    assert any(p.name == "5G基站" and p.difference == -22 for p in comparison.indicator_pairs)


def test_files_and_ids_resolve_into_one_store_without_writing_the_project(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "p.reportmark"
    project = ops.open_project(path)
    (outcome,) = ops.import_files(project, [SEED_SIMPLIFIED])[0]
    assert outcome.document is not None
    project.close()
    opened: list[Store] = []

    def opener() -> Store:
        opened.append(ops.open_project(path, create=False))
        return opened[-1]

    store, a, b = resolve_pair(str(outcome.document.id), str(SEED_TRADITIONAL), opener)
    assert store is not opened[0]  # both copied into memory
    assert store.documents.get(a).title == outcome.document.title
    comparison = compare_documents(store, a, b)
    assert comparison.indicator_pairs
    assert opened[0].annotations.count(statuses=("accepted", "suggested")) == 0
    files_only, _, _ = resolve_pair(str(SEED_SIMPLIFIED), str(SEED_TRADITIONAL), opener)
    assert len(opened) == 1 and files_only.path is None  # no project opened for two files


def test_one_formatter_for_window_and_command_line() -> None:
    assert format_side({"value": 11.83e8, "unit": "元", "change": 8.46, "change_unit": "%"}) == "11.83亿元（+8.46%）"
    assert format_side({"value": 3358e4, "unit": "元", "change": None, "change_unit": ""}) == "3,358万元"
    assert format_side({"value": 61111e4, "unit": "元"}, scale_with=[530e8]) == "6.11亿元"
    assert format_side({"value": None, "unit": "", "change": -16.8, "change_unit": "%"}) == "-16.8%"
    assert format_side(None) == "—"
