"""The export dialog: scope, tags, format, headers, a live preview, and the export itself off the GUI thread."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import Cancelled
from models.export import export_annotations, ledger_left_out, preview_rows
from models.labels import distinct_labels
from models.types import AnnotationStatus
from ui import settings
from ui.errors import present_error
from ui.export.notify import confirm_overwrite, show_done
from ui.export.options import FORMAT_CHOICES, FormatChoice, choice, default_file_name, with_suffix
from ui.export.pickers import DocumentChecklist, TagChecklist
from ui.preferences.language import interface_is_english

if TYPE_CHECKING:
    from ui.main_window import MainWindow

PREVIEW_ROWS = 20
LAST_DIR_KEY = "export/last_dir"
LAST_FORMAT_KEY = "export/format"


class ExportDialog(QDialog):
    """Choose what to export and where; the export runs through ``window.tasks``."""

    file_exported = Signal(str, int)  # path, rows written

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("导出标注"))
        self._task_id = 0
        self._preview_timer = QTimer(self, singleShot=True, interval=120)
        self._preview_timer.timeout.connect(self.refresh_preview)
        store = window.store
        current = window.current_document_id()

        # scope ------------------------------------------------------------
        self.scope_current = QRadioButton(self.tr("当前文档"))
        self.scope_chosen = QRadioButton(self.tr("选定的文档："))
        self.scope_all = QRadioButton(self.tr("整个项目"))
        self.scope_group = QButtonGroup(self)
        for button in (self.scope_current, self.scope_chosen, self.scope_all):
            self.scope_group.addButton(button)
        every = store.documents.all()  # once: the list below and the current report's name
        if current and store.documents.has(current):
            # named as in the list below: two reports titled 政府工作报告 are told apart by issuer and year
            label = distinct_labels(every).get(current, store.documents.get(current).title)
            self.scope_current.setText(self.tr("当前文档：{0}").format(label))
        else:
            self.scope_current.setEnabled(False)
        self.scope_all.setChecked(True)
        self.documents = DocumentChecklist(every, [current] if current else [])
        self.documents.setEnabled(False)
        scope_box = QGroupBox(self.tr("范围"))
        scope_layout = QVBoxLayout(scope_box)
        for w in (self.scope_all, self.scope_current, self.scope_chosen, self.documents):
            scope_layout.addWidget(w)

        # tags ---------------------------------------------------------------
        self.tags = TagChecklist(store.tags.all())
        tag_box = QGroupBox(self.tr("标签（含下级标签）"))
        tag_layout = QVBoxLayout(tag_box)
        tag_layout.addWidget(self.tags)
        tag_buttons = QHBoxLayout()
        self.tags_all = QPushButton(self.tr("全选"))
        self.tags_none = QPushButton(self.tr("全不选"))
        self.tags_all.clicked.connect(lambda: self.tags.set_all(True))
        self.tags_none.clicked.connect(lambda: self.tags.set_all(False))
        tag_buttons.addWidget(self.tags_all)
        tag_buttons.addWidget(self.tags_none)
        tag_buttons.addStretch(1)
        tag_layout.addLayout(tag_buttons)
        self.include_suggested = QCheckBox(self.tr("包括未确认的建议标注"))
        tag_layout.addWidget(self.include_suggested)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(scope_box, 2)
        left_layout.addWidget(tag_box, 3)

        # format, headers, file -------------------------------------------
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        for fmt in FORMAT_CHOICES:
            self.format.addItem(self._format_label(fmt), fmt.key)
        self.headers = QComboBox()
        self.headers.addItem(self.tr("中文表头"), False)
        self.headers.addItem(self.tr("英文表头（English）"), True)
        self.headers.setCurrentIndex(1 if interface_is_english() else 0)  # headers follow the UI language
        self.path = QLineEdit()
        self.path.setObjectName("exportPath")
        self.browse = QPushButton(self.tr("浏览…"))
        self.browse.clicked.connect(self.choose_path)
        options = QGridLayout()
        options.addWidget(QLabel(self.tr("格式：")), 0, 0)
        options.addWidget(self.format, 0, 1, 1, 2)
        options.addWidget(QLabel(self.tr("表头：")), 1, 0)
        options.addWidget(self.headers, 1, 1, 1, 2)
        options.addWidget(QLabel(self.tr("保存到：")), 2, 0)
        options.addWidget(self.path, 2, 1)
        options.addWidget(self.browse, 2, 2)
        options.setColumnStretch(1, 1)

        # preview ------------------------------------------------------------
        self.summary = QLabel()
        self.summary.setObjectName("exportSummary")
        self.summary.setWordWrap(True)  # the ledger note is long: more lines, not a wider dialog
        self.preview = QTableWidget()
        self.preview.setObjectName("exportPreview")
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        self.preview.verticalHeader().setDefaultSectionSize(24)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        preview_box = QGroupBox(self.tr("预览"))
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.summary)
        preview_layout.addWidget(self.preview)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(options)
        right_layout.addWidget(preview_box, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 800])

        # progress and buttons ------------------------------------------------
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setVisible(False)
        self.status = QLabel()
        self.export_button = QPushButton(self.tr("导出"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.close_button = QPushButton(self.tr("关闭"))
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(1100, 640)

        last = choice(str(settings.settings().value(LAST_FORMAT_KEY, "xlsx")))
        self.format.setCurrentIndex(self.format.findData(last.key))
        self.path.setText(str(self._default_dir() / default_file_name(last, english=interface_is_english())))
        self.format.currentIndexChanged.connect(self._on_format_changed)
        self._on_format_changed()
        for sig in (
            self.scope_group.buttonToggled,
            self.documents.selection_changed,
            self.tags.selection_changed,
            self.include_suggested.toggled,
            self.headers.currentIndexChanged,
        ):
            sig.connect(self._on_filters_changed)
        self.scope_group.buttonToggled.connect(lambda *_: self.documents.setEnabled(self.scope_chosen.isChecked()))
        self.refresh_preview()

    def _format_label(self, fmt: FormatChoice) -> str:
        labels = {
            "xlsx": self.tr("Excel 工作簿 (.xlsx)"),
            "csv": self.tr("CSV（UTF-8 带 BOM，Excel 直接打开）"),
            "csv-gb18030": self.tr("CSV（GB18030，适合旧版 Excel/WPS）"),
            "json": self.tr("JSON（完整记录，含属性）"),
            "qdpx": self.tr("REFI-QDA 项目 (.qdpx)，供 NVivo/MAXQDA/ATLAS.ti/QualCoder"),
            "ledger": self.tr("指标台账 (.xlsx)：每个指标一行，每篇文档一列"),
        }
        return labels[fmt.key]

    # options ------------------------------------------------------------------
    def current_format(self) -> FormatChoice:
        return choice(str(self.format.currentData()))

    def _default_dir(self) -> Path:
        saved = settings.settings().value(LAST_DIR_KEY, "")
        if saved and Path(str(saved)).is_dir():
            return Path(str(saved))
        beside = self.window_.project_path.parent
        if os.access(beside, os.W_OK):
            return beside
        # a project in a read-only folder (opened read-only): an export beside it could only fail
        chosen = Path(settings.last_folder())
        return chosen if os.access(chosen, os.W_OK) else Path.home()

    def _on_format_changed(self) -> None:
        fmt = self.current_format()
        self.headers.setEnabled(fmt.headers_apply)
        text = self.path.text().strip()
        if text:
            self.path.setText(str(with_suffix(Path(text), fmt, english=interface_is_english())))
        self._on_filters_changed()

    def document_ids(self) -> list[int] | None:
        """Documents in scope; None means the whole project."""
        if self.scope_current.isChecked():
            return [self.window_.current_document_id()]
        if self.scope_chosen.isChecked():
            return self.documents.checked_document_ids()
        return None

    def statuses(self) -> tuple[str, ...]:
        return (
            (AnnotationStatus.ACCEPTED, AnnotationStatus.SUGGESTED)
            if self.include_suggested.isChecked()
            else (AnnotationStatus.ACCEPTED,)
        )

    def filters(self) -> dict[str, Any]:
        """Keyword arguments shared by ``preview_rows`` and ``export_annotations``."""
        return {
            "tag_ids": self.tags.checked_tag_ids(),
            "document_ids": self.document_ids(),
            "statuses": self.statuses(),
            "english_headers": bool(self.headers.currentData()),
        }

    def choose_path(self) -> None:
        fmt = self.current_format()
        start = self.path.text().strip() or str(self._default_dir() / default_file_name(fmt))
        pattern = self.tr("{0} 文件 (*{1})").format(fmt.suffix.lstrip(".").upper(), fmt.suffix)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("导出到"), start, pattern)
        if name:
            path = Path(name)
            if path.suffix.lower() != fmt.suffix:
                path = path.with_name(path.name + fmt.suffix)
            self.path.setText(str(path))

    # preview ------------------------------------------------------------------
    def _on_filters_changed(self, *_: object) -> None:
        """Scope, reports, tags, suggestions or headers changed: count and preview again after a pause."""
        self._preview_timer.start()

    def _count(self, f: dict[str, Any]) -> int:
        store = self.window_.store
        tags = f["tag_ids"]
        if tags is not None:
            tags = list(dict.fromkeys(t for tid in tags for t in store.tags.with_descendants(tid)))
        count = store.annotations.count_filtered(document_ids=f["document_ids"], tag_ids=tags, statuses=f["statuses"])
        return int(count)

    def refresh_preview(self) -> None:
        """Fill the preview with the first rows the export would write."""
        f = self.filters()
        store = self.window_.store
        heads, rows = preview_rows(store, limit=PREVIEW_ROWS, **f)
        self.preview.clear()
        self.preview.setColumnCount(len(heads))
        self.preview.setHorizontalHeaderLabels(heads)
        self.preview.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                text = "" if value is None else str(value)
                item = QTableWidgetItem(text.replace("\n", " ⏎ "))
                item.setToolTip(text if len(text) > 30 else "")
                if isinstance(value, int | float) and not isinstance(value, bool):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()
        for c in range(self.preview.columnCount()):
            self.preview.setColumnWidth(c, min(max(self.preview.columnWidth(c), 60), 220))
        total = self._count(f)
        nothing = f["tag_ids"] == [] or f["document_ids"] == []
        if nothing:
            self.summary.setText(self.tr("请至少选择一篇文档和一个标签。"))
        elif self.current_format().fmt == "ledger":
            text = self.tr("共 %n 条标注；台账按指标名称汇总，下面是逐条预览。", "", total)
            left_out = ledger_left_out(store, **f)
            if left_out:  # the clerk counts the rows of the 台账 against what was tagged
                text += self.tr("其中 %n 条没有指标名称或数值，不列入台账（可在标注列表中补填）。", "", left_out)
            self.summary.setText(text)
        elif total > len(rows):
            self.summary.setText(self.tr("共 %n 条标注将被导出，下面是前 {0} 条。", "", total).format(len(rows)))
        else:
            self.summary.setText(self.tr("共 %n 条标注将被导出。", "", total))
        self.export_button.setEnabled(not nothing and not self._task_id)

    # export -------------------------------------------------------------------
    def start_export(self) -> None:
        """Export with the current choices; the dialog stays open and shows progress."""
        text = self.path.text().strip()
        if not text:
            self.choose_path()
            text = self.path.text().strip()
            if not text:
                return
        fmt = self.current_format()
        target = Path(text).expanduser()
        if not target.suffix:
            target = target.with_suffix(fmt.suffix)
        if target.exists() and not confirm_overwrite(self, target):
            return
        kwargs = self.filters()
        kwargs.update(fmt=fmt.fmt, encoding=fmt.encoding)

        def run(store, progress, cancelled):  # type: ignore[no-untyped-def]
            return export_annotations(store, target, progress=progress, cancelled=cancelled, **kwargs)

        self._target = target
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("正在导出……"))
        self.export_button.setEnabled(False)
        self.close_button.setText(self.tr("取消"))
        settings.settings().setValue(LAST_FORMAT_KEY, fmt.key)
        self._task_id = self.window_.tasks.run(
            run,
            owner=self,
            on_success=self._on_export_done,
            on_failure=self._on_export_failed,
            on_progress=self._on_task_progressed,
            label=self.tr("正在导出标注"),
            show_progress=False,
        )

    def is_running(self) -> bool:
        return bool(self._task_id)

    def _on_task_progressed(self, done: int, total: int, _label: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _finish(self) -> None:
        self._task_id = 0
        self.progress.setVisible(False)
        self.close_button.setText(self.tr("关闭"))
        self.export_button.setEnabled(True)

    def _on_export_done(self, count: int) -> None:
        self._finish()
        target = self._target
        settings.settings().setValue(LAST_DIR_KEY, str(target.parent))
        self.status.setText(self.tr("已导出 %n 条到“{0}”。", "", count).format(target.name))
        self.window_.show_status(self.tr("已导出 %n 条标注到 {0}", "", count).format(target))
        self.file_exported.emit(str(target), count)
        show_done(self, target, count)
        # the dialog stays open: a second format (CSV after XLSX) is one more click, not a new dialog

    def _on_export_failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("已取消导出，没有写入文件。"))
            return
        self.status.setText(self.tr("导出没有完成。"))
        present_error(self, exc)

    def reject(self) -> None:
        if self._task_id:  # first press cancels the running export
            self.window_.tasks.cancel(self._task_id)
            self.status.setText(self.tr("正在取消……"))
            return
        super().reject()

    def closeEvent(self, e) -> None:  # type: ignore[no-untyped-def]
        if self._task_id:
            self.window_.tasks.cancel(self._task_id)
        super().closeEvent(e)
