"""Session 25 (recall): a rank among peers named by 在…中, a PDF's space after 第, 持平 with another base in a clause of
its own, a three-sector structure typed with ﹕ or listed with 、, a structure compared with a base after it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.suggest.indicators import find_indicators


def _found(text: str) -> list[tuple[str, float, str | None, float | None]]:
    return [
        (s.text, s.attributes["value"], s.attributes.get("unit"), s.attributes.get("change"))
        for s in find_indicators(text)
        if s.attributes.get("value") is not None
    ]


def _ranks(text: str) -> list[tuple[str, float]]:
    return [
        (s.attributes["name"], s.attributes["value"]) for s in find_indicators(text) if s.attributes.get("unit") == "位"
    ]


# 2080 在西部和边境省区中保持第一; 1988 在219个国家级经开区中排名第十位; 2143 在全国地级市中名列第 12
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("跨境人民币结算量在西部和边境省区中保持第一。", ("跨境人民币结算量西部和边境省区排名", 1.0)),
        ("综合发展水平在219个国家级经开区中排名第十位,居中西部首位。", ("综合发展水平国家级经开区排名", 10.0)),
        ("未成年人思想道德建设工作测评在全国地级市中名列第 12、广东第 3。", ("广东排名", 3.0)),
    ],
)
def test_rank_among_peers(text: str, expected: tuple[str, float]) -> None:
    assert expected in _ranks(text)


@given(
    subject=st.sampled_from(["粮食产量", "工业增速", "税收收入"]),
    peers=st.sampled_from(["全省各县", "18个地级市", "西北五省区", "全区12个街道", "沿海城市"]),
    rank=st.sampled_from([("第一", 1.0), ("第3", 3.0), ("第 7", 7.0), ("第十位", 10.0)]),
    verb=st.sampled_from(["保持", "排名", "名列", "位居"]),
)
def test_rank_among_peers_variants(subject: str, peers: str, rank: tuple[str, float], verb: str) -> None:
    got = _ranks(f"今年{subject}在{peers}中{verb}{rank[0]}。")
    assert [v for _, v in got] == [rank[1]]


@pytest.mark.parametrize(
    "text",
    [
        "我们在发展中保持第一要务。",  # no peers: a manner
        "在竞争中保持第一。",  # no places ranked among
        "全市在第 2 批试点中位居全省第 3 批次。",  # batches, no rank
    ],
)
def test_no_rank_without_peers(text: str) -> None:
    assert _ranks(text) == []


# 2103 与1-2月份持平; 1898 与全市增速基本持平; 2200 与重庆持平 (among comparisons with other cities)
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("全市规模以上工业增加值同比增长6.1%,与1-2月份持平,分别高于全省0.2个百分点。", "与1-2月份持平"),
        ("社会消费品零售总额同比增长6.9%,与全市增速基本持平。", "与全市增速基本持平"),
        ("6.2%的经济增速名列前茅。高于北京0.2个百分点,与重庆持平,高于杭州1.1个百分点。", "与重庆持平"),
    ],
)
def test_flat_with_another_base(text: str, quote: str) -> None:
    assert (quote, 0.0, "个百分点", 0.0) in _found(text)


@given(
    base=st.sampled_from(["上月", "一季度", "1-5月", "全省", "全国平均水平", "成都", "浙江"]),
    adverb=st.sampled_from(["", "基本"]),
)
def test_flat_bases(base: str, adverb: str) -> None:
    got = _found(f"全县固定资产投资增长8.2%,与{base}{adverb}持平。")
    assert [g[1:] for g in got if "持平" in g[0]] == [(0.0, "个百分点", 0.0)]


@pytest.mark.parametrize(
    "text",
    [
        "收入与支出持平,略有结余。",  # a balance, no rate compared
        "企业利润增长3%,与成本持平。",  # 成本 is no period and no place
    ],
)
def test_no_flat_comparison(text: str) -> None:
    assert not [g for g in _found(text) if "持平" in g[0]]


def _sectors(text: str) -> list[tuple[float, float | None]]:
    return [
        (s.attributes["value"], s.attributes.get("change"))
        for s in find_indicators(text)
        if re.search(r"产业(?:增加值)?占比$", str(s.attributes.get("name", "")))
    ]


# 2096 结构为9.3、41.0、49.6; 1319 13.6﹕42.1﹕44.3; 883 调整为44.13:23.62:32.25,同上年的45.8:22.3:31.9相比
def test_structure_listed_with_dunhao() -> None:
    assert _sectors("三次产业增加值结构为9.3、41.0、49.6。") == [(9.3, None), (41.0, None), (49.6, None)]
    assert _sectors("三次产业增加值结构为9.3、41.0、39.6。") == []  # no structure: they do not sum to 100


def test_structure_with_small_colon() -> None:
    got = _sectors("三次产业结构从13.6﹕42.1﹕44.3 调整为9.6﹕35.8﹕54.6。")
    assert got == [(9.6, -4.0), (35.8, -6.3), (54.6, 10.3)]


def test_structure_compared_with_base_after() -> None:
    got = _sectors("三次产业结构调整为44.13:23.62:32.25,同上年的45.8:22.3:31.9相比,第一产业比重下降。")
    assert got == [(44.13, -1.67), (23.62, 1.32), (32.25, 0.35)]
