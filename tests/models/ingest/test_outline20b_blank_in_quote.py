"""A blank taken out of a one-line copy ends a run-in title only outside the quotes and brackets the title opened: a
wrap's blank inside ``审计“下半篇文 章”`` is no line break (1282's PDF copy run together on one line); one after a
closed quote still ends the title."""

from __future__ import annotations

import pytest

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务，各项工作取得新进展。"


def titles(pieces: list[str]) -> list[str]:
    """The outline of ``pieces`` run together as cleaning leaves a one-line copy: the blank between two pieces that
    meet on Chinese characters taken out (and passed as ``blanks``), the others kept."""
    text, blanks = "", set()
    for piece in pieces:
        if text and "\u4e00" <= text[-1] <= "\u9fff" and "\u4e00" <= piece[0] <= "\u9fff":
            blanks.add(len(text))
        elif text:
            text += " "
        text += piece
    return [s.title for s in walk_sections(build_outline(text, blanks=frozenset(blanks)))]


@pytest.mark.parametrize(
    ("opened", "closed"),
    [
        ("审计“下半篇文", "章”更加彰显权威高效要求。"),
        ("落实《政府工作报", "告》确定的各项任务。"),
        ("推进（二期扩", "建）工程取得实效。"),
    ],
)
def test_a_dash_led_paragraph_wrapped_inside_a_quote_is_no_heading(opened: str, closed: str) -> None:
    pieces = ["某局2024年度审计工作报告", "一、总体情况", PARA, "——审计整改总体格局进一步巩固深化，" + opened]
    pieces += [closed + "全面整改已形成工作闭环。" + PARA, "二、主要问题", PARA]
    assert titles(pieces) == ["总体情况", "主要问题"]


def test_a_blank_after_a_closed_quote_still_ends_the_title() -> None:
    pieces = ["某局2024年度审计工作报告", "一、总体情况", PARA, "——“下半篇文章”更加彰显权威高效"]
    pieces += ["全面整改已形成工作闭环。" + PARA, "——整改合力进一步形成", "专项整改建立健全贯通协作机制。" + PARA]
    pieces += ["二、主要问题", PARA]
    assert "“下半篇文章”更加彰显权威高效" in titles(pieces)
