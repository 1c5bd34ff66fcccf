"""Kind families of session 26 (kind26): a rate of an aim reached (目标完成率, 目标实现率, 目标进度) measures how far
the aim was reached, no aim of its own; a firm aim or a plan around it still aims at it."""

from __future__ import annotations

from models.suggest.indicators import find_indicators


def _kinds(text: str) -> dict[float, str]:
    return {s.attributes["value"]: s.attributes["kind"] for s in find_indicators(text)}


def test_a_rate_of_an_aim_reached_is_actual() -> None:
    # 1990 a district's plan execution, 375 a bureau's performance self-evaluation, 2187 a county's energy saving
    assert _kinds("确定的74项经济社会发展目标,68项全面完成,目标完成率达94.35%。")[94.35] == "actual"
    assert _kinds("部门目标实现率 100%,整体绩效自评为优秀。")[100.0] == "actual"
    assert _kinds("前三季度,单位GDP能耗同比下降2.75%,完成“十二五”节能目标进度86.5%。")[86.5] == "actual"
    assert _kinds("全镇绩效目标任务完成率为97.2%。")[97.2] == "actual"


def test_a_rate_of_an_aim_striven_for_stays_the_aim() -> None:
    assert _kinds("2025年,确保年度目标完成率达到100%。")[100.0] == "target"
    assert _kinds("明年力争重点项目目标完成率95%以上。")[95.0] == "target"
