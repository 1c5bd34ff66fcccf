"""The English catalogue is complete, keeps placeholders, matches the code and the .qm, and the window uses it."""

from __future__ import annotations

import ast
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu

from models import paths
from tests.ui.conftest import application_set_up, make_window
from ui import settings

ROOT = Path(__file__).resolve().parents[2]
TS = paths.RESOURCES / "translations" / "reportmark_en.ts"
QM = paths.RESOURCES / "translations" / "reportmark_en.qm"
CJK = re.compile(r"[\u3400-\u9fff]")
# str.format fields ({0}, {0:.2f}, {}), Qt's %1…%99 and %n, and HTML tags (a translation keeps the markup)
PLACEHOLDER = re.compile(r"\{[0-9]*(?::[^{}]*)?\}|%(?:[1-9][0-9]?|n)|<[^<>]+>")


def catalogue() -> list[tuple[str, str, str, ET.Element]]:
    """``(context, source, where, translation element)`` of every message in the .ts."""
    rows = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            location = message.find("location")
            where = "" if location is None else f"{location.get('filename')}:{location.get('line')}"
            translation = message.find("translation")
            assert translation is not None, (name, message.findtext("source"))
            # a count (%n) has one English form per number: "%n annotation", "%n annotations"
            forms = translation.findall("numerusform") if message.get("numerus") == "yes" else [translation]
            assert forms, (name, message.findtext("source"))
            rows += [(name, message.findtext("source") or "", where, form) for form in forms]
    return rows


def numerus_messages() -> list[tuple[str, str, list[str]]]:
    """``(context, source, [singular, plural])`` of every message that carries a count."""
    return [
        (c.findtext("name") or "", m.findtext("source") or "", [f.text or "" for f in m.iter("numerusform")])
        for c in ET.parse(TS).getroot().iter("context")
        for m in c.iter("message")
        if m.get("numerus") == "yes"
    ]


def test_every_message_has_a_finished_english_translation() -> None:
    rows = catalogue()
    assert len(rows) > 300
    missing = [
        (ctx, src, where)
        for ctx, src, where, tr in rows
        if tr.get("type") in ("unfinished", "obsolete", "vanished") or not (tr.text or "").strip()
    ]
    assert missing == []


def test_no_english_translation_still_contains_chinese_words() -> None:
    # quoted tag names (“指标”) are data the clerk sees in the tag list, and the About box names the app
    leftovers = [
        (ctx, src, tr.text)
        for ctx, src, _, tr in rows_with_text()
        if CJK.search(re.sub(r"“[^”]*”|报告标注", "", tr.text or ""))
    ]
    assert leftovers == []


def rows_with_text() -> Iterator[tuple[str, str, str, ET.Element]]:
    yield from (row for row in catalogue() if row[3].text)


def test_placeholders_and_markup_are_kept_in_every_translation() -> None:
    broken = [
        (ctx, src, tr.text)
        for ctx, src, _, tr in rows_with_text()
        if Counter(PLACEHOLDER.findall(src)) != Counter(PLACEHOLDER.findall(tr.text or ""))
    ]
    assert broken == []


def test_translations_format_with_the_arguments_the_source_takes() -> None:
    """A translation accepts the same str.format arguments as its source (no IndexError at run time)."""
    for _, src, _, tr in rows_with_text():
        fields = [int(n) for n in re.findall(r"\{([0-9]+)", src)]
        if fields:
            args = [0.5] * (max(fields) + 1)
            assert (tr.text or "").format(*args), src


