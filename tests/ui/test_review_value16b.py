"""The review list's 数值 column in a window of normal width: a figure with its change (939.05亿元，+12.5%) reads whole,
and the tooltip keeps the full reading."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction

from models import ops
from tests.ui.conftest import make_window
from ui.review import controller_for

REPORT = (
    "某市人民政府\n\n2023年政府工作报告\n\n一、过去一年的工作\n"
    "全年地区生产总值939.05亿元，增长12.5%。社会消费品零售总额412.3亿元，增长8.5%。"
    "一般公共预算收入1234.56亿元，增长15.25%。\n"
)


def _shown_whole(panel, column: int, text: str) -> bool:  # type: ignore[no-untyped-def]
    """The cell is as wide as the delegate needs for ``text`` (what ResizeToContents would give): not elided."""
    item = next(i for i in map(panel.list.topLevelItem, range(panel.list.topLevelItemCount())) if i.text(2) == text)
    needed = panel.list.sizeHintForIndex(panel.list.indexFromItem(item, column)).width()
    return panel.list.header().sectionSize(column) >= needed


def test_a_figure_with_its_change_is_not_cut_in_the_review_list(qtbot, tmp_path: Path, dialogs) -> None:  # type: ignore[no-untyped-def]
    report = tmp_path / "某市2023年政府工作报告.txt"
    report.write_text(REPORT, encoding="utf-8")
    project = tmp_path / "p.reportmark"
    store = ops.open_project(project)
    ops.import_files(store, [report])
    store.close()
    window = make_window(qtbot, project)
    window.resize(1280, 800)
    controller = controller_for(window)
    with qtbot.waitSignal(controller.generation_finished, timeout=30000):
        window.findChild(QAction, "reviewGenerateAction").trigger()
    panel = controller.panel
    items = [panel.list.topLevelItem(i) for i in range(panel.list.topLevelItemCount())]
    values = {item.text(2): item for item in items}
    assert "939.05亿元，+12.5%" in values, list(values)
    for text in ("939.05亿元，+12.5%", "1234.56亿元，+15.25%"):
        assert _shown_whole(panel, 2, text), (text, panel.list.header().sectionSize(2))
        assert "939.05" in values["939.05亿元，+12.5%"].toolTip(2)
    assert panel.list.header().sectionSize(1) >= panel.list.header().sectionSize(2) // 2  # the text keeps room
