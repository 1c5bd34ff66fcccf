"""Session 24b: a top-N rank said after its scope, with 两, among every peer of a scope, within a top group."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.suggest.indicators import find_indicators


def _ranks(text: str) -> list[tuple[str, float, str]]:
    return [
        (s.attributes["name"], s.attributes["value"], s.attributes["kind"])
        for s in find_indicators(text)
        if s.attributes.get("unit") == "位"
    ]


# 2072 力争全市排名前三; 2084 增速连续保持全国前两位; 1535 增速分列全市各區前3; 1217 連續第7年進入全省「十強縣」前三甲
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("目前农业产值增速稳定,力争全市排名前三。", ("农业产值增速", 3.0, "target")),
        ("地区生产总值增速连续保持全国前两位。", ("地区生产总值增速全国排名", 2.0, "actual")),
        ("8项主要经济指标增速分列全市各区前3。", ("主要经济指标增速", 3.0, "actual")),
        ("辖区经济连续第7年进入全省「十强县」前三甲,获评全省县域经济发展先进县。", ("辖区经济全省排名", 3.0, "actual")),
    ],
)
def test_top_n_ranks(text: str, expected: tuple[str, float, str]) -> None:
    assert expected in _ranks(text)


@given(
    scope=st.sampled_from(["全市", "全省", "全州", "全国"]),
    n=st.sampled_from([("两", 2.0), ("三", 3.0), ("五", 5.0), ("10", 10.0)]),
    word=st.sampled_from(["排名前", "排位前"]),
    tail=st.sampled_from(["", "位", "名"]),
)
def test_scoped_top_variants(scope: str, n: tuple[str, float], word: str, tail: str) -> None:
    got = _ranks(f"2021年,全县规上工业增加值增速{scope}{word}{n[0]}{tail}。")
    assert [v for _, v, _ in got] == [n[1]]


@pytest.mark.parametrize(
    "text",
    [
        "全市各区前三季度生产总值增长6.5%。",  # 前三季度: a period, no rank
        "前两位嘉宾分别发言。",  # no scope, no ranking word
        "全县经济位居全省十强县前列,前三季度增长6.1%。",  # 前列: no N; 前三季度: a period
    ],
)
def test_no_rank(text: str) -> None:
    assert not [r for r in _ranks(text) if r[1] in (2.0, 3.0)]


# 1006 国家高新技术企业120家、省科技型中小企业282家,均为绍兴第一 (as 1975 …2003家,均居全省地级市首位):
# 均为 a board's first
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("国家高新技术企业120家、省科技型中小企业282家,均为绍兴第一。", {"国家高新技术企业", "省科技型中小企业"}),
        ("新增省级企业技术中心5家、工程技术研究中心3家,均为全市首位。", {"省级企业技术中心", "工程技术研究中心"}),
    ],
)
def test_a_first_the_figures_share(text: str, names: set[str]) -> None:
    got = _ranks(text)
    assert len(got) == 2 and all(v == 1.0 for _, v, _ in got)
    assert all(any(n in name for n in names) for name, _, _ in got)


def test_an_ordinal_after_jun_wei_is_no_rank() -> None:
    assert not _ranks("两个项目均为第一批,均为第一次申报。")


# 2145 安装终端万余套 (as 百余个 407, 千余家): ten thousand and more said with 万 alone, read as 1万余 is
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("安装终端万余套。", 1.0, "万套"), ("发放宣传资料万余份。", 1.0, "万份"), ("培训农民万多人次。", 1.0, "万人次")],
)
def test_wan_yu_alone(text: str, value: float, unit: str) -> None:
    got = [(s.attributes["value"], s.attributes["unit"]) for s in find_indicators(text)]
    assert got == [(value, unit)]


@pytest.mark.parametrize("text", ["共收缴行政罚款X万余元。", "xx村今年投入x万余元。", "吸引数万余人参加。"])
def test_masked_or_vague_wan_yu_is_none(text: str) -> None:
    assert not find_indicators(text)
