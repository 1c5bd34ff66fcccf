"""Ranks said in words: the largest of a named scope (全市最大), the top of a board (榜首), the speaker's own
province or city as the board (我省第1名), a named economic region as the peers (排珠三角第3)."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators


def _ranks(text: str) -> list[tuple[str, float, str]]:
    return [
        (s.text, s.attributes["value"], s.attributes["kind"])
        for s in find_indicators(text)
        if s.attributes.get("unit") == "位"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("完成造林3.5万亩,造林面积全县最多,造林总量全县最大。", ["造林面积全县最多", "造林总量全县最大"]),
        ("城乡收入比降至1.85,差距全省最小;", ["差距全省最小"]),
        ("建成全区单体规模最大的肉牛养殖基地。", ["全区单体规模最大"]),
        ("建成全州最大的光伏发电基地。", ["全州最大"]),
        ("粮食总产量在全市各区县中总量最多,增速高于全市平均。", ["全市各区县中总量最多"]),
    ],
)
def test_the_largest_of_a_named_scope_is_first(text: str, expected: list[str]) -> None:
    got = _ranks(text)
    assert [v for _, v, _ in got] == [1] * len(expected)
    assert all(g.endswith(e) for (g, _, _), e in zip(got, expected, strict=True))


@pytest.mark.parametrize(
    "text",
    [
        "全力争取最大限度地减少损失。",  # 最大限度: a manner, no rank
        "执行全省最低资金使用费率。",  # 最低 before a noun: a policy, no rank
        "是全球最大的磷酸铁锂生产基地。",  # no administrative scope
        "健全市场最大的优势在于开放。",  # 健全 + 市: no scope
        "成为全国最大5G车路协同示范区。",  # a noun right after: abstain
    ],
)
def test_superlatives_that_state_no_rank(text: str) -> None:
    assert _ranks(text) == []


@pytest.mark.parametrize(
    "text", ["力争建成全省最大的物流枢纽。", "把南通建设成为全省最大的印刷基地。", "打造全市最大的商贸中心。"]
)
def test_a_superlative_aimed_at_is_a_vision(text: str) -> None:
    assert _ranks(text) == []  # no place measured (gold 552 counts none of its aims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全省水利建设考核前10名县独占4席,崇义县更是高中榜首;", "高中榜首"),
        ("该镇粮食单产连续三年稳坐全市榜首。", "榜首"),
    ],
)
def test_the_top_of_a_board_is_first(text: str, expected: str) -> None:
    got = _ranks(text)
    assert [v for _, v, _ in got] == [1]
    assert got[0][0].endswith(expected)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("天心区以我省第1名、全国第32名的成绩入选。", 1),
        ("该区综合考核获本市第3名。", 3),
        ("营商环境评价列我市第2位。", 2),
    ],
)
def test_the_speakers_own_place_as_the_board(text: str, value: int) -> None:
    assert value in [v for _, v, _ in _ranks(text)]


@pytest.mark.parametrize(
    "text", ["成为我区第一支柱产业。", "这是我市第一次举办此类活动。", "全面调查我市第二产业的发展。"]
)
def test_the_speakers_own_place_before_an_ordinal_is_no_rank(text: str) -> None:
    assert _ranks(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一般公共预算收入增长3.5%,增幅排珠三角第3,完成任务。", 3),
        ("出口增长8%,增速排长三角第五。", 5),
        ("数字经济规模排粤港澳大湾区第4。", 4),
        ("人均可支配收入排成渝城市群第2。", 2),
    ],
)
def test_a_named_economic_region_as_the_peers(text: str, value: int) -> None:
    assert [v for _, v, _ in _ranks(text)] == [value]
