"""Kind family of session 28 (kind28): in a text that plans a year, a sentence headed by an earlier year reports
what that year reached (a news item on a 政府工作报告 retelling last year's result after this year's aims: 2396,
2384), while the plan year's and later years' figures stay aims."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators


def _kinds(text: str) -> dict[float, str]:
    return {s.attributes["value"]: s.attributes["kind"] for s in find_indicators(text)}


@pytest.mark.parametrize(
    ("text", "past", "aims"),
    [
        # 2396 云南 2012 (its shape, another place and years)
        (
            "代省长在《政府工作报告》中提出,2012年,全省将力争生产总值增长12%以上。今年将集中精力抓项目,"
            "力争规模以上固定资产投资7100亿元以上;力争实现社会消费品零售总额3540亿元;力争新增信用融资不少于2000亿元。"
            "受多重利好因素影响,2011年,全省实现生产总值8750.95亿元,同比增长13.7%。",
            [8750.95],
            [7100, 3540, 2000],
        ),
        # 2384 威海 2017: the report's parts, the year reviewed, then the plan year's 预期目标
        (
            "报告共分为四个部分:一、政府工作回顾;二、今后五年的总体目标;三、2019年政府工作重点。"
            "市长在报告中说,2018年,全市生产总值3212.2亿元;一般公共预算收入260.5亿元。"
            "2019年全市经济社会发展主要预期目标为:生产总值增长8%左右,一般公共预算收入增长8%左右,"
            "力争城镇居民人均可支配收入达到42000元,确保完成节能减排任务,力争新增就业5万人。",
            [3212.2, 260.5],
            [42000, 5],
        ),
    ],
)
def test_an_earlier_years_result_in_a_plan_text_is_actual(text: str, past: list[float], aims: list[float]) -> None:
    kinds = _kinds(text)
    assert [kinds[v] for v in past] == ["actual"] * len(past)
    assert [kinds[v] for v in aims] == ["target"] * len(aims)


@pytest.mark.parametrize(
    "text",
    [
        # a plan's stages, each a later year than the first aimed at
        "2021年,力争全县生产总值达到120亿元。2022年,全县生产总值达到135亿元;2023年,全县生产总值达到150亿元。"
        "力争新增规上企业30家,确保完成减排目标。",
        # 比2010年翻一番 is a base, no year reviewed
        "2017年主要预期目标为:力争生产总值比2010年翻一番,达到5000亿元;确保新增就业6万人;力争进出口增长5%。",
    ],
)
def test_a_plans_own_years_stay_aims(text: str) -> None:
    assert set(_kinds(text).values()) == {"target"}
