"""Re-importing a corrected report moves annotations to the same quoted text, never drops any."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from models import importing, ops
from models.reanchor import reanchor
from models.store import Store
from models.types import Annotation
from tests.models.conftest import SEED_SIMPLIFIED


def _ann(i: int, text: str, start: int, end: int) -> Annotation:
    return Annotation(id=i, document_id=1, start=start, end=end, text=text[start:end], tag_id=1)


def test_exact_quote_moves_after_an_inserted_paragraph() -> None:
    old = "第一段。\n全市5G基站319个。\n第三段。"
    new = "新增一段说明。\n第一段。\n全市5G基站319个。\n第三段。"
    start = old.index("5G基站")
    result = reanchor(old, new, [_ann(1, old, start, start + 8)])
    (placed,) = result.placed
    assert new[placed.start : placed.end] == "5G基站319个"
    assert placed.how == "exact"


def test_typo_fix_inside_the_quote_is_placed_fuzzily() -> None:
    old = "开头。\n规上工业增加直下降10.3%，降幅收窄。\n结尾。"
    new = "开头。\n规上工业增加值下降10.3%，降幅收窄。\n结尾。"
    start = old.index("规上")
    result = reanchor(old, new, [_ann(1, old, start, start + 14)])
    (placed,) = result.placed
    assert placed.how == "fuzzy"
    assert new[placed.start : placed.end].startswith("规上工业增加值")


def test_fuzzy_match_follows_an_edit_that_lengthened_the_quote() -> None:
    old = "开头。\n今年加快推进产业园区建设，成效明显。\n结尾。"
    new = "开头。\n今年加快推进了产业园区的建设，成效明显。\n结尾。"
    start = old.index("加快")
    result = reanchor(old, new, [_ann(1, old, start, start + len("加快推进产业园区建设"))])
    (placed,) = result.placed
    assert placed.how == "fuzzy"
    assert new[placed.start : placed.end] == "加快推进了产业园区的建设"


def test_removed_text_is_listed_not_dropped() -> None:
    old = "甲。\n这一句将被整段删除，内容完全不同。\n乙。"
    new = "甲。\n乙。"
    start = old.index("这一句")
    result = reanchor(old, new, [_ann(1, old, start, start + 10)])
    assert result.placed == ()
    assert [a.id for a in result.unplaced] == [1]


def test_repeated_quote_uses_context() -> None:
    old = "一、工业\n企业数量增加。\n二、商贸\n企业数量增加。"
    new = "前言。\n一、工业\n企业数量增加。\n二、商贸\n企业数量增加。"
    start = old.rindex("企业数量")
    (placed,) = reanchor(old, new, [_ann(1, old, start, start + 4)]).placed
    assert placed.start == new.rindex("企业数量")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="甲乙丙丁。\n12", min_size=5, max_size=80), st.data())
def test_every_annotation_is_placed_or_listed(old: str, data: st.DataObject) -> None:
    new = data.draw(st.text(alphabet="甲乙丙丁。\n12", max_size=80))
    start = data.draw(st.integers(0, len(old) - 1))
    end = data.draw(st.integers(start + 1, len(old)))
    ann = _ann(1, old, start, end)
    result = reanchor(old, new, [ann])
    assert len(result.placed) + len(result.unplaced) == 1
    for p in result.placed:
        assert 0 <= p.start < p.end <= len(new)


def test_reimport_through_ops_moves_and_keeps(tmp_path: Path, store: Store) -> None:
    ops.import_files(store, [SEED_SIMPLIFIED])
    doc = store.documents.all()[0]
    text = store.documents.display_text(doc.id)
    tag = store.tags.find("指标")
    assert tag
    s = text.index("5G基站")
    kept = store.annotations.add(doc.id, s, s + 4, tag.id, note="保留")
    original = SEED_SIMPLIFIED.read_text(encoding="utf-8")
    corrected = tmp_path / "修订版.txt"
    corrected.write_text(
        original.replace("一、2020年主要工作情况", "一、2020年主要工作情况\n\n本段为修订时新增的说明文字。", 1),
        encoding="utf-8",
    )
    result, _ = importing.reimport_document(store, doc.id, corrected)
    moved = store.annotations.get(kept.id)
    assert moved.text == "5G基站" and moved.note == "保留"
    assert moved.start > kept.start
    assert result.unplaced == ()
    assert "本段为修订时新增" in store.documents.display_text(doc.id)
