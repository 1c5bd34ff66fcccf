"""Document info: title, issuer, date, numbers (the clerk may correct them), script, keywords, suspects, memo."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models import doc_fields
from models.errors import InvalidValue
from models.repairs import sure_repairs
from models.types import Document, SuspectRange
from ui.info.elided_label import ElidedLabel
from ui.info.fields import FieldRow
from ui.info.sources import source_label

if TYPE_CHECKING:
    from models.ingest.metadata_options import MetadataOptions  # the parsing stack loads when first asked
    from models.store import Store
    from ui.tasks import TaskRunner

OptionsKey = tuple[int, str]  # (document id, content hash): a re-import changes the hash, and the options
KEPT_OPTIONS = 8  # the options of the last few reports shown, so going back and forth reads none again

EDITABLE = ("title", "issuer", "date", "doc_number")

SPAN_ROLE = Qt.ItemDataRole.UserRole + 1
REPAIRS_ROLE = Qt.ItemDataRole.UserRole + 2


class InfoPanel(QWidget):
    """``suspect_activated(start, end)`` when a suspect range is clicked; ``memo_edited(doc_id, text)``;
    ``field_edited(doc_id, name, text)`` when the clerk chose a title, issuer, date or 文号 (already checked)."""

    suspect_activated = Signal(int, int)
    memo_edited = Signal(int, str)
    field_edited = Signal(int, str, str)
    repairs_requested = Signal(list)  # [(start, end, replacement), …] to apply to the display text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc_id = 0
        self._doc: Document | None = None
        # reads the reader's options off the GUI thread (set by the window); None offers free text only
        self.tasks: TaskRunner | None = None
        self._options_of: dict[OptionsKey, MetadataOptions] = {}
        self._untitled = False  # the shown report's reader found no title (shown as 未识别)
        self.read_only = False  # a project open read-only: the ✎ buttons stay off (ui/safety/read_only.py)
        self.fields: dict[str, QLabel] = {}
        self.rows: dict[str, FieldRow] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for key, label in (
            ("title", self.tr("标题：")),
            ("issuer", self.tr("发布机构：")),
            ("date", self.tr("日期：")),
            ("doc_number", self.tr("文号：")),
            ("index_number", self.tr("索引号：")),
            ("script", self.tr("字形：")),
            ("source", self.tr("来源文件：")),
        ):
            value = ElidedLabel(self) if key == "source" else QLabel(self)
            value.setWordWrap(key != "source")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            if key in EDITABLE:
                row = FieldRow(key, value, self)
                row.edit_requested.connect(self.edit_field)
                row.text_committed.connect(self._on_row_text_committed)
                self.rows[key] = row
                form.addRow(label, row)
            else:
                form.addRow(label, value)
            if key == "title":  # the reader's options, shown when it found no title
                self.title_options = QLabel(self)
                self.title_options.setObjectName("titleOptions")
                self.title_options.setWordWrap(True)
                self.title_options.setStyleSheet("color: palette(mid);")
                self.title_options.hide()
                form.addRow("", self.title_options)
        # a long file name cannot wrap: ElidedLabel shortens it with … to the panel's width (full name in the tip)
        # filled from the background by whoever computes keywords (ui.review); "—" until then
        self.keywords = QLabel("—", self)
        self.keywords.setObjectName("infoKeywords")
        self.keywords.setWordWrap(True)
        self.keywords.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("关键词："), self.keywords)
        self.suspect_label = QLabel(self.tr("待核对的疑似乱码"), self)
        self.suspects = QListWidget(self)
        self.suspects.setObjectName("suspectList")
        self.suspects.setWordWrap(True)
        self.suspects.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.apply_button = QPushButton(self.tr("应用修复"), self)
        self.apply_button.setObjectName("applyRepairButton")
        self.apply_button.setToolTip(self.tr("用所选乱码的首选修复替换显示文字（原文不变，可撤销）；右键可选其他修复"))
        self.apply_all_button = QPushButton(self.tr("应用全部高可信修复"), self)
        self.apply_all_button.setObjectName("applySureRepairsButton")
        self._sure: list[tuple[int, int, str]] = []
        self.memo = QPlainTextEdit(self)
        self.memo.setObjectName("memoEditor")
        self.memo.setPlaceholderText(self.tr("本文档的备忘（自动保存）"))
        self._memo_timer = QTimer(self, singleShot=True, interval=800)
        self._memo_timer.timeout.connect(self.flush_memo)
        self.suspects.setMinimumHeight(60)
        self.memo.setMinimumHeight(70)
        # a scroll area, so the wrapped metadata keeps its height when the dock is short
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(6, 6, 6, 6)
        inner.addLayout(form)
        inner.addWidget(self.suspect_label)
        inner.addWidget(self.suspects, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.apply_all_button)
        buttons.addStretch(1)
        inner.addLayout(buttons)
        inner.addWidget(QLabel(self.tr("备忘"), body))
        inner.addWidget(self.memo, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.suspects.itemClicked.connect(self._on_suspects_item_clicked)
        self.suspects.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.suspects.customContextMenuRequested.connect(self._on_suspects_context_menu)
        self.apply_button.clicked.connect(self._on_apply_button_clicked)
        self.apply_all_button.clicked.connect(lambda: self.repairs_requested.emit(list(self._sure)))
        self.memo.textChanged.connect(self._memo_timer.start)
        edit_key = QShortcut(QKeySequence(Qt.Key.Key_F2), self)
        edit_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        edit_key.activated.connect(self._on_edit_key_activated)

    def set_document(self, doc: Document | None, suspects: tuple[SuspectRange, ...] = ()) -> None:
        self.flush_memo()
        for row in self.rows.values():
            row.finish_edit()
        self._doc_id = doc.id if doc else 0
        values = {
            "index_number": doc.index_number if doc else "",
            "script": (self.tr("繁体（已转为简体显示）") if doc.script == "traditional" else self.tr("简体"))
            if doc
            else "",
            "source": doc.source_name if doc else "",
        }
        for key, value in values.items():
            self.fields[key].setText(value or "—")
        self.update_fields(doc)
        for row in self.rows.values():
            row.button.setEnabled(doc is not None and not self.read_only)
        self.keywords.setText("—")
        self.suspects.clear()
        for s in suspects:
            text = f"“{s.original}”"
            if s.repairs:
                text += " → " + " / ".join(f"“{r.text}”" for r in s.repairs[:3])
            item = QListWidgetItem(text)
            item.setData(SPAN_ROLE, (s.start, s.end))
            item.setData(REPAIRS_ROLE, [r.text for r in s.repairs])
            tip = s.reason + "".join(f"\n{r.text}（{r.explanation or round(r.score, 2)}）" for r in s.repairs)
            item.setToolTip(tip)
            self.suspects.addItem(item)
        self.suspect_label.setText(self.tr("待核对的疑似乱码（{0} 处）").format(len(suspects)))
        self.suspects.setVisible(bool(suspects))
        self._sure = [(s.start, s.end, s.repairs[0].text) for s in sure_repairs(suspects)]
        # confident repairs are read at import (session 14): a new report usually has none left for this button
        if self._sure:
            self.apply_all_button.setText(self.tr("应用全部高可信修复（{0} 处）").format(len(self._sure)))
            self.apply_all_button.setToolTip("")
        else:
            self.apply_all_button.setText(self.tr("没有高可信修复"))
            self.apply_all_button.setToolTip(self.tr("导入时已自动修复有把握的乱码；剩下的请逐处核对"))
        self.apply_button.setVisible(bool(suspects))
        self.apply_all_button.setVisible(bool(suspects))
        self._update_buttons()
        self.memo.blockSignals(True)
        self.memo.setPlainText(doc.memo if doc else "")
        self.memo.blockSignals(False)
        self.memo.setEnabled(doc is not None)

    def update_fields(self, doc: Document | None) -> None:
        """Show the title, issuer, date and 文号 of ``doc`` as stored (after the clerk's change or its undo)."""
        self._doc = doc
        untitled = doc is not None and doc_fields.untitled(doc)
        self._untitled = untitled
        for key, row in self.rows.items():
            value = getattr(doc, key) if doc else None
            row.value.setText(self.tr("未识别") if key == "title" and untitled else (value or "—"))
            mark = doc.clerk_fields.get(key) if doc else None
            row.badge.setVisible(mark is not None)
            if mark is not None:
                reader = mark.get("reader") or self.tr("（无）")
                row.badge.setToolTip(self.tr("此项由您设定，重新读取或导入时保留；阅读器原为：{0}").format(reader))
        self._show_title_options()
        if untitled:  # the 未识别 list; a titled report's options are read when the clerk opens the editor
            self._request_options()

    def _show_title_options(self) -> None:
        """The reader's title options under 未识别 (once they are read)."""
        self.title_options.hide()
        if self._untitled and (options := self._options("title")):
            listed = self.tr("；").join(self.tr("{0}（{1}）").format(value, source) for value, source in options[:3])
            self.title_options.setText(self.tr("候选：{0}（双击“未识别”选择）").format(listed))
            self.title_options.show()

    def _options_key(self) -> OptionsKey:
        return (self._doc_id, self._doc.content_hash if self._doc else "")

    def _request_options(self) -> None:
        """Read the shown report's options on a worker (re-parsing a long report takes a while, and the first
        reading loads the parsing stack): a newer request replaces an older one; the rows and the 未识别 list
        fill in when they arrive. Not on every report shown: the worker's parse would slow the opening."""
        if self.tasks is None or self._doc is None or self._options_key() in self._options_of:
            return
        self.tasks.run(
            _options_job(self._doc_id),
            owner=self,
            key="options",
            on_success=self._on_options_ready,
            on_failure=lambda _exc: None,  # the options are a help; the report is still edited by hand
            label=self.tr("正在读取候选"),
            show_progress=False,
        )

    def _on_options_ready(self, result: tuple[OptionsKey, MetadataOptions] | None) -> None:
        if result is None:  # cancelled before it started
            return
        key, options = result
        self._options_of[key] = options
        while len(self._options_of) > KEPT_OPTIONS:
            del self._options_of[next(iter(self._options_of))]
        if key != self._options_key():
            return
        self._show_title_options()
        for name, row in self.rows.items():
            if row.editing():
                row.fill_options(self._options(name))

    def _options(self, name: str) -> list[tuple[str, str]]:
        """The shown report's options for ``name`` as ``(value, note)``, best first; none until they are read."""
        options = self._options_of.get(self._options_key()) if self._doc_id else None
        if options is None or name not in ("title", "issuer", "date"):
            return []
        out = []
        for o in options.of(name):
            note = source_label(o.source) + (self.tr("，阅读器所选") if o.chosen else "")
            if o.probability is not None:  # how likely the reader's learned ranking finds it the report's title
                note += self.tr("，可能性 {0}%").format(round(100 * o.probability))
            out.append((o.value, note))
        return out

    def edit_field(self, name: str) -> None:
        """Open ``name``'s row for editing, its options listed (the edit button, a double-click, F2)."""
        if self._doc is None or name not in self.rows:
            return
        for other in self.rows.values():
            other.finish_edit()
        current = getattr(self._doc, name) or ""
        if name == "title" and self.fields["title"].text() == self.tr("未识别"):
            current = ""
        self.rows[name].start_edit(current, self._options(name))
        self._request_options()  # when not read yet: the list fills in when they arrive

    def _on_edit_key_activated(self) -> None:
        focused = next((k for k, row in self.rows.items() if row.isAncestorOf(self.focusWidget())), "title")
        self.edit_field(focused)

    def _on_row_text_committed(self, name: str, text: str) -> None:
        row = self.rows[name]
        if self._doc is None:
            row.finish_edit()
            return
        try:
            value = doc_fields.normalise(name, text)
        except InvalidValue as exc:
            row.show_error(
                self._invalid_message(name, text, exc)
            )  # nothing saved; the clerk corrects it or presses Esc
            return
        row.finish_edit()
        if value != getattr(self._doc, name) or (name == "title" and self.fields["title"].text() == self.tr("未识别")):
            self.field_edited.emit(self._doc.id, name, value or "")

    def _invalid_message(self, name: str, text: str, exc: InvalidValue) -> str:
        """Why ``text`` was not saved, in the interface's language (the domain says it in Chinese only)."""
        if name == "title":
            return self.tr("标题不能为空。")
        if name == "date":
            return self.tr("“{0}”不是完整的日期，请写成 2021-03-05 或 2021年3月5日；未保存。").format(text.strip())
        return exc.user_message

    def set_keywords(self, words: Sequence[str] | None) -> None:
        """Keywords of the shown document; ``None`` while they are being computed."""
        if words is None:
            self.keywords.setText(self.tr("正在提取……"))
        else:
            self.keywords.setText("、".join(words) if words else self.tr("（无）"))

    def flush_memo(self) -> None:
        """Save a pending memo edit now (also called when switching documents)."""
        if self._memo_timer.isActive() or self.memo.document().isModified():
            self._memo_timer.stop()
            if self._doc_id:
                self.memo_edited.emit(self._doc_id, self.memo.toPlainText())
            self.memo.document().setModified(False)

    def _update_buttons(self) -> None:
        item = self.suspects.currentItem()
        self.apply_button.setEnabled(item is not None and bool(item.data(REPAIRS_ROLE)))
        self.apply_all_button.setEnabled(bool(self._sure))

    def _on_apply_button_clicked(self) -> None:
        item = self.suspects.currentItem()
        if item is not None and item.data(REPAIRS_ROLE):
            self._request(item, item.data(REPAIRS_ROLE)[0])

    def _request(self, item: QListWidgetItem, text: str) -> None:
        start, end = item.data(SPAN_ROLE)
        self.repairs_requested.emit([(int(start), int(end), str(text))])

    def repair_menu(self, item: QListWidgetItem) -> QMenu:
        """One entry per proposed repair of ``item`` (tests trigger them)."""
        menu = QMenu(self)
        for text in item.data(REPAIRS_ROLE) or []:
            act = menu.addAction(self.tr("改为“{0}”").format(text))
            act.triggered.connect(lambda _=False, t=text: self._request(item, t))
        return menu

    def _on_suspects_context_menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        item = self.suspects.itemAt(pos)
        if item is not None and item.data(REPAIRS_ROLE):
            menu = self.repair_menu(item)
            menu.exec(self.suspects.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def _on_suspects_item_clicked(self, item: QListWidgetItem) -> None:
        start, end = item.data(SPAN_ROLE)
        self.suspect_activated.emit(int(start), int(end))


def _options_job(
    doc_id: int,
) -> Callable[[Store, object, Callable[[], bool]], tuple[OptionsKey, MetadataOptions] | None]:
    """The worker half: read ``doc_id``'s options with the worker's own store."""

    def job(
        store: Store, _progress: object, cancelled: Callable[[], bool]
    ) -> tuple[OptionsKey, MetadataOptions] | None:
        if cancelled():  # a newer report was shown before this one's turn came
            return None
        doc = store.documents.get(doc_id)
        return (doc_id, doc.content_hash), doc_fields.document_options(store, doc_id)

    return job
