"""Defects a clerk hit on day 11 in the real window, each driven by keys and clicks as the clerk did."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QToolBar

from models.types import Annotation
from tests.ui.conftest import type_text
from tests.ui.test_clerk_day_s7 import _column, _edit_cell, _tag_growth_figure, same_titles  # noqa: F401 (fixture)

# -- 增减: a change that is not a number is refused, the old one kept -------------------------------------------------


@pytest.mark.parametrize("typed", ["+", "-", "%", "+%", "增长"])
def test_a_change_that_is_not_a_number_is_refused_in_the_table(window, qtbot, typed):  # type: ignore[no-untyped-def]
    ann = _tag_growth_figure(window, qtbot)
    table = window.table
    change_col = _column(table, "增减")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _edit_cell(qtbot, table, 0, change_col, typed)
    attrs = window.store.annotations.get(ann.id).attributes
    assert (attrs["change"], attrs["change_unit"]) == (8.5, "%")  # the old change kept
    assert table.model.index(0, change_col).data() == "+8.5%"
    refusal = table.refusal
    assert refusal.isVisible() and "增减" in refusal.text() and "\n" not in refusal.text()
    assert window.undo_stack.count() == 1  # only the tagging: no edit was pushed


@pytest.mark.parametrize(
    ("typed", "change", "unit"),
    [("+3.5", 3.5, "%"), ("-2", -2, "%"), ("3.5%", 3.5, "%"), ("+1.2个百分点", 1.2, "个百分点"), ("−2", -2, "%")],
)
def test_a_change_written_as_a_number_is_taken_in_the_table(window, qtbot, typed, change, unit):  # type: ignore[no-untyped-def]
    ann = _tag_growth_figure(window, qtbot)
    table = window.table
    change_col = _column(table, "增减")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _edit_cell(qtbot, table, 0, change_col, "+")  # refused first: the line goes once a number is taken
    _edit_cell(qtbot, table, 0, change_col, typed)
    attrs = window.store.annotations.get(ann.id).attributes
    assert (attrs["change"], attrs["change_unit"]) == (change, unit)
    assert not table.refusal.isVisible()


def test_a_change_that_is_not_a_number_is_refused_in_the_review_fields(qtbot):  # type: ignore[no-untyped-def]
    from ui.review.fields import ParsedFields

    fields = ParsedFields()
    qtbot.addWidget(fields)
    fields.show()
    attrs = {"name": "工业总产值", "value": 8.5, "unit": "%", "change": 8.5, "change_unit": "%"}
    fields.set_annotation(Annotation(id=7, document_id=1, tag_id=1, start=0, end=4, text="8.5%", attributes=attrs))
    emitted: list[dict] = []
    fields.attributes_edited.connect(lambda _id, after: emitted.append(after))
    change = fields.edits["change"]
    change.setFocus()
    change.selectAll()
    type_text(qtbot, change, "+")
    qtbot.keyClick(change, Qt.Key.Key_Return)
    assert emitted == []
    assert change.text() == "8.5"  # the old change shown again
    assert fields.refusal.isVisible() and "增减" in fields.refusal.text()
    change.selectAll()
    type_text(qtbot, change, "-2")
    qtbot.keyClick(change, Qt.Key.Key_Return)
    assert emitted[-1]["change"] == -2
    assert not fields.refusal.isVisible()


# -- Esc in the compare window: an open drop-down list closes, the window stays ------------------------------------


def _compare(qtbot, window):  # type: ignore[no-untyped-def]
    from ui.compare import compare_window

    cw = compare_window(window)
    qtbot.addWidget(cw)
    cw.show()
    cw.activateWindow()
    qtbot.waitUntil(cw.isActiveWindow)
    return cw


def _open_list(qtbot, combo):  # type: ignore[no-untyped-def]
    """Click the drop-down's arrow as the clerk does; the list that opened (a popup of its own).

    The pickers are editable (type to filter, session 15): a click on their text field puts the cursor there, and
    the arrow opens the list.
    """
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    arrow = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, combo
    )
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton, pos=arrow.center())
    qtbot.waitUntil(lambda: combo.view().isVisible())
    return combo.view()


def test_esc_on_an_open_compare_drop_down_closes_only_its_list(qtbot, seed_project, dialogs):  # type: ignore[no-untyped-def]
    from tests.ui.conftest import make_window

    window = make_window(qtbot, seed_project)
    cw = _compare(qtbot, window)
    for combo in (cw.left_combo, cw.right_combo, cw.plan.plan_combo, cw.plan.outcome_combo):
        cw.show_tab("plan" if combo in (cw.plan.plan_combo, cw.plan.outcome_combo) else "side")
        qtbot.waitUntil(combo.isVisible)
        chosen = combo.currentIndex()
        view = _open_list(qtbot, combo)
        qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_Down)
        qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda view=view: not view.isVisible())
        assert cw.isVisible(), combo.objectName()
        assert combo.currentIndex() == chosen  # Esc chose nothing
    # the list closed, the drop-down keeps the focus: Esc now closes the window, as Esc closes every dialog here
    qtbot.waitUntil(lambda: QApplication.focusWidget() is cw.plan.outcome_combo)
    qtbot.keyClick(cw.plan.outcome_combo, Qt.Key.Key_Escape)
    assert not cw.isVisible()


# -- one name for a report everywhere in compare: picker, headers, matrix and its export ------------------------------


def test_the_compare_headers_and_the_export_name_a_report_as_the_picker_does(qtbot, same_titles, dialogs, tmp_path):  # type: ignore[no-untyped-def]  # noqa: F811
    from tests.ui.conftest import make_window
    from tests.ui.test_compare import _open

    window = make_window(qtbot, same_titles)
    _a2012, a2016, _b2016, c = (d.id for d in sorted(window.store.documents.all(), key=lambda d: d.source_name))
    cw = _open(qtbot, window, a2016, c)
    left, right = cw.left_combo.currentText(), cw.right_combo.currentText()
    assert (left, right) == ("政府工作报告（甲县人民政府 2016）", "政府工作报告（丙县人民政府）")
    assert (cw.side.left_title.text(), cw.side.right_title.text()) == (left, right)
    with qtbot.waitSignal(cw.diff_shown, timeout=30000):
        cw.show_tab("diff")
    assert (cw.diff.left_title.text(), cw.diff.right_title.text()) == (left, right)
    assert cw.indicators.titles() == (left, right)
    # a matrix of two of the four: its columns are named as the picker names them, not told apart among the two only
    cw.show_tab("matrix")
    with qtbot.waitSignal(cw.matrix_shown, timeout=30000):
        cw.build_matrix([a2016, c], "values", [])
    assert cw.matrix.headers[2:] == [left, right]
    shown = [cw.matrix.table.horizontalHeaderItem(k).text() for k in range(cw.matrix.table.columnCount())]
    assert shown[2:] == [left, right]
    out = tmp_path / "矩阵.csv"
    with qtbot.waitSignal(cw.export_finished, timeout=10000):
        cw._export_matrix(out)
    assert out.read_text(encoding="utf-8-sig").splitlines()[0] == f"指标,单位,{left},{right}"


# -- access letters on every menu item, unique within its menu, never shown where the action's text is reused ----------

_KEY_RE = re.compile(r"&([^&])")


def _menu_items(menu, trail: str = ""):  # type: ignore[no-untyped-def]
    """``(menu path, [action …])`` for a menu and each submenu under it (recent projects are file names: left out)."""
    actions = [a for a in menu.actions() if not a.isSeparator()]
    yield trail, actions
    for a in actions:
        if a.menu() is not None and a.menu().objectName() != "recentProjectsMenu":
            yield from _menu_items(a.menu(), f"{trail} ▸ {a.text()}")


def _check_access_letters(window, chinese: bool) -> None:  # type: ignore[no-untyped-def]
    for top in window.menuBar().actions():
        for trail, actions in _menu_items(top.menu(), top.text()):
            letters = []
            for a in actions:
                keys = _KEY_RE.findall(a.text().replace("&&", ""))
                assert len(keys) == 1, f"{trail} ▸ {a.text()!r} has no access letter"
                if chinese:
                    assert re.search(r"\(&[A-Z0-9]\)", a.text()), f"{trail} ▸ {a.text()!r}: 中文菜单项写作“名称(&X)”"
                letters.append(keys[0].upper())
            assert len(letters) == len(set(letters)), f"{trail}: letters used twice {letters}"


def _check_reused_texts(window) -> None:  # type: ignore[no-untyped-def]
    from ui.help.shortcuts import shortcut_rows

    for row in shortcut_rows(window):
        assert "&" not in "".join(row) and "(&" not in row[1], row
    toolbar = window.findChild(QToolBar, "mainToolbar")
    for act in toolbar.actions():
        button = toolbar.widgetForAction(act)
        if button is None or act.isSeparator():
            continue
        for text in (button.text(), button.toolTip(), act.toolTip(), act.iconText()):
            assert "&" not in text and not re.search(r"\([A-Z]\)", text), repr(text)
    for top in window.menuBar().actions():
        for _trail, actions in _menu_items(top.menu()):
            for a in actions:
                assert not re.search(r"\(&?[A-Z]\)|&", a.toolTip()), repr(a.toolTip())


def test_every_menu_item_has_an_access_letter_unique_in_its_menu(qtbot, window):  # type: ignore[no-untyped-def]
    _check_access_letters(window, chinese=True)
    _check_reused_texts(window)
    actions = window.actions_
    assert actions.new_project.text() == "新建项目(&N)…"
    assert actions.import_files.text() == "导入报告(&I)…"


def test_every_english_menu_item_has_an_access_letter_unique_in_its_menu(qtbot, small_project, dialogs):  # type: ignore[no-untyped-def]
    from tests.ui.conftest import make_window
    from ui.app import install_translator

    app = QApplication.instance()
    translator = install_translator(app, "en")
    assert translator is not None
    try:
        window = make_window(qtbot, small_project)
        _check_access_letters(window, chinese=False)
        _check_reused_texts(window)
        assert window.actions_.new_project.text() == "&New Project…"
    finally:
        for t in app.findChildren(type(translator)):
            app.removeTranslator(t)


# -- 首选项: a language change says plainly that it takes effect at the next start -------------------------------------


def test_choosing_another_language_says_it_takes_effect_at_the_next_start(qtbot, window):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QTimer

    from ui import settings

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    seen: dict[str, str] = {}

    def choose_english() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        try:
            note = dialog.findChild(QLabel, "languageNote")
            seen["row"] = note.text() if note is not None else ""
            combo = dialog.language
            combo.setFocus()
            qtbot.keyClick(combo, Qt.Key.Key_Down)  # 简体中文 -> English
            seen["after"] = note.text() if note is not None else ""
            qtbot.keyClick(combo, Qt.Key.Key_Return)
        finally:
            seen.setdefault("after", "")
            if dialog.isVisible():  # a failure above must not leave the dialog waiting
                dialog.reject()

    QTimer.singleShot(0, choose_english)
    qtbot.keyClick(window.document_view(), Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "after" in seen)
    assert "下次启动" in seen["row"]  # said beside the choice, before the clerk changes anything
    assert "English" in seen["after"] and "下次启动" in seen["after"]
    assert settings.language() == "en"
    # nothing pretends to have switched: the window stays Chinese, and the status bar says when it will change
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    assert QCoreApplication.translate("MainWindow", "文件(&F)") == "文件(&F)"
    message = window.statusBar().currentMessage()
    assert "English" in message and "下次启动" in message
