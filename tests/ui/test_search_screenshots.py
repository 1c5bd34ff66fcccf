"""Screenshot of project search results with the hit opened and the find bar (run on purpose, under Xvfb).

    REPORTMARK_SCREENSHOTS=1 DISPLAY=:99 QT_QPA_PLATFORM=xcb \\
        /work/venv/bin/python -m pytest tests/ui/test_search_screenshots.py -q
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import make_window, type_text
from tests.ui.test_export_dialog import annotate_seeds
from tests.ui.test_export_screenshots import app_look, save_shot  # noqa: F401 (fixture)

pytestmark = pytest.mark.skipif(not os.environ.get("REPORTMARK_SCREENSHOTS"), reason="screenshots on demand")


@pytest.mark.usefixtures("app_look")
def test_screenshot_search_results(qtbot, tmp_path, dialogs):
    path = tmp_path / "示例项目.reportmark"
    annotate_seeds(path)
    window = make_window(qtbot, path)
    window.resize(1500, 920)
    screen = window.screens.search
    screen.focus_search()
    type_text(qtbot, screen.panel.query, "基站")
    with qtbot.waitSignal(screen.panel.results_shown):
        qtbot.keyClick(screen.panel.query, Qt.Key.Key_Return)
    index = screen.panel.model.index(3, 0)
    screen.panel.results.setCurrentIndex(index)
    rect = screen.panel.results.visualRect(index)
    qtbot.mouseClick(screen.panel.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    screen.find_bar.open_bar()
    qtbot.waitUntil(window.document_view().highlights_complete)
    save_shot(window, "search.png", qtbot)
