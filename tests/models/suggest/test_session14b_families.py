"""Families from the second discovery set of session 14 (round 2: what round 1 did not carry over), in made-up
snippets."""

from __future__ import annotations

from typing import Any

from models.suggest.indicators import find_indicators


def _kinds(text: str) -> list[tuple[Any, ...]]:
    return [(s.attributes["value"], s.attributes["kind"]) for s in find_indicators(text)]


def test_a_budget_report_s_draft_for_next_year_is_aimed_at_even_when_estimated() -> None:
    # 关于…2025年预算执行情况和2026年预算草案的报告 (and its congress committee's review): the year under review is
    # what was done, the draft for the next year is what the budget sets out to raise and spend, its 预计 included
    text = (
        "一、2025年预算执行情况\n"
        "全市一般公共预算收入170.3亿元,增长21.7%;预计全年支出386.1亿元,增长0.1%。\n"
        "二、2026年预算草案\n"
        "预计全市一般公共预算收入175.4亿元,增长3.0%,加上上级补助收入等,收入总计504.0亿元。\n"
    )
    assert _kinds(text) == [(170.3, "actual"), (386.1, "actual"), (175.4, "target"), (504.0, "target")]
    # a plan-execution report's draft plan reads the same way
    plan = (
        "一、2021年国民经济和社会发展计划执行情况\n全区地区生产总值增长8.1%,预计全年固定资产投资增长5%。\n"
        "二、2022年国民经济和社会发展计划草案\n预计地区生产总值增长6%左右,固定资产投资增长8%。\n"
    )
    assert [k for _, k in _kinds(plan)] == ["actual", "actual", "target", "target"]


def test_a_part_naming_the_year_after_the_review_is_that_year_s_plan() -> None:
    # 一、2022年财政预算执行情况 … 二、2023年财政收支预算: a top-level part for the year after the one reviewed
    text = (
        "一、2022年财政预算执行情况\n全县一般公共预算收入7.6亿元,增长5.2%。\n"
        "二、2023年财政收支预算\n全县一般公共预算收入预计8.1亿元,增长6.6%。\n"
    )
    assert [k for _, k in _kinds(text)] == ["actual", "target"]
    # a part of that year that only reports (一季度…同比增长) stays what was done
    news = (
        "一、2022年工作总结\n全县生产总值增长5.2%。\n"
        "二、2023年一季度经济运行\n一季度全县生产总值同比增长4.1%,已完成投资3亿元。\n"
    )
    assert [k for _, k in _kinds(news)] == ["actual", "actual", "actual"]
