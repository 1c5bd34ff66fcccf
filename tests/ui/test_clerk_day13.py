"""Clerk day 13: what a clerk tripped on with real reports (a tag under a suggestion, a no-op merge, 指标对比)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from tests.ui.test_annotating import press, select, tag_by_key
from tests.ui.test_undo_merge_gui import clerk, colleague  # noqa: F401 (fixtures)
from ui.document_view.layers import split_by_cover
from ui.text_positions import py_to_qt

_span = st.tuples(st.integers(0, 60), st.integers(1, 20)).map(lambda t: (t[0], t[0] + t[1]))


@given(st.lists(_span, max_size=6), st.lists(_span, max_size=6))
def test_split_by_cover_cuts_each_span_into_pieces_off_and_on_the_cover(spans, covered):  # type: ignore[no-untyped-def]
    outside, inside = split_by_cover(spans, covered)
    on_cover = {i for s, e in covered for i in range(s, e)}
    for s, e in outside:
        assert s < e and not on_cover & set(range(s, e))
    for s, e in inside:
        assert s < e and set(range(s, e)) <= on_cover
    expected = Counter(i for s, e in spans for i in range(s, e))
    assert Counter(i for s, e in outside + inside for i in range(s, e)) == expected


def _seen_colour(view, offset: int) -> str:  # type: ignore[no-untyped-def]
    """The colour a clerk sees behind the character at ``offset``: the commonest pixel of its cell on screen."""
    text = view.document_text.display_text
    cursor = QTextCursor(view.document())
    cursor.setPosition(py_to_qt(text, offset))
    left = view.cursorRect(cursor)
    cursor.setPosition(py_to_qt(text, offset + 1))
    right = view.cursorRect(cursor)
    image = view.viewport().grab().toImage()
    counts: Counter[str] = Counter()
    for x in range(left.x() + 1, max(left.x() + 2, right.x() - 1)):
        for y in range(left.top() + 1, left.bottom()):
            counts[image.pixelColor(QPoint(x, y)).name()] += 1
    return counts.most_common(1)[0][0]


def test_a_problem_tagged_inside_a_pending_indicator_suggestion_shows_its_colour(reviewing, qtbot):  # type: ignore[no-untyped-def]
    """The clerk selected part of a figure sentence that had a 指标 suggestion, pressed 3 (问题): the table got a
    问题 row but the text stayed the suggestion's pale orange, as if the key had done nothing."""
    window, controller = reviewing
    view = window.document_view()
    indicator = window.store.tags.find("指标")
    doc_id = window.current_document_id()
    pending = [
        a
        for a in window.store.annotations.select(doc_id, statuses=("suggested",))
        if a.tag_id == indicator.id and a.end - a.start >= 8 and a.id != controller.queue.current_id
    ]
    inside = pending[0]
    view.scroll_to_offset(inside.start)
    select(view, inside.start + 1, inside.start + 5)
    view.setFocus()
    press(qtbot, view, "3")
    problem = tag_by_key(window, "3")
    tagged = [a for a in window.store.annotations.select(doc_id) if a.tag_id == problem.id]
    assert [(a.start, a.end) for a in tagged] == [(inside.start + 1, inside.start + 5)]
    cursor = view.textCursor()
    cursor.clearSelection()
    view.setTextCursor(cursor)
    view.select_annotation(0)
    qtbot.waitUntil(view.highlights_complete)
    # the same suggestion, a character the clerk did not tag: its pale orange
    suggestion_only = _seen_colour(view, inside.start + 6)
    under_tag = _seen_colour(view, inside.start + 2)
    assert under_tag != suggestion_only
    red = Counter({"r": int(under_tag[1:3], 16), "g": int(under_tag[3:5], 16)})
    assert red["r"] - red["g"] > 20, under_tag  # the 问题 red shows, not the suggestion's orange-white
    # untagging brings the suggestion's tint back
    window.undo_stack.undo()
    qtbot.waitUntil(view.highlights_complete)
    assert _seen_colour(view, inside.start + 2) == suggestion_only


