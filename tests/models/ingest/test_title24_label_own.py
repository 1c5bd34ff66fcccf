"""A store's label of a report run into the report's own title and its delivery line on one head line (1709, 2046;
2077, 665, 752 print the own title on a line of its own): the own title wins."""

from __future__ import annotations

import pytest

from models.ingest.title_label_own import own_title_after_label


@pytest.mark.parametrize(
    ("current", "lines"),
    [
        (
            "2020年荆州市人民政府工作报告",
            [
                "(湖北省)2020年荆州市人民政府工作报告(全文)  政府工作报告  "
                "2020年1月5日在荆州市第五届人民代表大会第五次会议上  市 长 崔永辉"
            ],
        ),
        (None, ["(四川省)2019年某县人民政府工作报告(全文) 政 府 工 作 报 告 2019年1月8日在某县第十七届人民代表大会"]),
        ("某乡镇政府工作报告", ["某乡镇政府工作报告", "政府工作报告 年月日在镇第十二届", "人民代表大会第六次会议上"]),
        (
            "2018年某区政府工作报告",
            ["2018年某区政府工作报告 政府工作报告 二〇一八年一月九日在某区第三届人民代表大会第二次会议上"],
        ),
    ],
)
def test_the_own_title_between_a_label_and_its_delivery_line_wins(current: str | None, lines: list[str]) -> None:
    assert own_title_after_label(current, lines) == "政府工作报告"


@pytest.mark.parametrize(
    ("current", "lines"),
    [
        # no delivery line after the short title: a label and a heading
        ("2020年某市人民政府工作报告", ["2020年某市人民政府工作报告 政府工作报告 各位代表:现在,我代表市人民政府"]),
        # the label names another report than the short line after it
        ("2020年某市统计公报", ["2020年某市统计公报 政府工作报告 2020年1月5日在某市第五届人民代表大会第五次会议上"]),
        # the choice is the text's own title, not the label
        (
            "关于某市2020年国民经济计划执行情况的报告",
            ["某市2020年工作报告 工作报告 2020年1月5日在某市第五届人民代表大会第五次会议上"],
        ),
    ],
)
def test_otherwise_the_choice_stands(current: str | None, lines: list[str]) -> None:
    assert own_title_after_label(current, lines) is None
