"""Session 15c: a figure label whose dot a copy lost (01坚定不移…), the twin of 一党委重视… (870, 224, 160)."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

LEAD = "单泽峰在《政府工作报告》中说,2022年是党的二十大胜利召开、开启全面建设社会主义现代化国家新征程的重要一年。"
PARA = "承接非首都功能疏解成效明显。依托南港绿色化工新材料基地等承接平台,积极开展精准招商,引进项目一百余个。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_a_two_clause_title_after_a_figure_whose_dot_was_lost_is_numbered() -> None:
    # 1029: an excerpt opening at its part title, the first item written 01 with no separator
    title = "坚定不移落实重大国家战略,融入京津冀协同发展取得积极成果"
    got = flat("\n\n".join(["2022年工作回顾", LEAD, f"01{title}", PARA]))
    assert got == [(1, "", "2022年工作回顾"), (2, "01", title)]


def test_a_count_opening_a_line_is_no_label() -> None:
    got = flat("\n\n".join(["2022年工作回顾", LEAD, "3县区完成脱贫攻坚任务,群众满意度不断提升", PARA]))
    assert got == [(1, "", "2022年工作回顾")]
