"""A news item with no date of its own takes its page's day (rulings22, issue 12 §3: the document's own date, then
发文日期, then the page's date): the 时间/发布时间/日期 line over an item from a newspaper or news site (1425 齐鲁晚报,
1634/1559 武进新闻, 255 西藏日报, 1537 山西日报, 1280 文成新闻网). Never over the item's own date, a farm's
repost, a news agency's dateline naming another day (that day dates it, 1189), or the document the item's lead says
was released (1099)."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata

LEAD = (
    "会议总结了上半年工作,分析了当前形势,部署了下半年重点任务。会议要求,各单位要坚持问题导向,狠抓工作落实,"
    "确保全年目标任务圆满完成。\n\n会议强调,要进一步提高政治站位,压实工作责任,推动各项工作取得新成效。\n"
)


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


@pytest.mark.parametrize(
    ("page_line", "iso"),
    [
        ("时间:2021-07-23 19:19:12 来源:武进新闻 作者:阳湖网", "2021-07-23"),
        ("時間:2023-12-28 23:17:19 來源:青山新聞", "2023-12-28"),
        ("发布时间:2025年07月14日\n来源:文成新闻网", "2025-07-14"),
        ("发布时间:2019-03-02 10:12:00来源: 某某晚报", "2019-03-02"),
        ("日期:2022年01月24日   来源:某县融媒体中心", "2022-01-24"),
        ("时间:2021-02-10 08:00:43 | 来源:某某日报", "2021-02-10"),
    ],
)
def test_a_news_item_takes_its_page_day(page_line: str, iso: str) -> None:
    # (the meeting in the page's year: a page years after the year its item reports is a repost, session 24)
    text = f"某区召开半年工作推进会\n{page_line}\n\n近日,某区召开{iso[:4]}年上半年工作推进会。{LEAD}"
    assert _read(text).date == iso


def test_the_items_own_date_beats_its_page_day() -> None:
    text = (
        "某市召开人大会议\n发布时间:2021-02-03 10:12:00 来源:某某日报\n\n"
        "市长2021年1月30日在某市第十六届人民代表大会第五次会议上作的《政府工作报告》全文如下。" + LEAD
    )
    assert _read(text).date == "2021-01-30"


def test_a_farms_repost_of_a_news_item_stays_undated() -> None:
    text = (
        "当前位置:首页 > 政策资讯\n某区召开半年工作推进会\n"
        "发布日期:2024-06-17 18:35:03 本文标签:某区 推进会\n来源:某某日报\n\n近日,某区召开工作推进会。" + LEAD
    )
    assert _read(text).date is None


def test_an_agency_dateline_on_another_day_dates_the_item_in_the_pages_year() -> None:
    # (was: left undated; the corpus's 1189 gold, session 21's ruling, dates the dateline's day in the year of the
    # stamp posting it: 3月4日电 under 2019年03月05日 is 2019-03-04, not the page's 03-05)
    text = (
        "某省人大会议开幕\n2019年03月05日 21:12 来源:某某新闻网\n\n"
        "  某某网某市3月4日电(记者 张三)某省人民代表大会会议今天上午开幕。" + LEAD
    )
    assert _read(text).date == "2019-03-04"
