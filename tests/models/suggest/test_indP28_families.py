"""Families of session 28 (indP28): a growth said after its figure in a clause of its own (2396, 376), guests sitting
in on a session (2396), a level reached with its qualifier after the verb (874) and a move from one qualified level to
another (2397)."""

from __future__ import annotations

import pytest

from tests.models.suggest.figures import named_figures, quoted_figures

# --- a growth said after its figure (`实现20%以上的增长`, `保持年均15.7%的高速增长`) in the clause after a level is
# that level's change (2396 gold, 376 gold), not a second nameless indicator


@pytest.mark.parametrize(
    ("text", "level", "change"),
    [
        ("力争规模以上固定资产投资7100亿元以上,实现20%以上的增长;扩大消费需求。", 7100.0, 20.0),
        ("力爭實現社會消費品零售總額3540億元,達到18%以上的增長;拓寬融資渠道。", 3540.0, 18.0),
        ("五年来,社会消费品零售总额累计完成1917亿元,保持年均15.7%的高速增长。", 1917.0, 15.7),
        ("今年全县财政收入完成8.6亿元,实现12%的增长。", 8.6, 12.0),
        ("预计全区外贸进出口总额达到45亿美元,继续保持10%左右的增长。", 45.0, 10.0),
    ],
    ids=["2396", "2396-trad", "376", "county", "trade"],
)
def test_a_growth_said_after_its_figure_is_the_level_s_change(text: str, level: float, change: float) -> None:
    found = quoted_figures(text)
    assert [(v, c) for _, v, _, c, _ in found] == [(level, change)]


def test_a_growth_after_its_figure_with_no_level_before_stays_its_own() -> None:
    # 1947 gold: `去年保持50%以上的快速增长` is the industry's growth, there is no level to give it to
    found = quoted_figures("以电子信息为龙头的产业发展势头迅猛,去年保持50%以上的快速增长。")
    assert [(v, c) for _, v, _, c, _ in found] == [(50.0, 50.0)]


def test_a_rate_noun_after_a_level_is_still_its_own_level() -> None:
    # `保持年均9.4%的增速` names a rate (2173, 1878: a level with no change), whatever stands before it
    found = quoted_figures("全区生产总值达到500亿元,全区经济保持年均9.4%的增速。")
    assert (9.4, None) in [(v, c) for _, v, _, c, _ in found]


# --- guests invited to sit in on a sitting of the session (`6个周边国家驻昆总领事受邀旁听了本次会议第一次全体会议`,
# 2396): the session's roll call, as the deputies who attended (session 21)


@pytest.mark.parametrize(
    "text",
    [
        "共有637名云南省人大代表出席本次会议,6个周边国家驻昆总领事受邀旁听了本次会议第一次全体会议。",
        "出席会议的有区人大代表186名,12名市民代表应邀旁听会议。",
        "县人大代表210人出席大会,8位外国友人受邀旁聽了本次大會開幕式。",
    ],
    ids=["2396", "citizens", "trad-guests"],
)
def test_guests_sitting_in_on_the_session_are_no_indicator(text: str) -> None:
    assert quoted_figures(text) == []


def test_people_taken_to_sit_in_on_a_trial_are_work_done() -> None:
    # a court's open-trial work: who it brought to hear a trial is counted (not a meeting's roll call)
    assert [v for _, v, *_ in quoted_figures("全年组织30名群众旁听庭审。")] == [30.0]


# --- a level reached with its qualifier after the verb (`增加到约414亿斤`, 874; `下降到不足5%`): the level, no change


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("夏征和秋征的总额准备增加到约414亿斤。", 414.0, "亿斤"),
        ("全区财政收入增加到超过25亿元。", 25.0, "亿元"),
        ("全县贫困发生率下降到不足5%。", 5.0, "%"),
        ("亏损企业减少到不足100家。", 100.0, "家"),
    ],
)
def test_a_level_reached_with_a_qualifier_is_no_change(text: str, value: float, unit: str) -> None:
    assert [(v, u, c) for _, v, u, c, _ in quoted_figures(text)] == [(value, unit, None)]


