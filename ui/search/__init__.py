"""Search screen: the 全文搜索 dock (Ctrl+Shift+F), Ctrl+F find bar with F3, and the 标注查询 dock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from ui.search.annotation_query import AnnotationQueryPanel
from ui.search.find_bar import FindBar
from ui.search.panel import SearchPanel

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate
SEARCH_STYLE = {"background": "#ffe066"}


class SearchScreen(QObject):
    """Wires the search widgets to the window (``window.screens.search``)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        view = window.document_view()
        self.find_bar = FindBar(view)
        self.panel = SearchPanel(window)
        self.query_panel = AnnotationQueryPanel(window)
        self.search_dock = window.add_dock(
            self.panel, translate("Search", "全文搜索"), "searchDock", Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.query_dock = window.add_dock(
            self.query_panel,
            translate("Search", "标注查询"),
            "annotationQueryDock",
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        # share space with existing panels rather than squeezing them (a saved layout overrides this)
        outline = window.findChild(QDockWidget, "outlineDock")
        if outline is not None:
            window.tabifyDockWidget(outline, self.search_dock)
            outline.raise_()
        table = window.findChild(QDockWidget, "annotationDock")
        if table is not None:
            window.tabifyDockWidget(table, self.query_dock)
            table.raise_()
        self.panel.hit_activated.connect(self._on_panel_hit_activated)
        self.query_dock.visibilityChanged.connect(self._on_query_dock_visibility_changed)
        self.panel.query.textChanged.connect(self._on_panel_query_text_changed)
        self.query_panel.annotation_activated.connect(self._on_query_panel_annotation_activated)
        window.document_opened.connect(self._on_window_document_opened)
        self._add_actions()

    def _add_actions(self) -> None:
        w = self.window_
        edit = w.menu("edit")
        edit.addSeparator()
        self.find_action = self._action(edit, translate("Search", "在本文档中查找(&F)…"), QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.find_bar.open_bar)
        self.find_next_action = self._action(edit, translate("Search", "查找下一个(&N)"), QKeySequence("F3"))
        self.find_next_action.triggered.connect(self.find_bar.find_next)
        self.find_previous_action = self._action(edit, translate("Search", "查找上一个(&V)"), QKeySequence("Shift+F3"))
        self.find_previous_action.triggered.connect(self.find_bar.find_previous)
        self.search_action = self._action(
            edit, translate("Search", "在所有文档中搜索(&S)…"), QKeySequence("Ctrl+Shift+F")
        )
        self.search_action.triggered.connect(self.focus_search)
        tools = w.menu("tools")
        self.query_action = self._action(tools, translate("Search", "标注查询(&Q)…"), QKeySequence("Ctrl+Shift+A"))
        self.query_action.triggered.connect(self.focus_query)

    def _action(self, menu, text: str, keys) -> QAction:  # type: ignore[no-untyped-def]
        act = QAction(text, self.window_)
        act.setShortcut(keys)
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        menu.addAction(act)
        return act

    def focus_search(self) -> None:
        """Show the search dock and put the cursor in its query (prefilled with a short selection)."""
        view = self.window_.document_view()
        span = view.selected_span()
        if span is not None and view.document_text is not None and 0 < span[1] - span[0] <= 40:
            chosen = view.document_text.display_text[span[0] : span[1]]
            if "\n" not in chosen:
                self.panel.query.setText(chosen)
        self.search_dock.show()
        self.search_dock.raise_()
        self.panel.query.setFocus()
        self.panel.query.selectAll()

    def focus_query(self) -> None:
        self.query_dock.show()
        self.query_dock.raise_()
        self.query_panel.text.setFocus()

    def _on_panel_hit_activated(self, doc_id: int, start: int, end: int, query: str) -> None:
        w = self.window_
        if not w.store.documents.has(doc_id):
            self.panel.search()  # the document went away since the search; refresh the list
            return
        w.open_document(doc_id, start, end)
        # every hit of the query in this document, and F3 continues from the clicked one
        self.find_bar.set_query(query)
        w.document_view().set_overlay_ranges("search", self.find_bar.hits(), SEARCH_STYLE)

    def _on_query_dock_visibility_changed(self, visible: bool) -> None:
        if visible:  # checked once the dock area has laid its tabs out
            QTimer.singleShot(0, self, self._fill_query_tags_if_seen)

    def _fill_query_tags_if_seen(self) -> None:
        if self.query_panel.isVisible() and not self.query_panel.visibleRegion().isEmpty():
            self.query_panel.ensure_tags()

    def _on_panel_query_text_changed(self, text: str) -> None:
        if not text.strip():  # the search was cleared: so are its highlights in the document
            self.window_.document_view().set_overlay_ranges("search", [], SEARCH_STYLE)

    def _on_query_panel_annotation_activated(self, doc_id: int, annotation_id: int) -> None:
        w = self.window_
        if not w.store.documents.has(doc_id):
            return
        w.open_document(doc_id)
        w.document_view().select_annotation(annotation_id, scroll=True)

    def _on_window_document_opened(self, _doc_id: int) -> None:
        self.find_bar.refresh(jump=False)


def install(window: MainWindow) -> SearchScreen:
    """Add the search docks, the find bar and their actions to ``window``."""
    return SearchScreen(window)
