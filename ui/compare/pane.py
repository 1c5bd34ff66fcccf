"""One side of a comparison: a read-only document view with section colour bands, and its outline."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTreeWidget, QTreeWidgetItem, QWidget

from models.types import Section
from ui.document_view.formats import overlay_format
from ui.document_view.view import DocumentView
from ui.section_titles import heading
from ui.text_positions import PositionIndex

SECTION_ROLE = Qt.ItemDataRole.UserRole
BAND_WIDTH = 5
PRELAYOUT_BLOCKS = 150  # blocks laid out per idle turn (~30 ms on a 300 KB report)


def section_key(section: Section) -> tuple[int, int]:
    """Identity of a section inside one document (sections never share a start at one level)."""
    return (section.start, section.level)


class CompareView(DocumentView):
    """A DocumentView that only reads: no tagging keys or menu; colour bands in the left margin.

    Offsets are display offsets (the compare screens never show the original text).
    ``offset_clicked(offset)`` reports a plain click (no selection) on the text.
    """

    offset_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareView")
        self._bands: list[tuple[int, int, int, QColor]] = []  # start, end, depth, colour
        self._index_pos = PositionIndex("")
        self._layout_dirty = True
        self._prelayout_next = 0  # next block number to lay out while idle
        self._prelayout_timer = QTimer(self, singleShot=True, interval=0)
        self._prelayout_timer.timeout.connect(self._on_prelayout_timer_timeout)
        self.document().contentsChange.connect(self._on_document_contents_change)

    def _on_document_contents_change(self, _position: int, _removed: int, _added: int) -> None:
        self._layout_dirty = True  # new text or formats: Qt drops the layout of the blocks touched
        self._prelayout_next = 0
        self._prelayout_timer.start()

    def _on_prelayout_timer_timeout(self) -> None:
        """Lay blocks out a few hundred at a time while idle, so the first synced scroll is not slow."""
        if not self._layout_dirty:
            return
        if not self.highlights_complete():  # formats still arriving: they would undo the work
            self._prelayout_timer.start(30)
            return
        layout = self.document().documentLayout()
        ensure = getattr(layout, "ensureBlockLayout", None)
        if ensure is None:
            return
        block = self.document().findBlockByNumber(self._prelayout_next)
        for _ in range(PRELAYOUT_BLOCKS):
            if not block.isValid():
                self._layout_dirty = False
                return
            ensure(block)
            block = block.next()
        self._prelayout_next = block.blockNumber() if block.isValid() else self.document().blockCount()
        self._prelayout_timer.start()

    def load_document(self, store, doc_id: int, *, highlights: bool = True) -> None:  # type: ignore[no-untyped-def]
        """Show a stored document (annotations highlighted by tag colour unless ``highlights`` is off)."""
        text = store.documents.text(doc_id)
        annotations = store.annotations.iterate(doc_id) if highlights else ()
        self.load(text, store.documents.sections(doc_id), (), annotations, store.tags.all())
        self._index_pos = PositionIndex(text.display_text)
        self._bands = []

    def format_spans(self, spans: Iterable[tuple[int, int]], style: Mapping[str, Any]) -> None:
        """Paint display spans into the text itself (cheap for thousands of spans, unlike overlays).

        ``style`` as for ``set_overlay_ranges``; reloading the document removes these formats.
        """
        fmt = overlay_format(style)
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for start, end in spans:
            qs, qe = self._index_pos.py_to_qt(start), self._index_pos.py_to_qt(end)
            if qe > qs:
                cursor.setPosition(qs)
                cursor.setPosition(qe, QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(fmt)
        cursor.endEditBlock()

    def set_bands(self, bands: Iterable[tuple[int, int, int, str]]) -> None:
        """Colour bands ``(start, end, depth, colour)`` drawn beside the text of aligned sections."""
        self._bands = [(s, e, d, QColor(c)) for s, e, d, c in bands]
        self.viewport().update()

    def bands(self) -> list[tuple[int, int, int, str]]:
        return [(s, e, d, c.name()) for s, e, d, c in self._bands]

    # positions ------------------------------------------------------------
    def top_offset(self) -> int:
        """Display offset of the first character at the top of the viewport."""
        if self.document_text is None:
            return 0
        return self._index_pos.qt_to_py(self.cursorForPosition(QPoint(2, 2)).position())

    def bottom_offset(self) -> int:
        if self.document_text is None:
            return 0
        vp = self.viewport().rect()
        return self._index_pos.qt_to_py(self.cursorForPosition(QPoint(vp.width() - 2, vp.height() - 2)).position())

    def set_top_offset(self, offset: int) -> None:
        """Scroll so the line holding display ``offset`` is the first visible one (cursor untouched)."""
        if self.document_text is None:
            return
        qt = self._index_pos.py_to_qt(offset)
        block = self.document().findBlock(qt)
        if not block.isValid():
            return
        self._layout_all()
        line_no = 0
        layout = block.layout()
        if layout is not None and layout.lineCount() > 0:
            line = layout.lineForTextPosition(qt - block.position())
            if line.isValid():
                line_no = line.lineNumber()
        self.verticalScrollBar().setValue(block.firstLineNumber() + line_no)

    def _layout_all(self) -> None:
        """Lay out every block, so line numbers (the scroll bar's unit) are exact, not estimates.

        QPlainTextEdit lays blocks out lazily and counts an unlaid block as one line; a
        scroll value computed before they are laid out drifts once they are.
        """
        if not self._layout_dirty:
            return
        layout = self.document().documentLayout()
        ensure = getattr(layout, "ensureBlockLayout", None)
        if ensure is None:
            return
        block = self.document().firstBlock()
        while block.isValid():
            ensure(block)
            block = block.next()
        self._layout_dirty = False

    def select_span(self, start: int, end: int) -> None:
        """Select a display span without scrolling."""
        qs, qe = self._index_pos.py_to_qt(start), self._index_pos.py_to_qt(end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(qs)
        cursor.setPosition(qe, QTextCursor.MoveMode.KeepAnchor)
        bar = self.verticalScrollBar()
        value = bar.value()
        self.setTextCursor(cursor)
        bar.setValue(value)

    def resizeEvent(self, e: QResizeEvent) -> None:
        # A new width re-wraps every line and the scroll value (a line number) would point
        # elsewhere: keep the same text at the top instead.
        top = self.top_offset() if self.document_text is not None and self.isVisible() else None
        if e.size().width() != e.oldSize().width():
            self._layout_dirty = True
            self._prelayout_next = 0
            self._prelayout_timer.start(50)
        super().resizeEvent(e)
        if top:
            self.set_top_offset(top)

    # read-only behaviour ----------------------------------------------------
    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        super().mouseReleaseEvent(e)
        if e.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            offset = self.display_offset_at(e.position().toPoint())
            if offset is not None:
                self.offset_clicked.emit(offset)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        QPlainTextEdit.keyPressEvent(self, e)  # no tagging keys here

    def contextMenuEvent(self, e: QContextMenuEvent) -> None:
        menu = QMenu(self)
        copy = menu.addAction(self.tr("复制"))
        copy.setEnabled(self.textCursor().hasSelection())
        copy.triggered.connect(self.copy)
        menu.addAction(self.tr("全选"), self.selectAll)
        menu.exec(e.globalPos())
        menu.deleteLater()

    def paintEvent(self, e: QPaintEvent) -> None:
        super().paintEvent(e)
        if not self._bands or self.document_text is None:
            return
        top, bottom = self.top_offset(), self.bottom_offset()
        height = self.viewport().height()
        painter = QPainter(self.viewport())
        for start, end, depth, color in self._bands:
            if end <= top or start > bottom:
                continue
            y0 = 0 if start <= top else self._y_of(start, top=True)
            y1 = height if end > bottom else self._y_of(max(start, end - 1), top=False)
            x = 2 + depth * (BAND_WIDTH + 2)
            painter.fillRect(x, y0, BAND_WIDTH, max(2, y1 - y0), QBrush(color))
        painter.end()

    def _y_of(self, offset: int, *, top: bool) -> int:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._index_pos.py_to_qt(offset))
        rect = self.cursorRect(cursor)
        return rect.top() if top else rect.bottom()


class CompareOutline(QTreeWidget):
    """A document's sections: aligned ones with their pair colour, unmatched ones grey and italic."""

    section_clicked = Signal(object)  # Section

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setObjectName("compareOutline")
        self._items: dict[tuple[int, int], QTreeWidgetItem] = {}
        self.itemClicked.connect(self._on_item_clicked)
        self.itemActivated.connect(self._on_item_clicked)

    def set_sections(self, sections: Iterable[Section], colors: dict[tuple[int, int], str]) -> None:
        """Fill the tree; ``colors`` maps the keys of aligned sections to their pair colour."""
        self.clear()
        self._items = {}
        unmatched = self.tr("未匹配")

        def add(parent: QTreeWidget | QTreeWidgetItem, sec: Section) -> None:
            title = heading(sec)
            color = colors.get(section_key(sec))
            item = QTreeWidgetItem(parent, [title if color else f"{title}  （{unmatched}）"])
            item.setData(0, SECTION_ROLE, sec)
            item.setToolTip(0, title)
            if color:
                tint = QColor(color)
                tint.setAlpha(70)
                item.setBackground(0, QBrush(tint))
            else:
                font = QFont(item.font(0))
                font.setItalic(True)
                item.setFont(0, font)
                item.setForeground(0, QBrush(QColor("#8a8a8a")))
            self._items[section_key(sec)] = item
            for child in sec.children:
                add(item, child)

        for sec in sections:
            add(self, sec)
        self.expandAll()

    def item_for(self, section: Section) -> QTreeWidgetItem | None:
        return self._items.get(section_key(section))

    def select_section(self, section: Section) -> None:
        """Make ``section`` current without emitting ``section_clicked``."""
        item = self.item_for(section)
        if item is None:
            return
        self.blockSignals(True)
        self.setCurrentItem(item)
        self.scrollToItem(item)
        self.blockSignals(False)

    def _on_item_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        sec = item.data(0, SECTION_ROLE)
        if isinstance(sec, Section):
            self.section_clicked.emit(sec)
