"""A project in a read-only folder is offered read-only: it opens, nothing can be changed (the status bar says why),
and exporting and comparing work."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from models import ops
from tests.models.harden.test_disk_errors import tmpfs
from tests.ui.conftest import SEED_SIMPLIFIED, SEED_TRADITIONAL, make_window
from tests.ui.test_export_dialog import choose_format, choose_path, open_dialog


@pytest.fixture
def read_only_project(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Two annotated reports in a folder that then becomes read-only (a share mounted read-only)."""
    with tmpfs(tmp_path, "16m") as fs:
        path = fs / "共享.reportmark"
        store = ops.open_project(path)
        ops.import_files(store, [SEED_SIMPLIFIED, SEED_TRADITIONAL])
        doc = store.documents.all()[0]
        store.annotations.add(doc.id, 0, 4, store.tags.find("政策").id)
        store.close()
        subprocess.run(["mount", "-o", "remount,ro", str(fs)], check=True)
        yield path


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The clerk answers 以只读方式打开 to the read-only question; the question's text is recorded."""
    from ui.safety import read_only

    questions: list[str] = []

    def answer(box):  # type: ignore[no-untyped-def]
        questions.append(box.text())
        return box.button_read_only

    monkeypatch.setattr(read_only, "_ask", answer)
    return questions


def test_a_read_only_project_is_offered_read_only_and_editing_says_why(
    qtbot, window, read_only_project, asked, dialogs, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """Seen: “项目…或其所在文件夹是只读的，无法打开” and nothing else: the clerk could not even read it."""
    ro = window.open_project_window(read_only_project)
    qtbot.addWidget(ro)
    assert ro is not window and ro.project.readonly
    assert len(asked) == 1 and "只读" in asked[0] and read_only_project.name in asked[0]
    assert dialogs["errors"] == []
    assert "只读" in ro.windowTitle()
    notice = ro.statusBar().findChild(QLabel, "readOnlyNotice")
    assert notice is not None and notice.isVisible() and "只读" in notice.text()
    acts = ro.actions_
    for act in (acts.import_files, acts.import_folder, acts.choose_tag, acts.delete_annotation, acts.edit_tags):
        assert not act.isEnabled(), act.text()
        assert "只读" in act.statusTip() and "只读" in act.toolTip()
    assert ro.screens.export.export_action.isEnabled()

    # a report reads; tagging a selection is refused with the reason in the status bar, nothing written
    doc_id = ro.library.document_ids()[0]
    ro.open_document(doc_id, 10, 16)  # the clerk selects six characters
    qtbot.waitUntil(ro.document_view().highlights_complete)
    assert ro.document_view().selected_span() == (10, 16)
    before = ro.store.annotations.count(doc_id)
    ro.annotator.apply_tag(ro.store.tags.find("指标").id)
    assert "只读" in ro.statusBar().currentMessage()
    assert ro.store.annotations.count(doc_id) == before
    assert ro.undo_stack.count() == 0
    assert ro.info.memo.isReadOnly()
    assert not any(row.button.isEnabled() for row in ro.info.rows.values())  # the ✎ of title, issuer …
    assert not ro.tag_palette.edit_button.isEnabled()
    ro.delete_document(doc_id)  # from the report list's menu: refused, the report stays
    assert ro.store.documents.has(doc_id) and "只读" in ro.statusBar().currentMessage()
    assert dialogs["errors"] == []

    # exporting works (the worker reads the project read-only too)
    dlg = open_dialog(ro, qtbot)
    # the file is offered in a folder it can be written to, not beside the read-only project
    assert Path(dlg.path.text()).parent != read_only_project.parent
    assert os.access(Path(dlg.path.text()).parent, os.W_OK)
    choose_format(dlg, "xlsx")
    target = tmp_path / "导出.xlsx"
    choose_path(dlg, qtbot, monkeypatch, target)
    monkeypatch.setattr("ui.export.dialog.show_done", lambda *a: None)
    with qtbot.waitSignal(dlg.file_exported, timeout=20000):
        qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    assert openpyxl.load_workbook(target)["全部"].max_row == 2
    assert dialogs["errors"] == []

    # comparing the two reports works too
    from ui.compare import compare_window, open_compare

    left, right = ro.library.document_ids()[:2]
    cw = compare_window(ro)
    qtbot.addWidget(cw)
    with qtbot.waitSignal(cw.comparison_shown, timeout=30000):
        open_compare(ro, left, right, tab="side")
    assert cw.side.comparison.pairs
    assert dialogs["errors"] == []


def test_declining_read_only_leaves_the_window_as_it_was(
    qtbot, window, read_only_project, monkeypatch, dialogs
) -> None:  # type: ignore[no-untyped-def]
    from ui.safety import read_only

    monkeypatch.setattr(read_only, "_ask", lambda box: None)
    assert window.open_project_window(read_only_project) is window
    assert not window.project.readonly


def test_a_writable_project_is_not_read_only(qtbot, small_project, dialogs) -> None:  # type: ignore[no-untyped-def]
    w = make_window(qtbot, small_project)
    assert not w.project.readonly
    assert w.statusBar().findChild(QLabel, "readOnlyNotice") is None
