"""Annotation table widget: filter by tag, sortable, edits in place, Del deletes (its rows: ``model.py``)."""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.types import Annotation, Section, Tag
from ui.annotations.model import ANN_ID_ROLE, EDITABLE, AnnotationModel, change_fields, change_refusal


class AnnotationTable(QWidget):
    """``annotation_activated(id)`` on click; ``delete_requested(id)`` on Del."""

    annotation_activated = Signal(int)
    delete_requested = Signal(int)
    note_requested = Signal(int)  # annotation id: open the note dialog
    fields_edited = Signal(int, dict)  # annotation id, {attribute: typed text} ("" clears it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AnnotationModel(self)
        self.tag_filter = QComboBox(self)
        self.tag_filter.setObjectName("tagFilter")
        self.count_label = QLabel(self)
        self.view = _Table(self)
        self.view.setObjectName("annotationTable")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # the columns share the table's width (a laptop's narrow table shows 单位, 名称 and 增减 too) until the
        # clerk drags one: from then on the widths are the clerk's
        self._fitting = False
        self._user_sized = False
        self.fit_columns()
        header.sectionResized.connect(self._on_header_section_resized)
        self.view.viewport_resized.connect(self.fit_columns)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("按标签筛选：")))
        top.addWidget(self.tag_filter)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view)
        # why a typed cell was not taken (a change that is not a number); hidden until then
        self.refusal = QLabel(self)
        self.refusal.setObjectName("editRefusal")
        self.refusal.setStyleSheet("QLabel { color: #b02a37; }")
        self.refusal.hide()
        layout.addWidget(self.refusal)
        self.tag_filter.currentIndexChanged.connect(self._on_tag_filter_changed)
        self.view.clicked.connect(self._on_view_clicked)
        self.view.delete_pressed.connect(self._on_view_delete_pressed)
        self.model.edit_requested.connect(self._on_model_edit_requested)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self._tags: list[Tag] = []
        self._child_ids: dict[int, set[int]] = {}

    def set_tags(self, tags: list[Tag]) -> None:
        self._tags = tags
        self._child_ids = {}
        for t in tags:
            self._child_ids.setdefault(t.id, set()).add(t.id)
            parent = t.parent_id
            while parent is not None:
                self._child_ids.setdefault(parent, set()).add(t.id)
                parent = next((p.parent_id for p in tags if p.id == parent), None)
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("全部标签"), 0)
        for t in tags:
            self.tag_filter.addItem(("　" if t.parent_id else "") + t.name, t.id)
        k = self.tag_filter.findData(current)
        self.tag_filter.setCurrentIndex(max(k, 0))
        self.tag_filter.blockSignals(False)
        self._on_tag_filter_changed()
        self.model.set_tags(tags)

    def set_content(self, annotations: list[Annotation], sections: tuple[Section, ...]) -> None:
        self.model.set_content(annotations, self._tags, sections)
        self._update_count()

    def fit_columns(self) -> None:
        """Widths that fit the table's width: short columns as wide as what they show, the others shared."""
        if self._user_sized:
            return
        metrics = self.view.fontMetrics()

        def wide(sample: str) -> int:
            return metrics.horizontalAdvance(sample) + 16

        # a value and a unit are read whole (a unit as long as 万平方米 or 个百分点, not "万平…")
        compact = {0: wide("标签标签"), 4: wide("-12345.67"), 5: wide("万平方米"), 7: wide("+12.5个点")}
        rest = max(0, self.view.viewport().width() - sum(compact.values()))
        shared = {
            2: max(60, min(170, rest * 22 // 100)),  # 所在章节
            3: max(50, min(130, rest * 17 // 100)),  # 备注
            6: max(60, min(110, rest * 17 // 100)),  # 名称
        }
        self._fitting = True
        try:
            for col, width in {**compact, **shared}.items():
                self.view.setColumnWidth(col, width)
        finally:
            self._fitting = False

    def _on_header_section_resized(self, column: int, _old: int, _new: int) -> None:
        # column 1 (文字) stretches by itself; another column resized under the mouse is the clerk's drag
        if not self._fitting and column != 1 and self.view.horizontalHeader().underMouse():
            self._user_sized = True

    def apply(self, upserted: list[Annotation], removed: set[int]) -> None:
        self.model.apply(upserted, removed)
        self._update_count()

    def select_annotation(self, annotation_id: int) -> None:
        row = self.model.row_of(annotation_id)
        if row < 0:
            self.view.clearSelection()
            return
        # the cell the clerk is on keeps its column (a click on 名称 then F2 edits the name)
        index = self.model.index(row, max(0, self.view.currentIndex().column()))
        if index.isValid():
            self.view.blockSignals(True)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().setCurrentIndex(index, flags)
            self.view.scrollTo(index)
            self.view.blockSignals(False)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        text = (
            self.tr("共 %n 处标注", "", total)
            if shown == total
            else self.tr("显示 {0} / 共 %n 处标注", "", total).format(shown)
        )
        self.count_label.setText(text)

    def _on_tag_filter_changed(self, _index: int = 0) -> None:
        tag_id = self.tag_filter.currentData()
        self.model.set_tag_filter(self._child_ids.get(tag_id, {tag_id}) if tag_id else None)
        self._update_count()

    def _on_view_clicked(self, index: QModelIndex) -> None:
        self.annotation_activated.emit(int(index.data(ANN_ID_ROLE)))
        if index.column() in EDITABLE:
            # a click on a cell the clerk can edit keeps the keyboard here (F2 or typing edits it);
            # the other cells hand it to the document, where number keys retag
            self.view.setFocus()

    def _on_model_edit_requested(self, annotation_id: int, field: str, text: str) -> None:
        fields = change_fields(text) if field == "change" else {field: text.strip()}
        if fields is None:
            self.refusal.setText(change_refusal(text))
            self.refusal.show()
            return
        self.refusal.hide()
        self.fields_edited.emit(annotation_id, fields)

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        if index.column() == 3:
            self.note_requested.emit(int(index.data(ANN_ID_ROLE)))

    def _on_view_delete_pressed(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.delete_requested.emit(int(index.data(ANN_ID_ROLE)))


class _Table(QTableView):
    delete_pressed = Signal()
    viewport_resized = Signal()

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self.viewport_resized.emit()

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_pressed.emit()
            return
        super().keyPressEvent(e)
