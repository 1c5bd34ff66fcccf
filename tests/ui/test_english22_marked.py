"""Issue 17 §4: a bilingual copy's English translation stays in the reader but is drawn muted (grey italic) and its
tooltip says it is the translation; the Chinese around it is drawn as before, and the clerk can still tag it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from models import ops
from tests.ui.conftest import make_window
from tests.ui.test_annotating import background_at, press, select, tag_by_key
from ui.text_positions import py_to_qt

# each Chinese paragraph followed by its English: on a line of its own, or glued after it (1982 and 1983 shapes)
BILINGUAL = (
    "全国人大常委会工作报告\n"
    "一、过去一年的主要工作\n"
    "I. Major Work of the Past Year\n"
    "2013年,常委会依法履职,全年制定法律10件。\n"
    "In 2013, the Standing Committee exercised its powers and enacted 10 laws.\n"
    "二、今年的主要任务II. Major Tasks for This Year\n"
    "加强宪法实施和监督。We will strengthen the implementation and oversight of the Constitution.\n"
)


def _open(qtbot, tmp_path: Path, text: str = BILINGUAL):  # type: ignore[no-untyped-def]
    source = tmp_path / "bilingual_report.txt"
    source.write_text(text, encoding="utf-8")
    path = tmp_path / "bilingual.reportmark"
    store = ops.open_project(path)
    outcomes, _ = ops.import_files(store, [source])
    assert outcomes[0].status == "imported", outcomes[0].message
    store.close()
    return make_window(qtbot, path)


def _format_at(view, offset: int):  # type: ignore[no-untyped-def]
    """The character format drawn at display ``offset`` (the character after it)."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(py_to_qt(view.document_text.display_text, offset) + 1)
    return cursor.charFormat()


def _hover(qtbot, view, offset: int) -> str:  # type: ignore[no-untyped-def]
    """Rest the pointer over display ``offset`` and read the tooltip shown."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(py_to_qt(view.document_text.display_text, offset))
    rect = view.cursorRect(cursor)
    pos = QPoint(rect.x() + 4, rect.center().y())
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())  # the last tip goes (its hiding runs from the event loop)
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos)))
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_the_english_translation_is_drawn_muted_and_the_chinese_as_before(qtbot, tmp_path, dialogs):
    window = _open(qtbot, tmp_path)
    view = window.document_view()
    text = view.document_text.display_text
    english = [text[s:e] for s, e in view.english_spans()]
    assert english == [
        "I. Major Work of the Past Year",
        "In 2013, the Standing Committee exercised its powers and enacted 10 laws.",
        "II. Major Tasks for This Year",
        "We will strengthen the implementation and oversight of the Constitution.",
    ]
    base = view.font().pointSizeF()
    for phrase in ("Standing Committee", "Major Work", "oversight"):
        fmt = _format_at(view, text.index(phrase))
        assert fmt.fontItalic(), phrase
        assert fmt.foreground().color().name() == "#6e6e6e", phrase
        assert fmt.fontPointSize() < base, phrase
    # the Chinese paragraphs, glued one included, keep the plain format; the headings keep theirs
    for phrase in ("常委会依法履职", "加强宪法实施"):
        fmt = _format_at(view, text.index(phrase))
        assert not fmt.fontItalic(), phrase
        assert not fmt.hasProperty(fmt.Property.ForegroundBrush), phrase
        assert fmt.fontPointSize() in (0.0, base), phrase
    heading = _format_at(view, text.index("今年的主要任务"))
    assert not heading.fontItalic() and heading.fontPointSize() > base
    assert heading.foreground().color().name() != "#6e6e6e"
    # nor does the outline hold an English heading
    assert all(s.title.isascii() is False for s in view.sections())


def test_hovering_the_translation_says_what_it_is(qtbot, tmp_path, dialogs):
    window = _open(qtbot, tmp_path)
    view = window.document_view()
    text = view.document_text.display_text
    assert "英文译文" in _hover(qtbot, view, text.index("Standing Committee"))
    assert "英文译文" in _hover(qtbot, view, text.index("oversight"))
    assert "英文译文" not in _hover(qtbot, view, text.index("常委会依法履职"))


def test_the_clerk_can_still_tag_the_translation_by_hand(qtbot, tmp_path, dialogs):
    window = _open(qtbot, tmp_path)
    view = window.document_view()
    doc_id = window.current_document_id()
    text = view.document_text.display_text
    start = text.index("We will strengthen")
    end = text.index("Constitution.") + len("Constitution.")
    select(view, start, end)
    view.setFocus()
    press(qtbot, view, "5")

    (ann,) = window.store.annotations.select(doc_id)
    assert (ann.start, ann.end, ann.tag_id) == (start, end, tag_by_key(window, "5").id)
    assert background_at(view, start + 3) == tag_by_key(window, "5").color
    fmt = _format_at(view, start + 3)
    assert fmt.fontItalic() and fmt.foreground().color().name() == "#6e6e6e"  # still marked as the translation

    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    press(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.store.annotations.select(doc_id) == []
    assert background_at(view, start + 3) != tag_by_key(window, "5").color
    assert _format_at(view, start + 3).fontItalic()


def test_the_original_text_marks_the_translation_too(qtbot, tmp_path, dialogs):
    window = _open(qtbot, tmp_path)
    view = window.document_view()
    window.set_show_original(True)
    assert view.showing_original()
    shown = view.document_text.original_text
    cursor = QTextCursor(view.document())
    cursor.setPosition(py_to_qt(shown, shown.index("Standing Committee")) + 1)
    assert cursor.charFormat().fontItalic()
    cursor.setPosition(py_to_qt(shown, shown.index("常委会依法履职")) + 1)
    assert not cursor.charFormat().fontItalic()


def test_a_report_without_english_gets_no_mark(window):
    view = window.document_view()
    assert view.english_spans() == []
    text = view.document_text.display_text
    assert not _format_at(view, text.index("工业总产值")).fontItalic()


def test_in_english_the_tooltip_reads_english(qtbot, qapp, tmp_path, dialogs, monkeypatch):
    from tests.ui.conftest import application_set_up

    with application_set_up(qapp, monkeypatch, lang="en"):
        window = _open(qtbot, tmp_path)
        view = window.document_view()
        tip = _hover(qtbot, view, view.document_text.display_text.index("Standing Committee"))
        assert tip.startswith("English translation")
