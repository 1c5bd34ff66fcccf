"""Defects met on a clerk's day with ~40 real reports open at once (session 7), each driven as the clerk did."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QWidget

from models import ops
from models.store import Store
from models.types import Metadata
from tests.ui.conftest import SEED_TRADITIONAL, make_window, small_parsed, type_text
from tests.ui.test_annotating import press, select

# -- the library filter ---------------------------------------------------------------------------------------------


def test_enter_in_the_library_filter_opens_the_one_document_left(qtbot, two_seeds, dialogs):  # type: ignore[no-untyped-def]
    window = make_window(qtbot, two_seeds)
    first, second = window.library.document_ids()
    assert window.current_document_id() == first
    wanted = window.store.documents.get(second)
    window.library.filter_edit.setFocus()
    type_text(qtbot, window.library.filter_edit, wanted.issuer)
    assert window.library.document_ids() == [second]
    press(qtbot, window.library.filter_edit, Qt.Key.Key_Return)
    assert window.current_document_id() == second


def test_a_filtered_out_open_document_is_not_shown_as_another_selected_row(qtbot, two_seeds, dialogs):  # type: ignore[no-untyped-def]
    window = make_window(qtbot, two_seeds)
    first, second = window.library.document_ids()
    other = window.store.documents.get(second)
    window.library.filter_edit.setFocus()
    type_text(qtbot, window.library.filter_edit, other.issuer)
    # the open report (first) is filtered out: the one row left must not look like the open one
    assert window.current_document_id() == first
    assert window.library.list.selectionModel().selectedIndexes() == []
    window.library.filter_edit.clear()
    # filter cleared: the open report is the selected row again
    (index,) = window.library.list.selectionModel().selectedIndexes()
    assert window.library.document_ids()[index.row()] == first


def test_down_in_the_library_filter_moves_into_the_list(qtbot, two_seeds, dialogs):  # type: ignore[no-untyped-def]
    window = make_window(qtbot, two_seeds)
    _first, second = window.library.document_ids()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.library.filter_edit.setFocus()
    type_text(qtbot, window.library.filter_edit, window.store.documents.get(second).issuer)
    press(qtbot, window.library.filter_edit, Qt.Key.Key_Down)
    assert window.library.list.hasFocus()
    press(qtbot, window.library.list, Qt.Key.Key_Return)
    assert window.current_document_id() == second


# -- a hand tag on a pending suggestion ----------------------------------------------------------------------------


def _spans(window, start: int, end: int):  # type: ignore[no-untyped-def]
    anns = window.store.annotations.select(window.current_document_id(), statuses=None)
    return [(a.status, a.tag_id) for a in anns if (a.start, a.end) == (start, end)]


def test_tagging_a_suggested_figure_by_hand_accepts_it_instead_of_adding_a_twin(reviewing, qtbot):  # type: ignore[no-untyped-def]
    window, controller = reviewing
    indicator = window.store.tags.find("指标")
    pending = window.store.annotations.select(window.current_document_id(), statuses=("suggested",))
    sug = next(a for a in pending if a.tag_id == indicator.id)
    before = controller.pending_count()
    view = window.document_view()
    select(view, sug.start, sug.end)
    view.setFocus()
    press(qtbot, view, "1")
    # one annotation for the figure, the suggestion itself, now accepted: exports count it once
    assert _spans(window, sug.start, sug.end) == [("accepted", indicator.id)]
    assert controller.pending_count() == before - 1
    assert window.table.model.rowCount() == 1
    window.undo_stack.undo()
    assert _spans(window, sug.start, sug.end) == [("suggested", indicator.id)]
    assert controller.pending_count() == before
    window.undo_stack.redo()
    assert _spans(window, sug.start, sug.end) == [("accepted", indicator.id)]


def test_tagging_an_already_tagged_span_again_adds_no_twin(window, qtbot):  # type: ignore[no-untyped-def]
    view = window.document_view()
    text = view.document_text.display_text
    start = text.index("工业总产值增长8.5%")
    end = start + len("工业总产值增长8.5%")
    for _ in range(2):
        select(view, start, end)
        view.setFocus()
        press(qtbot, view, "1")
    assert len(_spans(window, start, end)) == 1
    assert window.undo_stack.count() == 1


# -- the parsed fields of a hand-tagged figure ----------------------------------------------------------------------


def _tag_growth_figure(window, qtbot):  # type: ignore[no-untyped-def]
    """Select 工业总产值增长8.5% in the small report and press 1 (指标); the one annotation it makes."""
    view = window.document_view()
    text = view.document_text.display_text
    start = text.index("工业总产值增长8.5%")
    select(view, start, start + len("工业总产值增长8.5%"))
    view.setFocus()
    press(qtbot, view, "1")
    (ann,) = window.store.annotations.select(window.current_document_id())
    return ann


def _edit_cell(qtbot, table, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """Select a cell, F2, replace its text, Enter: the keyboard way to edit a table cell."""
    view = table.view
    view.setFocus()
    view.setCurrentIndex(table.model.index(row, column))
    press(qtbot, view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), "F2 opened no editor"
    editor.selectAll()
    type_text(qtbot, editor, text)
    press(qtbot, editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def _column(table, name: str) -> int:  # type: ignore[no-untyped-def]
    model = table.model
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return heads.index(name)


def test_a_hand_tagged_figure_shows_its_name_and_change_and_both_can_be_edited(window, qtbot):  # type: ignore[no-untyped-def]
    ann = _tag_growth_figure(window, qtbot)
    table = window.table
    name_col, change_col = _column(table, "名称"), _column(table, "增减")
    assert table.model.index(0, name_col).data() == "工业总产值"
    assert table.model.index(0, change_col).data() == "+8.5%"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _edit_cell(qtbot, table, 0, name_col, "规上工业总产值")
    _edit_cell(qtbot, table, 0, change_col, "-1.5个百分点")
    attrs = window.store.annotations.get(ann.id).attributes
    assert (attrs["name"], attrs["change"], attrs["change_unit"]) == ("规上工业总产值", -1.5, "个百分点")
    assert table.model.index(0, change_col).data() == "-1.5个百分点"
    window.undo_stack.undo()
    assert window.store.annotations.get(ann.id).attributes["change"] == 8.5
    window.undo_stack.undo()
    assert window.store.annotations.get(ann.id).attributes["name"] == "工业总产值"


def test_editing_a_value_or_unit_in_the_table_keeps_the_compared_figure_in_step(window, qtbot):  # type: ignore[no-untyped-def]
    view = window.document_view()
    start = view.document_text.display_text.index("8.5%")
    select(view, start, start + 4)
    view.setFocus()
    press(qtbot, view, "1")
    (ann,) = window.store.annotations.select(window.current_document_id())
    model = window.table.model
    assert model.setData(model.index(0, 4), "9")
    assert model.setData(model.index(0, 5), "亿元")
    attrs = window.store.annotations.get(ann.id).attributes
    # compare and the 台账 read normalized_value first: it must follow the clerk's correction
    assert (attrs["value"], attrs["unit"], attrs["normalized_value"], attrs["base_unit"]) == (9, "亿元", 9e8, "元")


# -- reports that share a title (政府工作报告 of several counties and years) --------------------------------------


@pytest.fixture
def same_titles(tmp_path: Path) -> Path:
    """Four 政府工作报告: two years of one county, and two other counties in the same year."""
    path = tmp_path / "same.reportmark"
    store: Store = ops.open_project(path)
    for name, issuer, date in (
        ("a_2012.txt", "甲县人民政府", "2012-02-29"),
        ("a_2016.txt", "甲县人民政府", "2016-02-19"),
        ("b_2016.txt", "乙区人民政府", "2016-03-01"),
        ("c.txt", "丙县人民政府", ""),
    ):
        text = f"政府工作报告\n一、主要指标\n{issuer}一般公共预算收入增长{len(name)}%。\n二、存在问题\n发展不平衡。\n"
        parsed = small_parsed(text, name=name)
        meta = Metadata(title="政府工作报告", issuer=issuer, date=date)
        store.documents.add(dataclasses.replace(parsed, metadata=meta))
    store.close()
    return path


EXPECTED_LABELS = [
    "政府工作报告（甲县人民政府 2012）",
    "政府工作报告（甲县人民政府 2016）",
    "政府工作报告（乙区人民政府 2016）",
    "政府工作报告（丙县人民政府）",
]


def test_the_compare_chooser_tells_same_titled_reports_apart_by_issuer_and_year(qtbot, same_titles, dialogs):  # type: ignore[no-untyped-def]
    from ui.compare.chooser import ChooseDocumentsDialog, document_choices

    window = make_window(qtbot, same_titles)
    dlg = ChooseDocumentsDialog(document_choices(window.store), window.current_document_id(), 0, window)
    qtbot.addWidget(dlg)
    assert [dlg.right.itemText(i) for i in range(dlg.right.count())] == EXPECTED_LABELS


def test_search_hits_in_same_titled_reports_say_whose_report_they_are_in(qtbot, same_titles, dialogs):  # type: ignore[no-untyped-def]
    from ui.search.panel import PARTS_ROLE

    window = make_window(qtbot, same_titles)
    panel = window.findChild(QWidget, "searchPanel")
    panel.query.setFocus()
    type_text(qtbot, panel.query, "一般公共预算收入")
    press(qtbot, panel.query, Qt.Key.Key_Return)
    assert panel.hit_count() == 4
    titles = [panel.model.item(r).data(PARTS_ROLE)[0] for r in range(panel.hit_count())]
    assert sorted(titles) == sorted(EXPECTED_LABELS)


def test_the_export_document_list_tells_same_titled_reports_apart(qtbot, same_titles, dialogs):  # type: ignore[no-untyped-def]
    from ui.export.pickers import DocumentChecklist

    window = make_window(qtbot, same_titles)
    checklist = DocumentChecklist(window.store.documents.all())
    qtbot.addWidget(checklist)
    assert [checklist.item(i).text() for i in range(checklist.count())] == EXPECTED_LABELS


# -- closing the comparison window from the keyboard ----------------------------------------------------------------


@pytest.mark.parametrize("key", ["escape", "ctrl+w"])
def test_the_comparison_window_closes_with_escape_or_ctrl_w(qtbot, two_seeds, dialogs, key):  # type: ignore[no-untyped-def]
    from ui.compare import compare_window, open_compare

    window = make_window(qtbot, two_seeds)
    left, right = window.library.document_ids()
    cw = compare_window(window)
    qtbot.addWidget(cw)
    with qtbot.waitSignal(cw.comparison_shown, timeout=30000):
        open_compare(window, left, right)
    cw.activateWindow()
    qtbot.waitUntil(cw.isActiveWindow)
    if key == "escape":
        press(qtbot, cw.focusWidget() or cw, Qt.Key.Key_Escape)
    else:
        press(qtbot, cw.focusWidget() or cw, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not cw.isVisible())


# -- a heading the page split over lines -------------------------------------------------------------------------


@pytest.fixture
def split_heading(tmp_path: Path) -> Path:
    """A bulletin whose title heading kept the page's line breaks (084, 117) and a spaced 金　融 heading (930)."""
    from models.offsets import OffsetMap
    from models.types import Section

    text = (
        "2022年度辽宁省\n\n人力资源和社会保障事业发展统计公报\n"
        "一、劳动就业\n年末就业人员2122万人。\n"
        "八、金 \xa0融\n存款余额增长5%。\n"
        "九、Open Data 平台\n上线。\n"
    )
    h1, h2, h3 = text.index("一、"), text.index("八、"), text.index("九、")
    sections = (
        Section(1, "", "2022年度辽宁省\n\n人力资源和社会保障事业发展统计公报", 0, len(text), text.index("公报") + 2),
    )
    children = (
        Section(2, "一、", "劳动就业", h1, h2, h1 + 6),
        Section(2, "八、", "金 \xa0融", h2, h3, h2 + 6),
        Section(2, "九、", "Open Data 平台", h3, len(text), h3 + 14),
    )
    sections = (dataclasses.replace(sections[0], children=children),)
    parsed = dataclasses.replace(
        small_parsed(),
        source_name="bulletin.txt",
        content_hash="split-heading",
        original_text=text,
        display_text=text,
        offset_map=OffsetMap.identity(len(text)),
        sections=sections,
    )
    path = tmp_path / "split.reportmark"
    store: Store = ops.open_project(path)
    store.documents.add(parsed)
    store.close()
    return path


