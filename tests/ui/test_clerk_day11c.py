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
