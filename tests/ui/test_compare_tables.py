"""Comparison tables driven like a clerk: indicators side by side with export, plan against outcome, matrix."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from models import ops
from tests.ui import test_compare as base
from tests.ui.conftest import make_window
from tests.ui.test_compare import FIXTURES, _find, _ids, _open

seeds_project = base.seeds_project  # the fixture: both seeds with the indicators both report tagged


def test_indicator_table_matches_what_both_seeds_report(qtbot, seeds_project, dialogs, tmp_path):
    window = make_window(qtbot, seeds_project)
    city, county = _ids(window)
    cw = _open(qtbot, window, city, county)
    cw.show_tab("indicators")
    tab = cw.indicators
    names = [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]
    assert {"固定资产投资", "新增高新技术企业"} <= set(names)
    # a fall of 67.9% beside an amount of 3358万元 is not one comparison (issue 14.3): both stay unmatched
    assert "工业技术改造投资" not in names
    unmatched = [tab.unmatched.item(r, 0).text() for r in range(tab.unmatched.rowCount())]
    assert {"工业技术改造投资", "技改投资"} <= set(unmatched)
    row = names.index("固定资产投资")
    # 530亿元 against 61111万元: both shown in 亿元, with the difference
    assert tab.table.item(row, 2).text() == "530" and tab.table.item(row, 4).text() == "6.11"
    assert tab.table.item(row, 5).text() == "亿元" and tab.table.item(row, 6).text() == "-523.89"
    assert tab.chart.series() and tab.chart.series()[0].barSets()[0].count() == len(tab.chart_rows())
    out = tmp_path / "指标.csv"
    with qtbot.waitSignal(cw.export_finished, timeout=10000):
        cw._export_indicators(out)
    text = out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("指标,左文档原文") and "固定资产投资" in text


def _plan_project(tmp_path: Path) -> tuple[Path, int, int]:
    """The plan with five targets and the next year's summary (tests/fixtures/compare)."""
    path = tmp_path / "plan.reportmark"
    store = ops.open_project(path)
    outcomes, _ = ops.import_files(store, [FIXTURES / "plan_2021.txt", FIXTURES / "summary_2021.txt"])
    plan, outcome = (o.document.id for o in outcomes if o.document is not None)
    tag = store.tags.find("指标")
    assert tag is not None
    marks = [
        (plan, "规上工业增加值增长8%", {"name": "规上工业增加值", "change": 8, "change_unit": "%", "kind": "target"}),
        (plan, "新增规上工业企业20家", {"name": "新增规上工业企业", "value": 20, "unit": "家", "kind": "target"}),
        (plan, "力争建设5G基站450个", {"name": "5G基站", "value": 450, "unit": "个", "kind": "target"}),
        (plan, "推动100家企业上云", {"name": "企业上云", "value": 100, "unit": "家", "kind": "target"}),
        (
            plan,
            "单位工业增加值能耗下降3%",
            {"name": "单位工业增加值能耗", "change": -3, "change_unit": "%", "kind": "target"},
        ),
        (outcome, "规上工业增加值增长9.6%", {"name": "规上工业增加值", "change": 9.6, "change_unit": "%"}),
        (outcome, "新增规模以上工业企业14家", {"name": "新增规模以上工业企业", "value": 14, "unit": "家"}),
        (outcome, "新建5G基站512个", {"name": "5G基站", "value": 512, "unit": "个"}),
        (outcome, "新增上云企业108家", {"name": "新增上云企业", "value": 108, "unit": "家"}),
    ]
    for doc, phrase, attrs in marks:
        start, end = _find(store.documents.display_text(doc), phrase)
        store.annotations.add(doc, start, end, tag.id, attributes={**attrs, "kind": attrs.get("kind", "actual")})
    store.close()
    return path, plan, outcome


def test_plan_against_outcome_shows_each_verdict_coloured(qtbot, tmp_path, dialogs):
    path, plan, outcome = _plan_project(tmp_path)
    window = make_window(qtbot, path)
    from ui.compare import compare_window, open_compare

    cw = compare_window(window)
    qtbot.addWidget(cw)
    open_compare(window, tab="plan")
    qtbot.waitUntil(lambda: cw.choices.is_loaded)  # the pickers' list is read on a worker
    tab = cw.plan
    tab.plan_combo.setCurrentIndex(tab.plan_combo.findData(plan))
    tab.outcome_combo.setCurrentIndex(tab.outcome_combo.findData(outcome))
    with qtbot.waitSignal(cw.plan_shown, timeout=20000):
        qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
    assert tab.verdicts() == [
        ("规上工业增加值", "完成"),
        ("新增规上工业企业", "未完成"),
        ("5G基站", "完成"),
        ("企业上云", "完成"),
        ("单位工业增加值能耗", "未提及"),
    ]
    assert "完成 3 项，未完成 1 项，未提及 1 项" in tab.summary.text()
    colours = {tab.table.item(r, 1).background().color().name() for r in range(5)}
    assert colours == {"#d3f9d8", "#ffe3e3", "#e9ecef"}
    assert tab.table.item(1, 2).text() == "20 家" and tab.table.item(1, 3).text() == "14 家"
    assert tab.table.item(1, 4).text() == "70%"
    out = tmp_path / "计划.xlsx"
    with qtbot.waitSignal(cw.export_finished, timeout=10000):
        cw._export_plan(out)
    from openpyxl import load_workbook

    sheet = load_workbook(out).active
    assert [c.value for c in sheet[1]][-1] == "结论" and sheet.cell(6, 8).value == "未提及"


def test_matrix_of_tags_by_documents(qtbot, seeds_project, dialogs, tmp_path):
    window = make_window(qtbot, seeds_project)
    from ui.compare import compare_window, open_compare

    cw = compare_window(window)
    qtbot.addWidget(cw)
    open_compare(window, tab="matrix")
    tab = cw.matrix
    qtbot.waitUntil(lambda: len(tab.checked_documents()) == 2)  # the list is read on a worker, every report ticked
    with qtbot.waitSignal(cw.matrix_shown, timeout=20000):
        qtbot.mouseClick(tab.build_button, Qt.MouseButton.LeftButton)
    row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 0).text() == "指标")
    assert [tab.table.item(row, c).text() for c in (1, 2)] == ["3", "3"]
    tab.mode.setCurrentIndex(tab.mode.findData("values"))
    assert tab.tags.isHidden()
    with qtbot.waitSignal(cw.matrix_shown, timeout=20000):
        qtbot.mouseClick(tab.build_button, Qt.MouseButton.LeftButton)
    names = [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]
    assert "固定资产投资" in names
    out = tmp_path / "矩阵.csv"
    with qtbot.waitSignal(cw.export_finished, timeout=10000):
        cw._export_matrix(out)
    assert out.read_text(encoding="utf-8-sig").startswith("指标,单位,")
