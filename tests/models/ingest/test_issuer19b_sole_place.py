"""A 政府工作报告 whose speaker reports for a level only (我代表市政府) and whose text names its place once and in
passing, by its short name (嘱托大连要…, 涌动湖南): the one city or province of that level the text writes is its
place (corpus 1415 大连, 1367 湖南; 1437's 对重庆提出的 the same shape); never when it writes two, or none."""

from __future__ import annotations

from models.ingest.metadata_gazetteer import sole_place
from tests.models.ingest._reading import issuer as _issuer

_CITY = """各位代表:
现在,我代表市政府向大会报告工作,请予审议,并请市政协委员提出意见。
一、2022年工作回顾
2022年在党和国家历史上具有里程碑意义。习近平总书记再次亲临辽宁考察,殷切嘱托大连要勇当新时代东北振兴“排头兵”。
预计,全市实现地区生产总值增长4.5%左右;一般公共预算收入增长8%左右。
"""

_PROVINCE = """省人民政府省长 周强
各位代表:
现在,我代表省人民政府,向大会作政府工作报告,请予审查,并请省政协委员和其他列席人员提出意见。
一、五年工作回顾
过去五年,人流、资金流、物流、信息流涌动湖南,2007年全省航空旅客吞吐量增长20%。
"""


def test_the_one_city_a_city_report_names_in_passing_is_its_place() -> None:
    assert _issuer(_CITY) == "大连市人民政府"


def test_the_one_province_a_province_report_names_in_passing_is_its_place() -> None:
    assert _issuer(_PROVINCE) == "湖南省人民政府"


def test_two_cities_named_decide_nothing() -> None:
    assert sole_place("我们学习大连、青岛的经验,全市增长4.5%", "市") is None


def test_no_city_named_decides_nothing() -> None:
    assert sole_place("全市实现地区生产总值增长4.5%左右", "市") is None


_ENTRUSTED = """各位代表:
受市人民政府委托,现将2019年国民经济和社会发展计划执行情况及2020年计划草案提请大会审查,并请各位政协委员提出意见。
一、2019年国民经济和社会发展计划执行情况
2019年,全市上下全面落实习近平总书记对重庆提出的“两点”定位、“两地”“两高”目标,经济运行总体平稳。
"""


def test_a_report_entrusted_by_a_level_s_government_is_that_government_s_at_its_one_place() -> None:
    assert _issuer(_ENTRUSTED) == "重庆市人民政府"


_BUDGET = """各位代表:
受市人民政府委托,现将2015年全市财政预算执行情况和2016年财政预算(草案)提请各位代表审议。
一、2015年财政预算执行情况
2015年,我们围绕“两美大连”建设目标,全市一般公共预算收入增长8%。
"""


def test_a_budget_report_entrusted_by_a_level_s_government_is_not_that_government_s() -> None:
    assert _issuer(_BUDGET) != "大连市人民政府"
