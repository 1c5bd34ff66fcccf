"""Menus, toolbar and shortcuts of the main window (File, Edit, View, Tools, Help)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMessageBox, QStyle, QToolBar

from models import paths
from ui import project_file, settings

if TYPE_CHECKING:
    from ui.main_window import MainWindow


translate = QCoreApplication.translate


def _icon(window: MainWindow, name: str, fallback: QStyle.StandardPixmap) -> QIcon:
    path = paths.RESOURCES / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else window.style().standardIcon(fallback)


@dataclass(frozen=True)
class MainActions:
    """The main window's own actions (screens add theirs to the menus; tests trigger these)."""

    new_project: QAction
    open_project: QAction
    import_files: QAction
    import_folder: QAction
    save: QAction
    save_copy: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    choose_tag: QAction
    edit_note: QAction
    delete_annotation: QAction
    edit_report_info: QAction
    show_original: QAction
    reset_layout: QAction
    edit_tags: QAction
    preferences: QAction
    shortcuts: QAction
    about: QAction
    undo_button: QAction
    redo_button: QAction


def build_actions(w: MainWindow) -> MainActions:
    """Create the menus and toolbar of ``w``; returns the actions by name (tests use them)."""
    bar = w.menuBar()
    sp = QStyle.StandardPixmap
    # File ------------------------------------------------------------------
    file_menu = bar.addMenu(translate("MainWindow", "文件(&F)"))
    w.register_menu("file", file_menu)
    new_project = file_menu.addAction(_icon(w, "new", sp.SP_FileIcon), translate("MainWindow", "新建项目(&N)…"))
    new_project.setShortcut(QKeySequence.StandardKey.New)
    new_project.triggered.connect(lambda: _new_project(w))
    open_project = file_menu.addAction(_icon(w, "open", sp.SP_DirOpenIcon), translate("MainWindow", "打开项目(&O)…"))
    open_project.setShortcut(QKeySequence.StandardKey.Open)
    open_project.triggered.connect(lambda: _open_project(w))
    recent = file_menu.addMenu(translate("MainWindow", "最近的项目(&R)"))
    recent.setObjectName("recentProjectsMenu")
    recent.aboutToShow.connect(lambda: _fill_recent(w, recent))
    file_menu.addSeparator()
    import_files = file_menu.addAction(_icon(w, "import", sp.SP_ArrowDown), translate("MainWindow", "导入报告(&I)…"))
    import_files.setShortcut(QKeySequence("Ctrl+I"))
    import_files.triggered.connect(lambda: _import_files(w))
    import_folder = file_menu.addAction(translate("MainWindow", "导入文件夹(&F)…"))
    import_folder.triggered.connect(lambda: _import_folder(w))
    file_menu.addSeparator()
    save = file_menu.addAction(translate("MainWindow", "保存(&S)"))
    save.setToolTip(translate("MainWindow", "每项修改都会自动保存；Ctrl+S 立即保存正在输入的备注"))
    save.setShortcut(QKeySequence.StandardKey.Save)
    save.triggered.connect(lambda: project_file.save(w, w.file_keeper))
    save_copy = file_menu.addAction(translate("MainWindow", "另存副本(&C)…"))
    save_copy.setObjectName("saveCopyAction")
    save_copy.setToolTip(translate("MainWindow", "把整个项目保存为一个完整的新文件，用于发给同事或拷到U盘"))
    save_copy.triggered.connect(lambda: project_file.save_copy(w))
    quit = file_menu.addAction(translate("MainWindow", "退出(&Q)"))
    quit.setShortcut(QKeySequence.StandardKey.Quit)
    quit.setMenuRole(QAction.MenuRole.QuitRole)
    quit.triggered.connect(w.close)

    # Edit ------------------------------------------------------------------
    edit_menu = bar.addMenu(translate("MainWindow", "编辑(&E)"))
    w.register_menu("edit", edit_menu)
    undo = w.undo_stack.createUndoAction(w, translate("MainWindow", "撤销(&U)"))
    undo.setProperty("shortcutName", translate("MainWindow", "撤销"))  # its text grows the last edit's name
    undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
    undo.setIcon(_icon(w, "undo", sp.SP_ArrowBack))
    redo = w.undo_stack.createRedoAction(w, translate("MainWindow", "重做(&R)"))
    redo.setProperty("shortcutName", translate("MainWindow", "重做"))
    redo_keys = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
    redo.setShortcuts(redo_keys)
    redo.setIcon(_icon(w, "redo", sp.SP_ArrowForward))
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    edit_menu.addSeparator()
    choose_tag = edit_menu.addAction(translate("MainWindow", "标注为(&T)…"))
    choose_tag.setShortcut(QKeySequence("Ctrl+T"))
    choose_tag.triggered.connect(w.annotator.choose_tag)
    edit_note = edit_menu.addAction(translate("MainWindow", "编辑备注(&E)…"))
    edit_note.setShortcut(QKeySequence("Ctrl+E"))
    edit_note.triggered.connect(lambda: w.annotator.edit_note(w.document_view().selected_annotation_id()))
    delete_annotation = edit_menu.addAction(translate("MainWindow", "删除标注(&D)"))
    delete_annotation.triggered.connect(
        lambda: w.annotator.delete_annotation(w.document_view().selected_annotation_id())
    )
    edit_menu.addSeparator()
    edit_report_info = edit_menu.addAction(translate("MainWindow", "修改报告信息(&I)…"))
    edit_report_info.setToolTip(translate("MainWindow", "修改当前报告的标题、发布机构、日期或文号"))
    edit_report_info.setShortcut(QKeySequence(Qt.Key.Key_F2))
    # F2 from the report list and the text; the annotation table keeps F2 for its cells, the 信息 panel for its rows
    edit_report_info.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    w.library.list.addAction(edit_report_info)
    w.document_view().addAction(edit_report_info)
    edit_report_info.triggered.connect(lambda: w.edit_report_info())

    # View ------------------------------------------------------------------
    view_menu = bar.addMenu(translate("MainWindow", "视图(&V)"))
    w.register_menu("view", view_menu)
    show_original = view_menu.addAction(
        _icon(w, "original", sp.SP_FileDialogDetailedView), translate("MainWindow", "显示原文(&S)")
    )
    show_original.setCheckable(True)
    show_original.setShortcut(QKeySequence("Ctrl+R"))
    show_original.toggled.connect(w.set_show_original)
    view_menu.addSeparator()
    for dock in w.findChildren(QDockWidget):
        view_menu.addAction(dock.toggleViewAction())
    view_menu.addSeparator()
    reset_layout = view_menu.addAction(translate("MainWindow", "恢复默认布局(&L)"))
    reset_layout.triggered.connect(lambda: _reset_layout(w))

    # Tools -----------------------------------------------------------------
    tools_menu = bar.addMenu(translate("MainWindow", "工具(&T)"))
    w.register_menu("tools", tools_menu)
    edit_tags = tools_menu.addAction(
        _icon(w, "tags", sp.SP_FileDialogListView), translate("MainWindow", "编辑标签(&T)…")
    )
    edit_tags.triggered.connect(w.edit_tags)
    preferences = tools_menu.addAction(translate("MainWindow", "首选项(&P)…"))
    # the platform's key where it has one (⌘, on macOS); on Linux and Windows it has none, so Ctrl+, as elsewhere
    standard = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    preferences.setShortcuts(standard or [QKeySequence("Ctrl+,")])
    preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    preferences.triggered.connect(lambda: _preferences(w))

    # Help ------------------------------------------------------------------
    help_menu = bar.addMenu(translate("MainWindow", "帮助(&H)"))
    w.register_menu("help", help_menu)
    shortcuts = help_menu.addAction(translate("MainWindow", "快捷键一览(&K)"))
    shortcuts.setObjectName("helpShortcutsAction")
    shortcuts.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    shortcuts.triggered.connect(lambda: show_shortcuts(w))
    help_menu.addSeparator()
    about = help_menu.addAction(translate("MainWindow", "关于报告标注(&A)"))
    about.setObjectName("helpAboutAction")
    about.triggered.connect(lambda: _about(w))

    toolbar = QToolBar(translate("MainWindow", "工具栏"), w)
    toolbar.setObjectName("mainToolbar")
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    # the toolbar's undo/redo keep a short label; the tooltip names the step (the menu shows it in full)
    undo_button = _stack_button(
        w,
        w.undo_stack.undo,
        w.undo_stack.canUndoChanged,
        w.undo_stack.undoTextChanged,
        undo.icon(),
        translate("MainWindow", "撤销"),
    )
    redo_button = _stack_button(
        w,
        w.undo_stack.redo,
        w.undo_stack.canRedoChanged,
        w.undo_stack.redoTextChanged,
        redo.icon(),
        translate("MainWindow", "重做"),
    )
    for act in (open_project, import_files, None, undo_button, redo_button, None, show_original, edit_tags):
        if act is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(act)
    w.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return MainActions(
        new_project=new_project,
        open_project=open_project,
        import_files=import_files,
        import_folder=import_folder,
        save=save,
        save_copy=save_copy,
        quit=quit,
        undo=undo,
        redo=redo,
        choose_tag=choose_tag,
        edit_note=edit_note,
        delete_annotation=delete_annotation,
        edit_report_info=edit_report_info,
        show_original=show_original,
        reset_layout=reset_layout,
        edit_tags=edit_tags,
        preferences=preferences,
        shortcuts=shortcuts,
        about=about,
        undo_button=undo_button,
        redo_button=redo_button,
    )


