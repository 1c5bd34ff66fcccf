"""Tables of contents in the shapes real reports carry them (issue 17): marked, bracketed, unmarked, cut short."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_a_bracketed_contents_marker_in_a_one_line_pdf_copy_with_the_body_cut_short() -> None:
    # an excerpt: the contents lists five parts, the body shown holds only the first
    contents = (
        "某县水利服务中心 2022 年度决算公开说明 (目录) 第一部分:基本情况 一、部门主要职能 二、机构设置情况 "
        "第二部分:2022 年度部门决算情况说明 一、收入支出决算总体情况 二、财政拨款支出决算情况 "
        "第三部分:其他重要事项情况说明 一、关于机关运行经费支出说明 第四部分:名词解释 "
        "表 1:收入支出决算总表 表 2:收入决算表 "
    )
    body = f"第一部分:基本情况 一、部门主要职能 {PARA} {PARA} 负责全县水利工程的 建设与管理，"
    assert flat(contents + body) == [(1, "第一部分", "基本情况"), (2, "一、", "部门主要职能")]


def test_an_unmarked_contents_list_ends_where_its_first_entry_comes_again() -> None:
    lines = [
        "某局2021年部门决算",
        "第一章 总体情况",
        "第一节 部门职责",
        "第二节 机构设置",
        "第二章 收支情况",
        "第一节 收入情况",
        "第一章 总体情况",
        "第一节 部门职责",
        PARA,
        "第二节 机构设置",
        PARA,
    ]
    assert flat("\n".join(lines)) == [(1, "第一章", "总体情况"), (2, "第一节", "部门职责"), (2, "第二节", "机构设置")]


def test_a_contents_line_written_with_a_full_width_bracket_and_spaces() -> None:
    lines = [
        "某市审计局2020年部门决算",
        "【目  录】",
        "一、部门概况",
        "二、决算情况说明",
        "三、名词解释",
        "一、部门概况",
        PARA,
        "二、决算情况说明",
        PARA,
    ]
    assert flat("\n".join(lines)) == [(1, "一、", "部门概况"), (1, "二、", "决算情况说明")]


def test_a_heading_repeated_after_prose_is_not_a_contents_entry() -> None:
    lines = ["某局工作总结", "一、主要成效", PARA, "二、存在问题", PARA, "附件", "一、主要成效", PARA]
    assert [t for _, _, t in flat("\n".join(lines))].count("主要成效") == 2


def test_an_issued_document_titled_with_its_authors_name_over_two_lines_governs_its_sections() -> None:
    lines = [
        "某县某镇人民政府关于印发2024年政府工作报告的通知",
        "各村（居）民委员会：",
        "2024年《政府工作报告》已经镇人民代表大会审议通过，现印发给你们，请认真贯彻落实。",
        "某县某镇人民政府",
        "2024年2月22日",
        "某县某镇人民政府",
        "2024年政府工作报告",
        "各位代表：",
        "现在，我代表镇人民政府向大会作工作报告，请予审议。",
        "一、2023年工作回顾",
        PARA,
        "二、2024年工作安排",
        PARA,
    ]
    assert flat("\n".join(lines)) == [
        (1, "", "某县某镇人民政府\n2024年政府工作报告"),
        (2, "一、", "2023年工作回顾"),
        (2, "二、", "2024年工作安排"),
    ]


def test_a_semicolon_inside_brackets_does_not_end_a_task_title() -> None:
    lines = [
        "某局规划编制工作方案",
        "一、工作任务",
        "1.规划草案统稿工作(牵头领导：张三;责任处室：办公室)",
        "2.专项规划编制工作(牵头领导：李四;责任处室：规财处、医政处)",
        PARA,
    ]
    titles = [t for _, _, t in flat("\n".join(lines))]
    assert titles[1:] == [
        "规划草案统稿工作(牵头领导：张三;责任处室：办公室)",
        "专项规划编制工作(牵头领导：李四;责任处室：规财处、医政处)",
    ]


def test_an_unmarked_contents_list_whose_entries_are_worded_otherwise_in_the_body() -> None:
    lines = [
        "某区民政局2017年部门决算",
        "第一部分:某区民政局概况",
        "一、主要职能",
        "二、部门决算单位构成",
        "第二部分:某区民政局2017年度部门决算情况说明",
        "一、2017年度收入支出决算总体情况。",
        "二、2017年度一般公共预算支出决算情况。",
        "第一部分:某区民政局概况",
        "一、基本职能及主要工作",
        PARA,
        "二、部门决算单位构成",
        PARA,
    ]
    assert flat("\n".join(lines)) == [
        (1, "第一部分", "某区民政局概况"),
        (2, "一、", "基本职能及主要工作"),
        (2, "二、", "部门决算单位构成"),
    ]


def test_contents_entries_with_spaced_leaders_in_a_one_line_copy() -> None:
    leader = " " + "." * 60 + " "
    text = (
        f"某乡人民政府2021年度部门决算公开说明 目 录 第一部分 部门概况{leader}1 一、部门职责{leader}1 "
        f"二、机构设置{leader}2 第二部分 2021年度部门决算公开报表{leader}2 一、收入支出决算总表{leader}2 "
        f"二、收入决算表{leader}3"
    )
    assert flat(text) == []
