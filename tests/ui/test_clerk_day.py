"""A clerk's working day (issue 14): the surprises met in the window, each driven as a person would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor

from models import ops
from tests.ui.conftest import make_window, small_parsed


@pytest.fixture
def two_reports(tmp_path: Path) -> Path:
    """A project with two hand-made reports (headings at known offsets)."""
    path = tmp_path / "two.reportmark"
    store = ops.open_project(path)
    store.add_document(small_parsed(name="a.txt"))
    store.add_document(small_parsed(name="b.txt"))
    store.close()
    return path


def _body_is_plain(view) -> bool:  # type: ignore[no-untyped-def]
    text = view.document_text.display_text
    body = text.index("补充说明")
    cursor = QTextCursor(view.document())
    cursor.setPosition(body + 1)
    fmt = cursor.charFormat()
    return fmt.fontWeight() != QFont.Weight.Bold and cursor.blockFormat().headingLevel() == 0


def test_body_keeps_its_style_after_outline_click_and_report_switch(two_reports, qtbot, dialogs):
    window = make_window(qtbot, two_reports)
    view = window.document_view()
    assert _body_is_plain(view)
    tree = window.outline.tree
    item = tree.topLevelItem(1)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    lib = window.library.list
    for row in (1, 0, 1):
        rect = lib.visualRect(lib.model().index(row, 0))
        qtbot.mouseClick(lib.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.waitUntil(view.highlights_complete)
        assert window.current_document_id() == window.library.document_ids()[row]
        assert _body_is_plain(view), row
