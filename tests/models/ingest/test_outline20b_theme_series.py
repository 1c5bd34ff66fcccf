"""Lead lines opening with the same period theme (这一年，我们…。 twice) are the review's parallel subheads, however few
an excerpt keeps: on their own lines (216) or run into their paragraphs in a copy run together on one line (592).
A dash-led theme stays a lead-in (1174), one theme line alone right under its heading is its opening sentence."""

from __future__ import annotations

import pytest

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成地区生产总值556.4亿元,增长5.2%,总量继续排名第一;规模以上工业增加值增长14.5%,完成固定资产投资141.6亿元。"
OPENING = "2022年,是发展历程中极不平凡的一年。全县上下在市委、市政府的坚强领导下,圆满完成了全年目标任务。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


THEMES = [
    ("这一年，", ["我们迎难而上稳大盘，保持了稳中有进的良好态势", "我们大抓实体兴产业，迈出了转型升级的有力步伐"]),
    ("一年来，", ["我们聚焦项目建设，发展后劲持续增强", "我们坚持民生优先，群众获得感不断提升"]),
    ("过去五年，", ["我们坚持转型升级，综合实力显著增强", "我们坚持生态优先，城乡面貌焕然一新"]),
]


@pytest.mark.parametrize(("period", "leads"), THEMES)
def test_two_theme_lines_on_their_own_lines_are_subheads(period: str, leads: list[str]) -> None:
    lines = ["某县人民政府工作报告", "各位代表：", OPENING, "一、2022年工作回顾", OPENING]
    for lead in leads:
        lines += [f"{period}{lead}。", PARA]
    lines += ["二、2023年工作安排", PARA]
    got = flat("\n".join(lines))
    subheads = [(2, "", period + lead) for lead in leads]
    assert got == [(1, "一、", "2022年工作回顾"), *subheads, (1, "二、", "2023年工作安排")]


@pytest.mark.parametrize(("period", "leads"), THEMES)
def test_two_theme_sentences_run_in_on_one_line_are_subheads(period: str, leads: list[str]) -> None:
    text = "某县人民政府工作报告 各位代表: " + OPENING + " 一、2022年工作回顾 " + OPENING + OPENING
    text += "".join(f"   {period}{lead}。{PARA}{PARA}" for lead in leads)
    got = flat(text)
    assert [(lv, title.replace(",", "，")) for lv, _, title in got[1:]] == [(2, period + lead) for lead in leads]


def test_dash_led_theme_lines_stay_lead_ins() -> None:
    lines = ["某县人民政府工作报告", "各位代表：", OPENING, "一、过去五年工作回顾", OPENING]
    lines += ["——五年来，我们凝心聚力谋发展，综合实力大幅提升。", PARA]
    lines += ["——五年来，我们因势利导调结构，农村面貌焕然一新。", PARA]
    lines += ["二、今后五年的目标任务", PARA]
    assert [title for _, _, title in flat("\n".join(lines))] == ["过去五年工作回顾", "今后五年的目标任务"]


def test_one_theme_line_under_its_heading_is_the_opening_sentence() -> None:
    lines = ["某县人民政府工作报告", "各位代表：", OPENING, "一、2022年工作回顾"]
    lines += ["一年来，我们提高政治站位，强化责任担当，生态文明建设迈出坚实步伐。", PARA, PARA]
    lines += ["二、2023年工作安排", PARA]
    assert [title for _, _, title in flat("\n".join(lines))] == ["2022年工作回顾", "2023年工作安排"]
