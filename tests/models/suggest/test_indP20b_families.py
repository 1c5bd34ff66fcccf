"""Families of session 20, round 2 (indP20b): fields of statements read in the corpus, in made-up sentences."""

from __future__ import annotations

from typing import Any

import pytest

from models.suggest.indicators import find_indicators


def _read(text: str) -> list[tuple[Any, ...]]:
    return [
        (s.attributes["value"], s.attributes["unit"], s.attributes["change"], s.attributes["change_unit"])
        for s in find_indicators(text)
        if s.attributes.get("unit") == "位"
    ]


# --- a rank with its move is one indicator: the rank its value, the move its change in 位, up negative
# (lead's ruling, session 20; as 999's 由第14位上升到第11位 → 11, −3: the change of the rank's number)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the base a year, last year, last month, last year's same period, a run of months (1746, 1329, 1716, 473)
        ("社会消费品零售总额增长6.9%,排名全省第4,较上年前移2位。", [(4, "位", -2, "位")]),
        ("增长8.5%,增速居全省第2位,比去年同期提升3位。", [(2, "位", -3, "位")]),
        ("全市规上工业增加值同比增长9.9%,居全省第4位,较上月前移一位。", [(4, "位", -1, "位")]),
        ("规上工业增加值增速居全市第6位,较1-5月上升1位。", [(6, "位", -1, "位")]),
        ("农村居民收入增速居全州第3位,较一季度提升2位。", [(3, "位", -2, "位")]),
        ("外贸进出口总额居全省第9位,比2019年上升2位。", [(9, "位", -2, "位")]),
        # a move down raises the rank's number (后移, 下降)
        ("固定资产投资增速居全市第7位,较上年后移3位。", [(7, "位", 3, "位")]),
        ("综合考核成绩排名全国第60名,比上年下降5位。", [(60, "位", 5, "位")]),
        # a page that doubled the comma (1489 躍居全國第60名,,上升68位)
        ("绩效考核成绩跃居全国第60名,,上升68位。", [(60, "位", -68, "位")]),
    ],
)
def test_a_rank_with_its_move_is_one_indicator_up_negative(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _read(text) == expected


def test_a_move_since_several_bases_stays_apart_from_the_rank() -> None:
    # 1057: one rank, three moves since three bases — no one base for the rank's change
    got = _read("增速居全省第7位,位次分别较一季度、上半年和前三季度分别前移7位、8位和7位。")
    assert got[0] == (7, "位", None, None)


def test_a_move_on_its_own_states_it_as_its_value() -> None:
    # no rank beside it (444 排名上升25位): the move is the statement, up positive as written
    assert _read("限额以上消费品零售额排名上升25位。") == [(25, "位", 25, "位")]


def _all(text: str) -> list[tuple[Any, ...]]:
    return [
        (s.attributes["value"], s.attributes["unit"], s.attributes["change"], s.attributes["kind"])
        for s in find_indicators(text)
    ]


# --- a threshold that leaves its counter to the level after it (1753 市场主体总量突破100万、达135万户): one level


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市场主体总量突破100万、达135万户。", [(135, "万户", None, "actual")]),
        ("常住人口首次突破500万、达到512.3万人。", [(512.3, "万人", None, "actual")]),
        ("全年接待游客超过1000万、达1086万人次,增长12%。", [(1086, "万人次", 12, "actual")]),
    ],
)
def test_a_bare_threshold_then_the_level_in_its_counter_is_one_indicator(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert _all(text) == expected


def test_a_bare_magnitude_with_no_threshold_verb_is_not_joined() -> None:
    got = _all("新增就业1.2万、其中返乡创业达3.5万人。")
    assert len(got) == 2


# --- a budget's revenue or spending named as the plan (收入计划N, 支出年初计划N: 1294, 1801) is the aim


@pytest.mark.parametrize(
    "text",
    [
        "经县人民代表大会审议批准,我县2020年一般公共预算收入计划34,888万元,执行中受疫情影响减收。",
        "全市地方一般公共预算收入计划358,775万元,增长2%。",
        "2021年全区政府性基金预算支出计划12,500万元。",
    ],
)
def test_a_revenue_or_spending_named_as_the_plan_is_a_target(text: str) -> None:
    assert _all(text)[0][3] == "target"


def test_a_share_of_the_revenue_plan_reached_stays_actual() -> None:
    got = _all("一般公共预算收入完成34,264万元,占收入计划的98.2%。")
    assert [g[3] for g in got] == ["actual", "actual"]


# --- firsts counted (七个第一名 1781, 9个第一 627): a count of places won, no rank


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在游泳比赛中,丽都社区获得了七个第一名。", [(7, "个", None, "actual")]),
        ("在全市运动会上获得3个第一名、2个第二名。", [(3, "个", None, "actual"), (2, "个", None, "actual")]),
        ("全年在全市统计业务评比中取得9个第一。", [(9, "个", None, "actual")]),
    ],
)
def test_firsts_counted_are_a_count_not_a_rank(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _all(text) == expected


def test_a_place_won_alone_stays_a_rank() -> None:
    assert _all("在全市运动会上获得团体第一名。") == [(1, "位", None, "actual")]


# --- milestones counted (五年跨越两个千亿元台阶 1817, 跨越3个十亿级台阶 702, 跨越了两千亿元和三千亿元两个台阶 466):
# the steps passed restate the level, no figure of their own


@pytest.mark.parametrize(
    "text",
    [
        "五年跨越3个十亿级台阶。",
        "经济总量跨越了两千亿元和三千亿元两个台阶。",
        "财政收入连续跨越三个“十亿元”台阶。",
    ],
)
def test_milestone_steps_counted_are_no_indicator(text: str) -> None:
    assert _all(text) == []


def test_milestone_steps_between_a_from_to_level_and_its_rate_leave_the_rate_its_change() -> None:
    got = _all("地区生产总值从2011年6580.28亿元预计提高到2016年8600亿元,五年跨越两个千亿元台阶,年均增长8.5%。")
    assert got == [(8600, "亿元", 8.5, "actual")]


def test_a_single_milestone_with_no_other_level_stays() -> None:
    assert _all("财政收入迈上10亿元台阶。") == [(10, "亿元", None, "actual")]
