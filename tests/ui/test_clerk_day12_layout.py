"""Clerk day 12: the default layout on a laptop screen (1366×740): the text keeps most of the height, and the
annotation table's columns (单位, 名称, 增减 included) fit its width without scrolling sideways."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import make_window


def _laid_out(qtbot, window, width: int, height: int):  # type: ignore[no-untyped-def]
    window.resize(width, height)
    QApplication.processEvents()
    window.reset_layout()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: window.width() == width)
    return window


def test_at_1366_by_740_the_text_keeps_most_of_the_height(qtbot, small_project, dialogs):  # type: ignore[no-untyped-def]
    window = _laid_out(qtbot, make_window(qtbot, small_project), 1366, 740)
    view = window.document_view()
    lines = view.viewport().height() // view.fontMetrics().lineSpacing()
    assert lines >= 12, lines
    assert view.viewport().height() >= window.height() * 55 // 100  # was 6 lines of text on the clerk's laptop
    assert window.table.view.viewport().height() >= 4 * 26  # the table still shows a few rows


@pytest.mark.parametrize("width", [1300, 1366, 1600])
def test_the_annotation_table_columns_fit_its_width(qtbot, small_project, dialogs, width):  # type: ignore[no-untyped-def]
    window = _laid_out(qtbot, make_window(qtbot, small_project), width, 740)
    table = window.table.view
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0)
    last = header.count() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= table.viewport().width()
    for col in range(header.count()):
        assert header.sectionSize(col) >= 40, (col, header.sectionSize(col))
    text_col = 1
    assert header.sectionSize(text_col) >= 120  # the quoted text stays the widest reading column
