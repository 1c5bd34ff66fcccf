"""The "建议审阅" panel: pending suggestions, the counter, review keys and buttons, progress."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.compare.format import change_alone, format_change
from models.types import Annotation, Tag
from ui.review.fields import ParsedFields
from ui.review.queue import describe_value

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TEXT_LIMIT = 60
FIGURE_TAGS = ("指标", "目标")  # tags whose suggestions carry a parsed figure (name, value, unit, change, period)


class SuggestionList(QTreeWidget):
    """The list of pending suggestions; review keys are handled here so they never reach the document."""

    accept_pressed = Signal()
    reject_pressed = Signal()
    step_pressed = Signal(int)  # +1 next, -1 previous

    def keyPressEvent(self, e: QKeyEvent) -> None:
        mods = e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = e.key()
        plain = mods == Qt.KeyboardModifier.NoModifier
        ctrl = mods == Qt.KeyboardModifier.ControlModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self.accept_pressed.emit()
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and plain:
            self.reject_pressed.emit()
        elif (plain and key in (Qt.Key.Key_N, Qt.Key.Key_J)) or (ctrl and key == Qt.Key.Key_Down):
            self.step_pressed.emit(1)
        elif (plain and key in (Qt.Key.Key_P, Qt.Key.Key_K)) or (ctrl and key == Qt.Key.Key_Up):
            self.step_pressed.emit(-1)
        else:
            super().keyPressEvent(e)


class ReviewPanel(QWidget):
    """Shows the review queue of the current document; reports the clerk's intentions as signals."""

    accept_requested = Signal()
    reject_requested = Signal()
    step_requested = Signal(int)
    accept_section_requested = Signal()
    generate_requested = Signal()
    cancel_requested = Signal()
    current_changed = Signal(int)  # annotation id chosen in the list
    attributes_edited = Signal(int, dict)  # the clerk corrected a parsed field of a suggestion

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.counter = QLabel(self)
        self.counter.setObjectName("reviewCounter")
        font = self.counter.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 1)
        self.counter.setFont(font)
        self.generate_button = QPushButton(self.tr("生成建议"), self)
        self.generate_button.setToolTip(self.tr("为当前文档重新查找指标、政策和问题"))
        self.generate_button.clicked.connect(self.generate_requested)
        self.generate_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter then accepts, it does not generate again

        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.progress.setMaximumHeight(16)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText(self.tr("取消"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.progress_row = QWidget(self)
        row = QHBoxLayout(self.progress_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self.progress_row.hide()

        self.list = SuggestionList(self)
        self.list.setObjectName("suggestionList")
        # No confidence column: the suggester's six fixed steps were never calibrated against what clerks
        # accept, so a percentage would claim a precision it does not have (issue 14.5).
        self.list.setColumnCount(3)
        self.list.setHeaderLabels([self.tr("标签"), self.tr("文字"), self.tr("数值")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.list.header()
        header.setStretchLastSection(False)
        # fixed widths, never ResizeToContents: that re-measures every row on each insert or removal,
        # which made accepting one suggestion of 1,800 cost a noticeable pause
        fm = self.list.fontMetrics()
        for column, mode, sample in (
            (0, QHeaderView.ResizeMode.Interactive, "标签标"),
            (1, QHeaderView.ResizeMode.Stretch, ""),
            (2, QHeaderView.ResizeMode.Interactive, "2474.2亿元，+32%"),
        ):
            header.setSectionResizeMode(column, mode)
            if sample:
                header.resizeSection(column, fm.horizontalAdvance(sample) + 10)
        # the 数值 column widens to the widest value shown, measured once per row as it comes in (939.05亿元，+12.5%
        # was cut to 939.05亿元，+1…), up to a figure with a long change; longer ones (文号) are elided, tooltip whole
        self._value_cap = fm.horizontalAdvance("12345.67亿元，+12.5个百分点")
        self._value_auto = True  # until the clerk drags the column's edge
        self._sizing = False
        header.sectionResized.connect(self._on_header_section_resized)
        self.list.accept_pressed.connect(self.accept_requested)
        self.list.reject_pressed.connect(self.reject_requested)
        self.list.step_pressed.connect(self.step_requested)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)

        self.fields = ParsedFields(self)
        self.fields.attributes_edited.connect(self.attributes_edited)
        self.fields.accept_requested.connect(self.accept_requested)

        self.section_label = QLabel(self)
        self.section_label.setObjectName("reviewSection")
        self.section_label.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("接受"), self)
        self.accept_button.setToolTip(self.tr("接受当前建议（Enter）"))
        self.reject_button = QPushButton(self.tr("拒绝"), self)
        self.reject_button.setToolTip(self.tr("拒绝当前建议，以后不再提示（Backspace）"))
        self.prev_button = QPushButton(self.tr("上一条"), self)
        self.prev_button.setToolTip(self.tr("上一条建议（P、K 或 Ctrl+↑）"))
        self.next_button = QPushButton(self.tr("下一条"), self)
        self.next_button.setToolTip(self.tr("下一条建议（N、J 或 Ctrl+↓）"))
        self.section_button = QPushButton(self.tr("接受本节全部"), self)
        self.section_button.setToolTip(self.tr("接受当前建议所在章节的全部建议（Ctrl+Shift+Enter）"))
        self.accept_button.clicked.connect(self.accept_requested)
        self.reject_button.clicked.connect(self.reject_requested)
        self.prev_button.clicked.connect(lambda: self.step_requested.emit(-1))
        self.next_button.clicked.connect(lambda: self.step_requested.emit(1))
        self.section_button.clicked.connect(self.accept_section_requested)
        for button in (self.accept_button, self.reject_button, self.prev_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys keep going to the list
            button.setMinimumWidth(40)  # four in a row fit a narrow side column
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.section_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        buttons = QGridLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.accept_button, 0, 0)
        buttons.addWidget(self.reject_button, 0, 1)
        buttons.addWidget(self.prev_button, 0, 2)
        buttons.addWidget(self.next_button, 0, 3)
        buttons.addWidget(self.section_button, 1, 0, 1, 4)
        for column, button in enumerate((self.accept_button, self.reject_button, self.prev_button, self.next_button)):
            # share the row by what each word needs ("Previous" is wider than "Next"): equal shares cut it
            buttons.setColumnStretch(column, max(1, button.sizeHint().width()))

        self.hint = QLabel(self.tr("Enter 接受 · ⌫ 拒绝 · N/P 切换 · Ctrl+Z 撤销"), self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #666666;")

        top = QHBoxLayout()
        top.addWidget(self.counter, 1)
        top.addWidget(self.generate_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(5)
        layout.addLayout(top)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.fields)
        layout.addWidget(self.section_label)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        self._filling = False
        self._rows: dict[int, QTreeWidgetItem] = {}
        self._annotations: dict[int, Annotation] = {}
        self._figures: set[int] = set()  # suggestions that state a figure: their parsed fields are shown
        self.set_items([], {}, 0)

    # content -------------------------------------------------------------
    def set_items(self, items: Sequence[Annotation], tags: Mapping[int, Tag], current_id: int) -> None:
        """Show ``items`` (in order) and make ``current_id`` the current row."""
        self._filling = True
        self.list.clear()
        self._rows, self._annotations, self._figures = {}, {}, set()
        made = [self._make_item(ann, tags) for ann in items]
        self.list.addTopLevelItems(made)
        self._fit_values(made)
        self._filling = False
        self.set_current(current_id)
        self._enable(bool(items))

    def update_rows(
        self, removed: Iterable[int], inserted: Sequence[tuple[int, Annotation]], tags: Mapping[int, Tag]
    ) -> None:
        """Take out rows by id, then insert ``(row, annotation)`` pairs in ascending row order."""
        self._filling = True
        for ann_id in removed:
            item = self._rows.pop(ann_id, None)
            self._annotations.pop(ann_id, None)
            self._figures.discard(ann_id)
            if item is not None:
                self.list.takeTopLevelItem(self.list.indexOfTopLevelItem(item))
        made = []
        for row, ann in inserted:
            made.append(self._make_item(ann, tags))
            self.list.insertTopLevelItem(row, made[-1])
        self._fit_values(made)
        self._filling = False
        self._enable(self.count() > 0)

    def _fit_values(self, items: Sequence[QTreeWidgetItem]) -> None:
        """Widen the 数值 column to the widest of ``items``' values (never narrower; capped)."""
        if not self._value_auto or not items:
            return
        fm = self.list.fontMetrics()
        widest_item = max(items, key=lambda item: fm.horizontalAdvance(item.text(2)))
        # the delegate's own measure of that one cell (margins of the style included), as ResizeToContents takes
        needed = self.list.sizeHintForIndex(self.list.indexFromItem(widest_item, 2)).width()
        header = self.list.header()
        widest = min(self._value_cap, needed) + 2
        if widest > header.sectionSize(2):
            self._sizing = True
            header.resizeSection(2, widest)
            self._sizing = False

    def _on_header_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column == 2 and not self._sizing and self.list.isVisible() and QApplication.mouseButtons():
            self._value_auto = False  # the clerk set the width by hand: keep it

    def _make_item(self, ann: Annotation, tags: Mapping[int, Tag]) -> QTreeWidgetItem:
        tag = tags.get(ann.tag_id)
        attrs = ann.attributes or {}
        text = ann.text.replace("\n", " ")
        shown = text if len(text) <= TEXT_LIMIT else text[: TEXT_LIMIT - 1] + "…"
        item = QTreeWidgetItem([tag.name if tag else "?", shown, describe_value(attrs)])
        item.setData(0, ID_ROLE, ann.id)
        parsed = self._parsed_summary(attrs)
        item.setToolTip(1, parsed or ann.text)
        item.setToolTip(2, parsed or describe_value(attrs))
        if tag is not None:
            color = QColor(tag.color)
            item.setForeground(0, QBrush(color.darker(130)))
            tint = QColor(color)
            tint.setAlpha(45)
            item.setBackground(0, QBrush(tint))
        self._rows[ann.id] = item
        self._annotations[ann.id] = ann
        if (tag is not None and tag.name in FIGURE_TAGS) or attrs.get("value") is not None:
            self._figures.add(ann.id)
        return item

    def _parsed_summary(self, attrs: Mapping[str, object]) -> str:
        """What the suggester read, one field a line (the list shows only the text and the value)."""
        kinds = {"actual": self.tr("实际完成"), "target": self.tr("目标/计划")}
        lines = []
        # a change stated alone (value = change) is shown once, as the change
        alone = change_alone(attrs.get("value"), attrs.get("unit"), attrs.get("change"), attrs.get("change_unit"))
        for key, label in (
            ("name", self.tr("名称")),
            ("value", self.tr("数值")),
            ("unit", self.tr("单位")),
            ("change", self.tr("变化")),
            ("period", self.tr("时期")),
            ("kind", self.tr("类型")),
        ):
            value = attrs.get(key)
            if value in (None, "") or (alone and key in ("value", "unit")):
                continue
            if key == "change":
                value = format_change(value, attrs.get("change_unit"))
            if key == "kind":
                value = kinds.get(str(value), value)
            lines.append(f"{label}：{value}")
        return "\n".join(lines)

    def _enable(self, has: bool) -> None:
        for button in (self.accept_button, self.reject_button, self.prev_button, self.next_button):
            button.setEnabled(has)
        if not has:
            self.section_button.setEnabled(False)

    def set_current(self, annotation_id: int) -> None:
        item = self._rows.get(annotation_id)
        self._show_fields(annotation_id)
        self._filling = True
        if item is not None:
            self.list.setCurrentItem(item)
            self.list.scrollToItem(item, QAbstractItemView.ScrollHint.EnsureVisible)
        else:
            self.list.setCurrentIndex(QModelIndex())
        self._filling = False

    def row_of(self, annotation_id: int) -> int:
        item = self._rows.get(annotation_id)
        return self.list.indexOfTopLevelItem(item) if item is not None else -1

    def count(self) -> int:
        return self.list.topLevelItemCount()

    def current_id(self) -> int:
        item = self.list.currentItem()
        return int(item.data(0, ID_ROLE)) if item is not None else 0

    def set_counter(self, pending: int, has_document: bool) -> None:
        if not has_document:
            self.counter.setText(self.tr("未打开文档"))
        elif pending:
            self.counter.setText(self.tr("剩余 {0} 条待审").format(pending))
        else:
            self.counter.setText(self.tr("本文档没有待审的建议"))
        self.generate_button.setEnabled(has_document)

    def set_section(self, name: str, count: int) -> None:
        self.section_label.setText(self.tr("本节：{0}（{1} 条待审）").format(name, count) if name else "")
        self.section_label.setVisible(bool(name))
        self.section_button.setText(self.tr("接受本节全部（{0}）").format(count) if count else self.tr("接受本节全部"))
        self.section_button.setEnabled(count > 0)

    def set_progress(self, done: int, total: int, label: str) -> None:
        """Show background generation progress; ``total == 0`` hides it."""
        self.progress_row.setVisible(total > 0)
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress.setFormat(self.tr("正在生成建议 {0}/{1}").format(done, total))
            self.progress.setToolTip(label)

    def _show_fields(self, annotation_id: int) -> None:
        """The parsed fields of a suggested figure; a 政策 or 问题 suggestion has none to fill in."""
        ann = self._annotations.get(annotation_id)
        self.fields.set_annotation(ann)
        self.fields.setVisible(ann is None or annotation_id in self._figures)

    def focus_list(self) -> None:
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    # slots ---------------------------------------------------------------
    def _on_list_current_item_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if not self._filling and current is not None:
            ann_id = int(current.data(0, ID_ROLE))
            self._show_fields(ann_id)
            self.current_changed.emit(ann_id)
