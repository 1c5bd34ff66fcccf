"""Clerk day 13: a scan's page progress and a duplicate's sentence in English, untitled reports told apart in
the library, a title edited in the info panel followed at once by the window title and the library row."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from models import importing, ops
from models.errors import Cancelled
from models.types import Metadata
from tests.ui.conftest import SEED_SIMPLIFIED, make_window, small_parsed, type_text
from tests.ui.test_translations import CJK, english_app  # noqa: F401  (a fixture)
from ui.library.panel import DOC_ID_ROLE
from ui.safety import reimport as reimport_mod
from ui.safety import safety_of


def test_a_scans_page_progress_is_in_english(english_app, qtbot, window, dialogs, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]  # noqa: F811
    """The dialog under a scan being read said 扫描件.pdf（文字识别 1/2 页） to an English clerk."""
    scan = tmp_path / "扫描件.pdf"
    scan.write_bytes(b"%PDF-1.4\n")
    page_read, released = threading.Event(), threading.Event()

    def reading_pages(store, path, *, page_progress=None, cancelled=None, **_options):  # type: ignore[no-untyped-def]
        assert page_progress is not None
        page_progress(1, 2)  # OCR itself is slow and optional: the file's reader reports its pages as OCR does
        page_read.set()
        released.wait(10)
        raise Cancelled("已取消识别。")

    monkeypatch.setattr(importing, "import_file", reading_pages)
    runner = window.tasks
    runner.progress_delay_ms = 0
    with qtbot.waitSignal(runner.all_tasks_finished, timeout=20000):
        window.import_paths([scan])
        dialog = runner._tasks[min(runner._tasks)].dialog
        qtbot.waitUntil(lambda: "OCR" in dialog.labelText() or "文字识别" in dialog.labelText())
        shown = dialog.labelText()
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
        released.set()
    assert "扫描件.pdf" in shown  # the file's name stays as it is
    assert not CJK.search(shown.replace("扫描件", ""))  # nothing else in Chinese
    assert "(OCR: 1 of 2 pages read)" in shown


def test_a_duplicate_revision_is_refused_in_english(english_app, qtbot, two_seeds, dialogs, monkeypatch):  # type: ignore[no-untyped-def]  # noqa: F811
    """Re-importing one report with the file of another: the refusal said “…”已在项目中（与“…”内容相同）。"""
    window = make_window(qtbot, two_seeds)
    simplified = next(d for d in window.store.documents.all() if d.source_name == SEED_SIMPLIFIED.name)
    other = next(d for d in window.store.documents.all() if d.id != simplified.id)
    window.open_document(other.id)
    monkeypatch.setattr(reimport_mod, "choose_file", lambda parent, start: SEED_SIMPLIFIED)
    safety_of(window).reimport_action.trigger()
    qtbot.waitUntil(lambda: bool(dialogs["errors"]), timeout=20000)
    (said,) = dialogs["errors"]
    assert SEED_SIMPLIFIED.name in said and simplified.title in said
    assert "already in the project" in said
    assert not CJK.search(said.replace(SEED_SIMPLIFIED.name, "").replace(simplified.title, ""))


def _untitled_project(tmp_path: Path) -> Path:
    path = tmp_path / "untitled.reportmark"
    store = ops.open_project(path)
    store.documents.add(replace(small_parsed(name="2021_情况_v3.txt"), metadata=Metadata(title=None, issuer="某局")))
    ops.import_files(store, [SEED_SIMPLIFIED])
    store.close()
    return path


def _row(window, doc_id: int):  # type: ignore[no-untyped-def]
    return next(
        window.library.model.item(r)
        for r in range(window.library.model.rowCount())
        if window.library.model.item(r).data(DOC_ID_ROLE) == doc_id
    )


def test_an_untitled_report_is_listed_by_its_file_name_in_grey_italics(qtbot, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    window = make_window(qtbot, _untitled_project(tmp_path))
    untitled = next(d for d in window.store.documents.all() if d.source_name == "2021_情况_v3.txt")
    titled = next(d for d in window.store.documents.all() if d.source_name == SEED_SIMPLIFIED.name)
    row, other = _row(window, untitled.id), _row(window, titled.id)
    assert row.text().split("\n")[0] == "2021_情况_v3.txt"
    assert row.font().italic() and not other.font().italic()
    assert row.foreground().color().name() != other.foreground().color().name()
    assert row.toolTip().startswith("无标题（显示文件名）")
    # what the clerk sees: the row drawn in italics (the delegate draws with the item's font)
    window.open_document(untitled.id)
    qtbot.mouseDClick(window.info.rows["title"].value, Qt.MouseButton.LeftButton)
    line = window.info.rows["title"].line_edit
    qtbot.waitUntil(line.hasFocus)
    type_text(qtbot, line, "某局情况报告")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    row = _row(window, untitled.id)
    assert row.text().split("\n")[0] == "某局情况报告" and not row.font().italic()
    assert not row.toolTip().startswith("无标题")


def test_a_title_edited_in_the_info_panel_reaches_the_window_title_and_the_library_at_once(qtbot, window):  # type: ignore[no-untyped-def]
    doc_id = window.current_document_id()
    assert window.windowTitle().startswith("某局2020年工作总结")
    row = window.info.rows["title"]
    qtbot.mouseDClick(row.value, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(row.line_edit.hasFocus)
    row.line_edit.selectAll()
    type_text(qtbot, row.line_edit, "某局2020年工作总结（修订）")
    qtbot.keyClick(row.line_edit, Qt.Key.Key_Return)
    # no waiting: the edit is one undo step on the GUI thread, and every view follows it before the next event
    assert window.windowTitle().startswith("某局2020年工作总结（修订） — ")
    assert _row(window, doc_id).text().split("\n")[0] == "某局2020年工作总结（修订）"
    window.undo_stack.undo()
    assert window.windowTitle().startswith("某局2020年工作总结 — ")
    assert _row(window, doc_id).text().split("\n")[0] == "某局2020年工作总结"
