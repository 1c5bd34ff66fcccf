"""A farm's collection label over its first piece (session 27: 2325, 2382, 1919, 406, 985): the line naming the
report the piece mark ``…篇1`` names again, a dropped year's 年 aside, is the collection's, not the report's."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean

_TEXT = (
    "各位代表:\n现在,我代表县人民政府向大会作工作报告,请予审议,并请县政协委员和其他列席人员提出意见。\n"
    "一、过去一年工作回顾\n过去一年,面对错综复杂的形势,县政府全面贯彻各项决策部署,全县生产总值增长7.5%。\n"
)


@pytest.mark.parametrize(
    ("label", "piece"),
    [
        ("德清县政府工作报告", "德清县年政府工作报告篇1"),
        ("晋中市政府工作报告", "晋中市政府工作报告篇1"),
        ("城管局副局长述职报告", "城管局副局长述职报告(篇一)"),
        ("某镇2023年工作总结", "某镇2023年工作总结篇一"),
    ],
)
def test_the_label_over_a_collections_first_piece_is_chrome(label: str, piece: str) -> None:
    page = f"{label}\n某地,取名于山水之间。小编为大家整理了一些{label},希望对你有用!\n{piece}\n{_TEXT}"
    shown = clean(page).display_text
    assert label not in shown.split("\n") and piece not in shown
    assert shown.startswith("各位代表")


def test_a_title_naming_another_report_than_the_piece_stays() -> None:
    page = f"某县2023年政府工作报告\n\n某县2022年工作总结篇1\n{_TEXT}"
    assert "某县2023年政府工作报告" in clean(page).display_text
