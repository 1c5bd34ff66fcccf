"""Merging a colleague's copy whose notes on the same spans differ from ours: every line once, nothing lost."""

from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from models import ops
from models.export.merge_project import merge_project
from models.export.qdpx_import import merged_note
from models.store import Store
from tests.models.conftest import add_plain_text

TEXT = "全年规模以上工业增加值增长8%。社零额增长5%。"


def _two_copies(tmp_path: Path) -> tuple[Path, Path, int]:
    mine = tmp_path / "mine.reportmark"
    store: Store = ops.open_project(mine)
    doc = add_plain_text(store, TEXT, title="某县2023年工作总结")
    tag = store.tags.all()[0].id
    ops.create_annotation(store, doc, 2, 11, tag, note="我的备注")
    ops.create_annotation(store, doc, 16, 19, tag, note="")
    store.close()
    theirs = tmp_path / "theirs.reportmark"
    shutil.copy(mine, theirs)
    return mine, theirs, doc


def _notes(path: Path, doc: int) -> list[str]:
    store = ops.open_project(path)
    try:
        return [a.note for a in store.annotations.iterate(document_id=doc, statuses=None)]
    finally:
        store.close()


def test_a_colleague_who_added_a_line_to_my_note_gives_my_line_once(tmp_path: Path) -> None:
    """Seen on the day: after merging, 我的备注 stood twice above the colleague's line."""
    mine, theirs, doc = _two_copies(tmp_path)
    store = ops.open_project(theirs)
    first, second = store.annotations.iterate(document_id=doc, statuses=None)
    store.annotations.update(first.id, note="我的备注\n同事补充：数据待核")
    store.annotations.update(second.id, note="同事：口径不同")
    store.close()
    store = ops.open_project(mine)
    merge_project(store, theirs)
    merge_project(store, theirs)  # merged twice: nothing doubles
    store.close()
    assert _notes(mine, doc) == ["我的备注\n同事补充：数据待核", "同事：口径不同"]


def test_two_different_notes_on_one_span_are_both_kept(tmp_path: Path) -> None:
    mine, theirs, doc = _two_copies(tmp_path)
    store = ops.open_project(theirs)
    first = next(iter(store.annotations.iterate(document_id=doc, statuses=None)))
    store.annotations.update(first.id, note="同事的备注")
    store.close()
    store = ops.open_project(mine)
    merge_project(store, theirs)
    store.close()
    assert _notes(mine, doc)[0] == "我的备注\n同事的备注"


lines = st.lists(st.sampled_from(["甲", "乙", "丙", "丁 戊", ""]), max_size=5).map("\n".join)


@given(lines, lines)
def test_merged_note_keeps_every_line_once_and_mine_first(mine: str, theirs: str) -> None:
    out = merged_note(mine, theirs)
    assert out.startswith(mine)
    got = [x for x in out.split("\n") if x]
    assert set(got) == {x for x in (mine + "\n" + theirs).split("\n") if x}
    assert merged_note(out, theirs) == out  # merging again changes nothing
    new = [x for x in got[len([y for y in mine.split("\n") if y]) :]]
    assert len(new) == len(set(new))
