"""The 全文搜索 dock: a query box, the hit count and a list of hits with their snippets marked."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from models.folding import fold_text
from models.labels import distinct_labels
from models.search import SearchHit, count_occurrences, search_text
from models.types import Changes
from ui.section_titles import one_line

if TYPE_CHECKING:
    from ui.main_window import MainWindow

HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # (document_id, start, end)
PARTS_ROLE = Qt.ItemDataRole.UserRole + 2  # (title, section path, before, hit, after)
RESULT_LIMIT = 500
# Projects up to this many characters of display text are searched on the GUI thread.
# Measured (search + count): the two seeds (15 K characters) 1–7 ms; 100 reports (630 K
# characters) 7–15 ms median, 31 ms worst. Larger projects search on a worker (window.tasks).
SYNC_LIMIT_CHARS = 1_000_000
SNIPPET_SIDE = 30  # characters kept either side of the hit (the delegate elides to the width)
TITLE_COLOR = "#1864ab"
PATH_COLOR = "#868e96"
HIT_BACKGROUND = "#ffe066"
HIT_COLOR = "#c92a2a"
SELECTED_BACKGROUND = "#dbe7f7"


def hit_parts(hit: SearchHit) -> tuple[str, str, str, str, str]:
    """Title, section path, and the snippet split around the hit (one line each)."""
    lo = max(0, hit.hit_start - SNIPPET_SIDE)
    hi = min(len(hit.snippet), hit.hit_end + SNIPPET_SIDE)
    before = hit.snippet[lo : hit.hit_start].lstrip()
    after = hit.snippet[hit.hit_end : hi].rstrip()
    return hit.title, one_line(hit.section_path), before, hit.snippet[hit.hit_start : hit.hit_end], after


def elide_title(fm: QFontMetrics, title: str, width: int) -> str:
    """``title`` cut to ``width``; a title ending in ``（发文机关 年份）`` is cut in the middle, since its end is
    what tells two reports of one title apart (政府工作报告（海拉尔区人民政府 2012） and … 2016）)."""
    mode = Qt.TextElideMode.ElideMiddle if title.endswith("）") else Qt.TextElideMode.ElideRight
    return fm.elidedText(title, mode, width)


class HitDelegate(QStyledItemDelegate):
    """Three lines per hit: title, section path, snippet with the hit marked and kept in view."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        parts = index.data(PARTS_ROLE)
        opt.text = ""
        # the selection is painted here, light like resources/style.qss, so the colours below read on it
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        opt.state &= ~QStyle.StateFlag.State_Selected
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if selected:
            painter.fillRect(opt.rect, QColor(SELECTED_BACKGROUND))
            painter.fillRect(QRect(opt.rect.left(), opt.rect.top(), 3, opt.rect.height()), QColor(TITLE_COLOR))
        if not parts:
            return
        title, path, before, word, after = parts
        text_color = opt.palette.color(QPalette.ColorRole.Text)
        rect = opt.rect.adjusted(6, 3, -6, -3)
        width = rect.width()
        bold = QFont(opt.font)
        bold.setBold(True)
        fm, fmb = QFontMetrics(opt.font), QFontMetrics(bold)
        line = fm.height()
        painter.save()
        painter.setClipRect(opt.rect)
        x, y = rect.left(), rect.top()
        painter.setFont(bold)
        painter.setPen(QColor(TITLE_COLOR))
        painter.drawText(x, y + fmb.ascent(), elide_title(fmb, title, width))
        y += line
        painter.setFont(opt.font)
        painter.setPen(QColor(PATH_COLOR))
        painter.drawText(x, y + fm.ascent(), fm.elidedText(path or "—", Qt.TextElideMode.ElideRight, width))
        y += line
        # the hit stays visible: text before it gets half of what is left, more if the rest is short
        word_w = fmb.horizontalAdvance(word) + 4
        room = max(0, width - word_w)
        left = room // 2
        after_w = fm.horizontalAdvance(after)
        if after_w < room - left:
            left = room - after_w
        shown_before = fm.elidedText(before, Qt.TextElideMode.ElideLeft, left)
        painter.setPen(text_color)
        painter.drawText(x, y + fm.ascent(), shown_before)
        x += fm.horizontalAdvance(shown_before)
        painter.fillRect(QRect(x, y, word_w, line), QColor(HIT_BACKGROUND))
        painter.setFont(bold)
        painter.setPen(QColor(HIT_COLOR))
        painter.drawText(x + 2, y + fmb.ascent(), word)
        x += word_w
        painter.setFont(opt.font)
        painter.setPen(text_color)
        painter.drawText(x, y + fm.ascent(), fm.elidedText(after, Qt.TextElideMode.ElideRight, rect.right() - x))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(200, QFontMetrics(option.font).height() * 3 + 8)


