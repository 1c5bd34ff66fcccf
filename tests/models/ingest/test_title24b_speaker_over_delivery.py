"""A speaker's label of a 政府工作报告 (某某市长政府工作报告) is no title (134, 378, 1177), except set right over the
report's own delivery line (——2005年1月18日在…会议上): then it is the title line the site set (2081)."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata

BODY = (
    "各位代表:\n\n现在,我代表{gov}人民政府,向大会作政府工作报告,请予审议,并请各位政协委员和其他列席人员提出意见。\n\n"
    "一、2004年工作回顾\n\n过去的一年,全市生产总值预计达到7440亿元,按可比价格计算比上年增长13.6%,财政收入稳步增长。\n"
)


def _title(text: str) -> str | None:
    return extract_metadata(clean(text), (), source_name="f.txt", original=text).title


@pytest.mark.parametrize(
    ("label", "delivery", "gov"),
    [
        ("韩正市长政府工作报告(全文)", "——2005年1月18日在上海市第十二届人民代表大会第三次会议上", "上海市"),
        ("张三县长政府工作报告", "——二〇一二年一月九日在某县第十六届人民代表大会第一次会议上", "县"),
    ],
)
def test_a_speakers_label_over_the_delivery_line_is_the_title(label: str, delivery: str, gov: str) -> None:
    text = f"{label}\n\n{delivery}\n\n" + BODY.format(gov=gov)
    assert _title(text) == label.removesuffix("(全文)")


def test_a_speakers_label_without_the_delivery_line_is_none() -> None:
    text = "韩正市长政府工作报告(全文)\n\n" + BODY.format(gov="上海市")
    assert _title(text) is None
