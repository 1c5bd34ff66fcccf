"""Dates session 28b: a portal's address line with its posting time labelled (`发布时间:`/`更新日期:`) between the
address and the day is the government site's stamp, as the unlabelled one is (2404, 1541, 1588; 2076 unlabelled);
a bulletin's issuer-and-date line a re-join glued onto its opening still dates it (2361)."""

from __future__ import annotations

import pytest

from models.ingest.metadata_own_dates import own_dates
from models.ingest.metadata_site_stamp import site_stamp_day

OPENING = ["某省人民政府关于落实《政府工作报告》重点工作部门分工的意见", "各有关单位:"]


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("湖南省人民政府门户网站 www.hunan.gov.cn 发布时间: 2019-02-20 11:02 【字体:", "2019-02-20"),
        ("沅陵县人民政府门户网站 www.yuanling.gov.cn 发布时间:2025-07-31 17:54", "2025-07-31"),
        ("广西壮族自治区人民政府门户网站 www.gxzf.gov.cn 更新日期:2021年3月5日 09:30", "2021-03-05"),
        ("www.fujian.gov.cn 发布日期：2018/02/01", "2018-02-01"),
        ("湖南省政府门户网站 www.hunan.gov.cn 2014-01-23 10:22:00", "2014-01-23"),
    ],
)
def test_a_government_sites_labelled_stamp_dates_the_page(line: str, iso: str) -> None:
    assert site_stamp_day((line,), (), OPENING) == iso


@pytest.mark.parametrize(
    "line",
    [
        "某某文库 www.wenku-example.com 发布时间: 2019-02-20 11:02",  # another site's stamp: not its own item
        "株洲县政府门户网站 www.jnjejd.com更新时间:2011-02-28作者:字体[ ]",  # a mirror's host, not a government one
    ],
)
def test_another_sites_labelled_stamp_gives_no_day(line: str) -> None:
    assert site_stamp_day((line,), (), OPENING) is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("重庆市统计局国家统计局重庆调查总队2013年3月18日2012年,全市人民在市委、市政府的坚强领导下", "2013-03-18"),
        ("某省统计局2019年2月28日2018年,全省经济运行总体平稳", "2019-02-28"),
        ("某县统计局国家统计局某县调查队2021年4月2日2020年，全县上下", "2021-04-02"),
    ],
)
def test_a_bulletins_issuer_and_date_glued_onto_its_opening(line: str, iso: str) -> None:
    title = "2012年某市国民经济和社会发展统计公报"
    found = own_dates([title, line, "一、综合"], [title])
    assert max(found)[1:] == (iso, "date line under the title")


def test_a_body_acting_on_a_day_is_no_issuer_and_date_line() -> None:
    title = "2012年某市国民经济和社会发展统计公报"
    line = "市统计局2013年3月18日发布了2012年统计公报,全年经济平稳"
    assert all(reason != "date line under the title" for _s, _iso, reason in own_dates([title, line], [title]))
