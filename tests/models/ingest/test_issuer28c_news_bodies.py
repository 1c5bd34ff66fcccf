"""News items about a body's work (gold README, session 28, 2420–2460): the city's 供销合作社 convening its sector's
meeting (a paper places it in its province for outside readers; the body's own name has none), and the bureau a
reporter's lead says it learned the figures from, placed by the text (2423; null when no place is written: 1870,
1877); variants written here for other places, offices and years."""

from __future__ import annotations

from tests.models.ingest._reading import issuer as _issuer

_COOP = (
    "本报讯 4月2日,湖南省岳阳市供销合作社召开全市供销工作会议,回顾总结2018年的工作,安排部署2019年工作。\n"
    "过去的一年,市社系统新建配送中心12家,经营网点380个,农副产品购销总量增长20%。\n"
    "2019年重点抓好三项工作:一是加强基层社建设。二是实施新网工程。三是抓好项目建设。\n"
)

_LEARNED = (
    "遵义外贸进出口再创新高\n"
    "本报讯(记者 王明)日前,记者在市商务局获悉,2019年,我市外贸进出口增速列全省第三位。\n"
    "据了解,全市外贸进出口总额实现5.2亿美元,同比增长9.1%。其中出口3.1亿美元,增长8.2%。\n"
)

_LEARNED_STATS = (
    "一季度经济稳中有进\n"
    "4月20日,记者从县统计局了解到,一季度,我县主要经济指标回稳向好。\n"
    "一季度,全县规上工业增加值增长6.5%,固定资产投资增长8.1%。做好松阳经济工作意义重大。\n"
)

_UNPLACED = (
    "4月28日,记者从市统计局获悉,今年以来,全市上下真抓实干,一季度经济总体稳中有进。\n"
    "一季度,全市生产总值714.73亿元,同比增长5.6%。\n"
)


def test_a_city_coop_convening_its_sector_meeting_issues_without_the_papers_province() -> None:
    assert _issuer(_COOP) == "岳阳市供销合作社"


def test_the_bureau_a_reporter_learned_from_is_placed_by_the_headline() -> None:
    assert _issuer(_LEARNED) == "遵义市商务局"


def test_a_county_bureau_learned_from_is_placed_by_the_county_the_text_names() -> None:
    assert _issuer(_LEARNED_STATS) == "松阳县统计局"


def test_a_bureau_learned_from_in_a_text_writing_no_place_is_no_issuer() -> None:
    assert _issuer(_UNPLACED) is None
