"""A zone's own news item: the zone named X开发区 (丽水开发区, 中山火炬开发区) that convenes its
meeting, the zone named by its kind alone in the headline (经开区召开…) placed by the one full form
its lead writes, the zone its headline and lead both open with; `管委会` joined when the text writes
one anywhere (lead's notes, session 24: 2121, 2124, 2125; 2042, 2045; variants written here for
other places, zones and years)."""

from __future__ import annotations

from models.ingest.metadata_issuer_news import news_body
from tests.models.ingest._reading import issuer as _issuer


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


_NAMED_KFQ = (
    "2月8日,湖州莫干山开发区召开2022年工作总结暨2023年工作部署大会。副市长、开发区党工委书记王平出席会议。\n"
    "2022年,开发区地区生产总值预计完成210亿元,同比增长6.1%。\n"
)

_KIND_HEADLINE = (
    "高新区召开2017年度工作会议\n"
    "1月20日,绵阳高新区2017年度工作会议召开,回顾总结2017年工作,部署2018年任务。高新区党工委副书记、管委"
    "会主任李强主持会议。\n"
    "2017年全年完成地区生产总值310亿元,可比价增长8.5%。\n"
)

_KIND_UNPLACED = (
    "经开区召开2019年度工作会议\n"
    "1月22日,经开区2019年度工作会议召开,回顾总结2019年工作。经开区党工委副书记、管委会主任张强主持会议。\n"
)

_OPENS_BOTH = (
    "衢州开发区全面打响2021开局战\n"
    "2月20日上午,衢州开发区召集各部门开出一场年度工作大会。开发区党工委书记、管委会主任陈明作工作报告。\n"
    "2020年,开发区规上工业增加值增长9%。\n"
)

_OPENS_BUREAU = (
    "衢州开发区统计局发布一季度数据\n4月20日,衢州开发区统计局发布一季度经济运行情况。一季度,规上工业增加值增长9%。\n"
)


def test_a_zone_named_x_kaifaqu_that_convenes_its_meeting_is_named_as_written() -> None:
    assert news_body(None, _lines(_NAMED_KFQ)) == "湖州莫干山开发区"


def test_a_zone_named_by_its_kind_in_the_headline_is_placed_by_its_lead() -> None:
    assert _issuer(_KIND_HEADLINE) == "绵阳高新区管委会"


def test_a_zone_never_placed_by_the_text_gives_no_issuer() -> None:
    assert news_body("经开区召开2019年度工作会议", _lines(_KIND_UNPLACED)) is None


def test_the_zone_headline_and_lead_open_with_is_the_items_own() -> None:
    assert news_body(None, _lines(_OPENS_BOTH)) == "衢州开发区管委会"


def test_a_zone_s_bureau_opening_headline_and_lead_is_not_the_zone() -> None:
    assert news_body(None, _lines(_OPENS_BUREAU)) is None


def test_a_zone_alone_in_the_headline_over_another_subject_names_none() -> None:
    text = "衢州开发区全面打响2021开局战\n2月20日,市委书记到开发区调研企业复工复产情况。\n"
    assert news_body(None, _lines(text)) is None
