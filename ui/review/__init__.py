"""Suggestion review screen: the "建议审阅" dock, the suggestions layer and the Tools menu entries.

``install(window)`` is called once per main window (``ui.main_window`` builds its screens) and
returns the screen's parts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget

from ui import settings
from ui.review.controller import ReviewController
from ui.review.panel import ReviewPanel

if TYPE_CHECKING:
    from ui.main_window import MainWindow

__all__ = ["ReviewController", "ReviewScreen", "controller_for", "install"]

translate = QCoreApplication.translate
AUTO_KEY = "review/auto_generate"


@dataclass(frozen=True)
class ReviewScreen:
    """The review screen's parts in one main window."""

    panel: ReviewPanel
    dock: QDockWidget
    controller: ReviewController


def controller_for(window: MainWindow) -> ReviewController:
    """The review controller of ``window``."""
    return window.screens.review.controller


def install(window: MainWindow) -> ReviewScreen:
    """Add the review dock, the suggestions layer and the Tools menu actions to ``window``."""
    panel = ReviewPanel(window)
    dock = window.add_dock(panel, translate("review", "建议审阅"), "reviewDock", Qt.DockWidgetArea.RightDockWidgetArea)
    info = window.findChild(QDockWidget, "infoDock")
    if info is not None:  # share the tall right column with the document info (saved layouts win)
        window.tabifyDockWidget(info, dock)
        info.raise_()  # the info stays in front until the clerk starts reviewing
    controller = ReviewController(window, panel)
    if info is not None:  # keywords are shown in the document info panel, computed only while it is seen

        def on_info_visibility_changed(visible: bool) -> None:
            if visible:
                controller.show_keywords(panel_shown=True)

        info.visibilityChanged.connect(on_info_visibility_changed)
    store = settings.settings()
    controller.auto_generate = str(store.value(AUTO_KEY, "true")).lower() in ("true", "1")

    def make_room() -> None:
        if not dock.isFloating() and dock.height() < window.height() // 2:
            # review mode: the queue gets most of its column (the clerk can drag it back)
            window.resizeDocks([dock], [window.height() * 2 // 3], Qt.Orientation.Vertical)

    def show_review() -> None:
        dock.show()
        dock.raise_()
        make_room()
        panel.focus_list()
        controller.show_current_in_view()

    def on_dock_visibility_changed(visible: bool) -> None:
        # its tab clicked in a short column: a queue of two rows is no queue (issue 14.6)
        if visible and panel.list.viewport().height() < 6 * (panel.list.fontMetrics().height() + 4):
            QTimer.singleShot(0, dock, make_room)

    dock.visibilityChanged.connect(on_dock_visibility_changed)

    def generate(all_documents: bool) -> None:
        dock.show()
        dock.raise_()
        if all_documents:
            controller.generate_all()
        else:
            controller.generate_current()

    def set_auto(on: bool) -> None:
        controller.auto_generate = on
        settings.settings().setValue(AUTO_KEY, "true" if on else "false")

    menu = window.menu("tools")
    menu.addSeparator()
    review = menu.addMenu(translate("review", "建议(&S)"))
    a = review.addAction(translate("review", "审阅建议(&R)"))
    a.setObjectName("reviewShowAction")
    a.setShortcut(QKeySequence("F8"))
    a.triggered.connect(show_review)
    a = review.addAction(translate("review", "生成建议（当前文档）(&S)"))
    a.setObjectName("reviewGenerateAction")
    a.triggered.connect(lambda: generate(False))
    a = review.addAction(translate("review", "为全部文档生成建议(&L)"))
    a.setObjectName("reviewGenerateAllAction")
    a.triggered.connect(lambda: generate(True))
    review.addSeparator()
    for name, text, keys, slot in (
        ("reviewNextAction", translate("review", "下一条建议(&N)"), "Ctrl+Down", lambda: controller.step(1)),
        ("reviewPrevAction", translate("review", "上一条建议(&P)"), "Ctrl+Up", lambda: controller.step(-1)),
        ("reviewAcceptSectionAction", translate("review", "接受本节全部建议(&A)"), "Ctrl+Shift+Return", None),
    ):
        a = review.addAction(text)
        a.setObjectName(name)
        a.setShortcut(QKeySequence(keys))
        a.triggered.connect(slot or controller.accept_section)
    review.addSeparator()
    a = review.addAction(translate("review", "导入后自动生成建议(&U)"))
    a.setObjectName("reviewAutoAction")
    a.setCheckable(True)
    a.setChecked(controller.auto_generate)
    a.toggled.connect(set_auto)
    return ReviewScreen(panel, dock, controller)
