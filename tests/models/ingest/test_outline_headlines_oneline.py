"""One-line copies of reports written in lines: which pieces open a paragraph with a headline, and which lead
sentence governs them (the reader should pick the heads it picks in the lined copy, where the gold rules agree)."""

from __future__ import annotations

import pytest

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务，为全年发展打下了坚实基础。"
HEADLINED = f"稳妥推进项目建设。{PARA} 持续优化营商环境。{PARA} 加快发展现代农业。{PARA} "


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


@pytest.mark.parametrize("stray", [" \u200b ", " ", "\u3000"])
@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("大力支持特别行政区政府依法施政，发展", "经济、改善民生、推进民主、促进和谐。"),
        ("要认真落实全面从严治党要求，把党风", "廉政建设和反腐败工作不断引向深入。"),
        ("目前三四线城市库存仍然较多，要", "支持居民自住和进城人员购房需求。"),
    ],
)
def test_a_sentence_going_on_past_a_stray_blank_opens_no_paragraph(stray: str, before: str, after: str) -> None:
    # (a wiki copy's links split its lines inside a sentence; run together, the split is a blank, 803)
    text = (
        "某市人民政府2017年工作报告 各位代表：现在，我代表市人民政府，向大会报告工作。 "
        f"一、2017年重点工作 {HEADLINED}{before}{stray}{after}{PARA} 二、加强政府自身建设 {PARA}\n"
    )
    assert flat(text) == [
        (1, "一、", "2017年重点工作"),
        (2, "", "稳妥推进项目建设"),
        (2, "", "持续优化营商环境"),
        (2, "", "加快发展现代农业"),
        (1, "二、", "加强政府自身建设"),
    ]


@pytest.mark.parametrize(
    "theme",
    [
        "一年来,我们坚持惠民生、强保障,持续提升群众幸福指数。",
        "一年来，我们坚持抓项目、促发展，持续壮大镇域经济实力。",
        "过去一年，我们坚持稳增长、调结构，经济发展质量稳步提升。",
    ],
)
@pytest.mark.parametrize("header", ["某乡2023年政府工作报告-10篇(第20/30页)", "某镇政府工作报告（第2页）"])
def test_a_theme_opening_a_one_line_copy_over_headlined_paragraphs_is_their_heading(header: str, theme: str) -> None:
    # 914: the page's header over the copy, the theme sentence a piece of its own over paragraphs opening with their
    # own headline sentences: the theme governs them, as its line does in the lined copy (the fifth-session ruling)
    more = "重点项目完成投资5.2亿元。新增规上企业3家，村集体经济收入全部超过20万元。"
    text = (
        f"{header}\n{theme} "
        + "".join(f"{h}。{PARA}{more} " for h in ("稳妥推进项目建设", "持续优化营商环境", "加快发展现代农业"))
        + "\n"
    )
    heads = flat(text)
    assert heads[0] == (1, "", theme.rstrip("。"))


@pytest.mark.parametrize(
    "opening",
    [
        "民生是为政之要，必须时刻放在心头、扛在肩上。",
        "生态环境是发展的底线，必须守住守牢。",
        "安全是发展的前提,必须坚持不懈抓好。",
    ],
)
def test_a_sentence_with_a_clause_right_under_its_numbered_heading_is_the_sections_opening(opening: str) -> None:
    # 803 (八)…社会建设。 民生是为政之要，必须…。: the section's opening sentence, not a subheading (as a lone
    # theme line right under its heading is none, fifth session)
    text = (
        "某市人民政府2017年工作报告 各位代表：现在，我代表市人民政府，向大会报告工作。 "
        f"一、2017年重点工作 （一）推进以保障和改善民生为重点的社会建设。 {opening}{PARA} {HEADLINED}"
        f"二、加强政府自身建设 {PARA}\n"
    )
    assert flat(text) == [
        (1, "一、", "2017年重点工作"),
        (2, "（一）", "推进以保障和改善民生为重点的社会建设"),
        (3, "", "稳妥推进项目建设"),
        (3, "", "持续优化营商环境"),
        (3, "", "加快发展现代农业"),
        (1, "二、", "加强政府自身建设"),
    ]


def test_a_headline_without_a_clause_right_under_its_numbered_heading_stays_a_heading() -> None:
    # (839 (一)坚持…活力。 紧盯关键指标。十项…: its first headline is a subheading)
    text = (
        "某街道2023年工作总结 一、2023年工作回顾 （一）坚持“谋发展、促增长”，全力提振经济活力。 "
        f"{HEADLINED}二、2024年工作思路 {PARA}\n"
    )
    assert flat(text)[2:5] == [(3, "", "稳妥推进项目建设"), (3, "", "持续优化营商环境"), (3, "", "加快发展现代农业")]
