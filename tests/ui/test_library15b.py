"""The report list at open: its rows are not measured one by one (3,600 reports spent 0.9 s of 3 s on it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetrics

from models import ops
from tests.models.conftest import add_plain_text
from tests.ui.conftest import make_window
from ui.library.row_delegate import TITLE_LINES, LibraryRowDelegate

COUNT = 400


@pytest.fixture
def many(tmp_path: Path) -> Path:
    path = tmp_path / "many.reportmark"
    store = ops.open_project(path)
    for i in range(COUNT):
        long = "关于进一步加强和改进全县安全生产工作的实施意见及二〇二三年工作总结" if i % 2 else ""
        title, issuer = f"第{i}县{long}工作总结", f"第{i}县人民政府"
        add_plain_text(store, f"第{i}份报告。", title=title, issuer=issuer, date="2023-12-31")
    store.close()
    return path


def test_opening_a_long_list_measures_a_row_once_not_every_row(qtbot, many, dialogs, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[int] = []
    measure = LibraryRowDelegate.sizeHint

    def counted(self, option, index):  # type: ignore[no-untyped-def]
        calls.append(index.row())
        return measure(self, option, index)

    monkeypatch.setattr(LibraryRowDelegate, "sizeHint", counted)
    window = make_window(qtbot, many)
    view = window.library.list
    assert window.library.proxy.rowCount() == COUNT
    assert len(calls) < COUNT // 4, f"{len(calls)} rows measured"
    # every row has room for two title lines and the issuer · date line, a short title as a long one
    heights = {view.visualRect(window.library.proxy.index(r, 0)).height() for r in range(6)}
    assert len(heights) == 1
    assert heights.pop() >= (TITLE_LINES + 1) * QFontMetrics(view.font()).lineSpacing()
