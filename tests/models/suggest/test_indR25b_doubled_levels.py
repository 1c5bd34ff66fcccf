"""A plain level doubled over some years, then its annual rate (472/1463/1926 rule): the doubling is the level's change,
the annual rate its own indicator; a plain growth after the doubling keeps the doubling apart."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators


def _read(text: str) -> list[tuple[str, float, float | None]]:
    return [(str(s.attributes["name"]), s.attributes["value"], s.attributes["change"]) for s in find_indicators(text)]


@pytest.mark.parametrize(
    ("text", "level", "rate"),
    [
        (
            "2007年,全市地区生产总值达2179亿元(预计数,下同),五年翻了一番,年均增长15.2%,人均生产总值达33000元。",
            ("地区生产总值", 2179, 100),
            15.2,
        ),
        ("全县财政总收入达到12.6亿元,五年翻了一番,年均增长15.1%。", ("财政总收入", 12.6, 100), 15.1),
        ("2010年全区农民人均纯收入达到8120元,五年间翻了一番,年均增长14.9%。", ("农民人均纯收入", 8120, 100), 14.9),
    ],
)
def test_doubling_is_the_plain_levels_change_and_the_rate_its_own(
    text: str, level: tuple[str, float, float], rate: float
) -> None:
    got = _read(text)
    name, value, change = level
    assert any(n.endswith(name) and v == value and c == change for n, v, c in got), got
    assert any(v == rate and c == rate for _, v, c in got), got


def test_a_plain_growth_after_the_doubling_stays_the_levels() -> None:
    got = _read("工业总产值126.4亿元,五年内翻了两番,增长35.5%。")
    assert any(v == 126.4 and c == 35.5 for _, v, c in got), got


def test_a_from_to_level_keeps_the_rate() -> None:
    got = _read("规模以上工业增加值由32亿元预计增加到68亿元,五年翻了一番多,年均增长16.3%。")
    assert any(v == 68 and c == 16.3 for _, v, c in got), got
