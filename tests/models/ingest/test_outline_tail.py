"""Outline families from the tail of the corpus in session 13 (reports no earlier rule served): each test is a short
made-up text of the family's shape."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务，各项工作取得新进展。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


# --- a page's anti-copy token holding a digit (2uD, v7R) ends every line, as a letters-only one does ---------------


def test_an_anti_copy_token_with_a_digit_leaves_an_unnumbered_part_title_over_its_sections() -> None:
    lines = ["政府工作报告2uD", "各位代表：2uD", "现在，我代表市人民政府向大会报告工作，请予审议。2uD"]
    lines += ["十三五工作回顾2uD", "过去的五年，是全市克难奋进、顽强拼搏的五年。" + PARA]
    lines += ["（一）脱贫攻坚取得决定性胜利。" + PARA + "2uD", "（二）产业结构持续优化。" + PARA + "2uD"]
    got = flat("\n".join(lines))
    assert got == [
        (1, "", "十三五工作回顾"),
        (2, "（一）", "脱贫攻坚取得决定性胜利"),
        (2, "（二）", "产业结构持续优化"),
    ]
