"""Comparison screens (issue 7): side by side, indicators, plan against outcome, matrix, version diff.

``install(window)`` adds the Tools-menu entries; ``open_compare(window, …)`` opens the
comparison window on given documents (used by the menu and by tests).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

if TYPE_CHECKING:
    from ui.compare.window import CompareWindow
    from ui.main_window import MainWindow

# The comparison window (QtCharts, alignment code) is imported on first use, not at start-up.


def compare_window(window: Any) -> CompareWindow:
    """The main window's comparison window (one per main window, created on first use)."""
    from ui.compare.window import CompareWindow

    found = window.findChild(CompareWindow)
    return found if found is not None else CompareWindow(window)


def open_compare(window: Any, left_id: int = 0, right_id: int = 0, *, tab: str = "side") -> CompareWindow:
    """Show the comparison window on ``tab``; with two documents, start comparing them."""
    cw = compare_window(window)
    cw.show_tab(tab)
    cw.show()
    cw.raise_()
    cw.activateWindow()
    if left_id and right_id:
        if tab == "plan":
            cw.check_plan(left_id, right_id)
        cw.compare(left_id, right_id)
    return cw


def choose_and_open(window: Any, tab: str = "side") -> None:
    """Ask for two documents (left defaults to the one being read), then open them on ``tab``.

    The dialog lists the window's ``report_choices``, read on a worker: it opens once they are read (at once
    after the first time), and the window stays live meanwhile.
    """
    from ui.compare.choices import report_choices, when_loaded

    if window.property("compareChooserPending"):
        return  # the list is being read for a dialog already asked for
    window.setProperty("compareChooserPending", True)
    choices = report_choices(window)

    def ask() -> None:
        window.setProperty("compareChooserPending", False)
        _ask_and_open(window, tab, choices)

    when_loaded(choices, ask)


def _ask_and_open(window: Any, tab: str, choices: Any) -> CompareWindow | None:
    from ui.compare.chooser import ChooseDocumentsDialog

    tr = QCoreApplication.translate
    labels = {
        "side": (tr("compare", "对比两份报告"), tr("compare", "左侧文档："), tr("compare", "右侧文档：")),
        "diff": (tr("compare", "版本差异"), tr("compare", "原版本："), tr("compare", "新版本：")),
        "plan": (tr("compare", "计划与完成对照"), tr("compare", "计划文档："), tr("compare", "完成情况文档：")),
    }
    title, left_label, right_label = labels.get(tab, labels["side"])
    left_id = window.current_document_id()
    right_id = _last_partner(window, tab, left_id)
    dlg = ChooseDocumentsDialog(
        choices, left_id, right_id, window, title=title, left_label=left_label, right_label=right_label
    )
    try:
        if run_dialog(dlg) != QDialog.DialogCode.Accepted:
            return None
        left_id, right_id = dlg.chosen()
    finally:
        dlg.deleteLater()
    window.setProperty(f"compareLastPair_{tab}", [left_id, right_id])
    return open_compare(window, left_id, right_id, tab=tab)


def _last_partner(window: Any, tab: str, left_id: int) -> int:
    """The report to offer on the right: the one compared last (the clerk sets one county beside the others)."""
    last = window.property(f"compareLastPair_{tab}")
    if not last or len(last) != 2:
        return 0
    earlier_left, earlier_right = (int(x) for x in last)
    return earlier_left if earlier_right == left_id else earlier_right


def run_dialog(dlg: QDialog) -> int:
    """Run the chooser modally (tests replace this)."""
    return dlg.exec()


@dataclass(frozen=True)
class CompareScreen:
    """The comparison screen's Tools-menu actions in one main window (its window opens on first use)."""

    compare_action: QAction
    diff_action: QAction
    plan_action: QAction
    matrix_action: QAction


def install(window: MainWindow) -> CompareScreen:
    """Add 对比两份报告… (Ctrl+Shift+C), 版本差异…, 计划与完成对照… and 多文档矩阵… to the Tools menu."""
    tr = QCoreApplication.translate
    menu = window.menu("tools")
    menu.addSeparator()
    compare = menu.addAction(tr("compare", "对比两份报告(&C)…"))
    compare.setShortcut(QKeySequence("Ctrl+Shift+C"))
    compare.setObjectName("actionCompare")
    compare.triggered.connect(lambda: choose_and_open(window, "side"))
    diff = menu.addAction(tr("compare", "版本差异(&V)…"))
    diff.setObjectName("actionCompareVersions")
    diff.triggered.connect(lambda: choose_and_open(window, "diff"))
    plan = menu.addAction(tr("compare", "计划与完成对照(&R)…"))
    plan.setObjectName("actionComparePlan")
    plan.triggered.connect(lambda: choose_and_open(window, "plan"))
    matrix = menu.addAction(tr("compare", "多文档矩阵(&M)…"))
    matrix.setObjectName("actionCompareMatrix")
    matrix.triggered.connect(lambda: open_compare(window, tab="matrix"))
    # the library's context menu offers "compare with the current document"
    window.library.context_menu_requested.connect(lambda menu, doc_id: add_library_entry(window, menu, doc_id))
    return CompareScreen(compare, diff, plan, matrix)


def add_library_entry(window: Any, menu: Any, doc_id: int) -> None:
    """Add 与当前文档对比 to a library context menu opened on ``doc_id``."""
    current = window.current_document_id()
    action = menu.addAction(QCoreApplication.translate("compare", "与当前文档对比"))
    action.setEnabled(bool(current) and current != doc_id)
    action.triggered.connect(lambda: open_compare(window, current, doc_id))
