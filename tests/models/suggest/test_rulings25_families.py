"""The lead's session-25 rulings on shapes the gold wrote both ways, in made-up snippets of other places and years."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.suggest.indicators import find_indicators


def _read(text: str) -> list[tuple[Any, ...]]:
    return [(s.attributes["value"], s.attributes.get("unit")) for s in find_indicators(text)]


# --- bare magnitudes: 百 and 千 are numbers, 万, 亿 and 万亿 units (突破千亿元 1000 亿元, 突破万亿元 1 万亿元;
# 1214, 1651, 1654, 2061, 371, 376, 675, 690 against 1016, 1107, 1753, 1834)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023年,全市建筑业产值突破千亿元。", [(1000, "亿元")]),
        ("全年旅遊總收入突破千億元。", [(1000, "亿元")]),
        ("地方一般公共预算收入突破百亿大关。", [(100, "亿")]),
        ("某镇财政收入首次超千万元。", [(1000, "万元")]),
        ("某镇财政总收入突破千万元大关。", [(1000, "万元")]),
        ("全省地方一般公共预算收入过千亿,常住人口过千万。", [(1000, "亿"), (1000, "万")]),
        ("规模以上工业总产值突破万亿元。", [(1, "万亿元")]),
        ("人均生产总值突破万元大关。", [(1, "万元")]),
        # a class the threshold names is the count's (超千万元企业89家), a level the sentence gives is the level
        ("超千万元企业89家。", [(89, "家")]),
        ("37家企业产值超亿元。", [(37, "家")]),  # a bar the count passed (1395, 252)
        ("9家企业产值超千万元。", [(9, "家")]),
        # 超/过 before 亿 alone that every place of a set passed: a class word, no level (1408 所有县…超亿元); one
        # quantity's bar passed is its level (README: 1753 经济总量过万亿, 过亿元 with no other level → 1 亿元)
        ("全省所有县财政收入超亿元。", []),
        ("财政收入超亿元。", [(1, "亿元")]),
        ("全县财政收入首次突破千万元,达到1080万元。", [(1080, "万元")]),
    ],
)
def test_a_bare_magnitude_reads_hundred_and_thousand_as_numbers(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected


@given(
    subject=st.sampled_from(["建筑业产值", "地区生产总值", "旅游总收入", "社会消费品零售总额"]),
    verb=st.sampled_from(["突破", "首次突破", "跨越", "迈上", "超过", "率先突破"]),
    lead=st.sampled_from(["百", "千"]),
    mag=st.sampled_from(["亿", "万"]),
    unit=st.sampled_from(["元", ""]),
)
def test_a_bare_magnitude_passed_is_its_number_in_the_unit(
    subject: str, verb: str, lead: str, mag: str, unit: str
) -> None:
    got = _read(f"全年{subject}{verb}{lead}{mag}{unit}。")
    assert got == [(100 if lead == "百" else 1000, mag + unit)]


def test_a_magnitude_after_near_takes_its_hundred() -> None:
    assert _read("全县税收每年以近百万元的速度增长。")[0] == (100, "万元")


# --- `等N项…指标`: the count the examples before 等 open is an indicator, met or missed (317, 1858; 2124, 1535)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("受疫情影响,地区生产总值等5项经济指标未能实现预期目标。", 5),
        ("一般公共预算收入、固定资产投资等4项主要经济指标增幅位列全市第一。", 4),
        ("地区生产总值、财政总收入、全社会固定资产投资等六项主要经济指标全部位列全市第一。", 6),
        ("全县计划12项指标中,其余9项指标全部完成。", 9),
        ("建档率为96.72%,12项具体指标全部达到要求。", 12),
    ],
)
def test_a_count_of_indicators_after_examples_or_an_outcome_counts(text: str, count: int) -> None:
    assert (count, "项") in _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "全县计划12项指标中,其余9项指标全部完成。",  # the count framing the set (中)
        "该项目共编制12个绩效目标指标,其中一级指标3个。",
        "对政府汇报材料以及21项指标的数据事实进行再校对。",
    ],
)
def test_a_count_of_indicators_that_frames_stays_scope(text: str) -> None:
    assert 12 not in [v for v, _ in _read(text)] and 21 not in [v for v, _ in _read(text)]


# --- a framing total over its breakdown by state is scope, the breakdown counts (1134, 1849; 1131's 22件 too);
# a total said done as a whole, or a total of work handled, stays (922, 1658, 305)


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("2021年区政府确定重点工作任务共312项,截至目前,已完成290项,正在办理22项。", [290, 22], 312),
        ("召开区长办公会议8次,确定事项64项,完成60项,正在办理4项。", [8, 60, 4], 64),
        ("今年我市共实施蓝天、碧水等6大专项41项重点工程,目前,除2项暂缓外,28项已完成,11项正常推进。", [28, 11], 41),
    ],
)
def test_a_total_broken_down_by_state_is_scope(text: str, kept: list[int], dropped: int) -> None:
    values = [v for v, _ in _read(text)]
    assert all(k in values for k in kept) and dropped not in values


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("确定重点工作事项共11项,均已按照要求完成。", 11),
        ("人大建议和政协提案办理共计15件,其中人大建议办理9件。", 15),
        ("全年共收到行政复议3件,维持结果2件,尚未办结1件。", 3),
    ],
)
def test_a_total_done_as_a_whole_or_handled_stays(text: str, total: int) -> None:
    assert total in [v for v, _ in _read(text)]


def test_a_total_over_named_projects_reaching_a_stage_stays() -> None:
    # 737: the parts name their projects (甲、乙、丙3个项目建成投用), no ledger's state at the count
    text = "实施5个中小学建设项目,甲小学、乙小学3个项目建成投用,丙中学、丁小学2个项目完成主体工程建设。"
    assert 5 in [v for v, _ in _read(text)]


# --- units only inspected or surveyed are scope (786, 1968; 069, 1686); units reached, given to or built count
# (786 为23个乡镇文化站配备, 144 为…31个乡镇及5个行政村赠送, 1018 236个村…全部达标)


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("对全县412个村农家书屋建设管理使用情况现场督办检查。", 412),
        ("对全市120个社区开展消防安全大排查。", 120),
        ("开展了3200个社区(村居)41870件健身器材大普查。", 3200),
    ],
)
def test_places_only_inspected_or_surveyed_are_scope(text: str, dropped: int) -> None:
    assert dropped not in [v for v, _ in _read(text)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("为19个乡镇文化站配备了阅览桌椅和照相机。", [19]),
        ("全区188个村集体经济收入全部达标。", [188]),
        ("为12个乡镇64个村配备了文化资源共享工程设备。", [12, 64]),
        ("7个地级、7个县级、18个乡镇级集中式饮用水源地水质全部达标。", [7, 7, 18]),
    ],
)
def test_places_reached_given_to_or_up_to_standard_count(text: str, kept: list[int]) -> None:
    assert [v for v, _ in _read(text)] == kept
