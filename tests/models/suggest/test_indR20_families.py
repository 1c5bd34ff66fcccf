"""Families of indicators the reader missed at session 20's start: ranks in list and board shapes, a level
unchanged against another period, a balance written with a minus sign."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.suggest.indicators import find_indicators


def _ranks(text: str) -> list[float]:
    return [s.attributes["value"] for s in find_indicators(text) if s.attributes.get("unit") == "位"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the last rank of a list joined by 和/及 (1539 总量和增幅分别居全省第6位和第12位, 1753 第3、第8和第15位)
        ("社会消费品零售总额487.8亿元,总量和增幅分别居全省第6位和第12位。", [6, 12]),
        ("长沙县、浏阳市、宁乡市分别排名全国县域百强第3、第8和第15位。", [3, 8, 15]),
        ("出口额和进口额分别位居全市第2位及第5位。", [2, 5]),
        # a bare 居 after a rate word (1391 增幅居荆州第二; as 总量居, 比重居)
        ("全市工业用电量增幅居荆州第二。", [2]),
        ("全县农民收入增速居全省第3位,比上年前移2位。", [3]),
        # a board reached (1821 提升至全国百强城市第31位, 1416 跻身…百强市第7位, 1117 上升至国内城市第三位)
        ("经济总量提升至全国百强城市第31位。", [31]),
        ("连续两年跻身全国先进制造业百强市第7位。", [7]),
        ("规模达到2727.1亿元,上升至国内城市第三位。", [3]),
        ("综合实力跃升至西部百强县第12位。", [12]),
        # 处于…第N位 (1670 在滇中四州市中处于第2位)
        ("收入增幅全省排名第6位,在滇中四州市中处于第2位。", [6, 2]),
    ],
)
def test_rank_shapes_found(text: str, expected: list[float]) -> None:
    assert _ranks(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "我市经济发展处于第一方阵。",  # a tier, no place
        "全面建成小康社会处于第二阶段。",
        "项目建设上升至第二批次。",
        "产业结构提升至第三产业为主。",  # 第三产业 is no place
        "同时办理第1个和第2个项目。",  # ordinals of items, no board
    ],
)
def test_no_rank_where_no_place_is_said(text: str) -> None:
    assert _ranks(text) == []


def _flat(text: str) -> list[tuple[str, float, str | None]]:
    return [
        (s.text, s.attributes["change"], s.attributes.get("change_unit"))
        for s in find_indicators(text)
        if s.attributes.get("change") == 0
    ]


@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        # a rate unchanged against the month or the months before (1186, 517): 0 points
        ("社会消费品零售总额为406.58亿元,同比增长8.2%,增速较上月持平。", "增速较上月持平", "个百分点"),
        ("营业额0.25亿元,同比下降23.8%,降幅与1-4月基本持平;", "降幅与1-4月基本持平", "个百分点"),
        ("全市出口增幅与一季度持平。", "出口增幅与一季度持平", "个百分点"),
        # a quantity unchanged against another period: 0 % (as 与上年持平)
        ("全区生猪存栏与上半年基本持平。", "生猪存栏与上半年基本持平", "%"),
    ],
)
def test_flat_against_another_period(text: str, quote: str, unit: str) -> None:
    got = _flat(text)
    assert [(q, c) for q, c, _ in got] == [(quote, 0)] or [q for q, _, _ in got][-1].endswith(quote[-6:])
    assert got[-1][2] == unit


def test_a_rate_flat_against_the_year_before_is_points() -> None:
    # 1291 CPI涨幅与上年持平 → 0 个百分点 (lead's ruling, session 26: a rate with no level, in any report)
    assert _flat("全年全市居民消费价格(CPI)涨幅与上年持平。")[-1][2] == "个百分点"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("当年收支结余-1477万元,累计滚存结余17739万元。", -1477.0),  # 1293
        ("收支两抵,本年收支结余－12,378万元,加上年结余37,123万元。", -12378.0),  # 1294 full-width minus
        ("收支两抵,本年收支结余预算－1,569万元。", -1569.0),
        ("全年财政赤字为-3.5亿元。", -3.5),
    ],
)
def test_a_balance_written_with_a_minus_sign(text: str, value: float) -> None:
    assert value in [s.attributes["value"] for s in find_indicators(text)]


@pytest.mark.parametrize(
    "text",
    [
        "2021年-2025年累计投入5000万元。",  # a span of years
        "对符合条件的企业给予3万元-5万元的资金支持。",  # a range, each bound with its unit (1317)
        "项目编号A-2000万元以下。",
        "1-5月实现收入300万元。",
    ],
)
def test_a_dash_that_is_no_sign(text: str) -> None:
    assert all(s.attributes["value"] >= 0 for s in find_indicators(text))


@given(st.integers(min_value=1, max_value=999999), st.sampled_from(["万元", "亿元", "元"]))
def test_a_signed_balance_reads_its_own_figure(n: int, unit: str) -> None:
    found = [s.attributes["value"] for s in find_indicators(f"本年收支结余-{n}{unit},年末滚存结余100{unit}。")]
    assert -float(n) in found


def _values(text: str) -> dict[float, dict]:
    return {s.attributes["value"]: s.attributes for s in find_indicators(text)}


def test_a_page_that_lost_every_percent_sign_reads_rates_and_changes_in_percent() -> None:
    # 1816 (a farm's copy, no % left), 1649 (a template page): 失业率1.91, 涨幅控制在1.8, 公司制企业增长116
    found = _values(
        "城镇常住居民人均可支配收入40510元,增长8.7;居民消费价格涨幅控制在1.8;城镇登记失业率1.91;"
        "土地经营权流转率达63.7;新增市场主体7.2万户,公司制企业增长116。"
    )
    for value in (1.8, 1.91, 63.7, 116.0):
        assert found[value]["unit"] == "%", value
    assert found[116.0]["change"] == 116.0


def test_a_page_that_kept_its_percent_signs_reads_no_bare_rate() -> None:
    # a bare figure after 率 where the page writes % elsewhere is no lost sign (容积率2.5 is a plain ratio)
    found = _values("城镇登记失业率1.91%,地块容积率2.5,公司制企业增长16%。")
    assert 2.5 not in found or found[2.5]["unit"] != "%"


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        # a move from a quarter's or months' standing (1717), as from a year's (999 由2011年的全省第5位)
        ("综合排名中,我县由二季度的第12位上升到第6位。", 6, -6),
        ("增速排名由1-5月的第8位提升至第3位。", 3, -5),
        ("排名由上半年的全市第4位下降到第7位。", 7, 3),
    ],
)
def test_a_rank_moved_from_a_quarter_or_months(text: str, value: float, change: float) -> None:
    ranks = [s.attributes for s in find_indicators(text) if s.attributes.get("unit") == "位"]
    assert [(a["value"], a["change"]) for a in ranks] == [(value, change)]
