"""Dates session 28b: a news lead's day in the stamp's month when it writes the day alone (`22日,据…`, 133: a
same-day stamp dates the item, session-28 ruling), and a congress lead whose report is delivered in the sentence
after the opening's (2334)."""

from __future__ import annotations

import pytest

from models.ingest.metadata_dateline import agency_dateline
from models.ingest.metadata_own_dates import own_dates

HEADLINE = "保山2021年引进市外到位资金1138.03亿元"


@pytest.mark.parametrize(
    ("lead", "stamp", "iso"),
    [
        ("22日,据保山市招商引资主题新闻发布会消息,2021年以来…", "2022年03月22日 17:02:15 | 来源:新华网", "2022-03-22"),
        ("13日上午,市发改委主任受市人民政府委托…", "2019-06-13 09:12 来源:某某新闻网", "2019-06-13"),
        ("3月22日,某市召开新闻发布会…", "2022年03月22日 17:02:15 | 来源:新华网", "2022-03-22"),
    ],
)
def test_a_leads_day_on_its_stamps_day(lead: str, stamp: str, iso: str) -> None:
    assert agency_dateline([HEADLINE, stamp, lead], (stamp,))[0][1] == iso


@pytest.mark.parametrize(
    ("lead", "stamp"),
    [
        ("21日,据保山市新闻发布会消息…", "2022年03月22日 17:02:15 | 来源:新华网"),  # a day before: a repost's stamp
        ("22日,据保山市新闻发布会消息…", "更新时间:2022-03-22 17:02"),  # an update time dates nothing
        ("22日,据保山市新闻发布会消息…", "2022年03月22日"),  # no posting clock time
    ],
)
def test_a_leads_day_alone_not_on_a_posting_stamp_is_undated(lead: str, stamp: str) -> None:
    assert agency_dateline([HEADLINE, stamp, lead], (stamp,)) == []


SESSION = "宁夏回族自治区第十届人民代表大会第一次会议在宁夏人民会堂隆重召开。"


@pytest.mark.parametrize(
    ("lead", "iso"),
    [
        (f"2008年1月16日上午9时,{SESSION}代主席王正伟受自治区人民政府的委托,向大会作《政府工作报告》。", "2008-01-16"),
        ("2019年1月20日,某市第十五届人民代表大会第四次会议开幕。市长某某作政府工作报告。", "2019-01-20"),
    ],
)
def test_a_congress_lead_with_the_report_in_its_next_sentence(lead: str, iso: str) -> None:
    found = own_dates([lead, "会议听取了报告。"], [])
    assert max(found)[1:] == (iso, "delivery date the lead states")


def test_a_congress_lead_hearing_no_government_report_gives_no_delivery() -> None:
    lead = f"2008年1月16日上午9时,{SESSION}大会主席团常务主席陈建国主持开幕大会。"
    assert all(reason != "delivery date the lead states" for _s, _i, reason in own_dates([lead], []))
