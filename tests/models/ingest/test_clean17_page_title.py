"""A saved portal page opens with its own <title> line: the article's title, then its column and the site's name
after dashes (1380, 1377, 1292, 1294, 1235, 885), and the column the title names printed over the article: page
chrome, when the page says the title or the site's name again; a report's own title line stays, and so does a row
over a headline that names no kind of report (the metadata reads the pair)."""

from __future__ import annotations

from models.ingest.chrome_banner import page_title_lines
from models.ingest.clean import clean
from tests.models.ingest.test_clean_props import check_map

_MENU = ["网站首页", "政务要闻", "政务公开", "政务服务", "互动交流", "数据开放"]
_BODY = [
    "2025年，全市上下坚持以习近平新时代中国特色社会主义思想为指导，经济运行总体平稳、稳中有进。",
    "初步核算，全年全市地区生产总值8000亿元，比上年增长5.2%，高质量发展取得新成效。",
]


def _page(top: list[str], title: str) -> str:
    crumb, date = "当前位置：首页 > 政务公开 > 统计数据", "发布时间：2026-01-20"
    return "\n".join([*top, *_MENU, crumb, title, date, *_BODY]) + "\n"


def test_a_pages_title_line_with_the_sites_name_leaves() -> None:
    title = "关于楚雄市2025年地方财政预算执行情况和2026年地方财政预算草案的报告（书面）"
    text = _page([f"{title}-楚雄市人民政府"], title)
    out = clean(text)
    check_map(text)
    assert "-楚雄市人民政府" not in out.display_text
    assert title in out.display_text
    assert _BODY[1] in out.display_text


def test_a_row_over_a_headline_naming_no_report_stays_as_the_titles_evidence() -> None:
    title = "2025年全市经济总量实现新突破  高质量发展取得新成效"
    text = _page([f"{title} - 南昌市人民政府", "南昌市人民政府"], title)
    assert "- 南昌市人民政府" in clean(text).display_text


def test_columns_between_the_title_and_the_site_split_by_dashes_or_underscores() -> None:
    zibo = "淄博市财政局2025年工作总结和2026年工作计划"
    panjin = "关于盘锦市2025年预算执行情况和2026年预算草案的报告"
    for top, title in (
        ([f"{zibo}-工作计划及完成情况-政务公开-淄博市财政局"], zibo),
        ([f"{panjin}_会议报告_盘锦人大信息网"], panjin),
    ):
        out = clean(_page(top, title))
        assert top[0] not in out.display_text
        assert title in out.display_text


def test_a_reports_own_title_and_a_year_span_are_no_page_title() -> None:
    lines = ["某县2021-2025年国土空间规划实施情况的报告", "某县自然资源局", "各位代表：", *_BODY]
    roles = ["body"] * len(lines)
    reasons = ["title", "organisation", "", "", ""]
    page_title_lines(lines, roles, reasons, 2)
    assert roles == ["body"] * len(lines)
    lines = ["政府工作报告-某县人民政府", "各位代表：", *_BODY]  # said nowhere else: no evidence it is the page's
    roles = ["body"] * len(lines)
    page_title_lines(lines, roles, ["title", "", "", ""], 1)
    assert roles[0] == "body"


def test_the_column_the_page_title_names_leaves_from_over_the_article() -> None:
    top = ["淄博市财政局2025年工作总结和2026年工作计划-工作计划及完成情况-政务公开-淄博市财政局"]
    title = "淄博市财政局2025年工作总结和2026年工作计划"
    lines = [*top, "首页", "政务公开", "工作计划及完成情况", title, "各位代表：", *_BODY]
    roles = ["body", "chrome", "chrome", "body", "body", "body", "body", "body"]
    reasons = ["text", "site words", "short prelude line", "title", "title", "", "", ""]
    page_title_lines(lines, roles, reasons, 5)
    assert roles[:5] == ["chrome", "chrome", "chrome", "chrome", "body"]
