"""A news site's ticker of its latest headlines on one line over the article (2078 chinagate): no title is read from
its items; the page heading under it names the report."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.page_ticker import is_ticker

TICKER = (
    "发展要闻  -盘点08中国经济:增长较快价格回稳 调控成效初显 -各地制定汽车业规划 广州3亿扶持自主品牌 "
    "-2009年央企利润目标不低于前三年平均水平 宝钢与淡水河谷分手 -外交部:访欧是信心之旅 欧盟酝酿第二轮救市 "
    "-春运高峰来临 节前火车票基本售完 -海军护航编队海上迎新春 首为外国商船护航"
)
BODY = (
    "四川省人民政府省长蒋巨峰\n\n各位代表:\n\n现在,我代表省人民政府,向大会报告工作,请予审查。\n\n"
    "2008年工作回顾\n\n2008年,全省地区生产总值增长9.5%,地方财政一般预算收入增长17.8%,城镇居民人均可支配收入增长12.6%。\n"
)


def test_a_ticker_row_is_recognised() -> None:
    assert is_ticker(TICKER)


@pytest.mark.parametrize(
    "line",
    [
        # a compilation's contents run on one line: entries end with their page numbers
        "目录杭州市政府工作报告- 3 -宁波市政府工作报告- 38 -温州市政府工作报告- 66 -嘉兴市政府工作报告- 96 "
        "-湖州市政府工作报告- 120",
        # a table row's negative figures
        "工业总产值 | 112906 | -19.1 | 629432 | 7.7 | -15.6 | 579912 | 12.5 | -19.8 | 603696 | -14.9 | 558756",
        # a sentence with a few dashes
        "全年完成投资 -一是交通 -二是水利,增长较快。 -三是能源",
    ],
)
def test_other_dashed_lines_are_no_ticker(line: str) -> None:
    assert not is_ticker(line)


@pytest.mark.parametrize("heading", ["2009年四川省政府工作报告(全文)", "2010年某市政府工作报告"])
def test_the_heading_under_a_ticker_is_the_title(heading: str) -> None:
    text = f"{TICKER}\n\n{heading}\n\n{BODY}"
    assert extract_metadata(clean(text), (), source_name="f.txt", original=text).title == heading.removesuffix("(全文)")


OTHER_TICKER = (
    "时政要闻 -省委常委会召开会议 研究部署春耕生产 -全省重点项目集中开工 总投资超千亿 "
    "-我市举办招商引资推介会 签约项目32个 -市领导检查安全生产工作 强调压实责任"
)


@pytest.mark.parametrize("ticker", [TICKER, OTHER_TICKER])
def test_a_ticker_over_the_article_is_chrome(ticker: str) -> None:
    text = f"{ticker}\n\n2009年四川省政府工作报告\n\n{BODY}"
    shown = clean(text).display_text
    assert "首为外国商船护航" not in shown and "签约项目32个" not in shown
    assert "2008年,全省地区生产总值增长9.5%" in shown
