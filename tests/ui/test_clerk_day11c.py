"""Defects a tester met walking a clerk's day (day 11, third walk), each driven by keys and clicks as the clerk did."""

from __future__ import annotations

import pytest

from tests.ui.test_annotating import press, select

# -- a hand selection is trimmed of punctuation at its edges ---------------------------------------------------------


def _tag(window, qtbot, start: int, end: int, key: str = "1"):  # type: ignore[no-untyped-def]
    view = window.document_view()
    select(view, start, end)
    view.setFocus()
    press(qtbot, view, key)
    return window.store.annotations.select(window.current_document_id())


@pytest.mark.parametrize(
    ("selected", "kept"),
    [("全年工业总产值增长8.5%，", "全年工业总产值增长8.5%"), ("，𠮷祥企业新增12家。", "𠮷祥企业新增12家")],
)
def test_a_hand_selection_is_trimmed_of_punctuation_at_its_edges(window, qtbot, selected, kept):  # type: ignore[no-untyped-def]
    text = window.document_view().document_text.display_text
    start = text.index(selected)
    (ann,) = _tag(window, qtbot, start, start + len(selected))
    assert ann.text == kept
    assert text[ann.start : ann.end] == kept  # the offsets are exact


def test_the_trailing_comma_the_tester_selected_is_not_stored(window, qtbot):  # type: ignore[no-untyped-def]
    text = window.document_view().document_text.display_text
    start = text.index("工业总产值增长8.5%，")
    (ann,) = _tag(window, qtbot, start, start + len("工业总产值增长8.5%，"))
    assert ann.text == "工业总产值增长8.5%"
    assert (ann.start, ann.end) == (start, start + len("工业总产值增长8.5%"))


def test_a_selection_of_only_punctuation_makes_no_tag(window, qtbot):  # type: ignore[no-untyped-def]
    text = window.document_view().document_text.display_text
    start = text.index("，𠮷")
    assert _tag(window, qtbot, start, start + 1) == []
    assert window.undo_stack.count() == 0


def test_unpaired_quotes_at_the_edges_are_trimmed_paired_ones_kept(window, qtbot):  # type: ignore[no-untyped-def]
    from ui.document_view.annotator import trim_span

    assert trim_span("“发展不平衡”问题，", 0, 10) == (0, 9)  # paired quotes kept, the comma goes
    assert trim_span("“发展不平衡”问题，", 1, 7) == (1, 6)  # the closing quote of a half-selected pair goes
    assert trim_span("“发展不平衡”问题，", 0, 3) == (1, 3)  # the opening quote left alone goes
    assert trim_span("，、：", 0, 3) is None
    assert trim_span("  8.5% ；", 0, 8) == (2, 6)


# -- a hand tag over a pending suggestion of the same figure ---------------------------------------------------------


def _overlapping_span(text: str, sug) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
    """A span that starts inside ``sug`` and runs one word character past its end (neither holds the other)."""
    if sug.end - sug.start < 3 or sug.end + 1 > len(text) or not text[sug.end].isalnum():
        return None
    return sug.start + 1, sug.end + 1


def test_a_hand_tag_overlapping_a_suggestion_of_the_same_tag_takes_its_place(reviewing, qtbot):  # type: ignore[no-untyped-def]
    window, controller = reviewing
    indicator = window.store.tags.find("指标")
    doc_id = window.current_document_id()
    text = window.document_view().document_text.display_text
    pending = window.store.annotations.select(doc_id, statuses=("suggested",))
    sug, (start, end) = next(
        (a, span) for a in pending if a.tag_id == indicator.id and (span := _overlapping_span(text, a)) is not None
    )
    before = controller.pending_count()
    undo_before = window.undo_stack.count()

    def indicator_tags_over_the_figure():  # type: ignore[no-untyped-def]
        anns = window.store.annotations.select(doc_id, statuses=("accepted", "suggested"))
        return sorted(
            (a.status, a.start, a.end) for a in anns if a.tag_id == indicator.id and a.start < end and start < a.end
        )

    _tag(window, qtbot, start, end)
    # one 指标 tag for the figure, on the clerk's span: the suggestion no longer pending beside it
    assert indicator_tags_over_the_figure() == [("accepted", start, end)]
    assert controller.pending_count() == before - 1
    assert window.undo_stack.count() == undo_before + 1  # one undo step
    assert "取代了此处 1 条待审建议" in window.statusBar().currentMessage()  # the clerk is told
    window.undo_stack.undo()
    assert indicator_tags_over_the_figure() == [("suggested", sug.start, sug.end)]
    assert controller.pending_count() == before


