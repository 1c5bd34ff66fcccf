"""Screenshot of a re-import result (the 待重新定位的标注 dock) for docs/screenshots (run on purpose, under Xvfb).

    Xvfb :99 -screen 0 1600x1000x24 &
    REPORTMARK_SCREENSHOTS=1 DISPLAY=:99 QT_QPA_PLATFORM=xcb \\
        /work/venv/bin/python -m pytest tests/ui/test_safety_screenshots.py -q
"""

from __future__ import annotations

import os

import pytest

from models.store.backup import list_backups
from tests.ui.conftest import ROOT, make_window
from tests.ui.test_annotating import select
from tests.ui.test_safety_reimport import GONE, TARGET, reimport, typo_project  # noqa: F401 (fixture)
from ui.safety import safety_of

pytestmark = pytest.mark.skipif(not os.environ.get("REPORTMARK_SCREENSHOTS"), reason="screenshots on demand")
OUT = ROOT / "docs" / "screenshots"


def test_screenshot_reimport_result(qtbot, typo_project, dialogs, monkeypatch):  # noqa: F811
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    path, new, ids = typo_project
    window = make_window(qtbot, path)
    window.resize(1500, 950)
    qtbot.waitUntil(lambda: bool(list_backups(path)))  # its "已备份项目" would cover the summary
    assert window.tasks.wait_idle()
    summaries = reimport(window, qtbot, monkeypatch, new)
    parts = safety_of(window)
    assert parts.dock.isVisible() and parts.panel.list.topLevelItemCount() == 1
    view = window.document_view()
    start = view.document_text.display_text.index(TARGET)
    window.open_document(window.current_document_id(), start)  # scroll to where the clerk will place it
    select(view, start, start + len(TARGET))
    window.show_status(summaries[0])
    qtbot.waitUntil(view.highlights_complete)

    out = OUT / "reimport.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    image = window.grab().toImage().convertToFormat(QImage.Format.Format_Indexed8, flags)
    image.save(str(out), "PNG")
    assert out.stat().st_size < 300_000, out.stat().st_size
    assert window.store.annotations.get(ids[GONE]).status == "unplaced"
