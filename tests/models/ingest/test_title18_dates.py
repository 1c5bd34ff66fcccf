"""Page dates at first sight (session 18): a posting line's keys read as a pattern — a key glued after the time
before it, a column's cell (栏目:…) opening the row, an empty cell then the next key, a 发表时间 to the minute."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_fields import parse_fields
from models.types import Metadata


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


BODY = (
    "2019年,面对国内外风险挑战明显上升的局面,全区上下坚定以习近平新时代中国特色社会主义思想为指导,全区经济运行保持总体平稳。\n\n"
    "一、综合\n\n国民经济。2019年实现地区生产总值(GDP)357.40亿元,增长8.8%。\n"
)


def test_a_source_key_glued_after_the_posting_time_is_read() -> None:
    assert parse_fields("2020-04-20 10:33文章来源: 统计局") == [
        ("发布日期", "", "2020-04-20 10:33"),
        ("来源", "文章来源", "统计局"),
    ]
    meta = _read("某区2019年国民经济和社会发展统计公报\n\n2020-04-20 10:33文章来源: 统计局\n\n" + BODY)
    assert meta.date == "2020-04-20"


def test_a_key_glued_inside_a_value_ends_it() -> None:
    fields = parse_fields("发布时间:2024-03-28 09:33信息来源: 某市教育局阅读次数:编辑:某某")
    assert fields is not None
    assert ("来源", "信息来源", "某市教育局") in fields


def test_a_column_cell_opening_the_posting_row() -> None:
    assert parse_fields("栏目:某市应急管理局-通知公告 发布时间:2023-01-14") == [("发布日期", "发布时间", "2023-01-14")]


def test_a_column_cell_before_no_header_key_is_no_header() -> None:
    assert parse_fields("栏目:工作报告 发布:2006-08-23 浏览:3023 下载172次 收藏") is None


def test_an_empty_cell_then_the_next_columns_key_is_empty() -> None:
    assert parse_fields("文 号: 文件分类: 综合政务 所属机构:") == [("文号", "文号", ""), ("发布机构", "所属机构", "")]


def test_a_pages_publishing_time_to_the_minute_dates_the_report() -> None:
    text = "关于2024年度某县河长制工作情况的报告\n\n二维码\n发表时间:2024-12-30 15:59\n\n" + BODY
    assert _read(text).date == "2024-12-30"


def test_a_farms_upload_stamp_to_the_second_does_not() -> None:
    text = "某县2019年国民经济和社会发展统计公报\n\n发表时间:2023/12/21 18:29:50\n\n" + BODY
    assert _read(text).date is None
