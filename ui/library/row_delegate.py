"""How one document row of the library is drawn: the title in up to two lines, then issuer · date in grey."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

TITLE_LINES = 2
PAD_X, PAD_Y = 6, 6  # as resources/style.qss pads library rows
SUBTITLE_COLOR = "#6c757d"


def title_lines(title: str, font: QFont, width: int) -> list[str]:
    """``title`` broken to ``width`` anywhere it must be (a file name has no break points), at most two lines,
    the last one elided when the title is longer."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout = QTextLayout(title, font)
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[str] = []
    while len(lines) < TITLE_LINES:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start = line.textStart()
        if len(lines) == TITLE_LINES - 1:
            rest = title[start:]
            lines.append(QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width))
            break
        lines.append(title[start : start + line.textLength()])
    layout.endLayout()
    return lines or [""]


def subtitle_line(subtitle: str, font: QFont, width: int) -> str:
    """``issuer · date`` fitted to ``width``: the issuer is shortened and the date kept whole, since two reports
    of one office differ by their date (eliding the end cut 2020-12-31 to 2020…)."""
    fm = QFontMetrics(font)
    if fm.horizontalAdvance(subtitle) <= width:
        return subtitle
    issuer, sep, date = subtitle.rpartition(" · ")
    if not sep:
        return fm.elidedText(subtitle, Qt.TextElideMode.ElideRight, width)
    tail = sep + date
    room = width - fm.horizontalAdvance(tail)
    if room < fm.horizontalAdvance("…") * 3:  # too narrow for both: the date alone
        return fm.elidedText(date, Qt.TextElideMode.ElideRight, width)
    return fm.elidedText(issuer, Qt.TextElideMode.ElideRight, room) + tail


class LibraryRowDelegate(QStyledItemDelegate):
    """Draws the rows of the library list; every row fits the list's width, nothing scrolls sideways."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _text_width(self) -> int:
        view = self._view
        # the scroll bar's room is always kept: a row measured before the bar appears would lose its last line
        bar = (
            0
            if view.verticalScrollBar().isVisible()
            else view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        )
        return max(40, view.viewport().width() - bar - 2 * PAD_X)

    @staticmethod
    def _parts(index: QModelIndex | QPersistentModelIndex) -> tuple[str, str]:
        title, _, subtitle = str(index.data(Qt.ItemDataRole.DisplayRole) or "").partition("\n")
        return title, subtitle

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        # one height for every row (two title lines and issuer · date): the list sets uniform item sizes and
        # measures one row, not all of them (10,000 reports were measured four times each at open, 2.7 s)
        width = self._text_width()
        lines = TITLE_LINES + 1
        return QSize(width + 2 * PAD_X, lines * QFontMetrics(option.font).lineSpacing() + 2 * PAD_Y + 1)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, subtitle = self._parts(index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = opt.rect
        fm = QFontMetrics(opt.font)
        width = rect.width() - 2 * PAD_X
        painter.save()
        painter.setClipRect(rect)
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(QPalette.ColorRole.Text))
        y = rect.top() + PAD_Y
        for line in title_lines(title, opt.font, width):
            painter.drawText(QPointF(rect.left() + PAD_X, y + fm.ascent()), line)
            y += fm.lineSpacing()
        if subtitle:
            painter.setFont(option.font)  # an untitled report's file name is in italics, not its issuer and date
            fm = QFontMetrics(option.font)
            painter.setPen(QColor(SUBTITLE_COLOR))
            shown = subtitle_line(subtitle, option.font, width)
            painter.drawText(QRect(rect.left() + PAD_X, y, width, fm.height()), Qt.AlignmentFlag.AlignLeft, shown)
        painter.restore()
