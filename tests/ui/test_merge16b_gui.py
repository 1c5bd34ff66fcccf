"""Merging a colleague's project in the window (文件 › 合并同事的项目…): a figure the two clerks read differently is
said in the status bar in plain Chinese, with where to find it, and merging the same copy again says nothing new."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from models import ops
from tests.models.export.test_merge16b import SHARED, _doc, _project, _tag
from tests.ui.conftest import make_window
from tests.ui.test_undo_merge_gui import _merge


def _two_clerks(tmp_path: Path) -> tuple[Path, Path]:
    a = _project(tmp_path, "小李", SHARED)
    b = _project(tmp_path, "小王", SHARED)
    _tag(a, _doc(a, "甲县"), "全年地区生产总值939.05亿元，增长5.2%", author="小李", value=939.05)
    _tag(b, _doc(b, "甲县"), "全年地区生产总值939.05亿元，增长5.2%", author="小王", value=939.5)
    _tag(b, _doc(b, "乙县"), "完成造林面积3.6万亩", author="小王")
    paths = a.path, b.path
    a.close()
    b.close()
    return paths


def test_a_figure_read_differently_is_said_when_merging(qtbot, tmp_path, dialogs, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    mine, theirs = _two_clerks(tmp_path)
    window = make_window(qtbot, mine)

    said = _merge(qtbot, window, theirs, monkeypatch)

    assert "1 处标注两人记的数值不同" in said, said
    # the status bar is soon taken by the backup's 已备份项目: the conflict is also said in a note that stays open
    box = window.findChild(QMessageBox, "mergeDifferingNote")
    assert box is not None and box.isVisible() and "合并时" in box.text() and "939.5" in box.informativeText()
    assert "类型 实际" in box.informativeText() and "actual" not in box.informativeText()  # plain Chinese
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "mergeDifferingNote") is None)
    (gdp,) = [a for a in window.store.annotations.select() if a.text.startswith("全年地区生产总值")]
    assert "合并时小王记为" in gdp.note and "数值 939.5" in gdp.note
    again = _merge(qtbot, window, theirs, monkeypatch)  # the same copy again: nothing new, no conflict said twice
    assert "没有新内容" in again and "数值不同" not in again, again
    assert window.findChild(QMessageBox, "mergeDifferingNote") is None
    their_store = ops.open_project(theirs, readonly=True)
    try:
        assert their_store.annotations.count() == 2  # their file untouched
    finally:
        their_store.close()
    qtbot.waitUntil(window.tasks.is_idle)  # nothing of this window's still running when the next test starts
