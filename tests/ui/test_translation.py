"""The English catalogue covers the window (menus, panels, Qt-side tr() contexts)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models import paths
from tests.ui.conftest import make_window
from ui.app import install_translator

OTHER_SCREENS = ("ui/review/", "ui/export/", "ui/search/", "ui/compare/")


def test_every_core_source_string_has_an_english_translation():
    tree = ET.parse(paths.RESOURCES / "translations" / "reportmark_en.ts")
    unfinished = [
        m.findtext("source")
        for m in tree.iter("message")
        if m.find("translation").get("type") == "unfinished"
        and not any(
            loc.get("filename", "").replace("../../", "").startswith(OTHER_SCREENS) for loc in m.iter("location")
        )
    ]
    assert unfinished == []
    assert (paths.RESOURCES / "translations" / "reportmark_en.qm").stat().st_size > 1000


def test_window_in_english(qtbot, small_project, dialogs):
    app = QApplication.instance()
    translator = install_translator(app, "en")
    assert translator is not None
    try:
        window = make_window(qtbot, small_project)
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[:2] == ["&File", "&Edit"]
        assert window.tag_palette.filter_edit.placeholderText().startswith("Find a tag")
        assert window.table.model.headerData(0, Qt.Orientation.Horizontal) == "Tag"
        assert window.info.suspect_label.text().startswith("Possibly garbled")
    finally:
        app.removeTranslator(translator)
        for t in app.findChildren(type(translator)):
            app.removeTranslator(t)
