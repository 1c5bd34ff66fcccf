"""Outline shapes of the reports opened in session 14's short round (1261–1295): a bulletin's ``[1]`` notes."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_bracketed_notes_under_a_bulletins_notes_heading_are_its_headings() -> None:
    lines = ["一、综合", PARA, "二、农业", PARA, "注释：", "[1]本公报中数据为初步统计数。部分数据因四舍五入存在误差。"]
    lines += ["[2]生产总值绝对数按现价计算，增长速度按可比价计算。", "[3]资料来源：本公报中数据来自国家统计局调查队。"]
    got = flat("\n".join(lines))
    assert got[2:] == [
        (1, "", "注释"),
        (2, "[1]", "本公报中数据为初步统计数"),
        (2, "[2]", "生产总值绝对数按现价计算，增长速度按可比价计算"),
        (2, "[3]", "资料来源"),
    ]


def test_bracketed_numbers_outside_a_notes_section_are_no_headings() -> None:
    lines = ["一、综合", PARA, "[1]本公报中数据为初步统计数。部分数据因四舍五入存在误差。", PARA]
    lines += ["二、农业", PARA, "注释：", "[2]生产总值绝对数按现价计算，增长速度按可比价计算。"]
    got = flat("\n".join(lines))
    assert [h for h in got if h[1].startswith("[")] == []
