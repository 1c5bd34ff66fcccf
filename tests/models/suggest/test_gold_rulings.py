"""The reader follows the gold rulings of session 10 (tests/corpus/gold/README.md, last section)."""

from __future__ import annotations

from models.suggest.indicators import find_indicators


def _read(text: str) -> list[tuple[str, float, object, str]]:
    return [
        (s.text, s.attributes["value"], s.attributes["change"], s.attributes["kind"]) for s in find_indicators(text)
    ]


def test_a_plan_figure_inside_a_completion_share_is_its_own_target() -> None:
    assert _read("全县粮食总产量12万吨,完成年计划15万吨的80%,增长3%。") == [
        ("粮食总产量12万吨,完成年计划15万吨的80%,增长3%", 12, 3, "actual"),
        ("完成年计划15万吨的80%", 80, None, "actual"),
        ("计划15万吨", 15, None, "target"),
    ]


def test_a_plan_figure_in_brackets_inside_a_share_is_a_target() -> None:
    got = _read("1-6月,外贸出口额为8亿元,完成年度任务(20亿元)的40%。")
    assert [(v, k) for _, v, _, k in got] == [(8, "actual"), (40, "actual"), (20, "target")]


def test_a_counted_plan_inside_a_share_said_with_zhan() -> None:
    got = _read("全年共完成检查项目30个,占年初检查计划25个的120%;出具报告12篇。")
    assert ("占年初检查计划25个的120%", 120, None, "actual") in got
    assert ("年初检查计划25个", 25, None, "target") in got


def test_a_signed_target_inside_a_share_is_a_target() -> None:
    got = _read("签约金额达30亿元,完成签约目标25亿元的120%。")
    assert ("签约目标25亿元", 25, None, "target") in got
    assert ("完成签约目标25亿元的120%", 120, None, "actual") in got
