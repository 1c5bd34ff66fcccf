"""Titles and dates, session 21: a delivery line a PDF broke one token a line; news items telling of another
body's report."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_own_dates import date_broken_under_offices
from models.ingest.metadata_publisher import company_site, kind_as_source
from models.ingest.metadata_title_choice import choose_title
from models.ingest.title_edges import title_before_font_bar
from models.types import Metadata


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


@pytest.mark.parametrize(
    ("tokens", "session", "iso"),
    [
        (["2020", "年", "1", "月", "12"], "日在吉林省第十三届人民代表大会第三次会议上", "2020-01-12"),
        (["2019年", "2月", "3"], "日在某县第十七届人民代表大会第四次会议上", "2019-02-03"),
        (["2023", "年", "12", "月", "28", "日"], "在市第十五届人民代表大会常务委员会第七次会议上", "2023-12-28"),
    ],
)
def test_a_delivery_line_a_pdf_broke_one_token_a_line_dates_the_report(
    tokens: list[str], session: str, iso: str
) -> None:
    # 1839: ——⏎2020⏎年⏎1⏎月⏎12⏎日在吉林省…会议上 (a PDF's text, every figure on a line of its own; 1332's form)
    text = "\n".join(["2020", "年吉林省", "政府工作报告", "——", *tokens, session, "省长", "景俊海", "各位代表:"])
    assert date_broken_under_offices(text) == [(10, iso, "delivery line broken one token a line")]


@pytest.mark.parametrize(
    "lines",
    [
        ["政府工作报告", "——", "2020", "年", "1", "月"],  # no day: a date in part is none
        ["政府工作报告", "——", "12", "28", "日在某次会议上"],  # no year
        ["政府工作报告", "——", "2020", "年", "1", "月", "12", "日"],  # no session: not a delivery line
        ["统计表", "2020", "1", "12", "3.5%"],  # a column of figures, no marks
    ],
)
def test_figures_on_their_own_lines_without_a_whole_delivery_line_date_nothing(lines: list[str]) -> None:
    assert date_broken_under_offices("\n".join(lines)) == []


@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        # a standing committee heard the government's half-year report (1856)
        (
            "某区人大举行第20次(扩大)会议",
            "2014年7月29日下午,区七届人大常委会在区委党校举行第20次(扩大)会议,听取并评议了区政府上半年工作情况的报告。区领导出席会议。",
        ),
        # its head delivered it by name (1864)
        (
            "某县十七届人大常委会举行第八次会议",
            "今天下午,某县第十七届人大常委会第八次会议召开扩大会议。县长某某代表县人民政府向大会作《县政府上半年工作情况的报告》,报告指出,上半年全县经济平稳。",
        ),
        # a leader wrote comments on a bureau's report (1885; 1880 in traditional script)
        (
            "某市副市长批示肯定全市邮政管理工作成效",
            "近日,某省某市副市长某某在市邮政管理局《关于2022年全市邮政管理工作的报告》上作出批示,肯定全市邮政管理工作成效。",
        ),
        (
            "某市副市長批示肯定市郵政管理部門工作成效",
            "近日,某市副市長某某對市郵政管理局提交的工作總結報告作出批示:2015年,市郵政管理局堅持依法治郵,取得新成績。",
        ),
        # its speaker briefed an audience on the half-year (1862)
        (
            "某县召开2017年上半年工作情况通报会",
            "7月28日上午,某县召开2017年上半年工作情况通报会,向离退休老干部通报上半年全县经济社会发展情况,听取老干部的意见和建议。",
        ),
    ],
)
def test_a_news_items_headline_over_another_bodys_report_is_no_title(headline: str, lead: str) -> None:
    text = (
        f"{headline}\n{lead}\n今年以来,全区经济运行总体平稳,重点项目加快推进,民生保障持续改善,各项工作取得新的进展。\n"
    )
    assert _meta(text).title is None


@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        (
            "某县财政顺利实现“双过半”",
            "今年以来,某县财政局紧紧围绕全年目标任务,狠抓收入征管,上半年全县一般公共预算收入完成全年任务的56%,实现时间任务双过半。",
        ),
        (
            "某局召开2020年上半年工作总结会",
            "7月10日上午,某局召开2020年上半年工作总结会,局长某某总结上半年工作并部署下半年重点工作,全体干部职工参加会议。",
        ),
    ],
)
def test_a_bodys_own_item_keeps_its_headline(headline: str, lead: str) -> None:
    text = f"{headline}\n{lead}\n今年以来,全局上下齐心协力,各项工作取得新的进展,为完成全年目标任务打下了坚实基础。\n"
    assert _meta(text).title == headline


@pytest.mark.parametrize(
    ("lead", "iso"),
    [
        (
            "2014年7月29 日下午,区七届人大常委会在党校举行第20次会议,听取并评议了区政府上半年工作情况的报告。",
            "2014-07-29",
        ),
        (
            "2019年7月25日,某县第十七届人民代表大会常务委员会召开第二十次会议,听取了县人民政府关于上半年工作情况的报告。",
            "2019-07-25",
        ),
        (
            "2021年2月3日上午,某某县第十七届人民代表大会常务委员会第三十次会议在县会议中心召开,听取县法院工作报告。",
            None,
        ),
    ],
)
def test_a_standing_committees_sitting_dates_only_the_governments_report_it_heard(lead: str, iso: str | None) -> None:
    text = f"某区人大常委会举行会议\n{lead}\n会议认为,上半年全区经济运行总体平稳,各项工作取得新的进展。\n"
    assert _meta(text).date == iso


@pytest.mark.parametrize(
    ("site", "label", "own", "delivery"),
    [
        ("沧县人民政府", "2014年政府工作报告", "沧县人民政府工作报告", "——2014114日在沧县第十五届人民代表大会"),
        ("某市人民政府", "2019年政府工作报告", "某市人民政府工作报告", "——2019年1月8日在某市第九届人民代表大会"),
        ("某旗人民政府", "2021年政府工作报告", "某旗人民政府工作报告", "——在某旗第十届人民代表大会第五次会议上"),
    ],
)
def test_the_own_title_naming_its_body_is_taken_over_the_portal_name_and_label(
    site: str, label: str, own: str, delivery: str
) -> None:
    # 1897: the portal's name, its page label, then the report's own title over its (damaged) delivery line
    head = [site, label, own, delivery, "第三次会议上", f"{site}县长某某", "各位代表:"]
    assert choose_title(None, head, year=label[:4]).value == own


def test_a_body_line_over_its_title_still_joins_when_nothing_below_names_it() -> None:
    head = ["某县人民政府", "2014年政府工作报告", "——2014年1月8日在某县第十五届人民代表大会第三次会议上", "各位代表:"]
    assert choose_title(None, head, year="2014").value == "某县人民政府2014年政府工作报告"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("市教育局2018年工作要点 字号:[ ]", "市教育局2018年工作要点"),
        ("某县统计局2019年工作总结 【字体:大 中 小】", "某县统计局2019年工作总结"),
        ("某区发展和改革局2022年工作计划 字号：[大] [中] [小]", "某区发展和改革局2022年工作计划"),
        ("字号:[ ]", None),
        ("市教育局2018年工作要点", None),
    ],
)
def test_a_portals_font_bar_marks_the_article_title_before_it(line: str, title: str | None) -> None:
    assert title_before_font_bar(line) == (title if line.endswith(("]", "】")) else None)


def test_the_article_title_the_portal_set_aside_with_its_font_bar_is_the_title() -> None:
    # 1787: breadcrumb, index rows, then the title with the toolbar glued to it, set aside whole as chrome
    text = (
        "当前位置:首页 > 发布解读 > 政府信息公开 > 法定主动公开内容 > 规划信息 > 规划计划\n"
        "发布日期 2018-04-13 00:00 信息来源 市教育局\n"
        "市教育局2018年工作要点 字号:[ ]\n\n"
        "  2018年全市教育工作的总体要求是:深入学习贯彻党的十九大精神,全面贯彻党的教育方针,努力办好人民满意的教育。\n"
        "  一、提高政治站位,切实加强党对教育工作的全面领导\n"
    )
    assert _meta(text).title == "市教育局2018年工作要点"


@pytest.mark.parametrize(
    ("source", "farm"),
    [
        ("半年工作总结", True),
        ("工作报告", True),
        ("述职报告", True),
        ("区统计局", False),
        ("人民网", False),
        ("市政府办公室", False),
        (None, False),
    ],
)
def test_a_kind_of_writing_as_the_pages_source_is_a_farms_column(source: str | None, farm: bool) -> None:
    assert kind_as_source(source) is farm


def test_a_farms_posting_time_under_a_kind_as_source_dates_nothing() -> None:
    # 1833 (来源:半年工作总结), 1840 (来源:工作报告): the farm's column and its upload time
    text = (
        "工业园区上半年工作总结及下半年工作计划\n\n2021-04-02   来源:半年工作总结\n\n"
        "工业园区上半年工作总结及下半年工作计划\n\n"
        "  按照区政府办公室文件要求,现结合园区实际,将相关情况汇报如下:\n\n  一、园区开发建设情况\n\n"
        "  截止2020年5月,园区累计完成规模以上工业总产值59.5亿元,完成固定资产投资24.92亿元。\n"
    )
    assert _meta(text).date is None


@pytest.mark.parametrize(
    ("site", "reposts"),
    [
        ("临澧沪农商村镇银行", True),
        ("中国商业联合会商贸物流与供应链分会", True),
        ("某某建设集团有限公司", True),
        ("中国人民银行某某市中心支行", False),  # a central bank's branch is a government body
        ("某县人民政府", False),
        ("某某农商银行", False),  # its own report names it: the site's own item
    ],
)
def test_a_company_or_trade_body_site_reposts_another_bodys_item(site: str, reposts: bool) -> None:
    lines = ["7月28日上午,某县召开上半年工作情况通报会。", "某某农商银行2020年工作总结如下。"]
    assert company_site((site, "首页> 关于我们"), lines) is reposts


@pytest.mark.parametrize(
    ("title", "office", "part"),
    [
        ("青浦区科委、科协2016年工作总结和2017年工作要点", "青浦区科学技术委员会", "2016年工作总结"),
        ("某县统计局2020年工作总结及2021年工作计划", "某县统计局", "2020年工作总结"),
    ],
)
def test_a_parts_heading_past_the_disclosure_rows_is_no_title_with_the_office_row(
    title: str, office: str, part: str
) -> None:
    # 1809: title, index number, 文号, the office's row, then the first part's heading
    head = [title, "QA5301000-2017-09", "青科委〔2017〕11号", office, part, "2016年是实施“十三五”规划的开局之年。"]
    assert choose_title(None, head).value == title
