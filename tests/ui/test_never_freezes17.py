"""The compare window never reads the project's whole list of reports on the GUI thread (at 10,000 reports, opening
it, pressing Ctrl+Shift+C, comparing a pair and every change to a report each froze the window 0.5–1.5 s): the list is
read on a worker into one model every picker shows, and only the rows painted are asked for."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QDialog

from models import ops
from models.store import Store
from tests.models.conftest import add_plain_text
from tests.ui.conftest import make_window, type_text


@pytest.fixture
def offices(tmp_path: Path) -> Path:
    """Thirty reports of six offices over five years, as a county's project holds them."""
    path = tmp_path / "offices.reportmark"
    store: Store = ops.open_project(path)
    for i in range(30):
        place = ["略阳县", "宁强县", "勉县", "城固县", "洋县", "西乡县"][i % 6]
        add_plain_text(
            store,
            f"{place}第{i}号报告正文。",
            title="政府工作报告" if i % 3 == 0 else f"{place}第{i}号工作总结",
            issuer=f"{place}人民政府",
            date=f"{2019 + i % 5}-01-10",
        )
    store.close()
    return path


def _record_gui_reads(store, monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """Each reading of every report done on the GUI thread, by name."""
    on_gui: list[str] = []
    for name in ("all",):
        original = getattr(store.documents, name)

        def recorded(*args, _original=original, _name=name):  # type: ignore[no-untyped-def]
            if threading.current_thread() is threading.main_thread():
                on_gui.append(_name)
            return _original(*args)

        monkeypatch.setattr(store.documents, name, recorded)
    return on_gui


def test_the_compare_pickers_are_one_model_read_on_a_worker(qtbot, offices, dialogs, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import ui.compare

    window = make_window(qtbot, offices)
    on_gui = _record_gui_reads(window.store, monkeypatch)
    ids = window.store.documents.ids()
    window.open_document(ids[0])
    asked: list[tuple[int, int]] = []

    def choose_the_fifth(dlg) -> int:  # type: ignore[no-untyped-def]
        dlg.right.setCurrentIndex(dlg.right.findData(ids[4]))
        asked.append(dlg.chosen())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ui.compare, "run_dialog", choose_the_fifth)
    action = window.findChild(type(window.menu("tools").actions()[0]), "actionCompare")
    assert action.shortcut().toString() == "Ctrl+Shift+C"
    action.trigger()
    qtbot.waitUntil(lambda: bool(asked))
    assert asked == [(ids[0], ids[4])]  # the dialog opened once the list was read
    cw = ui.compare.compare_window(window)
    qtbot.addWidget(cw)
    qtbot.waitUntil(lambda: cw.comparison_shown is not None and cw.side.comparison is not None, timeout=30000)
    assert cw.chosen() == (ids[0], ids[4])
    # one list, shown by all six pickers and the matrix; the views ask it for the rows they paint
    pickers = (cw.left_combo, cw.right_combo, cw.plan.plan_combo, cw.plan.outcome_combo)
    assert all(p.model() is cw.choices for p in pickers)
    assert all(p.completer().model() is cw.choices for p in pickers)
    filtered = cw.matrix.documents.model().sourceModel()  # ticks over a filter run by Qt over the same list
    assert isinstance(filtered, QSortFilterProxyModel) and filtered.sourceModel() is cw.choices
    assert cw.choices.rowCount() == 30 and cw.left_combo.count() == 30
    assert cw.matrix.checked_documents() == ids  # every report ticked at first, as before
    assert on_gui == [], "the compare window read every report on the GUI thread"


def test_a_renamed_report_is_read_again_on_a_worker_and_the_pickers_keep_their_choice(
    qtbot, offices, dialogs, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from ui.compare import open_compare

    window = make_window(qtbot, offices)
    ids = window.store.documents.ids()
    cw = open_compare(window)
    qtbot.addWidget(cw)
    with qtbot.waitSignal(cw.comparison_shown, timeout=30000):
        cw.compare(ids[1], ids[2])
    on_gui = _record_gui_reads(window.store, monkeypatch)
    window.open_document(ids[2])
    row = window.info.rows["title"]
    qtbot.mouseDClick(row.value, Qt.MouseButton.LeftButton)
    row.line_edit.setText("宁强县2021年工作总结（人工标题）")
    qtbot.keyClick(row.line_edit, Qt.Key.Key_Return)
    # the pane's header follows at once (its name is read among the reports of its title only) ...
    assert "宁强县2021年工作总结（人工标题）" in cw.side.right_title.text()
    # ... and the pickers' list when it has been read again, each still on its report
    qtbot.waitUntil(lambda: cw.right_combo.currentText() == "宁强县2021年工作总结（人工标题）")
    assert cw.chosen() == (ids[1], ids[2])
    # the library shows the new title in that report's row, without reading the project's list again
    assert window.library.shown_document(ids[2]).title == "宁强县2021年工作总结（人工标题）"
    assert window.library.document_ids() == ids and window.library.current_document_id() == ids[2]
    assert on_gui == []


def test_the_matrix_list_is_filtered_by_issuer_and_year_in_qt(qtbot, offices, dialogs) -> None:  # type: ignore[no-untyped-def]
    """The filter went through every item in Python on each key; it now sets the proxy's expression (the words
    a clerk types may be in any order, and match the issuer and the year as the pickers do)."""
    from ui.compare import open_compare

    window = make_window(qtbot, offices)
    cw = open_compare(window, tab="matrix")
    qtbot.addWidget(cw)
    qtbot.waitUntil(lambda: cw.choices.is_loaded)
    tab = cw.matrix
    qtbot.mouseClick(tab.uncheck_all_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, tab.document_filter, "2019 略阳")
    listed = tab.listed_documents()
    docs = {d.id: d for d in window.store.documents.all()}
    assert listed and all(docs[d].issuer == "略阳县人民政府" and docs[d].date.startswith("2019") for d, _n in listed)
    qtbot.mouseClick(tab.check_all_button, Qt.MouseButton.LeftButton)
    assert tab.checked_documents() == [d for d, _n in listed]
    qtbot.mouseClick(tab.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(tab.headers), timeout=30000)
