"""Re-importing a corrected report from the File menu: annotations move, unplaced ones are listed and placed by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from models import ops
from tests.ui.conftest import SEED_SIMPLIFIED, make_window
from tests.ui.test_annotating import select
from ui.safety import reimport as reimport_mod
from ui.safety import safety_of

KEPT = "全市253家规上企业"  # in a paragraph the correction leaves alone
TYPO = "县域经济排名争先近位"  # the typo the corrected version fixes
FIXED = "县域经济排名争先进位"
GONE = "加快推动5G网络建设"  # its paragraph is rewritten: cannot be placed
INSERTED = "本节所列数据均经统计部门核实，特此说明。"
REWRITTEN = "一是推进信息基础设施。全年新建通信基站若干座，网络覆盖进一步完善，服务企业数字化转型。"
TARGET = "新建通信基站"


def corrected_versions(folder: Path) -> tuple[Path, Path]:
    """The seed with a typo (as first imported) and its corrected version (typo fixed, paragraph added)."""
    seed = SEED_SIMPLIFIED.read_text(encoding="utf-8")
    old = folder / "经信局总结_初稿.txt"
    old.write_text(seed.replace(FIXED, TYPO, 1), encoding="utf-8")
    lines = seed.split("\n")
    gone_line = next(i for i, line in enumerate(lines) if GONE in line)
    lines[gone_line] = REWRITTEN
    lines.insert(9, INSERTED + "\n")
    new = folder / "经信局总结_修订版.txt"
    new.write_text("\n".join(lines), encoding="utf-8")
    return old, new


@pytest.fixture
def typo_project(tmp_path: Path) -> tuple[Path, Path, dict[str, int]]:
    """A project holding the first draft with three annotations; returns (project, corrected file, ids)."""
    old, new = corrected_versions(tmp_path)
    path = tmp_path / "draft.reportmark"
    store = ops.open_project(path)
    outcomes, _ = ops.import_files(store, [old])
    doc = outcomes[0].document
    assert doc is not None
    text = store.documents.display_text(doc.id)
    tag = store.tags.all()[0].id
    ids = {}
    for quote in (KEPT, TYPO, GONE):
        start = text.index(quote)
        ann, _ = ops.create_annotation(store, doc.id, start, start + len(quote), tag, note=f"备注：{quote[:4]}")
        ids[quote] = ann.id
    store.close()
    return path, new, ids


def reimport(window, qtbot, monkeypatch, new: Path) -> list[str]:  # type: ignore[no-untyped-def]
    summaries: list[str] = []
    monkeypatch.setattr(reimport_mod, "choose_file", lambda parent, start: new)
    monkeypatch.setattr(reimport_mod, "show_summary", lambda parent, text: summaries.append(text))
    safety_of(window).reimport_action.trigger()
    qtbot.waitUntil(lambda: bool(summaries), timeout=20000)
    return summaries


def test_reimport_moves_annotations_and_lists_the_unplaced(qtbot, typo_project, dialogs, monkeypatch):
    path, new, ids = typo_project
    window = make_window(qtbot, path)
    doc_id = window.current_document_id()
    summaries = reimport(window, qtbot, monkeypatch, new)

    assert summaries == ["已迁移 2 处标注，其中 1 处为近似匹配；1 处无法定位，已列出，请在文档中重新选定位置。"]
    assert dialogs["errors"] == []
    view = window.document_view()
    text = view.document_text.display_text
    assert INSERTED in text and FIXED in text and TYPO not in text  # the view shows the corrected text
    kept = view.annotation(ids[KEPT])
    assert kept is not None and (kept.start, kept.text) == (text.index(KEPT), KEPT)
    fixed = view.annotation(ids[TYPO])
    assert fixed is not None and (fixed.start, fixed.text) == (text.index(FIXED), FIXED)
    assert view.annotation(ids[GONE]) is None  # not drawn anywhere, but not lost:
    unplaced = window.store.annotations.select(doc_id, statuses=("unplaced",))
    assert [(a.id, a.text) for a in unplaced] == [(ids[GONE], GONE)]

    parts = safety_of(window)
    assert parts.dock.isVisible()
    items = [parts.panel.list.topLevelItem(i) for i in range(parts.panel.list.topLevelItemCount())]
    assert [(it.text(1), it.text(2)) for it in items] == [(GONE, "备注：加快推动")]
    assert items[0].text(0) == window.store.tags.all()[0].name
    assert window.table.model.rowCount() == 2


def test_place_unplaced_at_selection_then_undo(qtbot, typo_project, dialogs, monkeypatch):
    path, new, ids = typo_project
    window = make_window(qtbot, path)
    doc_id = window.current_document_id()
    reimport(window, qtbot, monkeypatch, new)
    view = window.document_view()
    panel = safety_of(window).panel
    text = view.document_text.display_text
    start = text.index(TARGET)

    qtbot.mouseClick(panel.place_button, Qt.MouseButton.LeftButton)  # nothing selected yet: a hint, no change
    assert window.store.annotations.get(ids[GONE]).status == "unplaced"

    select(view, start, start + len(TARGET))
    qtbot.mouseClick(panel.place_button, Qt.MouseButton.LeftButton)
    ann = window.store.annotations.get(ids[GONE])
    assert (ann.start, ann.end, ann.text, ann.status) == (start, start + len(TARGET), TARGET, "accepted")
    assert panel.list.topLevelItemCount() == 0
    assert view.annotation(ids[GONE]) is not None
    assert window.table.model.rowCount() == 3

    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = window.store.annotations.get(ids[GONE])
    assert (back.text, back.status) == (GONE, "unplaced")  # the quote survives the round trip
    assert window.store.annotations.select(doc_id, statuses=("unplaced",))[0].id == ids[GONE]
    assert panel.list.topLevelItemCount() == 1
    assert view.annotation(ids[GONE]) is None

    window.undo_stack.redo()
    assert window.store.annotations.get(ids[GONE]).status == "accepted"
    window.undo_stack.undo()
    assert window.store.annotations.get(ids[GONE]).status == "unplaced"


def test_delete_unplaced_is_undoable(qtbot, typo_project, dialogs, monkeypatch):
    path, new, ids = typo_project
    window = make_window(qtbot, path)
    reimport(window, qtbot, monkeypatch, new)
    panel = safety_of(window).panel
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert not window.store.annotations.has(ids[GONE])
    assert panel.list.topLevelItemCount() == 0
    window.undo_stack.undo()
    assert window.store.annotations.get(ids[GONE]).status == "unplaced"
    assert panel.list.topLevelItemCount() == 1


def test_reimport_of_a_refused_file_changes_nothing(qtbot, typo_project, dialogs, monkeypatch, tmp_path):
    path, _new, ids = typo_project
    window = make_window(qtbot, path)
    empty = tmp_path / "空白.txt"
    empty.write_text("   \n", encoding="utf-8")
    monkeypatch.setattr(reimport_mod, "choose_file", lambda parent, start: empty)
    before = window.document_view().document_text.display_text
    safety_of(window).reimport_action.trigger()
    qtbot.waitUntil(lambda: bool(dialogs["errors"]), timeout=20000)
    assert window.store.annotations.get(ids[GONE]).status == "accepted"
    assert window.document_view().document_text.display_text == before