def test_merging_the_same_colleague_twice_adds_no_empty_undo_step(qtbot, clerk, colleague, monkeypatch, dialogs):  # type: ignore[no-untyped-def]  # noqa: F811
    """The clerk merged a colleague's copy a second time: the status line said 新增 0 处标注 … 可以撤销, and the next
    Ctrl+Z took back nothing (an empty step), so the clerk's last real edit needed two."""
    from tests.ui.test_undo_merge_gui import _content, _ctrl_z, _merge

    window = clerk
    before = _content(window.store)
    first = _merge(qtbot, window, colleague, monkeypatch)
    assert "可以撤销" in first, first
    merged = _content(window.store)
    steps = window.undo_stack.count()
    second = _merge(qtbot, window, colleague, monkeypatch)
    assert _content(window.store) == merged  # no duplicates
    assert window.undo_stack.count() == steps  # nothing to take back: no step
    assert "可以撤销" not in second and "没有新内容" in second, second
    window.activateWindow()  # the clerk is in the main window (an earlier test's window may have been active)
    qtbot.waitUntil(window.isActiveWindow)
    _ctrl_z(qtbot, window)  # one Ctrl+Z takes back the first merge
    assert _content(window.store) == before


def test_an_unmatched_indicator_shows_the_figure_the_report_wrote(qtbot, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    """指标对比 of two 政府工作报告: 城镇常住居民人均可支配收入完成30788元 was listed under 未匹配的指标 as 3.08 万元 —
    rounded, in a unit the report never used; 50万平方米 came out as 500,000 平方米."""
    from models import ops
    from tests.ui.conftest import make_window
    from tests.ui.test_compare import SEED_SIMPLIFIED, SEED_TRADITIONAL, _annotate, _ids, _open

    path = tmp_path / "two.reportmark"
    store = ops.open_project(path)
    outcomes, _ = ops.import_files(store, [SEED_SIMPLIFIED, SEED_TRADITIONAL])
    city, county = (o.document.id for o in outcomes if o.document is not None)
    _annotate(store, city, [("完成固定资产投资530亿元", {"name": "固定资产投资", "value": 530, "unit": "亿元"})])
    _annotate(
        store, city, [("新增高新技术企业19家", {"name": "城镇常住居民人均可支配收入", "value": 30788, "unit": "元"})]
    )
    _annotate(store, county, [("完成固定资产投资61111万元", {"name": "固定资产投资", "value": 61111, "unit": "万元"})])
    _annotate(store, county, [("完成技改投资3358万元", {"name": "商业营业面积", "value": 50, "unit": "万平方米"})])
    store.close()
    window = make_window(qtbot, path)
    left, right = _ids(window)
    assert (left, right) == (city, county)
    cw = _open(qtbot, window, left, right)
    cw.show_tab("indicators")
    tab = cw.indicators
    rows = {
        tab.unmatched.item(r, 0).text(): (tab.unmatched.item(r, 3).text(), tab.unmatched.item(r, 4).text())
        for r in range(tab.unmatched.rowCount())
    }
    assert rows["城镇常住居民人均可支配收入"] == ("30,788", "元")
    assert rows["商业营业面积"] == ("50", "万平方米")


def test_a_layer_placed_after_another_is_drawn_just_above_it_not_over_the_current_suggestion(qtbot):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextCharFormat

    from ui.document_view.layers import SelectionLayers

    layers = SelectionLayers(lambda s, e, fmt: (s, e))  # type: ignore[arg-type,return-value]
    fmt = QTextCharFormat()
    layers.set("suggestions:1", [(0, 4)], fmt)
    layers.set("suggestions:current", [(0, 4)], fmt)
    layers.set("suggestions:1|tagged", [(5, 6)], fmt, after="suggestions:1")
    assert list(layers.ranges) == ["suggestions:1", "suggestions:1|tagged", "suggestions:current"]
    assert layers.selections()[-1] == (0, 4)  # the current one still drawn last


def test_started_with_lang_en_the_export_dialog_offers_english_headers_and_file_name(  # type: ignore[no-untyped-def]
    qtbot, small_project, dialogs
):
    """``main.py --lang en … gui``: the window was English but 导出标注 offered Chinese headers and
    标注导出_20261206.xlsx — it looked at the saved preference (中文), not at the language the window is in."""
    from PySide6.QtWidgets import QApplication

    from tests.ui.conftest import make_window
    from tests.ui.test_export_dialog import choose_format, open_dialog
    from ui import settings
    from ui.app import install_translator

    app = QApplication.instance()
    name = app.applicationDisplayName()
    assert settings.language() == "zh_CN"  # the saved preference stays Chinese: only this run is English
    translator = install_translator(app, "en")
    try:
        window = make_window(qtbot, small_project)
        dlg = open_dialog(window, qtbot)
        assert dlg.headers.currentData() is True  # English headers
        assert Path(dlg.path.text()).name.startswith("annotations_"), dlg.path.text()
        choose_format(dlg, "ledger")
        assert Path(dlg.path.text()).name.startswith("indicator_ledger_"), dlg.path.text()
        dlg.close()
    finally:
        if translator is not None:
            app.removeTranslator(translator)
        install_translator(app, "zh_CN")
        app.setApplicationDisplayName(name)


def test_in_english_the_review_buttons_show_their_whole_words_in_the_side_column(qtbot):  # type: ignore[no-untyped-def]
    """--lang en: the four review buttons share the side column equally and "Previous" was cut to ")reviou"."""
    from PySide6.QtWidgets import QApplication

    from models import paths
    from ui.app import install_translator
    from ui.review.panel import ReviewPanel

    app = QApplication.instance()
    name, sheet = app.applicationDisplayName(), app.styleSheet()
    app.setStyleSheet((paths.RESOURCES / "style.qss").read_text(encoding="utf-8"))  # the app's padded buttons
    translator = install_translator(app, "en")
    try:
        panel = ReviewPanel()
        qtbot.addWidget(panel)
        panel.resize(325, 700)  # the right column as the window first lays it out on a 1600-pixel screen
        panel.show()
        qtbot.waitExposed(panel)
        buttons = (panel.accept_button, panel.reject_button, panel.prev_button, panel.next_button)
        assert panel.prev_button.text() == "Previous"
        for button in buttons:
            assert button.width() >= button.sizeHint().width(), (button.text(), button.width())
    finally:
        if translator is not None:
            app.removeTranslator(translator)
        install_translator(app, "zh_CN")
        app.setApplicationDisplayName(name)
        app.setStyleSheet(sheet)


def test_the_export_dialogs_current_document_is_named_apart_from_another_with_its_title(qtbot, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    """Two 海拉尔 reports are both titled 政府工作报告: 导出标注 offered 当前文档：政府工作报告 — which one? The list
    below it says 政府工作报告（海拉尔区人民政府 2016…）; the current-document choice now says the same."""
    import dataclasses

    from models import ops
    from tests.ui.conftest import SMALL_TEXT, make_window, small_parsed
    from tests.ui.test_export_dialog import open_dialog
    from ui.export.pickers import ID_ROLE

    path = tmp_path / "two.reportmark"
    store = ops.open_project(path)
    first = small_parsed(name="2012.txt")
    store.documents.add(dataclasses.replace(first, metadata=dataclasses.replace(first.metadata, date="2012-02-29")))
    second = small_parsed(SMALL_TEXT + "再补充。\n", name="2016.txt")
    store.documents.add(dataclasses.replace(second, metadata=dataclasses.replace(second.metadata, date="2016-02-19")))
    store.close()
    window = make_window(qtbot, path)
    window.open_document(window.library.document_ids()[1])
    dlg = open_dialog(window, qtbot)
    current = window.current_document_id()
    item = next(
        dlg.documents.item(i) for i in range(dlg.documents.count()) if dlg.documents.item(i).data(ID_ROLE) == current
    )
    assert "（" in item.text()  # the list tells the two apart
    assert dlg.scope_current.text().endswith(item.text()), (dlg.scope_current.text(), item.text())
    dlg.close()


def test_a_search_hits_report_name_keeps_what_tells_it_apart_when_the_column_is_narrow(qtbot):  # type: ignore[no-untyped-def]
    """全文搜索 固定资产投资: hits read 政府工作报告（海拉尔区人民政府 201…, cut where 2012 and 2016 differ."""
    from PySide6.QtGui import QFont, QFontMetrics

    from ui.search.panel import elide_title

    fm = QFontMetrics(QFont())
    title = "政府工作报告（海拉尔区人民政府 2016）"
    width = fm.horizontalAdvance(title) * 2 // 3
    shown = elide_title(fm, title, width)
    assert shown.endswith("2016）") and shown.startswith("政府") and "…" in shown, shown
    assert fm.horizontalAdvance(shown) <= width
    assert elide_title(fm, title, fm.horizontalAdvance(title) + 2) == title  # room enough: whole
    plain = "某县2023年政府工作报告暨下一年工作安排"
    assert elide_title(fm, plain, width) == fm.elidedText(plain, Qt.TextElideMode.ElideRight, width)
