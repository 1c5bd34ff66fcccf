"""A forum's anti-copy jammer string glued before a heading's label is left out of the line, as the jammer after a
title is (Discuz copies: 1257; 002 and 154 carry it after their titles)."""

from __future__ import annotations

from models.ingest.outline import build_outline

SPEECH = "在2016年度重点工作督查动员会上的讲话\n同志们:\n大家下午好!下面,就开展好这次督查活动,我讲几点意见:\n\n"
PARA = "今年年初,县委、县政府印发了四个年活动方案。督查的根本目的就是发现问题、分析问题、整改问题,推进工作的落实。"


def titles(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.title) for s in build_outline(text)]


def test_a_jammer_glued_before_the_label_of_a_long_line_is_left_out() -> None:
    text = SPEECH + "6 b8 N0 k6 }' T( c# i7 O% H- b$ Y一、要深刻领会督查的重要意义 4 K, n N0 C \\% P! " + PARA * 3
    assert ("一、", "要深刻领会督查的重要意义") in titles(text)


def test_a_jammer_before_the_label_of_a_heading_line_is_left_out() -> None:
    text = SPEECH + "O% H- b$ }' T( 一、要深刻领会督查的重要意义\n" + PARA + "\n二、要突出督查重点\n" + PARA + "\n"
    assert titles(text)[:2] == [("一、", "要深刻领会督查的重要意义"), ("二、", "要突出督查重点")]


def test_letters_glued_to_a_label_with_no_jammer_before_stay() -> None:
    # (a Latin word before a numeral is no jammer: nothing of punctuation and blanks before it)
    text = SPEECH + "ABC一、要深刻领会督查的重要意义\n" + PARA + "\n"
    assert ("一、", "要深刻领会督查的重要意义") not in titles(text)
