"""A content farm's pictographs decorating its lines (展望2024年工作目标🎯, …增长8%。📈) are read as
blanks: the heading's
title leaves them out and a sentence ending before one still ends its line (session 19's discovery report 1677; the
farm copies 1165 ☑ and 1595 👉 carry the same decoration)."""

from __future__ import annotations

from models.ingest.outline import build_outline

PROSE = "过去的一年，全县人民团结一心，砥砺奋进，取得了显著的成绩，经济发展稳中向好，民生持续改善。"


def heads(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.title) for s in build_outline(text)]


def test_a_decorated_unnumbered_heading_after_a_decorated_sentence_is_found_without_its_pictograph() -> None:
    text = (
        "某县2024年政府工作报告📜\n各位代表：现在，我代表县政府向大会报告工作，请予审议。👋\n"
        "回顾2023年工作成果🏆\n" + PROSE + "📈\n" + PROSE + "🌳\n"
        "展望2024年工作目标🎯\n" + PROSE + "💪\n" + PROSE + "\n"
    )
    assert heads(text) == [("", "回顾2023年工作成果"), ("", "展望2024年工作目标")]


def test_a_star_bullet_is_no_pictograph() -> None:
    text = "某局工作总结\n" + PROSE + "\n★ 精准施策稳收入\n" + PROSE + "\n★ 民生为本兜底线\n" + PROSE + "\n"
    assert [label for label, _ in heads(text)] == ["★", "★"]
