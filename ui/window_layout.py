"""The main window's layout: default dock sizes, and its geometry and docks saved between sessions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt
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


def save_state(w: MainWindow) -> None:
    """Save the window's geometry and dock layout for the next session."""
    s = settings.settings()
    s.setValue("window/geometry", w.saveGeometry())
    s.setValue("window/state", w.saveState(STATE_VERSION))
