"""Flattened tables (rows set with |, a cell a line ending in |, cells between lone | lines) stay body text."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.clean_tables import table_lines
from tests.models.ingest._reading import display_lines as _lines

LEAD = "一、总体情况\n根据条例规定，现公布本局年度报告，全年主动公开政府信息二十条，未收到依申请公开事项。\n"


def test_rows_set_with_pipes_at_the_end_of_the_text_are_a_table_not_a_bar_of_links() -> None:
    rows = (
        "第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
        "规章 | 0 | 0 | 0 |\n行政规范性文件 | 2 | 0 | 5 |\n"
    )
    lines = _lines(LEAD + "二、主动公开政府信息情况\n" + rows)
    assert "规章 | 0 | 0 | 0 |" in lines
    assert "行政规范性文件 | 2 | 0 | 5 |" in lines
    assert "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |" in lines


def test_a_cell_a_line_each_ending_in_a_pipe() -> None:
    cells = "表一：主要指标\n指 标 |\n单位 |\n2021年 |\n地区生产总值 |\n亿元 |\n91.3 |\n7.5 |\n"
    cells += "工 业 |\n亿元 |\n19.5 |\n3.6 |\n"
    lines = _lines(LEAD + cells + "二、农业\n全区粮食总产量增长3.8%。")
    for cell in ("91.3 |", "7.5 |", "工 业 |", "亿元 |", "19.5 |", "3.6 |"):
        assert cell in lines
    assert lines[-1] == "全区粮食总产量增长3.8%。"


def test_cells_between_lone_pipe_lines_keep_their_text_and_lose_the_rules() -> None:
    cells = ["单位:亿元", "指 标", "绝对数", "比上年增长%", "生产总值", "295.4", "7.7", "金融业", "8.8", "-0.2"]
    table = "|\n" + "\n|\n".join(cells) + "\n|\n"
    lines = _lines(LEAD + "全区生产总值及其增长速度\n" + table + "全年城镇新增就业岗位6007个。")
    assert [ln for ln in lines if ln in cells] == cells  # every cell, in order, one a line
    assert "|" not in lines
    assert lines[-1] == "全年城镇新增就业岗位6007个。"


def test_bars_of_links_and_tools_are_no_table() -> None:
    bars = ["首页 | 新闻 | 政务公开 | 办事服务", "关于我们 | 联系我们 | 网站地图", "打印 | 关闭 | 收藏"]
    assert table_lines(bars) == (set(), set())
    pages = ["上一页 | 1 | 2 | 下一页", "首页 | 打印 | 关闭 | 收藏", "关于我们 | 联系我们"]
    assert table_lines(pages) == (set(), set())
    lines = _lines(LEAD + "全年完成目标任务。\n" + "\n".join(bars))
    assert lines[-1] == "全年完成目标任务。"


def test_a_table_needs_figures_and_more_than_two_lines() -> None:
    assert table_lines(["规章 | 0 | 0 | 0 |", "行政规范性文件 | 0 | 0 | 0 |"]) == (set(), set())
    assert table_lines(["甲 | 乙 |", "丙 | 丁 |", "戊 | 己 |"]) == (set(), set())
    cells, rules = table_lines(["正文第一段。", "规章 | 0 | 0 |", "文件 | 1 | 2 |", "合计 | 1 | 2 |"], start=1)
    assert cells == {1, 2, 3} and not rules


def test_a_metadata_table_before_the_body_is_left_to_the_header_rules() -> None:
    lines = ["索引号 | 001/2024-00007 |", "成文日期 | 2024-02-22 |", "有效性 | 有效 |", "正文。"]
    assert table_lines(lines, start=3) == (set(), set())


def test_a_table_head_row_under_its_caption_is_the_tables_even_where_an_excerpt_stops() -> None:

    text = (
        "全年实现粮食产量6.77万吨，较上年增长0.54%。其中，夏粮产量1.2万吨，秋粮产量5.57万吨，均较上年有所增长。\n"
        "表1:2024年主要农产品产量及增长速度\n"
        "产品名称 | 绝对数(万吨) | 比上\n"
    )
    result = clean(text)
    assert "产品名称 | 绝对数(万吨) | 比上" in result.display_text
