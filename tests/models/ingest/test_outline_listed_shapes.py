"""Listed shapes the outline must not read as headings on unseen reports: a contents list whose page numbers
follow the titles with no leader, a converted page's table rows. Each test is a short made-up text."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_contents_entries_with_page_numbers_glued_to_their_titles_are_not_headings() -> None:
    # a 决算 package's contents: the page number right after each title, no dots between
    lines = ["某局部门决算", "公开时间：2022年9月1日", "一、部门职责3", "二、机构设置4", "三、收入支出情况6"]
    lines += ["(一)收入情况7", "四、名词解释12", "一、部门职责", "(一)主要职能", PARA, "(二)机构设置", PARA]
    got = flat("\n".join(lines))
    assert got == [(1, "一、", "部门职责"), (2, "(一)", "主要职能"), (2, "(二)", "机构设置")]


def test_headings_of_a_body_that_end_with_a_number_stay_headings() -> None:
    # a heading may end with a figure; with prose under each, no run of lines ends with numbers
    lines = ["一、新建学校3所", PARA, "二、改造道路12", PARA, "三、增加绿地20", PARA]
    got = flat("\n".join(lines))
    assert [t[1] for t in got] == ["一、", "二、", "三、"]


def test_numbers_ending_lines_of_a_table_that_fall_are_no_contents() -> None:
    # figures that rise and fall down the lines: not a contents list's page numbers (here short numbered items)
    lines = ["一、工作进展", "1.新建项目20", "2.续建项目8", "3.储备项目15", PARA, "二、下步打算", PARA]
    got = flat("\n".join(lines))
    assert (1, "二、", "下步打算") in got
    assert (2, "1.", "新建项目20") in got


def test_numbered_rows_of_a_table_written_with_bars_are_not_headings() -> None:
    # a web page's table converted to text writes its cells parted by | and its row names may be numbered
    lines = ["一、总体情况", PARA, "二、收到申请情况", "申请人情况 | 自然人 | 法人 | 总计 |"]
    lines += ["一、本年新收申请数量 | 3 | 0 | 3 |", "二、上年结转申请数量 | 0 | 0 | 0 |", "三、存在问题", PARA]
    got = flat("\n".join(lines))
    assert got == [(1, "一、", "总体情况"), (1, "二、", "收到申请情况"), (1, "三、", "存在问题")]


def test_numbered_rows_of_a_table_whose_figures_are_parted_by_blanks_are_not_headings() -> None:
    # the same table copied from a PDF or a Word file: its cells parted by blanks, the figures ending each row
    lines = ["一、总体情况", PARA, "二、收到申请情况", "一、本年新收申请数量  3  0  3", "二、上年结转申请数量  0  0  0"]
    lines += ["三、存在问题", PARA]
    got = flat("\n".join(lines))
    assert got == [(1, "一、", "总体情况"), (1, "二、", "收到申请情况"), (1, "三、", "存在问题")]


def test_a_heading_ending_with_one_figure_is_no_table_row() -> None:
    lines = ["一、总体情况", PARA, "二、2023年完成投资 12", PARA, "三、存在问题", PARA]
    got = flat("\n".join(lines))
    assert [t[1] for t in got] == ["一、", "二、", "三、"]


def test_a_contents_list_whose_part_titles_have_no_page_number_is_still_a_contents_list() -> None:
    # the pages stand after the entries, not after a part's own title
    lines = ["某局部门预算", "公开时间：2022年9月1日", "一、部门职责3", "二、机构设置4", "三、预算情况说明"]
    lines += ["(一)收入预算6", "(二)支出预算7", "一、部门职责", "(一)主要职能", PARA, "(二)机构设置", PARA]
    got = flat("\n".join(lines))
    assert got == [(1, "一、", "部门职责"), (2, "(一)", "主要职能"), (2, "(二)", "机构设置")]


def test_a_contents_entry_with_its_page_number_glued_reads_as_the_body_heading_it_lists() -> None:
    # two entries only (no run of pages): the entries still come again in the body, there without their pages
    lines = [
        "某局部门决算",
        "一、部门职责3",
        "二、机构设置5",
        "一、部门职责",
        "(一)主要职能",
        PARA,
        "二、机构设置",
        PARA,
    ]
    got = flat("\n".join(lines))
    assert got == [(1, "一、", "部门职责"), (2, "(一)", "主要职能"), (1, "二、", "机构设置")]


def test_a_part_title_again_without_its_label_and_page_opens_that_part_in_the_body() -> None:
    # the contents list the parts with labels and pages; the body heads each part with its title alone
    lines = ["某局部门决算", "第一部分 部门概况2", "第二部分 决算情况说明5", "第三部分 名词解释9", "部门概况"]
    lines += ["一、主要职能", PARA, "二、机构设置", PARA, "决算情况说明", "一、收入情况", PARA]
    got = flat("\n".join(lines))
    assert got[0] == (1, "", "部门概况")
    assert got[1] == (2, "一、", "主要职能")
    assert (1, "", "决算情况说明") in got


def test_a_package_listing_the_tables_it_attaches_lists_them_rather_than_heading_sections() -> None:
    # 第二部分 部门决算表 names the tables one a line; the figures are in the attached tables, not under the names
    lines = ["第一部分 部门概况", "一、主要职能", PARA, "二、机构设置", PARA, "第二部分 部门决算表"]
    lines += ["一、收入支出决算总表", "二、收入决算表", "三、支出决算表"]
    lines += ["第三部分 情况说明", "一、收入支出决算总体情况说明", PARA]
    got = flat("\n".join(lines))
    assert (1, "第二部分", "部门决算表") in got
    assert (1, "第三部分", "情况说明") in got
    assert not any(title.endswith("决算表") and label != "第二部分" for _, label, title in got)


def test_wrapped_lines_of_prose_ending_with_figures_are_no_contents_list() -> None:
    # a PDF copy wraps a paragraph at a fixed width: its lines may end with a figure, growing down the paragraph
    lines = ["一、工作开展情况", "（一）加快项目建设。全年完成固定资产投资12", "亿元，同比增长8.5%，其中工业投资完成15"]
    lines += ["亿元，占比达到40", "%。", "（二）优化营商环境。全面推行一网通办，企业开办时间压缩至1个工作日。"]
    got = flat("\n".join(lines))
    assert (2, "（一）", "加快项目建设") in got


def test_a_run_in_heading_whose_wrapped_line_ends_with_figures_is_no_table_row() -> None:
    lines = ["一、工作开展情况", "（一）加快项目建设。全年完成投资和技改投资分别为 12 15", "亿元，同比增长。"]
    lines += ["（二）优化营商环境。全面推行一网通办，企业开办时间压缩至1个工作日。"]
    got = flat("\n".join(lines))
    assert (2, "（一）", "加快项目建设") in got


def test_table_rows_with_full_width_bars_are_not_headings_either() -> None:
    lines = [
        "一、总体情况",
        PARA,
        "二、收到申请情况",
        "一、本年新收申请数量｜3｜0｜3｜",
        "二、上年结转申请数量｜0｜0｜0｜",
    ]
    lines += ["三、存在问题", PARA]
    got = flat("\n".join(lines))
    assert got == [(1, "一、", "总体情况"), (1, "二、", "收到申请情况"), (1, "三、", "存在问题")]


# --- a news item summing up a work report's parts after a count (报告共分四个部分：一、…；二、…) ---------------------

NEWS = "上午9时，大会开幕。某县长代表县政府向大会作政府工作报告。"


def test_the_parts_a_news_item_lists_after_a_count_run_together_are_not_headings() -> None:
    text = NEWS + "报告共分四个部分：一、2024年工作回顾。二、2025年总体思路和主要预期目标。三、2025年主要工作任务。"
    text += "四、加强政府自身建设。\n某县长在报告中指出，" + PARA
    assert flat(text) == []


def test_the_parts_a_news_item_lists_one_a_line_after_a_count_are_not_headings() -> None:
    lines = [
        NEWS + "报告分三个部分:",
        "一、2017年工作回顾;",
        "二、2018年的总体要求和主要目标;",
        "三、2018年重点工作任务。",
    ]
    lines += ["某县长在报告中指出，" + PARA]
    assert flat("\n".join(lines)) == []


def test_sections_announced_by_a_count_with_their_prose_under_them_stay_headings() -> None:
    # the text's own parts, each with its paragraphs: the last comes far more than an item's span after the count
    lines = [
        "某县2024年政府工作报告",
        "本报告分为两个部分：",
        "一、2023年工作回顾",
        PARA * 3,
        "二、2024年工作安排",
        PARA,
    ]
    assert flat("\n".join(lines)) == [(1, "一、", "2023年工作回顾"), (1, "二、", "2024年工作安排")]
