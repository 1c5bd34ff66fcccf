"""Ranks in words, round 2: a long list sharing one rank (each quantity its own), a growth rate that leads its
scope (增速领跑全市 is first place)."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators


def _ranks(text: str) -> list[tuple[str, float]]:
    return [(s.text, s.attributes["value"]) for s in find_indicators(text) if s.attributes.get("unit") == "位"]


@pytest.mark.parametrize(
    ("text", "first", "n"),
    [
        (  # 1775: five quantities, the list longer than a clause's usual reach
            "地区生产总值、固定资产投资、社会消费品零售总额、一般公共预算收入、城镇常住居民人均可支配收入稳居全市第一。",
            "地区生产总值",
            5,
        ),
        (  # another place, another rank, the same shape
            "农业总产值、规模以上工业增加值、全社会固定资产投资、社会消费品零售总额、农村居民人均可支配收入均居全州第2位。",
            "农业总产值",
            5,
        ),
        ("粮食总产量、油料总产量、蔬菜总产量稳居全省第一。", "粮食总产量", 3),  # short lists as before
    ],
)
def test_a_long_list_shares_its_rank_from_its_first_quantity(text: str, first: str, n: int) -> None:
    got = _ranks(text)
    assert len(got) == n
    assert got[0][0].startswith(first)
    assert {v for _, v in got} == {got[0][1]}


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("第三产业增速领跑全市。", "第三产业增速领跑全市"),  # 1155
        ("完成地区生产总值1060亿元、同比增长7.9%,增幅连续三年领跑五城区;", "增幅连续三年领跑五城区"),  # 1522
        ("规上工业增加值增长9.1%,增速继续领跑全省县市区。", "增速继续领跑全省县市区"),
    ],
)
def test_a_rate_that_leads_its_scope_is_first(text: str, quote: str) -> None:
    got = _ranks(text)
    assert [v for _, v in got] == [1]
    assert got[0][0].endswith(quote)


@pytest.mark.parametrize(
    "text",
    [
        "金融业增加值、保费收入、绿色金融规模、跨境结算量领跑全市。",  # 1016: no rate named, the collector took none
        "预期实现地方一般公共预算收入140.7亿元,继续领跑中心城区;",  # 950: a level that leads, no rate
        "全区经济发展继续领跑全市,预计全年实现地区生产总值增长6%。",  # 1865: no measured quantity
        "力争增速领跑全市。",  # an aim: a target if anything, never an actual place
        "打造领跑全省的数字经济高地。",
    ],
)
def test_leading_without_a_named_rate_is_no_rank(text: str) -> None:
    assert all(v != 1 or "领跑" not in q for q, v in _ranks(text)) or "力争" in text
