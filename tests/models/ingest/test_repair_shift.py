"""Runs of GBK text decoded one byte out of step: found, read back, and read through by the outline."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from models.ingest import parse_bytes
from models.ingest.clean import clean
from models.ingest.repair_shift import find_shifted
from models.ingest.text_views import REPAIR_CONFIDENT, repaired_view
from models.types import Repair, SuspectRange, walk_sections


def _shifted(original: str) -> str:
    """``original`` as a page shows it when its GBK bytes are decoded one byte out of step (a phantom lead A1)."""
    return (b"\xa1" + original.encode("gbk")).decode("gbk", errors="replace")


def test_a_run_out_of_step_reads_back_with_its_last_trail_byte_after_it() -> None:
    text = "確定的主要目標任務。\n。ㄒ唬┘涌燹D(zhuǎn)型升級,經濟提質增效。\n經濟增長穩中提速。"
    [run] = find_shifted(text, traditional=True)
    assert text[run.start : run.end] == "。ㄒ唬┘涌燹D(zhuǎn)"
    assert run.repairs[0][0] == "（一）加快轉"
    assert run.repairs[0][1] >= REPAIR_CONFIDENT


def test_a_lost_trail_byte_is_found_by_the_annotation_after_the_run() -> None:
    text = "增長9.6%。\n。ㄒ唬┙(jīng)濟運行穩中有進。工業支撐作用明顯。"
    [run] = find_shifted(text, traditional=True)
    assert run.repairs[0][0] == "（一）經"
    assert run.repairs[0][1] >= REPAIR_CONFIDENT


def test_a_pair_lost_between_the_last_two_characters_is_ranked_by_the_word_they_make() -> None:
    # B9 ?? ?? 5F: the pair between (AB E9) does not decode and the page lost it; 公開 makes a word before 情況
    text = "為經濟發展提供支撐。\n?。ㄒ唬┲鲃庸_情況\n一是著眼助力經濟平穩發展。"
    [run] = find_shifted(text, traditional=True)
    assert text[run.start : run.end] == "。ㄒ唬┲鲃庸_"
    assert run.repairs[0][0] == "（一）主動公開"
    assert run.repairs[0][1] >= REPAIR_CONFIDENT


def test_a_pair_shown_as_a_question_mark_and_a_broken_annotation_give_the_label_and_the_next_character() -> None:
    text = "二、重點任務\n?。ㄒ唬?shí)施災(zāi)害風(fēng)險(xiǎn)調(diào)查工程\n1.開展氣象災害風險隱患排查。"
    [run] = find_shifted(text, traditional=True)
    assert text[run.start : run.end] == "。ㄒ唬?shí)"
    assert run.repairs[0][0] == "（一）實"
    assert run.repairs[0][1] >= REPAIR_CONFIDENT


def test_a_run_whose_last_character_is_lost_is_proposed_without_confidence() -> None:
    text = "為經濟發展提供支撐。\n。ㄒ唬┲鲃\n一是著眼助力經濟平穩發展。"
    [run] = find_shifted(text, traditional=True)
    assert run.repairs[0][0] == "（一）主"
    assert run.repairs[0][1] < REPAIR_CONFIDENT


def test_an_open_bracket_closes_on_a_left_over_byte_of_the_full_width_row() -> None:
    [run] = find_shifted("報告\n 。ㄕ髑笠庖姼澹\n\n各位代表", traditional=True)
    assert run.repairs[0][0] == "（征求意見稿）"


def test_clean_prose_and_pinyin_annotations_hold_no_run() -> None:
    assert find_shifted("過去一年，我們加快轉(zhuǎn)型升級，經濟（一）提質增效。│表格", traditional=True) == []


def test_the_heading_is_read_and_shown_repaired_and_the_original_keeps_the_garble() -> None:
    text = (
        "一、2013年工作回顧\n過去一年，我們全面完成了市十四屆人大三次會議確定的主要目標任務。\n"
        + _shifted("（一）加快轉")
        + "(zhuǎn)型升級,經濟提質增效。\n經濟增長穩中提速。全市實現地區生產總值1662億元，增長10.5%。\n"
        + "（二）推進改革開放,發展活力增強。\n改革全面推進。"
    )
    assert "。ㄒ唬┘涌燹" in text
    doc = parse_bytes(text.encode("utf-8"), "r.txt")
    assert doc.display_text == clean(text).display_text
    assert "ㄒ唬" not in doc.display_text and "ㄒ唬" in doc.original_text
    heads = [(s.label, s.title) for s in walk_sections(doc.sections)]
    assert ("（一）", "加快转型升级,经济提质增效") in heads
    first = next(s for s in walk_sections(doc.sections) if s.label == "（一）")
    assert doc.display_text[first.start :].startswith("（一）加快转型升级")
    start, end = doc.offset_map.span_to_original(first.start, first.start + 6)  # the repair maps into the garble
    assert doc.original_text[start:end].startswith("。ㄒ唬┘涌燹")
    assert doc.display_text[first.end - 1] == "%" or doc.display_text[first.end - 1] == "。"


@st.composite
def _suspects(draw: st.DrawFn) -> tuple[str, tuple[SuspectRange, ...]]:
    text = draw(st.text(alphabet="一二三（）。ㄒ唬\n ab", max_size=40))
    spans = []
    for _ in range(draw(st.integers(0, 4))):
        a = draw(st.integers(0, len(text)))
        b = draw(st.integers(a, len(text)))
        repair = draw(st.text(alphabet="加快转（）", max_size=6))
        score = draw(st.floats(0, 1))
        spans.append(SuspectRange(a, b, text[a:b], "t", (Repair(repair, score),)))
    return text, tuple(spans)


@settings(max_examples=200, deadline=None)
@given(_suspects())
def test_the_repaired_views_offset_map_is_monotonic_and_in_bounds(case: tuple[str, tuple[SuspectRange, ...]]) -> None:
    display, suspects = case
    view, to_display = repaired_view(display, suspects)
    assert len(to_display) == len(view) + 1
    assert to_display[0] >= 0 and to_display[-1] == len(display)
    assert all(a <= b for a, b in pairwise(to_display))
    assert all(0 <= d <= len(display) for d in to_display)
    # outside the suspect spots the view is the display text, character for character
    last = {d: i for i, d in enumerate(to_display)}
    for d, ch in enumerate(display):
        if not any(s.start <= d < s.end for s in suspects):
            assert view[last[d]] == ch


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="。，（）一二加快轉經ㄒㄕ唬┘┙│涌燹D_?(jīng)\n 5", max_size=60))
def test_runs_are_in_order_in_bounds_and_only_where_an_odd_symbol_stands(text: str) -> None:
    runs = find_shifted(text, traditional=True)
    at = 0
    for run in runs:
        assert at <= run.start < run.end <= len(text)
        assert any(c in "ㄒㄕ┘┙│" for c in text[run.start : run.end])
        at = run.end


def test_without_suspects_the_repaired_view_is_the_display_text() -> None:
    display = "一、总体情况\n（一）主动公开情况"
    assert repaired_view(display, ()) == (display, list(range(len(display) + 1)))
