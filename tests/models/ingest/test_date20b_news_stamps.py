"""A news item's page date and its own days: a page is not posted before the event it reports (1543: a stamp of
2018-01-21 over an item whose lead opens `5月10日上午,…`: the mirror's stamp, not the item's date), while a December
event posted in January stays dated; a news agency's dateline naming the page's own day (1177 `济南2月9日电` under
`2007年02月09日 21:12 来源:中国新闻网`) confirms the page date as the item's (gold19: a news site's day dates its
item)."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


def _item(stamp: str, lead_day: str, office: str = "麻城市科技局") -> str:
    return (
        "地方频道:\n您的当前位置:首页>科技\n某市领导调研科技工作\n"
        f"{stamp} 19:47:44   来源:{office}\n\n"
        f"{lead_day}上午,某市副市长赴科技局调研全市科技工作,并与该局领导班子和干部职工座谈。\n\n"
        "市科技局局长详细汇报了近年来科技工作的总体情况、工作重点和下一步工作安排。\n"
    )


@pytest.mark.parametrize(
    ("stamp", "lead_day"),
    [("2018-01-21", "5月10日"), ("2020-03-02", "9月18日"), ("2015-06-30", "11月3日")],
)
def test_a_stamp_before_the_event_its_item_reports_is_no_date(stamp: str, lead_day: str) -> None:
    assert _read(_item(stamp, lead_day)).date is None


@pytest.mark.parametrize(
    ("stamp", "lead_day"),
    [("2019-01-03", "12月28日"), ("2018-05-12", "5月10日"), ("2021-07-23", "7月22日")],
)
def test_a_stamp_after_its_event_stays_the_page_date(stamp: str, lead_day: str) -> None:
    assert _read(_item(stamp, lead_day)).date == stamp


def _agency(posted: str, dateline: str) -> str:
    return (
        "■ 本页位置:首页新闻中心国内新闻\n站内检索:\n【放大字体】  【缩小字体】\n"
        "山东人大会议开幕 省长韩寓群作政府工作报告\n"
        f"{posted} 21:12 来源:中国新闻网\n\n"
        f"  中新山东网济南{dateline}电(记者 张璐)山东省第十届人民代表大会第五次会议今天上午在济南山东会堂开幕。\n\n"
        "山东省省长韩寓群向大会做了《政府工作报告》,报告全面回顾2006年山东省经济、政治、文化、社会发展的工作。\n"
    )


@pytest.mark.parametrize(
    ("posted", "dateline", "expected"),
    [
        ("2007年02月09日", "2月9日", "2007-02-09"),
        ("2013年01月21日", "1月21日", "2013-01-21"),
        # (posted the day after: the page's day is not the item's, the dateline's is, in the page's year: 1189's gold,
        # session 21; was None before session 24)
        ("2019年03月05日", "3月4日", "2019-03-04"),
        ("2019年06月05日", "3月4日", None),  # (months after: a mirror's stamp gives the dateline no year)
    ],
)
def test_a_datelines_day_confirms_the_page_date(posted: str, dateline: str, expected: str | None) -> None:
    assert _read(_agency(posted, dateline)).date == expected


# A forum post's attachment stamp (Discuz: `3333.jpg (43.65 KB, 下载次数: 58)` / `下载附件` / `2022-2-12 09:26 上传`)
# is the post's day, the page's date when the text gives none with a year (lead's ruling on 1690); a yearless meeting
# day is none
def _forum(stamp: str) -> str:
    return (
        "|\n3333.jpg (43.65 KB, 下载次数: 58)\n下载附件\n"
        f"{stamp} 上传\n"
        "2月8日上午,市委副书记、代市长主持召开会议,听取有关部门2022年重点工作和重点工程情况汇报。"
        "局长汇报了全市水务重点工作情况和2022年工作计划。\n"
    )


@pytest.mark.parametrize(("stamp", "expected"), [("2022-2-12 09:26", "2022-02-12"), ("2019-3-1 18:05", "2019-03-01")])
def test_a_forum_attachments_upload_stamp_dates_the_post(stamp: str, expected: str) -> None:
    assert _read(_forum(stamp)).date == expected


def test_an_upload_line_without_the_attachment_is_a_stores_time() -> None:
    text = _forum("2022-2-12 09:26").replace("下载附件\n", "")
    assert _read(text).date is None


# A signature date that lost 年/月/日 and reads two ways (1146 `2019114`: 01-14 or 11-04; 1086 `2022121日`): the text
# dates itself, not in one reading, so the page's date does not stand in for it (670) — unless a government portal's
# own date is one of its readings and settles it (1086's ruling); a farm's or hijacked page's posting time never does
def _notice(office_page: str, signed: str) -> str:
    return (
        f"{office_page}\n\n某区人民政府办公室关于印发{signed[:4]}年区政府工作报告确定的主要目标任务责任分解方案的通知\n\n"
        "各街办事处,区人民政府各部门:\n\n经区政府同意,现将《分解方案》印发给你们,请认真贯彻执行。\n\n"
        f"某区人民政府办公室\n\n{signed}\n\n一、主要目标任务\n\n1、地区生产总值增长7.5%。\n"
    )


@pytest.mark.parametrize(
    ("page", "signed", "expected"),
    [
        ("点击量:1570 发布于:2019-01-14 04:42\n\n某某注册开户网址 www.example.com", "2019114", None),
        ("字体:【 默认 超大 |\n发布日期:2019-01-14", "2019114", "2019-01-14"),
        ("字体:【 默认 超大 |\n发布日期:2022-01-21", "2022121日", "2022-01-21"),
        ("字体:【 默认 超大 |\n发布日期:2019-02-20", "2019114", None),
        ("点击量:1570 发布于:2019-01-20 04:42", "2019120", "2019-01-20"),  # (one reading: the text's own)
    ],
)
def test_a_signature_date_that_reads_two_ways(page: str, signed: str, expected: str | None) -> None:
    assert _read(_notice(page, signed)).date == expected
