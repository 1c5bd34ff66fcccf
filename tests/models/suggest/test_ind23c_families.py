"""Families of session 23 (ind23c): changes listed each with its own verb after 分别."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators


def _read(text: str) -> list[tuple[str, float, float | None]]:
    found = find_indicators(text)
    return [(str(s.attributes.get("name")), s.attributes["value"], s.attributes.get("change")) for s in found]


# --- a list of changes after 分别 whose items each carry their own verb (分别增长8.8%、下降5.6%): one list,
# the n-th change to the n-th name or level, signed by its own verb (corpus 2037 桐乡 开发区 建安投资,
# 1263 长寿 用电/煤/天然气/热力, 841 宜章 三次产业比重 下降…个、提高…个百分点)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "工业和服务业投资分别完成25.4亿元、17.2亿元,分别增长8.8%、下降5.6%。",
            [("工业投资", 25.4, 8.8), ("服务业投资", 17.2, -5.6)],
        ),
        (
            "农业、工业和建筑业产值分别为12.1亿元、34.8亿元、53.1亿元,同比分别下降3.2%、增长0.6%、下降4.8%。",
            [("农业产值", 12.1, -3.2), ("工业产值", 34.8, 0.6), ("建筑业产值", 53.1, -4.8)],
        ),
    ],
)
def test_levels_then_changes_each_with_its_verb(text: str, expected: list[tuple[str, float, float]]) -> None:
    got = _read(text)
    assert [(v, c) for _, v, c in got] == [(v, c) for _, v, c in expected]
    assert [n for n, _, _ in got] == [n for n, _, _ in expected]


@pytest.mark.parametrize(
    ("text", "names", "values"),
    [
        (
            "其中,规上工业用电量、用煤量、天然气用量、热力用量分别增长6.9%、增长8.4%、下降4.8%、下降2.0%。",
            4,
            [6.9, 8.4, -4.8, -2.0],
        ),
        ("全縣糧食、油料和蔬菜產量比上年分別減少1.2%、增長3.4%和增長0.5%。", 3, [-1.2, 3.4, 0.5]),
        ("第一、二、三产业增加值占GDP的比重较上年分别下降0.2个、下降0.6个、提高0.8个百分点。", 3, [-0.2, -0.6, 0.8]),
    ],
)
def test_changes_each_with_its_verb_name_each_subject(text: str, names: int, values: list[float]) -> None:
    got = _read(text)
    assert [v for _, v, _ in got] == values
    assert len({n for n, _, _ in got}) == names


def test_a_level_and_its_change_after_a_pause_stay_apart() -> None:
    # no 分别: a level and a change are not a list
    got = _read("全区实现产值25亿元、增长8%。")
    assert [(v, c) for _, v, c in got] == [(25, 8)]


def test_a_one_character_item_stands_for_the_first_items_last_character() -> None:
    # 规上工业用电、煤 = 用电、用煤 (corpus 1263); the mirror of 牧、副、渔业产值 (one-character heads sharing the tail)
    names = [n for n, _, _ in _read("全县规上工业用电、煤、天然气分别增长6.9%、增长8.4%、下降4.8%。")]
    assert names[:2] == ["规上工业用电", "规上工业用煤"]


# --- a level named as the aim, then the aim's change (2043 曾都 `瞄准规模工业产值200亿元目标,力争比上年增长50亿元`):
# one statement, as a level and its change always are (README: one indicator per measured quantity)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("瞄准规模工业产值200亿元目标,力争比上年增长50亿元。", (200, 50)),
        ("全年实现地区生产总值80亿元的目标,确保比上年增长9%。", (80, 9)),
        ("圍繞財政收入3億元目標,爭取比上年增長12%。", (3, 12)),
    ],
)
def test_an_aimed_level_and_its_change_are_one_target(text: str, expected: tuple[float, float]) -> None:
    found = find_indicators(text)
    assert [(s.attributes["value"], s.attributes["change"]) for s in found] == [expected]
    assert found[0].attributes["kind"] == "target"


# --- a threshold written as a magnitude alone before 大关 (2061 遂宁 `地方一般公共预算收入突破百亿大关`): 100 亿 as
# `率先突破百亿` (690; 百 and 千 are numbers, the lead's session-25 ruling); restated when the level follows or came
# before (1496, 1173), 百亿元大关 100 亿元 (240)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("地方一般公共预算收入突破百亿大关,达到X.X亿元。", [(100, "亿")]),
        ("全县工業總產值跨越千億大關。", [(1000, "亿")]),
        ("财政总收入107.15亿元,首次突破百亿大关,同比增长14.5%。", [(107.15, "亿元")]),
        ("三县区GDP突破百亿元大关。", [(100, "亿元")]),
        # a class it describes (1770) or a level its sentence gave before (229): no indicator of its own
        ("全区生产总值1144.2亿元,成为全市第8个生产总值突破千亿大关的区县。", [(1144.2, "亿元")]),
        ("甲、乙产业分别完成总收入4420、1071亿元,乙产业首次突破千亿大关。", [(4420, "亿元"), (1071, "亿元")]),
    ],
)
def test_a_magnitude_alone_before_its_threshold_word(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(s.attributes["value"], s.attributes["unit"]) for s in find_indicators(text)] == expected
