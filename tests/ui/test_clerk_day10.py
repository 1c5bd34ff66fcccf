"""Defects a clerk hit on day 10 in the real window, each driven by keys and clicks as the clerk did."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import type_text


def _focus(qtbot, window, widget) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_tab_after_typing_a_title_saves_it_and_moves_to_the_issuer(qtbot, window):  # type: ignore[no-untyped-def]
    # The clerk typed a new title and pressed Tab to go on to the issuer, as in any form: the typed title was
    # thrown away without a word.
    doc_id = window.current_document_id()
    _focus(qtbot, window, window.library.list)
    qtbot.keyClick(window.library.list, Qt.Key.Key_F2)
    title = window.info.rows["title"]
    type_text(qtbot, QApplication.focusWidget(), "某县经信局2020年工作总结")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert window.store.documents.get(doc_id).title == "某县经信局2020年工作总结"
    assert not title.editing()
    assert window.info.rows["issuer"].isAncestorOf(QApplication.focusWidget())  # on to the next field
    window.undo_stack.undo()
    assert window.store.documents.get(doc_id).title != "某县经信局2020年工作总结"


def test_tab_on_an_invalid_date_keeps_the_box_open_with_the_reason(qtbot, window):  # type: ignore[no-untyped-def]
    doc_id = window.current_document_id()
    before = window.store.documents.get(doc_id).date
    window.info.edit_field("date")
    row = window.info.rows["date"]
    _focus(qtbot, window, row.line_edit)
    type_text(qtbot, row.line_edit, "去年春天")
    qtbot.keyClick(row.line_edit, Qt.Key.Key_Tab)
    assert row.editing()
    assert row.error.isVisible()
    assert window.store.documents.get(doc_id).date == before


def test_importing_a_folder_again_says_how_many_more_were_already_there(  # type: ignore[no-untyped-def]
    qtbot, window, dialogs, tmp_path, monkeypatch
):
    # The summary listed ten of the 22 files already in the project and stopped, as if there were only ten.
    folder = tmp_path / "reports"
    folder.mkdir()
    for i in range(13):
        (folder / f"report_{i:02d}.txt").write_text(
            f"某县第{i + 1}号工作总结\n\n一、主要工作\n今年全县完成固定资产投资{i + 10}亿元。\n", encoding="utf-8"
        )
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    window.actions_.import_folder.trigger()
    qtbot.waitUntil(lambda: len(dialogs["summaries"]) == 1, timeout=60_000)
    window.actions_.import_folder.trigger()
    qtbot.waitUntil(lambda: len(dialogs["summaries"]) == 2, timeout=60_000)
    again = dialogs["summaries"][1]
    assert again.count("：已在项目中") == 10
    assert "另有 3 个文件已在项目中" in again


def _tag_as_indicator(qtbot, window, phrase: str) -> None:  # type: ignore[no-untyped-def]
    view = window.document_view()
    cursor = view.textCursor()
    cursor.setPosition(window.store.documents.display_text(window.current_document_id()).index(phrase))
    cursor.setPosition(cursor.position() + len(phrase), cursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    qtbot.keyClick(view, Qt.Key.Key_1)


def test_the_ledger_preview_says_which_tagged_indicators_it_leaves_out(qtbot, window):  # type: ignore[no-untyped-def]
    # Three indicators tagged, the preview said "共 3 条标注", the 台账 came out with two rows and nothing said
    # that the one without a value is not in it.
    from ui.export.dialog import ExportDialog

    _tag_as_indicator(qtbot, window, "工业总产值增长8.5%")
    _tag_as_indicator(qtbot, window, "发展不平衡")  # no figure: the ledger cannot list it
    window.screens.export.export_action.trigger()
    (dlg,) = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    qtbot.addWidget(dlg)
    dlg.format.setCurrentIndex(dlg.format.findData("ledger"))
    qtbot.waitUntil(lambda: "台账" in dlg.summary.text())
    assert "共 2 条标注" in dlg.summary.text()
    assert "其中 1 条没有指标名称或数值，不列入台账" in dlg.summary.text()


def test_the_chosen_entry_of_an_open_drop_down_list_can_be_read(qtbot, qapp):  # type: ignore[no-untyped-def]
    # In the compare picker and the export format list the entry already chosen showed as a blank white bar:
    # the style sheet's white box with the highlight's white text.
    from PySide6.QtWidgets import QComboBox

    from models import paths

    sheet = qapp.styleSheet()
    qapp.setStyleSheet((paths.RESOURCES / "style.qss").read_text(encoding="utf-8"))
    try:
        box = QComboBox()
        qtbot.addWidget(box)
        box.addItems(["政府工作报告（甲区人民政府 2012）", "政府工作报告（乙区人民政府 2016）", "区科技局工作总结"])
        box.setCurrentIndex(1)
        box.show()
        qtbot.waitExposed(box)
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
        view = box.view()
        qtbot.waitUntil(view.isVisible)
        rect = view.visualRect(view.currentIndex())
        image = view.viewport().grab(rect).toImage()
        darkest = min(
            image.pixelColor(x, y).lightness() for x in range(0, image.width(), 2) for y in range(image.height())
        )
        assert darkest < 128  # the words are drawn dark on a light bar
        box.hidePopup()
    finally:
        qapp.setStyleSheet(sheet)


def test_in_english_the_title_bar_names_the_app_once_and_in_english(qtbot, small_project, dialogs):  # type: ignore[no-untyped-def]
    # The title bar read "… — cd10 — ReportMark — 报告标注": the window system appends the application's display
    # name, which stayed Chinese after the switch to English.
    from tests.ui.conftest import make_window
    from ui.app import install_translator

    app = QApplication.instance()
    name = app.applicationDisplayName()
    translator = install_translator(app, "en")
    try:
        window = make_window(qtbot, small_project)
        assert window.windowTitle().endswith("ReportMark")
        assert app.applicationDisplayName() == "ReportMark"
    finally:
        if translator is not None:
            app.removeTranslator(translator)
        install_translator(app, "zh_CN")
        chinese = app.applicationDisplayName()
        app.setApplicationDisplayName(name)
    assert chinese == "报告标注"


def test_ctrl_s_saves_the_memo_being_typed_and_says_everything_is_saved(qtbot, window):  # type: ignore[no-untyped-def]
    # Out of habit the clerk pressed Ctrl+S after typing a memo: nothing happened, not even a word.
    doc_id = window.current_document_id()
    _focus(qtbot, window, window.info.memo)
    type_text(qtbot, window.info.memo, "与去年对比")
    qtbot.keyClick(window.info.memo, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.store.documents.get(doc_id).memo == "与去年对比"
    assert "已保存" in window.statusBar().currentMessage()
    assert window.actions_.save in window.menu("file").actions()


def test_the_ledger_note_wraps_rather_than_widening_the_export_dialog(qtbot, window):  # type: ignore[no-untyped-def]
    from ui.export.dialog import ExportDialog

    _tag_as_indicator(qtbot, window, "发展不平衡")
    window.screens.export.export_action.trigger()
    (dlg,) = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    qtbot.addWidget(dlg)
    dlg.format.setCurrentIndex(dlg.format.findData("ledger"))
    qtbot.waitUntil(lambda: "不列入台账" in dlg.summary.text())
    assert dlg.summary.wordWrap()
    assert dlg.summary.minimumSizeHint().width() < 400  # a long note takes more lines, not a wider dialog


def test_a_doc_number_typed_with_keyboard_brackets_is_saved_with_the_year_in_hexagonal_brackets(  # type: ignore[no-untyped-def]
    qtbot, window
):
    # 〔〕 is not on the keyboard: the clerk typed 国发[2006]1号, which searches and exports then kept as typed,
    # unlike every 文号 written the 公文 way (GB/T 9704: the year in 〔〕).
    doc_id = window.current_document_id()
    window.info.edit_field("doc_number")
    row = window.info.rows["doc_number"]
    _focus(qtbot, window, row.line_edit)
    type_text(qtbot, row.line_edit, "国发[2006] 1号")
    qtbot.keyClick(row.line_edit, Qt.Key.Key_Return)
    assert window.store.documents.get(doc_id).doc_number == "国发〔2006〕1号"
    window.info.edit_field("doc_number")
    type_text(qtbot, row.line_edit, "某办发（2021）12号")
    qtbot.keyClick(row.line_edit, Qt.Key.Key_Return)
    assert window.store.documents.get(doc_id).doc_number == "某办发〔2021〕12号"
