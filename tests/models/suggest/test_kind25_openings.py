"""Kind families of session 25 (kind25): a task opening said done, a list of expected indicators, 同比 inside an aim."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators


def _kinds(text: str) -> list[tuple[float, str]]:
    return [(abs(s.attributes["value"]), s.attributes["kind"]) for s in find_indicators(text)]


# --- a task opening its sentence says was done (完成了各项目标任务:…) opens what was reached, not what is aimed at
# (corpus 2203 a county plan-execution report; Chinese review grammar: V了 / 圆满完成 before the list)


@pytest.mark.parametrize(
    "text",
    [
        "全县上下较好地完成了各项目标任务:预计全年地区生产总值同比增长4.5%;规模工业增加值增长7%;固定资产投资增长9%。",
        "全市圆满完成年度目标任务:地区生产总值增长6.1%;社会消费品零售总额完成560亿元。",
        "全區超額完成全年目標任務：規模工業增加值增長8%；實際利用外資增長10%。",
        "一年来,全旗顺利完成了主要目标任务:城乡居民人均可支配收入增长6%,外贸进出口总额突破12亿美元。",
    ],
)
def test_a_task_opening_said_done_opens_what_was_reached(text: str) -> None:
    kinds = _kinds(text)
    assert kinds
    assert all(kind == "actual" for _, kind in kinds), kinds


@pytest.mark.parametrize(
    "text",
    [
        "今年的目标任务:地区生产总值增长6%;规模工业增加值增长7%。",
        "确保完成全年目标任务:地区生产总值增长6%;固定资产投资增长9%。",
        "力争圆满完成年度目标任务:社会消费品零售总额增长8%。",
    ],
)
def test_a_task_opening_still_to_be_done_aims(text: str) -> None:
    kinds = _kinds(text)
    assert kinds
    assert all(kind == "target" for _, kind in kinds), kinds


# --- a plan year's expected indicators (主要预期发展指标是:…) are aims, their 实现 the aim's verb, and a change an aim
# states with 同比 is still aimed at (corpus 2123 a development zone's news item, 2036 a district's plan of the year)


@pytest.mark.parametrize(
    "text",
    [
        "副市长部署2014年主要预期发展指标是:营业总收入实现4900亿元,工业总产值实现4500亿元,固定资产投资实现484亿元。",
        "会议明确2019年预期指标为:地区生产总值实现860亿元,一般公共预算收入实现62亿元。",
        "高新区2023年主要預期經濟指標：營業總收入實現1200億元，工業總產值實現900億元。",
        "经济发展预期目标:2016年全区规模以上工业企业实现总产值、增加值同比增长8.5%;实现公共财政预算收入同比增长7.5%;"
        "社会消费品零售总额同比增长12%。",
        "主要预期目标:全县地区生产总值同比增长7%左右,城镇居民人均可支配收入同比增长8%。",
    ],
)
def test_expected_indicators_listed_after_their_opening_are_aims(text: str) -> None:
    kinds = _kinds(text)
    assert kinds
    assert all(kind == "target" for _, kind in kinds), kinds


@pytest.mark.parametrize(
    "text",
    [
        "上半年主要经济指标完成情况:地区生产总值同比增长5.1%,社会消费品零售总额同比增长6%。",
        "今年的主要任务是:…。截至6月底,已完成投资12亿元。",
    ],
)
def test_a_report_of_figures_stays_actual(text: str) -> None:
    kinds = _kinds(text)
    assert kinds
    assert all(kind == "actual" for _, kind in kinds), kinds
