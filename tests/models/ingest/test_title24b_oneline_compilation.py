"""A one-line copy of a compilation: its label (…汇编(35篇), …专辑), a 目录 run on one line, then the first piece
under the same name as the 目录's first entry, its delivery line or salutation after it (844, 1934): the first
piece's title."""

from __future__ import annotations

import pytest

from models.ingest.metadata_title_store import first_of_oneline_compilation

OPENING = (
    "各位代表:现在,我代表{gov}人民政府,向大会作政府工作报告,请予审议,并请列席人员提出意见。一、2022年工作回顾过去一年…"
)


@pytest.mark.parametrize(
    ("current", "lines", "title"),
    [
        (
            "XX镇2023年政府工作报告汇编(35篇)",
            [
                "XX镇2023年政府工作报告汇编(35篇)目录1.2023年白鹤镇政府工作报告2.2023年冲蒌镇政府工作报告"
                "3.2023年凤岗镇政府工作报告",
                "4.2023年杭垓镇政府工作报告 2023年白鹤镇政府工作报告" + OPENING.format(gov="白鹤镇"),
            ],
            "2023年白鹤镇政府工作报告",
        ),
        (
            None,
            [
                "浙江省政府工作报告专辑",
                "整理,每天更新优质范文!目录杭州市政府工作报告- 3 -宁波市政府工作报告- 38 -温州市政府工作报告- 66 -"
                "杭州市政府工作报告——2019年1月21日在杭州市第十三届人民代表大会第四次会议上" + OPENING.format(gov="市"),
            ],
            "杭州市政府工作报告",
        ),
        (
            None,
            [
                "某县部门工作总结合集目录某县林业局2023年工作总结- 1 -某县水利局2023年工作总结- 9 -"
                "某县交通局2023年工作总结- 15 -某县林业局2023年工作总结同志们:今年以来,我局在县委、县政府的领导下…"
            ],
            "某县林业局2023年工作总结",
        ),
    ],
)
def test_the_first_piece_of_a_oneline_compilation(current: str | None, lines: list[str], title: str) -> None:
    assert first_of_oneline_compilation(current, lines) == title


@pytest.mark.parametrize(
    ("current", "lines"),
    [
        # no label naming a compilation: a report's own contents list
        (None, ["目录1.2023年工作回顾2.2024年工作安排 2023年工作回顾各位代表:…"]),
        # the first entry never opens a piece: the copy stops in the 目录
        (
            None,
            ["政府工作报告汇编(3篇)目录1.2023年白鹤镇政府工作报告2.2023年冲蒌镇政府工作报告3.2023年凤岗镇政府工作报告"],
        ),
        # a title of the text's own chosen: it stands
        (
            "2023年白鹤镇政府工作报告",
            ["汇编(3篇)目录1.2023年白鹤镇政府工作报告2.某报告3.某报告 2023年白鹤镇政府工作报告各位代表:"],
        ),
    ],
)
def test_otherwise_nothing(current: str | None, lines: list[str]) -> None:
    assert first_of_oneline_compilation(current, lines) is None
