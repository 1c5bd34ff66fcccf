"""A rank is named by the quantity it ranks: the level or change just before it in its sentence, when the rank
itself says only what of it is ranked (增速, 总量) or where (居某地第N位)."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators


def _ranks(text: str) -> list[tuple[str, float]]:
    return [
        (s.attributes["name"], s.attributes["value"]) for s in find_indicators(text) if s.attributes["unit"] == "位"
    ]


@pytest.mark.parametrize(
    ("text", "name", "rank"),
    [
        ("全年制造业投资增长12.5%,增速全省第1名。", "制造业投资增速全省排名", 1),
        ("地区生产总值完成120亿元,增长6.5%,增速排名全市第五。", "地区生产总值增速全市排名", 5),
        ("粮食产量达到80万吨,总量居全市第6位。", "粮食产量总量全市排名", 6),
    ],
)
def test_a_bare_measure_word_takes_the_level_before_it(text: str, name: str, rank: float) -> None:
    assert _ranks(text) == [(name, rank)]


def test_a_rank_opening_its_clause_takes_the_level_before_it() -> None:
    got = _ranks("1-6月全市规模工业增加值同比增长4.0%,居某某第8位。")
    assert got == [("规模工业增加值某某排名", 8)]


def test_a_change_named_by_its_growth_word_is_not_doubled() -> None:
    got = _ranks("全区城镇居民收入增幅为7.1%,增幅位居全市第7位。")
    assert got == [("城镇居民收入增幅全市排名", 7)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("全年一般公共预算收入保持中心城区首位。", "一般公共预算收入中心城区排名"),
        ("农民人均纯收入连续12年位居全省山区县首位。", "农民人均纯收入山区县排名"),
        ("签约项目46个,数量居自治区第一。", "签约项目数量自治区排名"),
        ("集装箱吞吐量增幅位居沿海主要港口首位。", "集装箱吞吐量增幅沿海主要港口排名"),
        ("港口运行平稳,增幅位居沿海主要港口首位。", "增幅沿海主要港口排名"),
    ],
)
def test_a_board_rank_keeps_the_subject_of_its_clause(text: str, name: str) -> None:
    assert _ranks(text)[-1] == (name, 1)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("规模工业增加值增长8.1%,增速连续四年位居全省第一。", "规模工业增加值增速全省排名"),
        ("地区生产总值2018年以来保持全市第二。", "地区生产总值全市排名"),
        ("光伏收益达2亿元,连续三年全国第一。", "光伏收益全国排名"),
        ("建设项目增速连续11个月保持全省首位。", "建设项目增速全省排名"),
    ],
)
def test_a_span_of_years_before_the_rank_is_no_name(text: str, name: str) -> None:
    assert _ranks(text)[-1][0] == name


def test_a_rank_said_inside_its_statement_takes_the_statement_s_name() -> None:
    got = _ranks("全年出口3.2亿美元,总额居全省第六位,同比增长24.1%。")
    assert got == [("出口总额全省排名", 6)]
