"""Targets and actuals: an aim at the head of a sentence governs its later clauses; a paragraph opened by
目标： lists targets; what a sentence reports as done stays actual."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators


def _kinds(text: str) -> list[tuple[float, str]]:
    return [(s.attributes["value"], s.attributes["kind"]) for s in find_indicators(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("力争全年完成固定资产投资50亿元,新增规上企业10家。", [(50, "target"), (10, "target")]),
        ("到2025年底,建成5G基站1000个,森林覆盖率达到70%。", [(1000, "target"), (70, "target")]),
        ("目标:全县粮食产量稳定在30万吨以上,农民人均可支配收入增长7%。", [(30, "target"), (7, "target")]),
        ("(二)主要目标:2024年,新增城镇就业5000人。", [(5000, "target")]),
    ],
)
def test_aims(text: str, expected: list[tuple[float, str]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("到2022年底,全县累计建成5G基站1000个。", [(1000, "actual")]),
        ("全年计划完成投资10亿元,实际完成12亿元。", [(10, "target"), (12, "actual")]),
        ("争取上级资金5.6亿元,同比增长12%。", [(5.6, "actual")]),
        ("确保完成全年任务后,实际完成投资12亿元。", [(12, "actual")]),
    ],
)
def test_what_is_reported_stays_actual(text: str, expected: list[tuple[float, str]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a budget sum and its breakdown are what the period is to spend: target, whatever the report
        (
            "年初批复预算320万元,调整预算后项目预算298.5万元,实际到位资金120.3万元。",
            [(320, "target"), (298.5, "target"), (120.3, "actual")],
        ),
        (
            "部门预算总金额612.2万元其中:基本支出580.1万元,项目支出32.1万元。",
            [(612.2, "target"), (580.1, "target"), (32.1, "target")],
        ),
        ("年初预算900万元,全年支出870万元,完成调整预算的96.7%。", [(900, "target"), (870, "actual"), (96.7, "actual")]),
        # the budget as adjusted, its lines, and the lines left as budgeted
        (
            "经批准,一般公共预算收入由年初的52000万元调整为56000万元,其中:税收收入调整为31000万元。",
            [(56000, "target"), (31000, "target")],
        ),
        (
            "政府性基金预算由年初的30000万元调整为24000万元,其中:配套费6000万元不作调整。",
            [(24000, "target"), (6000, "target")],
        ),
        ("年初预算为:一般公共预算收入41000万元;政府性基金预算收入12000万元。", [(41000, "target"), (12000, "target")]),
        # not a budget: a rate a policy adjusts
        ("最低工资标准由1800元调整为1950元。", [(1950, "actual")]),
        # a revenue named after the budget (一般公共预算收入) is what was collected;
        # a breakdown of what was spent stays actual
        ("一般公共预算收入完成8.6亿元,同比增长5%。", [(8.6, "actual")]),
        ("部门预算总金额500万元,其中:实际支出450万元。", [(500, "target"), (450, "actual")]),
        (
            "一般公共预算支出9.5亿元,完成调整预算的100%。其中:区级支出9.1亿元,上级专项补助支出0.4亿元。",
            [(9.5, "actual"), (100, "actual"), (9.1, "actual"), (0.4, "actual")],
        ),
    ],
)
def test_budget_sums_are_targets(text: str, expected: list[tuple[float, str]]) -> None:
    assert _kinds(text) == expected


def _changes(text: str) -> list[tuple[float, float | None]]:
    return [(s.attributes["value"], s.attributes.get("change")) for s in find_indicators(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 新增/增收 standing alone name a flow with its verb: a level, no change
        ("农民人均增收1830元。", [(1830, None)]),
        ("带动农户实现人均增收3000余元。", [(3000, None)]),
        ("新增城镇就业4210人,新增市场主体96家。", [(4210, None), (96, None)]),
        # after a level of the same quantity they are its change; a stated % is the change
        ("全年完成税收51230万元,同比增收960万元。", [(51230, 960)]),
        ("家庭农场412个,新增9个。", [(412, 9)]),
        ("全省播种面积3120万亩、新增96.5万亩,总产210亿斤。", [(3120, 96.5), (210, None)]),
        ("建成村级服务站120个、新增网点30个。", [(120, None), (30, None)]),
        ("完成财政收入2.7亿元,同比增收1800万元,增长7%。", [(2.7, 7)]),
    ],
)
def test_new_and_more_income_standing_alone(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert _changes(text) == expected


def test_lines_of_a_budget_adjustment_are_targets() -> None:
    text = "预算总额由年初的9.2亿元调整为10.1亿元,增加0.9亿元。其中:(1)教育支出增加0.5亿元;(2)上解支出减少0.2亿元。"
    kinds = dict(_kinds(text))
    assert (kinds[10.1], kinds[0.5], kinds[-0.2]) == ("target", "target", "target")
