"""Shapes of statement read in session 12 (ind12), each in a short made-up sentence of its shape."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from models.suggest.indicators import find_indicators


def _read(text: str) -> list[tuple[Any, ...]]:
    return [
        (s.text, s.attributes["value"], s.attributes["unit"], s.attributes["change"], s.attributes["change_unit"])
        for s in find_indicators(text)
    ]


# --- a rank moved from one place to another: the place reached, changed by to − from


def test_a_rank_moved_up_is_the_rank_reached_with_its_change() -> None:
    got = _read("全县财政收入在全省排名由第20位上升到第12位。")
    assert [g[1:] for g in got] == [(12, "位", -8, "位")]
    assert got[0][0].endswith("由第20位上升到第12位")


def test_a_rank_moved_down_or_in_words_reads_the_same() -> None:
    assert [g[1:] for g in _read("该区综合考评由全市第3位下降至第6位。")] == [(6, "位", 3, "位")]
    assert [g[1:] for g in _read("出口总额由上年居全国第七位上升到第五位。")] == [(5, "位", -2, "位")]


def test_a_rank_with_no_move_after_it_is_still_a_rank() -> None:
    assert [g[1:] for g in _read("全县财政收入在全省排名第12位。")] == [(12, "位", None, None)]
    # the rank a move left, with nothing reached after it, is no standing
    assert _read("全县财政收入在全省排名由第20位。") == []


def test_a_rank_among_named_places_after_pai_or_baochi_is_a_rank() -> None:
    # the peers are places the board names (苏州市县域, 中心城区), not one of the 全省/全市 scopes
    assert [g[1:3] for g in _read("工业增加值排苏州市县域第3位。")] == [(3, "位")]
    assert [g[1:3] for g in _read("财政收入增长9%,排南宁市县域第二。")][-1] == (2, "位")
    assert [g[1:3] for g in _read("税收收入保持中心城区首位;")] == [(1, "位")]


def test_an_ordinal_of_a_batch_or_a_place_from_the_bottom_is_no_rank() -> None:
    assert _read("今年安排全市第一批资金。") == []
    assert _read("各项指标在全县的排位是倒数第一。") == []
    assert _read("人口总数在全市倒数第二。") == []


def test_projects_or_areas_pushed_on_are_counted_tasks_pushed_on_are_not() -> None:
    # 推进N个<项目/区域/片区>: what is being built is counted; 推进N项<任务>: the items of a plan are not
    assert [g[1:3] for g in _read("加快推进12个老旧小区改造。")] == [(12, "个")]
    assert [g[1:3] for g in _read("全力推进8个县级重点项目。")] == [(8, "个")]
    assert _read("系统推进30项重点任务。") == []


def test_people_counted_before_an_age_bound_are_named_by_who_they_are() -> None:
    # 对/为 N名 65岁以上 老年人…: the age bound qualifies the people; the count is named by them
    got = find_indicators("为300名70岁以上老人免费体检。")
    assert [(s.attributes["value"], s.attributes["unit"]) for s in got] == [(300, "名")]
    assert got[0].attributes["name"].startswith("老人")
    got = find_indicators("累计为12.5万名60周岁及以上老年人接种疫苗。")
    assert [(s.attributes["value"], s.attributes["unit"]) for s in got] == [(12.5, "万名")]


def test_a_range_takes_its_lower_bound_with_the_spaces_of_a_pdf_page() -> None:
    for text in ("争取培育上市企业1—2家。", "争取培育上市企业1— 2 家。", "争取培育上市企业1 - 2家。"):
        got = find_indicators(text)
        assert [(s.attributes["value"], s.attributes["value_max"], s.attributes["unit"]) for s in got] == [
            (1, 2, "家")
        ], text


# --- a count that grew from one figure to another (从M家发展到N家)


def test_a_count_developed_from_one_figure_to_another_is_the_figure_reached() -> None:
    got = _read("全县农民合作社从153家发展到268家。")
    assert [g[1:] for g in got] == [(268, "家", 115, "家")]


# --- a rate's change in points, then the rate reached


def test_a_change_in_points_then_the_rate_reached_is_one_indicator() -> None:
    got = _read("全市绿化覆盖率提高2.3个百分点,达到41.5%。")
    assert got == [("绿化覆盖率提高2.3个百分点,达到41.5%", 41.5, "%", 2.3, "个百分点")]
    got = _read("城镇化率比上年提高1.2个百分点，达到56%。")
    assert [g[1:] for g in got] == [(56, "%", 1.2, "个百分点")]


def test_a_percent_after_a_change_in_percent_stays_two_figures() -> None:
    # 增长5%, 达到12%: a growth and a rate are not one statement's change and level
    got = _read("利润增长5%，达到12%。")
    assert [g[1] for g in got] == [5, 12]


def test_a_rate_after_its_change_in_points_in_another_clause_is_apart() -> None:
    got = _read("城镇化率提高1.2个百分点,其中户籍人口城镇化率为38%。")
    assert [g[1:] for g in got] == [(1.2, "个百分点", 1.2, "个百分点"), (38, "%", None, None)]


# --- a gap to a benchmark: 比全省平均水平高N元, 高于<a named total>N个百分点


def test_a_gap_to_an_average_written_with_bi_is_a_change_like_gaoyu() -> None:
    said_with_gaoyu = _read("全县农民人均收入8000元,高于全市平均水平900元。")
    said_with_bi = _read("全县农民人均收入8000元,比全市平均水平高900元。")
    assert [g[1:] for g in said_with_bi] == [g[1:] for g in said_with_gaoyu] == [(8000, "元", 900, "元")]
    alone = _read("人均GDP从3万元提高至8万元,比全省平均水平低1200元。")
    assert [g[1:] for g in alone][-1] == (-1200, "元", -1200, "元")


def test_a_gap_to_last_year_written_with_bi_is_no_benchmark() -> None:
    # 比上年高900元: not a benchmark; the reading stays what it was (no change given to the level)
    got = _read("全县农民人均收入8000元,比上年高900元。")
    assert got[0][1:] == (8000, "元", None, None)


def test_a_gap_in_points_to_a_long_named_total_is_a_change() -> None:
    got = _read("限上企业零售额40亿元,增长20.5%,高于全县社会消费品零售总额17.6个百分点。")
    assert got[-1][1:] == (17.6, "个百分点", 17.6, "个百分点")


# --- properties: every suggestion lies within the text and quotes its own figure

_NAMES = st.sampled_from(["财政收入", "城镇化率", "森林覆盖率", "规上企业", "地区生产总值"])
_SCOPES = st.sampled_from(["全省", "全市", "全国"])


@settings(max_examples=60, deadline=None)
@given(_NAMES, _SCOPES, st.integers(1, 99), st.integers(1, 99), st.sampled_from(["上升到", "下降至", "提升至"]))
def test_a_moved_rank_quotes_both_places_and_reads_the_change(name: str, scope: str, a: int, b: int, verb: str) -> None:
    text = f"今年{name}在{scope}排名由第{a}位{verb}第{b}位。"
    got = find_indicators(text)
    assert len(got) == 1
    s = got[0]
    assert text[s.start : s.end] == s.text
    assert f"第{b}位" in s.text and f"第{a}位" in s.text
    assert (s.attributes["value"], s.attributes["change"]) == (b, b - a)


@settings(max_examples=60, deadline=None)
@given(_NAMES, st.integers(1, 30), st.integers(0, 9), st.integers(1, 99), st.integers(0, 9))
def test_a_rate_reached_after_points_quotes_its_value(name: str, pi: int, pf: int, li: int, lf: int) -> None:
    text = f"全县{name}提高{pi}.{pf}个百分点,达到{li}.{lf}%。"
    got = find_indicators(text)
    assert len(got) == 1
    s = got[0]
    assert text[s.start : s.end] == s.text
    assert s.text.endswith(f"{li}.{lf}%")
    assert (s.attributes["value"], s.attributes["change"]) == (float(f"{li}.{lf}"), float(f"{pi}.{pf}"))
