"""A lone dash-led line with no end punctuation is a heading, its dash dropped (717 rule): in a copy run together on
one line, the same line standing alone between blanks is one too (1146, 692 in one-line copies); a dash-led
sentence with its stop stays a lead-in there as on its own line (876)."""

from __future__ import annotations

import pytest

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "加快开放型经济建设,积极引进培育一批新外贸主体,支持跨境电商、服务贸易等企业发展。(责任单位:区商务局)"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def _plan(heads: list[str], sep: str) -> str:
    lines = ["某区2019年主要目标任务责任分解方案", "各街道、各部门:", "为确保全年目标任务圆满完成,经区政府研究同意。"]
    lines += ["现将主要目标任务责任分解如下:"]
    lines += ["一、勇立新时代潮头,在全面深化改革中释放发展动力与活力"]
    n = 0
    for head in heads:
        lines.append(head)
        for _ in range(2):
            n += 1
            lines.append(f"{n}、{PARA}")
    lines += ["二、坚持高质量发展,在建设现代化经济体系中增强实力", "1、" + PARA]
    return sep.join(lines)


@pytest.mark.parametrize("sep", ["\n", " "])
@pytest.mark.parametrize("dash", ["——", "--"])
def test_dash_led_lines_are_headings_in_lines_and_run_together(sep: str, dash: str) -> None:
    heads = ["在深化供给侧结构性改革上保持定力", "在推进“放管服”改革上精准发力"]
    got = [(level, title) for level, _, title in flat(_plan([dash + h for h in heads], sep))]
    assert [(2, h) for h in heads] == [g for g in got if g[1] in heads]


def test_a_dash_led_sentence_with_its_stop_stays_a_lead_in_when_run_together() -> None:
    para = "国内生产总值比上年增长9.1%,达到11.67万亿元;按现行汇率计算,人均国内生产总值突破1000美元。"
    text = "政府工作报告 各位代表: 现在,我代表国务院,向大会报告政府工作,请予审议。 一、过去一年的工作 " + para
    text += " ———抗击非典取得重大胜利。 " + para + " ———首次载人航天飞行获得圆满成功。 " + para
    text += " 二、今年的主要任务 " + para
    assert [title for _, _, title in flat(text)] == ["过去一年的工作", "今年的主要任务"]
