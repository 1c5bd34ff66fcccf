"""Titles session 27, by family: a farm collection's piece mark whose year the farm dropped (2325
`德清县年政府工作报告篇1` under the label `德清县政府工作报告`) still marks the label's piece:
no title (the session-26 ruling)."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata

REPORT = (
    "各位代表:\n\n现在,我代表{level}人民政府向大会作工作报告,请予审议,并请{level}政协委员和其他列席人员提出意见。\n\n"
    "一、20xx年工作回顾\n\n20xx年,面对错综复杂的形势,{level}政府在{level}委的正确领导下,全面贯彻各项决策部署,"
    "预计全{level}实现生产总值342亿元,增长10%;固定资产投资198亿元,增长14%。\n\n"
    "回顾过去的一年,我们主要抓了以下工作:\n\n(一)着力保持经济稳健运行。一年来,我们坚持稳中有进、稳中有为。\n"
)


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


@pytest.mark.parametrize(
    ("label", "blurb", "mark", "level"),
    [
        ("德清县政府工作报告", "小编整理了德清县年政府工作报告!", "德清县年政府工作报告篇1", "县"),
        ("宁波市政府工作报告", "小编分享几篇宁波市政府工作报告!", "宁波市年政府工作报告篇2", "市"),
        ("晉中市政府工作報告", "小編分享幾篇晉中市政府工作報告!", "晉中市年政府工作報告篇1", "市"),
        ("海淀区政府工作报告", "小编为大家整理了海淀区政府工作报告,供大家参考。", "海淀区20xx年政府工作报告篇一", "区"),
        ("2021年桐庐县政府工作报告", "小编为大家整理了桐庐县政府工作报告。", "桐庐县年政府工作报告篇1", "县"),
    ],
)
def test_a_piece_mark_without_the_labels_year_still_marks_the_collection(
    label: str, blurb: str, mark: str, level: str
) -> None:
    text = f"{label}\n{blurb}\n{mark}\n" + REPORT.format(level=level)
    assert _read(text).title is None


def test_a_piece_whose_own_title_follows_its_mark_keeps_it() -> None:
    label = "德清县政府工作报告"
    text = f"{label}\n小编为大家整理了德清县政府工作报告。\n篇1:{label}\n{label}\n" + REPORT.format(level="县")
    assert _read(text).title == label
