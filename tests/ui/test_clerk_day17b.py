"""Defects met on the rest of the clerk's day (session 17, the 30-report project), each as the clerk met it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.test_export_dialog import (  # noqa: F401  (fixtures)
    annotated,
    choose_format,
    choose_path,
    done_calls,
    export_window,
    open_dialog,
)
from ui.export.options import choice, with_suffix


def test_a_ledger_after_an_xlsx_export_is_not_offered_the_file_just_written(  # type: ignore[no-untyped-def]
    export_window,  # noqa: F811
    qtbot,
    monkeypatch,
    tmp_path,
    done_calls,  # noqa: F811
) -> None:
    """Met on the day: XLSX to 导出.xlsx, then 台账 — the path stayed 导出.xlsx and the ledger asked to overwrite it."""
    dlg = open_dialog(export_window, qtbot)
    choose_format(dlg, "xlsx")
    target = tmp_path / "导出.xlsx"
    choose_path(dlg, qtbot, monkeypatch, target)
    with qtbot.waitSignal(dlg.file_exported, timeout=20000):
        qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    choose_format(dlg, "ledger")
    assert Path(dlg.path.text()) == tmp_path / "导出_指标台账.xlsx"
    with qtbot.waitSignal(dlg.file_exported, timeout=20000):
        qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    assert target.exists() and (tmp_path / "导出_指标台账.xlsx").exists()
    choose_format(dlg, "xlsx")  # and back: the clerk's own name again
    assert Path(dlg.path.text()) == target


def test_own_names_keep_apart_only_the_formats_that_share_a_suffix() -> None:
    ledger = choice("ledger")
    assert with_suffix(Path("/x/我的.xlsx"), ledger) == Path("/x/我的_指标台账.xlsx")
    assert with_suffix(Path("/x/我的_指标台账.xlsx"), choice("csv")) == Path("/x/我的.csv")
    assert with_suffix(Path("/x/我的_指标台账.xlsx"), ledger) == Path("/x/我的_指标台账.xlsx")  # no second tag
    assert with_suffix(Path("/x/mine.xlsx"), ledger, english=True) == Path("/x/mine_indicator_ledger.xlsx")
    assert with_suffix(Path("/x/我的.csv"), choice("json")) == Path("/x/我的.json")
    assert with_suffix(Path("/x/标注导出_20261123.xlsx"), ledger) == Path("/x/指标台账_20261123.xlsx")
