"""Families: policy rates (a payment per head, per mu, per month) are terms of a policy, not results; a net
change after the flows that make it up is its own statement."""

from __future__ import annotations

from typing import Any

import pytest

from models.suggest.indicators import find_indicators


def _read(text: str) -> list[tuple[Any, ...]]:
    return [
        (s.text, s.attributes["value"], s.attributes["unit"], s.attributes["change"]) for s in find_indicators(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "对城乡特困人员每人每月发放生活补贴500元。",
        "耕地地力保护补助标准为每亩105元。",
        "按照每户每年1200元的标准给予取暖补助。",
        "对新认定的高新技术企业给予每家20万元奖励。",
        "农机购置补贴按每台3000元兑付。",
        # (救助标准为800元/人·月 is the standard's level a report states, as gold 166 `标准为737元/月` reads it)
    ],
)
def test_a_policy_rate_is_no_indicator(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("城乡低保标准提高到每人每月800元。", [("城乡低保标准提高到每人每月800元", 800, "元", None)]),
        ("失业保险金人均每月增加90元。", [("失业保险金人均每月增加90元", 90, "元", 90)]),
        ("临时物价补贴标准提高到130元/人·月。", [("临时物价补贴标准提高到130元/人·月", 130, "元/人·月", None)]),
        (
            "全年发放耕地地力保护补贴2300万元,补助标准每亩105元。",
            [("耕地地力保护补贴2300万元", 2300, "万元", None)],
        ),
    ],
)
def test_a_raised_rate_and_the_money_paid_out_are_indicators(text: str, expected: list[tuple[Any, ...]]) -> None:
    got = _read(text)
    assert [(g[1], g[2], g[3]) for g in got] == [(e[1], e[2], e[3]) for e in expected]
    assert all(e[0].endswith(g[0]) or g[0].endswith(e[0]) for g, e in zip(got, expected, strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "全年新增规上工业企业8家,退规2家(因经营困难),全年净增5家。",
            [("新增规上工业企业8家", 8, "家", None), ("退规2家", 2, "家", None), ("净增5家", 5, "家", 5)],
        ),
        (
            "新登记市场主体3200户,注销1100户,净增2100户。",
            [
                ("新登记市场主体3200户", 3200, "户", None),
                ("注销1100户", 1100, "户", None),
                ("净增2100户", 2100, "户", 2100),
            ],
        ),
    ],
)
def test_a_net_change_after_its_flows_is_its_own_statement(text: str, expected: list[tuple[Any, ...]]) -> None:
    got = _read(text)
    assert [g[1:] for g in got] == [e[1:] for e in expected]
    assert [g[0] for g in got][1:] == [e[0] for e in expected][1:]


def test_a_net_change_after_a_level_is_that_levels_change() -> None:
    assert _read("全市市场主体达到5.2万户,净增3000户。") == [("市场主体达到5.2万户,净增3000户", 5.2, "万户", 3000)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今年增加中央预算内投资500亿元。", [(500, "亿元", 500)]),
        ("协调增加事业编制12个。", [(12, "个", 12)]),
        ("工业增加值完成45.46亿元。", [(45.46, "亿元", None)]),
        ("新增城镇就业5527人。", [(5527, "人", None)]),
    ],
)
def test_an_increase_stated_with_its_object_is_a_change(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert [g[1:] for g in _read(text)] == expected


def test_a_multiple_after_a_milestone_phrase_is_the_levels_change() -> None:
    got = _read("2022年港口集装箱吞吐量实现52万标箱的历史性突破,是2017年的2倍。")
    assert [g[1:] for g in got] == [(52, "万标箱", 100)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全县生产总值达到312亿元、增长6%,经济总量率先突破300亿元。", [(312, "亿元", 6)]),
        ("财政总收入达到56亿元,其中税收收入突破40亿元。", [(56, "亿元", None), (40, "亿元", None)]),
        ("生产总值达到312亿元,人均生产总值突破5万元。", [(312, "亿元", None), (5, "万元", None)]),
    ],
)
def test_a_round_milestone_restating_the_level_is_no_indicator(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert [g[1:] for g in _read(text)] == expected


def test_a_rate_raised_from_one_level_to_another_is_one_indicator() -> None:
    got = find_indicators("城乡居民医保财政补助标准由每人每年580元提高到610元。")
    assert [(s.attributes["name"], s.attributes["value"], s.attributes["change"]) for s in got] == [
        ("城乡居民医保财政补助标准", 610, 30)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "对软件业务收入首次突破5亿元、30亿元、50亿元的企业分别给予上规模奖励。",  # tiers of a condition
        "对年营业收入超过500万元，较上年增长达到100%、200%的企业分别给予奖励。",  # 对…的…给予
        "对获评国家级专精特新的企业给予50万元奖励。",  # what the policy grants
        "以贡献激励方式给予不超过100万元的资助。",  # a cap
        "单个企业投资额不超过500万元,以股权投资方式扶持。",
        "创业人才享受50~150万元启动资金。",
    ],
)
def test_the_terms_of_a_policy_are_no_indicators(text: str) -> None:
    assert _read(text) == []


def test_what_a_policy_paid_out_is_an_indicator() -> None:
    got = _read("全年兑现各类奖补资金1.2亿元,惠及企业356家。")
    assert [g[1:3] for g in got] == [(1.2, "亿元"), (356, "家")]
