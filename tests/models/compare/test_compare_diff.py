"""Sentence-level version diff: a seed against a copy with one sentence added, one removed, one number changed."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from models import ops
from models.compare import split_sentences, version_diff
from models.store import Store

SEED = Path(__file__).resolve().parents[3] / "seeds" / "2020_市经信局_工作总结和2021年工作计划.txt"
REMOVED = "二是产业升级不断加快。"
ADDED = "四是新增省级专精特新企业12家。"
OLD_NUMBER = "全年新开工项目75个、总投资224.2亿元。"
NEW_NUMBER = "全年新开工项目78个、总投资224.2亿元。"
ANCHOR = "提振企业发展决心和信心。"


def _edited(text: str) -> str:
    assert text.count(REMOVED) == 1 and text.count(OLD_NUMBER) == 1 and text.count(ANCHOR) == 1
    return text.replace(REMOVED, "").replace(OLD_NUMBER, NEW_NUMBER).replace(ANCHOR, ANCHOR + ADDED)


def test_seed_edit_reports_exactly_three_differences() -> None:
    left = SEED.read_text(encoding="utf-8")
    right = _edited(left)
    items = version_diff(left, right)
    assert sorted(i.kind for i in items) == ["changed", "deleted", "inserted"]
    for item in items:
        assert left[item.left_start : item.left_end] == item.left_text
        assert right[item.right_start : item.right_end] == item.right_text
    deleted = next(i for i in items if i.kind == "deleted")
    assert deleted.left_text == REMOVED and deleted.right_start == deleted.right_end
    inserted = next(i for i in items if i.kind == "inserted")
    assert inserted.right_text == ADDED and inserted.left_start == inserted.left_end
    assert inserted.left_start == left.index(ANCHOR) + len(ANCHOR)
    changed = next(i for i in items if i.kind == "changed")
    assert "75个" in changed.left_text and "78个" in changed.right_text
    assert [i.left_start for i in items] == sorted(i.left_start for i in items)


def test_seed_versions_from_the_store(store: Store, tmp_path: Path) -> None:
    copy = tmp_path / "修订稿.txt"
    copy.write_text(_edited(SEED.read_text(encoding="utf-8")), encoding="utf-8")
    outcomes, _ = ops.import_files(store, [SEED, copy])
    a, b = (o.document.id for o in outcomes if o.document is not None)
    items = version_diff(store.documents.display_text(a), store.documents.display_text(b))
    assert sorted(i.kind for i in items) == ["changed", "deleted", "inserted"]


def test_identical_texts_have_no_differences() -> None:
    text = SEED.read_text(encoding="utf-8")
    assert version_diff(text, text) == []


def test_rewritten_sentence_is_deleted_and_inserted_not_changed() -> None:
    left = "第一句话保持不变。今年完成工业投资20亿元。最后一句也不变。"
    right = "第一句话保持不变。组织开展企业家培训三期。最后一句也不变。"
    assert [i.kind for i in version_diff(left, right)] == ["deleted", "inserted"]


def test_sentences_split_on_terminators_and_newlines() -> None:
    text = "一、总体情况\n全年增长5%；其中工业增长6%。是否达标？是！"
    assert [s.text for s in split_sentences(text)] == [
        "一、总体情况",
        "全年增长5%；",
        "其中工业增长6%。",
        "是否达标？",
        "是！",
    ]


_SENTENCES = st.lists(
    st.sampled_from(["甲乙丙。", "丁戊己。", "庚辛壬。", "今年增长5%。", "今年增长6%。", "\n"]), max_size=12
)


@given(_SENTENCES, _SENTENCES)
def test_offsets_always_quote_their_text(a: list[str], b: list[str]) -> None:
    left, right = "".join(a), "".join(b)
    for item in version_diff(left, right):
        assert left[item.left_start : item.left_end] == item.left_text
        assert right[item.right_start : item.right_end] == item.right_text
        assert (item.kind == "inserted") == (item.left_start == item.left_end)
        assert (item.kind == "deleted") == (item.right_start == item.right_end)


def test_diff_of_stored_versions_exports_rows(store: Store, tmp_path: Path) -> None:
    from models.compare import DIFF_HEADERS, diff_table, version_diff_documents

    copy = tmp_path / "修订稿.txt"
    copy.write_text(_edited(SEED.read_text(encoding="utf-8")), encoding="utf-8")
    outcomes, _ = ops.import_files(store, [SEED, copy])
    a, b = (o.document.id for o in outcomes if o.document is not None)
    headers, rows = diff_table(version_diff_documents(store, a, b))
    assert headers == list(DIFF_HEADERS)
    assert sorted(r["类型"] for r in rows) == ["修改", "删除", "新增"]
    assert next(r for r in rows if r["类型"] == "删除")["原文"] == REMOVED
