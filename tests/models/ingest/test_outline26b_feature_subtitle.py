"""A newspaper feature's subtitle under its headline (——访…局长…, ——记…, ——写在…之际) names whom the piece
visits or what it marks: the subtitle of the title, never a dash-led sub-head over the paragraphs after it."""

from __future__ import annotations

import pytest

from models.ingest.outline import build_outline
from models.types import walk_sections

QA = "记者：2023年，全区农业经济持续发展，取得了哪些成绩？"
ANSWER = "王某某：2023年，全年完成农业增加值20.6亿元，同比增长5.1%；新建高标准农田3万亩，粮食总产稳定在40万吨以上。"


def titles(text: str) -> list[str]:
    return [s.title for s in walk_sections(build_outline(text))]


@pytest.mark.parametrize(
    "subtitle",
    [
        "——访县工业和信息化局局长常怡生",
        "——访市农业农村局党组书记、局长王某某",
        "—— 专访区发展和改革委员会主任王某某",
        "——记某镇党委书记王某某",
        "——写在某市第十五次党代会召开之际",
    ],
)
def test_a_feature_subtitle_under_its_headline_is_no_heading(subtitle: str) -> None:
    text = "\n".join(["推动农业经济更好更快发展", subtitle, QA, ANSWER, QA, ANSWER])
    assert titles(text) == []


def test_a_dash_led_sub_head_stays_one() -> None:
    # ——坚持…: the dash-led title of the paragraph after it (the family the subtitle rule must not touch)
    para = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务，工业经济稳步发展。"
    heads = ["——坚持项目为王，产业发展不断壮大", "——坚持访企助企，营商环境持续优化"]
    text = "\n".join(["某县2023年政府工作报告", heads[0], para * 2, heads[1], para * 2])
    got = titles(text)
    assert "坚持项目为王，产业发展不断壮大" in got
    assert "坚持访企助企，营商环境持续优化" in got
