"""A content farm's doubled-semicolon tokens (;;) standing for quote marks are read through inside a heading's
title, never taken for its end (session 18's discovery set, the 公文搜 copies 485/889/1596)."""

from __future__ import annotations

from models.ingest.outline import build_outline

PROSE = "规范政府举债行为，政府债务全部纳入预算管理，严格落实政府性债务化解方案。\n"


def titles(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.title) for top in build_outline(text) for s in (top, *top.children)]


def test_a_title_quoting_with_doubled_semicolons_runs_to_its_stop() -> None:
    text = (
        "某旗政府工作报告\n一年来，我们主要做了以下工作。\n"
        "(一)聚焦聚力打好;;三大攻坚战;;,为经济社会高质量发展提供坚强保障。" + PROSE + "(二)坚持稳中求进。" + PROSE
    )
    assert ("(一)", "聚焦聚力打好;;三大攻坚战;;,为经济社会高质量发展提供坚强保障") in titles(text)


def test_a_single_semicolon_still_ends_a_run_in_title() -> None:
    text = "某旗政府工作报告\n一年来，我们主要做了以下工作。\n(一)打好三大攻坚战;债务全部纳入预算管理。" + PROSE
    text += "(二)坚持稳中求进。" + PROSE
    assert ("(一)", "打好三大攻坚战") in titles(text)
