"""Indicator comparison tab: matched indicators side by side in common units, unmatched ones, a bar chart."""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.compare import Comparison, IndicatorPair
from models.compare.format import display_scale, format_as_written, format_change, format_number
from models.compare.indicators import Indicator
from ui.compare.tables import NUMBER_ALIGN, fill, make_table

CHART_DEFAULT = 6  # indicators checked for the chart when a comparison arrives
LEFT_COLOR, RIGHT_COLOR = "#4e79a7", "#f28e2b"


def _value_cells(p: IndicatorPair) -> tuple[str, str, str, str]:
    """Left value, right value, unit and difference, all in one readable unit for the row."""
    left = p.left.base_value if p.left else None
    right = p.right.base_value if p.right else None
    unit = (p.left.base_unit if p.left else "") or (p.right.base_unit if p.right else "")
    factor, shown_unit = display_scale(unit, (left, right))
    diff = p.difference
    diff_text = format_number(diff, factor)
    if diff is not None and diff > 0:
        diff_text = "+" + diff_text
    return format_number(left, factor), format_number(right, factor), shown_unit, diff_text


def _change(ind: Indicator | None) -> str:
    return "" if ind is None else format_change(ind.change, ind.change_unit)


class IndicatorsTab(QWidget):
    """Shows the indicator part of a Comparison; ``export_requested`` asks the window to save the table."""

    export_requested = Signal()
    find_requested = Signal(list)  # document ids whose indicators should be found and stored for review

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self._titles = ("", "")
        self.table = make_table(self, "indicatorTable")
        self.unmatched = make_table(self, "unmatchedIndicatorTable")
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(240)
        self.chart_mode = QComboBox(self)
        self.chart_mode.addItem(self.tr("图表：原始数值"), "values")
        self.chart_mode.addItem(self.tr("图表：以左侧为 100"), "index")
        self.export_button = QPushButton(self.tr("导出表格…"), self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        # Says plainly when a side has no indicators of its own yet, and offers to find them.
        self.source_notice = QLabel(self)
        self.source_notice.setObjectName("indicatorSourceNotice")
        self.source_notice.setWordWrap(True)
        self.source_notice.setStyleSheet("QLabel { background: #fff3cd; color: #664d03; padding: 6px; }")
        self.find_button = QPushButton(self.tr("查找指标建议并保存（待审阅）"), self)
        self.find_button.setObjectName("findIndicatorsButton")
        self._missing: list[int] = []
        notice_bar = QHBoxLayout()
        notice_bar.addWidget(self.source_notice, 1)
        notice_bar.addWidget(self.find_button)
        self.source_notice.hide()
        self.find_button.hide()

        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.chart_mode)
        bar.addWidget(self.export_button)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        unmatched_box = QWidget(lower)
        ul = QVBoxLayout(unmatched_box)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addWidget(QLabel(self.tr("未匹配的指标"), unmatched_box))
        ul.addWidget(self.unmatched)
        lower.addWidget(unmatched_box)
        lower.addWidget(self.chart_view)
        lower.setSizes([640, 560])
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setSizes([360, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addLayout(notice_bar)
        layout.addWidget(split, 1)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.chart_mode.currentIndexChanged.connect(lambda _i: self.update_chart())
        self.export_button.clicked.connect(self.export_requested)
        self.export_button.setEnabled(False)
        self.find_button.clicked.connect(lambda: self.find_requested.emit(list(self._missing)))

    def headers(self) -> list[str]:
        return [
            self.tr("指标（勾选以绘图）"),
            self.tr("左文档原文"),
            self.tr("左数值"),
            self.tr("右文档原文"),
            self.tr("右数值"),
            self.tr("单位"),
            self.tr("差值（右−左）"),
            self.tr("左变化"),
            self.tr("右变化"),
            self.tr("变化差"),
            self.tr("匹配"),
        ]

    def show_comparison(self, comparison: Comparison, left_title: str, right_title: str) -> None:
        self.comparison = comparison
        self._titles = (left_title, right_title)
        rows = []
        checked = 0
        for p in comparison.indicator_pairs:
            left_v, right_v, unit, diff = _value_cells(p)
            name = QTableWidgetItem(p.name)
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chartable = p.difference is not None
            on = chartable and checked < CHART_DEFAULT
            checked += on
            name.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            cdiff = p.change_difference
            match = self.tr("相同") if p.similarity >= 1.0 else self.tr("近似 {0:.0%}").format(p.similarity)
            if p.left and p.right and p.left.name != p.right.name:
                match += f"（{p.right.name}）"
            cells: list[object] = [
                name,
                p.left.text if p.left else "",
                _num(left_v),
                p.right.text if p.right else "",
                _num(right_v),
                unit,
                _num(diff),
                _num(_change(p.left)),
                _num(_change(p.right)),
                _num(_change_difference(cdiff, p)),
                match,
            ]
            rows.append(cells)
        self.table.blockSignals(True)
        fill(self.table, self.headers(), rows)
        self.table.blockSignals(False)
        unmatched = [(self.tr("仅左文档"), ind) for ind in comparison.left_only_indicators] + [
            (self.tr("仅右文档"), ind) for ind in comparison.right_only_indicators
        ]
        urows = []
        for side, ind in unmatched:  # nothing to set it beside: the figure as the report wrote it
            value, unit = format_as_written(ind.value, ind.unit, ind.base_value, ind.base_unit)
            urows.append([ind.name, side, ind.text, _num(value), unit, _change(ind)])
        fill(
            self.unmatched,
            [self.tr("指标"), self.tr("所在"), self.tr("原文"), self.tr("数值"), self.tr("单位"), self.tr("变化")],
            urows,
        )
        self.summary.setText(
            self.tr("匹配 {0}；{1}，{2}。数值已换算为同一单位。").format(  # one part per count: plurals agree
                self.tr("%n 项指标", "", len(comparison.indicator_pairs)),
                self.tr("仅左文档 %n 项", "", len(comparison.left_only_indicators)),
                self.tr("仅右文档 %n 项", "", len(comparison.right_only_indicators)),
            )
        )
        self.export_button.setEnabled(True)
        self._show_sources(comparison, left_title, right_title)
        self.update_chart()

    def titles(self) -> tuple[str, str]:
        """The names of the two reports compared, as the notices and the chart's legend say them."""
        return self._titles

    def set_titles(self, left_title: str, right_title: str) -> None:
        """Rename the reports in the notices and the chart (the clerk chose another title); the table stays."""
        if self.comparison is None or (left_title, right_title) == self._titles:
            return
        self._titles = (left_title, right_title)
        self._show_sources(self.comparison, left_title, right_title)
        self.update_chart()

    def _show_sources(self, comparison: Comparison, left_title: str, right_title: str) -> None:
        """A notice for each side without indicators of its own; the button finds and stores them."""
        lines: list[str] = []
        self._missing = []
        sides = (
            (self.tr("左"), left_title, comparison.left_source, comparison.left_id),
            (self.tr("右"), right_title, comparison.right_source, comparison.right_id),
        )
        for side, title, source, doc_id in sides:
            if source == "found":
                lines.append(
                    self.tr("{0}文档“{1}”还没有指标标注：表中它的指标是临时找出的建议，尚未保存。").format(side, title)
                )
                self._missing.append(doc_id)
            elif source == "none":
                lines.append(
                    self.tr("{0}文档“{1}”没有可用的指标（建议已被拒绝，或未包含未确认的建议）。").format(side, title)
                )
        self.source_notice.setText("\n".join(lines))
        self.source_notice.setVisible(bool(lines))
        self.find_button.setVisible(bool(self._missing))

    def chart_rows(self) -> list[int]:
        """Rows of the table checked for the chart."""
        return [
            r
            for r in range(self.table.rowCount())
            if (item := self.table.item(r, 0)) is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def update_chart(self) -> None:
        """Redraw the bar chart of the checked indicators (left and right side by side)."""
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        if self.comparison is None:
            return
        index_mode = self.chart_mode.currentData() == "index"
        left_set, right_set = QBarSet(self._titles[0] or self.tr("左")), QBarSet(self._titles[1] or self.tr("右"))
        for bar_set, color in ((left_set, LEFT_COLOR), (right_set, RIGHT_COLOR)):
            bar_set.setColor(QColor(color))
            bar_set.setLabelColor(QColor("#212529"))  # labels sit outside the bars, on white
        categories: list[str] = []
        points: list[tuple[float, float]] = []
        top = 0.0
        for r in self.chart_rows():
            p = self.comparison.indicator_pairs[r]
            lv = p.left.base_value if p.left else None
            rv = p.right.base_value if p.right else None
            if lv is None and rv is None:
                continue
            unit = (p.left.base_unit if p.left else "") or (p.right.base_unit if p.right else "")
            if index_mode:
                if not lv:
                    continue
                a, b, label = 100.0, (rv or 0.0) / lv * 100, p.name
            else:
                factor, shown = display_scale(unit, (lv, rv))
                a, b = (lv or 0.0) / factor, (rv or 0.0) / factor
                label = f"{p.name}（{shown}）" if shown else p.name
            points.append((a, b))
            categories.append(label)
            top = max(top, a, b)
        title = self.tr("所选指标对比（以左侧为 100）") if index_mode else self.tr("所选指标对比")
        self.chart.setTitle(title if categories else self.tr("勾选表格中的指标以绘图"))
        if not categories:
            return
        for a, b in reversed(points):
            left_set.append(round(a, 2))
            right_set.append(round(b, 2))
        # Horizontal bars: the indicator names (long, Chinese) stay readable on the category axis.
        series = QHorizontalBarSeries()
        series.append(left_set)
        series.append(right_set)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsPrecision(6)
        self.chart.addSeries(series)
        axis_names = QBarCategoryAxis()
        axis_names.append(list(reversed(categories)))
        axis_values = QValueAxis()
        axis_values.setRange(0, top * 1.18 or 1.0)
        axis_values.applyNiceNumbers()
        axis_values.setLabelFormat("%.0f")
        self.chart.addAxis(axis_names, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(axis_values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_names)
        series.attachAxis(axis_values)

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            self.update_chart()


def _change_difference(cdiff: float | None, p: IndicatorPair) -> str:
    """Difference of two change figures; two percentages differ by percentage points."""
    if cdiff is None:
        return ""
    unit = (p.left.change_unit if p.left else "") or (p.right.change_unit if p.right else "")
    unit = "个百分点" if unit in ("%", "个百分点") else unit
    return f"{'+' if cdiff > 0 else ''}{format_number(cdiff)} {unit}".strip()


def _num(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(NUMBER_ALIGN)
    return item