class SearchPanel(QWidget):
    """Search every document of the project; activating a hit asks for it to be opened."""

    hit_activated = Signal(int, int, int, str)  # document id, start, end, query
    results_shown = Signal(int)  # hits listed

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("searchPanel")
        self.query = QLineEdit()
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(self.tr("在所有文档中搜索（两个字也可以）"))
        self.query.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setObjectName("searchCount")
        self.count.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.results = QListView()
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.results.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.results.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.query)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)
        self._typing = QTimer(self, singleShot=True, interval=300)
        self._typing.timeout.connect(self.search)
        self.query.textEdited.connect(lambda _t: self._typing.start())
        self.query.returnPressed.connect(self.search)
        self.query.installEventFilter(self)
        self.results.clicked.connect(self._on_results_activated)
        self.results.activated.connect(self._on_results_activated)
        self._task_id = 0
        self._project_chars: int | None = None
        self._doc_labels: dict[int, str] | None = None
        self._shown_query = ""
        self.sync_limit_chars = SYNC_LIMIT_CHARS
        window.changes_applied.connect(self._on_window_changes_applied)

    # searching ------------------------------------------------------------
    def search(self) -> None:
        """Search for the query now (on a worker when the project is large)."""
        self._typing.stop()
        query = self.query.text().strip()
        self.window_.tasks.drop(self, "search")  # a search still running is out of date now
        self._task_id = 0
        if not query:
            self._show(query, [], 0)
            return
        if self._project_size() <= self.sync_limit_chars:
            self._show(query, *_run_search(self.window_.store, query))
            return
        self.count.setText(self.tr("正在搜索“{0}”……").format(query))

        def run(store, progress, cancelled):  # type: ignore[no-untyped-def]
            return (query, *_run_search(store, query))

        self._task_id = self.window_.tasks.run(
            run,
            owner=self,
            key="search",
            on_success=self._on_search_done,
            label=self.tr("正在搜索"),
            show_progress=False,
        )

    def hit_count(self) -> int:
        return self.model.rowCount()

    def hit_at(self, row: int) -> tuple[int, int, int]:
        doc_id, start, end = self.model.item(row).data(HIT_ROLE)
        return int(doc_id), int(start), int(end)

    def _project_size(self) -> int:
        if self._project_chars is None:
            self._project_chars = sum(d.text_length for d in self.window_.store.documents.all())
        return self._project_chars

    def _on_search_done(self, result: tuple[Any, ...]) -> None:
        self._task_id = 0
        self._show(*result)

    def _labels(self) -> dict[int, str]:
        """Document names for the hits: a title several reports share says whose and which year."""
        if self._doc_labels is None:
            self._doc_labels = distinct_labels(self.window_.store.documents.all())
        return self._doc_labels

    def _show(self, query: str, hits: list[SearchHit], total: int) -> None:
        self._shown_query = query
        self.model.clear()
        labels = self._labels() if hits else {}
        hits = [dataclasses.replace(h, title=labels.get(h.document_id, h.title)) for h in hits]
        for hit in hits:
            item = QStandardItem(f"{hit.title} {hit.section_path} {hit.snippet}")
            item.setData((hit.document_id, hit.start, hit.end), HIT_ROLE)
            item.setData(hit_parts(hit), PARTS_ROLE)
            tip = f"{hit.title}\n{hit.section_path}" if hit.section_path else hit.title
            if hit.form and hit.form != fold_text(query):
                tip += "\n" + self.tr("同义词“{0}”").format(hit.form)
            item.setToolTip(tip)
            self.model.appendRow(item)
        docs = len({h.document_id for h in hits})
        if not query:
            self.count.setText("")
        elif not hits:
            self.count.setText(self.tr("没有找到“{0}”。").format(query))
        elif total > len(hits):
            self.count.setText(self.tr("“{0}”共 %n 处，显示前 {1} 处。", "", total).format(query, len(hits)))
        else:
            self.count.setText(  # one part per count: plurals agree with each
                self.tr("“{0}”共 {1}，在 {2}中。").format(
                    query, self.tr("%n 处", "", total), self.tr("%n 篇文档", "", docs)
                )
            )
        forms = synonym_counts(hits)
        if len(forms) > 1:  # the clerk sees which spellings were found, as well as the one typed
            found = self.tr("、").join(self.tr("“{0}” %n 处", "", n).format(word) for word, n in forms)
            said = (
                self.tr("同义词也已搜索（显示的 {0} 处中）：{1}").format(len(hits), found)
                if total > len(hits)
                else self.tr("同义词也已搜索：{0}").format(found)
            )
            self.count.setText(self.count.text() + "\n" + said)
        self.results_shown.emit(len(hits))

    def _on_results_activated(self, index: QModelIndex) -> None:
        data = index.data(HIT_ROLE)
        if data:
            doc_id, start, end = data
            self.hit_activated.emit(int(doc_id), int(start), int(end), self._shown_query)

    def _on_window_changes_applied(self, changes: Changes, _initiator: object) -> None:
        if changes.documents:
            self._project_chars = None
            self._doc_labels = None
            if self._shown_query:
                self.search()

    def eventFilter(self, obj, e) -> bool:  # type: ignore[no-untyped-def]
        # Down in the query box moves into the results, so the keyboard alone reaches a hit
        down = isinstance(e, QKeyEvent) and e.type() == QKeyEvent.Type.KeyPress and e.key() == Qt.Key.Key_Down
        if obj is self.query and down and self.model.rowCount():
            self.results.setFocus()
            if not self.results.currentIndex().isValid():
                self.results.setCurrentIndex(self.model.index(0, 0))
            return True
        return super().eventFilter(obj, e)


def synonym_counts(hits: list[SearchHit]) -> list[tuple[str, int]]:
    """Each form the hits matched, as the first hit of it reads, with how many hits it has (most first)."""
    counts: dict[str, list[Any]] = {}
    for hit in hits:
        entry = counts.setdefault(hit.form, [hit.snippet[hit.hit_start : hit.hit_end], 0])
        entry[1] += 1
    return sorted(((w, n) for w, n in counts.values()), key=lambda wn: -wn[1])


def _run_search(store, query: str) -> tuple[list[SearchHit], int]:  # type: ignore[no-untyped-def]
    """Hits (up to the limit) and the total number of occurrences."""
    hits = search_text(store, query, limit=RESULT_LIMIT)
    total = count_occurrences(store, query) if len(hits) >= RESULT_LIMIT else len(hits)
    return hits, total
