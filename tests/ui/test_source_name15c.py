"""A long source file name in the 信息 panel is shortened with … (never cut off), the whole name in its tooltip."""

from __future__ import annotations

from pathlib import Path

from models import ops
from tests.ui.conftest import make_window, small_parsed

LONG = "010_hailar_district_2012_government_work_report_full_text_final.html"


def _project(tmp_path: Path) -> Path:
    path = tmp_path / "long.reportmark"
    store = ops.open_project(path)
    store.documents.add(small_parsed(name=LONG))
    store.close()
    return path


def test_a_long_source_name_is_elided_with_an_ellipsis_and_whole_in_the_tooltip(qtbot, tmp_path, dialogs) -> None:  # type: ignore[no-untyped-def]
    """Seen: “010_hailar_district_2012_gov_repor” — cut off with no …, the extension lost."""
    window = make_window(qtbot, _project(tmp_path))
    label = window.info.fields["source"]
    dock = window.info.parentWidget()
    dock.setFloating(True)
    dock.resize(260, dock.height())
    qtbot.waitUntil(lambda: label.width() < label.fontMetrics().horizontalAdvance(LONG))
    shown = label.text()
    assert "…" in shown, shown
    assert shown.endswith(".html") or shown.endswith("…"), shown
    assert label.fontMetrics().horizontalAdvance(shown) <= label.width()
    assert label.toolTip() == LONG
    dock.resize(1400, dock.height())  # wide enough: the whole name again
    qtbot.waitUntil(lambda: label.text() == LONG)
