"""Families of indicators the reader still missed in session 20's second round: a figure restated in another
currency (the lead's ruling: an indicator of its own, named by the level it restates)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.suggest.indicators import find_indicators


def _all(text: str) -> list[tuple[str, str, float, str, float | None, str]]:
    return [
        (
            s.text,
            s.attributes["name"],
            s.attributes["value"],
            s.attributes["unit"],
            s.attributes["change"],
            s.attributes["kind"],
        )
        for s in find_indicators(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1100, 505, 761: 按2022年平均汇率计算为8838美元 after the level
        (
            "人均地区生产总值59447元,按2022年平均汇率计算为8838美元。",
            [
                ("人均地区生产总值59447元", "人均地区生产总值", 59447, "元", None, "actual"),
                (
                    "按2022年平均汇率计算为8838美元",
                    "人均地区生产总值按2022年平均汇率计算",
                    8838,
                    "美元",
                    None,
                    "actual",
                ),
            ],
        ),
        # 1528, 840, 1262: in brackets between the level and its change; the change stays the level's
        (
            "人均GDP为78655元(按年平均汇率折算为11162美元),比上年增长7.8%。",
            [
                ("人均GDP为78655元(按年平均汇率折算为11162美元),比上年增长7.8%", "人均GDP", 78655, "元", 7.8, "actual"),
                ("按年平均汇率折算为11162美元", "人均GDP按年平均汇率折算", 11162, "美元", None, "actual"),
            ],
        ),
        # 1099: after the level's change, the rate in a clause of its own
        (
            "人均国内生产总值65560元,增长8.8%,按年平均汇率计算,折合10162美元。",
            [
                ("人均国内生产总值65560元,增长8.8%", "人均国内生产总值", 65560, "元", 8.8, "actual"),
                (
                    "按年平均汇率计算,折合10162美元",
                    "人均国内生产总值按年平均汇率计算折合",
                    10162,
                    "美元",
                    None,
                    "actual",
                ),
            ],
        ),
        # a change said after an unbracketed restatement is still the level's (the growth is of the figure)
        (
            "全区人均生产总值8.2万元,折合1.19万美元,增长5.1%。",
            [
                ("人均生产总值8.2万元,折合1.19万美元,增长5.1%", "人均生产总值", 8.2, "万元", 5.1, "actual"),
                ("折合1.19万美元", "人均生产总值折合", 1.19, "万美元", None, "actual"),
            ],
        ),
        # the other way round, into 人民币, and an aim restated keeps the aim's kind
        (
            "力争全年外贸出口1.5亿美元,按年末汇率折合人民币10.6亿元。",
            [
                ("外贸出口1.5亿美元", "外贸出口", 1.5, "亿美元", None, "target"),
                ("按年末汇率折合人民币10.6亿元", "外贸出口按年末汇率折合", 10.6, "亿元", None, "target"),
            ],
        ),
    ],
)
def test_a_figure_restated_in_another_currency_is_its_own_indicator(text: str, expected: list) -> None:
    assert _all(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "人均GDP超过3000美元后,居民消费结构加快升级。",  # a threshold, no restatement
        "全年进出口总额3.2亿美元,增长12%。",  # a level in dollars, said once
        "引进总投资1000万美元以上项目5个。",
    ],
)
def test_no_restatement_without_the_words_of_one(text: str) -> None:
    assert not any(s.attributes["name"].endswith(("折合", "折算", "计算")) for s in find_indicators(text))


@given(
    level=st.integers(min_value=1000, max_value=200000),
    dollars=st.integers(min_value=100, max_value=30000),
    year=st.integers(min_value=2000, max_value=2030),
    words=st.sampled_from(["按{y}年平均汇率计算为", "按平均汇率计算折合", "折合", "按年平均汇率折算约合"]),
)
def test_restatement_is_named_by_its_level(level: int, dollars: int, year: int, words: str) -> None:
    text = f"全县人均地区生产总值{level}元,{words.format(y=year)}{dollars}美元。"
    got = [(s.attributes["value"], s.attributes["unit"], s.attributes["name"]) for s in find_indicators(text)]
    assert len(got) == 2
    assert got[0][:2] == (level, "元")
    assert got[1][:2] == (dollars, "美元")
    assert got[1][2].startswith("人均地区生产总值")


def _counts(text: str) -> list[tuple[float, str]]:
    return [(s.attributes["value"], s.attributes["unit"]) for s in find_indicators(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count in words whose things reached a result: 1778 两个项目获批, 1626 两项工作入选,
        # 1609 四个问题全面完成整改,
        # 1579 四个行政村已全部退出贫困村 (as 建成, 竣工 after a count already were)
        ("三个项目获批省重点研发计划项目。", [(3, "个")]),
        ("两项成果入选全国智慧城市典型案例。", [(2, "项")]),
        ("督察反馈的五个问题全面完成整改。", [(5, "个")]),
        ("全镇六个贫困村已全部退出贫困序列。", [(6, "个")]),
    ],
)
def test_a_count_in_words_that_reached_a_result(text: str, expected: list) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "为打造“两个中心”实现新突破而努力奋斗。",  # a slogan's parts
        "严格落实八项规定精神。",
        "圆满完成调非调准两项工程建设任务并顺利通过验收。",  # no result word of this family
        "坚持两个毫不动摇,全面完成全年目标任务。",  # the result is not the counted things'
        # a place the text names with its level (1639 三门县): 三门 is its name, no count
        "出台《三门县建筑业新政》。三门污水治理工作入选全省典型案例。",
        "六合区召开大会。六合经验入选全国典型案例。",
    ],
)
def test_no_count_in_words_without_a_result_of_its_own(text: str) -> None:
    assert _counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 市民, 区域 after the figure are words, no place's level: the count stays
        ("两处市民公园已全部完成验收。", [(2, "处")]),
        ("三处区域绿化工程已全部完成。", [(3, "处")]),
    ],
)
def test_a_count_before_a_word_opening_on_a_level_letter(text: str, expected: list) -> None:
    assert _counts(text) == expected
