"""A content farm's labels for its bundles of reports leave the body; a report's own titles and parts stay."""

from __future__ import annotations

import pytest

from models.ingest.chrome_titles import compilation_label
from models.ingest.clean import clean
from tests.models.ingest.test_clean_props import check_map

_TEXT = (
    "各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议，并请各位政协委员和列席人员提出意见。\n"
    "一、过去五年工作回顾\n五年来，全县生产总值年均增长8.4%，地方财政收入由2600万元增加到5300万元。\n"
)


@pytest.mark.parametrize(
    "label",
    [
        "投资促进工作总结6篇",
        "2023政务中心工作总结(通用5篇)",
        "2024年述职报告【精选12篇】",
        "乡2023年政府工作报告-10篇(第20/30页)",
        "工作计划汇总十篇",
        "篇一:乡镇人大会,政府工作报告",
        "第二篇：文化广电新闻出版局上半年工作总结",
    ],
)
def test_a_farms_bundle_label_is_recognised(label: str) -> None:
    assert compilation_label(label)


@pytest.mark.parametrize(
    "line",
    [
        "第一篇 总体要求",
        "第二篇:推进高质量发展的主要任务",
        "关于印发三篇文章的通知",
        "某县2011年政府工作报告",
        "全年发表论文5篇。",
    ],
)
def test_a_reports_own_lines_are_no_bundle_label(line: str) -> None:
    assert not compilation_label(line)


@pytest.mark.parametrize(
    "head",
    [
        "某县2011年政府工作报告6篇\n",
        "某县2011年政府工作报告（通用5篇）\n某县2011年政府工作报告\n",
        "某县政府工作报告-10篇(第20/30页)\n",
        "某县人代会,政府工作报告\n【www.example.com--报告】\n篇一:某县人代会,政府工作报告\n某县2011年政府工作报告\n",
    ],
)
def test_bundle_labels_and_the_farms_copy_of_the_piece_name_leave_the_body(head: str) -> None:
    text = head + _TEXT
    result = clean(text)
    assert result.display_text.replace("某县2011年政府工作报告\n", "").startswith("各位代表：")
    assert any("篇" in c for c in result.chrome_lines)  # 显示原文 shows it
    check_map(text)


def test_a_later_pieces_label_inside_the_bundle_stays_unless_it_counts_pieces() -> None:
    text = "第一篇:某县2011年政府工作报告\n" + _TEXT + "第二篇:某区2011年政府工作报告\n" + _TEXT
    shown = clean(text).display_text
    assert "第一篇" not in shown and "第二篇:某区2011年政府工作报告" in shown
