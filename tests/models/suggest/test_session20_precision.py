"""Families of extra suggestions and wrong fields seen in session 20, in made-up snippets (other places and years)."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from models.suggest.indicators import find_indicators


def _values(text: str) -> list[tuple[Any, ...]]:
    return [(s.attributes["value"], s.attributes["unit"], s.attributes.get("change")) for s in find_indicators(text)]


_PLACES = st.sampled_from(["全国", "全省", "全市", "全州", "全区"])
_RATE = st.decimals(min_value="0.1", max_value="60", places=1).map(str)


@given(first=_PLACES, second=_PLACES, a=_RATE, b=_RATE)
def test_a_second_benchmark_in_brackets_is_no_figure_of_ours(first: str, second: str, a: str, b: str) -> None:
    # 高于全国(3%)、全省(2.9%): other places' rates beside the comparison, the first and every one listed after it
    got = _values(f"规上制造业增加值增长7.8%,高于{first}({a}%)、{second}({b}%)。")
    assert got == [(7.8, "%", 7.8)]


def test_a_benchmark_after_bi_in_brackets_leaves_only_the_gap() -> None:
    # 增速比全市平均增速(8.1%)低8.4个百分点 (1433), 较全省平均水平(6.2%)高1.5个百分点: the gap is ours, the bracket not
    got = _values("全区工业增加值增长9.7%,增速比全市平均增速(8.1%)高1.6个百分点,较全省平均水平(6.2%)高3.5个百分点。")
    assert got == [(9.7, "%", 9.7), (1.6, "个百分点", 1.6), (3.5, "个百分点", 3.5)]


def test_a_place_s_rate_opening_its_own_brackets_is_a_benchmark() -> None:
    # 同比增长1.6%(全市2.6%) (1237): the superior's rate in brackets after our own
    got = _values("全县社会消费品零售总额12.3亿元,同比增长4.1%(全省5.2%),排名第三。")
    assert (5.2, "%", None) not in got
    assert got[0] == (12.3, "亿元", 4.1)


def test_last_year_s_level_in_brackets_before_the_change() -> None:
    # 全年粮食产量130510吨,比上年(134908吨)减少3.3% (1797): last year's level is the base, the change is the level's
    got = _values("全年油料产量8621吨,比上年(9012吨)减少4.3%,蔬菜产量5.2万吨。")
    assert got[0] == (8621, "吨", -4.3)
    assert all(v != 9012 for v, _, _ in got)


def test_an_aim_in_brackets_stays_an_indicator() -> None:
    # 增速高出…全年任务目标(10.5%)0.9个百分点 (1210): the aim is our own; places and past periods are others'
    got = _values("增速高出市政府下达的全年任务目标(10.5%)0.9个百分点。")
    assert (10.5, "%", None) in got


_LEVEL_UNITS = st.sampled_from(["亿元", "万元", "元", "万吨"])


@given(level=st.integers(min_value=12, max_value=99999), rate=_RATE, unit=_LEVEL_UNITS)
def test_a_bare_change_after_its_level_lost_only_its_percent_sign(level: int, rate: str, unit: str) -> None:
    # 一般公共预算收入353亿元,增长8.8; (1816, a copy with every % gone, where 同比增长7.2 was already read)
    got = _values(f"全县税收收入{level}{unit},增长{rate};粮食总产稳定。")
    assert got == [(level, unit, float(rate))]


def test_a_bare_shared_change_after_two_levels() -> None:
    # 城镇…40510元,农村…19394元,分别增长8.7、10.5 (1816)
    got = _values("城镇居民人均可支配收入38210元,农村居民人均可支配收入17345元,分别增长6.9、9.1;")
    assert [(v, c) for v, _, c in got] == [(38210, 6.9), (17345, 9.1)]


def test_a_bare_figure_after_a_verb_without_a_level_before_is_left_alone() -> None:
    # no level before the comma: 增长3 could be anything (a count, a multiple), nothing is guessed
    assert _values("工作扎实推进,增长3;") == []


@given(place=st.sampled_from(["全市", "全县", "全区"]), year=st.integers(min_value=1995, max_value=2020))
def test_a_doubling_said_of_all_the_levels_before_is_each_level_s_change(place: str, year: int) -> None:
    # 全市地区生产总值达3552亿元,人均超过4.1万元,均比2007年翻了一番 (1821): one change of each level, no doubling alone
    got = _values(f"{place}存款余额981亿元、贷款余额735亿元,均比{year}年翻了一番。")
    assert got == [(981, "亿元", 100), (735, "亿元", 100)]


def test_a_doubling_after_levels_with_their_own_growth_stays_its_own() -> None:
    # 1032: levels with their own 年均增长 keep it; the doubling against another base is read apart
    got = _values("生产总值达到8240亿元,年均增长12%,财政收入1573亿元,年均增长15%,均比2006年翻一番以上。")
    assert got[:2] == [(8240, "亿元", 12), (1573, "亿元", 15)]


def test_a_share_of_the_annual_budget_stands_between_the_level_and_its_change() -> None:
    # 累计完成34096万元,为年预算的32.3%,同比降低10.2% (1668), as 为年初预算的 already was (680)
    got = _values("全县税收收入完成8812万元,为年预算的41.5%,同比增长3.6%;")
    assert got == [(8812, "万元", 3.6), (41.5, "%", None)]


def test_a_share_said_as_its_proportion_stands_between_the_level_and_its_change() -> None:
    # 利润总额1.55亿元,占规上服务业利润总额的比重达90.8%,增长10.9% (1334)
    got = _values("重点企业实现营业收入12.6亿元,占全县规上服务业营业收入的比重达61.2%,增长8.4%。")
    assert got == [(12.6, "亿元", 8.4), (61.2, "%", None)]


def test_a_change_naming_the_level_s_head_again_is_the_level_s() -> None:
    # 第一产业增加值26.4亿元,占GDP比重5.8%,增加值增长4.6% (1263)
    got = _values("第二产业增加值80.1亿元,占GDP比重40.2%,增加值增长7.3%。")
    assert got == [(80.1, "亿元", 7.3), (40.2, "%", None)]
    # another quantity's change after a level stays its own
    assert _values("粮食产量30万吨,小麦增长5%。") == [(30, "万吨", None), (5, "%", 5)]


def test_a_doubling_after_levels_that_a_list_of_growths_precedes_stays_its_own() -> None:
    # 1032: A、B年均分别增长14.1%、22.1%,达4270亿元、500.36亿元,均比2006年翻一番以上
    got = _values("生产总值、财政总收入年均分别增长14.1%、22.1%,达4270亿元、500.36亿元,均比2006年翻一番以上。")
    assert (4270, "亿元", 14.1) in got and (500.36, "亿元", 22.1) in got


def test_a_bare_change_cut_off_by_the_excerpt_s_end_is_not_guessed() -> None:
    # 258: …比2005年增加3222.27亿元,增长1 (the excerpt ends inside the figure)
    got = _values("中央财政总支出23482.26亿元,比2005年增加3222.27亿元,增长1")
    assert got[0][2] != 1


def test_the_items_a_ledger_or_a_list_holds_are_no_count_of_results() -> None:
    # 建立了128项工作项目台账 (1759), 细化58项学习任务清单 (1626): the items a list holds; lists counted and the items
    # listed after the list's name stay
    assert _values("全县建立了64项重点工作任务台账,逐项明确责任单位。") == []
    got = _values("形成关键核心技术清单191项、优先部署技术清单92项和前沿技术清单47项。")
    assert [v for v, _, _ in got] == [191, 92, 47]
    # a time within which a list is handled is no count of the list's items (1250)
    assert [v for v, _, _ in _values("在1个自然月内将申报清单数据进行归并。")] == [1]


def test_a_gap_to_a_benchmark_after_a_rate_is_its_own_indicator() -> None:
    # 高新技术产业投资增速达到23.8%,高于工业投资12.8个百分点 (1697): as after a growth, the gap is read apart
    got = find_indicators("技术合同成交额增速达到31.2%,高于全省平均9.6个百分点。")
    assert [(s.attributes["value"], s.attributes["change"]) for s in got] == [(31.2, None), (9.6, 9.6)]
    # a share keeps a gap to a benchmark as its change (585), and its lead on the plan's schedule (session 10 ruling)
    got = find_indicators("规上工业产值占比为31.5%,较全省平均水平高2.1个百分点。")
    assert [(s.attributes["value"], s.attributes["change"]) for s in got] == [(31.5, 2.1)]
    got = find_indicators("完成全年目标任务的60.5%,超任务进度10.5个百分点。")
    assert [(s.attributes["value"], s.attributes["change"]) for s in got] == [(60.5, 10.5)]
