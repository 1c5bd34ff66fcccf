"""A news item's headline is no title when a publication's dateline opens its lead (README news ruling, line 1448:
``本报讯``, ``江门日报讯 (记者/…)``, ``【香港商报网讯】记者…报道:``, ``本刊消息``, 2159, 2225, 2114, as 1176, 2030, 2052
already null), whatever layout carried the headline there; nor when a paper's reporter signs the item on a line of
his own at its end (``本报记者 杨宇龙``, 2201, as 2181). A headline that is the rendered document's own name, as the
lead names it (``…预算(草案)的报告``, 1381), stays; so do an own item's headline (no dateline) and a photo credit. A
candidate opening with a yearless day and a comma (``2月4日,新疆政府工作报告``, 2163) is a lead's clause, no title."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.title_news import datelined_headline
from models.types import Metadata

SESSION = (
    "1月28日上午9时,青海省第十二届人民代表大会第三次会议在西宁开幕。省委书记主持会议,省长王建军作政府工作报告。"
    "报告明确了今年经济社会发展的主要预期目标:生产总值增长8%左右,固定资产投资增长20%左右。\n"
    "王建军表示,过去一年,面对严峻复杂的国内外经济形势,全省上下统筹推进稳增长、促改革、调结构、惠民生各项工作,"
    "完成了各项预期目标。2014年全省实现生产总值2301.12亿元,增长9.2%。\n"
)
MEETING = (
    "3月12日上午,全县商贸服务业工作推进会在县政府第三会议室召开。会议深入总结剖析了前两个月我县商贸服务业经济运行情况,"
    "对当前商贸服务业工作进行了全面安排部署。\n"
    "据了解,1至2月,全县商贸经济实现服务业增加值7.8亿元,同比增长10.5%,超过全省平均增速;社会消费品零售总额实现12.2亿,"
    "同比增幅为9.2%。\n县商务局、统计局相关负责人进行了情况通报和工作安排。\n"
)
RESULTS = (
    "农业生产形势较好,第一产业增加值45.88亿元,增长3.1%。初步统计,上半年蔬菜产量增长4.5%,茶叶产量增长6.3%。\n"
    "工业运行平稳向好,第二产业增加值122.80亿元,增长6.2%。全市规模以上工业增加值同比增长4.9%。\n"
    "服务业持续恢复,第三产业增加值176.26亿元,增长7.3%。其中,批发和零售业增长10.8%。\n"
)


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


@pytest.mark.parametrize(
    ("headline", "dateline"),
    [
        ("省长王建军作政府工作报告", "【某某商报网讯】记者张三 李四报道:"),
        ("省十二届人大三次会议开幕李明主持会议 王建军作政府工作报告", "青海日报讯 (记者/张三 李四 通讯员/王五)"),
        ("省十二届人大三次会议开幕李明主持会议 王建军作政府工作报告", "本报28日讯(记者赵六)"),
        ("省长王建军作政府工作报告", "西宁新闻网1月28日讯 "),
    ],
)
def test_a_publications_dateline_takes_a_session_headline_off(headline: str, dateline: str) -> None:
    # (an own item's session headline is null too since the lead's session-25 ruling: test_title25b_session_news)
    assert _read(f"{headline}\n{dateline}{SESSION}").title is None
    assert _read(f"{headline}\n\n{dateline}{SESSION}").title is None


@pytest.mark.parametrize("dateline", ["本刊消息 ", "本报讯 ", "某县融媒体中心讯(通讯员 王五) "])
def test_a_publications_dateline_takes_a_figure_headline_off(dateline: str) -> None:
    head = "1至2月份全县社会消费品零售总额实现12.2亿\n作者:张三     来源:     日期:2013-03-14\n"
    assert _read(head + MEETING).title == "1至2月份全县社会消费品零售总额实现12.2亿"
    assert _read(head + dateline + MEETING).title is None


@pytest.mark.parametrize("column", ["新闻资讯", "法律资讯:", "本报讯"])
def test_a_column_word_alone_is_no_dateline(column: str) -> None:
    assert not datelined_headline("某县经济平稳发展", ["某县经济平稳发展", column, *MEETING.splitlines()])


def test_a_headline_the_lead_names_as_the_document_stays() -> None:
    text = (
        "2025年预算执行情况和2026年预算(草案)\n市财政局局长某某在市十六届人大七次会议上报告\n"
        "2025年预算执行情况和2026年预算(草案)\n"
        "本报讯 (记者某某)受市人民政府委托,市财政局局长某某向大会提交某市2025年预算执行情况和2026年预算(草案)的报告。\n"
        "一、2025年预算执行情况\n2025年全市一般公共预算收入5881968万元,完成预算的99.3%,同比增长1.8%。\n"
    )
    assert _read(text).title == "2025年预算执行情况和2026年预算(草案)"


@pytest.mark.parametrize("credit", ["本报记者 杨宇龙", "某某日报记者 张三 李四", "记者/王五"])
def test_a_reporters_footer_line_takes_the_headline_off(credit: str) -> None:
    head = "实现地区生产总值344.94亿元,同比增长6.1%\n"
    assert _read(head + RESULTS).title == head.strip()
    assert _read(f"{head}{RESULTS}{credit}\n").title is None


def test_a_photo_credit_footer_is_no_writers() -> None:
    head = "实现地区生产总值344.94亿元,同比增长6.1%\n"
    assert _read(f"{head}{RESULTS}本报记者 杨飞 摄\n").title == head.strip()


@pytest.mark.parametrize("day", ["2月4日,", "12月30日，", "1月5日上午,"])
def test_a_candidate_opening_with_a_yearless_day_is_no_title(day: str) -> None:
    text = (
        f"首页 > 行业资讯\n\n{day}某省政府工作报告——2022年1月23日在某省第十三届人民代表大会第五次会议上发布。"
        "其中提到,在2021年,原煤产量增长18.3%,外送电量1159亿千瓦时、增长20.7%。\n"
        "旅游业加速恢复,接待旅游人数1.91亿人次、增长20.52%,实现旅游收入1415.69亿元、增长42.69%。\n"
    )
    title = _read(text).title
    assert title is None or not title.startswith(day[:2])


@pytest.mark.parametrize(("place", "issuer"), [("新疆", "新疆维吾尔自治区人民政府"), ("西藏", "西藏自治区人民政府")])
def test_the_lead_clause_still_names_whose_report(place: str, issuer: str) -> None:
    text = (
        f"首页 > 行业资讯\n\n2月4日,{place}政府工作报告——2022年1月23日在{issuer[:-4]}"
        "第十三届人民代表大会第五次会议上发布。"
        "其中提到,在2021年,原煤产量增长18.3%,外送电量1159亿千瓦时、增长20.7%。\n"
        "旅游业加速恢复,接待旅游人数1.91亿人次、增长20.52%,实现旅游收入1415.69亿元、增长42.69%。\n"
    )
    meta = _read(text)
    assert (meta.title, meta.issuer) == (None, issuer)
