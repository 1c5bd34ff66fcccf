"""A portal's byline in the prelude (office or channel, the page's date with its clock time, a read counter)."""

from models.ingest.chrome_headers import header_for
from models.ingest.clean import clean


def test_an_office_byline_with_clock_time_and_read_counter_is_the_pages_header() -> None:
    assert header_for("上海市统计局 2023-07-21 11:04 840 阅读", prelude=True) == "来源: 上海市统计局"


def test_a_channel_and_source_byline_is_the_pages_header() -> None:
    assert header_for("中国新闻来源:新华社 2017年03月01日 10:12", prelude=True) == "时间: 2017年03月01日 10:12"


def test_a_date_with_no_clock_time_is_no_byline() -> None:
    assert header_for("市统计局 2023年7月21日", prelude=True) is None


def test_a_byline_under_the_title_leaves_the_display_text() -> None:
    text = (
        "2023年上半年某市国民经济运行情况\n"
        "某市统计局 2023-07-21 11:04 840 阅读\n"
        "2023年上半年,面对复杂严峻的国际环境和艰巨繁重的改革发展任务,全市上下认真贯彻落实决策部署,经济运行稳中向好。\n"
    )
    assert "840" not in clean(text).display_text
