"""The page's date and source lines read in their one home (page_fields), as each reader's examples write them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.ingest import page_fields as pf
from models.ingest.chrome_posts import posting_line


@pytest.mark.parametrize(
    ("line", "day"),
    [("2022-2-12 09:26 上传", "2022-2-12"), ("2023-01-20 10:20:42上传", "2023-01-20")],
)
def test_a_forums_upload_stamp_gives_its_day(line: str, day: str) -> None:
    m = pf.UPLOAD_STAMP.match(line)
    assert m is not None and m[1] == day


@pytest.mark.parametrize("line", ["2022-2-12 上传", "2022年2月12日 09:26 上传", "2022-2-12 09:26 上传者"])
def test_an_upload_stamp_has_its_dashed_day_and_clock(line: str) -> None:
    assert pf.UPLOAD_STAMP.match(line) is None


@pytest.mark.parametrize(
    ("line", "day", "office"),
    [
        ("2021-09-27 15:52  市民政局 [字号: ] 打印", "2021-09-27", "市民政局"),
        ("2024-3-5 县统计局", "2024-3-5", "县统计局"),
    ],
)
def test_a_portals_keyless_posting_line_names_its_office(line: str, day: str, office: str) -> None:
    m = pf.OFFICE_POSTING.match(line)
    assert m is not None and (m[1], m[2]) == (day, office)


def test_a_platforms_posting_lines() -> None:
    by = pf.POSTED_BY.match("张三 发布 浏览1135次 2022-12-08发布")
    on = pf.POSTED_ON.match("发布于 2025-09-26 15:54 来源:某局")
    assert by is not None and by[1] == "2022-12-08"
    assert on is not None and on[1] == "2025-09-26"
    bullet = pf.BULLET_STAMP.match("• 2025-02-28 14:50")
    assert bullet is not None and bullet[1] == "2025-02-28"


def test_a_source_value_with_its_time_run_on() -> None:
    m = pf.SOURCE_TIME.match("市国资委2023-09-01 19:39")
    assert m is not None and (m[1], m[2]) == ("市国资委", "2023-09-01 19:39")


@pytest.mark.parametrize(
    "line",
    [
        "公文搜 2021-07-23 10:26:26 政府报告",
        "投稿人:某某 发布时间:2008/11/25",
        "时间: 01-19",
        "栏目:总结",
        "2021 - 07 - 23 发布",
    ],
)
def test_a_sites_posting_line(line: str) -> None:
    assert posting_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "2021-09-27 市民政局",
        "来源:某县统计局 2024-01-02 10:26",
        "——2025年1月15日在县第十八届人民代表大会上",
        "2024-01-02",
    ],
)
def test_no_sites_posting_line(line: str) -> None:
    assert not posting_line(line)


@given(st.integers(0, 23), st.integers(0, 59), st.integers(0, 59), st.booleans())
def test_a_clock_to_the_minute_or_second(hour: int, minute: int, second: int, with_seconds: bool) -> None:
    clock = f"{hour}:{minute:02d}" + (f":{second:02d}" if with_seconds else "")
    assert pf.CLOCK_TIME.search(f"发布时间 2024-01-02 {clock}") is not None
    assert pf.STAMP.match(f"2024-01-02 {clock}") is not None
    assert pf.YEARLESS_TIME.match(f"时间: {clock}") is None
