"""A rank the levels of a 分别 list share (均位居全省第3位): one rank for each level listed; a rank held on."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators


def _ranks(text: str) -> list[tuple[str, float]]:
    return [
        (str(s.attributes["name"]), s.attributes["value"])
        for s in find_indicators(text)
        if s.attributes.get("unit") == "位"
    ]


@pytest.mark.parametrize(
    ("text", "names", "value"),
    [
        (
            "今年1-8月,我市专利申请量和授权量分别为54211件和26049件,分别同比增长60.31%和35.76%,均位居全省第3位。",
            ("专利申请量", "授权量"),
            3,
        ),
        (
            "2019年,全县粮食产量和油料产量分别达到41.2万吨、3.6万吨,分别增长2.1%和4.5%,均居全市第一。",
            ("粮食产量", "油料产量"),
            1,
        ),
        (
            "上半年,全区出口额和进口额分别为12.3亿美元、8.9亿美元,均排名全省第五位。",
            ("出口额", "进口额"),
            5,
        ),
    ],
)
def test_rank_shared_by_listed_levels(text: str, names: tuple[str, ...], value: float) -> None:
    got = _ranks(text)
    assert [v for _, v in got] == [value] * len(names)
    assert all(n.startswith(want) for (n, _), want in zip(got, names, strict=True))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("人均GDP达到13153美元,提前两年完成规划目标,继续居内地大中城市首位。", 1),
        ("全县财政收入完成8.2亿元,增长9.1%,仍居全省县域第三位。", 3),
    ],
)
def test_rank_held_on(text: str, value: float) -> None:
    assert [v for _, v in _ranks(text)] == [value]


def test_listed_levels_without_every_are_not_ranked_each() -> None:
    # no 均: the rank is said of the last level only (as the text says)
    text = "全县粮食产量和油料产量分别达到41.2万吨、3.6万吨,油料产量居全市第一。"
    assert [v for _, v in _ranks(text)] == [1]