# -- the status line after a merge of a colleague's .qdpx --------------------------------------------------------------


def _merge(qtbot, window, qdpx, monkeypatch) -> str:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    shown: list[str] = []  # every status line, so a backup's "已备份项目" after it cannot hide the merge's
    window.statusBar().messageChanged.connect(shown.append)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(qdpx), ""))
    with qtbot.waitSignal(window.tasks.all_tasks_finished, timeout=20000):
        window.screens.export.import_qdpx_action.trigger()
    return next((m for m in reversed(shown) if m.startswith("已从")), "")


@pytest.fixture
def annotated(tmp_path):  # type: ignore[no-untyped-def]
    """Both seed reports, tagged (the export dialog tests' project)."""
    from tests.ui.test_export_dialog import annotate_seeds

    path = tmp_path / "annotated.reportmark"
    return path, annotate_seeds(path)


def test_a_merge_says_how_many_reports_were_already_here_and_how_many_are_new(
    qtbot, annotated, tmp_path, monkeypatch, dialogs
):  # type: ignore[no-untyped-def]
    from models import ops
    from models.export import export_annotations
    from tests.ui.conftest import make_window

    src = ops.open_project(annotated[0])
    qdpx = tmp_path / "同事.qdpx"
    export_annotations(src, qdpx, fmt="qdpx")
    src.close()
    window = make_window(qtbot, annotated[0])  # the same project: every report and annotation is already here
    message = _merge(qtbot, window, qdpx, monkeypatch)
    assert "2 篇报告已在项目中" in message and "没有新内容" in message, message  # nothing new: no undo step either
    assert not dialogs["errors"]


def test_a_merge_into_an_empty_project_counts_every_report_as_new(qtbot, annotated, tmp_path, monkeypatch, dialogs):  # type: ignore[no-untyped-def]
    from models import ops
    from models.export import export_annotations
    from tests.ui.conftest import make_window

    src = ops.open_project(annotated[0])
    qdpx = tmp_path / "同事.qdpx"
    exported = export_annotations(src, qdpx, fmt="qdpx")
    src.close()
    empty = tmp_path / "empty.reportmark"
    ops.open_project(empty).close()
    window = make_window(qtbot, empty)
    message = _merge(qtbot, window, qdpx, monkeypatch)
    assert "0 篇报告已在项目中" in message and "2 篇新报告" in message, (message, dialogs)
    assert f"新增 {exported} 处标注" in message, message


# -- the app reopens on the report the clerk was reading ---------------------------------------------------------------


def _read_the_second_report(qtbot, window) -> int:  # type: ignore[no-untyped-def]
    """Down and Enter in the report list, as a clerk moves to the next report; its id."""
    from PySide6.QtCore import Qt

    _first, second = window.library.document_ids()
    window.library.list.setFocus()
    press(qtbot, window.library.list, Qt.Key.Key_Down)
    press(qtbot, window.library.list, Qt.Key.Key_Return)
    return int(second)


def test_the_report_being_read_is_remembered_as_it_is_opened_not_only_at_a_clean_close(qtbot, two_seeds, dialogs):  # type: ignore[no-untyped-def]
    """A session that ends without the window closing (killed, power cut) still reopens on the report read last."""
    from tests.ui.conftest import make_window
    from ui import settings

    window = make_window(qtbot, two_seeds)
    second = _read_the_second_report(qtbot, window)
    assert window.current_document_id() == second
    last = settings.reading_position(two_seeds)
    assert last is not None and last[0] == second  # before any close


def test_reopening_the_project_shows_the_report_open_at_close(qtbot, two_seeds, dialogs):  # type: ignore[no-untyped-def]
    from tests.ui.conftest import make_window
    from ui.main_window import MainWindow

    window = make_window(qtbot, two_seeds)
    second = _read_the_second_report(qtbot, window)
    window.close()
    again = MainWindow(two_seeds)  # as ui.app.run opens a project: show, then reopen the last report
    qtbot.addWidget(again)
    again.show()
    again.reopen_last_document()
    assert again.current_document_id() == second
