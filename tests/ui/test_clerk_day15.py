"""Session 15's clerk day: search by abbreviation, and the comparison window's own pickers filter as typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models import ops
from models.store import Store
from tests.models.conftest import add_plain_text
from tests.ui.conftest import make_window, type_text

REPORTS = [
    ("2023年工作总结", "略阳县人民政府", "2023-12-30", "全县规模以上工业增加值增长9%，规上工业企业32家。"),
    ("2023年工作总结", "长沙县人民政府", "2023-12-28", "社会消费品零售总额增长6%，社零额达到40亿元。"),
    ("2021年工作总结", "宁强县发展和改革局", "2021-12-20", "固定资产投资增长5%，固投完成120亿元。"),
]


@pytest.fixture
def counties(tmp_path: Path) -> Path:
    """Three counties' reports, two of them with one title: told apart by issuer and year only."""
    path = tmp_path / "counties.reportmark"
    store: Store = ops.open_project(path)
    for title, issuer, date, text in REPORTS:
        add_plain_text(store, text, title=title, issuer=issuer, date=date)
    for i in range(20):
        add_plain_text(store, f"第{i}号报告正文。", title=f"市直部门{i}号工作要点", issuer="某市", date="2022-01-01")
    store.close()
    return path


def _search(qtbot, window, query: str):  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    panel = window.screens.search.panel
    panel.query.clear()
    type_text(qtbot, panel.query, query)
    with qtbot.waitSignal(panel.results_shown, timeout=10000):
        qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    return panel


def _hit_words(panel) -> list[str]:  # type: ignore[no-untyped-def]
    from ui.search.panel import PARTS_ROLE

    return [panel.model.item(r).data(PARTS_ROLE)[3] for r in range(panel.model.rowCount())]


def test_typing_the_short_form_finds_the_full_one_and_says_so(qtbot, counties, dialogs) -> None:  # type: ignore[no-untyped-def]
    """Met last session: 规上工业 found only 规上工业, not the 规模以上工业 every report writes out."""
    window = make_window(qtbot, counties)
    panel = _search(qtbot, window, "规上工业")
    assert _hit_words(panel) == ["规模以上工业", "规上工业"]
    assert "规模以上工业" in panel.count.text()  # the list says which forms were found
    panel = _search(qtbot, window, "社零额")
    assert _hit_words(panel) == ["社会消费品零售总额", "社零额"]
    assert "社会消费品零售总额" in panel.count.text()
    panel = _search(qtbot, window, "增加值")  # a word the table does not know: as typed, nothing added
    assert _hit_words(panel) == ["增加值"]
    assert "同义" not in panel.count.text()


@pytest.mark.parametrize(
    ("typed", "issuer"), [("略阳", "略阳县人民政府"), ("宁强县", "宁强县发展和改革局"), ("2021", "宁强县发展和改革局")]
)
def test_the_comparison_windows_own_pickers_filter_by_issuer_place_and_year(  # type: ignore[no-untyped-def]
    qtbot, counties, dialogs, typed, issuer
) -> None:
    """The 左/右 pickers atop the comparison window listed all reports; a clerk typed 略阳 and nothing happened."""
    from ui.compare import open_compare

    window = make_window(qtbot, counties)
    cw = open_compare(window)
    qtbot.waitExposed(cw)
    qtbot.waitUntil(lambda: cw.choices.is_loaded)  # the list is read on a worker
    combo = cw.right_combo
    edit = combo.lineEdit()
    assert edit is not None, "the picker takes typing"
    edit.setFocus()
    edit.selectAll()
    type_text(qtbot, edit, typed)
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    model = popup.model()
    wanted = next(d.id for d in window.store.documents.all() if d.issuer == issuer)
    shown = [model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(model.rowCount())]
    assert shown == [wanted]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert cw.chosen()[1] == wanted
    assert edit.text() == combo.itemText(combo.currentIndex())  # the name is shown, not the search key
    QApplication.processEvents()


