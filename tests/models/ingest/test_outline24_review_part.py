"""A one-line copy's review part named ``…工作的回顾`` (or a farm's word swap ``…工作的回忆``) is a part of the
report as ``…工作回顾`` is: its unnumbered headline subheads stand under it (1709; 三届政协工作的回顾,
本届政府工作的回顾 in national reports)."""

from __future__ import annotations

import pytest

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%。各项社会事业全面进步。人民生活持续改善，群众满意度不断提高。"


def flat(text: str) -> list[tuple[int, str]]:
    return [(s.level, s.title) for s in walk_sections(build_outline(text))]


@pytest.mark.parametrize(
    "part", ["过去一年政府工作的回顾", "年政府工作的回忆", "2019年政府工作回忆", "2019年工作的回顾"]
)
def test_headline_subheads_stand_under_a_review_part_named_so(part: str) -> None:
    text = " ".join(
        [
            "政府工作报告",
            "各位代表:现在,我代表镇人民政府向大会报告工作,请予审议。",
            part,
            "过去的一年,全镇上下团结一心,攻坚克难,各项事业取得了显著成绩。",
            "国民经济持续健康发展。" + PARA,
            "农业结构调整迈出新步伐。" + PARA,
            "民营经济发展实现新的突破。" + PARA,
        ]
    )
    got = flat(text)
    assert got[0] == (1, part), got
    assert [t for lv, t in got if lv == 2] == [
        "国民经济持续健康发展",
        "农业结构调整迈出新步伐",
        "民营经济发展实现新的突破",
    ]
