"""Dates in the forms reports and their pages use."""

from __future__ import annotations

import pytest

from models.ingest.metadata_dates import find_dates, is_date_line, parse_date


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
