"""Families from the held-back sets 17, 18, 21 and 22 (418–435, 517–534, 820–837, 118–135), in made-up snippets."""

from __future__ import annotations

from typing import Any

from models.suggest.indicators import find_indicators


def _read(text: str) -> list[tuple[Any, ...]]:
    return [
        (s.attributes["value"], s.attributes["unit"], s.attributes["change"], s.attributes["change_unit"])
        for s in find_indicators(text)
    ]


def test_petitions_counted_in_case_times_keep_their_unit_and_change() -> None:
    got = _read("上半年，全镇受理信访总量56件次，同比下降12.5%；其中来访21件人次，同比上升5%。")
    assert got == [(56, "件次", -12.5, "%"), (21, "件人次", 5, "%")]


def test_vaccine_doses_are_counted_in_person_doses() -> None:
    assert _read("全年接种流感疫苗8200人份。") == [(8200, "人份", None, None)]


def test_an_untitled_review_reporting_shares_of_its_aims_reads_actuals() -> None:
    text = (
        "今年以来，各项目标任务按照时间进度超前完成。\n"
        "全年城镇新增就业6200人，与去年同期相比增长8.5%，完成省目标任务的120.5%，市目标任务的115%；"
        "失业人员再就业1500人，完成目标任务的130%。\n"
    )
    kinds = {s.attributes["value"]: s.attributes["kind"] for s in find_indicators(text)}
    assert kinds == {6200: "actual", 120.5: "actual", 115: "actual", 1500: "actual", 130: "actual"}


def test_an_untitled_text_that_only_aims_is_still_a_plan() -> None:
    text = "力争全年新增就业6000人。确保城镇登记失业率控制在4%以内。目标是新建公园3个。计划完成投资2亿元。"
    assert {s.attributes["kind"] for s in find_indicators(text)} == {"target"}


def test_a_bare_addition_right_after_a_stock_is_its_change() -> None:
    got = _read("全乡共有农民专业合作社85个,新增4个;家庭农场120家,新增9家。")
    assert got == [(85, "个", 4, "个"), (120, "家", 9, "家")]


def test_an_addition_after_an_addition_stays_its_own_figure() -> None:
    got = _read("新增市场主体300户,新增50户。")
    assert [(v, c) for v, _, c, _ in got] == [(300, None), (50, None)]


def test_a_count_with_its_alternative_measure_word_in_brackets_keeps_both() -> None:
    got = _read("全年开展理论宣讲52场(次),整改问题35个（项）。")
    assert [(v, u) for v, u, _, _ in got] == [(52, "场(次)"), (35, "个（项）")]
