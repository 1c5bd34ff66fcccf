"""Doc-store copies (issue 17): the store's chunk numbers ``1、`` ``2、`` before long runs of the report's text."""

from __future__ import annotations

import pytest

from models.ingest.outline import build_outline
from models.ingest.outline_cuts import chunk_starts
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_chunk_numbers_holding_the_reports_own_sections_are_not_headings() -> None:
    chunk1 = (
        "1、某乡2023年政府工作报告各位代表：现在，我代表乡人民政府向大会报告工作，请予审议。"
        "一、2022年工作回顾。" + PARA * 4 + "预计全年实现财政收入"
    )
    chunk2 = "2、3.2亿元，同比增长5%。（一）产业发展稳中有进。" + PARA * 4 + "（二）民生保障更加有力。" + PARA * 3
    got = flat(chunk1 + "\n\n" + chunk2 + "\n")
    assert [label for _, label, _ in got] == ["一、", "（一）", "（二）"]
    assert got[0] == (1, "一、", "2022年工作回顾")


def test_numbered_items_that_are_whole_paragraphs_stay_headings() -> None:
    items = [f"{n}、加强第{n}项工作。" + PARA * 5 for n in range(1, 4)]
    text = "\n".join(["某局2022年工作要点", *items]) + "\n"
    assert [label for _, label, _ in flat(text)] == ["1、", "2、", "3、"]


def test_a_run_in_heading_ends_where_its_body_opens_with_a_year() -> None:
    chunk1 = (
        "1、某镇2023年政府工作报告各位代表：现在，我代表镇人民政府向大会报告工作。一、2022年工作回顾2022年是极不平凡的一年，全镇上下团结一心。"
        + PARA * 4
        + "全年实现"
    )
    chunk2 = "2、税收2.1亿元。" + PARA * 4
    assert flat(chunk1 + "\n\n" + chunk2 + "\n") == [(1, "一、", "2022年工作回顾")]


def test_the_first_chunk_runs_the_stores_title_into_the_first_heading() -> None:
    chunk1 = "1、某区教育局2022年工作总结及2023年工作计划材料一、工作总结。" + PARA * 5 + "全区新建"
    chunk2 = "2、学校3所。" + PARA * 4
    assert flat(chunk1 + "\n\n" + chunk2 + "\n") == [(1, "一、", "工作总结")]


@pytest.mark.parametrize("blank", [" ", "  "])
def test_chunk_numbers_after_the_single_blank_of_a_copy_run_together_are_not_headings(blank: str) -> None:
    # a store's copy run together on one line, each line break a single blank: …主汛期暴 2、雨天气过程，…
    chunk1 = "1、某局2022年工作总结 一、工作开展情况 （一）做好气象服务保障。" + PARA * 4 + "今年先后遭遇暴"
    chunk2 = "2、雨天气过程，共启动应急预警7次。" + PARA * 4 + "（二）全力应对高温干旱天气。" + PARA * 3
    got = flat(chunk1 + blank + chunk2)
    assert [label for _, label, _ in got] == ["一、", "（一）", "（二）"]


def test_a_short_numbered_list_in_a_copy_run_together_is_no_store_s_chunks() -> None:
    # (each item ends its sentence; the numbers are the list's, the paragraphs between them short)
    items = [f" {n}、{title}。" + PARA for n, title in enumerate(("加强组织领导", "落实工作责任", "强化督查考核"), 1)]
    text = "某局2022年工作要点 今年重点抓好以下工作。" + "".join(items) + PARA * 2
    assert [label for _, label, _ in flat(text)] == ["1、", "2、", "3、"]


def test_a_run_in_title_the_stores_number_cut_goes_on_to_its_stop() -> None:
    # (二)重点 ⏎⏎ 2、项目建设多面开花。县人民医院…: the store cut the heading's title, the stop ends it
    chunk1 = "1、某局2022年工作总结 一、工作情况 （一）做好疫情防控。" + PARA * 5 + " （二）重点"
    chunk2 = "2、项目建设多面开花。县人民医院门诊综合楼正式启用。" + PARA * 4
    got = flat(chunk1 + "\n\n" + chunk2 + "\n")
    assert got[-1] == (2, "（二）", "重点项目建设多面开花")


def test_chunk_numbers_of_a_hard_wrapped_store_copy() -> None:
    # the chunk before a number ends mid-sentence over several wrapped lines: its paragraph is all of them
    chunk1 = "1、某局2022年工作总结 一、工作情况 （一）做好疫情防控。" + PARA * 6 + "今年先后遭遇暴"
    wrapped = "\n".join(chunk1[k : k + 38] for k in range(0, len(chunk1), 38))
    chunk2 = "2、雨天气过程，共启动应急预警7次。" + PARA * 4 + "（二）全力应对高温干旱天气。" + PARA * 3
    text = wrapped + "\n" + chunk2
    assert chunk_starts(text) == {0, len(wrapped) + 1}
    assert "2、" not in [label for _, label, _ in flat(text)]
