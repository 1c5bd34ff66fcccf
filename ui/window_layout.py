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


def reset_layout(w: MainWindow) -> None:
    """Default sizes: side columns of ~300 px, the document list ~45 % of its column, a table of ~9 rows."""
    dock = {d.objectName(): d for d in w.findChildren(QDockWidget)}
    vertical = Qt.Orientation.Vertical
    w.resizeDocks([dock["libraryDock"], dock["tagDock"]], [300, 380], Qt.Orientation.Horizontal)
    w.resizeDocks([dock["annotationDock"]], [max(300, w.height() * 36 // 100)], vertical)
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
