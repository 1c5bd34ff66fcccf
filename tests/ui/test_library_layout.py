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


def test_a_maximized_window_widens_the_document_list_with_it(qtbot, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    """Maximizing gave every new pixel to the text: the list kept ~300 px, titles broke and dates were cut."""
    from tests.ui.conftest import make_window

    path = tmp_path / "p.reportmark"
    ops.open_project(path).close()
    window = make_window(qtbot, path)
    from PySide6.QtWidgets import QApplication

    window.resize(1000, 700)
    QApplication.processEvents()  # the layout takes the size (and the columns their share of it)
    window.reset_layout()
    QApplication.processEvents()
    library = {d.objectName(): d for d in window.findChildren(QDockWidget)}["libraryDock"]
    narrow = library.width()
    window.resize(1600, 1000)  # what maximizing on a 1600 px screen does
    qtbot.waitUntil(lambda: library.width() >= narrow * 1.4, timeout=3000)
    window.resize(1000, 700)  # and back
    qtbot.waitUntil(lambda: library.width() <= narrow * 1.1, timeout=3000)


def test_a_row_keeps_the_date_whole_and_shortens_the_issuer(qtbot):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont, QFontMetrics

    from ui.library.row_delegate import subtitle_line

    font = QFont()
    fm = QFontMetrics(font)
    line = "宣恩县科学技术和经济信息化局 · 2020-12-31"
    width = fm.horizontalAdvance("宣恩县科学技术 · 2020-12-31")
    shown = subtitle_line(line, font, width)
    assert shown.endswith(" · 2020-12-31") and "…" in shown, shown
    assert fm.horizontalAdvance(shown) <= width
    assert subtitle_line(line, font, fm.horizontalAdvance(line) + 2) == line
    assert subtitle_line("潜江市经信局", font, width) == "潜江市经信局"
