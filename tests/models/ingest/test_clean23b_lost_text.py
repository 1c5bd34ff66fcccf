"""Report text the cleaner took out (session 23): a flattened table's column heads under a portal's page tools."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean

_ROW = (
    "坚持发展新时代“枫桥经验”，深入实施平安护民工程，加快构建现代警务模式，不断深化风险大排查、大整改、大落实行动，"
    "全年各项任务按期完成。"
)


def _page(heads: list[str]) -> str:
    return "\n\n".join(
        [
            "当前位置:首页 > 政务公开 > 计划总结",
            "发布机构: 市公安局 成文日期: 2021-12-31",
            "关于2021年度市公安局重点工作清单四季度进展情况的报告",
            "发布日期:2021-12-31 14:33 浏览次数: 字体:[ ]",
            "分享:",
            *heads,
            "1",
            _ROW,
        ]
    )


@pytest.mark.parametrize(
    "heads",
    [
        ["序号", "具体工作及目标要求", "完成情况", "是否完成"],  # 1887
        ["序号", "工作目标及要求", "牵头单位", "是否按期完成"],
        ["编号", "重点任务", "责任单位", "进展情况"],
    ],
)
def test_a_tables_heads_under_the_page_tools_stay(heads: list[str]) -> None:
    display = clean(_page(heads)).display_text
    lines = [line.strip() for line in display.splitlines() if line.strip()]
    for cell in heads:
        assert cell in lines, cell
    assert "分享:" not in display  # the page's tool above the table's first head is still the page's


def test_short_prelude_lines_with_no_first_head_are_no_table() -> None:
    # the same lines with no 序号 head and few heads named: page furniture as before
    display = clean(_page(["分享", "打印本页", "关闭窗口"])).display_text
    assert "打印本页" not in display


# a printed page's number between a whole number and its unit: the figure runs on across it (1998 has a decimal's)
_PAGE = [f"第{k}项重点工作稳步推进，完成投资{k * 3}亿元，带动就业{k * 7}人，为全年目标奠定基础。" for k in range(1, 10)]


@pytest.mark.parametrize(
    ("head", "number", "tail", "figure"),
    [
        ("全年粮食总产量12", "3", "万吨，同比增长3.2%。", "粮食总产量12万吨"),
        ("新增市场主体1260", "7", "户，其中企业412户。", "市场主体1260户"),
        ("全县森林覆盖率达到61", "2", "%，位居全省前列。", "覆盖率达到61%"),
        ("全區新建5G基站320", "14", "個，實現鄉鎮全覆蓋。", "基站320个"),  # a traditional copy, read simplified
    ],
)
def test_a_whole_number_runs_on_across_a_page_number(head: str, number: str, tail: str, figure: str) -> None:
    result = clean("\n\n".join(["各位代表：", *_PAGE, head, number, tail]) + "\n")
    assert number in result.chrome_lines
    assert figure in result.display_text


def test_an_item_label_before_a_page_number_does_not_run_on() -> None:
    # 附件2 ⏎ 3 ⏎ 某某表: the label ends its line, the next page opens the attachment's title
    result = clean("\n\n".join(["各位代表：", *_PAGE, "详见附件2", "3", "重点项目计划表"]) + "\n")
    assert "详见附件2重点项目计划表" not in result.display_text
