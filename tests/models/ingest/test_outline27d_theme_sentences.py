"""A review's period theme written as a sentence of several clauses (五年来，我们…，…，…实现新突破。), standing
alone between paragraphs over paragraphs that open with their own headline sentences: a heading one level below the
enclosing one (the 914/110/1027 rulings; 1027, 1898)."""

from __future__ import annotations

import pytest

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务，各项工作取得了新的进展。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


HEADS = ("经济运行稳中向好。", "产业结构持续优化。")


def _report(theme: str, head: str = "一、2024年工作回顾", heads: tuple[str, str] = HEADS) -> str:
    lines = ["某县政府工作报告", "各位代表：", head, "2024年是极不平凡的一年。" + PARA + PARA, theme]
    lines += [heads[0] + PARA + PARA, heads[1] + PARA + PARA]
    return "\n".join(lines)


THEMES = [
    # 1027: four clauses after the period, 56 characters
    "五年来，我们坚持高质量发展不动摇，深度融入京津冀协同发展重大国家战略，爬坡过坎创新竞进，发展质量效益实现新突破。",
    # 1898
    "一年来，我们奋力拼搏，促融合优结构，在经济下行态势中稳住了发展大局。",
    # variants: another period, another place, half-width commas
    "过去一年，我们迎难而上、攻坚克难，在复杂严峻的形势中稳住了经济基本盘，保持了经济社会平稳健康发展。",
    "这一年,我们稳中求进,攻坚克难,在复杂形势中稳住了经济大盘,保持了社会大局和谐稳定。",
    "五年来,我们坚持生态优先、绿色发展,推动沿江产业转型升级,综合实力迈上新台阶。",
]


@pytest.mark.parametrize("theme", THEMES)
def test_a_many_clause_theme_sentence_over_headlined_paragraphs_is_a_subheading(theme: str) -> None:
    got = flat(_report(theme))
    assert (2, "", theme.rstrip("。")) in got


@pytest.mark.parametrize("theme", THEMES)
def test_the_same_sentence_right_under_its_heading_is_the_sections_opening(theme: str) -> None:
    lines = ["某县政府工作报告", "各位代表：", "一、2024年工作回顾", theme, "经济运行稳中向好。" + PARA + PARA]
    got = flat("\n".join(lines))
    assert got == [(1, "一、", "2024年工作回顾")]


def test_a_theme_sentence_over_plain_paragraphs_is_no_heading() -> None:
    # over paragraphs with no headline sentence of their own it is a one-sentence paragraph
    theme = THEMES[0]
    got = flat(_report(theme, heads=("我们坚持把发展作为第一要务，" + PARA, "全县上下齐心协力，" + PARA)))
    assert all(t != theme.rstrip("。") for _, _, t in got)


def test_a_sentence_announcing_the_work_or_a_long_paragraph_start_is_no_heading() -> None:
    announcing = "一年来，我们紧紧围绕县委决策部署，团结带领全县人民，主要做了以下六个方面工作。"
    long_first = (
        "一年来，我们在县委的坚强领导下，在县人大、县政协的监督支持下，坚持稳中求进工作总基调，"
        "完整准确全面贯彻新发展理念，统筹发展和安全，经济社会保持健康平稳发展。"
    )
    for theme in (announcing, long_first):
        got = flat(_report(theme))
        assert all(t != theme.rstrip("。") for _, _, t in got), theme


@pytest.mark.parametrize(
    "theme",
    [
        "五年来,我们坚持发展是第一要务,夯实产业支撑,发展能级稳步提升。",  # 1090
        "一年来，我们坚持生态优先，守牢绿色底线，城乡环境持续改善。",
        "过去一年，我们竞进有为，不折不扣深化医药卫生体制改革，医卫力量有新提升。",
    ],
)
def test_a_theme_sentence_over_its_points_on_their_own_lines_is_a_subheading(theme: str) -> None:
    # a PDF's lines: the theme alone after the review's opening paragraph, the 一是… points under it (1090)
    text = _report(theme, heads=("一是文化旅游产业蓬勃发展。" + PARA, "二是现代农业提质增效。" + PARA))
    assert (2, "", theme.rstrip("。")) in flat(text)


def test_a_sentence_counting_the_points_after_it_is_no_subheading() -> None:
    theme = "一年来，我们坚持稳中求进，着力抓好六方面工作。"
    text = _report(theme, heads=("一是文化旅游产业蓬勃发展。" + PARA, "二是现代农业提质增效。" + PARA))
    assert all(t != theme.rstrip("。") for _, _, t in flat(text))
