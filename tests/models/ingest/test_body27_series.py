"""A series' navigation (session 27: 2252, 1976): one title under several years on one line is the library's list of
the series' pieces, never the report's line."""

from __future__ import annotations

import pytest

from models.ingest.chrome_lines import classify_line


@pytest.mark.parametrize(
    "line",
    [
        "2020年宣汉县人民政府工作报告 2021年宣汉县人民政府工作报告",
        "2012年文成县人民政府工作报告 2013年文成县人民政府工作报告 2014年文成县人民政府工作报告",
        "2018年某区统计公报 | 2019年某区统计公报",
        "2021年市林业局工作总结、2022年市林业局工作总结",
    ],
)
def test_one_title_under_several_years_is_a_series_navigation(line: str) -> None:
    assert classify_line(line).kind == "chrome"


@pytest.mark.parametrize(
    "line",
    [
        "2021年工作总结及2022年工作计划",  # two documents of one text
        "2020年宣汉县人民政府工作报告",
        "2019年全县生产总值增长8%,2020年全县生产总值增长6%",
        "2019年全县生产总值增长8%,2020年全县生产总值增长8%",
        "2021年林业工作回顾 2022年林业工作安排",
    ],
)
def test_a_title_or_a_sentence_naming_two_years_is_no_navigation(line: str) -> None:
    assert classify_line(line).kind != "chrome"
