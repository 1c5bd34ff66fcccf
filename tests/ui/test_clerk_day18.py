"""Met on the day (session 18, 40 unseen reports imported through the window): what a clerk tripped on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.conftest import make_window, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _press(qtbot, window, key, modifiers) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()  # the clerk's window has the keyboard (Ctrl+Z is the window's shortcut)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.document_view(), key, modifiers)


def test_ctrl_z_on_another_report_shows_the_report_it_changes(qtbot, two_seeds: Path, dialogs) -> None:  # type: ignore[no-untyped-def]
    """The clerk gave 雷城街道 (an untitled report) its date, opened the next report and pressed Ctrl+Z for a slip
    there: the date of the report she had left was taken away, the window showed nothing and said nothing."""
    window = make_window(qtbot, two_seeds)
    first, second = window.library.document_ids()[:2]
    window.open_document(first)
    row = window.info.rows["date"]
    qtbot.mouseDClick(row.value, Qt.MouseButton.LeftButton)
    row.line_edit.selectAll()
    type_text(qtbot, row.line_edit, "2021年1月10日")
    qtbot.keyClick(row.line_edit, Qt.Key.Key_Return)
    assert window.store.documents.get(first).date == "2021-01-10"
    window.open_document(second)
    _press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert window.store.documents.get(first).date != "2021-01-10"
    assert window.current_document_id() == first  # the clerk sees the report the step changed
    assert window.statusBar().currentMessage().startswith("已撤销：修改日期")
    window.open_document(second)
    _press(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert window.store.documents.get(first).date == "2021-01-10"
    assert window.current_document_id() == first
    assert window.statusBar().currentMessage().startswith("已重做：修改日期")


def test_ctrl_z_of_a_tag_on_another_report_shows_that_report(qtbot, two_seeds: Path, dialogs) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, two_seeds)
    first, second = window.library.document_ids()[:2]
    window.open_document(first)
    tag = window.store.tags.all()[0]
    ann_id = window.annotator.create_annotation(40, 52, tag.id)
    assert ann_id is not None and window.store.annotations.has(ann_id)
    window.open_document(second)
    _press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert not window.store.annotations.has(ann_id)
    assert window.current_document_id() == first
    assert window.statusBar().currentMessage().startswith("已撤销：添加标注")


def test_ctrl_z_on_the_report_shown_stays_and_says_what_it_undid(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    doc_id = window.current_document_id()
    row = window.info.rows["title"]
    qtbot.mouseDClick(row.value, Qt.MouseButton.LeftButton)
    row.line_edit.selectAll()
    type_text(qtbot, row.line_edit, "某局2020年工作总结（改）")
    qtbot.keyClick(row.line_edit, Qt.Key.Key_Return)
    top = window.document_view().verticalScrollBar().value()
    _press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert window.current_document_id() == doc_id
    assert window.document_view().verticalScrollBar().value() == top  # not reopened: the clerk's place kept
    assert window.statusBar().currentMessage().startswith("已撤销：修改标题")


def test_tagging_the_figure_of_a_suggestion_keeps_the_growth_it_read(qtbot, reviewing) -> None:  # type: ignore[no-untyped-def]
    """木棠镇: the clerk selected 地区生产总值16.84亿元 and pressed 1; the suggestion there (…16.84亿元,同比增长6.2%)
    made way, and the figure came into the table and the 指标台账 without its growth."""
    from tests.ui.test_annotating import select

    window, _controller = reviewing
    view = window.document_view()
    doc_id = window.current_document_id()
    text = view.document_text.display_text
    start = text.index("招商引资实际到位资金262亿元")
    end = start + len("招商引资实际到位资金262亿元")
    store = window.store
    pending = store.annotations.select(doc_id, statuses=("suggested",))
    peers = [a for a in pending if a.start <= start and end <= a.end and a.attributes]
    assert any(a.attributes.get("change") == 32 for a in peers)  # the suggestion read 增长32% after the figure
    select(view, start, end)
    view.setFocus()
    qtbot.keyClick(view, "1")
    mine = [a for a in store.annotations.select(doc_id) if (a.start, a.end) == (start, end)]
    assert len(mine) == 1 and mine[0].status == "accepted"
    attrs = mine[0].attributes
    assert (attrs["value"], attrs["unit"], attrs["change"], attrs["change_unit"]) == (262, "亿元", 32, "%")


def test_tagging_a_figure_alone_takes_no_growth_from_another_figure(qtbot, reviewing) -> None:  # type: ignore[no-untyped-def]
    """The growth comes only from a suggestion of the same figure holding the clerk's span, never a neighbour's."""
    from tests.ui.test_annotating import select

    window, _controller = reviewing
    view = window.document_view()
    doc_id = window.current_document_id()
    text = view.document_text.display_text
    start = text.index("增长32%") + len("增长")
    end = start + len("32%")
    select(view, start, end)
    view.setFocus()
    qtbot.keyClick(view, "1")
    mine = [a for a in window.store.annotations.select(doc_id) if (a.start, a.end) == (start, end)]
    assert len(mine) == 1
    assert (mine[0].attributes or {}).get("value") != 262


def _tag_span(qtbot, window, start: int, end: int) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_annotating import select

    view = window.document_view()
    select(view, start, end)
    view.setFocus()
    qtbot.keyClick(view, "1")


def test_a_bare_number_found_with_ctrl_f_is_read_with_the_unit_after_it(qtbot, reviewing) -> None:  # type: ignore[no-untyped-def]
    """木棠镇: Ctrl+F 2.08, Esc, 1: the number alone was tagged 指标 with no value, unit or name in the table."""
    window, _controller = reviewing
    doc_id = window.current_document_id()
    text = window.document_view().document_text.display_text
    start = text.index("招商引资实际到位资金262亿元") + len("招商引资实际到位资金")
    end = start + len("262")
    _tag_span(qtbot, window, start, end)
    mine = [a for a in window.store.annotations.select(doc_id) if (a.start, a.end) == (start, end)]
    assert len(mine) == 1
    attrs = mine[0].attributes or {}
    assert (attrs.get("value"), attrs.get("unit"), attrs.get("change")) == (262, "亿元", 32)
    assert attrs.get("name")


def test_a_bare_number_inside_a_figure_already_tagged_selects_that_tag(qtbot, reviewing) -> None:  # type: ignore[no-untyped-def]
    """木棠镇: 2.08亿元 was tagged; Ctrl+F 2.08 then 1 added a second 指标 “2.08” the ledger counted again."""
    window, _controller = reviewing
    doc_id = window.current_document_id()
    text = window.document_view().document_text.display_text
    figure = text.index("招商引资实际到位资金262亿元")
    _tag_span(qtbot, window, figure, figure + len("招商引资实际到位资金262亿元"))
    before = window.store.annotations.select(doc_id)
    start = figure + len("招商引资实际到位资金")
    _tag_span(qtbot, window, start, start + len("262"))
    assert window.store.annotations.select(doc_id) == before
    assert window.document_view().selected_annotation_id() == next(a.id for a in before if a.start == figure)
    assert "已标注" in window.statusBar().currentMessage()
