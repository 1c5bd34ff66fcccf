"""The comparison window: two chosen documents, and tabs for sections, indicators, plan, matrix and diff."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.compare import compare_documents, indicator_matrix, plan_table, plan_vs_outcome, version_diff
from models.types import Changes
from ui.compare.choices import report_choices
from ui.compare.chooser import choose, make_searchable, named_columns, report_name, report_names, use_choices
from ui.compare.diff_tab import DiffTab
from ui.compare.drop import DOCUMENT_MIME, dropped_document_ids, dropped_pair
from ui.compare.export import ask_export_path, table_writer
from ui.compare.indicators_tab import IndicatorsTab
from ui.compare.matrix_tab import MatrixTab
from ui.compare.plan_tab import PlanTab
from ui.compare.side_by_side import SideBySide
from ui.errors import present_error

TABS = ("side", "indicators", "plan", "matrix", "diff")
__all__ = ["DOCUMENT_MIME", "CompareWindow", "dropped_document_ids"]


class CompareWindow(QWidget):
    """A top-level window owned by the main window; every computation runs through ``main.tasks``."""

    comparison_shown = Signal()
    diff_shown = Signal()
    plan_shown = Signal()
    matrix_shown = Signal()
    export_finished = Signal(str)

    def __init__(self, main: Any) -> None:
        super().__init__(main, Qt.WindowType.Window)
        self.setObjectName("compareWindow")
        self.setWindowTitle(self.tr("报告对比"))
        self.setAcceptDrops(True)
        self.main = main
        self.left_combo, self.right_combo = QComboBox(self), QComboBox(self)
        self.left_combo.setObjectName("compareLeftCombo")
        self.right_combo.setObjectName("compareRightCombo")
        for combo in (self.left_combo, self.right_combo):
            combo.setMinimumContentsLength(30)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            make_searchable(combo)  # typing 略阳 or 2021 narrows the list, as in the chooser dialog
        # every picker shows the main window's one list of reports, read on a worker (10,000 at an office)
        self.choices = report_choices(main)
        self.swap_button = QPushButton(self.tr("⇄ 交换"), self)
        self.suggested_box = QCheckBox(self.tr("包含未确认的建议"), self)
        self.suggested_box.setChecked(True)
        self.suggested_box.setToolTip(self.tr("指标对比也使用尚未接受的指标建议"))
        self.compare_button = QPushButton(self.tr("对比"), self)
        self.compare_button.setDefault(True)
        self.status = QLabel(self)
        self.status.setObjectName("compareStatus")
        self.side = SideBySide(self)
        self.indicators = IndicatorsTab(self)
        self.plan = PlanTab(self)
        self.matrix = MatrixTab(self)
        self.diff = DiffTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.side, self.tr("并排对照"))
        self.tabs.addTab(self.indicators, self.tr("指标对比"))
        self.tabs.addTab(self.plan, self.tr("计划与完成"))
        self.tabs.addTab(self.matrix, self.tr("多文档矩阵"))
        self.tabs.addTab(self.diff, self.tr("版本差异"))

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("左："), self))
        bar.addWidget(self.left_combo, 1)
        bar.addWidget(self.swap_button)
        bar.addWidget(QLabel(self.tr("右："), self))
        bar.addWidget(self.right_combo, 1)
        bar.addWidget(self.suggested_box)
        bar.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

        self.pair = (0, 0)  # documents of the comparison shown (or being computed)
        self._diff_pair = (0, 0)
        self._plan_ids = (0, 0)
        self._labels: dict[int, str] = {}  # each report's name as the choosers list it
        self._matrix_request: tuple[list[int], str, list[int]] | None = None  # the matrix shown
        self.compare_button.clicked.connect(self._on_compare_button_clicked)
        self.swap_button.clicked.connect(self._on_swap_button_clicked)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.indicators.export_requested.connect(self._export_indicators)
        self.indicators.find_requested.connect(self.find_indicators)
        self.plan.check_requested.connect(self.check_plan)
        self.plan.export_requested.connect(self._export_plan)
        self.matrix.matrix_requested.connect(self.build_matrix)
        self.matrix.export_requested.connect(self._export_matrix)
        for combo in (self.left_combo, self.right_combo):
            use_choices(combo, self.choices)
        self.plan.use_choices(self.choices)
        self.matrix.use_choices(self.choices)
        self.choices.list_loaded.connect(self._on_choices_list_loaded)
        main.changes_applied.connect(self._on_main_changes_applied)
        self._on_choices_list_loaded()
        self.matrix.set_tags([(t.id, t.name) for t in self.main.store.tags.all()])
        self.resize(1500, 900)
        # a window of its own: the clerk closes it from the keyboard as any document window
        for keys in ("Ctrl+W", "Esc"):
            QShortcut(QKeySequence(keys), self, self.close)

    # documents -------------------------------------------------------------------
    def documents(self) -> list[tuple[int, str]]:
        """``(id, name)`` of every report the pickers list (empty until the list has been read)."""
        return self.choices.documents()

    def refresh_documents(self) -> None:
        """Read the list of reports again (on a worker; the pickers keep what they show)."""
        self.choices.reload()

    def _on_choices_list_loaded(self) -> None:
        if not self.choices.is_loaded:
            return
        before, self._labels = self._labels, self.choices.names()
        renamed = {d for d, label in self._labels.items() if before.get(d, label) != label}
        request = self._matrix_request  # a matrix naming a renamed report is rebuilt (its columns are the names)
        if request is not None and renamed & set(request[0]) and self._exists(*request[0]):
            self.build_matrix(*request)
        left, right = self.chosen()
        if left and left == right and self.choices.rowCount() > 1:
            # nothing chosen yet: the right side starts on another report than the left
            choose(self.right_combo, next(d for d in self.choices.ids() if d != left))

    def chosen(self) -> tuple[int, int]:
        return int(self.left_combo.currentData() or 0), int(self.right_combo.currentData() or 0)

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(name))

    # running ---------------------------------------------------------------------
    def _run(
        self,
        kind: str,
        fn: Callable[..., Any],
        done: Callable[[Any], None],
        label: str,
        documents: tuple[int, ...] = (),
    ) -> None:
        """Run ``fn(store)`` on a worker; ``done(result)`` on the GUI thread.

        A newer request of ``kind`` replaces a running one (the runner drops the older result).
        When one of ``documents`` was deleted meanwhile the result is not shown, nor a failure:
        it is the deletion's consequence, and the window already says so.
        """
        self.status.setText(label)

        def on_success(result: Any) -> None:
            if self._exists(*documents):
                self.status.clear()
                done(result)

        def on_failure(exc: BaseException) -> None:
            if self._exists(*documents):
                self.status.setText(self.tr("未完成。"))
                present_error(self, exc)

        self.main.tasks.run(
            lambda store, _progress, _cancelled: fn(store),
            owner=self,
            key=kind,
            on_success=on_success,
            on_failure=on_failure,
            label=label,
            initiator=self,
        )

    def _exists(self, *doc_ids: int) -> bool:
        store = self.main.store
        return all(store.documents.has(d) for d in doc_ids)

    def compare(self, left_id: int, right_id: int) -> None:
        """Compare two documents (sections and indicators); the diff follows when its tab is shown."""
        choose(self.left_combo, left_id)
        choose(self.right_combo, right_id)
        self.pair = (left_id, right_id)
        self.plan.choose(left_id, right_id)
        include = self.suggested_box.isChecked()
        self._run(
            "compare",
            lambda store: compare_documents(store, left_id, right_id, include_suggested=include),
            self._show_comparison,
            self.tr("正在对比两份报告……"),
            (left_id, right_id),
        )
        if self.tabs.currentWidget() is self.diff:
            self.run_diff()

    def find_indicators(self, doc_ids: list[int]) -> None:
        """Store indicator suggestions of ``doc_ids`` (for review, as 审阅 would), then compare again."""
        ids = [d for d in doc_ids if d]
        if not ids:
            return

        def fn(store: Any) -> Changes:
            from models.suggest import run_suggestions

            changes = Changes()
            for doc_id in ids:
                changes = changes | run_suggestions(store, doc_id)
            return changes

        def done(_changes: Changes) -> None:  # the runner has broadcast them
            left_id, right_id = self.pair
            if left_id and right_id:
                self.compare(left_id, right_id)

        self._run("find", fn, done, self.tr("正在查找指标建议……"), tuple(ids))

    def _show_comparison(self, comparison: Any) -> None:
        store = self.main.store
        self.side.show_comparison(store, comparison)
        # two reports of one title get their issuer, year or file name added; only the pair's names are read
        self.indicators.show_comparison(
            comparison, report_name(store, comparison.left_id), report_name(store, comparison.right_id)
        )
        self.comparison_shown.emit()

    def run_diff(self) -> None:
        left_id, right_id = self.pair
        if not (left_id and right_id):
            return
        self._diff_pair = (left_id, right_id)

        def done(items: Any) -> None:
            self.diff.show_diff(self.main.store, left_id, right_id, items)
            self.diff_shown.emit()

        self._run(
            "diff",
            lambda store: version_diff(store.documents.display_text(left_id), store.documents.display_text(right_id)),
            done,
            self.tr("正在逐句比较两个版本……"),
            (left_id, right_id),
        )

    def check_plan(self, plan_id: int, outcome_id: int) -> None:
        """Check the targets of ``plan_id`` against ``outcome_id``."""
        self.plan.choose(plan_id, outcome_id)
        self._plan_ids = (plan_id, outcome_id)

        def done(checks: Any) -> None:
            self.plan.show_checks(checks)
            self.plan_shown.emit()

        self._run(
            "plan",
            lambda store: plan_vs_outcome(store, plan_id, outcome_id),
            done,
            self.tr("正在对照计划与完成情况……"),
            (plan_id, outcome_id),
        )

    def build_matrix(self, document_ids: list[int], mode: str, tag_ids: list[int]) -> None:
        """Build the matrix of tags (mode "tags") or indicators ("values"/"counts") by documents."""
        ids = list(document_ids)

        def fn(store: Any) -> Any:
            if mode == "tags":
                headers, rows = indicator_matrix(store, ids, tag_ids=tag_ids, mode="counts")
            else:
                headers, rows = indicator_matrix(store, ids, mode=mode)  # type: ignore[arg-type]
            # the columns say each report's name as the pickers do (told apart among all, not the chosen few),
            # read here on the worker
            return named_columns(headers, rows, ids, report_names(store))

        def done(result: Any) -> None:
            self._matrix_request = (ids, mode, list(tag_ids))
            self.matrix.show_matrix(*result)
            self.matrix_shown.emit()

        self._run("matrix", fn, done, self.tr("正在生成矩阵……"), tuple(ids))

    def _follow_titles(self) -> None:
        """Reports were renamed (the clerk chose a title, issuer or date, or undid it): the shown results'
        headers follow without comparing again (each name read among the reports of its title only)."""
        store = self.main.store
        shown = self.side.comparison
        if shown is not None and self._exists(shown.left_id, shown.right_id):
            self.side.show_titles(store)
        if all(self.diff.pair) and self._exists(*self.diff.pair):
            self.diff.show_titles(store)
        comparison = self.indicators.comparison
        if comparison is not None and self._exists(comparison.left_id, comparison.right_id):
            self.indicators.set_titles(report_name(store, comparison.left_id), report_name(store, comparison.right_id))

    # export -------------------------------------------------------------------------
    def export_table(self, headers: list[str], rows: list[dict[str, Any]], name: str, path: Path | None = None) -> None:
        """Save a table to CSV or XLSX (asking where unless ``path`` is given), off the GUI thread."""
        path = path or ask_export_path(self, name)
        if path is None:
            return
        fn = table_writer(Path(path), headers, rows, name)

        def done(saved: str) -> None:
            self.status.setText(self.tr("已导出到 {0}").format(saved))
            self.export_finished.emit(saved)

        self._run("export", fn, done, self.tr("正在导出……"))

    def _export_indicators(self, path: Path | None = None) -> None:
        comparison = self.indicators.comparison
        if comparison is not None:
            store = self.main.store  # the file says which report was 左 and which 右
            headers, rows = comparison.indicator_table(
                left_name=report_name(store, comparison.left_id), right_name=report_name(store, comparison.right_id)
            )
            self.export_table(headers, rows, self.tr("指标对比"), path)

    def _export_plan(self, path: Path | None = None) -> None:
        headers, rows = plan_table(self.plan.checks)
        self.export_table(headers, rows, self.tr("计划与完成"), path)

    def _export_matrix(self, path: Path | None = None) -> None:
        self.export_table(self.matrix.headers, self.matrix.rows, self.tr("多文档矩阵"), path)

    # dropping a document from the library ----------------------------------------
    def dragEnterEvent(self, e: QDragEnterEvent) -> None:
        if dropped_document_ids(e.mimeData()):
            e.acceptProposedAction()

    def dropEvent(self, e: QDropEvent) -> None:
        """A document dropped on the left half replaces the left one, elsewhere the right one."""
        ids = [d for d in dropped_document_ids(e.mimeData()) if self.main.store.documents.has(d)]
        if not ids:
            return
        e.acceptProposedAction()
        left, right = dropped_pair(ids, self.chosen(), on_left=e.position().x() < self.width() / 2)
        if left and right and left != right:
            self.compare(left, right)

    # slots -----------------------------------------------------------------------------
    def _on_compare_button_clicked(self) -> None:
        left_id, right_id = self.chosen()
        if left_id and right_id and left_id != right_id:
            self.compare(left_id, right_id)
        elif not self.choices.is_loaded:
            self.status.setText(self.tr("正在读取报告列表，请稍候。"))
        else:
            self.status.setText(self.tr("请选择两份不同的文档。"))

    def _on_swap_button_clicked(self) -> None:
        left_id, right_id = self.chosen()
        if left_id and right_id:
            self.compare(right_id, left_id)

    def _on_tabs_current_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.diff and self.pair != self._diff_pair:
            self.run_diff()

    def _on_main_changes_applied(self, changes: Changes, _initiator: object) -> None:
        if changes.documents:
            self._follow_titles()
        if changes.tags:
            self.matrix.set_tags([(t.id, t.name) for t in self.main.store.tags.all()])
        if self.pair != (0, 0) and not self._exists(*self.pair):
            self.pair, self._diff_pair = (0, 0), (0, 0)
            self.side.clear()
            self.diff.clear()
            self.status.setText(self.tr("对比的文档已被删除。"))
        elif self.pair != (0, 0) and (changes.annotations or changes.tags):
            self.status.setText(self.tr("标注已有变动，点“对比”更新结果。"))