def _stack_button(w: MainWindow, slot, enabled_changed, text_changed, icon: QIcon, label: str) -> QAction:  # type: ignore[no-untyped-def]
    act = QAction(icon, label, w)
    act.setEnabled(False)
    act.triggered.connect(slot)
    enabled_changed.connect(act.setEnabled)
    text_changed.connect(lambda text: act.setToolTip(f"{label} {text}".strip()))
    return act


def _project_filter() -> str:
    return translate("MainWindow", "报告标注项目 (*{0});;所有文件 (*)").format(paths.PROJECT_SUFFIX)


def _new_project(w: MainWindow) -> None:
    name, _ = QFileDialog.getSaveFileName(
        w,
        translate("MainWindow", "新建项目"),
        str(w.project_path.parent / f"新项目{paths.PROJECT_SUFFIX}"),
        _project_filter(),
    )
    if name:
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(paths.PROJECT_SUFFIX)
        if path.exists():
            QMessageBox.warning(
                w,
                translate("MainWindow", "新建项目"),
                translate("MainWindow", "文件“{0}”已存在，请用“打开项目”。").format(path.name),
            )
            return
        w.new_project(path)


def _open_project(w: MainWindow) -> None:
    name, _ = QFileDialog.getOpenFileName(
        w, translate("MainWindow", "打开项目"), str(w.project_path.parent), _project_filter()
    )
    if name and Path(name) != w.project_path:
        w.open_project_window(Path(name))