def _literal_translations(path: Path) -> Iterator[tuple[str, str, int]]:
    """(context, source, line) of every tr()/translate() call with literal strings in ``path``.

    ``self.tr("…")`` takes the enclosing class name as context (as lupdate does); any name bound to
    ``QCoreApplication.translate`` (``translate``, ``tr`` …) takes its first argument.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    aliases = {"translate"} | {
        t.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute) and node.value.attr == "translate"
        for t in node.targets
        if isinstance(t, ast.Name)
    }

    def visit(node: ast.AST, cls: str) -> Iterator[tuple[str, str, int]]:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call):
                func, args = child.func, child.args
                strings = [a.value for a in args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
                if isinstance(func, ast.Attribute) and func.attr == "tr" and strings and args[0].value == strings[0]:  # type: ignore[attr-defined]
                    yield cls, strings[0], child.lineno
                elif (
                    (isinstance(func, ast.Name) and func.id in aliases)
                    or (isinstance(func, ast.Attribute) and func.attr == "translate")
                ) and len(strings) >= 2:
                    yield strings[0], strings[1], child.lineno
            yield from visit(child, inner)

    yield from visit(tree, "")


def test_the_catalogue_holds_every_string_the_code_translates() -> None:
    """Run ``python resources/translations/update.py`` when this fails: the .ts is older than the code."""
    in_catalogue = {(ctx, src) for ctx, src, _, _ in catalogue()}
    absent = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for ctx, src, line in _literal_translations(path):
            if CJK.search(src) and (ctx, src) not in in_catalogue:
                absent.append(f"{path.relative_to(ROOT)}:{line}: {ctx} {src!r}")
    assert absent == []


def test_the_compiled_qm_gives_the_translation_of_every_message(qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(QM))
    plural = {(ctx, src) for ctx, src, _ in numerus_messages()}
    wrong = [
        (ctx, src)
        for ctx, src, _, tr in rows_with_text()
        if (ctx, src) not in plural and translator.translate(ctx, src) != tr.text
    ]
    assert wrong == []
    for ctx, src, (one, many) in numerus_messages():
        assert translator.translate(ctx, src, "", 1) == one, src  # QCoreApplication.translate fills %n
        assert translator.translate(ctx, src, "", 2) == many, src


def _menu_texts(menu: QMenu) -> Iterator[str]:
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield action.text()
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from _menu_texts(submenu)


@pytest.fixture
def english_app(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[QApplication]:
    """English chosen in the preferences, then the application set up as at start-up; undone afterwards."""
    from ui.preferences.dialog import PreferencesDialog

    dialog = PreferencesDialog()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    dialog.deleteLater()
    assert settings.language() == "en"

    with application_set_up(qapp, monkeypatch) as app:
        assert app is qapp
        yield app


def test_main_window_speaks_english_when_english_is_chosen(english_app, qtbot, small_project, dialogs) -> None:  # type: ignore[no-untyped-def]
    assert QCoreApplication.translate("MainWindow", "文件(&F)") == "&File"
    window = make_window(qtbot, small_project)

    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Tools", "&Help"]
    menus = [a.menu() for a in window.menuBar().actions()]
    entries = [t for m in menus if isinstance(m, QMenu) for t in _menu_texts(m)]
    assert "&Export Annotations…" in entries
    assert "&Compare Two Reports…" in entries  # through an alias of translate() that lupdate misreads
    assert "Suggest for a&ll documents" in entries
    assert [t for t in entries if CJK.search(t)] == []

    docks = [d.windowTitle() for d in window.findChildren(QDockWidget)]
    assert "Documents" in docks and "Review suggestions" in docks
    assert [t for t in docks if CJK.search(t)] == []
    toolbar = [a.text() for a in window.findChildren(QAction) if a.text() and CJK.search(a.text())]
    assert toolbar == []


def test_the_catalogue_is_the_one_place_for_english() -> None:
    assert list((ROOT / "ui").rglob("i18n_en.py")) == []
    sys.path.insert(0, str(TS.parent))
    try:
        import update  # resources/translations/update.py: regenerating keeps what the .ts says
    finally:
        sys.path.remove(str(TS.parent))
    kept = update.finished_translations(TS)
    assert kept[("MainWindow", "标签")] == "Tags"
    assert len(kept) + len(numerus_messages()) == len({(ctx, src) for ctx, src, _, _ in catalogue()})


def test_every_message_of_models_has_a_finished_english_translation() -> None:
    """``message("…")`` in models/ is translated at the edge (main.py --lang en, the English window)."""
    sys.path.insert(0, str(TS.parent))
    try:
        import update
    finally:
        sys.path.remove(str(TS.parent))
    kept = update.finished_translations(TS)
    templates = {template for _file, template, _line in update.model_messages()}
    assert templates, "models/ makes its messages with message()"
    assert sorted(t for t in templates if ("models", t) not in kept) == []
    for template in templates:
        assert kept[("models", template)].count("{") == template.count("{"), template


def test_the_english_window_refuses_a_bad_file_in_english(english_app, qtbot, small_project, dialogs, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The readers (models/ingest) refuse in Chinese; the English window's import summary says it in English."""
    empty = tmp_path / "空白报告.txt"
    empty.write_bytes(b"")
    damaged = tmp_path / "损坏.docx"
    damaged.write_bytes(b"PK\x03\x04not really a docx" + bytes(100))
    window = make_window(qtbot, small_project)

    window.import_paths([empty, damaged])
    qtbot.waitUntil(lambda: bool(dialogs["summaries"]), timeout=60_000)

    lines = dialogs["summaries"][0].splitlines()
    assert "· The file “空白报告.txt” is empty: it has no text to read." in lines
    assert "· The file “损坏.docx” is not a valid .docx document (it is damaged or not a Word document)." in lines
    assert [line for line in lines if CJK.search(re.sub(r"“[^”]*”", "", line))] == []
