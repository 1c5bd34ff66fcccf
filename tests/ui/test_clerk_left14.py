"""Left open after session 13: Preferences under --lang en, and a sentence of four figures tagged 指标 by hand."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from models import ops
from models.store import Store
from models.types import AnnotationStatus
from tests.ui.conftest import application_set_up, make_window, small_parsed
from tests.ui.test_annotating import press, select
from ui import settings


@pytest.fixture
def run_in_english(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[QApplication]:
    """Chinese saved in the preferences, the application started with ``--lang en``; undone afterwards."""
    settings.set_language("zh_CN")
    with application_set_up(qapp, monkeypatch, lang="en") as app:
        yield app


def test_preferences_under_lang_en_show_the_language_in_use(run_in_english, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.preferences.dialog import PreferencesDialog

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.language.currentText() == "English"
    assert not dialog.language_changed()
    dialog.author.setText("张三")
    dialog.accept()  # the clerk only changed the author: the saved language is left alone
    assert settings.language() == "zh_CN"
    assert settings.author() == "张三"


def test_choosing_the_saved_language_under_lang_en_says_it_comes_at_the_next_start(run_in_english, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.preferences.dialog import PreferencesDialog

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    assert dialog.language_changed()
    assert "简体中文" in dialog.language_note.text()
    dialog.accept()
    assert settings.language() == "zh_CN"


FOUR = (
    "全年实现地区生产总值288.7亿元，增长6.5%；规模以上工业增加值114.9亿元，增长8.2%；"
    "固定资产投资156亿元，增长10%；社会消费品零售总额98.6亿元，增长7%。"
)
FIGURES = (
    "地区生产总值288.7亿元，增长6.5%",
    "规模以上工业增加值114.9亿元，增长8.2%",
    "固定资产投资156亿元，增长10%",
    "社会消费品零售总额98.6亿元，增长7%",
)


@pytest.fixture
def four_figures(tmp_path: Path) -> Path:
    """A report whose one sentence states four figures, each suggested by the suggester and not yet reviewed."""
    text = "某县2023年工作总结\n一、主要指标\n" + FOUR + "\n二、存在问题\n发展不平衡问题仍然突出。\n"
    path = tmp_path / "four.reportmark"
    store: Store = ops.open_project(path)
    doc = store.documents.add(small_parsed(text, name="four.txt"))
    tag = store.tags.find("指标")
    assert tag is not None
    for phrase in FIGURES:
        at = text.index(phrase)
        store.annotations.add(doc.id, at, at + len(phrase), tag.id, status=AnnotationStatus.SUGGESTED)
    store.close()
    return path


def test_a_sentence_of_four_figures_tagged_by_hand_reads_the_first_and_keeps_the_others(  # type: ignore[no-untyped-def]
    four_figures, qtbot, dialogs
) -> None:
    window = make_window(qtbot, four_figures)
    view = window.document_view()
    doc_id = window.current_document_id()
    text = view.document_text.display_text
    start = text.index(FOUR)
    select(view, start, start + len(FOUR) - 1)
    view.setFocus()
    press(qtbot, view, "1")

    anns = window.store.annotations.select(doc_id, statuses=None)
    (mine,) = [a for a in anns if a.status == AnnotationStatus.ACCEPTED]
    attrs = mine.attributes
    assert (attrs["name"], attrs["value"], attrs["unit"], attrs["change"]) == ("地区生产总值", 288.7, "亿元", 6.5)
    pending = sorted(a.text for a in anns if a.status == AnnotationStatus.SUGGESTED)
    assert pending == sorted(FIGURES[1:]), "the other three figures wait for review, not rejected"
    said = window.statusBar().currentMessage()
    assert "4" in said and "地区生产总值" in said

    window.project.undo_stack.undo()
    after = window.store.annotations.select(doc_id, statuses=None)
    assert sorted(a.status for a in after) == [AnnotationStatus.SUGGESTED] * 4
