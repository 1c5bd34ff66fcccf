"""Page-date rows in layouts the reader had not met (a bare ``时间:`` row under the title, an unlabelled date with its
visit counter, a portal's unlabelled index bullets) and budget reports' titles printed as abstracts (session 17b);
each on a made-up snippet."""

from __future__ import annotations

import pytest

from tests.models.ingest.test_title17_families import PARA, _meta


@pytest.mark.parametrize(
    "row",
    [
        "- 时间:2023-02-24",  # a county portal's bare time row under the title (416)
        "2023年02月24日 10:18:09 访问量:4013",  # a bureau's own site: date, time, visit counter (1514)
    ],
)
def test_page_date_row_under_the_title_dates_the_report(row: str) -> None:
    text = f"青山县城关镇2022年工作总结和2023年工作计划\n{row}\n一、2022年工作回顾\n{PARA}\n"
    assert _meta(text).date == "2023-02-24"


def test_farm_template_time_row_is_no_date() -> None:
    # a farm's template title names no place; its 时间: row is its upload (037, 459)
    text = f"教育局长年度工作述职报告\n\n时间:2021-08-31\n\n主任、各位副主任:\n{PARA}\n"
    assert _meta(text).date is None


def test_portal_index_bullets_give_the_page_date() -> None:
    text = (
        "• 005271117/2025-00003\n  • 某区科技局\n  • 工作总结、工作谋划\n  • 2025-05-21\n  • 2025-05-21\n"
        f"某区科学技术局2024年工作总结及2025年工作打算\n\n{PARA}\n"
    )
    assert _meta(text).date == "2025-05-21"


def test_news_item_posting_row_dates_the_item() -> None:
    # (gold19 consistency pass: a news site's item with no dated line of its own takes the page's day, 1288;
    # 1177's gold still says null: reported to the lead as against that rule)
    text = (
        "某省人大会议开幕 省长作政府工作报告\n2007年02月09日 21:12 来源:中国新闻网\n"
        f"2月9日上午，某省十届人大五次会议开幕。\n{PARA}\n"
    )
    assert _meta(text).date == "2007-02-09"


def test_budget_report_title_beats_its_section_headings() -> None:
    text = (
        "某市2025年财政预算执行情况和2026年财政预算草案的报告（摘要）\n\n2025年全市及市本级财政预算执行情况\n"
        f"全市财政预算执行情况\n{PARA}\n"
    )
    assert _meta(text).title == "某市2025年财政预算执行情况和2026年财政预算草案的报告（摘要）"


def test_digest_line_quoting_the_report_gives_its_title() -> None:
    text = f"《关于某市2025年预算执行情况和2026年预算草案的报告》（摘要）\n2026年02月09日\n{PARA}\n"
    assert _meta(text).title == "关于某市2025年预算执行情况和2026年预算草案的报告（摘要）"


def test_news_outlet_source_row_dates_the_item() -> None:
    # a news item on a meeting, its time row naming a news outlet as source: the item's day (1559, rulings22)
    text = (
        "青山区召开党工委扩大会议\n时间:2023-12-28 23:17:19 来源:青山新闻 作者:某网\n"
        f"昨天上午，青山区召开党工委扩大会议。\n{PARA}\n"
    )
    assert _meta(text).date == "2023-12-28"
