"""A news photo's caption whose photographer is credited in brackets after a blank: ``某某作政府工作报告 (某某摄)``."""

from __future__ import annotations

import pytest

from models.ingest.photo_credits import photo_credit


@pytest.mark.parametrize(
    "line",
    [
        "陈玲芳作政府工作报告 (马玉龙摄)",
        "县长王建国作政府工作报告 （李小明摄）",
        "大会开幕现场 (欧阳晓峰摄)",
        "代表们认真审议报告 (张伟 摄)",
    ],
)
def test_a_caption_with_its_photographer_in_brackets_is_a_photo_credit(line: str) -> None:
    assert photo_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "全年完成摄影作品展览12场(含巡展摄)",  # no blank sets the bracket off; a sentence of the report
        "组织开展“美丽乡村”摄影大赛，征集作品300余幅。",
        "我县获评省级摄影之乡 (省文联命名)",
    ],
)
def test_report_sentences_about_photography_are_no_credit(line: str) -> None:
    assert not photo_credit(line)
