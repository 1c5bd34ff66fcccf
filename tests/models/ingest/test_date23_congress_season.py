"""A delivery line whose 年 and 月 a page lost, read two ways (1897 `——2014114日在沧县第十五届人民代表大会`: 01-14 or
11-04): a people's congress holds its annual session, where the government reports, between December and March, so
the one reading in that season is the date; a standing committee sits all year and settles nothing."""

from __future__ import annotations

import pytest

from models.ingest.metadata_dates import lost_marks_date


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("——2014114日在沧县第十五届人民代表大会", "2014-01-14"),
        ("——2019112日在某市第十六届人民代表大会第四次会议上", "2019-01-12"),
        ("——2017118日在某旗第十七届人民代表大会第五次会议上", "2017-01-18"),
        ("(2016119日在某区二届人大五次会议上)", "2016-01-19"),
    ],
)
def test_a_congress_sessions_season_settles_two_readings(line: str, iso: str) -> None:
    assert lost_marks_date(line) == iso


@pytest.mark.parametrize(
    "line",
    [
        # a standing committee sits in any month
        "——2014114日在某县第十五届人民代表大会常务委员会第九次会议上",
        "——2018112日在市人大常委会第十次会议上",
        # both readings in season (2020121: 01-21 or 12-01): not settled
        "——2020121日在某县第十届人民代表大会第三次会议上",
        # no congress named
        "——2014114日在全县经济工作会议上",
    ],
)
def test_other_lines_stay_unread(line: str) -> None:
    assert lost_marks_date(line) is None
