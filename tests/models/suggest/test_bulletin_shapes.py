"""Bulletin shapes: harvest verbs (增产/减产), a gap to a named peer in points, a ratio's name with its verb."""

from __future__ import annotations

from typing import Any

import pytest

from models.suggest.indicators import find_indicators


def _read(text: str) -> list[tuple[Any, ...]]:
    return [
        (s.attributes.get("name"), s.attributes["value"], s.attributes.get("unit"), s.attributes.get("change"))
        for s in find_indicators(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("粮食总产量29.8万吨,增产1.2%。", [("粮食总产量", 29.8, "万吨", 1.2)]),
        ("油料产量1.2万吨,减产3.5%。", [("油料产量", 1.2, "万吨", -3.5)]),
        ("全年财政收入8.6亿元,减收0.4亿元。", [("财政收入", 8.6, "亿元", -0.4)]),
    ],
)
def test_harvest_and_revenue_verbs_are_changes(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _read(text) == expected


def test_a_gap_to_a_named_peer_is_its_own_indicator_in_points() -> None:
    got = _read("农村居民人均可支配收入18650元,增长7.5%,高于城镇居民2.1个百分点。")
    assert got == [
        ("农村居民人均可支配收入", 18650, "元", 7.5),
        ("农村居民人均可支配收入增幅高于城镇居民", 2.1, "个百分点", 2.1),
    ]
    assert _read("粮食产量增长3%,低于预期1.5个百分点。")[1][1:] == (-1.5, "个百分点", -1.5)


def test_a_ratio_keeps_its_word_and_drops_its_verb() -> None:
    assert _read("城乡居民收入比缩小至2.15:1。") == [("城乡居民收入比", 2.15, None, None)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("完成农产品快速检测308个批次。", "批次"),
        ("全年组织文艺演出50个场次。", "场次"),
        ("年末牲畜存栏16.4万头（只）。", "万头（只）"),
        ("家禽出栏32.5万只(羽)。", "万只(羽)"),
    ],
)
def test_units_as_written_after_the_measure_word(text: str, unit: str) -> None:
    assert [s.attributes["unit"] for s in find_indicators(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("出口额和进口额均下降5.2%。", ["出口额", "进口额"]),
        ("全年实现规上工业亩均增加值、亩均税收均增长6%。", ["规上工业亩均增加值", "亩均税收"]),
        ("城镇、农村居民人均可支配收入分别增长4.8%、7.2%。", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    ],
)
def test_one_change_for_each_named_quantity(text: str, names: list[str]) -> None:
    got = find_indicators(text)
    assert [s.attributes["name"] for s in got] == names
    assert len({(s.attributes["value"], s.attributes["change"]) for s in got}) <= len(names)


@pytest.mark.parametrize(
    "text",
    [
        "环卫工人和社区干部生活补贴人均增长200元。",  # 人均: one rate of the two groups
        "城乡居民人均可支配收入均增长7%。",  # no list of names
    ],
)
def test_a_per_head_change_or_a_single_name_is_one_indicator(text: str) -> None:
    assert len(find_indicators(text)) == 1


@pytest.mark.parametrize(
    ("text", "value", "value_max", "unit"),
    [
        ("完成投资3亿~5亿元。", 3, 5, "亿元"),
        ("每年新增就业1.2万-1.5万人。", 1.2, 1.5, "万人"),
        ("地区生产总值增长6%-7%。", 6, 7, "%"),
        ("完成投资2-3亿元。", 2, 3, "亿元"),
        ("培育企业10～15家。", 10, 15, "家"),
    ],
)
def test_a_range_reads_its_lower_bound_in_the_unit_written(
    text: str, value: float, value_max: float, unit: str
) -> None:
    (got,) = find_indicators(text)
    assert (got.attributes["value"], got.attributes["unit"]) == (value, unit)
    assert abs(got.attributes["value_max"]) == value_max


def test_an_expected_growth_is_a_target_and_life_expectancy_a_level() -> None:
    assert [s.attributes["kind"] for s in find_indicators("全年地区生产总值预期增长5.5%左右。")] == ["target"]
    assert [s.attributes["kind"] for s in find_indicators("人均预期寿命达到78岁。")] == ["actual"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("环卫工人和社区干部生活补贴人均月增200元。", "环卫工人和社区干部生活补贴人均"),  # gold 011
        ("企业退休人员养老金月人均提高150元。", "企业退休人员养老金人均"),
        ("一线人员生活补贴全年人均增长2400元。", "一线人员生活补贴人均"),
        ("城镇居民人均可支配收入增长5%。", "城镇居民人均可支配收入"),
    ],
)
def test_a_per_head_change_is_named_by_what_is_paid(text: str, name: str) -> None:
    assert [s.attributes["name"] for s in find_indicators(text)] == [name]


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("公用经费支出12.3万元,比年初预算减少2.1万元。", -2.1),
        ("一般公共预算支出8.6亿元,较调整预算下降2.3%。", -2.3),
        ("机关运行经费支出56.8万元,比上年下降8.2%。", -8.2),
    ],
)
def test_a_budget_accounts_change_against_the_budget_is_the_levels(text: str, change: float) -> None:
    (got,) = find_indicators(text)
    assert got.attributes["change"] == change