def test_headings_split_over_lines_show_on_one_line_in_the_outline_and_the_list(qtbot, split_heading, dialogs):  # type: ignore[no-untyped-def]
    window = make_window(qtbot, split_heading)
    tree = window.findChild(QWidget, "outlineTree")
    top = tree.topLevelItem(0)
    shown = [top.text(0)] + [top.child(i).text(0) for i in range(top.childCount())]
    assert shown == [
        "2022年度辽宁省人力资源和社会保障事业发展统计公报",
        "一、 劳动就业",
        "八、 金融",
        "九、 Open Data 平台",
    ]
    view = window.document_view()
    start = view.document_text.display_text.index("2122万人")
    select(view, start, start + len("2122万人"))
    view.setFocus()
    press(qtbot, view, "1")
    assert window.table.model.index(0, 2).data() == "一、劳动就业"
    start = view.document_text.display_text.index("存款余额")
    select(view, start, start + 4)
    press(qtbot, view, "2")
    sections = {window.table.model.index(r, 2).data() for r in range(window.table.model.rowCount())}
    assert sections == {"一、劳动就业", "八、金融"}


@given(st.text(alphabet="金融 \n\u3000\xa0abc12、（）", max_size=30))
def test_one_line_only_closes_or_narrows_gaps(text: str) -> None:
    from ui.section_titles import one_line

    shown = one_line(text)
    assert "\n" not in shown and "  " not in shown and shown == shown.strip()
    assert "".join(shown.split()) == "".join(text.split())  # nothing but white space changed
    assert one_line(shown) == shown


