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
