"""Issuers named by what a report is (made-up snippets)."""

from __future__ import annotations

from models.ingest.metadata_bodies import finance_body, national_conference_body


def test_a_ministers_speech_at_his_systems_national_conference_is_the_ministrys() -> None:
    title = "王五部长在2024年全国水利工作会议上的讲话"
    assert national_conference_body(title, [title]) == "水利部"
    lines = ["赵六在全国气象局长会议上的报告", "——在全国气象局长会议上的报告"]
    assert national_conference_body(None, lines) == "国家气象局"
    assert national_conference_body("市民政局2018年工作总结", ["参加全国民政工作会议。"]) is None


def test_a_provinces_budget_report_is_its_finance_departments() -> None:
    lines = ["关于宁远省2020年预算执行情况和2021年预算草案的报告", "在宁远省第十三届人民代表大会第四次会议上"]
    assert finance_body(lines[0], [*lines, "宁远省财政收入增长。"]) == "宁远省财政厅"
