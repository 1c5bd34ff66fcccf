"""One vocabulary says which part of a report a heading opens (review, plan, problems): the comparison's section
roles and the suggester's plan sections read the same words (tidy19)."""

from __future__ import annotations

import pytest

from models.section_roles import section_role
from models.suggest import suggest
from models.types import Section


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("2020年重点工作回顾", ("summary", True)),  # 茶市镇 1623: 重点 inside a review
        ("2020年政府工作亮点", ("summary", True)),  # 洪山镇 1622
        ("2019年工作亮点", ("summary", True)),  # 市水利局 1608
        ("2022年工作完成情况", ("summary", True)),
        ("上半年计划执行情况", ("summary", True)),
        ("重点任务圆满完成", ("summary", True)),
        ("主要做法", ("summary", True)),
        ("存在的问题", ("problem", True)),
        ("困难和不足", ("problem", True)),
        ("2019年工作安排", ("plan", True)),
        ("2023年工作谋划", ("plan", True)),
        ("2021年重点工作", ("plan", True)),  # a year's 重点 is its plan
        ("下一步工作打算", ("plan", True)),
        ("今年工作部署", ("plan", True)),
        # a topic, not a part: its parent decides (重点项目 in a review, 补短板 as work, a 自评's background)
        ("加快重点项目建设", ("summary", False)),
        ("围绕提升城市品质，全力补短板强基础", ("summary", False)),
        ("部门基本情况", ("summary", False)),
        ("工业经济运行情况", ("summary", False)),  # one indicator's course in a review's list (the seeds)
    ],
)
def test_the_part_a_heading_opens(title: str, role: tuple[str, bool]) -> None:
    assert section_role(title) == role


def test_figures_under_a_highlights_heading_are_reached_not_aimed_at() -> None:
    """1608 (市水利局2019年工作亮点及2020年工作重点): its 2019年工作亮点 reports the year (the comparison read 亮点
    as a review since 1622; the suggester took the whole copy, cut before its plan part, for a plan)."""
    title = "市水利局2019年工作亮点及2020年工作重点"
    part = "一、2019年工作亮点"
    body = (
        "今年,防汛抗旱工作围绕“五个确保”工作目标,确保安全度汛,确保供水安全,确保防汛抗旱两手胜利。"
        "开启低涵引水,共引进抗旱水源约300万方,保障了湖区生产用水。"
        "建档立卡贫困人口总数为4193户,确保饮水安全。\n"
    )
    text = f"{title}\n{part}\n{body}"
    at = text.index(part)
    sections = (Section(1, "一、", "2019年工作亮点", at, len(text), at + len(part)),)
    kinds = {s.attributes["value"]: s.attributes["kind"] for s in suggest(text, sections) if s.kind == "指标"}
    assert kinds == {300: "actual", 4193: "actual"}
