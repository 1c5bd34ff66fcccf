"""models/merge_undo.py: a merge undone and redone exactly (the store checked after each step), or refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from models import ops
from models.errors import NotUndoable
from models.merge_undo import merge_undoably, redo_merge, undo_merge
from models.store import Store
from models.types import Changes
from tests.models.conftest import add_plain_text


def _rows(store: Store) -> dict[str, list[tuple]]:
    return {
        t: store.conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
        for t in ("documents", "tags", "annotations")
    }


def _merge_in(store: Store) -> Changes:
    """Stands for a colleague's project: a report, a tag and a tagged span."""
    doc_id = add_plain_text(store, "同事的报告：全年新增企业12家。", title="同事的报告")
    tag = store.tags.add("同事的标签", "#654321")
    ann, _ = ops.create_annotation(store, doc_id, 0, 4, tag.id, note="同事的备注")
    return Changes(documents=frozenset({doc_id}), annotations=frozenset({ann.id}), tags=frozenset({tag.id}))


@pytest.fixture
def mine(file_store: Store) -> Store:
    doc_id = add_plain_text(file_store, "我的报告：工业增长8.5%。")
    tag = file_store.tags.add("我的标签", "#123456")
    ann, _ = ops.create_annotation(file_store, doc_id, 0, 4, tag.id, note="我的备注")
    ops.set_annotation_statuses(file_store, {ann.id: "rejected"})
    return file_store


def test_redo_undo_redo_leaves_the_store_as_each_side_was(mine: Store, tmp_path: Path) -> None:
    before = _rows(mine)
    changes, record = merge_undoably(mine, tmp_path, "同事.qdpx", lambda: _merge_in(mine))
    merged = _rows(mine)
    assert merged != before and changes.documents
    assert undo_merge(mine, record) == changes
    assert _rows(mine) == before
    assert redo_merge(mine, record) == changes
    assert _rows(mine) == merged
    undo_merge(mine, record)
    assert _rows(mine) == before


def test_a_change_after_the_merge_refuses_the_undo_and_keeps_everything(mine: Store, tmp_path: Path) -> None:
    _, record = merge_undoably(mine, tmp_path, "同事.qdpx", lambda: _merge_in(mine))
    mine.tags.add("合并后的标签", "#abcdef")
    after = _rows(mine)
    with pytest.raises(NotUndoable, match=r"不能撤销合并“同事\.qdpx”"):
        undo_merge(mine, record)
    assert _rows(mine) == after


def test_suggestions_made_after_the_merge_do_not_block_the_undo(mine: Store, tmp_path: Path) -> None:
    before = _rows(mine)
    _, record = merge_undoably(mine, tmp_path, "同事.qdpx", lambda: _merge_in(mine))
    doc_id = mine.documents.all()[-1].id
    tag_id = mine.tags.find("同事的标签").id  # type: ignore[union-attr]
    mine.annotations.add(doc_id, 5, 9, tag_id, status="suggested")  # what the app generates for new reports
    undo_merge(mine, record)
    assert _rows(mine) == before


def test_a_failed_merge_changes_nothing(mine: Store, tmp_path: Path) -> None:
    before = _rows(mine)

    def broken() -> Changes:
        _merge_in(mine)
        raise ValueError("坏文件")

    with pytest.raises(ValueError):
        merge_undoably(mine, tmp_path, "坏.qdpx", broken)
    assert _rows(mine) == before
