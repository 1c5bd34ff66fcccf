"""A news lead naming the bureau whose head delivers the report for its government (市发改委主任某某受市人民政府
委托…提交了《关于高邮市…的报告》, corpus 1991; 1381's 市财政局局长 under its title): that bureau, placed as written or
by the report's own title at the bureau's level; variants written here for other places, bureaus and years."""

from __future__ import annotations

from models.ingest.metadata_issuer_bureaus import delivering_bureau
from tests.models.ingest._reading import issuer as _issuer

_PLAN = (
    "本报讯(记者 王芳)14日上午,市发改委主任李明受市人民政府委托,向市十六届人大三次会议书面提交了《关于"
    "江阴市2022年国民经济和社会发展计划执行情况与2023年计划草案的报告》。\n"
    "李明在报告中说,2022年,全市上下认真贯彻落实中央、省和无锡市决策部署,地区生产总值增长5%。\n"
)

_PLACED = (
    "1月9日,宜宾县财政局局长张华受县人民政府委托,向县十七届人大一次会议作了预算执行情况的报告。\n"
    "报告显示,2016年全县一般公共预算收入完成12亿元。\n"
)

_UNPLACED = (
    "本报讯 14日上午,市发改委主任李明受市人民政府委托,向大会提交了计划执行情况的书面报告。\n"
    "2022年,全市地区生产总值增长5%。\n"
)

_OTHER_LEVEL = "本报讯 14日上午,市发改委主任李明受市人民政府委托,向大会提交了《关于江阴县农村公路建设情况的报告》。\n"


def test_the_bureau_whose_head_delivers_is_placed_by_the_reports_own_title() -> None:
    assert _issuer(_PLAN) == "江阴市发展和改革委员会"


def test_a_bureau_placed_as_written_is_kept() -> None:
    assert delivering_bureau(_PLACED.split("\n")) == "宜宾县财政局"


def test_nothing_placing_the_bureau_gives_none() -> None:
    assert delivering_bureau(_UNPLACED.split("\n")) is None


def test_a_title_at_another_level_does_not_place_it() -> None:
    assert delivering_bureau(_OTHER_LEVEL.split("\n")) is None
