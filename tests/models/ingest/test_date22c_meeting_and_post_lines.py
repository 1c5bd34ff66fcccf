"""A bureau's news item dated the way a reader dates it (rulings22, and the lead's session-23 ruling: any meeting or
event its lead opens with the full day of, 253's 总结会 too): the work conference its lead opens with the full
day of (1948 `2021年1月14日下午,市发改委组织召开全市发展和改革工作会议`, 1950 `…全市工业和信息化工作会议在石家庄召开`:
the day the review was delivered, as a congress session's day is, 1982/281); the page's `来自:某局 时间:…` posting line
(1951) and a government office's own site (`欢迎访问某市某局官方网站`, 1946) giving the page's day when the item has
none of its own (a yearless `2月22日`, a `1225日` that lost its 月)."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata

TAIL = (
    "会议指出,过去一年全系统攻坚克难,较好完成了年度目标任务,各项工作取得新成效。\n"
    "会议强调,要坚持问题导向,压实工作责任,确保全年目标任务圆满完成。\n"
)


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


@pytest.mark.parametrize(
    ("lead", "iso"),
    [
        ("2021年1月14日下午,市发改委组织召开全市发展和改革工作会议,全面总结2020年工作,部署2021年任务。", "2021-01-14"),
        ("2025年2月21日,全市工业和信息化工作会议在石家庄召开。会议系统总结2024年工作。", "2025-02-21"),
        ("2023年3月2日上午,全县农业农村工作会议在县政府召开,会议总结了去年工作。", "2023-03-02"),
        ("2019年1月8日,某州召开全州统计工作大会,回顾2018年统计工作。", "2019-01-08"),
        # the lead's session-23 ruling: any meeting or event the item opens with the full day of (253, 2020)
        ("2021年2月1日,由党组书记、局长某某主持召开的某县水务局2020年度工作总结会在局会商室召开。", "2021-02-01"),
        ("2022年7月12日上午,某区经信局召开上半年工作座谈会,总结上半年工作。", "2022-07-12"),
        ("2019年12月30日,乌兰某旗发改委举行2019年度述职评议会。", "2019-12-30"),
        ("2024年3月5日,某镇开展学雷锋志愿服务活动,镇机关干部参加。", "2024-03-05"),
        ("2018年9月3日，某街道办事处召开重点项目推进会，部署下半年工作。", "2018-09-03"),
    ],
)
def test_a_work_conference_lead_dates_the_item(lead: str, iso: str) -> None:
    assert _read(lead + "\n" + TAIL).date == iso


@pytest.mark.parametrize(
    "lead",
    [
        # no meeting or event: a committee, society or visit in the lead's clause
        "2021年1月14日,市发改委员会主任到某县调研,召开的时间另行通知。",
        "2022年5月6日,全社会用电量统计显示,召开前后变化不大。",
        # the conference named later, not in the lead's clause
        "2021年1月14日,市发改委党组书记到某县调研。会后召开了工作会议。",
        # a span of days
        "2021年1月14日至15日,全市发展和改革工作会议召开。",
    ],
)
def test_other_leads_leave_the_item_undated(lead: str) -> None:
    assert _read(lead + "\n" + TAIL).date is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("来自:薛城区工业和信息化局 时间:2025-12-26 14:24:29", "2025-12-26"),
        # (the item's own bureau posting it: another body's posting makes the headline news, session 26)
        ("来自:某区工业和信息化局 时间:2023-07-01 09:12:05", "2023-07-01"),
        ("来自：某区工信局　时间：2022-03-15 10:00", "2022-03-15"),
    ],
)
def test_a_bureaus_posting_line_gives_its_page_day(line: str, iso: str) -> None:
    text = f"某区工信局:召开工作务虚会\n\n{line}\n\n1225日,区工信局召开工作务虚会。局长主持会议并讲话。\n{TAIL}"
    got = _read(text)
    assert got.date == iso
    assert got.title == "某区工信局:召开工作务虚会"


@pytest.mark.parametrize(
    "banner",
    ["欢迎访问十堰市经济和信息化局官方网站!", "欢迎访问某某县发展和改革委员会网站", "欢迎光临某市统计局门户网站"],
)
def test_a_government_offices_own_site_gives_its_page_day(banner: str) -> None:
    text = (
        f"今天是:  | 登录 |  注册\n{banner}\n站内搜索:\n搜索\n当前位置:首页 > 工作动态\n\n"
        "市经信委召开全市经信系统一季度工业调度会\n\n时间:2019-02-25\n\n"
        "  2月22日下午,市经信委召开2019年全市经信系统一季度工业调度会,委领导参加会议。\n" + TAIL
    )
    assert _read(text).date == "2019-02-25"


def test_a_hospitals_or_stores_site_gives_no_page_day() -> None:
    text = (
        "欢迎来到某某文档网平台\n当前位置:首页 > 工作总结\n\n"
        "市经信委召开全市经信系统一季度工业调度会\n\n时间:2019-02-25\n\n"
        "  2月22日下午,市经信委召开2019年全市经信系统一季度工业调度会,委领导参加会议。\n" + TAIL
    )
    assert _read(text).date is None
