"""A news item with no dated line of its own takes the page's posting day (gold19 consistency pass: 280, 681,
1288, 1685): a portal's or paper's item on a 政府工作报告 is dated by its page like any other news item."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


NEWS = (
    "某县人民政府\n首页 >> 新闻动态 >> 本县动态 >> 正文\n\n"
    "《政府工作报告》摘要:全县经济社会发展各项目标任务全面完成\n\n"
    "日期:2022年01月24日   作者:   来源:某县融媒体中心    点击:[]\n\n"
    "1月20日,某县人民政府县长张某在作《政府工作报告》时,对2021年政府工作作了全面回顾,对2022年的主要工作作了安排部署。\n\n"
    "报告指出,2021年全县地区生产总值完成100.5亿元,增长8.2%,一般公共预算收入完成6.1亿元,增长9.0%。\n"
)


def test_a_portal_news_item_on_the_report_takes_its_page_day() -> None:
    assert _read(NEWS).date == "2022-01-24"


def test_an_item_with_a_session_opening_lead_takes_its_page_day() -> None:
    text = (
        "当前位置: 首页 > 专题 > 聚焦两会\n\n某县第十四届人民代表大会第一次会议隆重开幕\n\n"
        "来源:宣传部 时间:2016年12月20日\n\n"
        "12月20日上午,某县第十四届人民代表大会第一次会议隆重开幕。大会应到代表186名,实到代表182名,符合法定人数。\n\n"
        "代理县长李某向大会作《政府工作报告》。《报告》回顾了十二五期间取得的各项成就,对2017年的工作做了安排部署。\n"
    )
    assert _read(text).date == "2016-12-20"


def test_a_page_years_after_the_year_its_opening_heading_reviews_is_a_repost() -> None:
    text = (
        "您所在的位置:主页 > 工作报告 >\n\n市长某某作政府工作报告(提纲)\n\n发布日期:2018-04-05 17:22\n\n"
        "一、2006年工作回顾\n\n过去的一年,是我市实施十一五规划的第一年,全市生产总值增长13.5%,财政总收入增长20.1%。\n\n"
        "二、2007年工作安排\n\n今年经济社会发展的主要预期目标是:生产总值增长12%。\n"
    )
    assert _read(text).date is None
