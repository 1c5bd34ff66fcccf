"""A headline sentence opening a paragraph of a report run together on one line, in a section written in headlined
paragraphs: the stretch before any heading (a news item's figures, then its first headlined paragraph, the excerpt
cut after it) and the section an unnumbered first part's heading opens, run into its own paragraph."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

FIGURES = (
    "据初步测算，今年一季度，某县实现地区生产总值59043万元，同比增长9.3%，增速较上年同期下降3.6个百分点。"
    "其中：第一产业实现增加值4959万元，同比增长4.5%；第二产业实现增加值8359万元，同比增长10.4%。"
)
FARM = (
    "一季度，全县农林牧渔业总产值达9802万元，同比增长3.7%，其中：农业产值531万元，同比增长11%；"
    "林业产值1570万元，同比增长4.1%；牧业产值7291万元，同比增长3.6%。夏收粮食播种面积131140亩，同比增长0.93%。"
)
INTRO = (
    "2020年是极不平凡、极其不易的一年。面对严峻复杂的形势、艰巨繁重的任务，我们坚持稳中求进，"
    "在市委、市政府和县委的坚强领导下，全县上下同心协力，圆满完成了县人大会议确定的主要目标任务。"
)
FORMULA = "各位代表：现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席会议的同志提出意见。"


def titles(text: str) -> list[str]:
    return [s.title for s in walk_sections(build_outline(text))]


def test_a_news_items_headlined_paragraph_after_its_figures_is_a_heading() -> None:
    for head in ("农业和农村经济稳步发展", "工业经济持续回升"):
        text = f"某某网讯 {FIGURES} {head}。{FARM} 服务业"
        assert titles(text) == [head]


def test_a_headline_under_a_first_part_heading_run_into_its_paragraph() -> None:
    for head in ("“双战双胜”成绩斐然", "“三大攻坚战”成效明显", "脱贫攻坚全面收官"):
        part = f"2020年工作及“十三五”发展回顾{INTRO}"
        text = f"某县2021年政府工作报告\n{FORMULA} {part} {head}。疫情防控交出满意答卷。{FARM}"
        got = titles(text)
        assert head in got, got


def test_one_short_opening_of_three_paragraphs_stays_prose() -> None:
    # a speech's paragraph opening now and then with a short sentence, the others in prose: no heading
    text = f"某县2021年政府工作报告\n{FORMULA} {INTRO} 成绩来之不易。{FARM} {FIGURES}{FARM}"
    assert titles(text) == []
