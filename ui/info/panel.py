"""Document info: title, issuer, date, numbers, script, keywords, suspect ranges (with proposed repairs), memo."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.types import Document, SuspectRange

SPAN_ROLE = Qt.ItemDataRole.UserRole + 1


class InfoPanel(QWidget):
    """``suspect_activated(start, end)`` when a suspect range is clicked; ``memo_edited(doc_id, text)``."""

    suspect_activated = Signal(int, int)
    memo_edited = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc_id = 0
        self.fields: dict[str, QLabel] = {}
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
            value = QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            form.addRow(label, value)
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
        self.memo.textChanged.connect(self._memo_timer.start)

    def set_document(self, doc: Document | None, suspects: tuple[SuspectRange, ...] = ()) -> None:
        self.flush_memo()
        self._doc_id = doc.id if doc else 0
        values = {
            "title": doc.title if doc else "",
            "issuer": doc.issuer if doc else "",
            "date": doc.date if doc else "",
            "doc_number": doc.doc_number if doc else "",
            "index_number": doc.index_number if doc else "",
            "script": (self.tr("繁体（已转为简体显示）") if doc.script == "traditional" else self.tr("简体"))
            if doc
            else "",
            "source": doc.source_name if doc else "",
        }
        for key, value in values.items():
            self.fields[key].setText(value or "—")
        self.keywords.setText("—")
        self.suspects.clear()
        for s in suspects:
            text = f"“{s.original}”"
            if s.repairs:
                text += " → " + " / ".join(f"“{r.text}”" for r in s.repairs[:3])
            item = QListWidgetItem(text)
            item.setData(SPAN_ROLE, (s.start, s.end))
            tip = s.reason + "".join(f"\n{r.text}（{r.explanation or round(r.score, 2)}）" for r in s.repairs)
            item.setToolTip(tip)
            self.suspects.addItem(item)
        self.suspect_label.setText(self.tr("待核对的疑似乱码（{0} 处）").format(len(suspects)))
        self.suspects.setVisible(bool(suspects))
        self.memo.blockSignals(True)
        self.memo.setPlainText(doc.memo if doc else "")
        self.memo.blockSignals(False)
        self.memo.setEnabled(doc is not None)

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

    def _on_suspects_item_clicked(self, item: QListWidgetItem) -> None:
        start, end = item.data(SPAN_ROLE)
        self.suspect_activated.emit(int(start), int(end))
