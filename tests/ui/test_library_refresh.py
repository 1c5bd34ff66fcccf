"""The library re-reads the project only when what it lists changed, not on every tag (keypress latency)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_annotating import press, select


def test_tagging_does_not_reread_the_library_but_a_new_title_does(window, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    calls: list[int] = []
    original = window.store.documents.all
    monkeypatch.setattr(window.store.documents, "all", lambda: calls.append(1) or original())
    view = window.document_view()
    text = window.store.documents.display_text(window.current_document_id())
    start = text.index("全年工业总产值")
    select(view, start, start + 7)
    press(qtbot, view, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: window.store.annotations.count(window.current_document_id()) == 1)
    assert calls == []

    from models.types import Changes

    doc_id = window.current_document_id()
    window.store.documents.set_title(doc_id, "改过的标题")
    window.project.emit_changes(Changes(documents=frozenset({doc_id})), "test")
    assert calls == []  # a new title updates that report's row: the list of 10,000 reports is not read again
    assert "改过的标题" in window.library.model.item(0).text()
