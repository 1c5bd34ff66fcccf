"""A review's period theme written as a title on its own line (五年来,我们…,经济综合实力显著增强, no stop) over the
numbered items it sums up is the tier between the review part and the items (2173; README: stand-alone announcing
sentences with no final punctuation are unnumbered level-2 headings, 1517/1523); the sentence announcing the items
(一年来,我们主要做了以下工作:) is no heading."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from models.ingest.outline import build_outline
from models.types import walk_sections

OPENING = "各位代表:\n现在,我代表区人民政府向大会作工作报告,请予审议,并请区政协委员和各位列席人员提出意见。\n"
PARAGRAPH = "过去五年,在市委、市政府和区委的坚强领导下,区政府团结带领全区干部群众,全面完成各项目标任务,谱写了新篇章。"
ITEMS = (
    "(一)经济总量实现高位突破。全区经济保持年均9.4%的增速,相继迈上500亿元、600亿元台阶,投资带动作用有效发挥。\n"
    "(二)产业结构优化成效显著。二、三产业比例调整为30:70,三产占比提升了13.2个百分点,商贸服务业繁荣发展。\n"
)


def outline_of(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []

    def walk(sections: object, level: int) -> None:
        for s in sections:  # type: ignore[attr-defined]
            out.append((level, s.title))
            walk(s.children, level + 1)

    walk(build_outline(text), 1)
    return out


def test_a_theme_over_numbered_items_is_their_parent_under_the_part() -> None:
    theme = "五年来,我们围绕转型升级谋发展,经济综合实力显著增强"
    text = f"{OPENING}过去五年工作回顾\n{PARAGRAPH}\n{theme}\n{ITEMS}"
    assert outline_of(text) == [
        (1, "过去五年工作回顾"),
        (2, theme),
        (3, "经济总量实现高位突破"),
        (3, "产业结构优化成效显著"),
    ]


def test_the_sentence_announcing_the_items_is_no_heading() -> None:
    for line in ("一年来,我们主要做了以下工作:", "五年来,我们重点抓了以下五个方面的工作", "一年来,我们的工作如下"):
        text = f"{OPENING}过去五年工作回顾\n{PARAGRAPH}\n{line}\n{ITEMS}"
        titles = [s.title for s in walk_sections(build_outline(text))]
        assert titles == ["过去五年工作回顾", "经济总量实现高位突破", "产业结构优化成效显著"], line


@settings(max_examples=20, deadline=None)
@given(
    period=st.sampled_from(["五年来", "一年来", "过去一年", "这一年"]),
    theme=st.sampled_from(["坚持改革开放促发展", "聚焦民生补短板", "狠抓项目建设强支撑"]),
    result=st.sampled_from(["经济综合实力显著增强", "城乡面貌焕然一新", "发展质量效益实现新突破"]),
)
def test_variants_of_periods_themes_and_results(period: str, theme: str, result: str) -> None:
    line = f"{period},我们{theme},{result}"
    text = f"{OPENING}2016年工作回顾\n{PARAGRAPH}\n{line}\n{ITEMS}"
    assert outline_of(text)[1] == (2, line)
