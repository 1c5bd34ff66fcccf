"""Session 28c: a short line opening with a year written as a bare figure (2016成绩单, corpus 1834) is as Chinese as
one writing 年: the year is one word of it, and the line may head the paragraphs after it."""

from __future__ import annotations

import pytest

from tests.models.ingest.outline_tree import tree

PARA = "全年完成工业总产值1821亿元，同比增长15.7%；实现财政总收入169亿元，同比增长39.7%，主要经济指标增速位居前列。"


@pytest.mark.parametrize("head", ["2016成绩单", "2023亮点回顾", "1998大事记"])
def test_a_short_line_opening_with_a_bare_year_heads_its_paragraphs(head: str) -> None:
    text = "高新区召开年度工作会议\n记者昨日从高新区管委会召开的工作会议上获悉，去年全区经济运行稳中有进。\n"
    text += head + "\n" + PARA + "\n" + PARA + "\n"
    assert (1, "", head) in tree(text)


def test_a_line_of_figures_stays_no_heading() -> None:
    text = "高新区召开年度工作会议\n记者昨日从高新区管委会召开的工作会议上获悉，去年全区经济运行稳中有进。\n"
    text += "2016 1821 169亿元\n" + PARA + "\n" + PARA + "\n"
    assert not tree(text)