def test_a_list_of_gaps_to_a_list_of_benchmarks() -> None:
    got = _read("地区生产总值增长6.2%,分别高于全国、全省1.2和0.8个百分点。")
    assert [g[1:] for g in got] == [(6.2, "%", 6.2), (1.2, "个百分点", 1.2), (0.8, "个百分点", 0.8)]
    assert [g[0] for g in got] == ["地区生产总值"] * 3


def test_a_list_of_changes_against_the_same_period_goes_to_the_levels_before() -> None:
    got = _read("年末生猪存栏12.4万头,牛存栏0.8万头,羊存栏4.36万只,分别较同期增长3.7%、20.5%和27.7%。")
    assert [g[1:] for g in got] == [(12.4, "万头", 3.7), (0.8, "万头", 20.5), (4.36, "万只", 27.7)]


@pytest.mark.parametrize(
    ("text", "value"),
    [("固定资产投资56.4亿元,增速-4.7%。", -4.7), ("人口自然增长率-0.5‰。", -0.5), ("工业增加值增长-2.3%。", -2.3)],
)
def test_a_negative_rate_written_after_its_noun(text: str, value: float) -> None:
    got = find_indicators(text)[-1].attributes
    assert value in (got["value"], got["change"])  # 56.4亿元,增速-4.7%: the level's growth


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("生产总值同期增长10%左右,预计达11922.35万元。", [("生产总值", 11922.35, "万元", 10)]),
        ("年末户籍人口273393人,比上年新增1547人。", [("年末户籍人口", 273393, "人", 1547)]),
        ("设计速度达350km/h。", [("设计速度", 350, "km/h", None)]),
        ("发展保障性租赁住房220套(间)。", [("发展保障性租赁住房", 220, "套(间)", None)]),
    ],
)
def test_more_bulletin_shapes(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _read(text) == expected


def test_a_rank_with_its_move_since_a_year_carries_the_move_as_its_change() -> None:
    (got,) = find_indicators("城市综合经济实力排名全国第25位,比2019年上升2位。")
    assert (got.attributes["value"], got.attributes["change"], got.attributes["change_unit"]) == (25, -2, "位")


def test_counts_of_a_money_class_are_counts() -> None:
    got = _read("全年签约亿元以上项目45个,其中50亿元以上8个,100亿元以上2个。")
    assert [g[1:3] for g in got] == [(45, "个"), (8, "个"), (2, "个")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "地区生产总值由2011年的1.24万亿元预计提高到的1.95万亿元,年均增长9.4%。",
            [("地区生产总值", 1.95, "万亿元", 9.4)],
        ),
        ("社会消费品零售总额翻番。", [("社会消费品零售总额", 100, "%", 100)]),
        ("区域发展水平列第2位。", [("区域发展水平", 2, "位", None)]),
    ],
)
def test_from_to_doubling_and_bare_rank_shapes(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _read(text) == expected


def test_a_structure_shifted_gives_each_term_its_change_in_points() -> None:
    got = _read("三次产业结构由上年的6.9∶24.2∶68.9调整为6.7∶24.9∶68.4。")
    assert [g[1:] for g in got] == [(6.7, "%", -0.2), (24.9, "%", 0.7), (68.4, "%", -0.5)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("有低保户800户、1576人,较上年减少52户、138人。", [(800, "户", -52), (1576, "人", -138)]),
        ("小麦面积和产量是95517亩和37554吨,比上年增长5.1%和4.6%。", [(95517, "亩", 5.1), (37554, "吨", 4.6)]),
    ],
)
def test_a_list_of_levels_and_a_list_of_changes_pair_without_fenbie(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert [g[1:] for g in _read(text)] == expected


@pytest.mark.parametrize(
    ("text", "value", "change", "change_unit"),
    [
        ("2004年全县在校学生17884,比上年增长706人,专任教师754人。", 17884, 706, "人"),
        ("年末全县常住人口766579,比上年末增加2028人。", 766579, 2028, "人"),
        ("1-4月社会消费品零售总额完成71642,比去年同期增长23.7%。", 71642, 23.7, "%"),
        ("全年户籍人口12345,同比减少120人。", 12345, -120, "人"),
    ],
)
def test_a_level_whose_unit_was_dropped_keeps_its_change(
    text: str, value: float, change: float, change_unit: str
) -> None:
    first = find_indicators(text)[0].attributes
    assert (first["value"], first.get("unit") or None) == (value, None)
    assert (first["change"], first["change_unit"]) == (change, change_unit)


@pytest.mark.parametrize(("text", "figure"), [("位列第3,比上年增长5%。", 3), ("截至2024,比上年增长5%。", 2024)])
def test_an_ordinal_or_year_is_not_a_level_without_unit(text: str, figure: float) -> None:
    assert all(s.attributes["value"] != figure for s in find_indicators(text))


def test_a_surplus_over_a_named_task_is_the_level_s_change() -> None:
    got = _read("2024年完成新改建高标准农田2.428万亩,超建设任务200多亩。")
    assert [g[1:] for g in got] == [(2.428, "万亩", 200)]


def test_ahead_of_the_aim_s_calendar_is_reached_not_aimed_at() -> None:
    found = find_indicators("累计吸收外商投资7474万美元,完成年度责任目标的92%,超目标进度42个百分点。")
    # gold ruling (session 10): the lead over the schedule is the share's change, reached, not aimed at
    ahead = [s.attributes for s in found if s.attributes.get("change_unit") == "个百分点"]
    assert [(a["value"], a["change"], a["kind"]) for a in ahead] == [(92, 42, "actual")]


@pytest.mark.parametrize(
    ("text", "count", "unit"),
    [
        ("集聚营业收入超5亿元的临空服务业企业100家以上。", 100, "家"),
        ("争取培育营业收入超300亿元服务业集聚区9家以上。", 9, "家"),
        ("产值过500亿元企业增加到4户。", 4, "户"),
    ],
)
def test_money_over_a_threshold_names_the_class_that_is_counted(text: str, count: float, unit: str) -> None:
    assert [g[1:3] for g in _read(text)] == [(count, unit)]


def test_money_over_a_threshold_stands_when_no_class_follows() -> None:
    assert [g[1:3] for g in _read("全年营业收入超10亿元,企业利润增长5%。")] == [(10, "亿元"), (5, "%")]


@pytest.mark.parametrize(
    ("text", "value", "change", "change_unit"),
    [
        ("森林覆盖率由1998年的58%达到65.2%。", 65.2, 7.2, "个百分点"),
        ("行政区划面积由6079平方公里,增加到12339平方公里。", 12339, 6260, "平方公里"),
    ],
)
def test_from_to_reaches_its_second_figure_after_da_dao_or_a_comma(
    text: str, value: float, change: float, change_unit: str
) -> None:
    [got] = find_indicators(text)
    assert (got.attributes["value"], got.attributes["change"], got.attributes["change_unit"]) == (
        value,
        change,
        change_unit,
    )
