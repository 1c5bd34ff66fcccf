"""Fixtures for GUI tests: projects on disk with a seed or hand-made report, a main window, dialog hooks."""

from __future__ import annotations

import hashlib
import re
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from models import ops
from models.offsets import OffsetMap
from models.store import Store
from models.types import Metadata, ParsedDocument, Section

ROOT = Path(__file__).resolve().parents[2]
SEED_SIMPLIFIED = ROOT / "seeds" / "2020_市经信局_工作总结和2021年工作计划.txt"
SEED_TRADITIONAL = ROOT / "seeds" / "2020_县科经局_工作总结及2021年工作要点_繁体.txt"

# A small report with two headings and a character outside the BMP (𠮷, two UTF-16 units).
SMALL_TEXT = (
    "某局2020年工作总结\n"
    "一、主要指标\n"
    "全年工业总产值增长8.5%，𠮷祥企业新增12家。\n"
    "二、存在问题\n"
    "发展不平衡问题仍然突出。\n"
) + "补充说明。\n" * 200


@pytest.fixture(autouse=True)
def _language_restored():  # type: ignore[no-untyped-def]
    """The window's language is process-wide (installed translators, the default locale, the display name): a test
    that switches to English gets the language it started with back, so the next test's tr() and export headers do
    not depend on which test ran before it."""
    from PySide6.QtCore import QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        yield
        return
    before = list(app.findChildren(QTranslator))
    locale, display_name = QLocale(), app.applicationDisplayName()
    yield
    for t in app.findChildren(QTranslator):
        if t not in before:
            app.removeTranslator(t)
            t.setParent(None)
    QLocale.setDefault(locale)
    app.setApplicationDisplayName(display_name)


def small_parsed(
    text: str = SMALL_TEXT, *, original: str | None = None, offset_map: OffsetMap | None = None, name: str = "small.txt"
) -> ParsedDocument:
    """A ParsedDocument built by hand (headings at known offsets), independent of the parser."""
    h1 = text.index("一、主要指标")
    h2 = text.index("二、存在问题")
    sections = (
        Section(1, "一、", "主要指标", h1, h2, h1 + len("一、主要指标")),
        Section(1, "二、", "存在问题", h2, len(text), h2 + len("二、存在问题")),
    )
    return ParsedDocument(
        source_name=name,
        source_format="txt",
        encoding="utf-8",
        content_hash=hashlib.sha256((text + name).encode()).hexdigest(),
        original_text=original or text,
        display_text=text,
        offset_map=offset_map or OffsetMap.identity(len(text)),
        script="simplified",
        metadata=Metadata(title="某局2020年工作总结", issuer="某局", date="2020-12-31"),
        sections=sections,
        suspects=(),
    )


@pytest.fixture
def small_project(tmp_path: Path) -> Path:
    """A project file holding only the hand-made small report."""
    path = tmp_path / "small.reportmark"
    store: Store = ops.open_project(path)
    store.documents.add(small_parsed())
    store.close()
    return path


@pytest.fixture
def two_seeds(tmp_path: Path) -> Path:
    """Both seed reports (two offices), as a clerk's folder import leaves them."""
    path = tmp_path / "two.reportmark"
    store: Store = ops.open_project(path)
    ops.import_files(store, [SEED_SIMPLIFIED, SEED_TRADITIONAL])
    store.close()
    return path


@pytest.fixture
def seed_project(tmp_path: Path) -> Path:
    """A project file with the simplified seed report imported."""
    path = tmp_path / "seed.reportmark"
    store: Store = ops.open_project(path)
    outcomes, _ = ops.import_files(store, [SEED_SIMPLIFIED])
    assert outcomes[0].status == "imported", outcomes[0].message
    store.close()
    return path


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """Replace blocking dialogs by recorders; tests read what would have been shown."""
    shown: dict[str, list] = {"errors": [], "summaries": []}
    import ui.errors
    import ui.library.importer

    monkeypatch.setattr(ui.errors, "_show", lambda box: shown["errors"].append(box.text()))
    monkeypatch.setattr(
        ui.library.importer,
        "show_summary",
        lambda parent, outcomes, note="": shown["summaries"].append(ui.library.importer.summary_text(outcomes, note)),
    )
    return shown


def type_text(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` into ``widget`` as a clerk does: ASCII by key clicks, Chinese through the input method.

    QTest key clicks carry one key per character; with CJK characters Qt aborts, so each run of
    non-ASCII characters is committed the way an input method commits a composed phrase.
    """
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    for run in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        if run.isascii():
            qtbot.keyClicks(widget, run)
        else:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)


def make_window(qtbot, path: Path):  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    window = MainWindow(path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    ids = window.library.document_ids()
    if ids:
        window.open_document(ids[0])
        qtbot.waitUntil(window.document_view().highlights_complete)
    return window


@pytest.fixture
def window(qtbot, small_project: Path, dialogs):  # type: ignore[no-untyped-def]
    return make_window(qtbot, small_project)


@pytest.fixture
def reviewing(qtbot, seed_project: Path, dialogs):  # type: ignore[no-untyped-def]
    """The seed project open with its suggestions generated: ``(window, review controller)``."""
    from PySide6.QtGui import QAction

    from ui.review import controller_for

    window = make_window(qtbot, seed_project)
    controller = controller_for(window)
    with qtbot.waitSignal(controller.generation_finished, timeout=30000):
        window.findChild(QAction, "reviewGenerateAction").trigger()
    return window, controller


@contextmanager
def application_set_up(qapp, monkeypatch: pytest.MonkeyPatch, lang: str | None = None):  # type: ignore[no-untyped-def]
    """The application set up as at start-up (``--lang`` when given); its translators, font, style and locale undone
    afterwards, so a test of start-up leaves the shared QApplication as it found it."""
    from PySide6.QtCore import QLocale, QTranslator

    from ui.app import setup_application

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # setup_application installs its own
    font, style, locale = qapp.font(), qapp.styleSheet(), QLocale()
    before = set(qapp.findChildren(QTranslator))
    app = setup_application(lang=lang) if lang else setup_application()
    try:
        yield app
    finally:
        for translator in set(app.findChildren(QTranslator)) - before:
            app.removeTranslator(translator)
            translator.deleteLater()
        app.setFont(font)
        app.setStyleSheet(style)
        QLocale.setDefault(locale)
