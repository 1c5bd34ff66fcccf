"""Many documents: a matrix of tags or indicator names (rows) by chosen documents (columns)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.compare.choices import ID_ROLE, SEARCH_ROLE, CheckedReports, ReportChoices, words_filter
from ui.compare.sync import display_scale, format_number
from ui.compare.tables import NUMBER_ALIGN, fill, make_table


def _checklist(parent: QWidget, name: str) -> QListWidget:
    lst = QListWidget(parent)
    lst.setObjectName(name)
    return lst


def _checked(lst: QListWidget) -> list[int]:
    return [
        int(lst.item(i).data(ID_ROLE)) for i in range(lst.count()) if lst.item(i).checkState() == Qt.CheckState.Checked
    ]


class MatrixTab(QWidget):
    """``matrix_requested(document_ids, mode, tag_ids)``: mode "tags", "values" or "counts"."""

    matrix_requested = Signal(list, str, list)
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[dict[str, Any]] = []
        # the reports (thousands at an office) are a view over the compare list: only the rows shown are painted,
        # and the filter runs in Qt, not item by item
        self.documents = QListView(self)
        self.documents.setObjectName("matrixDocuments")
        self.documents.setUniformItemSizes(True)
        self._checks: CheckedReports | None = None
        self._shown = QSortFilterProxyModel(self)  # filtered by Qt over Qt's data: no Python call per row
        self._shown.setFilterRole(SEARCH_ROLE)
        # a project of thirty reports: the clerk narrows the list, then ticks or clears what is listed
        self.document_filter = QLineEdit(self)
        self.document_filter.setObjectName("matrixDocumentFilter")
        self.document_filter.setPlaceholderText(self.tr("筛选文档（标题、机构）"))
        self.document_filter.setClearButtonEnabled(True)
        self.check_all_button = QPushButton(self.tr("勾选所列"), self)
        self.uncheck_all_button = QPushButton(self.tr("取消所列"), self)
        self.tags = _checklist(self, "matrixTags")
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("标签 × 文档：标注数"), "tags")
        self.mode.addItem(self.tr("指标 × 文档：数值"), "values")
        self.mode.addItem(self.tr("指标 × 文档：提及次数"), "counts")
        self.build_button = QPushButton(self.tr("生成矩阵"), self)
        self.export_button = QPushButton(self.tr("导出表格…"), self)
        self.export_button.setEnabled(False)
        self.summary = QLabel(self.tr("勾选文档（以及标签），选择行的内容，然后点“生成矩阵”。"), self)
        self.summary.setWordWrap(True)
        self.table = make_table(self, "matrixTable")

        choose = QWidget(self)
        cl = QVBoxLayout(choose)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(QLabel(self.tr("文档（列）"), choose))
        cl.addWidget(self.document_filter)
        cl.addWidget(self.documents, 2)
        ticks = QHBoxLayout()
        ticks.addWidget(self.check_all_button)
        ticks.addWidget(self.uncheck_all_button)
        cl.addLayout(ticks)
        self.tags_label = QLabel(self.tr("标签（行）"), choose)
        cl.addWidget(self.tags_label)
        cl.addWidget(self.tags, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.mode)
        bar.addWidget(self.build_button)
        bar.addWidget(self.export_button)
        bar.addWidget(self.summary, 1)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(bar)
        rl.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(choose)
        split.addWidget(right)
        split.setSizes([280, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        self.mode.currentIndexChanged.connect(self._on_mode_current_index_changed)
        self.build_button.clicked.connect(self._on_build_button_clicked)
        self.export_button.clicked.connect(self.export_requested)
        self.document_filter.textChanged.connect(self._on_document_filter_text_changed)
        self.check_all_button.clicked.connect(lambda: self._tick_listed(Qt.CheckState.Checked))
        self.uncheck_all_button.clicked.connect(lambda: self._tick_listed(Qt.CheckState.Unchecked))

    def use_choices(self, choices: ReportChoices) -> None:
        """List ``choices`` (the compare window's reports), each with a tick; the first reading ticks them all."""
        self._shown.setSourceModel(choices)
        self._checks = CheckedReports(choices, self._shown, self)
        self.documents.setModel(self._checks)
        words_filter(self._shown, self.document_filter.text())

    def set_documents(self, documents: list[tuple[int, str]], checked: set[int] | None = None) -> None:
        """List ``(id, name)`` documents of a list of one's own (a tab outside the compare window)."""
        choices = ReportChoices(self)
        choices.set_choices([(d, name, name) for d, name in documents])
        self.use_choices(choices)
        if checked is not None and self._checks is not None:
            self._checks.checked = set(checked)

    def set_tags(self, tags: list[tuple[int, str]]) -> None:
        keep = set(_checked(self.tags)) or {tag_id for tag_id, _ in tags}
        self._fill(self.tags, tags, keep)

    @staticmethod
    def _fill(lst: QListWidget, entries: list[tuple[int, str]], checked: set[int]) -> None:
        lst.clear()
        for entry_id, title in entries:
            item = QListWidgetItem(title, lst)
            item.setData(ID_ROLE, entry_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if entry_id in checked else Qt.CheckState.Unchecked)

    def _on_document_filter_text_changed(self, text: str) -> None:
        words_filter(self._shown, text)

    def listed_documents(self) -> list[tuple[int, str]]:
        """``(id, name)`` of the reports the filter lets through, in list order."""
        rows = (self._shown.index(r, 0) for r in range(self._shown.rowCount()))
        return [(int(i.data(ID_ROLE)), str(i.data())) for i in rows]

    def _tick_listed(self, state: Qt.CheckState) -> None:
        if self._checks is None:
            return
        listed = {d for d, _name in self.listed_documents()}
        if state == Qt.CheckState.Checked:
            self._checks.checked |= listed
        else:
            self._checks.checked -= listed
        self.documents.viewport().update()

    def checked_documents(self) -> list[int]:
        if self._checks is None:
            return []
        return [d for d in self._checks.choices.ids() if d in self._checks.checked]

    def _on_mode_current_index_changed(self, _index: int) -> None:
        tags = self.mode.currentData() == "tags"
        self.tags.setVisible(tags)
        self.tags_label.setVisible(tags)

    def _on_build_button_clicked(self) -> None:
        docs = self.checked_documents()
        if self._checks is not None and not self._checks.choices.is_loaded:
            self.summary.setText(self.tr("正在读取报告列表，请稍候。"))
            return
        if not docs:
            self.summary.setText(self.tr("请至少勾选一份文档。"))
            return
        self.matrix_requested.emit(docs, str(self.mode.currentData()), _checked(self.tags))

    def show_matrix(self, headers: list[str], rows: list[dict[str, Any]]) -> None:
        """Show the rows of ``indicator_matrix``; values are put in a readable unit per row."""
        self.headers, self.rows = list(headers), list(rows)
        has_unit = "单位" in headers
        doc_cols = headers[2:] if has_unit else headers[1:]
        shown_rows = []
        for row in rows:
            cells: list[object] = [row.get(headers[0], "")]
            if has_unit:
                factor, unit = display_scale(str(row.get("单位") or ""), (row.get(c) for c in doc_cols))
                cells.append(unit)
                for c in doc_cols:
                    v = row.get(c)
                    cells.append(format_number(v, factor) if isinstance(v, int | float) else "")
            else:
                cells.extend(row.get(c) for c in doc_cols)
            shown_rows.append(cells)
        first = self.tr("标签") if headers[0] == "标签" else self.tr("指标")
        shown_headers = [first, *([self.tr("单位")] if has_unit else []), *doc_cols]
        fill(self.table, shown_headers, shown_rows)
        if has_unit:
            for r in range(self.table.rowCount()):
                for col in range(2, self.table.columnCount()):
                    item = self.table.item(r, col)
                    if item is not None:
                        item.setTextAlignment(NUMBER_ALIGN)
        self.summary.setText(
            self.tr("{0} × {1}。").format(self.tr("%n 行", "", len(rows)), self.tr("%n 份文档", "", len(doc_cols)))
        )
        self.export_button.setEnabled(bool(rows))
