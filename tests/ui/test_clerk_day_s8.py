"""Defects met on a clerk's day in the real window (session 8): annotation table, preferences, English 信息 panel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication

from models import ops
from models.ingest.metadata_options import MetadataOptions, Option
from models.store import Store
from tests.ui.conftest import SMALL_TEXT, make_window, small_parsed, type_text
from tests.ui.test_annotating import press, select
from tests.ui.test_translations import CJK, english_app  # noqa: F401  (a fixture used below)

FIGURE = "新建保障性住房128.5万平方米"


@pytest.fixture
def figure_project(tmp_path: Path) -> Path:
    """The small hand-made report with a figure whose unit is four characters long (万平方米)."""
    text = SMALL_TEXT.replace("全年工业总产值增长8.5%", f"全年工业总产值增长8.5%，{FIGURE}")
    path = tmp_path / "figure.reportmark"
    store: Store = ops.open_project(path)
    store.documents.add(small_parsed(text))
    store.close()
    return path


def test_a_long_unit_is_shown_whole_in_the_annotation_table(qtbot, figure_project, dialogs):  # type: ignore[no-untyped-def]
    window = make_window(qtbot, figure_project)
    view = window.document_view()
    start = view.document_text.display_text.index(FIGURE)
    select(view, start, start + len(FIGURE))
    view.setFocus()
    press(qtbot, view, "1")
    assert len(window.store.annotations.select(window.current_document_id())) == 1
    table = window.table.view
    model = table.model()
    unit_col = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "单位")
    value_col = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "数值")
    assert model.index(0, unit_col).data() == "万平方米"
    # neither the unit nor the value is cut to "万平…": each column is as wide as what it shows
    assert table.columnWidth(unit_col) >= table.sizeHintForColumn(unit_col)
    assert table.columnWidth(value_col) >= table.sizeHintForColumn(value_col)


def test_ctrl_comma_opens_the_preferences(qtbot, window):  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    opened: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        opened.append(dialog.objectName() or type(dialog).__name__ if dialog else "")
        if dialog is not None:
            dialog.reject()

    QTimer.singleShot(0, close_it)
    qtbot.keyClick(window.document_view(), Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(opened))
    assert opened == ["PreferencesDialog"]


def _options() -> MetadataOptions:
    """What the reader offers for a report read from a web page (sources in the reader's plain Chinese)."""
    return MetadataOptions(
        title=(
            Option("某局2020年工作总结", "首行", 0, 10, True, 0.94),
            Option("某局2020年工作总结_某某网", "网页标题", None, None, False, 0.11),
            Option("工作总结", "第3行", None, None, False, None),
        ),
        issuer=(Option("某局", "页面字段“发布机构”", None, None, True, None),),
        date=(Option("2020-12-31", "落款", None, None, True, None),),
    )


def test_the_options_and_errors_of_the_info_panel_speak_english(english_app, qtbot, small_project, dialogs):  # type: ignore[no-untyped-def]  # noqa: F811
    assert QCoreApplication.translate("InfoSources", "网页标题") == "web page title"
    window = make_window(qtbot, small_project)
    panel = window.info
    panel._options_of[panel._options_key()] = _options()  # as the worker delivers them
    panel.edit_field("title")
    combo = panel.rows["title"].combo
    listed = [combo.itemText(i) for i in range(combo.count())]
    assert len(listed) == 3
    values = [o.value for o in _options().title]
    notes = [text.removeprefix(value) for text, value in zip(listed, values, strict=True)]
    assert [n for n in notes if CJK.search(n) or "（" in n] == [], notes
    assert "line 3" in listed[2]
    press(qtbot, panel.rows["title"].line_edit, Qt.Key.Key_Escape)

    panel.edit_field("date")
    line = panel.rows["date"].line_edit
    line.selectAll()
    type_text(qtbot, line, "2020-13-45")
    press(qtbot, line, Qt.Key.Key_Return)
    error = panel.rows["date"].error
    assert error.isVisibleTo(panel)
    assert "2020-13-45" in error.text()
    assert not CJK.search(error.text()), error.text()
    assert window.store.documents.get(window.current_document_id()).date == "2020-12-31"


# -- the library list --------------------------------------------------------------------------------------------


@pytest.fixture
def three_reports(tmp_path: Path) -> Path:
    """Three hand-made reports, as a folder import leaves them."""
    path = tmp_path / "three.reportmark"
    store: Store = ops.open_project(path)
    for name in ("a.txt", "b.txt", "c.txt"):
        store.documents.add(small_parsed(name=name))
    store.close()
    return path


def test_moving_through_the_library_with_the_arrow_keys_opens_each_report(qtbot, three_reports, dialogs):  # type: ignore[no-untyped-def]
    window = make_window(qtbot, three_reports)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    first, second, third = window.library.document_ids()
    lst = window.library.list
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=lst.visualRect(lst.model().index(0, 0)).center())
    assert window.current_document_id() == first
    press(qtbot, lst, Qt.Key.Key_Down)
    # the highlighted row is the report shown: no row looks open while another report is on screen
    assert window.current_document_id() == second
    press(qtbot, lst, Qt.Key.Key_End)
    assert window.current_document_id() == third
    press(qtbot, lst, Qt.Key.Key_Up)
    assert window.current_document_id() == second
    assert lst.hasFocus()  # the clerk keeps moving through the list
