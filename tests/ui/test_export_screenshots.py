"""Screenshot of the export dialog for docs/screenshots (run on purpose, under Xvfb).

    Xvfb :99 -screen 0 1600x1000x24 &
    REPORTMARK_SCREENSHOTS=1 DISPLAY=:99 QT_QPA_PLATFORM=xcb \\
        /work/venv/bin/python -m pytest tests/ui/test_export_screenshots.py tests/ui/test_search_screenshots.py -q
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.ui.conftest import ROOT, make_window
from tests.ui.test_export_dialog import annotate_seeds

pytestmark = pytest.mark.skipif(not os.environ.get("REPORTMARK_SCREENSHOTS"), reason="screenshots on demand")
OUT = ROOT / "docs" / "screenshots"


@pytest.fixture
def app_look(qapp):  # type: ignore[no-untyped-def]
    """The application's font and style sheet as ``ui.app.setup_application`` sets them; restored afterwards."""
    from models import paths
    from ui.app import choose_font

    font, sheet = qapp.font(), qapp.styleSheet()
    qapp.setFont(choose_font())
    qapp.setStyleSheet((paths.RESOURCES / "style.qss").read_text(encoding="utf-8"))
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


def settled(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """Wait until ``widget`` looks the same in two grabs running (dock tab bars, side columns laid out)."""
    last: list[object] = []

    def unchanged() -> bool:
        image = widget.grab().toImage()
        same = bool(last) and image == last[0]
        last[:] = [image]
        return same

    qtbot.waitUntil(unchanged, timeout=10000)


def save_shot(widget, name: str, qtbot=None) -> Path:  # type: ignore[no-untyped-def]
    """Grab ``widget`` as a 256-colour PNG (crisp text, small file) under docs/screenshots."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    if qtbot is not None:
        settled(qtbot, widget)
    path = OUT / name
    image = widget.grab().toImage()
    try:  # Pillow's octree palette keeps the colours (Qt's Indexed8 conversion shifts light tints)
        from PIL import Image

        raw = image.convertToFormat(QImage.Format.Format_RGB888)
        data = bytes(raw.constBits())[: raw.sizeInBytes()]
        rgb = Image.frombytes("RGB", (raw.width(), raw.height()), data, "raw", "RGB", raw.bytesPerLine())
        rgb.quantize(256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(path, optimize=True)
    except ImportError:
        flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
        image.convertToFormat(QImage.Format.Format_Indexed8, flags).save(str(path), "PNG")
    assert path.stat().st_size < 300_000, f"{name} is {path.stat().st_size} bytes"
    return path


def test_screenshot_export_dialog(qtbot, tmp_path, dialogs, app_look):
    path = tmp_path / "示例项目.reportmark"
    annotate_seeds(path)
    window = make_window(qtbot, path)
    window.open_document(window.library.document_ids()[1])
    window.screens.export.export_action.trigger()
    from ui.export.dialog import ExportDialog

    dlg = window.findChild(ExportDialog, "exportDialog")
    qtbot.addWidget(dlg)
    dlg.resize(1180, 660)
    qtbot.waitExposed(dlg)
    dlg.path.setText(f"/home/kezhang/文档/{Path(dlg.path.text()).name}")  # a clerk's path, not pytest's
    dlg.refresh_preview()
    save_shot(dlg, "export.png", qtbot)
