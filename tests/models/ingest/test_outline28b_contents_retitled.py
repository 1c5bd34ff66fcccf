"""Session 28b: a contents list whose entries the body heads again without their labels (corpus 216). An entry
numbered before a year (1.2023“两会”解读…) is a numbered entry, not a decimal; its title comes again whole, colon
and all (…要点之一：2022年工作回顾), as the body's heading; the part it names after its colon holds the themes under
it."""

from __future__ import annotations

import pytest

from models.ingest.outline_lines import match_label
from tests.models.ingest.outline_tree import tree

PROSE = "全年地区生产总值增长6.5%，一般公共预算收入完成51.4亿元，各项工作按计划推进，群众满意度明显提高。"


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("1.2023“两会”解读政府工作报告要点之一", "1."),
        ("2.2021-2025年规划实施情况", "2."),
        ("3.2019《政府工作报告》解读", "3."),
        ("1.2020年工作回顾", "1."),
    ],
)
def test_a_number_before_a_year_is_a_label(line: str, label: str) -> None:
    got = match_label(line, 0, len(line))
    assert got is not None and line[: got.end] == label


@pytest.mark.parametrize("line", ["1.2023亿元", "1.2023，", "1.2023%", "1.20235"])
def test_a_decimal_stays_a_figure(line: str) -> None:
    assert match_label(line, 0, len(line)) is None


@pytest.mark.parametrize(
    ("name", "part", "theme"),
    [
        ("2023“两会”解读政府工作报告要点之一", "2022年工作回顾", "这一年，我们迎难而上稳大盘，保持了稳中有进的态势"),
        ("2021年县政府工作报告解读之一", "2020年工作回顾", "这一年，我们攻坚克难抓项目，发展后劲持续增强"),
        ("政府工作报告图解（一）", "2019年工作回顾", "这一年，我们聚焦民生办实事，群众获得感明显提升"),
    ],
)
@pytest.mark.parametrize("colon", ["：", ":"])
def test_a_contents_entry_headed_again_without_its_label(name: str, part: str, theme: str, colon: str) -> None:
    text = (
        "目录\n"
        f"1.{name}{colon}{part} 2\n"
        f"2.{name.replace('一', '二')}{colon}2023年工作思路和目标 6\n"
        f"3.{name.replace('一', '三')}{colon}2023年重点工作 8\n"
        f"{name}{colon}{part}\n"
        + PROSE
        + "\n"
        + theme
        + "。\n"
        + PROSE
        + "\n这一年，我们大抓实体兴产业，迈出了转型升级的有力步伐。\n"
        + PROSE
        + "\n"
    )
    got = tree(text)
    assert (1, "", f"{name}{colon}{part}") in got
    assert (2, "", theme) in got
    assert not any(lab.startswith(("1", "2", "3")) for _, lab, _ in got)
