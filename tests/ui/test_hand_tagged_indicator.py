"""Selecting a figure and pressing the 指标 key fills value and unit in the annotation table."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_annotating import press, select, tag_by_key


def test_pressing_the_indicator_key_shows_value_and_unit(window, qtbot):
    view = window.document_view()
    doc_id = window.current_document_id()
    text = view.document_text.display_text
    start = text.index("工业总产值增长8.5%")
    end = start + len("工业总产值增长8.5%")
    assert tag_by_key(window, "1").name == "指标"
    select(view, start, end)
    view.setFocus()
    press(qtbot, view, "1")

    (ann,) = window.store.annotations.select(doc_id)
    assert (ann.attributes["name"], ann.attributes["value"], ann.attributes["unit"]) == ("工业总产值", 8.5, "%")
    model = window.table.model
    assert model.rowCount() == 1
    shown = [model.data(model.index(0, col), Qt.ItemDataRole.DisplayRole) for col in range(model.columnCount())]
    assert shown[4:6] == ["8.5", "%"]
