"""An untitled report in the compare lists (matrix, pickers) is shown as the library shows it: file name in italics."""

from __future__ import annotations

from PySide6.QtGui import QFont

from models import ops
from models.types import Metadata, ParsedDocument
from tests.ui.conftest import make_window
from ui.compare.choices import ID_ROLE, report_choices


def test_an_untitled_report_is_listed_in_italics(qtbot, tmp_path, dialogs) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "p.reportmark"
    store = ops.open_project(path)
    titled = store.documents.add(ParsedDocument.plain("甲" * 30, "甲.txt", Metadata(title="某县政府工作报告"))).id
    untitled = store.documents.add(ParsedDocument.plain("乙" * 30, "乙县材料.txt", Metadata(title=""))).id
    store.close()
    window = make_window(qtbot, path)
    model = report_choices(window)
    qtbot.waitUntil(lambda: model.is_loaded and model.rowCount() == 2)
    fonts = {}
    for r in range(model.rowCount()):
        index = model.index(r, 0)
        font = index.data(0x6)  # Qt.FontRole
        fonts[int(index.data(ID_ROLE))] = isinstance(font, QFont) and font.italic()
    assert fonts == {titled: False, untitled: True}
