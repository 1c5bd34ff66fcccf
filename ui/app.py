"""Application start-up: QApplication, translation, CJK font, style sheet, error hook, first window."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from models import paths
from models.errors import ReportMarkError
from ui import settings, tasks

CJK_FONTS = (
    "Noto Sans CJK SC",
    "Microsoft YaHei",
    "PingFang SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Source Han Sans SC",
    "Noto Sans SC",
    "SimHei",
)
TRANSLATIONS = paths.RESOURCES / "translations"


def choose_font(point_size: float = 10.5) -> QFont:
    """The first installed CJK UI font, with the others as fallbacks (Qt's own fallback as last resort)."""
    installed = set(QFontDatabase.families())
    families = [f for f in CJK_FONTS if f in installed]
    font = QFont()
    if families:
        font.setFamilies(families)
    font.setPointSizeF(point_size)
    return font


# Qt's own strings that PySide6's qtbase_zh_CN.qm lacks ("&Look in:" in file dialogs …), compiled
# from resources/translations/qt_gaps_zh_CN.ts
QT_GAPS = TRANSLATIONS / "qt_gaps_zh_CN.qm"


def install_translator(app: QApplication, lang: str) -> QTranslator | None:
    """Load ``reportmark_<lang>.qm`` (the source strings are Simplified Chinese, so zh_CN needs none).

    Qt's own strings (file dialogs, standard buttons such as Close/Cancel) come from Qt's bundled
    ``qtbase_<lang>.qm`` in PySide6's translations folder, with ``qt_gaps_zh_CN.qm`` filling its gaps.
    """
    for name in ("qtCatalog", "appCatalog"):  # a language switch replaces the earlier ones, ours as well as Qt's
        for old in app.findChildren(QTranslator, name):
            app.removeTranslator(old)
            old.setParent(None)  # gone from findChildren now, not at the next event loop turn
            old.deleteLater()
    if lang.startswith("zh"):
        gaps = QTranslator(app)
        gaps.setObjectName("qtCatalog")
        if gaps.load(str(QT_GAPS)):
            app.installTranslator(gaps)
    qt_catalog = QTranslator(app)
    qt_catalog.setObjectName("qtCatalog")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_catalog.load(f"qtbase_{'zh_CN' if lang.startswith('zh') else lang}", qt_dir):
        app.installTranslator(qt_catalog)
    # the window system appends the display name to every title bar: it must be in the interface's language
    app.setApplicationDisplayName("报告标注")
    if lang.startswith("zh"):
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        return None
    translator = QTranslator(app)
    translator.setObjectName("appCatalog")
    if translator.load(str(TRANSLATIONS / f"reportmark_{lang}.qm")):
        app.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))
        app.setApplicationDisplayName(QCoreApplication.translate("MainWindow", "报告标注"))
        return translator
    return None


def install_error_hook(app: QApplication) -> None:
    """Unexpected exceptions in slots: log the traceback, show a short apology, keep the window alive."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        from ui.errors import present_error

        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        try:
            present_error(app.activeWindow(), exc)
        except Exception:  # never let the hook itself crash the app
            previous(kind, exc, tb)

    sys.excepthook = hook


def setup_application(argv: list[str] | None = None, *, lang: str | None = None) -> QApplication:
    """Create (or reuse) the QApplication configured for ReportMark."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("ReportMark")
    app.setOrganizationName("ReportMark")
    install_translator(app, lang or settings.language())
    app.setFont(choose_font())
    icon = paths.RESOURCES / "icons" / "app.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    qss = paths.RESOURCES / "style.qss"
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
    install_error_hook(app)
    return app


class _ScreenshotOnPaint(QObject):
    """After the window's first paint, grab it to a PNG (if a target is given) and quit."""

    def __init__(self, window: QWidget, target: Path | None, app: QApplication) -> None:
        super().__init__(window)
        self.window, self.target, self.app = window, target, app
        self.done = False

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        if e.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(300, self.grab)
        return False

    def grab(self) -> None:
        if self.target is not None:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            self.window.grab().save(str(self.target))
        self.window.close()
        self.app.quit()


def startup_project() -> Path:
    """The project the window opens with when none is named: the last one used, else the default one."""
    last = settings.last_project()
    return last if last is not None and last.exists() else paths.default_project_path()


def run(
    project_path: Path | None,
    *,
    lang: str | None = None,
    screenshot: Path | None = None,
    quit_after_paint: bool = False,
) -> int:
    """Open ``project_path`` (created with the seed reports if new) in the main window; returns the exit code.

    Without a path: the project used last, if it still exists, else the default project.
    """
    app = setup_application(lang=lang)
    from ui.main_window import MainWindow

    project_path = Path(project_path) if project_path is not None else startup_project()
    try:
        from ui.safety.damaged import open_or_restore  # a damaged project offers its latest backup
        from ui.safety.in_use import ProjectAlreadyOpen

        seed = not project_path.exists()
        window = open_or_restore(
            None, project_path, lambda readonly=False: MainWindow(project_path, seed=seed, readonly=readonly)
        )
    except ProjectAlreadyOpen:  # the clerk was told and the open window brought forward
        return 0
    except ReportMarkError as exc:  # e.g. the file is not a ReportMark project
        from ui.errors import present_error

        present_error(None, exc)
        return 1
    window.show()
    window.reopen_last_document()  # the report and place read last, as the clerk left them
    if screenshot is not None or quit_after_paint:
        window.installEventFilter(_ScreenshotOnPaint(window, Path(screenshot) if screenshot else None, app))
    code = app.exec()
    for top in app.topLevelWidgets():  # closing saves state and stops each project's work
        top.close()
    from models.suggest.keywords import stop_helper_process

    stop_helper_process()
    if not tasks.drain():
        # a worker ignores cancellation: leave now rather than hang in interpreter shutdown;
        # SQLite rolls back its unfinished transaction when the project is next opened
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