def _fill_recent(w: MainWindow, menu) -> None:  # type: ignore[no-untyped-def]
    menu.clear()
    items = [p for p in settings.recent_projects() if p != w.project_path]
    for p in items:
        act = menu.addAction(f"{p.stem}  ({p.parent})")
        act.setEnabled(p.exists())
        act.triggered.connect(lambda _=False, path=p: w.open_project_window(path))
    if not items:
        menu.addAction(translate("MainWindow", "（无）")).setEnabled(False)


def _import_files(w: MainWindow) -> None:
    names, _ = QFileDialog.getOpenFileNames(
        w,
        translate("MainWindow", "导入报告"),
        settings.last_folder(),
        translate(
            "MainWindow",
            "报告 (*.txt *.docx *.doc *.wps *.html *.htm *.pdf *.ofd *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)",
        ),
    )
    if names:
        settings.remember_folder(names[0])
        w.import_paths([Path(n) for n in names])


def _import_folder(w: MainWindow) -> None:
    name = QFileDialog.getExistingDirectory(w, translate("MainWindow", "导入文件夹中的报告"), settings.last_folder())
    if name:
        settings.remember_folder(name)
        w.import_paths([Path(name)])


# The panels the default layout shows; others (search results, unplaced annotations …) appear when needed.
DEFAULT_DOCKS = ("libraryDock", "outlineDock", "tagDock", "infoDock", "annotationDock")


def _reset_layout(w: MainWindow) -> None:
    for dock in w.findChildren(QDockWidget):
        dock.setFloating(False)
        if dock.objectName() in DEFAULT_DOCKS:
            dock.show()
            dock.raise_()  # in front of the panels it shares a tab group with
    w.reset_layout()
    # docks that were floating settle into the layout on the next turn of the event loop: size again then
    QTimer.singleShot(0, w, w.reset_layout)


def _preferences(w: MainWindow) -> None:
    from ui.preferences.dialog import PreferencesDialog

    dlg = PreferencesDialog(w)
    if dlg.exec() and dlg.language_changed():
        # the texts are made when a window opens: say when the new language comes, rather than half-switch
        w.show_status(
            translate("MainWindow", "界面语言已改为 {0}，下次启动报告标注时生效。").format(dlg.chosen_language_name())
        )
    dlg.deleteLater()


def show_shortcuts(w: MainWindow) -> None:
    """帮助 › 快捷键一览 (not modal: the clerk may keep it open while working)."""
    from ui.help.shortcuts import ShortcutsDialog

    found = w.findChild(ShortcutsDialog)
    dlg = found if found is not None else ShortcutsDialog(w)
    dlg.show()
    dlg.raise_()


def about_text() -> str:
    from models.version import app_version

    return translate(
        "MainWindow",
        "报告标注 ReportMark {0}\n\n阅读、标注、导出和比较政府工作报告。\n"
        "选中文字后按数字键 1–9 即可标注；点击标注可更改标签、编辑备注或删除。\n"
        "全部快捷键见 帮助 › 快捷键一览（F1）。",
    ).format(app_version())


def _about(w: MainWindow) -> None:
    QMessageBox.about(w, translate("MainWindow", "关于报告标注"), about_text())
