"""Regression tests for fixes in the GUI core after the first integration."""

from __future__ import annotations

import pytest

from models import ops
from models.types import Changes


@pytest.mark.parametrize("status", ["suggested", "rejected", "unplaced"])
def test_only_accepted_annotations_become_highlights_and_table_rows(window, status):
    store, view = window.store, window.document_view()
    doc_id = window.current_document_id()
    tag = store.tags.all()[0]
    text = view.document_text.display_text
    start = text.index("全年")
    ann = store.annotations.add(doc_id, start, start + 4, tag.id, status=status)
    accepted, _ = ops.create_annotation(store, doc_id, start + 6, start + 9, tag.id)
    window.project.emit_changes(Changes(annotations=frozenset({ann.id, accepted.id})), None)
    assert view.annotation(ann.id) is None
    assert view.annotation(accepted.id) is not None
    assert window.table.model.rowCount() == 1
    # an accepted one that goes back to another status leaves the view and the table too
    window.project.emit_changes(ops.set_annotation_statuses(store, {accepted.id: status}), None)
    assert view.annotation(accepted.id) is None
    assert window.table.model.rowCount() == 0


@pytest.fixture
def two_document_project(small_project):  # type: ignore[no-untyped-def]
    from models.store import Store
    from tests.ui.conftest import SEED_SIMPLIFIED

    store = Store.open(small_project)
    ops.import_files(store, [SEED_SIMPLIFIED])
    store.close()
    return small_project


def test_library_menu_offers_comparison_with_the_current_document(qtbot, two_document_project, dialogs, monkeypatch):
    import ui.compare
    from tests.ui.conftest import make_window

    window = make_window(qtbot, two_document_project)
    current = window.current_document_id()
    other = next(i for i in window.library.document_ids() if i != current)
    opened: list[tuple[int, int]] = []
    monkeypatch.setattr(ui.compare, "open_compare", lambda _w, left, right, **_k: opened.append((left, right)))
    menu = window.library.build_context_menu(other)
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "打开" and texts[-1] == "从项目中删除…"
    action = next(a for a in menu.actions() if a.text().startswith("与当前文档对比"))
    assert action.isEnabled()
    action.trigger()
    assert opened == [(current, other)]
    # on the document being read there is nothing to compare with
    own_menu = window.library.build_context_menu(current)
    same = next(a for a in own_menu.actions() if a.text().startswith("与当前文档对比"))
    assert not same.isEnabled()


def _spans_of(view):  # type: ignore[no-untyped-def]
    """(start, end) display spans of the view's extra selections, in drawing order."""
    to_py = view._pos.qt_to_py  # the small report has 𠮷 (two UTF-16 units) before most spans
    return [(to_py(s.cursor.selectionStart()), to_py(s.cursor.selectionEnd())) for s in view.extraSelections()]


def test_changing_one_overlay_layer_builds_selections_only_for_its_new_spans(window, monkeypatch):
    view = window.document_view()
    many = [(i, i + 2) for i in range(100, 1100, 5)]
    view.set_overlay_ranges("a", many, {"background": "#ffff00"})
    built: list[tuple[int, int]] = []
    real = view._selection

    def counting(start, end, fmt):  # type: ignore[no-untyped-def]
        built.append((start, end))
        return real(start, end, fmt)

    monkeypatch.setattr(view, "_selection", counting)
    view.set_overlay_ranges("b", [(10, 20)], {"underline": "#ff0000"})
    assert built == [(10, 20)]
    view.set_overlay_ranges("a", [*many[1:], (5, 8)], {"background": "#ffff00"})  # one gone, one new
    assert built == [(10, 20), (5, 8)]
    shown = _spans_of(view)
    assert len(shown) == len(many) + 1 and many[0] not in shown and {many[1], (5, 8)} <= set(shown)
    assert shown[-1] == (10, 20)  # a replaced layer keeps its place: "b" stays on top
    view.set_overlay_ranges("a", many[:2], {"background": "#00ff00"})  # new style: rebuilt
    assert built[-2:] == many[:2]
    view.set_overlay_ranges("a", [], {})
    assert _spans_of(view) == [(10, 20)]


def test_type_text_types_mixed_chinese_and_ascii_like_a_clerk(qtbot):
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    from tests.ui.conftest import type_text

    line, plain = QLineEdit(), QPlainTextEdit()
    qtbot.addWidget(line)
    qtbot.addWidget(plain)
    edited: list[str] = []
    line.textEdited.connect(edited.append)  # emitted for user input only, not for setText
    type_text(qtbot, line, "5G基站 12个，𠮷祥")
    type_text(qtbot, plain, "需要与去年对比 ok")
    assert line.text() == "5G基站 12个，𠮷祥" and edited[-1] == line.text()
    assert plain.toPlainText() == "需要与去年对比 ok"


def test_first_paint_does_not_load_export_search_or_keyword_machinery(small_project, tmp_path):
    """The screens plug in at start-up but import their heavy parts only when used (start-up time)."""
    import json
    import os
    import subprocess
    import sys

    from tests.ui.conftest import ROOT

    code = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from ui.app import setup_application\n"
        "import ui.main_window as mw\n"
        "app = setup_application()\n"
        f"w = mw.MainWindow(Path({str(small_project)!r}))\n"
        "w.show()\n"
        "w.open_document(w.library.document_ids()[0])\n"
        "app.processEvents()\n"
        "print(json.dumps(sorted(sys.modules)))\n"
        "w.close()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REPORTMARK_HOME": str(tmp_path / "home")}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    loaded = set(json.loads(out.stdout.strip().splitlines()[-1]))
    assert {"ui.review", "ui.search", "ui.export", "ui.compare", "ui.safety"} <= loaded
    heavy = {"models.export", "models.export.qdpx_import", "lxml.etree", "jieba", "openpyxl", "PySide6.QtCharts"}
    assert not heavy & loaded
