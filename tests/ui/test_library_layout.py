"""The document list as a clerk with many reports sees it: room for the list, no sideways scrolling."""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget

from models import ops


def test_a_title_without_break_points_does_not_scroll_the_list_sideways(window, qtbot):  # type: ignore[no-untyped-def]
    # an untitled report is listed under its file name: ASCII with underscores, no place to wrap
    doc_id = window.current_document_id()
    window.store.documents.set_title(doc_id, "004_guangzhou_1987_gov_report_bilingual_journal_abstract_excerpt.txt")
    from models.types import Changes

    window.project.emit_changes(Changes(documents=frozenset({doc_id})), "test")
    view = window.library.list
    qtbot.waitUntil(lambda: "guangzhou" in window.library.model.item(0).text())
    assert not view.horizontalScrollBar().isVisible()
    rect = view.visualRect(window.library.proxy.index(0, 0))
    assert rect.right() <= view.viewport().width()


def test_the_default_layout_gives_the_document_list_a_fair_share_of_its_column(qtbot, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    from tests.ui.conftest import make_window

    path = tmp_path / "p.reportmark"
    ops.open_project(path).close()
    window = make_window(qtbot, path)
    window.resize(1400, 1000)
    window.reset_layout()
    docks = {d.objectName(): d for d in window.findChildren(QDockWidget)}
    library, outline = docks["libraryDock"].height(), docks["outlineDock"].height()
    assert library >= 0.35 * (library + outline)


def test_a_title_is_broken_anywhere_into_at_most_two_lines_the_second_elided(qtbot):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont, QFontMetrics

    from ui.library.row_delegate import title_lines

    font = QFont()
    width = QFontMetrics(font).horizontalAdvance("x" * 20)
    name = "004_guangzhou_1987_gov_report_bilingual_journal_abstract_excerpt.txt"
    lines = title_lines(name, font, width)
    assert len(lines) == 2
    assert lines[0] and name.startswith(lines[0])
    assert lines[1].endswith("…")
    assert all(QFontMetrics(font).horizontalAdvance(line) <= width for line in lines)
    assert title_lines("政府工作报告", font, width) == ["政府工作报告"]
