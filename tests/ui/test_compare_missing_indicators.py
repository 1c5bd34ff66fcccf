"""指标对比 says plainly when a side has no indicators yet and offers to find them (issue 14.2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from models import ops
from models.compare import compare_documents
from models.store import Store
from tests.ui.conftest import SEED_SIMPLIFIED, make_window
from tests.ui.test_compare import CITY, SEED_TRADITIONAL, _annotate, _ids, _open


@pytest.fixture
def half_tagged(tmp_path: Path) -> Path:
    """Both seeds; only the city report has indicators (the county one was never looked at)."""
    path = tmp_path / "half.reportmark"
    store: Store = ops.open_project(path)
    outcomes, _ = ops.import_files(store, [SEED_SIMPLIFIED, SEED_TRADITIONAL])
    city = next(o.document.id for o in outcomes if o.document is not None)
    _annotate(store, city, CITY)
    store.close()
    return path


def test_side_without_indicators_is_named_and_they_can_be_found(qtbot, half_tagged, dialogs):
    window = make_window(qtbot, half_tagged)
    city, county = _ids(window)
    cw = _open(qtbot, window, city, county)
    cw.show_tab("indicators")
    tab = cw.indicators
    comparison = tab.comparison
    # the window shows what `main.py compare` computes: the same function, the same rows
    assert comparison.to_json() == compare_documents(window.store, city, county).to_json()
    assert comparison.right_source == "found" and comparison.right_only_indicators
    assert tab.source_notice.isVisible() and "右文档" in tab.source_notice.text()
    assert "尚未保存" in tab.source_notice.text()
    assert tab.find_button.isVisible()
    assert window.store.annotations.count(county, statuses=("suggested",)) == 0
    with qtbot.waitSignal(cw.comparison_shown, timeout=60000):
        qtbot.mouseClick(tab.find_button, Qt.MouseButton.LeftButton)
    assert window.store.annotations.count(county, statuses=("suggested",)) > 0
    assert tab.comparison.right_source == "stored"
    assert not tab.source_notice.isVisible() and not tab.find_button.isVisible()
