"""Comparison screens driven like a clerk: side by side on the two seeds, version diff, plan against outcome."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from models import ops
from models.store import Store
from tests.ui.conftest import ROOT, SEED_SIMPLIFIED, make_window

SEED_TRADITIONAL = ROOT / "seeds" / "2020_县科经局_工作总结及2021年工作要点_繁体.txt"
FIXTURES = ROOT / "tests" / "fixtures" / "compare"

# Indicators both seeds report (see tests/models/compare/test_compare_seeds.py for the reading).
CITY = [
    ("完成固定资产投资530亿元", {"name": "固定资产投资", "value": 530, "unit": "亿元"}),
    ("新增高新技术企业19家", {"name": "新增高新技术企业", "value": 19, "unit": "家"}),
    ("工业技术改造投资同比下降67.9%", {"name": "工业技术改造投资", "change": -67.9, "change_unit": "%"}),
]
COUNTY = [
    ("完成固定资产投资61111万元", {"name": "固定资产投资", "value": 61111, "unit": "万元"}),
    ("成功高新企业1家", {"name": "新增高新企业", "value": 1, "unit": "家"}),
    ("完成技改投资3358万元", {"name": "技改投资", "value": 3358, "unit": "万元"}),
]

# The version-diff edit: one sentence removed, one added, one number changed.
REMOVED = "二是产业升级不断加快。"
ADDED = "四是新增省级专精特新企业12家。"
OLD_NUMBER = "全年新开工项目75个、总投资224.2亿元。"
NEW_NUMBER = "全年新开工项目78个、总投资224.2亿元。"
ANCHOR = "提振企业发展决心和信心。"


def _find(text: str, phrase: str) -> tuple[int, int]:
    m = re.search(r"\s*".join(re.escape(ch) for ch in phrase), text)
    assert m is not None, phrase
    return m.start(), m.end()


def _annotate(store: Store, doc_id: int, items: list[tuple[str, dict]]) -> None:
    tag = store.tags.find("指标")
    assert tag is not None
    text = store.documents.display_text(doc_id)
    for phrase, attrs in items:
        start, end = _find(text, phrase)
        store.annotations.add(doc_id, start, end, tag.id, attributes=attrs)


@pytest.fixture
def seeds_project(tmp_path: Path) -> Path:
    """Both seeds imported, with the indicators both report tagged."""
    path = tmp_path / "seeds.reportmark"
    store: Store = ops.open_project(path)
    outcomes, _ = ops.import_files(store, [SEED_SIMPLIFIED, SEED_TRADITIONAL])
    city, county = (o.document.id for o in outcomes if o.document is not None)
    _annotate(store, city, CITY)
    _annotate(store, county, COUNTY)
    store.close()
    return path


def _ids(window) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    docs = {d.source_name: d.id for d in window.store.documents.all()}
    return docs[SEED_SIMPLIFIED.name], docs[SEED_TRADITIONAL.name]


def _open(qtbot, window, left: int, right: int, tab: str = "side"):  # type: ignore[no-untyped-def]
    from ui.compare import compare_window, open_compare

    cw = compare_window(window)
    qtbot.addWidget(cw)
    signal = {"side": cw.comparison_shown, "diff": cw.diff_shown, "plan": cw.plan_shown}[tab]
    with qtbot.waitSignal(signal, timeout=30000):
        open_compare(window, left, right, tab=tab)
    return cw


def _click_item(qtbot, tree, item) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractItemView

    # centred: at the edge, the row can be cut by the viewport and the click land outside it
    tree.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_menu_shortcut_opens_chooser_with_current_document_on_the_left(qtbot, seeds_project, dialogs, monkeypatch):
    import ui.compare

    window = make_window(qtbot, seeds_project)
    city, county = _ids(window)
    window.open_document(county)
    seen = {}

    def fake_run(dlg):  # type: ignore[no-untyped-def]
        seen["chosen"] = dlg.chosen()
        return 1

    monkeypatch.setattr(ui.compare, "run_dialog", fake_run)
    action = window.findChild(type(window.menu("tools").actions()[0]), "actionCompare")
    assert action.shortcut().toString() == "Ctrl+Shift+C" and action.text() == "对比两份报告(&C)…"
    cw = ui.compare.compare_window(window)
    qtbot.addWidget(cw)
    with qtbot.waitSignal(cw.comparison_shown, timeout=30000):
        action.trigger()
    assert seen["chosen"] == (county, city)
    assert cw.isVisible() and cw.pair == (county, city)


def test_clicking_a_left_section_scrolls_the_right_pane_to_its_match(qtbot, seeds_project, dialogs):
    window = make_window(qtbot, seeds_project)
    city, county = _ids(window)
    cw = _open(qtbot, window, city, county)
    cw.resize(1400, 900)
    side = cw.side
    pair = next(p for p in side.comparison.pairs if p.left.title == "推动信息化创新加速融合发展")
    assert pair.right.title == "通信工作完成情况"
    right = side.right_view
    assert not (pair.right.start <= right.top_offset() < pair.right.end)  # not there before the click
    _click_item(qtbot, side.left_outline, side.left_outline.item_for(pair.left))
    qtbot.waitUntil(lambda: pair.right.start <= right.top_offset() < pair.right.end)
    assert pair.left.start <= side.left_view.top_offset() < pair.left.end
    # the first visible block of the right pane is inside the matched section
    block_pos = right.firstVisibleBlock().position()
    assert pair.right.start <= block_pos < pair.right.end
    assert side.right_outline.currentItem() is side.right_outline.item_for(pair.right)


def test_outlines_mark_pairs_and_unmatched_sections(qtbot, seeds_project, dialogs):
    window = make_window(qtbot, seeds_project)
    city, county = _ids(window)
    side = _open(qtbot, window, city, county).side
    comparison = side.comparison
    assert comparison.pairs and (comparison.left_only or comparison.right_only)
    lone = (comparison.left_only or comparison.right_only)[0]
    outline = side.left_outline if comparison.left_only else side.right_outline
    item = outline.item_for(lone)
    assert "未匹配" in item.text(0) and item.font(0).italic()
    paired = side.left_outline.item_for(comparison.pairs[0].left)
    assert "未匹配" not in paired.text(0)
    # one colour band per aligned section in each pane, and one list row per pair with its confidence
    from ui.compare.side_by_side import UNMATCHED_BAND

    for view, lone_sections in ((side.left_view, comparison.left_only), (side.right_view, comparison.right_only)):
        colours = [band[3] for band in view.bands()]
        assert len(colours) - colours.count(UNMATCHED_BAND) == len(comparison.pairs)
        assert colours.count(UNMATCHED_BAND) == len(lone_sections)
    assert side.pairs.topLevelItem(0).text(2).endswith("%")
    # clicking a row of the pair list brings both sections into view: at the top, or (a short section near the
    # report's end, which the view cannot scroll to its top) with its heading shown
    target = comparison.pairs[-1]
    _click_item(qtbot, side.pairs, side.pairs.topLevelItem(len(comparison.pairs) - 1))
    view = side.left_view

    def in_view() -> bool:
        top, bottom = view.top_offset(), view.bottom_offset()
        at_end = view.verticalScrollBar().value() == view.verticalScrollBar().maximum()
        return target.left.start <= top < target.left.end or (at_end and top <= target.left.start < bottom)

    qtbot.waitUntil(in_view)


def test_synchronised_scrolling_follows_the_alignment_and_can_be_switched_off(qtbot, seeds_project, dialogs):
    window = make_window(qtbot, seeds_project)
    city, county = _ids(window)
    side = _open(qtbot, window, city, county).side
    left, right = side.left_view, side.right_view
    pair = next(p for p in side.comparison.pairs if p.left.title == "2021年工作计划")
    left.set_top_offset(pair.left.start)
    qtbot.waitUntil(lambda: abs(right.top_offset() - pair.right.start) < 80)
    side.sync_box.click()
    assert not side.sync_box.isChecked()
    before = right.verticalScrollBar().value()
    left.verticalScrollBar().setValue(0)
    assert right.verticalScrollBar().value() == before


def test_version_diff_shows_three_differences_and_moves_between_them(qtbot, tmp_path, dialogs):
    copy = tmp_path / "修订稿.txt"
    original = SEED_SIMPLIFIED.read_text(encoding="utf-8")
    edited = original.replace(REMOVED, "").replace(OLD_NUMBER, NEW_NUMBER).replace(ANCHOR, ANCHOR + ADDED)
    copy.write_text(edited, encoding="utf-8")
    path = tmp_path / "versions.reportmark"
    store = ops.open_project(path)
    outcomes, _ = ops.import_files(store, [SEED_SIMPLIFIED, copy])
    a, b = (o.document.id for o in outcomes if o.document is not None)
    store.close()
    window = make_window(qtbot, path)
    cw = _open(qtbot, window, a, b, tab="diff")
    diff = cw.diff
    assert len(diff.items) == 3 and diff.counter.text() == "第 1 / 3 处差异"
    kinds = [i.kind for i in diff.items]
    assert sorted(kinds) == ["changed", "deleted", "inserted"]
    qtbot.mouseClick(diff.next_button, Qt.MouseButton.LeftButton)
    assert diff.counter.text() == "第 2 / 3 处差异"
    second = diff.items[1]
    assert diff.right_view.top_offset() <= second.right_start <= diff.right_view.bottom_offset()
    cw.activateWindow()
    qtbot.waitUntil(cw.isActiveWindow)
    diff.right_view.setFocus()
    qtbot.keyClick(diff.right_view, Qt.Key.Key_F8)
    assert diff.counter.text() == "第 3 / 3 处差异" and not diff.next_button.isEnabled()
    qtbot.keyClick(diff.right_view, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    qtbot.mouseClick(diff.prev_button, Qt.MouseButton.LeftButton)
    assert diff.counter.text() == "第 1 / 3 处差异" and not diff.prev_button.isEnabled()
    first = diff.items[0]
    assert diff.left_view.top_offset() <= first.left_start <= diff.left_view.bottom_offset()
    qtbot.keyClick(diff.left_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert diff.counter.text() == "第 2 / 3 处差异"
    qtbot.keyClick(diff.left_view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert diff.counter.text() == "第 1 / 3 处差异"
    # the changed number is coloured on both sides
    changed = next(i for i in diff.items if i.kind == "changed")
    assert "75个" in changed.left_text and "78个" in changed.right_text


def test_deleting_a_compared_document_clears_the_view(qtbot, seeds_project, dialogs):
    window = make_window(qtbot, seeds_project)
    city, county = _ids(window)
    cw = _open(qtbot, window, city, county)
    changes = ops.delete_document(window.store, county)
    window.project.emit_changes(changes, None)
    assert cw.pair == (0, 0) and cw.side.comparison is None
    assert "已被删除" in cw.status.text()
    qtbot.waitUntil(lambda: cw.left_combo.count() == 1)  # the list of reports is read again on a worker


def test_clicking_a_heading_in_the_text_brings_its_match_into_view(qtbot, seeds_project, dialogs):
    from PySide6.QtGui import QTextCursor

    window = make_window(qtbot, seeds_project)
    city, county = _ids(window)
    side = _open(qtbot, window, city, county).side
    side.sync_box.setChecked(False)  # the click alone must bring the match
    pair = next(p for p in side.comparison.pairs if p.left.title == "加大力度坚决打好疫情防控战役")
    left, right = side.left_view, side.right_view
    left.set_top_offset(pair.left.start)
    assert not (pair.right.start <= right.top_offset() < pair.right.end)
    cursor = QTextCursor(left.document())
    cursor.setPosition(pair.left.start + 3)  # inside the heading (display offsets; no astral characters here)
    rect = left.cursorRect(cursor)
    qtbot.mouseClick(left.viewport(), Qt.MouseButton.LeftButton, pos=rect.center() + QPoint(3, 0))
    qtbot.waitUntil(lambda: pair.right.start <= right.top_offset() < pair.right.end)
    # a click in body text does not move the other pane
    before = right.verticalScrollBar().value()
    cursor.setPosition(pair.left.heading_end + 20)
    qtbot.mouseClick(left.viewport(), Qt.MouseButton.LeftButton, pos=left.cursorRect(cursor).center())
    assert right.verticalScrollBar().value() == before


def test_dropping_a_document_on_either_half_replaces_that_side(qtbot, seeds_project, dialogs):
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent

    from ui.compare.window import DOCUMENT_MIME

    store = ops.open_project(seeds_project)
    (outcome,), _ = ops.import_files(store, [FIXTURES / "align_a.txt"])
    third = outcome.document.id
    store.close()
    window = make_window(qtbot, seeds_project)
    city, county = _ids(window)
    cw = _open(qtbot, window, city, county)

    def drop(doc_id: int, x: float) -> None:
        mime = QMimeData()
        mime.setData(DOCUMENT_MIME, str(doc_id).encode("ascii"))
        event = QDropEvent(
            QPointF(x, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
        with qtbot.waitSignal(cw.comparison_shown, timeout=30000):
            cw.dropEvent(event)

    drop(third, cw.width() * 0.75)
    assert cw.pair == (city, third) and cw.side.comparison.right_id == third
    drop(county, cw.width() * 0.25)
    assert cw.pair == (county, third)


def test_library_entry_compares_with_the_current_document(qtbot, seeds_project, dialogs):
    from PySide6.QtWidgets import QMenu

    import ui.compare

    window = make_window(qtbot, seeds_project)
    city, county = _ids(window)
    window.open_document(city)
    menu = QMenu()
    ui.compare.add_library_entry(window, menu, county)
    (action,) = menu.actions()
    assert action.text() == "与当前文档对比" and action.isEnabled()
    cw = ui.compare.compare_window(window)
    qtbot.addWidget(cw)
    with qtbot.waitSignal(cw.comparison_shown, timeout=30000):
        action.trigger()
    assert cw.pair == (city, county)
    menu.deleteLater()


def test_a_comparison_finishing_after_its_document_was_deleted_is_dropped_quietly(qtbot, seeds_project, dialogs):
    from ui.compare import compare_window, open_compare

    window = make_window(qtbot, seeds_project)
    city, county = _ids(window)
    cw = compare_window(window)
    qtbot.addWidget(cw)
    with qtbot.waitSignal(window.tasks.all_tasks_finished, timeout=30000):
        open_compare(window, city, county)  # the worker is under way …
        window.project.emit_changes(ops.delete_document(window.store, county), None)  # … when the clerk deletes
    assert cw.side.comparison is None and cw.indicators.comparison is None
    assert dialogs["errors"] == [] and "已被删除" in cw.status.text()


def test_long_untitled_file_names_do_not_widen_the_window_past_the_screen(qtbot, tmp_path, dialogs):
    """Two reports without a title of their own (the file name stands in) and with long file names: the pane headers
    show each name once, and they do not push the window's minimum width past a 1,600-pixel screen."""
    long_a = tmp_path / ("595_huade_2025_gov_report_no_title_ranked_indicators_excerpt_" + "x" * 40 + ".txt")
    long_b = tmp_path / ("689_saertu_2021_gov_report_farm_dash_lead_heading_excerpt_" + "y" * 40 + ".txt")
    body = "各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、主要工作\n全县地区生产总值68.5亿元，增长5.6%。\n"
    long_a.write_text(body, encoding="utf-8")
    long_b.write_text(body.replace("68.5", "151.7"), encoding="utf-8")
    path = tmp_path / "long.reportmark"
    store: Store = ops.open_project(path)
    outcomes, _ = ops.import_files(store, [long_a, long_b])
    left, right = (o.document.id for o in outcomes if o.document is not None)
    store.close()
    window = make_window(qtbot, path)
    cw = _open(qtbot, window, left, right)
    side = cw.side
    assert side.left_title.text().count(long_a.name) == 1
    assert cw.minimumSizeHint().width() <= 1600


