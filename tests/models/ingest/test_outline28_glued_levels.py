"""Session 28: levels run together. A section's first item glued to its title (一、…扎实有力1.城乡低保…。, corpus 2390)
is its child when the item's run carries on at the next line's start; a part label over a paragraph of prose
(第一篇 在县委、县政府的坚强领导下，…。, corpus 2375) numbers a piece, not a part."""

from __future__ import annotations

import pytest

from models.ingest.outline import build_outline
from tests.models.ingest.outline_tree import tree

PROSE = "全年新增就业岗位1200个，发放补贴560万元，各项工作按计划推进，群众满意度明显提高。"


@pytest.mark.parametrize(
    ("parent", "first", "second"),
    [
        ("一、社会救助工作扎实有力", "1.城乡低保政策落实到位", "2.农村五保供养工作扎实"),
        ("二、农业生产稳中有升", "1、粮食生产再获丰收", "2、特色产业加快发展"),
        ("（三）项目建设成效明显", "1．重点项目顺利推进", "2．招商引资实现突破"),
    ],
)
def test_a_first_item_glued_to_a_title_whose_run_carries_on_below(parent: str, first: str, second: str) -> None:
    text = "某市民政局2018年工作总结\n" + parent + first + "。" + PROSE + "\n" + second + "。" + PROSE + "\n"
    got = tree(text)
    lab = parent[:3] if parent.startswith("（") else parent[:2]
    assert (1, lab, parent[len(lab) :]) in got
    assert (2, first[:2], first[2:]) in got
    assert (2, second[:2], second[2:]) in got


def test_a_number_glued_to_a_title_with_no_run_below_stays() -> None:
    text = "某县工作总结\n一、完成村道改造1.2公里。" + PROSE + "\n二、抓好安全生产。" + PROSE + "\n"
    got = tree(text)
    assert not any(lab.startswith("1") for _, lab, _ in got)


@pytest.mark.parametrize("label", ["第一篇", "第一部分", "第二编"])
def test_a_part_label_over_a_paragraph_of_prose_is_no_heading(label: str) -> None:
    para = (
        "在县委、县政府的坚强领导下，镇党委、政府团结带领全镇干部群众，以基层建设年为载体，以夯实基层党建、"
        "优化发展环境、发展特色种养殖为主线，把握稳定大局，奋力开拓，克难攻坚，使得全镇经济建设步伐不断加快。"
    )
    text = (
        "某镇工作总结\n"
        + label
        + " "
        + para
        + "\n一、提振信心，绘就发展蓝图\n"
        + PROSE
        + "\n二、突出重点，推进镇域经济发展\n"
        + PROSE
        + "\n"
    )
    got = tree(text)
    assert [h[:2] for h in got] == [(1, "一、"), (1, "二、")]


def test_a_part_label_over_a_short_title_stays() -> None:
    text = "某市规划纲要\n第一篇 发展环境\n" + PROSE + "\n第二篇 总体要求\n" + PROSE + "\n"
    assert (1, "第一篇", "发展环境") in tree(text)


@pytest.mark.parametrize("head", ["【概述】", "【概况】", "【审计监管】"])
def test_a_yearbook_entrys_lone_head_under_the_entrys_name(head: str) -> None:
    text = "统计工作\n" + head + " 某县统计局内设综合科、农业科、工业科3个科室，人员编制12名。全年完成各项调查任务。\n"
    assert tree(text) == [(1, "", head[1:-1])]


@pytest.mark.parametrize("head", ["【概述】", "【摘要】"])
def test_a_short_bracketed_label_alone_or_over_no_prose_is_no_head(head: str) -> None:
    text = "某局2021年工作总结\n" + head + "\n一、主要工作\n" + PROSE + "\n二、下步打算\n" + PROSE + "\n"
    assert [h[1] for h in tree(text)] == ["一、", "二、"]


def test_a_list_led_in_by_a_sentence_is_no_glued_first_item() -> None:
    # found by test_outline_properties: 一、 whose words are a lead-in (：其中) before 1.…；and 2. opening the next line
    for text in (
        "一、：其中1.专班推进；2.清单管理。\n2．主要工作\n",
        "二、具体如下1.专班推进；2.清单管理。\n2.主要工作\n",
    ):
        for section in build_outline(text):
            for child in section.children:
                line_start = text.rfind("\n", 0, child.start) + 1
                assert text[line_start : child.start].strip() == "", (text, child)
