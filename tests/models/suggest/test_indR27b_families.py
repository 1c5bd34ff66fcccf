"""Session 27 (recall, the families left): measure words of works and ceremonies (涵洞292道, 锦旗13面, 迁坟307棺),
benchmarks listed with their own rates in brackets (比全省(7.7%)和全国(7.0%)分别高0.7、1.4个百分点), a gap said with
高于/高出 after a rate or share level, money in round words (近八千美元), a board's bare year (位列2023全国…第33名)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.models.suggest.figures import named_figures

_found = named_figures


# 2269 涵洞292道, 2272 锦旗13面, 2339 迁坟307棺, 1447 培植香菇55万棒
@given(
    thing=st.sampled_from(
        [("涵洞", "道"), ("排水涵管", "道"), ("感谢锦旗", "面"), ("党旗", "面"), ("迁坟", "棺"), ("香菇", "万棒")]
    ),
    n=st.integers(min_value=2, max_value=999),
    lead=st.sampled_from(["", "新建", "完成", "收到群众送的"]),
)
def test_measure_words_of_works(thing: tuple[str, str], n: int, lead: str) -> None:
    noun, word = thing
    got = _found(f"上半年{lead}{noun}{n}{word},桥梁1000座。")
    assert [g[3] for g in got if g[2] == float(n)] == [word]


@pytest.mark.parametrize(
    "text",
    [
        "S332道路建设顺利实施。",
        "全县耕地面积稳定,3面向市场开放。",
        "我区目前有西门汽车轮渡、皖河农场万集渡口和山口乡山口镇渡口3道渡口。",  # 2339 not_indicators
        "全县有东关、西关和南关3处景点。",
        "主席台幕布中央国徽高悬,10面红旗分列两侧。",  # 1040 not_indicators: a hall's decoration
        "新建3道拦水坝。",  # 道 and 面 before their noun: abstain
    ],
)
def test_measure_words_in_words_or_names_counted(text: str) -> None:
    assert not [g for g in _found(text) if g[3] in ("道", "面", "处")]


# 2362 比全省(7.7%)和全国平均水平(7.0%)分别高0.7、1.4个百分点; 1328 比全省高1.9个百分点
@given(
    bases=st.sampled_from([("全省", "全国平均水平"), ("全市", "全省"), ("全州", "全国")]),
    rates=st.sampled_from([("(7.7%)", "(7.0%)"), ("", ""), ("(11.4%)", "(6.3%)")]),
    joiner=st.sampled_from(["和", "、"]),
    verb=st.sampled_from([("高", 1), ("低", -1)]),
)
def test_benchmarks_listed_with_their_rates(
    bases: tuple[str, str], rates: tuple[str, str], joiner: str, verb: tuple[str, int]
) -> None:
    word, sign = verb
    text = (
        f"全市生产总值440.26亿元,增长8.4%,比{bases[0]}{rates[0]}{joiner}{bases[1]}{rates[1]}"
        f"分别{word}0.7、1.4个百分点。"
    )
    gaps = [g for g in _found(text) if g[3] == "个百分点"]
    assert [(g[2], g[4]) for g in gaps] == [(sign * 0.7, sign * 0.7), (sign * 1.4, sign * 1.4)]
    assert [g[1] for g in gaps] == [f"生产总值增速{word}于{b}" for b in bases]


@pytest.mark.parametrize(
    ("text", "level", "gap"),
    [
        # 2289 …比重為41.6%,高出年度計劃目標1.5個百分點; 2113 占…的26.78%,高于…
        ("服务业增加值占GDP比重为41.6%,高出年度计划目标1.5个百分点。", 41.6, 1.5),
        ("城镇登记失业率为2.33%,低于市下达控制目标0.27个百分点。", 2.33, -0.27),
        ("高新技术企业占全区规上工业企业的26.78%,高于规上工业企业3.2个百分点。", 26.78, 3.2),
        ("城镇化率达到58.3%,高于全省平均水平2.1个百分点。", 58.3, 2.1),
    ],
)
def test_gap_said_with_its_own_verb_after_a_rate_level(text: str, level: float, gap: float) -> None:
    got = _found(text)
    assert [(g[2], g[4]) for g in got] == [(level, None), (gap, gap)]


@pytest.mark.parametrize(
    "text",
    [
        "税收占一般预算收入比重73.6%,高于上年1.4个百分点。",  # 2356: a past period, the level's change
        "高新技术产业产值占工业总产值的比重仅为26.8%,较全市平均水平低2.4个百分点。",  # 585
    ],
)
def test_gap_against_the_past_or_said_with_bi_stays_the_levels(text: str) -> None:
    got = _found(text)
    assert len([g for g in got if g[3] == "个百分点"]) == 0 and any(g[4] is not None for g in got)


# 2381 南京人均GDP已近八千美元; 2238 人均生產總值超過四千美元
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("報告指出,南京人均GDP已近八千美元,正處于發展的關鍵時期。", 8000.0, "美元"),
        ("全省人均生產總值超過四千美元。", 4000.0, "美元"),
        ("农民人均纯收入达到八百元。", 800.0, "元"),
        ("全县人均GDP已近三千欧元。", 3000.0, "欧元"),
    ],
)
def test_money_in_round_words(text: str, value: float, unit: str) -> None:
    assert [(g[2], g[3]) for g in _found(text)] == [(value, unit)]


@pytest.mark.parametrize(
    "text", ["八项规定精神落实到位。", "三千年文明史。", "每人每月补助三百元。", "打造五百亿级绿色家居产业。"]
)
def test_words_that_are_no_money_figure(text: str) -> None:
    assert _found(text) == []


# 2318 位列2023全國市轄區高質量發展百強第33名; 1767 2022年中国企业500强第322位
@given(
    year=st.sampled_from(["2023", "2019", "2022年"]),
    board=st.sampled_from(["全国市辖区高质量发展百强", "中国百强县", "全国综合实力百强区", "世界500强"]),
    n=st.integers(min_value=1, max_value=99),
    verb=st.sampled_from(["位列", "排名", "位居"]),
)
def test_a_boards_bare_year(year: str, board: str, n: int, verb: str) -> None:
    got = _found(f"{verb}{year}{board}第{n}名。")
    assert [(g[2], g[3]) for g in got] == [(float(n), "位")]


# 2037 位列“2023中国省级开发区高质量发展百强”第18位: a board's full name in quotes
@pytest.mark.parametrize(
    "text",
    ["位列“2023中国省级开发区高质量发展百强”第18位。", "名列“全国县域经济综合竞争力百强县”第18名。"],
)
def test_a_quoted_board(text: str) -> None:
    assert [(g[2], g[3]) for g in _found(text)] == [(18.0, "位")]


# 1753 经济总量过万亿, 2247 直接经济收入实现过亿元, 1997 2004年一般预算收入过亿元, 1836 连续两年超万亿元
@given(
    subject=st.sampled_from(["经济总量", "直接经济收入实现", "一般预算收入", "工业总产值首次"]),
    bar=st.sampled_from(
        [("过万亿", 1.0, "万亿"), ("超亿元", 1.0, "亿元"), ("过亿元", 1.0, "亿元"), ("超万亿元", 1.0, "万亿元")]
    ),
)
def test_a_bar_of_ten_thousand_or_a_hundred_million_passed(subject: str, bar: tuple[str, float, str]) -> None:
    words, value, unit = bar
    got = _found(f"2004年{subject}{words},同比增长12%。")
    assert [(g[2], g[3]) for g in got] == [(value, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "全省所有县(市、区)实现财政收入超亿元;财政收入增长。",  # 1408 not_indicators: every place passing it
        "各乡镇财政收入均过亿元。",
        "税收超亿元、超千万元楼宇达16幢和44幢。",  # 1112: the classes of the buildings counted
    ],
)
def test_a_bar_every_member_passed_or_a_class_is_none(text: str) -> None:
    assert not [g for g in _found(text) if g[3] in ("亿元", "万亿")]
