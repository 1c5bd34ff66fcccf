"""The main window: one open project, its core panels as docks, and the screens built around them.

Screens (``ui/review``, ``ui/export``, ``ui/search``, ``ui/compare``, ``ui/safety``)
-----------------------------------------------------------------------------------
Each screen package defines ``install(window: MainWindow) -> <Screen>`` in its ``__init__.py``;
the window builds them, once, into ``window.screens`` (a typed ``ui.screens.Screens``) after
its core panels and menus exist (a window holds exactly one project for its whole life:
switching projects opens a new window). A new screen is added to ``Screens`` and to
``build_screens``. Inside ``install`` use only these:

- ``window.changes_applied`` — Signal(Changes, initiator): every data change in the
  project. Long work returns its ``Changes`` from ``window.tasks.run`` (the runner broadcasts
  them); an edit on the GUI thread emits through ``window.project.emit_changes(changes, initiator)``.
- ``window.annotator.annotations_updated`` / ``changes_shown`` — the same, once the document view
  shows them (for what draws on or mirrors the document view).
- ``window.document_opened`` — Signal(int): a document is now shown.
- ``window.close_started`` — Signal(): emitted before the project's store is closed; stop your timers here.
- ``window.current_document_id() -> int`` (0 when none).
- ``window.open_document(doc_id, offset=None, end=None)`` — show a document and scroll to /
  select display offsets.
- ``window.document_view()`` — the ``DocumentView``: ``set_overlay_ranges(name, ranges, style)``
  for extra layers (suggestions, search hits), ``selected_annotation_id()``, ``selected_span()``.
- ``window.add_dock(widget, title, object_name, area)`` — a dockable panel (state saved).
- ``window.menu(name)`` — the "file", "edit", "view", "tools" or "help" QMenu; ``window.actions_``
  (``MainActions``) for the window's own actions (``actions_.quit`` to insert before 退出).
- the core panels ``window.library``, ``outline``, ``tag_palette``, ``info``, ``table``.
- ``window.tasks`` (TaskRunner: the only way to run long work), ``window.undo_stack``,
  ``window.store`` (GUI-thread Store), ``window.project_path``, ``window.project``.

How the core panels follow the open report and each other is ``ui/panel_links.py`` (``window.links``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget

from models import importing, ops
from models.errors import ReportMarkError
from models.store import Store
from ui import project_file, settings, window_layout
from ui.annotations.table import AnnotationTable
from ui.document_view.annotator import Annotator
from ui.document_view.view import DocumentView
from ui.errors import present_error
from ui.info.panel import InfoPanel
from ui.library import panel as library_panel
from ui.library.importer import start_import
from ui.library.panel import LibraryPanel
from ui.main_actions import build_actions
from ui.menu_text import DOCK_KEYS, tidy_reused_texts, with_access_letter
from ui.outline.panel import OutlinePanel
from ui.panel_links import PanelLinks
from ui.project import Project
from ui.screens import build_screens
from ui.tags.palette import TagPalette
from ui.tasks import TaskRunner
from ui.undo_follow import UndoFollower

_WINDOWS: set[MainWindow] = set()  # keeps top-level windows alive between project switches


class MainWindow(QMainWindow):
    """The annotator for one project file."""

    changes_applied = Signal(object, object)
    document_opened = Signal(int)
    close_started = Signal()  # the window is closing: stop timers and work; the store closes right after

    def __init__(
        self, project_path: Path, *, seed: bool = False, readonly: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setAcceptDrops(not readonly)
        self.project = Project(Path(project_path), seed=seed, readonly=readonly, parent_widget=self)
        self.project.changes_applied.connect(self.changes_applied)
        self._menus: dict[str, QMenu] = {}
        self._closed = False

        self._view = DocumentView(self)
        self.setCentralWidget(self._view)
        self.annotator = Annotator(self.project, self._view, self)
        self.library = LibraryPanel(self)
        self.outline = OutlinePanel(self)
        self.tag_palette = TagPalette(self)
        self.info = InfoPanel(self)
        self.table = AnnotationTable(self)
        self.add_dock(self.library, self.tr("文档"), "libraryDock", Qt.DockWidgetArea.LeftDockWidgetArea)
        self.add_dock(self.outline, self.tr("目录"), "outlineDock", Qt.DockWidgetArea.LeftDockWidgetArea)
        self.add_dock(self.tag_palette, self.tr("标签"), "tagDock", Qt.DockWidgetArea.RightDockWidgetArea)
        self.add_dock(self.info, self.tr("文档信息"), "infoDock", Qt.DockWidgetArea.RightDockWidgetArea)
        self.add_dock(self.table, self.tr("标注列表"), "annotationDock", Qt.DockWidgetArea.BottomDockWidgetArea)
        # a wider separator: a drag meant to resize a dock hits it instead of the title bar, which undocks
        self.setStyleSheet("QMainWindow::separator { width: 7px; height: 7px; }")
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.file_keeper = project_file.FileKeeper(self)  # the project file whole after a save or a pause
        self.actions_ = build_actions(self)
        self.links = PanelLinks(self)  # the core panels follow the open report and each other
        UndoFollower(self)  # Ctrl+Z shows the report the step changed and names the step
        self.refresh_title()
        self.library.set_documents(self.store.documents.all())
        tags = self.store.tags.all()
        self.tag_palette.set_tags(tags)
        self.table.set_tags(tags)
        window_layout.default_size(self)  # fits a laptop screen
        self.screens = build_screens(self)  # before restoring, so their docks get their saved places too
        tidy_reused_texts(self.menuBar())  # every screen's menu items are in: no "(&N)" on buttons or tooltips
        window_layout.restore_state(self)
        if readonly:  # a read-only folder: every editing action off, saying why (ui/safety/read_only.py)
            from ui.safety.read_only import apply_read_only, reason

            apply_read_only(self)
            self.project.edit_refused.connect(lambda: self.show_status(reason()))
        window_layout.SideColumns(self)  # maximized, the side columns widen with the window (not only the text)
        settings.add_recent_project(self.project_path)
        _WINDOWS.add(self)
        QTimer.singleShot(0, self._offer_unfinished_import)  # once the window is up: a killed import's rest
        if self.project.samples_wanted:
            QTimer.singleShot(0, self._import_samples)  # a new default project: its samples read behind the window

    def _import_samples(self) -> None:
        from models import paths

        if self._closed:
            return
        self.show_status(self.tr("正在准备示例报告……"))

        def done(outcomes: list[importing.ImportOutcome], status: str) -> None:
            self._on_import_done(outcomes, status)
            if not self.current_document_id() and self.library.document_ids():
                self.open_document(self.library.document_ids()[0])

        start_import(self.project, paths.seed_files(), self, done, summary=False)

    def _offer_unfinished_import(self) -> None:
        from ui.library.importer import offer_resume

        if not self._closed:
            offer_resume(self)

    # extension points ------------------------------------------------------
    @property
    def store(self) -> Store:
        return self.project.store

    @property
    def undo_stack(self) -> QUndoStack:
        return self.project.undo_stack

    @property
    def tasks(self) -> TaskRunner:
        return self.project.tasks

    @property
    def project_path(self) -> Path:
        return self.project.path

    def document_view(self) -> DocumentView:
        return self._view

    def current_document_id(self) -> int:
        return self.annotator.current_document_id()

    def open_document(self, doc_id: int, offset: int | None = None, end: int | None = None) -> None:
        """Show ``doc_id`` and, if given, scroll to (and select up to ``end``) a display offset."""
        self.annotator.open_document(doc_id, offset, end)

    def reopen_last_document(self) -> None:
        """Show the report and place the clerk read last in this project (else the first report)."""
        last = settings.reading_position(self.project_path)
        if last is not None and self.store.documents.has(last[0]):
            doc_id, offset = last
            length = len(self.store.documents.display_text(doc_id))
            self.open_document(doc_id, min(offset, max(0, length - 1)))
        elif self.library.document_ids():
            self.open_document(self.library.document_ids()[0])

    def remember_reading(self, _offset: int = 0) -> None:
        """Save the report and place being read as the clerk reads: a session that ends without a close keeps it."""
        if self.current_document_id():
            offset = self._view.top_offset()  # reopening puts it back at the top: the same view
            settings.set_reading_position(self.project_path, self.current_document_id(), offset)

    def add_dock(
        self,
        widget: QWidget,
        title: str,
        object_name: str,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
    ) -> QDockWidget:
        """Add a dockable panel; ``object_name`` must be unique (its geometry is saved under it)."""
        dock = QDockWidget(title, self)
        dock.setObjectName(object_name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(area, dock)
        letter = DOCK_KEYS.get(object_name)
        if letter:
            # 视图 lists the panel with an access letter; its title bar keeps the plain title
            toggle = dock.toggleViewAction()
            toggle.setText(with_access_letter(title, letter))
            toggle.setToolTip(title)
            toggle.setIconText(title)
        if "view" in self._menus:
            menu = self._menus["view"]
            actions = menu.actions()
            reset = getattr(getattr(self, "actions_", None), "reset_layout", None)
            if reset in actions and actions.index(reset) > 0:  # with the other panels, above 恢复默认布局
                menu.insertAction(actions[actions.index(reset) - 1], dock.toggleViewAction())
            else:
                menu.addAction(dock.toggleViewAction())
        return dock

    def menu(self, name: str) -> QMenu:
        """One of the menus "file", "edit", "view", "tools", "help"."""
        return self._menus[name]

    def register_menu(self, name: str, menu: QMenu) -> None:
        self._menus[name] = menu

    # editing -------------------------------------------------------------------
    def edit_report_info(self, doc_id: int | None = None) -> None:
        """Open ``doc_id`` (default: the open report) and its title for editing in the 信息 panel, shown if closed."""
        if doc_id is not None and doc_id != self.current_document_id():
            self.open_document(doc_id)
        if not self.current_document_id():
            return
        dock = self.info.parentWidget()
        if isinstance(dock, QDockWidget):
            dock.show()
            dock.raise_()
        self.info.edit_field("title")

    # actions -------------------------------------------------------------------
    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def refresh_title(self) -> None:
        """The open report's title, the project's name and the application's, in the title bar."""
        name = self.project_path.stem
        doc_id = self.current_document_id()
        doc = self.store.documents.get(doc_id).title if doc_id and self.store.documents.has(doc_id) else ""
        if self.project.readonly:
            name = self.tr("{0}（只读）").format(name)
        self.setWindowTitle(" — ".join(x for x in (doc, name, self.tr("报告标注")) if x))
        self.setWindowFilePath(str(self.project_path))

    def import_paths(self, paths: list[Path]) -> int:
        """Import files and folders off the GUI thread (progress dialog, summary at the end)."""
        self.show_status(self.tr("正在导入……"))
        return start_import(self.project, [Path(p) for p in paths], self, self._on_import_done)

    def _on_import_done(self, outcomes: list[importing.ImportOutcome], status: str) -> None:
        self.statusBar().clearMessage()  # 正在导入…… is over, whatever the end
        if status:
            self.show_status(status)
        # the reports just brought in are what the clerk looks for next: a filter typed before must not hide them
        new = {o.document.id for o in outcomes if o.status == "imported" and o.document is not None}
        if new - set(self.library.document_ids()):
            self.library.filter_edit.clear()
        self.file_keeper.checkpoint()  # what was imported is in the project file, for a copy made now

    def delete_document(self, doc_id: int) -> None:
        """Remove a report and its annotations from the project, after asking (this cannot be undone)."""
        if not self.store.documents.has(doc_id):
            return
        if self.project.readonly:
            self.project.edit_refused.emit()
            return
        doc = self.store.documents.get(doc_id)
        count = self.store.annotations.count(doc_id)
        if not library_panel.confirm_delete(self, doc.title, count):
            return
        if doc_id == self.current_document_id():
            self.annotator.close_document()
        self.undo_stack.clear()  # steps may refer to the removed annotations
        self.project.emit_changes(ops.delete_document(self.store, doc_id), self)
        self.show_status(self.tr("已删除文档“{0}”。").format(doc.title))

    def edit_tags(self) -> None:
        if self.project.readonly:
            self.project.edit_refused.emit()
            return
        from ui.tags.editor import TagEditor

        dlg = TagEditor(self.project, self)
        dlg.exec()
        dlg.deleteLater()

    def set_show_original(self, on: bool) -> None:
        self._view.set_show_original(on)
        self.show_status(self.tr("正在显示原文（只读）") if on else self.tr("正在显示整理后的文本"))

    def open_project_window(self, path: Path, *, seed: bool = False) -> MainWindow:
        """Open ``path`` in a new window and close this one (one window per project)."""
        try:
            from ui.safety.damaged import open_or_restore  # a damaged project offers its latest backup
            from ui.safety.in_use import ProjectAlreadyOpen

            window = open_or_restore(self, path, lambda readonly=False: MainWindow(path, seed=seed, readonly=readonly))
        except ProjectAlreadyOpen:  # the clerk was told; this window stays
            return self
        except ReportMarkError as exc:  # not a project file, unreadable …: stay where we are
            present_error(self, exc)
            return self
        window.show()
        window.reopen_last_document()
        self.close()
        return window

    def new_project(self, path: Path) -> MainWindow:
        ops.open_project(path).close()
        return self.open_project_window(path)

    # state -----------------------------------------------------------------------
    def reset_layout(self) -> None:
        """The docks at their default sizes (``window_layout.reset_layout``)."""
        window_layout.reset_layout(self)

    def save_state(self) -> None:
        window_layout.save_state(self)

    def closeEvent(self, e: QCloseEvent) -> None:
        if self._closed:
            super().closeEvent(e)
            return
        self._closed = True
        self.tasks.cancel_all()  # at once: workers stop while the state is saved (the runner waits later)
        self.info.flush_memo()
        self.save_state()
        self.remember_reading()
        self.close_started.emit()
        self._view.clear_document()  # stops pending highlight painting and reading-position timers
        self.project.close()
        _WINDOWS.discard(self)
        super().closeEvent(e)

    def dragEnterEvent(self, e: QDragEnterEvent) -> None:
        if e.mimeData().hasUrls():
            e.acceptProposedAction()

    def dropEvent(self, e: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in e.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.import_paths(paths)
            e.acceptProposedAction()
