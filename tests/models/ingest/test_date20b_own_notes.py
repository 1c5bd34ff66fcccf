"""Dates a document gives itself in forms the reader missed: its own 公开 note (``公开时间:2024年10月25日`` under a
决算's 目录, 296, 396; ``公开日期:2024926``, 1739), which beats the page's ``发布时间`` and is read, like a signature
date that lost its 年/月/日, when its digits allow one calendar date (586, 919); a lead's session day; a library
header's issuing body and date; a date a PDF copy broke one token a line."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


TOC = "目录\n\n{note}\n\n第一部分 单位概况\n\n一、主要职责\n\n二、机构设置\n\n第二部分 {year}年度单位决算情况说明\n\n"
BODY = (
    "一、主要职责\n\n本单位主要职责是承担全市中医医疗服务,开展中医药科研和教学工作。\n\n"
    "二、机构设置\n\n本单位内设科室18个。\n"
)


@pytest.mark.parametrize(
    ("head", "note", "expected"),
    [
        ("泸州市中医医院", "公开日期:2024926", "2024-09-26"),
        ("剑阁县人力资源和社会保障局", "公开时间:2024年10月27日", "2024-10-27"),
        ("阿坝县公安局", "公开时间:2022-9-30", "2022-09-30"),
        ("某市第一人民医院", "公开日期:2023815", "2023-08-15"),
    ],
)
def test_the_own_note_beats_the_page_date(head: str, note: str, expected: str) -> None:
    year = int(expected[:4]) - 1
    text = (
        f"{year}年度{head}单位决算\n来源:{head}    发布时间:{expected[:4]}-08-02 16:08:34\n\n"
        + TOC.format(note=note, year=year)
        + BODY
    )
    assert _read(text).date == expected


def test_an_own_note_whose_digits_read_two_ways_gives_no_date_of_its_own() -> None:
    text = "2023年度某县卫生院单位决算\n来源:某县卫生院    发布时间:2024-09-24 16:08:34\n\n"
    text += TOC.format(note="公开日期:2024112", year=2023) + BODY
    assert _read(text).date == "2024-09-24"  # (1-12 or 11-2: the page's date stands)


def test_the_note_agreeing_with_the_page_changes_nothing() -> None:
    text = "2023年度某县公安局部门决算\n\n发布日期:2024-10-25    浏览量:次\n\n"
    text += TOC.format(note="公开时间:2024年10月25日", year=2023) + BODY
    assert _read(text).date == "2024-10-25"


# A news or live-text lead stating the day of the session that heard the report (1373 `2010年3月5日9時,
# 十一屆全國人民代表大會第三次會議在人民大會堂舉行開幕會,聽取國務院總理溫家寶作政府工作報告`): the delivery date, as a
# lead's `…日在…会议上作的《…》` (244)
REPORT = (
    "\n\n各位代表:\n\n现在,我代表{who}向大会作政府工作报告,请予审议。\n\n"
    "一、过去一年工作回顾\n\n过去一年,全年地区生产总值增长6.5%。\n"
)


@pytest.mark.parametrize(
    ("lead", "who", "expected"),
    [
        (
            "2010年3月5日9时,十一届全国人民代表大会第三次会议在人民大会堂举行开幕会,"
            "听取国务院总理温家宝作政府工作报告,审查年度计划报告和预算报告。",
            "国务院",
            "2010-03-05",
        ),
        (
            "2019年1月15日上午,贵阳市第十四届人民代表大会第四次会议在贵阳国际生态会议中心隆重开幕,市长陈晏作政府工作报告。",
            "市人民政府",
            "2019-01-15",
        ),
        (
            "2023年1月9日上午9时30分，某某县第十八届人民代表大会第二次会议在县会议中心开幕，大会听取了县长张三作的政府工作报告。",
            "县人民政府",
            "2023-01-09",
        ),
    ],
)
def test_a_leads_session_day_dates_the_report(lead: str, who: str, expected: str) -> None:
    assert _read(lead + REPORT.format(who=who)).date == expected


@pytest.mark.parametrize(
    "lead",
    [
        # (a session over several days: which day the report was heard is not said)
        "2024年1月17日至19日,二连浩特市第十六届人民代表大会第三次会议在二连浩特市召开,会议听取、审议并通过了《政府工作报告》。",
        # (the session is named, the report is not heard at it)
        "2021年2月3日上午,某某县第十七届人民代表大会常务委员会第三十次会议在县会议中心召开,听取县法院工作报告。",
    ],
)
def test_a_lead_that_does_not_date_the_delivery_gives_no_date(lead: str) -> None:
    assert _read(lead + REPORT.format(who="县人民政府")).date is None


# An encyclopedia's or library's header under the title naming the issuing body, then the date (a Wikisource header,
# 1678 `2022年黎平县人民政府工作报告 制定机关:黎平县人民政府(主讲人为时黎平县县长崔华明) 2022年2月16日 |`): the
# issuer-and-date line under the title (as `某市统计局 2010年3月31日`), labelled
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "2022年黎平县人民政府工作报告 制定机关:黎平县人民政府(主讲人为时黎平县县长崔华明) 2022年2月16日 |",
            "2022-02-16",
        ),
        ("2019年某某市人民政府工作报告 制定机关:某某市人民政府 2019年1月8日", "2019-01-08"),
        ("发布机关:某某自治州人民政府(州长某某) 2021年2月26日", "2021-02-26"),
    ],
)
def test_a_headers_issuing_body_and_date_date_the_report(line: str, expected: str) -> None:
    text = "某某县人民政府工作报告\n" + line + REPORT.format(who="县人民政府")
    assert _read(text).date == expected


# A date a PDF copy broke one token a line under the issuing bodies (1332 `云 南 省 统 计 局` /
# `国家统计局云南调查总队` / `2010` `年` `3` `月` `23` `日`): the issuer-and-date lines under the title, read whole
BULLETIN = (
    "\n2009年是经受严峻考验的一年。全省国民经济运行总体上呈现了稳步复苏的态势。\n"
    "一、综 合\n初步核算,全年全省生产总值比上年增长12.1%。\n"
)


@pytest.mark.parametrize(
    ("offices", "tokens", "expected"),
    [
        ("云 南 省 统 计 局\n国家统计局云南调查总队", "2010\n年\n3\n月\n23\n日", "2010-03-23"),
        ("某某市统计局", "2016\n年\n2\n月\n28\n日", "2016-02-28"),
        ("某某县统计局\n国家统计局某某调查队", "2021 年\n4 月\n2 日", "2021-04-02"),
    ],
)
def test_a_date_broken_one_token_a_line_under_the_offices(offices: str, tokens: str, expected: str) -> None:
    assert _read(f"{offices}\n{tokens}{BULLETIN}").date == expected


def test_a_column_of_figures_is_no_date() -> None:
    text = "某某市统计局\n2010\n12\n3\n" + BULLETIN
    assert _read(text).date is None
