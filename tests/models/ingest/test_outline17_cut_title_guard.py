"""A title cut by a line break never takes a next line that opens with a numbering label of its own (hypothesis found
一、主要工作 ⏎ 第一部分主要工作 ⏎ 主要工作。 joined into one title)."""

from __future__ import annotations

from models.ingest.outline import build_outline

PARAGRAPH = "我镇在3月份多次召开了党委会、党员扩大会议，对全年工作进行了安排部署。\n"


def titles(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.title) for s in build_outline(text)]


def test_a_line_opening_with_a_part_label_is_no_rest_of_the_title() -> None:
    assert ("一、", "主要工作第一部分主要工作") not in titles("一、主要工作\n第一部分主要工作\n主要工作。\n")


def test_a_byte_order_mark_before_that_line_changes_nothing() -> None:
    assert ("一、", "主要工作第一部分主要工作") not in titles("一、主要工作\n\ufeff第一部分主要工作\n主要工作。\n")


def test_a_cut_title_still_goes_on_to_its_last_words() -> None:
    text = "一、贯彻落实县政府政府工作和农村\n工作会议精神\n" + PARAGRAPH
    assert ("一、", "贯彻落实县政府政府工作和农村工作会议精神") in titles(text)


def test_a_byte_order_mark_before_the_rest_stays_out_of_the_title() -> None:
    text = "一、贯彻落实县政府政府工作和农村\n\ufeff工作会议精神\n" + PARAGRAPH
    assert ("一、", "贯彻落实县政府政府工作和农村工作会议精神") in titles(text)
