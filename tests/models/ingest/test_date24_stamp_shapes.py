"""A page's own stamp, by its shape (session 24): the portal's 信息时间 and 信息提供日期 keys (2029, 2116; 1211 and 2047
write them too), an article line ``时间:DAY 来源:…`` with no clock time (2008, as 1361, 1433, 599), the site's own
address before its stamp on a government domain (2080 ``www.gxbsrd.gov.cn 2018-01-26 09:18 阅读:…``), and a news
site's address line whose 来源 is the outlet the byline names (2034 ``www.scol.com.cn (…) 来源:四川在线`` over
``四川在线遂宁频道消息(…)``). A portal of another outlet's item (378 ``http://www.sina.com.cn … 四川新闻网``) and a
farm's stamp to the second stay undated."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata

SPEECH = "各位代表:\n\n现在,我代表省人民政府,向大会报告工作。"
LEAD = (
    "会议总结了去年工作,分析了当前形势,部署了今年重点任务。会议要求,各单位要坚持问题导向,狠抓工作落实,"
    "确保全年目标任务圆满完成。\n\n会议强调,要进一步提高政治站位,压实工作责任,推动各项工作取得新成效。\n"
)


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


@pytest.mark.parametrize(
    ("page_line", "iso"),
    [
        ("【信息来源:【信息时间:2022-02-15 15:10  阅读次数: 】【字号 】【我要打印】【关闭", "2022-02-15"),
        ("【信息来源:本站】【信息时间:2019-03-05 09:12  阅读次数: 】", "2019-03-05"),
        ("信息提供日期 : 2014-03-18 00:00来源 : 某区某某街道办事处", "2014-03-18"),
        ("信息提供日期:2016年05月09日 来源:某县水利局", "2016-05-09"),
    ],
)
def test_a_portals_info_time_keys_date_its_item(page_line: str, iso: str) -> None:
    text = f"某县水利局召开年度工作会议\n{page_line}\n\n县水利局召开全体干部职工大会,传达学习会议精神。{LEAD}"
    assert _read(text).date == iso


@pytest.mark.parametrize(
    ("page_line", "iso"),
    [
        ("时间:2021-02-01 来源:中国甘肃网 作者:", "2021-02-01"),
        ("时间:2018-06-11 来源:某某新闻网", "2018-06-11"),
        ("时间:2020年3月2日 来源:某某在线 作者:张三", "2020-03-02"),
    ],
)
def test_an_article_line_without_a_clock_time_dates_the_page(page_line: str, iso: str) -> None:
    text = f"政府工作报告\n\n{page_line}\n\n某某省省长 张三\n\n{SPEECH}{LEAD}"
    assert _read(text).date == iso


def test_a_farm_stamp_to_the_second_before_its_source_stays_undated() -> None:
    text = f"政府工作报告\n\n时间:2021-02-01 10:22:31 来源:网络 作者:admin\n\n{SPEECH}{LEAD}"
    assert _read(text).date is None


@pytest.mark.parametrize(
    ("page_line", "iso"),
    [
        ("www.gxbsrd.gov.cn  2018-01-26 09:18  阅读:596155次  作者:刘某  来源:某某新闻网—某某日报", "2018-01-26"),
        ("某某省政府门户网站 www.abc.gov.cn 2016-02-03 10:22:00", "2016-02-03"),
        ("http://www.xyrd.gov.cn (2020年01月09日 16:38) 来源:某某日报", "2020-01-09"),
    ],
)
def test_a_government_domains_stamp_dates_the_news_item(page_line: str, iso: str) -> None:
    text = (
        f"某省人代会开幕\n\n{page_line}\n\n  1月8日上午,某省第十三届人民代表大会第一次会议开幕。"
        f"省长张三向大会作政府工作报告。{LEAD}"
    )
    assert _read(text).date == iso


def test_a_news_sites_own_item_takes_its_address_lines_day() -> None:
    text = (
        "某县召开2019年全县交通运输工作会议\n\nwww.scol.com.cn (2019-03-21 16:38:01) 来源:四川在线\n编辑:某某\n\n"
        "四川在线遂宁频道消息(张三 李四 见习记者 王五)3月19日上午,某县召开2019年全县交通运输工作会。" + LEAD
    )
    md = _read(text)
    assert md.date == "2019-03-21"
    assert md.title is None  # a news site's reporter on another body's meeting: no title (news ruling)


def test_a_portal_carrying_another_outlets_item_stays_undated() -> None:
    text = (
        "某省长做政府报告:将提前一年实现十五计划\n\n\nhttp://www.sina.com.cn 2005年01月21日17:01 某某新闻网\n"
        "某省长做政府报告:将提前一年实现十五计划\n\n  1月20日,某省第十届人民代表大会第三次会议开幕。"
        "省长张三作政府工作报告。" + LEAD
    )
    assert _read(text).date is None


def test_a_commercial_domains_stamp_without_its_outlet_stays_undated() -> None:
    text = (
        "某局2021年工作总结\n\n某某范文网 www.fanwen.com 2021-04-25 10:12:03 阅读: 1710\n\n"
        "今年以来,我局认真贯彻落实上级部署。" + LEAD
    )
    assert _read(text).date is None


def test_a_street_office_keeps_the_district_its_source_field_writes() -> None:
    text = (
        "首页 > 区部门网站 > 区莲花街道办事处 > 政务信息公开\n\n莲花街道2013年工作总结和2014年工作计划\n\n"
        "信息提供日期 : 2014-03-18 00:00来源 : 福田区莲花街道办事处\n\n"
        "  2013年莲花街道在区委区政府的坚强领导下,全面贯彻落实区委区政府的工作部署和总体要求。\n\n"
        "  一、2013年主要工作及成效\n\n  (一)以打牢五个基础为突破。\n"
    )
    md = _read(text)
    assert (md.issuer, md.date) == ("福田区莲花街道办事处", "2014-03-18")