def test_a_count_cut_with_a_purpose_after_it_stays_a_fall() -> None:
    # 为 opening a noun (为民服务事项) is no level reached
    assert [(v, c) for _, v, _, c, _ in quoted_figures("减少为民服务事项12项。")] == [(-12.0, -12.0)]


# --- a move from one qualified level to another (`从接近2万亿元到突破3万亿元`, 2397; `由不足10亿元增加到超过25亿元`):
# one indicator, the level reached, the rise to − from, named by what precedes 从/由


@pytest.mark.parametrize(
    ("text", "name", "value", "change"),
    [
        ("过去五年,全省生产总值从接近2万亿元到突破3万亿元,经济实力大幅提升。", "生产总值", 3.0, 1.0),
        ("過去五年,全省生產總值從接近2萬億元到突破3萬億元。", "生产总值", 3.0, 1.0),
        ("全区财政收入由不足10亿元增加到超过25亿元。", "财政收入", 25.0, 15.0),
        ("全县财政收入从近10亿元增长到25亿元。", "财政收入", 25.0, 15.0),
    ],
    ids=["2397", "2397-trad", "below-above", "near"],
)
def test_a_move_between_qualified_levels_is_one_indicator(text: str, name: str, value: float, change: float) -> None:
    assert [(n, v, c) for _, n, v, _, c in named_figures(text)] == [(name, value, change)]


# --- a doubling against last year said with 同比 (`项目转列统企业61户,同比翻番`, 2425) is the level's change, as
# `较上年翻一番` already was (1381, 531)


@pytest.mark.parametrize(
    "text",
    [
        "项目转列统企业61户,同比翻番。",
        "全年实现网络零售额12亿元,同比实现翻番。",
        "新登记各类市场主体8400户,较上年翻了一番。",
    ],
)
def test_a_doubling_against_last_year_is_the_level_s_change(text: str) -> None:
    assert [(c, cu) for _, _, _, c, cu in quoted_figures(text)] == [(100.0, "%")]


# --- firms named in full, then counted with no 等 (`新增温州嘉运大酒店有限公司、温州市三巧匠商贸有限公司2家限上企业`,
# 2436): the count restates the names (README 048/1443), however long the names are


@pytest.mark.parametrize(
    "text",
    [
        "新增温州嘉运大酒店有限公司、温州市三巧匠商贸有限公司2家限上企业。",
        "新增甲乙科技有限公司、丙丁新材料有限公司、戊己建设集团3家规上企业。",
    ],
    ids=["2436", "three-firms"],
)
def test_firms_named_then_counted_are_no_count(text: str) -> None:
    assert quoted_figures(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("走访了湖南亿华新能源车辆有限公司、株洲力慧科技有限公司等10家企业。", 10.0),  # 等: a count (2022)
        ("新增甲乙科技有限公司、丙丁新材料有限公司、戊己建设集团2家规上企业。", 2.0),  # names and count disagree
    ],
)
def test_firms_counted_beyond_their_names_stay_counts(text: str, value: float) -> None:
    assert [v for _, v, *_ in quoted_figures(text)] == [value]


# --- a crosshead writing a sum as a bare magnitude (`過去五年 全省生產總值從2萬億到突破3萬億`, 2397) over the body's
# `…從接近2萬億元到突破3萬億元`: the same figure said again (session-27 crosshead ruling), 万亿 as 万亿元


def test_a_crosshead_s_bare_magnitude_repeating_the_body_s_sum_is_no_indicator() -> None:
    text = (
        "報告回顧了過去五年的工作。\n\n過去五年 全省生產總值從2萬億到突破3萬億\n\n"
        "過去五年,全省生產總值從接近2萬億元到突破3萬億元,首次進入全國前十。\n"
    )
    assert [(v, u) for _, v, u, _, _ in quoted_figures(text) if v == 3.0] == [(3.0, "万亿元")]


def test_a_crosshead_s_bare_magnitude_the_body_does_not_repeat_stays() -> None:
    text = "会议开幕。\n\n全省生产总值突破3万亿\n\n今年全省旅游人数增长到3万亿人次。\n"
    assert (3.0, "万亿") in [(v, u) for _, v, u, _, _ in quoted_figures(text)]
