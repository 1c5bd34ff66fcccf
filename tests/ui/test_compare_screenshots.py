"""Screenshots of the comparison screens for docs/screenshots (run on purpose, under Xvfb).

    Xvfb :99 -screen 0 1600x1000x24 &
    REPORTMARK_SCREENSHOTS=1 DISPLAY=:99 QT_QPA_PLATFORM=xcb \\
        /work/venv/bin/python -m pytest tests/ui/test_compare_screenshots.py -q
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from models import ops
from models.suggest import run_suggestions
from tests.ui.conftest import ROOT, SEED_SIMPLIFIED, make_window
from tests.ui.test_compare import (
    ADDED,
    ANCHOR,
    NEW_NUMBER,
    OLD_NUMBER,
    REMOVED,
    SEED_TRADITIONAL,
    _click_item,
    _ids,
    _open,
)

pytestmark = pytest.mark.skipif(not os.environ.get("REPORTMARK_SCREENSHOTS"), reason="screenshots on demand")
OUT = ROOT / "docs" / "screenshots"


def _save(widget, name: str) -> Path:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    path = OUT / name
    # 256 colours keep text crisp and the file small (anti-aliased CJK text in 24-bit is ~700 KB)
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Indexed8, flags)
    image.save(str(path), "PNG")
    assert path.stat().st_size < 300_000, f"{name} is {path.stat().st_size} bytes"
    return path


@pytest.fixture
def suggested_seeds(tmp_path: Path) -> Path:
    """Both seeds with every suggestion accepted (highlights and indicators to show)."""
    path = tmp_path / "seeds.reportmark"
    store = ops.open_project(path)
    outcomes, _ = ops.import_files(store, [SEED_SIMPLIFIED, SEED_TRADITIONAL])
    for o in outcomes:
        assert o.document is not None
        run_suggestions(store, o.document.id, status="accepted")
    store.close()
    return path


def test_screenshot_side_by_side_and_indicators(qtbot, suggested_seeds, dialogs):
    window = make_window(qtbot, suggested_seeds)
    city, county = _ids(window)
    cw = _open(qtbot, window, city, county)
    cw.resize(1560, 940)
    qtbot.waitExposed(cw)
    side = cw.side
    qtbot.waitUntil(lambda: side.left_view.highlights_complete() and side.right_view.highlights_complete())
    pair = next(p for p in side.comparison.pairs if p.left.title == "推动信息化创新加速融合发展")
    _click_item(qtbot, side.left_outline, side.left_outline.item_for(pair.left))
    qtbot.waitUntil(lambda: pair.right.start <= side.right_view.top_offset() < pair.right.end)
    _save(cw, "compare.png")
    cw.show_tab("indicators")
    view, chart = cw.indicators.chart_view, cw.indicators.chart
    # the chart laid out in its view before the grab (screenshots only)
    qtbot.waitUntil(lambda: chart.size().toSize() == view.viewport().size() and not chart.plotArea().isEmpty())
    _save(cw, "compare_indicators.png")


def test_screenshot_version_diff(qtbot, tmp_path, dialogs):
    copy = tmp_path / "2020_市经信局_工作总结（修订稿）.txt"
    text = SEED_SIMPLIFIED.read_text(encoding="utf-8")
    copy.write_text(
        text.replace(REMOVED, "").replace(OLD_NUMBER, NEW_NUMBER).replace(ANCHOR, ANCHOR + ADDED), encoding="utf-8"
    )
    path = tmp_path / "versions.reportmark"
    store = ops.open_project(path)
    outcomes, _ = ops.import_files(store, [SEED_SIMPLIFIED, copy])
    a, b = (o.document.id for o in outcomes if o.document is not None)
    store.close()
    window = make_window(qtbot, path)
    cw = _open(qtbot, window, a, b, tab="diff")
    cw.resize(1560, 940)
    qtbot.waitExposed(cw)
    cw.diff.go_to(next(k for k, i in enumerate(cw.diff.items) if i.kind == "changed"))
    _save(cw, "compare_diff.png")
