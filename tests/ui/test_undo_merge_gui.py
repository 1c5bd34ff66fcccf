"""Undoing a merge of a colleague's project (文件 › 合并同事的项目…): exactly back, or a plain reason why not."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from models import ops
from models.store import Store
from ui.commands import CreateAnnotation


def _content(store: Store) -> dict[str, list[tuple]]:
    """Every row the clerk owns, to compare the project before and after."""
    tables = ("documents", "document_texts", "sections", "suspects", "tags", "annotations")
    return {t: store.conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}


@pytest.fixture
def colleague(tmp_path):  # type: ignore[no-untyped-def]
    """A colleague's project (both seeds, tagged, notes, a suggestion) exported as .qdpx."""
    from models.export import export_annotations
    from tests.ui.test_export_dialog import annotate_seeds

    theirs = tmp_path / "colleague.reportmark"
    annotate_seeds(theirs)
    src = ops.open_project(theirs)
    qdpx = tmp_path / "同事.qdpx"
    export_annotations(src, qdpx, fmt="qdpx")
    src.close()
    return qdpx


@pytest.fixture
def clerk(qtbot, small_project, dialogs):  # type: ignore[no-untyped-def]
    """The clerk's own project, with a tag, a note, a review and a hand-typed title, open in the window."""
    from tests.ui.conftest import make_window

    store = ops.open_project(small_project)
    doc = store.documents.all()[0]
    tag = store.tags.add("我的标签", "#123456")
    text = store.documents.display_text(doc.id)
    ann, _ = ops.create_annotation(store, doc.id, 0, 4, tag.id, note="我的备注")
    suggested, _ = ops.create_annotation(store, doc.id, 10, 14, tag.id)
    ops.set_annotation_statuses(store, {suggested.id: "rejected"})  # a review
    ops.set_memo(store, doc.id, "我的批注")
    assert text and ann.note == "我的备注"
    store.close()
    return make_window(qtbot, small_project)


def _merge(qtbot, window, qdpx, monkeypatch) -> str:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    shown: list[str] = []
    window.statusBar().messageChanged.connect(shown.append)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(qdpx), ""))
    window.screens.export.import_qdpx_action.trigger()
    # the merge's own report, not any task going idle: on a loaded machine another task (the window's start-up work)
    # may go idle first, and Ctrl+Z would then run while the merge is still writing
    qtbot.waitUntil(lambda: any(m.startswith("已从") for m in shown), timeout=60000)
    qtbot.waitUntil(window.tasks.is_idle, timeout=60000)
    return next((m for m in reversed(shown) if m.startswith("已从")), "")


def _ctrl_z(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()  # Ctrl+Z is the window's shortcut: it reaches it only when the window is active
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_z_takes_the_merge_back_exactly_and_redo_brings_it_again(qtbot, clerk, colleague, monkeypatch, dialogs):  # type: ignore[no-untyped-def]
    window = clerk
    before = _content(window.store)
    message = _merge(qtbot, window, colleague, monkeypatch)
    assert "可以撤销" in message, message
    merged = _content(window.store)
    assert len(merged["documents"]) > len(before["documents"])
    undo_action = next(a for a in window.findChildren(type(window.actions_.quit)) if a.text().startswith("撤销"))
    assert "同事.qdpx" in undo_action.text()  # the menu item names what it takes back
    _ctrl_z(qtbot, window)
    assert _content(window.store) == before  # tags, notes, reviews, titles: all as they were
    assert window.library.document_ids() == [row[0] for row in before["documents"]]
    window.undo_stack.redo()
    assert _content(window.store) == merged
    assert not dialogs["errors"]


def test_edits_after_the_merge_are_undone_first_then_the_merge(qtbot, clerk, colleague, monkeypatch, dialogs):  # type: ignore[no-untyped-def]
    window = clerk
    before = _content(window.store)
    _merge(qtbot, window, colleague, monkeypatch)
    doc_id = window.library.document_ids()[0]
    tag = window.store.tags.find("我的标签")
    window.undo_stack.push(CreateAnnotation(window.project, doc_id, 5, 9, tag.id, note="合并后"))
    _ctrl_z(qtbot, window)  # the annotation made after the merge
    _ctrl_z(qtbot, window)  # then the merge
    assert _content(window.store) == before
    assert not dialogs["errors"]


def test_a_change_outside_the_undo_history_keeps_the_merge_and_says_why(qtbot, clerk, colleague, monkeypatch, dialogs):  # type: ignore[no-untyped-def]
    window = clerk
    _merge(qtbot, window, colleague, monkeypatch)
    other = Store.open(window.project_path)  # e.g. suggestions generated in the background
    doc_id = other.documents.all()[0].id
    ops.create_annotation(other, doc_id, 5, 9, other.tags.find("我的标签").id, note="别处的改动")
    other.close()
    after = _content(window.store)
    _ctrl_z(qtbot, window)
    assert _content(window.store) == after  # nothing lost: neither the merge nor what came after
    assert len(dialogs["errors"]) == 1
    assert "不能撤销合并“同事.qdpx”" in dialogs["errors"][0] and "丢掉" in dialogs["errors"][0]
    assert not window.undo_stack.canRedo()  # the merge left the history: Ctrl+Z again does not retry it


def test_a_colleagues_project_file_merges_directly_and_undoes(qtbot, clerk, tmp_path, monkeypatch, dialogs):  # type: ignore[no-untyped-def]
    # the colleague sends their .reportmark itself (no REFI-QDA export): 文件 › 合并同事的项目… takes it as it is
    from tests.ui.test_export_dialog import annotate_seeds

    theirs = tmp_path / "同事.reportmark"
    annotate_seeds(theirs)
    window = clerk
    assert "合并同事的项目" in window.screens.export.import_qdpx_action.text()
    before = _content(window.store)
    message = _merge(qtbot, window, theirs, monkeypatch)
    assert message.startswith("已从“同事.reportmark”合并") and "可以撤销" in message, message
    merged = _content(window.store)
    assert len(merged["documents"]) > len(before["documents"])
    assert len(merged["annotations"]) > len(before["annotations"])
    _ctrl_z(qtbot, window)
    assert _content(window.store) == before
    assert not dialogs["errors"]
