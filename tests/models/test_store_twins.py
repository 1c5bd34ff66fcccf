"""Twin annotations (a hand tag and an accepted suggestion on one span and tag) merged into one, and back."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from models import ops
from models.store import Store
from models.types import AnnotationStatus
from tests.models.conftest import add_plain_text

TEXT = "2021年,规模以上工业增加值114.9亿元,年均增长4.1%。新增高新技术企业19家。\n"
QUOTE = "规模以上工业增加值114.9亿元"


def _twins(store: Store) -> tuple[int, int, int]:
    doc = add_plain_text(store, TEXT)
    tag = store.tags.find("指标").id
    start = TEXT.index(QUOTE)
    end = start + len(QUOTE)
    hand = store.annotations.add(doc, start, end, tag, note="核对过年报", attributes={"name": "规模以上工业增加值"})
    sug = store.annotations.add(
        doc,
        start,
        end,
        tag,
        note="与统计公报一致",
        attributes={"name": "规模以上工业增加值", "value": 114.9, "unit": "亿元", "period": "2021年"},
        status=AnnotationStatus.SUGGESTED,
    )
    store.annotations.update(sug.id, status=AnnotationStatus.ACCEPTED)
    return doc, hand.id, sug.id


def _accepted(store: Store, doc: int) -> list[tuple[int, int, int]]:
    return [(a.start, a.end, a.tag_id) for a in store.annotations.select(doc)]


def test_twins_are_merged_into_the_one_with_more_fields_keeping_both_notes(store: Store) -> None:
    doc, hand, sug = _twins(store)
    other = store.annotations.add(doc, 0, 5, store.tags.find("指标").id)  # not a twin: left alone
    assert store.annotations.count_twins() == 1
    merges, changes = ops.merge_twin_annotations(store)
    assert len(merges) == 1 and changes.annotations == {hand, sug}
    assert not store.annotations.has(hand) and store.annotations.has(other.id)
    kept = store.annotations.get(sug)
    assert kept.attributes["period"] == "2021年" and kept.attributes["value"] == 114.9
    assert "核对过年报" in kept.note and "与统计公报一致" in kept.note
    assert len(_accepted(store, doc)) == 2
    assert store.annotations.count_twins() == 0


def test_a_merge_is_undone_exactly(store: Store) -> None:
    doc, _hand, sug = _twins(store)
    before = {a.id: a for a in store.annotations.select(doc)}
    merges, _ = ops.merge_twin_annotations(store)
    ops.unmerge_twin_annotations(store, merges)
    assert {a.id: a for a in store.annotations.select(doc)} == before
    merges2, _ = ops.merge_twin_annotations(store)  # redo
    assert [m.kept.id for m in merges2] == [sug]


def test_merging_nothing_changes_nothing(store: Store) -> None:
    add_plain_text(store, TEXT)
    merges, changes = ops.merge_twin_annotations(store)
    assert merges == [] and not changes.annotations


def test_the_command_line_merges_twins_in_a_project_file(tmp_path: Path) -> None:
    path = tmp_path / "p.reportmark"
    store = ops.open_project(path)
    doc, _hand, sug = _twins(store)
    store.close()
    run = [sys.executable, "main.py", "--project", str(path), "dedupe"]
    out = subprocess.run(run, capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parents[2])
    assert "1" in out.stdout and "合并" in out.stdout
    store = Store.open(path)
    try:
        assert [a.id for a in store.annotations.select(doc)] == [sug]
    finally:
        store.close()


def test_the_command_line_leaves_a_project_open_in_a_window_alone(tmp_path: Path) -> None:
    from models.store.window_lock import WindowLock

    path = tmp_path / "p.reportmark"
    store = ops.open_project(path)
    _twins(store)
    store.close()
    lock = WindowLock.acquire(path)  # a window has it open
    try:
        run = [sys.executable, "main.py", "--project", str(path), "dedupe"]
        out = subprocess.run(run, capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2])
        assert out.returncode == 1 and "窗口" in out.stderr
    finally:
        lock.release()
    store = Store.open(path)
    try:
        assert store.annotations.count_twins() == 1
    finally:
        store.close()
