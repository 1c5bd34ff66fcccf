"""Dates session 24b: a repost's stamp is no date, also when no title names the year (the lead's session-24 ruling:
the latest year the text names, 2100 a 2015 post of a 2012 meeting item); a news agency's yearless dateline takes
the year of the source line posting it within days (1189, session 21); a delivery date whose 年/月 were lost is read
only where the year the report reviews leaves one reading (1897, 2081)."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


SITTING = (
    "近日,{place}人大常委会第七次会议听取审议{gov}{year}年{period}国民经济和社会发展情况的报告。会议认为,{period}"
    "全{unit}生产总值实现28.49亿元,同比增长12.5%;完成财政收入4.15亿元,经济发展呈现良好运行态势。会议建议,政府要抓好"
    "重点项目实施,决策一项,落实一项,建成一项,尽快让其发挥效益。\n"
)


@pytest.mark.parametrize(
    ("place", "gov", "unit", "year", "period", "stamp", "iso"),
    [
        ("甘肃省某某县十七届", "县人民政府", "县", 2012, "前三季度", "2015-01-22 13:12:18", None),
        ("湖南省某某市十三届", "市人民政府", "市", 2009, "上半年", "2016-07-03 09:10:00", None),
        ("某某区五届", "区人民政府", "区", 2019, "1-9月", "2023-11-02 10:00:00", None),
        # a year or two after: the item's own day (the page's, rulings22)
        ("甘肃省某某县十七届", "县人民政府", "县", 2014, "前三季度", "2015-01-22 13:12:18", "2015-01-22"),
        ("某某区五届", "区人民政府", "区", 2021, "上半年", "2023-02-02 10:00:00", "2023-02-02"),
    ],
)
def test_a_news_item_posted_years_after_the_year_it_reports_is_a_repost(
    place: str, gov: str, unit: str, year: int, period: str, stamp: str, iso: str | None
) -> None:
    text = (
        f"某地 听取审议{period}国民经济和社会发展情况报告\n稿件来源:人民之声报 发布时间:{stamp}\n\n"
        + SITTING.format(place=place, gov=gov, unit=unit, year=year, period=period)
    )
    assert _read(text).date == iso


def test_an_item_reporting_since_a_year_keeps_its_page_day() -> None:
    # (2012年以来 runs to the item's own day: no year the text reports on bounds the page's)
    text = (
        "某地 听取审议前三季度国民经济和社会发展情况报告\n稿件来源:人民之声报 发布时间:2015-01-22 13:12:18\n\n"
        + SITTING.format(place="某某县", gov="县人民政府", unit="县", year=2012, period="以来")
    )
    assert _read(text).date == "2015-01-22"


def test_an_item_naming_no_year_keeps_its_page_day() -> None:
    text = (
        "某地 听取审议前三季度国民经济和社会发展情况报告\n稿件来源:人民之声报 发布时间:2015-01-22 13:12:18\n\n"
        + SITTING.format(place="某某县十七届", gov="县人民政府", unit="县", year="", period="前三季度").replace(
            "年", ""
        )
    )
    assert _read(text).date == "2015-01-22"


@pytest.mark.parametrize(
    ("dateline", "source_line", "iso"),
    [
        ("新华社北京2月28日电", "中国新闻来源:新华社 2017年03月01日 10:12", "2017-02-28"),
        ("新华社北京2月28日电", "来源:新华网 2020年02月28日 18:02", "2020-02-28"),
        ("新华社长沙12月31日电", "来源:新华社 2019年01月02日 08:30", "2018-12-31"),
        ("人民网北京3月4日电", "2019年03月05日 21:12 来源:人民网", "2019-03-04"),
        # (a mirror's stamp months later gives the dateline no year)
        ("新华社北京2月28日电", "来源:新华社 2017年06月01日 10:12", None),
    ],
)
def test_an_agency_dateline_takes_the_year_of_the_source_line_posting_it(
    dateline: str, source_line: str, iso: str | None
) -> None:
    text = (
        "中华人民共和国某年国民经济和社会发展统计公报\n发布时间:2024-11-16 16:50\n"
        f"{source_line}\n\n  {dateline}\n\n  中华人民共和国国家统计局\n\n"
        "  全年国内生产总值744127亿元,比上年增长6.7%。其中,第一产业增加值63671亿元,增长3.3%。\n"
    )
    assert _read(text).date == iso


def _delivered(digits: str, review: str, place: str = "沧县") -> str:
    return (
        f"{place}人民政府工作报告\n\n——{digits}日在{place}第十五届人民代表大会第三次会议上\n\n各位代表:\n\n"
        f"  现在,我代表{place}人民政府,向大会报告工作,请予审议。\n\n  {review}\n\n"
        "  全县生产总值预计达到174亿元,比上年增长10.5%。\n"
    )


@pytest.mark.parametrize(
    ("digits", "review", "iso"),
    [
        ("2014114", "一、2013年工作回顾", "2014-01-14"),
        ("2005118", "一、2004年工作回顾", "2005-01-18"),
        ("2016112", "刚刚过去的2015年,是极不平凡的一年。", "2016-01-12"),
        ("2019125", "过去的2018年,全县经济稳中有进。", "2019-01-25"),
        # the text names no year under review, or its own year: two readings stay, no date
        ("2014114", "过去一年,全县经济稳中有进。", None),
        ("2014114", "一、2014年工作回顾", None),
    ],
)
def test_a_lost_marks_delivery_date_read_by_the_year_the_report_reviews(
    digits: str, review: str, iso: str | None
) -> None:
    assert _read(_delivered(digits, review)).date == iso


BULLETIN = "年末全县公路通车里程1231公里,比上年增加24.3公里。年末全县民用车保有量达到3.07万辆,比上年末增长4.1%。\n"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        # an aggregator's listing: a bare day, the office named with its prefecture before its county (234, as the
        # session-19 mirror stamps 236, 866, 881: 2012-05-08 湖州市长兴县统计局)
        ("发布时间:2010-04-08来源:清远市佛冈县统计局 点击:", None),
        ("发布时间:2010-04-02 来源:阜阳市临泉县统计局 点击:", None),
        ("发布日期:2010-3-9 来源:恩施州利川市统计局", None),
        # a portal's own post: its office as the site names it, or its time to the minute (1495)
        ("发布时间:2010-04-08 来源:佛冈县统计局 点击:", "2010-04-08"),
        ("发布时间:2010-04-08 10:20 来源:清远市佛冈县统计局", "2010-04-08"),
    ],
)
def test_an_aggregators_bare_day_over_an_office_named_with_its_prefecture_is_no_date(
    line: str, iso: str | None
) -> None:
    text = f"您现在的位置: 首页 > 统计公报\n某县2009年国民经济和社会发展统计公报\n{line}\n{BULLETIN}"
    assert _read(text).date == iso
