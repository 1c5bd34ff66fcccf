"""Session 14's clerk day: what a clerk tripped over with 30 corpus reports open in a real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from models import ops
from models.store import Store
from tests.ui.conftest import SEED_SIMPLIFIED, SEED_TRADITIONAL, make_window, small_parsed
from tests.ui.test_review_window import review  # noqa: F401 (fixture)
from ui.compare.chooser import document_choices


@pytest.fixture
def three_reports(tmp_path: Path) -> Path:
    """Two seed reports and a small one: the clerk compares one county against the others in turn."""
    path = tmp_path / "three.reportmark"
    store: Store = ops.open_project(path)
    ops.import_files(store, [SEED_SIMPLIFIED, SEED_TRADITIONAL])
    store.documents.add(small_parsed())
    store.close()
    return path


def test_the_compare_chooser_offers_the_report_compared_last_on_the_right(  # type: ignore[no-untyped-def]
    qtbot, three_reports, dialogs, monkeypatch
) -> None:
    """Met on the day: after comparing 长沙县 with 略阳县, Ctrl+Shift+C offered the first report of the list on
    the right again, and the clerk had to find 略阳县 among thirty reports each time."""
    import ui.compare

    window = make_window(qtbot, three_reports)
    first, _second, small = (d.id for d in window.store.documents.all())
    window.open_document(first)
    offered: list[tuple[int, int]] = []

    def choose_small_on_the_right(dlg) -> int:  # type: ignore[no-untyped-def]
        offered.append(dlg.chosen())
        dlg.right.setCurrentIndex(dlg.right.findData(small))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ui.compare, "run_dialog", choose_small_on_the_right)
    cw = ui.compare.compare_window(window)
    qtbot.addWidget(cw)
    with qtbot.waitSignal(cw.comparison_shown, timeout=30000):
        window.findChild(type(window.menu("tools").actions()[0]), "actionCompare").trigger()
    assert cw.pair == (first, small)

    monkeypatch.setattr(ui.compare, "run_dialog", lambda dlg: offered.append(dlg.chosen()) or 0)
    window.findChild(type(window.menu("tools").actions()[0]), "actionCompare").trigger()
    assert offered[-1] == (first, small)


def test_the_exported_comparison_names_both_reports(qtbot, two_seeds, dialogs, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Met on the day: 指标对比.xlsx opened a week later did not say which county was 左 and which 右."""
    from ui.compare import compare_window, open_compare

    window = make_window(qtbot, two_seeds)
    left, right = (d.id for d in window.store.documents.all())
    cw = compare_window(window)
    qtbot.addWidget(cw)
    with qtbot.waitSignal(cw.comparison_shown, timeout=30000):
        open_compare(window, left, right)
    out = tmp_path / "指标对比.csv"
    with qtbot.waitSignal(cw.export_finished, timeout=10000):
        cw._export_indicators(out)
    head = out.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    names = dict(document_choices(window.store))
    assert head[1] == f"左文档原文（{names[left]}）" and head[3] == f"右文档原文（{names[right]}）"


def test_the_matrix_document_list_filters_and_checks_only_what_is_listed(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Met on the day: with 32 reports in the project 多文档矩阵 had all 32 ticked and no way but 27 clicks to
    keep the five 政府工作报告; now the clerk types a filter and ticks or clears what is listed."""
    from PySide6.QtCore import Qt

    from tests.ui.conftest import type_text
    from ui.compare.matrix_tab import MatrixTab

    tab = MatrixTab()
    qtbot.addWidget(tab)
    docs = [
        (1, "县科经局2020年工作总结"),
        (2, "政府工作报告（长沙县人民政府 2023）"),
        (3, "市交通运输局2022年度工作总结"),
        (4, "政府工作报告（略阳县人民政府 2023）"),
    ]
    tab.set_documents(docs, {1, 2, 3, 4})
    tab.show()

    qtbot.mouseClick(tab.uncheck_all_button, Qt.MouseButton.LeftButton)
    assert tab.checked_documents() == []
    type_text(qtbot, tab.document_filter, "政府工作报告")
    assert tab.listed_documents() == [docs[1], docs[3]]
    qtbot.mouseClick(tab.check_all_button, Qt.MouseButton.LeftButton)
    assert tab.checked_documents() == [2, 4]

    tab.document_filter.clear()  # every report listed again, the choice kept
    assert tab.listed_documents() == docs
    assert tab.checked_documents() == [2, 4]


def test_the_compare_chooser_finds_a_report_by_typing_part_of_its_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Met on the day: to set 略阳县 on the right the clerk scrolled a list of 32 reports (thousands at the
    office); now typing 略阳 in the picker offers the reports whose name holds it, and Enter takes one."""
    from PySide6.QtCore import Qt

    from tests.ui.conftest import type_text
    from ui.compare.chooser import ChooseDocumentsDialog

    docs = [(i, f"市直部门{i}号2022年工作总结") for i in range(1, 30)]
    docs += [(40, "政府工作报告（长沙县人民政府 2023）"), (41, "政府工作报告（略阳县人民政府 2023）")]
    dlg = ChooseDocumentsDialog(docs, 40, 0)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    edit = dlg.right.lineEdit()
    assert edit is not None
    edit.selectAll()
    type_text(qtbot, edit, "略阳")
    popup = dlg.right.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == [docs[-1][1]]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dlg.chosen() == (40, 41)


def test_review_shows_the_figure_fields_only_for_a_suggested_figure(review, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Met on the day: a 政策 suggestion (《常州市发展和改革委员会…》) showed empty 名称 / 数值 / 时期 fields under
    the list, as if the clerk had to fill in a figure for a policy."""
    from PySide6.QtCore import Qt

    window, controller, panel = review
    indicator = window.store.tags.find("指标")
    seen: dict[str, bool] = {}
    panel.focus_list()
    for _ in range(300):
        current = controller.queue.current()
        kind = "figure" if current.tag_id == indicator.id else "other"
        seen.setdefault(kind, panel.fields.isVisible())
        if len(seen) == 2:
            break
        qtbot.keyClick(panel.list, Qt.Key.Key_N)
    assert seen == {"figure": True, "other": False}