def test_the_compare_window_names_a_report_by_the_title_the_clerk_chose(qtbot, seeds_project, dialogs):
    window = make_window(qtbot, seeds_project)
    city, county = _ids(window)
    cw = _open(qtbot, window, city, county)
    window.open_document(city)
    row = window.info.rows["title"]
    qtbot.mouseDClick(row.value, Qt.MouseButton.LeftButton)
    row.line_edit.setText("市经信局年度总结（人工标题）")
    qtbot.keyClick(row.line_edit, Qt.Key.Key_Return)
    # the pickers' list is read again on a worker
    qtbot.waitUntil(lambda: cw.left_combo.itemText(cw.left_combo.findData(city)) == "市经信局年度总结（人工标题）")


def test_an_open_comparisons_headers_follow_the_title_the_clerk_chose_and_its_undo(qtbot, seeds_project, dialogs):
    window = make_window(qtbot, seeds_project)
    city, county = _ids(window)
    cw = _open(qtbot, window, city, county)
    with qtbot.waitSignal(cw.diff_shown, timeout=30000):
        cw.show_tab("diff")
    cw.show_tab("matrix")
    with qtbot.waitSignal(cw.matrix_shown, timeout=30000):
        qtbot.mouseClick(cw.matrix.build_button, Qt.MouseButton.LeftButton)
    old = window.store.documents.get(city).title
    assert old in cw.side.left_title.text() and old in cw.matrix.headers
    window.open_document(city)
    row = window.info.rows["title"]
    qtbot.mouseDClick(row.value, Qt.MouseButton.LeftButton)
    row.line_edit.setText("市经信局年度总结（人工标题）")
    qtbot.keyClick(row.line_edit, Qt.Key.Key_Return)
    new = "市经信局年度总结（人工标题）"
    for label in (cw.side.left_title, cw.diff.left_title):  # without running the comparison again
        assert new in label.text() and old not in label.text()
    assert cw.indicators.titles()[0] == new
    qtbot.waitUntil(lambda: new in cw.matrix.headers)
    assert old not in cw.matrix.headers
    cw.main.undo_stack.undo()
    assert old in cw.side.left_title.text() and old in cw.diff.left_title.text()
    assert cw.indicators.titles()[0] == old
    qtbot.waitUntil(lambda: old in cw.matrix.headers)
