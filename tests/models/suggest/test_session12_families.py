"""Families from the held-back sets now in dev (session 12), in made-up snippets."""

from __future__ import annotations

from typing import Any

from models.suggest.indicators import find_indicators


def _read(text: str) -> list[tuple[Any, ...]]:
    return [
        (s.text, s.attributes["value"], s.attributes["unit"], s.attributes["change"], s.attributes["change_unit"])
        for s in find_indicators(text)
    ]


def test_a_change_without_subject_after_a_figure_free_aside_is_the_levels() -> None:
    # a qualifier and a note in brackets, then the change: one statement
    got = _read("全区财政支出预计30亿元以内(含上级补助),增长4.2%。")
    assert got == [("财政支出预计30亿元以内(含上级补助),增长4.2%", 30, "亿元", 4.2, "%")]
    # a compound unit (亩次, read whole since session 18's 次 grammar) between the level and its change
    assert [g[1:] for g in _read("全年瓜菜种植面积3200亩次,同比增长2.5%。")] == [(3200, "亩次", 2.5, "%")]


def test_a_rank_said_between_a_level_and_its_change_is_its_own_indicator() -> None:
    got = _read("进口5600万美元,总额居全市第三位,同比增长8.5%。")
    assert got[0][1:] == (5600, "万美元", 8.5, "%")
    assert [(g[0], g[1], g[2]) for g in got[1:]] == [("总额居全市第三位", 3, "位")]


def test_a_change_with_a_subject_of_its_own_stays_apart() -> None:
    got = _read("粮食产量12万吨,油料总产增长6%。")
    assert [g[1:] for g in got] == [(12, "万吨", None, None), (6, "%", 6, "%")]


def test_a_change_after_an_aside_that_states_a_change_stays_apart() -> None:
    # the clause between says something changed: the bare change after it is not the level's
    got = _read("出口额500万美元,降幅明显收窄,同比下降3%。")
    assert got[0][1:] == (500, "万美元", None, None)


def _ranks(text: str) -> list[tuple[str, Any]]:
    return [(s.text, s.attributes["value"]) for s in find_indicators(text) if s.attributes.get("unit") == "位"]


def test_a_bare_rank_after_a_measured_noun_ends_its_clause_without_its_word() -> None:
    assert _ranks("引进项目45个,数量居全区第二。") == [("数量居全区第二", 2)]
    assert _ranks("获金牌3枚,列本市各县区第一名。") == [("列本市各县区第一名", 1)]


def test_a_placing_taken_again_is_a_rank() -> None:
    assert [v for _, v in _ranks("在全市技能比武中再夺第一名。")] == [1]


def test_words_that_only_look_like_a_rank_stay_out() -> None:
    assert _ranks("居民人数居多。增速列第一方阵。数量居前。") == []


def test_a_figure_after_a_perfective_verb_is_what_was_done() -> None:
    # 实现了…的目标: the aim was reached, the figure is an actual even with 目标 after it
    found = find_indicators("工业总产值实现了三年翻一番的目标。")
    assert [(s.attributes["value"], s.attributes["kind"]) for s in found] == [(100, "actual")]
    found = find_indicators("工业总产值实现三年翻一番的目标。")
    assert [s.attributes["kind"] for s in found] == ["target"]


def test_a_rate_per_unit_symbol_keeps_its_denominator() -> None:
    got = _read("新建商品房均价9200元/㎡,同比下降2%。成交价1.2万元/m²。")
    assert [g[1:3] for g in got] == [(9200, "元/㎡"), (1.2, "万元/m²")]
    assert got[0][3:] == (-2, "%")
