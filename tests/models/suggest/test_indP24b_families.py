"""Families of session 24, second round (indP24b): audit findings' units, asides of years, a bare doubling."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators

# an audit report speaks of 审计 throughout; a one-sentence finding is read inside such a text
_AUDIT = "受市人民政府委托，现将审计工作情况报告如下。审计发现的主要问题如下。审计结果已向社会公告，审计建议已落实。\n"


def _values(text: str) -> list[tuple[float, str]]:
    return [(s.attributes["value"], s.attributes["unit"]) for s in find_indicators(text)]


# --- in an audit's finding, the units named before the amount only say whose amount it is (gold README, set 84
# "Counts in audit findings"; 1282 向跨年度实施的318个项目一次性下达166.38亿元, 7户央企将…10.72亿元资本金)


@pytest.mark.parametrize(
    ("finding", "units", "amount"),
    [
        ("区发展改革局向跨年度实施的26个项目一次性下达3.38亿元。", 26, 3.38),
        ("区教育局仍向4所学校安排肉食补贴128.5万元。", 4, 128.5),
        ("3户区属国企将应列入实收资本的1.72亿元资本金，错列为资本公积。", 3, 1.72),
        ("2个部门和5家所属单位在13个活动中乱收费乱摊派86.4万元。", 13, 86.4),
        ("县医保局将统筹前条件不符的2.6万人在统筹后增加的5941万元待遇支出，全部由基金负担。", 2.6, 5941),
        ("如某乡镇支付其中2户推广费300多万元。", 2, 300),
    ],
)
def test_the_units_a_found_amount_belongs_to_are_no_indicator(finding: str, units: float, amount: float) -> None:
    got = _values(_AUDIT + finding)
    assert amount in [v for v, _ in got], got
    assert units not in [v for v, _ in got], got


@pytest.mark.parametrize(
    ("finding", "scope", "counted"),
    [
        ("至2024年底，区财政局尚未将6个部门所属31户一级企业纳入国有资本经营预算。", 6, 31),
        ("2个部门和5家所属单位在13个活动中搞全员得奖。", 5, 13),
        ("7个街道12户融资平台通过借款等方式集资。", 7, 12),
    ],
)
def test_the_units_whose_own_units_a_finding_counts_are_no_indicator(
    finding: str, scope: float, counted: float
) -> None:
    got = [v for v, _ in _values(_AUDIT + finding)]
    assert counted in got and scope not in got, got


@pytest.mark.parametrize(
    ("finding", "count"),
    [
        ("违规批准12户企业在30个治理项目中露天采煤。", 12),  # the units the wrong was done to are the finding
        ("4省9个平台和3省部分行政监督部门未有效监测线上交易。", 9),  # peers, not units within units
        ("56县812所学校2018年以来上报达标后再度失守。", 812),  # a date after the count
        ("审计发现问题4个，问题金额2.3亿元。", 4),
        ("查出4个问题金额2.3亿元。", 4),  # the problems themselves are the finding
        ("为另1所中学购买单价超过1万元的树木190株。", 190),
    ],
)
def test_counts_that_are_the_finding_stay(finding: str, count: float) -> None:
    assert count in [v for v, _ in _values(_AUDIT + finding)]


def test_outside_an_audit_report_the_units_before_an_amount_stay() -> None:
    # a work report names 审计 in passing: its counts of firms and projects are results (gold README, set 11)
    passing = "加强审计监督，做好审计发现问题的整改，支持审计机关依法履职，开展经济责任审计。"
    figures = "全年向12个项目下达资金3.5亿元，新引进8家企业投资6.2亿元。"
    text = passing + "经济运行总体平稳，结构持续优化。" * 200 + figures
    got = [v for v, _ in _values(text)]
    assert 12 in got and 8 in got


# --- a comparison with the sum of past years between a level and its change (1392 生产总值670亿元左右,,接近
# 2000-2003年四年总量,,增长14%左右): the years say when, no quantity stands between, the change is the level's


@pytest.mark.parametrize(
    "text",
    [
        "完成地区生产总值670亿元左右,接近2000-2003年四年总量,增长14%左右。",
        "财政收入118.6亿元,超过2006—2010年五年总和,增长40%。",
        "全县固定资产投资235亿元，相当于2011至2015年总量，同比增长12.5%。",
    ],
)
def test_a_change_after_a_comparison_with_past_years_is_the_levels(text: str) -> None:
    got = [(s.attributes["value"], s.attributes["change"]) for s in find_indicators(text)]
    assert len(got) == 1 and got[0][1] is not None, got


# --- a doubling said bare right after a level with no change of its own is the level's change (2047
# 社会消费品零售总额3000亿元,实现翻番; as 752 10.6亿元,实现五年翻一番 and 1381 257.2亿元，较上年翻一番)


@pytest.mark.parametrize(
    "text",
    [
        "社会消费品零售总额3000亿元,实现翻番。",
        "全县地方财政收入8.6亿元，实现翻一番。",
        "外贸进出口总额42亿美元,已翻番;",
    ],
)
def test_a_bare_doubling_after_a_level_is_its_change(text: str) -> None:
    got = [(s.attributes["value"], s.attributes["change"]) for s in find_indicators(text)]
    assert len(got) == 1 and got[0][1] == 100, got


@pytest.mark.parametrize(
    "text",
    [
        "工业总资产达到1335亿元,实现了翻两番的目标。",  # a goal met: its own (724)
        "财政总收入3.12亿元,增长37%,实现翻番。",  # the level has its change already
        "规模以上工业增加值68亿元,翻了一番多,年均增长16.3%。",  # a rate follows (1111)
    ],
)
def test_a_doubling_beside_a_goal_a_change_or_a_rate_stays_its_own(text: str) -> None:
    got = [(s.attributes["value"], s.attributes["change"]) for s in find_indicators(text)]
    assert len(got) >= 2, got


# --- 比上年多增/少增: a flow larger or smaller than last year's by so much, the flow's change (2098 城镇新增就业4850人,
# 比上年多增115人; the banks' 新增贷款…同比多增…亿元 of monetary statistics)


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("全年城镇新增就业4850人,比上年多增115人。", 115),
        ("1-6月新增人民币贷款1280亿元,同比多增306亿元。", 306),
        ("全年新增存款52亿元，比上年少增8.6亿元。", -8.6),
    ],
)
def test_more_or_less_added_than_last_year_is_the_flows_change(text: str, change: float) -> None:
    got = [(s.attributes["value"], s.attributes["change"]) for s in find_indicators(text)]
    assert len(got) == 1 and got[0][1] == change, got
