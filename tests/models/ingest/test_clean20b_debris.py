"""A line's own debris: a decimal a PDF spaced at a line's start when the line spaces its other decimals so,
and a table's lone closing bar a one-line copy left after its last sentence."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from tests.models.ingest.test_clean_props import check_map


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # 978: the wrap put 24. 3 at the line's start; the same line spaces 36. 8 and 33. 3%
        (
            "全年完成出口额 10000 万美元,固定资产投资\n24. 3 亿元,比上年分别增长 36. 8、25%、33. 3%和 19. 6%,",
            "24.3",
        ),
        ("全市粮食产量\n1. 5 万吨,增长 2. 4%,油料产量 0. 8 万吨。", "1.5"),
    ],
)
def test_a_spaced_decimal_at_a_lines_start_is_joined_when_the_line_spaces_its_decimals(text: str, shown: str) -> None:
    display = clean(text).display_text
    assert shown in display.replace(" 亿", "亿").replace(" 万", "万")
    check_map(text)


@pytest.mark.parametrize(
    "text",
    [
        "工作安排如下:\n1. 2020年完成验收,增长 2. 4%。",  # an item label before a year
        "主要任务:\n3. 5G网络建设提速,新建基站 1. 2 万个。",  # an item label before 5G
        "主要任务:\n2. 12项工作全面完成。",  # no other spaced decimal on the line
    ],
)
def test_an_item_label_at_a_lines_start_keeps_its_blank(text: str) -> None:
    line = text.split("\n")[1]
    assert line[:4] in clean(text).display_text


@pytest.mark.parametrize(
    "text",
    [
        "2009年,我市经济平稳较快增长。城镇居民人均可支配收入达17840元,分别增长11.5%和10.8%。 |",
        "督查组向省政府反馈了督查意见,省政府副省长及专项行 |",
    ],
)
def test_a_lone_bar_after_a_one_line_copys_last_sentence_goes(text: str) -> None:
    assert "|" not in clean(text).display_text
    check_map(text)


@pytest.mark.parametrize(
    "text",
    [
        "项目 | 金额(万元) |\n工资福利支出 | 1200 |",  # a table's rows keep their cells
        "合计 |",  # a cell, no sentence
    ],
)
def test_a_tables_bars_stay(text: str) -> None:
    assert clean(text).display_text.count("|") >= 1
