"""Session 28 (indicators): the lead's rulings of session 28 and the families the discovery sets missed at first sight
(a rank move stated as a number of places alone, value N 位 and change +N)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from models.suggest.indicators import find_indicators


def _moves(text: str) -> list[tuple[str, float, float | None, str | None]]:
    return [
        (s.text, s.attributes["value"], s.attributes.get("change"), s.attributes.get("change_unit"))
        for s in find_indicators(text)
        if s.attributes.get("unit") == "位"
    ]


# 2315 位次分别前移14位、3位和8位, 1057 分别前移7位、8位和7位, 2376 总量在全省升2位; 444 排名上升25位 and 946
# 位次又提升了1位 already read so (lead's ruling, session 28: value N 位, change +N)
@settings(max_examples=30)
@given(
    place=st.sampled_from(["肥西、肥东和长丰县", "全县GDP", "东坡区和彭山区", "我市三个开发区"]),
    noun=st.sampled_from(["位次", "在全省位次", "在全市的位次"]),
    verb=st.sampled_from(["前移", "前进", "上升", "提升"]),
    steps=st.lists(st.integers(1, 30), min_size=1, max_size=3),
)
def test_a_move_of_places_alone_is_its_own_change(place: str, noun: str, verb: str, steps: list[int]) -> None:
    said = "位、".join(str(n) for n in steps) + "位"
    text = f"县域经济超常发展,{place}{noun}{'分别' if len(steps) > 1 else ''}{verb}{said}。"
    assert [(v, c, u) for _, v, c, u in _moves(text)] == [(float(n), float(n), "位") for n in steps]


@settings(max_examples=15)
@given(verb=st.sampled_from(["后移", "后退", "下降"]), n=st.integers(1, 20))
def test_a_move_down_alone_is_negative(verb: str, n: int) -> None:
    text = f"全县综合考核在全市位次{verb}{n}位。"
    assert [(v, c) for _, v, c, _ in _moves(text)] == [(-float(n), -float(n))]


def test_a_rise_of_places_after_a_rank_of_another_quantity() -> None:
    text = "地方公共财政收入完成25亿元,增长30.3%,增速居全省第2位,总量在全省升2位;东坡区增长12%。"
    moves = _moves(text)
    assert ("增速居全省第2位", 2.0, None, None) in moves
    assert [(v, c) for q, v, c, _ in moves if q.endswith("升2位")] == [(2.0, 2.0)]


def test_a_move_after_its_rank_keeps_the_rank_s_change() -> None:
    moves = _moves("城市综合经济实力排名全国第25位,比2019年上升2位。")
    assert [(v, c) for _, v, c, _ in moves] == [(25.0, -2.0)]


def test_a_rise_and_fall_of_counts_are_not_moves() -> None:
    assert _moves("批零住餐呈现“一升三降”,六大主导行业“四升两降”。") == []
