"""The main window's layout: default dock sizes, and its geometry and docks saved between sessions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDockWidget

from ui import settings

if TYPE_CHECKING:
    from ui.main_window import MainWindow

STATE_VERSION = 1


def restore_state(w: MainWindow) -> None:
    """Put back the window's saved geometry and dock layout, or lay it out by default."""
    s = settings.settings()
    geometry = s.value("window/geometry")
    state = s.value("window/state")
    if isinstance(geometry, QByteArray):
        w.restoreGeometry(geometry)
    if isinstance(state, QByteArray):
        w.restoreState(state, STATE_VERSION)
    else:
        w.reset_layout()


def _share(total: int, percent: int, low: int, high: int) -> int:
    return max(low, min(high, total * percent // 100))


def default_size(w: MainWindow) -> None:
    """1400×900, or the screen's free area when it is smaller (a 1366×768 laptop): never larger than the screen."""
    screen = w.screen()
    area = screen.availableGeometry() if screen is not None else None
    if area is None or area.width() < 1000:
        # no real screen this small (a laptop has 1280 or 1366 px): the offscreen test platform's 800×800
        w.resize(1400, 900)
        return
    # the frame (title bar, borders) comes on top of the size asked for
    w.resize(min(1400, area.width() - 16), min(900, area.height() - 40))


def reset_layout(w: MainWindow) -> None:
    """Default sizes relative to the window, so a laptop screen (1366×740) keeps most of its height for the text:
    side columns of ~21 % and ~24 % of the width, the document list ~45 % of its column, a table that grows with the
    height (4–5 rows at 740, 7 at 900)."""
    dock = {d.objectName(): d for d in w.findChildren(QDockWidget)}
    vertical = Qt.Orientation.Vertical
    left = _share(w.width(), 21, 220, 320)
    right = _share(w.width(), 24, 250, 380)
    w.resizeDocks([dock["libraryDock"], dock["tagDock"]], [left, right], Qt.Orientation.Horizontal)
    # the table grows with the window's height above 400 px: ~220 px (4–5 rows) at 740, ~325 px (7 rows) at 900
    table = max(210, min(360, (w.height() - 400) * 65 // 100))
    w.resizeDocks([dock["annotationDock"]], [table], vertical)
    # the info shares its place with the review queue (tabs): split with whichever is in front
    front = next(
        (d for d in (dock["infoDock"], dock.get("reviewDock")) if d is not None and not d.visibleRegion().isEmpty()),
        dock["infoDock"],
    )
    for top, bottom, share in ((dock["libraryDock"], dock["outlineDock"], 45), (dock["tagDock"], front, 0)):
        # sizes summing to the column exactly: Qt scales sizes that do not
        total = top.height() + bottom.height()
        size = max(270, total * share // 100) if share else 330
        w.resizeDocks([top, bottom], [size, max(1, total - size)], vertical)


SIDE_DOCKS = ("libraryDock", "tagDock")
SIDE_MAX = 560  # a side column never takes more than this, however wide the screen


class SideColumns(QObject):
    """Keeps the side columns' share of the window's width when it changes (maximized and back, or a drag).

    A QMainWindow gives every new pixel to its central widget: maximized on a wide screen, the document
    list kept its ~300 px while the text got 1000, titles broke in two and the dates were cut.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._before: tuple[int, list[tuple[QDockWidget, int]]] | None = None  # width and columns, then
        window.installEventFilter(self)

    def _columns(self) -> list[QDockWidget]:
        docks = self._window.findChildren(QDockWidget)
        return [d for d in docks if d.objectName() in SIDE_DOCKS and d.isVisible() and not d.isFloating()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize and self._before is None:
            assert isinstance(event, QResizeEvent)
            old = event.oldSize().width()
            if old > 0 and old != event.size().width():
                # the columns as they were; scaled once the layout has taken the new size (several resizes of
                # one drag or of maximizing count as one)
                self._before = (old, [(d, d.width()) for d in self._columns()])
                QTimer.singleShot(0, self._scale)
        return False

    def _scale(self) -> None:
        if self._before is None:
            return
        (old, columns), self._before = self._before, None
        new = self._window.width()
        columns = [(d, width) for d, width in columns if d.isVisible() and not d.isFloating()]
        if not columns or new == old:
            return
        sizes = [max(d.minimumSizeHint().width(), min(SIDE_MAX, width * new // old)) for d, width in columns]
        self._window.resizeDocks([d for d, _ in columns], sizes, Qt.Orientation.Horizontal)


def save_state(w: MainWindow) -> None:
    """Save the window's geometry and dock layout for the next session."""
    s = settings.settings()
    s.setValue("window/geometry", w.saveGeometry())
    s.setValue("window/state", w.saveState(STATE_VERSION))
