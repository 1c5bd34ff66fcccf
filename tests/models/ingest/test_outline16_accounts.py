"""Outline shapes of session 16's second discovery round: final-accounts (部门决算) contents lists."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务，为全年工作奠定了坚实基础。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_contents_pages_in_brackets_are_pages_of_the_entries() -> None:
    # 1468: 一、概况………(2), the bracket's close lost by a copy (………( 2): the body's 一、概况 repeats the entry
    contents = [
        "目录",
        "一、概况......................(2)",
        "(一)部门(单位)职责......................( 2",
        "(二)机构设置......................( 4)",
        "二、2021年度部门(单位)决算公开表......................(  5",
        "三、2021年度部门(单位)决算情况说明......................(  5",
        "四、名词解释........................( 24",
    ]
    body = ["一、概况", "(一)部门(单位)职责", "1.组织拟订全县国民健康政策。" + PARA, "2.协调推进深化医药卫生体制改革。"]
    text = "\n".join(["某县卫生系统2021年度部门决算", *contents, *body])
    assert [(level, label) for level, label, _ in flat(text)] == [
        (1, "一、"),
        (2, "(一)"),
        (3, "1."),
        (3, "2."),
    ]


def test_contents_entries_ending_with_a_stop_are_entries_still() -> None:
    # 1466: the contents copy the body's headings with their stops (一、2019年度收入支出决算总体情况。)
    contents = [
        "目 录",
        "第一部分:大才乡人民政府概况",
        "一、主要职能",
        "二、部门决算单位构成",
        "第二部分:大才乡府2019年度部门决算情况说明",
        "一、2019 年度收入支出决算总体情况。",
        "二、2019 年度一般公共预算支出决算情况。",
        "三、其他重要事项情况说明。",
        "第三部分:名词解释",
    ]
    body = ["第一部分:大才乡府概况", "一、主要职能", PARA, "二、部门决算单位构成", PARA]
    assert flat("\n".join(["某乡人民政府2019年度部门决算情况说明", *contents, *body])) == [
        (1, "第一部分", "大才乡府概况"),
        (2, "一、", "主要职能"),
        (2, "二、", "部门决算单位构成"),
    ]


def test_a_body_heading_ending_with_a_stop_still_ends_the_contents() -> None:
    # the entries run on into a body whose first heading comes again: it opens the body, stop or none
    contents = ["目录", "一、基本情况", "二、主要做法", "三、存在问题"]
    body = ["一、基本情况。", PARA, "二、主要做法。", PARA, "三、存在问题。", PARA]
    assert [label for _, label, _ in flat("\n".join(["某局工作总结", *contents, *body]))] == ["一、", "二、", "三、"]


def test_a_middle_dot_after_a_title_is_no_part_of_it() -> None:
    # 1441: 二、《计划》的主要内容· (a page's bullet glyph left after the heading)
    text = "\n".join(["一、《计划》的出台背景", PARA, "二、《计划》的主要内容·", PARA])
    assert [title for _, _, title in flat(text)] == ["《计划》的出台背景", "《计划》的主要内容"]
