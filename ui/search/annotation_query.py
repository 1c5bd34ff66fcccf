"""The 标注查询 dock: find annotations across the project by tag, text, note and attribute; sort and export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.labels import distinct_labels
from models.search import search_annotations
from models.types import Annotation, AnnotationStatus, Changes
from ui.errors import present_error
from ui.preferences.language import interface_is_english

if TYPE_CHECKING:
    from ui.main_window import MainWindow

ANN_ROLE = Qt.ItemDataRole.UserRole + 1  # (annotation id, document id, start, end)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
# attribute keys that models/suggest writes into annotation attributes
ATTRIBUTE_KEYS = ("name", "unit", "period", "kind", "doc_number", "value")


class AnnotationQueryPanel(QWidget):
    """Filters on top, a sortable table of matching annotations below."""

    annotation_activated = Signal(int, int)  # document id, annotation id
    results_shown = Signal(int)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("annotationQueryPanel")
        self.tag = QComboBox()
        self.tag.setObjectName("queryTag")
        self.text = QLineEdit(placeholderText=self.tr("原文包含"))
        self.note = QLineEdit(placeholderText=self.tr("备注包含"))
        self.attribute = QComboBox()
        self.attribute.addItem(self.tr("任意属性"), "")
        labels = (
            self.tr("指标名称"),
            self.tr("单位"),
            self.tr("期间"),
            self.tr("指标类型"),
            self.tr("政策文号"),
            self.tr("数值"),
        )
        for key, label in zip(ATTRIBUTE_KEYS, labels, strict=True):
            self.attribute.addItem(label, key)
        self.attribute_value = QLineEdit(placeholderText=self.tr("属性值包含，如 5G"))
        self.include_suggested = QCheckBox(self.tr("包括建议"))
        self.query_button = QPushButton(self.tr("查询"))
        self.query_button.setDefault(True)
        self.export_button = QPushButton(self.tr("导出结果…"))
        self.export_button.setEnabled(False)
        self.count = QLabel()
        self.count.setObjectName("queryCount")
        for edit in (self.text, self.note, self.attribute_value):
            edit.setClearButtonEnabled(True)
            edit.returnPressed.connect(self.run_query)
        self.query_button.clicked.connect(self.run_query)
        self.export_button.clicked.connect(self.export_results)

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("标签：")), 0, 0)
        grid.addWidget(self.tag, 0, 1)
        grid.addWidget(QLabel(self.tr("原文：")), 0, 2)
        grid.addWidget(self.text, 0, 3)
        grid.addWidget(QLabel(self.tr("备注：")), 0, 4)
        grid.addWidget(self.note, 0, 5)
        grid.addWidget(QLabel(self.tr("属性：")), 1, 0)
        grid.addWidget(self.attribute, 1, 1)
        grid.addWidget(self.attribute_value, 1, 2, 1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.include_suggested)
        buttons.addStretch(1)
        buttons.addWidget(self.query_button)
        buttons.addWidget(self.export_button)
        grid.addLayout(buttons, 1, 4, 1, 2)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)

        self.model = QStandardItemModel(0, 8, self)
        heads = [self.tr("文档"), self.tr("标签"), self.tr("原文"), self.tr("指标名称"), self.tr("数值")]
        self.model.setHorizontalHeaderLabels([*heads, self.tr("单位"), self.tr("增减"), self.tr("备注")])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("queryResults")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.activated.connect(self._on_table_double_clicked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(grid)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        self._ids: list[int] = []
        self._task_id = 0
        # the tag list is filled when the panel is first shown: models.export (tag paths, cells)
        # is heavy to import and nothing of it is needed for the window's first paint
        self._tags_filled = False
        window.changes_applied.connect(self._on_window_changes_applied)

    # filters --------------------------------------------------------------------
    def set_tags(self) -> None:
        """Fill the tag filter (children indented under their parents), keeping the choice."""
        from models.export.rows import TagPaths

        self._tags_filled = True
        chosen = self.tag.currentData()
        tags = self.window_.store.tags.all()
        paths = TagPaths(tags)
        self.tag.clear()
        self.tag.addItem(self.tr("全部标签"), 0)
        for tag in tags:
            depth = len(paths.chain(tag.id)) - 1
            self.tag.addItem("　" * depth + tag.name, tag.id)
        index = self.tag.findData(chosen)
        self.tag.setCurrentIndex(max(0, index))

    def ensure_tags(self) -> None:
        """Fill the tag filter if that has not happened yet (the panel is being seen)."""
        if not self._tags_filled:
            self.set_tags()

    def choose_tag(self, tag_id: int) -> None:
        self.ensure_tags()
        self.tag.setCurrentIndex(max(0, self.tag.findData(tag_id)))

    def choose_attribute(self, key: str) -> None:
        self.attribute.setCurrentIndex(max(0, self.attribute.findData(key)))

    # querying --------------------------------------------------------------------
    def run_query(self) -> None:
        """Query the project with the current filters on a worker (10,000 annotations take ~0.2–0.4 s)."""
        tag_id = int(self.tag.currentData() or 0)
        filters: dict[str, Any] = {
            "text": self.text.text().strip() or None,
            "tag_ids": [tag_id] if tag_id else None,
            "note": self.note.text().strip() or None,
            "attribute": str(self.attribute.currentData() or "") or None,
            "attribute_value": self.attribute_value.text().strip() or None,
            "statuses": (AnnotationStatus.ACCEPTED, AnnotationStatus.SUGGESTED)
            if self.include_suggested.isChecked()
            else (AnnotationStatus.ACCEPTED,),
        }

        def run(store, progress, cancelled):  # type: ignore[no-untyped-def]
            return search_annotations(store, **filters)

        self.count.setText(self.tr("正在查询……"))
        # a newer query replaces a running one: the runner drops the older result
        self._task_id = self.window_.tasks.run(
            run,
            owner=self,
            key="query",
            on_success=self._on_query_done,
            label=self.tr("正在查询标注"),
            show_progress=False,
        )

    def _on_query_done(self, found: list[Annotation]) -> None:
        self._task_id = 0
        self._fill(found)

    def result_ids(self) -> list[int]:
        """Annotation ids in the table's current (sorted) order."""
        return [int(self.proxy.index(r, 0).data(ANN_ROLE)[0]) for r in range(self.proxy.rowCount())]

    def _fill(self, found: list[Annotation]) -> None:
        from models.compare.format import format_change
        from models.export.rows import TagPaths, as_number, cell_text

        store = self.window_.store
        titles = distinct_labels(store.documents.all())  # several 政府工作报告 say whose they are
        paths = TagPaths(store.tags.all())
        self.model.removeRows(0, self.model.rowCount())
        self.table.setSortingEnabled(False)
        for ann in found:
            attrs = ann.attributes or {}
            value = attrs.get("value")
            number = as_number(value)
            cells = [
                titles.get(ann.document_id, ""),
                paths.path(ann.tag_id),
                ann.text.replace("\n", " "),
                cell_text(attrs.get("name")),
                cell_text(value),
                cell_text(attrs.get("unit")),
                format_change(attrs.get("change"), attrs.get("change_unit")),  # as the annotation list shows it
                ann.note.replace("\n", " "),
            ]
            change = as_number(attrs.get("change"))
            row = []
            for col, text in enumerate(cells):
                item = QStandardItem(text)
                item.setData((ann.id, ann.document_id, ann.start, ann.end), ANN_ROLE)
                sort_key: object = text
                if col == 0:
                    sort_key = f"{text}\0{ann.start:09d}"  # by document, then position
                elif col in (4, 6):
                    figure = number if col == 4 else change
                    sort_key = float(figure) if figure is not None else float("-inf")
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setData(sort_key, SORT_ROLE)
                if len(text) > 30:
                    item.setToolTip(text)
                row.append(item)
            self.model.appendRow(row)
        self.table.setSortingEnabled(True)
        self._ids = [a.id for a in found]
        self.table.resizeColumnsToContents()
        for c in range(self.model.columnCount()):
            self.table.setColumnWidth(c, min(max(self.table.columnWidth(c), 60), 320))
        self.count.setText(self.tr("共 %n 处标注。", "", len(found)) if found else self.tr("没有符合条件的标注。"))
        self.export_button.setEnabled(bool(found))
        self.results_shown.emit(len(found))

    def _on_table_double_clicked(self, index) -> None:  # type: ignore[no-untyped-def]
        data = index.data(ANN_ROLE)
        if data:
            ann_id, doc_id, _start, _end = data
            self.annotation_activated.emit(int(doc_id), int(ann_id))

    def _on_window_changes_applied(self, changes: Changes, _initiator: object) -> None:
        if changes.tags and self._tags_filled:
            self.set_tags()

    # export ------------------------------------------------------------------------
    def export_results(self) -> None:
        """Write the listed annotations (in table order) to CSV or XLSX, off the GUI thread."""
        ids = self.result_ids()
        if not ids:
            return
        start = str(self.window_.project_path.parent / "标注查询结果.xlsx")
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("导出查询结果"),
            start,
            self.tr("Excel 工作簿 (*.xlsx);;CSV（UTF-8 带 BOM） (*.csv)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + (".csv" if "csv" in chosen.lower() else ".xlsx"))
        fmt = path.suffix.lower().lstrip(".")
        english = interface_is_english()  # column headers in the language of the window

        def run(store, progress, cancelled):  # type: ignore[no-untyped-def]
            from models.export import export_annotations

            return export_annotations(
                store,
                path,
                fmt=fmt,
                annotation_ids=ids,
                english_headers=english,
                encoding="utf-8-sig",
                progress=progress,
                cancelled=cancelled,
            )

        self._export_path = path
        self.window_.tasks.run(
            run,
            owner=self,
            on_success=self._on_export_done,
            on_failure=self._on_export_failed,
            label=self.tr("正在导出查询结果"),
        )

    def _on_export_done(self, count: int) -> None:
        self.count.setText(self.tr("已导出 %n 处标注到“{0}”。", "", count).format(self._export_path.name))
        self.window_.show_status(self.tr("已导出 %n 处标注到 {0}", "", count).format(self._export_path))

    def _on_export_failed(self, exc: BaseException) -> None:
        present_error(self, exc)
