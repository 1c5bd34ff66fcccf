"""Families of session 23 (ind23d): moves shared by a list of ranks, the second top-N group after 和."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators


def _ranks(text: str) -> list[tuple[float, float | None]]:
    found = find_indicators(text)
    return [(s.attributes["value"], s.attributes.get("change")) for s in found if s.attributes.get("unit") == "位"]


# --- a list of ranks, then one move each after 分别 (corpus 2044 樟树 园区
# `进入全省15强和宜春2强,分别比去年前移7位和3位`;
# a single move after a rank is the 999/1090 reading, up negative): the n-th move to the n-th rank


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("园区综合实力有望进入全省15强和宜春2强,分别比去年前移7位和3位,实现了历史性的跨越。", [(15, -7), (2, -3)]),
        ("全县生产总值增速分别居全省第6位和全市第2位,分别比上年提升3位和1位。", [(6, -3), (2, -1)]),
        ("我区综合考核分别位列全市第3位和全省第25位,分别较上年前进2个位次、后退5个位次。", [(3, -2), (25, 5)]),
    ],
)
def test_moves_shared_by_a_list_of_ranks_in_order(text: str, expected: list[tuple[float, float]]) -> None:
    assert _ranks(text) == expected


def test_a_move_count_that_differs_from_the_ranks_is_left_alone() -> None:
    assert _ranks("综合实力进入全省15强和全市2强,分别比去年前移7位。") == [(15, None), (2, None)]


def test_the_second_top_group_is_a_rank_of_its_own() -> None:
    assert _ranks("全区经济总量进入全市10强、全省50强。") == [(10, None), (50, None)]
    # a list one enters (百强县) stays no rank
    assert _ranks("全县进入全省10强和全国百强县。") == [(10, None)]


# --- an aim in % after 高于…目标, beaten by the growth just said (corpus 2019
# `增长22.5%,高于省年初下达的目标任务13%`); a gap would be written
# in points (1105 `高于计划目标0.7个百分点`, 1206, 1860): the aim's rate, a change-only target


def _all(text: str) -> list[tuple[float, float | None, str]]:
    return [(s.attributes["value"], s.attributes.get("change"), s.attributes["kind"]) for s in find_indicators(text)]


@pytest.mark.parametrize(
    "text",
    [
        "完成技术改造投资543.30亿元,增长22.5%,高于省年初下达的目标任务13%,超额完成全年任务。",
        "全县规上工业增加值增长9.8%,高于市下达的年度目标8%。",
    ],
)
def test_an_aim_rate_the_growth_beat_is_a_target_change(text: str) -> None:
    aim = _all(text)[-1]
    assert aim[0] == aim[1] and aim[2] == "target"


def test_an_aim_rate_above_the_growth_is_no_aim_it_beat() -> None:
    assert _all("固定资产投资增长8.2%,高于计划目标10%。")[-1][2] == "actual"


def test_a_gap_in_points_to_the_aim_stays_an_actual_change() -> None:
    assert _all("地区生产总值增长8.2%、高于计划目标0.7个百分点。")[-1] == (0.7, 0.7, "actual")
