"""Project search dock, Ctrl+F find bar and the annotation query, used by keyboard and mouse."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from models.folding import fold_text
from tests.ui.conftest import make_window, type_text
from tests.ui.test_export_dialog import annotate_seeds
from ui.search.find import HitCursor, occurrences


@pytest.fixture
def seeds_window(qtbot, tmp_path: Path, dialogs):  # type: ignore[no-untyped-def]
    path = tmp_path / "seeds.reportmark"
    annotate_seeds(path)
    window = make_window(qtbot, path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def occurrences_in_seeds(window, word: str) -> dict[int, int]:  # type: ignore[no-untyped-def]
    store = window.store
    return {d.id: fold_text(store.documents.display_text(d.id)).count(word) for d in store.documents.all()}


def type_search(qtbot, window, query: str):  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    panel = window.screens.search.panel
    assert panel.query.hasFocus()
    type_text(qtbot, panel.query, query)
    with qtbot.waitSignal(panel.results_shown, timeout=10000):
        qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    return panel


def test_find_helpers_step_and_wrap():
    hits = occurrences(fold_text("基站 基站 基站"), "基站")
    assert hits == [(0, 2), (3, 5), (6, 8)]
    assert occurrences("aaa", "aa") == [(0, 2), (1, 3)]  # overlapping ones too
    cursor = HitCursor(hits)
    assert cursor.label() == "0 / 3"
    assert cursor.step(True, origin=4) == (6, 8) and cursor.label() == "3 / 3"
    assert cursor.step(True) == (0, 2)  # wraps
    assert cursor.step(False) == (6, 8)
    assert HitCursor([]).label() == "" and HitCursor([]).step() is None


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="基站甲乙a", max_size=60), query=st.text(alphabet="基站甲a", min_size=1, max_size=3))
def test_find_hits_are_every_occurrence_and_stepping_visits_each_once(text, query):
    hits = occurrences(fold_text(text), query)
    assert [s for s, _ in hits] == [i for i in range(len(text)) if text.startswith(query, i)]
    cursor = HitCursor(hits)
    visited = [cursor.step(True, origin=0) for _ in range(len(hits))]
    assert sorted(visited) == hits  # a full round visits every hit once
    assert cursor.step(True) == visited[0] if hits else cursor.step(True) is None


def test_search_dock_counts_every_occurrence_and_opens_the_hit(seeds_window, qtbot):
    window = seeds_window
    expected = occurrences_in_seeds(window, "基站")
    panel = type_search(qtbot, window, "基站")
    assert panel.hit_count() == sum(expected.values()) == 6
    assert f"共 {sum(expected.values())} 处" in panel.count.text()

    # click the last hit: it is in the other document than the one shown first
    row = panel.hit_count() - 1
    doc_id, start, end = panel.hit_at(row)
    rect = panel.results.visualRect(panel.model.index(row, 0))
    panel.results.scrollTo(panel.model.index(row, 0))
    rect = panel.results.visualRect(panel.model.index(row, 0))
    qtbot.mouseClick(panel.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view = window.document_view()
    assert window.current_document_id() == doc_id
    assert view.selected_span() == (start, end)
    assert fold_text(view.document_text.display_text[start:end]) == "基站"
    # every hit of the query in the opened document is highlighted
    assert len(window.screens.search.find_bar.hits()) == expected[doc_id]
    assert view.textCursor().hasSelection()


def test_clearing_the_search_clears_its_highlights_in_the_document(seeds_window, qtbot):
    window = seeds_window
    panel = type_search(qtbot, window, "基站")
    qtbot.keyClick(panel.query, Qt.Key.Key_Down)
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    view = window.document_view()
    assert view._overlays["search"][0]  # the hits of the opened document are highlighted
    panel.query.setFocus()
    qtbot.keyClick(panel.query, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.query, Qt.Key.Key_Backspace)
    assert panel.query.text() == ""
    assert "search" not in view._overlays


def test_search_by_keyboard_and_nothing_found(seeds_window, qtbot):
    window = seeds_window
    panel = type_search(qtbot, window, "5G基站")
    # 5G基站 also finds its synonyms of the comparison's table (5G通信基站, 5G站点)
    expected = sum(sum(occurrences_in_seeds(window, w).values()) for w in ("5g基站", "5g通信基站", "5g站点"))
    assert panel.hit_count() == expected > 0
    qtbot.keyClick(panel.query, Qt.Key.Key_Down)
    assert panel.results.hasFocus()
    doc_id, start, _end = panel.hit_at(0)
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert window.current_document_id() == doc_id
    assert window.document_view().selected_span()[0] == start

    # typed in traditional characters, found in the (simplified) display text
    panel.query.clear()
    type_text(qtbot, panel.query, "兩化融合")
    with qtbot.waitSignal(panel.results_shown, timeout=10000):
        qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    assert panel.hit_count() == sum(occurrences_in_seeds(window, "两化融合").values()) > 0

    panel.query.clear()
    type_text(qtbot, panel.query, "不存在的词语")
    with qtbot.waitSignal(panel.results_shown, timeout=10000):
        qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    assert panel.hit_count() == 0 and "没有找到" in panel.count.text()


def test_large_project_searches_on_a_worker(seeds_window, qtbot):
    window = seeds_window
    panel = window.screens.search.panel
    panel.sync_limit_chars = 0  # pretend the project is large
    type_text(qtbot, panel.query, "企业")
    with qtbot.waitSignal(panel.results_shown, timeout=10000):
        qtbot.keyClick(panel.query, Qt.Key.Key_Return)
        assert panel.hit_count() == 0  # nothing shown until the worker answers
    assert panel.hit_count() == sum(occurrences_in_seeds(window, "企业").values())


def test_ctrl_f_cycles_through_hits_in_the_document(seeds_window, qtbot):
    window = seeds_window
    view = window.document_view()
    bar = window.screens.search.find_bar
    display = view.document_text.display_text
    starts = [s for s, _ in occurrences(fold_text(display), "基站")]
    assert len(starts) >= 2

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible() and bar.query.hasFocus()
    type_text(qtbot, bar.query, "基站")  # a two-character query
    assert bar.hit_count() == len(starts)
    first = view.selected_span()
    assert first is not None and first[0] in starts
    k = starts.index(first[0])
    assert bar.counter.text() == f"{k + 1} / {len(starts)}"

    seen = [first[0]]
    for _ in range(len(starts)):
        qtbot.keyClick(bar.query, Qt.Key.Key_Return)
        seen.append(view.selected_span()[0])
    assert seen[-1] == seen[0]  # wrapped around
    assert sorted(set(seen)) == starts
    qtbot.keyClick(bar.query, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_span()[0] == seen[-2]

    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert view.selected_span()[0] == seen[0]
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_span()[0] == seen[-2]

    qtbot.keyClick(bar.query, Qt.Key.Key_Escape)
    assert not bar.isVisible() and view.hasFocus()

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, bar.query, "没有这个词")  # replaces the selected previous query
    assert bar.hit_count() == 0 and bar.counter.text() == "无结果"


def test_find_bar_follows_the_opened_document(seeds_window, qtbot):
    window = seeds_window
    bar = window.screens.search.find_bar
    bar.open_bar()
    type_text(qtbot, bar.query, "企业")
    other = next(d for d in window.library.document_ids() if d != window.current_document_id())
    window.open_document(other)
    expected = fold_text(window.store.documents.display_text(other)).count("企业")
    assert bar.hit_count() == expected
    qtbot.keyClick(bar.query, Qt.Key.Key_Return)
    assert bar.counter.text().endswith(f"/ {expected}")


def test_annotation_query_filters_sorts_jumps_and_exports(seeds_window, qtbot, tmp_path, monkeypatch):
    window = seeds_window
    store = window.store
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    q = window.screens.search.query_panel
    assert q.text.hasFocus()
    q.choose_tag(store.tags.find("指标").id)  # child tags (通信) included
    q.choose_attribute("name")
    type_text(qtbot, q.attribute_value, "5G")
    with qtbot.waitSignal(q.results_shown):
        qtbot.mouseClick(q.query_button, Qt.MouseButton.LeftButton)
    expected = [a for a in store.annotations.iterate() if a.attributes.get("name") == "5G基站"]
    assert q.proxy.rowCount() == len(expected) > 0
    assert "共" in q.count.text()

    # sort by value, descending
    q.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    values = [float(q.proxy.index(r, 4).data()) for r in range(q.proxy.rowCount())]
    assert values == sorted(values, reverse=True)

    # double-click the first row: its document opens with the annotation selected
    ann_id = q.result_ids()[0]
    ann = store.annotations.get(ann_id)
    q.table.scrollTo(q.proxy.index(0, 2))
    rect = q.table.visualRect(q.proxy.index(0, 2))
    # a real double-click is press, release, then a double-click event
    qtbot.mouseClick(q.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(q.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_document_id() == ann.document_id
    assert window.document_view().selected_annotation_id() == ann_id

    target = tmp_path / "查询结果.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(window.tasks.all_tasks_finished, timeout=20000):
        qtbot.mouseClick(q.export_button, Qt.MouseButton.LeftButton)
    rows = list(openpyxl.load_workbook(target, read_only=True)["全部"].iter_rows(values_only=True))
    heads = rows[0]
    assert len(rows) - 1 == len(expected)
    got_values = [r[heads.index("数值")] for r in rows[1:]]
    assert got_values == [store.annotations.get(i).attributes["value"] for i in q.result_ids()]  # table order

    # with the window in English the columns are headed in English too
    monkeypatch.setattr("ui.search.annotation_query.interface_is_english", lambda: True)
    target_csv = tmp_path / "results.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target_csv), ""))
    with qtbot.waitSignal(window.tasks.all_tasks_finished, timeout=20000):
        qtbot.mouseClick(q.export_button, Qt.MouseButton.LeftButton)
    lines = target_csv.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) - 1 == len(expected) and "Value" in lines[0] and "数值" not in lines[0]

    # a text filter with nothing matching
    type_text(qtbot, q.text, "没有这样的原文")
    with qtbot.waitSignal(q.results_shown):
        qtbot.keyClick(q.text, Qt.Key.Key_Return)
    assert q.proxy.rowCount() == 0 and not q.export_button.isEnabled()


def test_annotation_query_tab_lists_the_tags_once_brought_to_front(seeds_window, qtbot):
    window = seeds_window
    q = window.screens.search.query_panel
    window.screens.search.query_dock.raise_()  # the clerk clicks the 标注查询 tab
    qtbot.waitUntil(lambda: q.tag.count() == len(window.store.tags.all()) + 1)
    assert q.tag.itemText(0) == "全部标签"