def _reports(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True)
    out = []
    for i in range(n):
        p = folder / f"县{i}_2023年工作总结.txt"
        p.write_text(f"某县{i}2023年工作总结\n\n一、主要工作\n全县规模以上工业增加值增长{i}%。\n", encoding="utf-8")
        out.append(p)
    return out


def test_an_import_killed_halfway_is_offered_again_on_reopening(qtbot, small_project, dialogs, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """Seen on the day: the app was killed at 265 of 500 files; reopened, it said nothing, and the clerk did not
    know 235 reports were missing. Now the window names the files left and imports them when the clerk agrees."""
    import subprocess
    import sys

    from models import import_journal, importing
    from ui.library import importer

    files = _reports(tmp_path / "reports", 5)
    store = ops.open_project(small_project)
    importing.import_files(store, files[:2])  # what the killed run had committed
    store.close()
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    import_journal.begin(small_project, files, pid=int(gone.stdout))  # the killed run's journal

    asked: list[str] = []
    monkeypatch.setattr(importer, "ask_resume", lambda parent, text: asked.append(text) or True)
    window = make_window(qtbot, small_project)
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    assert "3" in asked[0] and "县2_2023年工作总结.txt" in asked[0]
    qtbot.waitUntil(lambda: len(window.store.documents.all()) == 6, timeout=30000)
    qtbot.waitUntil(lambda: not import_journal.path_for(small_project).exists(), timeout=10000)
    names = sorted(d.source_name for d in window.store.documents.all())
    assert names == sorted(["small.txt", *(f.name for f in files)])  # none twice


def test_a_finished_or_cancelled_import_leaves_no_journal(qtbot, small_project, dialogs, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from models import import_journal
    from ui.library import importer

    asked: list[str] = []
    monkeypatch.setattr(importer, "ask_resume", lambda parent, text: asked.append(text) or True)
    files = _reports(tmp_path / "reports", 2)
    window = make_window(qtbot, small_project)
    with qtbot.waitSignal(window.tasks.all_tasks_finished, timeout=30000):
        window.import_paths(files)
    assert not import_journal.path_for(small_project).exists()
    assert asked == []


def test_a_long_report_name_in_a_picker_shows_its_beginning(qtbot, counties, dialogs) -> None:  # type: ignore[no-untyped-def]
    """Seen in the real window: 左 read “l国国务院政府工作报告（001_…）”; the name's start (1994年中华人民共和…), what
    tells reports apart, was scrolled out of the typing field."""
    from ui.compare import compare_window, open_compare
    from ui.compare.chooser import ChooseDocumentsDialog

    window = make_window(qtbot, counties)
    store = window.store
    doc = store.documents.all()[0]
    store.documents.set_field(
        doc.id, "title", "1994年中华人民共和国国务院政府工作报告（第八届全国人民代表大会第二次会议）"
    )
    cw = open_compare(window)
    cw.refresh_documents()
    qtbot.waitExposed(cw)
    qtbot.waitUntil(lambda: cw.choices.names().get(doc.id, "").startswith("1994年"))  # read again on a worker
    for combo in (cw.left_combo, cw.right_combo, cw.plan.plan_combo):
        edit = combo.lineEdit()
        assert edit is not None and edit.cursorPosition() == 0, combo.currentText()
    # reached by Tab (the window's first field is): the whole name selected to be typed over, its start in view
    cw.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is cw)
    cw.compare_button.setFocus()
    qtbot.waitUntil(cw.compare_button.hasFocus)
    cw.left_combo.setFocus(Qt.FocusReason.TabFocusReason)
    edit = cw.left_combo.lineEdit()
    qtbot.waitUntil(edit.hasFocus)
    assert edit.selectedText() == edit.text() and edit.cursorPosition() == 0
    dlg = ChooseDocumentsDialog([(1, "甲" * 120), (2, "乙" * 120)], 1, 2)
    qtbot.addWidget(dlg)
    for combo in (dlg.left, dlg.right):
        assert combo.lineEdit().cursorPosition() == 0
    assert compare_window(window) is cw
