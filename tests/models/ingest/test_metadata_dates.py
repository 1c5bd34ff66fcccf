"""Dates in the forms reports and their pages use."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.ingest.metadata_dates import find_dates, is_date_line, parse_date, repair_date_text


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2020年12月24日 11:48:45", "2020-12-24"),
        ("2021-01-18 15:00", "2021-01-18"),
        ("2020.12.24", "2020-12-24"),
        ("2020/12/24", "2020-12-24"),
        ("2021年1月5日", "2021-01-05"),
        ("２０２０年１２月３１日", "2020-12-31"),
        ("二〇二〇年十二月三十一日", "2020-12-31"),
        ("二○二一年一月十五日", "2021-01-15"),
        ("二〇二一年十月二十日", "2021-10-20"),
        ("发布时间：2021-01-18", "2021-01-18"),
        ("2020年13月40日", None),
        ("2020年", None),
        ("11.83亿元", None),
        ("2018-2023年5G建设规划", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_find_dates_gives_spans() -> None:
    text = "自2020年1月1日起至2020.12.31止"
    assert [(text[s:e], iso) for s, e, iso in find_dates(text)] == [
        ("2020年1月1日", "2020-01-01"),
        ("2020.12.31", "2020-12-31"),
    ]


@pytest.mark.parametrize(
    ("line", "ok"),
    [
        ("2020年12月31日", True),
        ("二〇二一年一月十五日", True),
        ("2021-01-18 15:00", True),
        ("截至2020年12月31日，全市", False),
    ],
)
def test_is_date_line(line: str, ok: bool) -> None:
    assert is_date_line(line) is ok


@pytest.mark.parametrize(
    ("line", "repaired"),
    [
        ("2024327", "2024年3月27日"),  # a signature date whose 年月日 were lost: one reading only
        ("20240115", "2024年1月15日"),
        ("2024112", "2024112"),  # 1-12 or 11-2: left alone
        ("——20211月12日在某州第十五届人民代表大会第次会议上", "——2021年1月12日在某州第十五届人民代表大会第次会议上"),
        ("共完成2024项", "共完成2024项"),
    ],
)
def test_a_date_that_lost_its_words_is_written_back_when_it_reads_one_way(line: str, repaired: str) -> None:
    assert repair_date_text(line) == repaired


@pytest.mark.parametrize("line", ["2023年12月22日 星期五", "2023年12月22日 星期", "2023年12月22日 周五"])
def test_a_newspaper_issue_date_line_with_its_weekday_is_a_date_line(line: str) -> None:
    assert is_date_line(line)


@given(st.text(alphabet="0123456789年月日在第届会议上， ", max_size=24))
def test_a_repaired_date_line_reads_as_a_valid_date_or_is_left_alone(line: str) -> None:
    repaired = repair_date_text(line)
    if repaired != line:
        assert find_dates(repaired), (line, repaired)
    assert repair_date_text(repaired) == repaired  # writing a date back is done once


@given(st.integers(1990, 2039), st.integers(1, 12), st.integers(1, 28))
def test_a_digits_only_date_is_read_back_when_it_has_one_reading(year: int, month: int, day: int) -> None:
    line = f"{year}{month}{day}"
    repaired = repair_date_text(line)
    if repaired != line:
        assert parse_date(repaired) == f"{year:04d}-{month:02d}-{day:02d}"


@pytest.mark.parametrize(
    ("line", "repaired"),
    [
        ("2021年2月22", "2021年2月22日"),  # a signature date whose 日 was lost
        ("某县人民政府督查室           2022年8月19", "某县人民政府督查室           2022年8月19日"),
        ("截至2021年2月22", "截至2021年2月22"),  # a cut sentence, not a date line
        ("2021年2月22日", "2021年2月22日"),
    ],
)
def test_repair_date_text_puts_back_a_lost_day_mark(line: str, repaired: str) -> None:
    assert repair_date_text(line) == repaired


def test_lost_marks_date_reads_a_delivery_line_with_zai_first() -> None:
    from models.ingest.metadata_dates import lost_marks_date

    assert lost_marks_date("——在20201223日某区第十六届人民代表大会") == "2020-12-23"
    assert lost_marks_date("——在2020113日某区第十六届人民代表大会") is None  # 1-13 or 11-3


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)))
def test_a_date_line_that_lost_its_day_mark_reads_back_as_the_same_day(day: date) -> None:
    line = f"{day.year}年{day.month}月{day.day}"
    assert parse_date(repair_date_text(line)) == day.isoformat()
    assert parse_date(repair_date_text("某县人民政府督查室   " + line)) == day.isoformat()
