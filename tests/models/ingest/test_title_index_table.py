"""A portal's index table above a report (索引号 / 公开方式 / 体裁分类 …): its rows are never the title."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata, title_options
from models.ingest.metadata_candidates import head_lines, title_score, without_index_table
from models.ingest.metadata_fields import index_table_row
from models.types import Metadata

PARA = (
    "2023年以来，我局认真贯彻落实上级决策部署，统筹发力，积极作为，形成工作高质量发展新态势，"
    "全年办理各类事项1200件，同比增长5%。"
)


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


@pytest.mark.parametrize(
    "line",
    [
        "公开方式 主动公开组配分类 计划总结",
        "[ 体裁分类• 财政预算、决算",
        "索 引 号 113310247405400961/2024-104569 公开方式 主动公开",
        "成文日期 2024-01-11 发布机构 县民政局",
        "【主题分类】 财政",
    ],
)
def test_a_row_of_the_index_table_is_no_title(line: str) -> None:
    assert index_table_row(line)
    assert title_score(line) is None


@pytest.mark.parametrize(
    "line",
    ["关于公开方式改革的报告", "发布机构改革工作总结", "某县2022年部门决算公开说明", "某局2023年工作总结"],
)
def test_a_title_naming_a_label_word_is_still_a_title(line: str) -> None:
    assert not index_table_row(line)
    assert title_score(line) is not None


def test_the_report_title_under_a_table_of_label_and_value_rows() -> None:
    text = (
        "索 引 号 1133102/2024-104569 公开方式 主动公开\n成文日期 2024-01-11 发布机构 县民政局\n"
        "组配分类 计划总结\n\n某县民政局2023年重点工作总结及2024年工作思路\n\n" + PARA * 3
    )
    assert _meta(text).title == "某县民政局2023年重点工作总结及2024年工作思路"
    assert not any("分类" in o.text or "公开方式" in o.text for o in title_options(clean(text), text))


def test_a_bulleted_table_one_cell_a_line_is_skipped_with_its_values() -> None:
    rows = ["• [ 索引号", "• 1150023/2023-00005", "• [ 发文字号", "• [ 发布机构", "• [ 主题分类"]
    rows += ["• [ 成文日期", "•", "• [ 发布日期", "•", "• [ 体裁分类", "• 财政预算、决算", "• [ 有效性"]
    title = "某县2022年预算执行及2023年预算公开的说明"
    assert without_index_table([*rows, title]) == [title]
    assert _meta("\n".join([*rows, title, PARA * 3])).title == title


# an index table's rows as portals print them: a label with its value, or a label alone with its value on the next
# line (a bare value line only ever follows its label: twelve bare `• 财政` lines are no table, and no page)
_ROWS = [["• [ 索引号"], ["• [ 索引号", "• 财政"], ["公开方式 主动公开"], ["组配分类 计划总结"]]


@given(st.lists(st.sampled_from(_ROWS), max_size=20))
def test_the_table_never_takes_the_title_out_of_the_head(table: list[list[str]]) -> None:
    title = "某局2023年工作总结"
    rows = [line for row in table for line in row]
    assert title in head_lines([*rows, title, PARA])


@pytest.mark.parametrize("tag", ["【阶段性全面工作总结】", "【工作动态】 "])
def test_a_column_tag_before_a_gongwen_title_is_left_out(tag: str) -> None:
    title = "关于上报《某区审计局2025年上半年工作总结和下半年工作安排》的报告"
    text = f"{tag}{title}\n区政府:\n" + PARA * 3
    assert _meta(text).title == title


def test_a_bracketed_word_inside_a_title_stays() -> None:
    text = "某局2023年工作总结【定稿】\n" + PARA * 3
    assert _meta(text).title == "某局2023年工作总结【定稿】"


def test_a_long_bulleted_table_one_cell_a_line_still_leaves_the_title_in_the_head() -> None:
    # twenty label/value pairs one cell a line (a portal's full index table): forty lines before the title
    rows = ["• [ 索引号", "• 财政"] * 20
    assert "某局2023年工作总结" in head_lines([*rows, "某局2023年工作总结", PARA])
