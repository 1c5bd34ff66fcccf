"""Change families of session 25 (kind25c): the change a list of levels shares out when a basis or a span qualifies it,
and a gap to a benchmark said with 好于/高出 (README: a benchmark comparison is a change)."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators


def _read(text: str) -> list[tuple[float, float | None, str | None]]:
    return [
        (s.attributes["value"], s.attributes.get("change"), s.attributes.get("change_unit"))
        for s in find_indicators(text)
    ]


# --- a list of levels said with 分别 and a list of as many changes after a basis (同口径, 按可比口径) or a span
# (五年, 近三年) before the verb: one change to each level in order (2088 a county, 2123 a development zone, 2076 a
# province)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "城镇、农村常住居民人均可支配收入分别达到44300元和22700元,同口径年均增长10%和11%。",
            [(44300, 10, "%"), (22700, 11, "%")],
        ),
        (
            "全口径财政收入、一般预算财政收入分别实现550.7亿元和95.8亿元,按可比口径分别增长20.1%和12.1%。",
            [(550.7, 20.1, "%"), (95.8, 12.1, "%")],
        ),
        (
            "金融机构本外币存贷款余额分别达到1.66万亿元和1.15万亿元,五年增加10036.8亿元和7362.5亿元。",
            [(1.66, 10036.8, "亿元"), (1.15, 7362.5, "亿元")],
        ),
        (
            "全县城乡居民人均可支配收入分别达到36210元、19870元,近三年年均增长8.1%、9.4%。",
            [(36210, 8.1, "%"), (19870, 9.4, "%")],
        ),
        (
            "規上工業增加值、固定資產投資分別達到128.6億元和97.2億元,按可比價格計算分別增長7.5%和11.2%。",
            [(128.6, 7.5, "%"), (97.2, 11.2, "%")],
        ),
    ],
)
def test_a_qualified_shared_change_goes_to_each_level(text: str, expected: list[tuple[float, float, str]]) -> None:
    assert _read(text) == expected


def test_a_change_after_another_subject_stays_its_own() -> None:
    # the clause after the levels names what changed (出口额): not the levels' change
    got = _read("进出口总额、实际利用外资分别达到52.3亿美元和8.6亿美元,出口额五年增长35.2%和41.6%。")
    assert (52.3, None, None) in got and (8.6, None, None) in got, got


# --- a gap in points to peers the clause marks cannot hold (a 、-list of cities, benchmarks with their own rates in
# brackets, a quoted period) and 好于, which says 高于 of a growth (2200 a statistics bureau's analysis, 1270 a city's
# monthly brief, 2157 a provincial report, 2164 a provincial report of the north)


@pytest.mark.parametrize(
    ("text", "gaps"),
    [
        ("一季度全市经济增速6.2%。高于武汉、宁波0.6个百分点,高于天津0.9个百分点。", [0.6, 0.9]),
        ("全县规上工业增加值同比增长8.1%,分别高出全国(5.9%)、全省(6.4%)平均水平2.2个和1.7个百分点。", [2.2, 1.7]),
        ("全省生产总值年均增长11.5%,高出“十五”时期年均增长速度0.7个百分点。", [0.7]),
        ("全年地區生產總值增長3.6%,好于全國1.3個百分點。", [1.3]),
        ("城镇登记失业率3.2%,分别低于全国(5.1%)、全省(4.6%)1.9个和1.4个百分点。", [-1.9, -1.4]),
    ],
)
def test_a_gap_to_listed_or_bracketed_peers_is_a_change(text: str, gaps: list[float]) -> None:
    got = [(v, c) for v, c, u in _read(text) if u == "个百分点"]
    assert got == [(g, g) for g in gaps], _read(text)


def test_a_level_in_points_after_a_peer_without_a_comparative_stays_a_level() -> None:
    # 拉动 names a contribution (README: a level in points, change null), whatever peers the clause lists
    got = _read("工业投资增长12%,拉动武汉、宁波投资增长0.6个百分点。")
    assert (0.6, None, None) in got, got


# --- a change said in its own clause after the level: `新增了` (the particle) and a page's doubled comma keep the
# 新增-after-a-stock rule (README, 430 `农民合作社769个,新增6个`; 2006, 2133); the whole-place scope said again with the
# level's name is the same subject (1875 `全市生產總值達1250.44億元,全市生產總值增長5.5%`)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全省銷售收入過百億元的企業達到16戶,新增了3戶。", (16, 3, "户")),
        ("全县规模工业企业达1604家,,新增321家。", (1604, 321, "家")),
        ("全市生產總值達1250.44億元,全市生產總值增長5.5%。", (1250.44, 5.5, "%")),
        ("全县规上工业增加值达85.2亿元,全县规上工业增加值增长7.1%。", (85.2, 7.1, "%")),
        ("全区粮食产量12.5万吨,全区粮食产量增长3%。", (12.5, 3, "%")),
    ],
)
def test_a_change_in_its_own_clause_is_the_levels(text: str, expected: tuple[float, float, str]) -> None:
    assert _read(text) == [expected]


def test_another_quantity_after_the_scope_keeps_its_own_change() -> None:
    assert _read("全市生产总值达1250.44亿元,全市财政收入增长5.5%。") == [(1250.44, None, None), (5.5, 5.5, "%")]


# --- 提升 paired with a work verb (改造提升, 整治提升, 建设提升) names the work; its figure is the units worked on, no
# rise (gold of 1577, 1713, 2148, and 820, 1848, 1852 with the object between)


@pytest.mark.parametrize(
    "text",
    [
        "全年整治提升32家亩均低效企业。",
        "改造提升10个城市(城镇)及周边山体公园。",
        "农村公路建设提升 3300 公里。",
        "巩固提升12个村的饮水工程。",
    ],
)
def test_a_work_verb_pair_is_no_rise(text: str) -> None:
    assert [(c, u) for _, c, u in _read(text)] == [(None, None)], _read(text)


def test_a_rise_of_a_quantity_stays_a_change() -> None:
    assert _read("全县粮食产量提升3万吨。") == [(3, 3, "万吨")]
