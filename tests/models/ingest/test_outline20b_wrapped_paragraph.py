"""An unnumbered heading over a paragraph whose first line a wrap cut inside its sentence (…开启新局面、 ⏎ 城市综合…),
in a copy whose line widths vary (wrapped twice) or run together on one line with the wrap's blank kept: the
paragraph follows the heading all the same (1817 wrapped, a 政府工作报告's review part)."""

from __future__ import annotations

import pytest

from models.ingest.outline import build_outline
from models.types import walk_sections

FIRST = "本届政府任期的五年，是适应和引领经济发展新常态、转型发展开启新局面"
REST = "城市综合竞争力不断提升的五年。面对复杂的经济形势和艰巨的改革发展任务，市政府奋发有为、攻坚克难。"
PARA = "五年来，我们大力推进产业转型升级，地区生产总值年均增长8.5%，规模以上工业总产值年均增长9.9%。"


def titles(text: str) -> list[str]:
    return [s.title for s in walk_sections(build_outline(text))]


@pytest.mark.parametrize("mark", ["、", "，"])
@pytest.mark.parametrize("part", ["过去五年和2016年工作回顾", "今后五年的目标任务"])
def test_a_heading_over_a_paragraph_line_cut_inside_its_sentence(mark: str, part: str) -> None:
    lines = ["政府工作报告", "各位代表：", "现在，我代表市人民政府，向大会报告政府工作，请予审议，并请各位政协委员和"]
    lines += ["其他列席人员提出意见。", part, FIRST + mark, REST, PARA, "2017年工作安排", PARA]
    assert titles("\n".join(lines)) == [part, "2017年工作安排"]


@pytest.mark.parametrize("mark", ["、", "，"])
def test_the_same_run_together_on_one_line(mark: str) -> None:
    text = "政府工作报告 各位代表： 现在，我代表市人民政府，向大会报告政府工作，请予审议，并请各位政协委员和其他列席"
    text += "人员提出意见。 过去五年工作回顾 " + FIRST + mark + " " + REST + PARA + " 2017年工作安排 " + PARA + PARA
    assert titles(text) == ["过去五年工作回顾", "2017年工作安排"]