def test_the_ledger_names_whose_report_each_column_is(same_titles, tmp_path: Path) -> None:
    """台账, one column per report: two counties' 政府工作报告 of one year must not read alike."""
    import openpyxl

    from models.export import export_annotations

    store = Store.open(same_titles)
    indicator = store.tags.find("指标")
    for doc in store.documents.all():
        text = store.documents.display_text(doc.id)
        start = text.index("一般公共预算收入")
        end = text.index("。", start)
        ops.create_annotation(store, doc.id, start, end, indicator.id)
    out = tmp_path / "台账.xlsx"
    export_annotations(store, out, fmt="ledger")
    store.close()
    # each report's column (its 增减 column beside it when it has a change)
    head = [c.value for c in openpyxl.load_workbook(out).active[1]][3:]
    head = [h for h in head if not h.endswith(" 增减")]
    assert sorted(head) == sorted(
        [
            "政府工作报告（甲县人民政府 2012-02-29）",
            "政府工作报告（甲县人民政府 2016-02-19）",
            "政府工作报告（乙区人民政府 2016-03-01）",
            "政府工作报告（丙县人民政府）",
        ]
    )


def test_a_click_on_an_editable_cell_leaves_the_keyboard_there(window, qtbot):  # type: ignore[no-untyped-def]
    """Click the 名称 cell, F2, type: the name changes (before, the click sent the keys to the document)."""
    ann = _tag_growth_figure(window, qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table = window.table
    name_col = _column(table, "名称")
    rect = table.view.visualRect(table.model.index(0, name_col))
    qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.document_view().selected_annotation_id() == ann.id  # the click still shows it in the text
    press(qtbot, QApplication.focusWidget(), Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(qtbot, editor, "规上工业总产值")
    press(qtbot, editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.view.state() != QAbstractItemView.State.EditingState)
    assert window.store.annotations.get(ann.id).attributes["name"] == "规上工业总产值"
    # a click on the text cell still hands the keyboard to the document (number keys retag there)
    rect = table.view.visualRect(table.model.index(0, 1))
    qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert QApplication.focusWidget() is window.document_view()


def test_reports_just_imported_are_not_hidden_by_the_library_filter(qtbot, seed_project, dialogs):  # type: ignore[no-untyped-def]
    window = make_window(qtbot, seed_project)
    window.library.filter_edit.setFocus()
    type_text(qtbot, window.library.filter_edit, "市经信局")
    assert len(window.library.document_ids()) == 1
    window.import_paths([SEED_TRADITIONAL])
    qtbot.waitUntil(lambda: len(dialogs["summaries"]) == 1, timeout=30000)
    new = next(d for d in window.store.documents.all() if d.source_name == SEED_TRADITIONAL.name)
    # the filter the clerk typed before would hide the report just brought in: it is cleared
    assert new.id in window.library.document_ids()
    assert window.library.filter_edit.text() == ""


def test_the_annotation_query_says_whose_report_each_row_is_from(qtbot, same_titles, dialogs):  # type: ignore[no-untyped-def]
    store = Store.open(same_titles)
    indicator = store.tags.find("指标")
    for doc in store.documents.all():
        text = store.documents.display_text(doc.id)
        start = text.index("一般公共预算收入")
        ops.create_annotation(store, doc.id, start, text.index("。", start), indicator.id)
    store.close()
    window = make_window(qtbot, same_titles)
    q = window.screens.search.query_panel
    with qtbot.waitSignal(q.results_shown):
        qtbot.mouseClick(q.query_button, Qt.MouseButton.LeftButton)
    shown = sorted(q.proxy.index(r, 0).data() for r in range(q.proxy.rowCount()))
    assert shown == sorted(EXPECTED_LABELS)


def test_the_matrix_columns_say_whose_report_each_is(same_titles) -> None:
    """多文档矩阵 over four 政府工作报告: columns named by issuer and year, not '政府工作报告 (13)'."""
    from models.compare import indicator_matrix

    store = Store.open(same_titles)
    ids = [d.id for d in store.documents.all()]
    headers, _rows = indicator_matrix(store, ids, mode="counts")
    store.close()
    assert headers[-4:] == EXPECTED_LABELS


def test_the_comparison_window_opened_on_the_matrix_does_not_pair_a_report_with_itself(qtbot, two_seeds, dialogs):  # type: ignore[no-untyped-def]
    from ui.compare import open_compare

    window = make_window(qtbot, two_seeds)
    cw = open_compare(window, tab="matrix")
    qtbot.addWidget(cw)
    qtbot.waitUntil(lambda: cw.choices.is_loaded)  # the list is read on a worker
    left, right = cw.chosen()
    assert left and right and left != right
