"""Plan against outcome tab: each target of a work plan with 完成 / 未完成 / 未提及 and the figures."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from models.compare import PlanCheck
from ui.compare.choices import ReportChoices
from ui.compare.chooser import choose, fill_choices, make_searchable, use_choices
from ui.compare.sync import display_scale, format_number
from ui.compare.tables import NUMBER_ALIGN, VERDICT_COLORS, VERDICT_TEXT, fill, make_table, paint_row


def _figure(value: float | None, change: float | None, unit: str, change_unit: str) -> str:
    if value is not None:
        factor, shown = display_scale(unit, (value,))
        return f"{format_number(value, factor)} {shown}".strip()
    if change is not None:
        return f"{'+' if change > 0 else ''}{format_number(change)}{change_unit}"
    return ""


class PlanTab(QWidget):
    """Pick a plan document and an outcome document; ``check_requested(plan_id, outcome_id)`` runs the check."""

    check_requested = Signal(int, int)
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checks: list[PlanCheck] = []
        self.plan_combo, self.outcome_combo = QComboBox(self), QComboBox(self)
        self.plan_combo.setObjectName("planCombo")
        self.outcome_combo.setObjectName("outcomeCombo")
        for combo in (self.plan_combo, self.outcome_combo):
            combo.setMinimumContentsLength(24)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            make_searchable(combo)
        self.check_button = QPushButton(self.tr("对照"), self)
        self.export_button = QPushButton(self.tr("导出表格…"), self)
        self.export_button.setEnabled(False)
        self.summary = QLabel(self.tr("选择计划文档（含“力争”“目标”等目标指标）和下一年度的总结，然后点“对照”。"), self)
        self.summary.setWordWrap(True)
        self.table = make_table(self, "planTable")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("计划："), self))
        bar.addWidget(self.plan_combo, 1)
        bar.addWidget(QLabel(self.tr("完成情况："), self))
        bar.addWidget(self.outcome_combo, 1)
        bar.addWidget(self.check_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.check_button.clicked.connect(self._on_check_button_clicked)
        self.export_button.clicked.connect(self.export_requested)

    def use_choices(self, choices: ReportChoices) -> None:
        """Offer the compare window's reports in both pickers."""
        for combo in (self.plan_combo, self.outcome_combo):
            use_choices(combo, choices)

    def set_documents(
        self,
        documents: list[tuple[int, str]],
        plan_id: int = 0,
        outcome_id: int = 0,
        keys: dict[int, str] | None = None,
    ) -> None:
        """Offer ``(id, title)`` documents of a list of one's own in both choosers (found by ``keys``)."""
        for combo in (self.plan_combo, self.outcome_combo):
            fill_choices(combo, documents, keys)
        self.choose(plan_id, outcome_id)

    def choose(self, plan_id: int, outcome_id: int) -> None:
        """Show ``plan_id`` and ``outcome_id`` (0: keep what is shown) in the pickers."""
        for combo, wanted in ((self.plan_combo, plan_id), (self.outcome_combo, outcome_id)):
            if wanted:
                choose(combo, wanted)

    def _on_check_button_clicked(self) -> None:
        plan, outcome = self.plan_combo.currentData(), self.outcome_combo.currentData()
        if plan and outcome:
            self.check_requested.emit(int(plan), int(outcome))

    def headers(self) -> list[str]:
        return [
            self.tr("目标"),
            self.tr("结论"),
            self.tr("目标值"),
            self.tr("实际值"),
            self.tr("完成率"),
            self.tr("计划原文"),
            self.tr("完成情况原文"),
        ]

    def show_checks(self, checks: list[PlanCheck]) -> None:
        self.checks = list(checks)
        rows = []
        for c in checks:
            t, o = c.target, c.outcome
            verdict = QTableWidgetItem(self.verdict_text(c.verdict))
            bold = QFont(verdict.font())
            bold.setBold(True)
            verdict.setFont(bold)
            verdict.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            verdict.setForeground(QBrush(QColor(VERDICT_TEXT.get(c.verdict, "#212529"))))
            target_fig = QTableWidgetItem(_figure(t.base_value, t.change, t.base_unit, t.change_unit))
            target_fig.setTextAlignment(NUMBER_ALIGN)
            actual_fig = QTableWidgetItem(_figure(o.base_value, o.change, o.base_unit, o.change_unit) if o else "")
            actual_fig.setTextAlignment(NUMBER_ALIGN)
            ratio = QTableWidgetItem(f"{c.ratio:.0%}" if c.ratio is not None else "")
            ratio.setTextAlignment(NUMBER_ALIGN)
            rows.append([t.name, verdict, target_fig, actual_fig, ratio, t.text, o.text if o else ""])
        fill(self.table, self.headers(), rows)
        for r, c in enumerate(checks):
            paint_row(self.table, r, VERDICT_COLORS.get(c.verdict, "#ffffff"))
        counts = {v: sum(1 for c in checks if c.verdict == v) for v in ("完成", "未完成", "未提及")}
        if checks:
            self.summary.setText(
                self.tr("共 %n 项目标：完成 {0} 项，未完成 {1} 项，未提及 {2} 项。", "", len(checks)).format(
                    counts["完成"], counts["未完成"], counts["未提及"]
                )
            )
        else:
            self.summary.setText(
                self.tr("计划文档中没有找到目标指标（标签“指标”且类型为目标，或标签“目标”）。请先标注或接受建议。")
            )
        self.export_button.setEnabled(bool(checks))

    def verdict_text(self, verdict: str) -> str:
        names = {"完成": self.tr("完成"), "未完成": self.tr("未完成"), "未提及": self.tr("未提及")}
        return names.get(verdict, verdict)

    def verdicts(self) -> list[tuple[str, str]]:
        """(target name, verdict) as shown, for tests and the clerk's eye."""

        def text(r: int, c: int) -> str:
            item = self.table.item(r, c)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1)) for r in range(self.table.rowCount())]
