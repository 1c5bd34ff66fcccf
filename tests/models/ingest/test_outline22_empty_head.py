"""A run from 1 right under a heading line, nothing between, opens inside it even in the heading's own style (a
duty list restarting （一） under （二）主要职责, corpus 1910)."""

from __future__ import annotations

import pytest

from tests.models.ingest.outline_tree import tree

PROSE = "根据编委核定，本单位内设股室四个，下设二级机构事业单位一个，年末共有编制十三人，实有在职人员十二人。\n"
DUTY = "；反映群众提出的重要建议、意见和问题，综合分析有关情况，及时向上级报告。\n"


@pytest.mark.parametrize("open_, close", [("(", ")"), ("（", "）")])
@pytest.mark.parametrize("office", ["信访局", "卫生健康局", "街道办事处"])
def test_a_duty_list_restarting_its_style_under_an_empty_heading_nests(open_: str, close: str, office: str) -> None:
    p = lambda n: f"{open_}{n}{close}"  # noqa: E731
    text = (
        f"某县{office}2020年度部门整体支出绩效自评报告\n一、{office}概况\n{p('一')}基本情况。{PROSE}"
        f"{p('二')}主要工作职责\n{p('一')}处理全县群众来信来访事项{DUTY}{p('二')}承办上级交办的事项{DUTY}"
        f"{p('三')}协调处理跨部门的重要问题{DUTY}二、部门整体支出情况\n{PROSE}"
    )
    assert tree(text) == [
        (1, "一、", f"{office}概况"),
        (2, p("一"), "基本情况"),
        (2, p("二"), "主要工作职责"),
        (3, p("一"), "处理全县群众来信来访事项"),
        (3, p("二"), "承办上级交办的事项"),
        (3, p("三"), "协调处理跨部门的重要问题"),
        (1, "二、", "部门整体支出情况"),
    ]


def test_a_numbered_list_under_an_empty_numbered_item_nests() -> None:
    text = (
        "某镇2021年工作总结\n一、工作开展情况\n1.基本情况。" + PROSE + "2.主要职责\n"
        "1.负责全镇经济发展规划" + DUTY + "2.负责全镇社会事务管理" + DUTY + "二、下一步打算\n" + PROSE
    )
    rows = tree(text)
    assert (3, "1.", "负责全镇经济发展规划") in rows
    assert (3, "2.", "负责全镇社会事务管理") in rows


def test_the_same_in_a_report_run_together_on_one_line() -> None:
    text = (
        "某县信访局2020年度部门整体支出绩效自评报告 一、信访局概况 （一）基本情况。"
        + PROSE.strip()
        + " （二）主要工作职责 （一）处理全县群众来信来访事项"
        + DUTY.strip()
        + " （二）承办上级交办的事项"
        + DUTY.strip()
        + " （三）协调处理跨部门的重要问题"
        + DUTY.strip()
        + "\n"
    )
    rows = tree(text)
    assert (2, "（二）", "主要工作职责") in rows
    assert (3, "（三）", "协调处理跨部门的重要问题") in rows
