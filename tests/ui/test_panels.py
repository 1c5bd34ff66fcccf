"""Import through the GUI, outline sync, tag palette filter, tag editor, original-text toggle, info panel."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPushButton

from tests.ui.conftest import SEED_SIMPLIFIED, make_window, type_text
from tests.ui.test_annotating import press, select
from ui.text_positions import py_to_qt


def test_import_a_folder_through_the_gui(window, qtbot, tmp_path, dialogs):
    folder = tmp_path / "reports"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(SEED_SIMPLIFIED, folder / "sub" / SEED_SIMPLIFIED.name)
    (folder / "bad.txt").write_bytes(b"")
    (folder / "again.txt").write_bytes(SEED_SIMPLIFIED.read_bytes())  # same content: a duplicate
    progress: list[tuple[int, int]] = []
    window.tasks.task_progressed.connect(lambda _id, done, total, _label: progress.append((done, total)))
    before = len(window.library.document_ids())
    with qtbot.waitSignal(window.tasks.all_tasks_finished, timeout=20000):
        window.import_paths([folder])
    assert len(window.library.document_ids()) == before + 1
    assert progress and progress[-1] == (3, 3)
    summary = dialogs["summaries"][-1]
    assert "已导入 1 个文件，已存在 1 个，未能导入 1 个" in summary
    assert "bad.txt" in summary


def test_import_can_be_cancelled(window, qtbot, tmp_path, dialogs, monkeypatch):
    import threading

    from models import importing

    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(5):
        (folder / f"r{i}.txt").write_text(f"报告{i}\n一、总体情况\n内容{i}。\n", encoding="utf-8")
    cancelled_now = threading.Event()
    real_import_file = importing.import_file

    def slow_import_file(store, path, **options):
        cancelled_now.wait(10)  # the first file waits until the clerk has pressed cancel
        return real_import_file(store, path, **options)

    monkeypatch.setattr(importing, "import_file", slow_import_file)
    runner = window.tasks
    runner.progress_delay_ms = 0
    before = len(window.store.documents.all())
    with qtbot.waitSignal(runner.all_tasks_finished, timeout=20000):
        task_id = window.import_paths([folder])
        dialog = runner._tasks[task_id].dialog
        qtbot.waitUntil(dialog.isVisible)
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # the dialog's cancel button
        cancelled_now.set()
    assert len(window.store.documents.all()) == before + 1  # the file in progress finished, then it stopped
    # the clerk is told what the stopped import kept (clerk day 12: it said nothing)
    (summary,) = dialogs["summaries"]
    assert summary.startswith("导入已取消（已完成 1 / 5 个文件）。") and "已导入 1 个文件" in summary
    assert len(window.library.document_ids()) == before + 1


def test_outline_click_scrolls_the_view(window, qtbot):
    view = window.document_view()
    tree = window.outline.tree
    item = tree.topLevelItem(1)
    assert item.text(0).startswith("二、")
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())
    text = view.document_text.display_text
    assert view.textCursor().position() == py_to_qt(text, text.index("二、存在问题"))
    top = view.cursorForPosition(view.viewport().rect().topLeft()).block().text()
    assert top.startswith("二、存在问题")
    # and the outline follows the reading position back
    qtbot.waitUntil(lambda: tree.currentItem() is item)
    view.scroll_to_offset(text.index("全年工业"))
    qtbot.waitUntil(lambda: tree.currentItem() is tree.topLevelItem(0))


def test_palette_filter_with_pinyin_initials(window, qtbot):
    palette = window.tag_palette
    qtbot.keyClicks(palette.filter_edit, "zb")
    visible = [window.store.tags.get(t).name for t in palette.visible_tag_ids()]
    assert visible == ["指标"]
    palette.filter_edit.clear()
    qtbot.keyClicks(palette.filter_edit, "wen")
    assert [window.store.tags.get(t).name for t in palette.visible_tag_ids()] == ["问题"]


def test_palette_click_tags_the_selection(window, qtbot):
    view = window.document_view()
    text = view.document_text.display_text
    start = text.index("工业总产值")
    select(view, start, start + 5)
    item = next(i for i in window.tag_palette._items.values() if i.text(0) == "政策")
    tree = window.tag_palette.tree
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())
    (ann,) = window.store.annotations.select(window.current_document_id())
    assert window.store.tags.get(ann.tag_id).name == "政策"


def test_tag_editor_delete_in_use_asks_first(window, qtbot, monkeypatch):
    import ui.tags.editor as editor_module

    view = window.document_view()
    start = view.document_text.display_text.index("发展不平衡")
    select(view, start, start + 5)
    press(qtbot, view, "3")
    problem = next(t for t in window.store.tags.all() if t.name == "问题")
    asked: list[tuple[str, int]] = []

    def answer(parent, tag, count, others):
        asked.append((tag.name, count))
        return None  # the clerk cancels first

    monkeypatch.setattr(editor_module, "ask_tag_in_use", answer)
    dlg = editor_module.TagEditor(window.project, window)
    qtbot.addWidget(dlg)
    dlg.tree.setCurrentItem(dlg._items[problem.id])
    dlg.delete_button.click()
    assert asked == [("问题", 1)]
    assert window.store.tags.get(problem.id) == problem

    target = next(t for t in window.store.tags.all() if t.name == "指标")
    monkeypatch.setattr(editor_module, "ask_tag_in_use", lambda *a: ("move", target.id))
    dlg.tree.setCurrentItem(dlg._items[problem.id])
    dlg.delete_button.click()
    assert problem.id not in {t.id for t in window.store.tags.all()}
    (ann,) = window.store.annotations.select(window.current_document_id())
    assert ann.tag_id == target.id
    assert view.annotation(ann.id).tag_id == target.id
    # the palette no longer offers the deleted tag
    assert problem.id not in window.tag_palette._items


def test_tag_editor_add_rename_recolour_key_reorder(window, qtbot, monkeypatch):
    import ui.tags.editor as editor_module

    dlg = editor_module.TagEditor(window.project, window)
    qtbot.addWidget(dlg)
    indicator = next(t for t in window.store.tags.all() if t.name == "指标")
    dlg.tree.setCurrentItem(dlg._items[indicator.id])
    child_id = dlg.add_tag(child=True)
    dlg.name_edit.selectAll()
    type_text(qtbot, dlg.name_edit, "工业")
    dlg.name_edit.editingFinished.emit()
    child = window.store.tags.get(child_id)
    assert (child.name, child.parent_id) == ("工业", indicator.id)
    monkeypatch.setattr(editor_module, "choose_color", lambda parent, current: "#112233")
    dlg.color_button.click()
    dlg.key_combo.setCurrentIndex(dlg.key_combo.findData("9"))
    dlg.key_combo.activated.emit(dlg.key_combo.currentIndex())
    child = window.store.tags.get(child_id)
    assert (child.color, child.key) == ("#112233", "9")
    # the palette shows it under its parent, found by pinyin
    window.tag_palette.filter_edit.setText("gy")
    assert window.tag_palette.visible_tag_ids() == [indicator.id, child_id]
    # reorder: move 政策 above 指标
    policy = next(t for t in window.store.tags.all() if t.name == "政策")
    dlg.tree.setCurrentItem(dlg._items[policy.id])
    dlg.up_button.click()
    top = [t.name for t in window.store.tags.all() if t.parent_id is None]
    assert top[:2] == ["政策", "指标"]
    window.undo_stack.undo()  # one macro undoes the reorder
    assert [t.name for t in window.store.tags.all() if t.parent_id is None][:2] == ["指标", "政策"]


# display text drops the pinyin "(dāng)" of the original: offsets shift by 6 after it
PINYIN_ORIGINAL = "當(dāng)前工作總結\n一、主要指標\n增長8.5%。\n二、存在問題\n仍然突出。\n"
PINYIN_DISPLAY = "当前工作总结\n一、主要指标\n增长8.5%。\n二、存在问题\n仍然突出。\n"


def _pinyin_project(path):  # type: ignore[no-untyped-def]
    """A project holding the report above; returns the open store and its document."""
    from models import ops
    from models.offsets import OffsetMap
    from tests.ui.conftest import small_parsed

    original, display = PINYIN_ORIGINAL, PINYIN_DISPLAY
    arr = [0, *range(7, len(original) + 1)]
    parsed = small_parsed(display, original=original, offset_map=OffsetMap.from_array(arr, len(original)))
    store = ops.open_project(path)
    return store, store.documents.add(parsed)


def test_original_text_toggle_maps_annotations(qtbot, tmp_path, dialogs):
    from models import ops

    original, display = PINYIN_ORIGINAL, PINYIN_DISPLAY
    path = tmp_path / "orig.reportmark"
    store, doc = _pinyin_project(path)
    start = display.index("增长")
    ops.create_annotation(store, doc.id, start, start + 2, store.tags.all()[0].id)
    store.close()
    window = make_window(qtbot, path)
    view = window.document_view()
    window.actions_.show_original.setChecked(True)
    assert view.toPlainText().startswith("當(dāng)")
    cursor = QTextCursor(view.document())
    o = original.index("增長")
    cursor.setPosition(o + 1)
    assert cursor.charFormat().background().color().name() == store_tag_color(window)
    # tagging is refused in the read-only original view
    select_all = view.textCursor()
    select_all.setPosition(o)
    select_all.setPosition(o + 2, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(select_all)
    press(qtbot, view, "2")
    assert len(window.store.annotations.select(doc.id)) == 1
    assert "只读" in window.statusBar().currentMessage()
    window.actions_.show_original.setChecked(False)
    assert view.toPlainText().startswith("当前")


def store_tag_color(window):
    return window.store.tags.all()[0].color


def test_info_panel_memo_is_saved(window, qtbot):
    doc_id = window.current_document_id()
    assert window.info.fields["issuer"].text() == "某局"
    type_text(qtbot, window.info.memo, "需要与去年对比")
    window.info.flush_memo()
    assert window.store.documents.get(doc_id).memo == "需要与去年对比"


def test_window_title_and_extension_points(window):
    assert "small" in window.windowTitle()
    assert window.menu("tools") is not None and window.menu("help") is not None
    view = window.document_view()
    view.set_overlay_ranges("search", [(0, 2)], {"background": "#ffff00"})
    assert any(sel.format.background().color().name() == "#ffff00" for sel in view.extraSelections())
    view.set_overlay_ranges("search", [], {})
    assert not any(sel.format.background().color().name() == "#ffff00" for sel in view.extraSelections())


def test_original_text_strikes_through_what_cleaning_removed(qtbot, tmp_path, dialogs):
    """显示原文 shows page chrome and header lines struck through; report text stays plain (issue 17)."""
    from models import ops
    from models.ingest import parse_bytes

    original = "首页 > 要闻\n【字体：大 中 小】\n来源：某某日报\n某局2021年工作总结\n一、主要工作\n全年增长8.5%。\n"
    parsed = parse_bytes(original.encode("utf-8"), "chrome.txt")
    path = tmp_path / "chrome.reportmark"
    store = ops.open_project(path)
    store.documents.add(parsed)
    store.close()
    window = make_window(qtbot, path)
    view = window.document_view()
    assert "首页" not in view.toPlainText()
    window.actions_.show_original.setChecked(True)
    assert view.toPlainText().startswith("首页")
    cursor = QTextCursor(view.document())
    for piece, struck in (("首页", True), ("来源", True), ("大 中 小", True), ("全年增长", False), ("主要工作", False)):
        cursor.setPosition(original.index(piece) + 1)
        assert cursor.charFormat().fontStrikeOut() is struck, piece


def test_showing_the_original_keeps_the_reading_place(qtbot, tmp_path, dialogs):
    """显示原文 on and off keeps the clerk at the same sentence (it moved back by what cleaning removed before it)."""
    display = PINYIN_DISPLAY
    path = tmp_path / "place.reportmark"
    store, _doc = _pinyin_project(path)
    store.close()
    window = make_window(qtbot, path)
    view = window.document_view()
    place = display.index("仍然突出")
    cursor = view.textCursor()
    cursor.setPosition(place)
    view.setTextCursor(cursor)
    assert view.reading_offset() == place
    window.actions_.show_original.setChecked(True)
    assert view.toPlainText().startswith("當(dāng)")
    assert view.reading_offset() == place  # the same sentence, not 6 characters (the dropped pinyin) earlier
    assert view.toPlainText()[view.textCursor().position() :].startswith("仍然突出")
    window.actions_.show_original.setChecked(False)
    assert view.reading_offset() == place
