"""Issuers named by what a report is (made-up snippets)."""

from __future__ import annotations

from models.ingest.metadata_bodies import (
    finance_body,
    national_body_in_lead,
    national_conference_body,
)


def test_a_ministers_speech_at_his_systems_national_conference_is_the_ministrys() -> None:
    title = "王五部长在2024年全国水利工作会议上的讲话"
    assert national_conference_body(title, [title]) == "水利部"
    lines = ["赵六在全国气象局长会议上的报告", "——在全国气象局长会议上的报告"]
    assert national_conference_body(None, lines) == "国家气象局"
    assert national_conference_body("市民政局2018年工作总结", ["参加全国民政工作会议。"]) is None


def test_a_provinces_budget_report_is_its_finance_departments() -> None:
    lines = ["关于宁远省2020年预算执行情况和2021年预算草案的报告", "在宁远省第十三届人民代表大会第四次会议上"]
    assert finance_body(lines[0], [*lines, "宁远省财政收入增长。"]) == "宁远省财政厅"


def test_a_ministry_named_by_a_news_items_headline_or_lead() -> None:
    headline = ["水利部:关于2012年水土保持的工作要点", "近日,水利部制定了《工作要点》,水利部要求各级水利部门抓好落实。"]
    assert national_body_in_lead(headline) == "水利部"
    briefing = ["5月8日,国家发改委新闻发言人通报了一季度运行情况。", "一季度,国家发展改革委共审批项目12个。"]
    assert national_body_in_lead(briefing) == "国家发展改革委"


def test_no_ministry_for_a_local_text_or_a_party_department() -> None:
    local = ["3月2日,商务部召开会议。", "我县认真贯彻会议精神,全县外贸增长5%。"]
    assert national_body_in_lead(local) is None
    party = ["近日,宣传部召开会议,部署全年工作。"]
    assert national_body_in_lead(party) is None
